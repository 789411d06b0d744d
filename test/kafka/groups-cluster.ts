/** The cluster the Kafka-listener group suites start: brokers, one topic, records written by Samsa's client. */
import { type Admin, type Samsa } from '../../client';
import { startCluster, type TestCluster } from '../fixtures/cluster';
import { createTopic, groupBrokerOverrides, produceRecords, testClient } from '../groups-client/helpers';

export interface GroupCluster {
  cluster: TestCluster;
  /** Samsa's client on the protobuf listener. */
  samsa: Samsa;
  admin: Admin;
  stop(): Promise<void>;
}

export interface GroupClusterOptions {
  name: string;
  brokers: number;
  topic: string;
  partitions: number;
  replicationFactor: number;
  /** Records produced round-robin over the partitions (values recordValue(0..records-1)). */
  records: number;
}

export async function startGroupCluster(o: GroupClusterOptions): Promise<GroupCluster> {
  const cluster = await startCluster({ brokers: o.brokers, name: o.name, overrides: groupBrokerOverrides });
  const samsa = testClient(cluster.bootstrap, o.name);
  const admin = samsa.admin();
  await admin.connect();
  await createTopic(admin, o.topic, o.partitions, o.replicationFactor);
  await produceRecords(samsa, o.topic, o.partitions, 0, o.records);
  return {
    cluster, samsa, admin,
    stop: async () => {
      await admin.disconnect();
      await cluster.stop();
    },
  };
}
