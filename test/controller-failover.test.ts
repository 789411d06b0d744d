/**
 * Controller failover (Kafka's KafkaController.onControllerFailover): when the controller's broker dies its
 * ephemeral /controller vanishes with the ZooKeeper session, another broker wins the election
 * with /controller_epoch + 1, and the cluster keeps creating topics and serving data. A
 * partition whose only replica was on the dead broker is offline (leader -1, Kafka's NoLeader)
 * until that broker returns, with its acknowledged records.
 */

import { Samsa } from '../client';
import { BrokerConnection } from '../client/network/connection';
import { ApiKey } from '../proto/api';
import { ErrorCode } from '../proto/errors';
import { type samsa } from '../proto/frame';
import { startCluster, waitFor } from './fixtures/cluster';
import { type ZkInspector } from './fixtures/zookeeper';

type Cluster = Awaited<ReturnType<typeof startCluster>>;

const sessionTimeoutMs = 6_000;
const electionSlackMs = 10_000;
const preTopic = 'failover-before';
const postTopic = 'failover-after';

function hostPort(address: string): { host: string; port: number } {
  const [host, port] = address.split(',')[0]!.split(':');
  return { host: host!, port: Number(port) };
}

describe('controller failover on a 3-broker cluster', () => {
  let cluster: Cluster;
  let zk: ZkInspector;
  let controllerId: number;
  let epochBefore: number;
  let offlinePartition: number;
  const ackedOnOffline: Array<{ offset: number; value: string }> = [];

  async function controllerZnode(): Promise<{ brokerid: number } | undefined> {
    return zk.getJson<{ brokerid: number }>('/controller');
  }

  async function controllerEpoch(): Promise<number> {
    return Number((await zk.getData('/controller_epoch'))!.toString('utf8'));
  }

  function survivors(): string[] {
    return cluster.brokers.filter((b) => b.brokerId !== controllerId).map((b) => b.bootstrap);
  }

  async function partitionLeaders(address: string, topic: string): Promise<Map<number, number>> {
    const conn = new BrokerConnection({ ...hostPort(address), clientId: 'failover-metadata' });
    try {
      const meta = await conn.send<samsa.v1.IMetadataResponse>(ApiKey.Metadata, { topics: [topic] });
      const parts = meta.topics?.find((t) => t.name === topic)?.partitions ?? [];
      return new Map(parts.map((p) => [p.partition ?? 0, p.leaderId ?? -1]));
    } finally {
      conn.close();
    }
  }

  async function metadataControllerId(address: string): Promise<number> {
    const conn = new BrokerConnection({ ...hostPort(address), clientId: 'failover-metadata' });
    try {
      const meta = await conn.send<samsa.v1.IMetadataResponse>(ApiKey.Metadata, { topics: [], allTopics: false });
      return meta.controllerId ?? -1;
    } finally {
      conn.close();
    }
  }

  async function readPartition(client: Samsa, topic: string, partition: number, count: number): Promise<Array<{ offset: number; value: string }>> {
    const consumer = client.consumer({ autoOffsetReset: 'earliest' });
    await consumer.connect();
    consumer.assign([{ topic, partition }]);
    await consumer.seek({ topic, partition, offset: 0 });
    const out: Array<{ offset: number; value: string }> = [];
    const deadline = setTimeout(() => void consumer.stop(), 30_000);
    try {
      for await (const m of consumer) {
        out.push({ offset: Number(m.offset), value: m.value!.toString() });
        if (out.length >= count) break;
      }
    } finally {
      clearTimeout(deadline);
      await consumer.disconnect();
    }
    return out;
  }

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 3, sessionTimeoutMs });
    zk = cluster.zk;
    const client = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'failover-setup' });
    const admin = client.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: preTopic, numPartitions: 3, replicationFactor: 1 }], waitForLeaders: true, timeoutMs: 30_000 });
    await admin.disconnect();
    await waitFor(async () => (await controllerZnode()) !== undefined, { timeoutMs: 30_000, intervalMs: 200, description: 'a controller is elected' });
    controllerId = (await controllerZnode())!.brokerid;
    epochBefore = await controllerEpoch();

    const leaders = await partitionLeaders(cluster.bootstrap, preTopic);
    const onController = [...leaders].find(([, leader]) => leader === controllerId);
    if (!onController) throw new Error(`no partition of ${preTopic} is led by the controller ${controllerId}: ${JSON.stringify([...leaders])}`);
    offlinePartition = onController[0];
    const producer = client.producer({ acks: -1, lingerMs: 0 });
    await producer.connect();
    for (let i = 0; i < 5; i++) {
      const value = `before-kill-${i}`;
      const [r] = await producer.send({ topic: preTopic, messages: [{ key: null, value, partition: offlinePartition }] });
      expect(r!.errorCode).toBe(ErrorCode.NONE);
      ackedOnOffline.push({ offset: Number(r!.baseOffset), value });
    }
    await producer.disconnect();
  }, 120_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  test('another broker becomes controller with an incremented epoch within session timeout + 10 s', async () => {
    const controller = cluster.brokers.find((b) => b.brokerId === controllerId)!;
    await controller.kill('SIGKILL');
    await waitFor(
      async () => {
        const current = await controllerZnode();
        return current !== undefined && current.brokerid !== controllerId;
      },
      { timeoutMs: sessionTimeoutMs + electionSlackMs, intervalMs: 200, description: 'a new controller is elected' },
    );
    const newController = (await controllerZnode())!.brokerid;
    expect(cluster.brokers.map((b) => b.brokerId)).toContain(newController);
    expect(await controllerEpoch()).toBe(epochBefore + 1);
    // Brokers learn the new controller from its UpdateMetadata and tell clients in Metadata.
    const [address] = survivors();
    await waitFor(async () => (await metadataControllerId(address!)) === newController, {
      timeoutMs: 10_000,
      intervalMs: 200,
      description: `metadata naming controller ${newController}`,
    });
  }, 60_000);

  test('the partition whose only replica died reports leader -1', async () => {
    const [address] = survivors();
    await waitFor(async () => (await partitionLeaders(address!, preTopic)).get(offlinePartition) === -1, {
      timeoutMs: 20_000,
      intervalMs: 250,
      description: `partition ${preTopic}-${offlinePartition} offline in metadata`,
    });
    const leaders = await partitionLeaders(address!, preTopic);
    for (const [partition, leader] of leaders) if (partition !== offlinePartition) expect(leader).not.toBe(-1);
  }, 30_000);

  test('topic creation, produce and consume keep working on the survivors', async () => {
    const client = new Samsa({ brokers: survivors(), clientId: 'failover-after' });
    const admin = client.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: postTopic, numPartitions: 2, replicationFactor: 1 }], waitForLeaders: true, timeoutMs: 30_000 });
    await admin.disconnect();
    const producer = client.producer({ acks: -1, lingerMs: 0 });
    await producer.connect();
    const [r] = await producer.send({ topic: postTopic, messages: [{ key: null, value: 'after-failover', partition: 0 }] });
    await producer.disconnect();
    expect(r!.errorCode).toBe(ErrorCode.NONE);
    expect(await readPartition(client, postTopic, 0, 1)).toEqual([{ offset: Number(r!.baseOffset), value: 'after-failover' }]);
  }, 60_000);

  test('the offline partition comes back with its records when its broker restarts', async () => {
    const broker = cluster.brokers.find((b) => b.brokerId === controllerId)!;
    await broker.start();
    await broker.waitForReady(60_000);
    const [address] = survivors();
    await waitFor(async () => (await partitionLeaders(address!, preTopic)).get(offlinePartition) === controllerId, {
      timeoutMs: 30_000,
      intervalMs: 250,
      description: `partition ${preTopic}-${offlinePartition} led by ${controllerId} again`,
    });
    const client = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'failover-return' });
    expect(await readPartition(client, preTopic, offlinePartition, ackedOnOffline.length)).toEqual(ackedOnOffline);
    // The returning broker does not take the controller back: the epoch stays where the failover left it.
    expect(await controllerEpoch()).toBe(epochBefore + 1);
  }, 90_000);
});
