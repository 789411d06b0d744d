/**
 * The cluster under fuzzing: a test cluster (test/fixtures/cluster.ts), the topics the fuzzer
 * writes to and audits, and the control topic the known-good client uses.
 */

import { Samsa } from '../../client';
import { type TestCluster, startCluster } from '../fixtures/cluster';
import type { FuzzClusterView } from './broker-health';
import type { FuzzTargets } from './message-gen';
import type { AuditedTopic } from './stored-log-audit';

export const controlTopic = 'fuzz-control';
export const fuzzPartitions = 3;
const topicCreateTimeoutMs = 30_000;

export const auditedTopics: readonly AuditedTopic[] = [
  { name: 'fuzz-create-time', partitions: fuzzPartitions, logAppendTime: false },
  { name: 'fuzz-log-append-time', partitions: fuzzPartitions, logAppendTime: true },
  { name: controlTopic, partitions: fuzzPartitions, logAppendTime: false },
];

export interface FuzzEnvironment {
  cluster: TestCluster;
  view: FuzzClusterView;
  targets: FuzzTargets;
}

export function clusterView(cluster: TestCluster): FuzzClusterView {
  return {
    zk: cluster.zk,
    brokers: cluster.brokers.map((b) => ({
      id: b.brokerId,
      host: '127.0.0.1',
      port: b.port,
      pid: () => b.pid,
      isRunning: () => b.isRunning,
    })),
  };
}

export async function createFuzzTopics(cluster: TestCluster): Promise<void> {
  const client = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'fuzz-setup' });
  const admin = client.admin();
  await admin.connect();
  try {
    const replicationFactor = Math.min(3, cluster.brokers.length);
    await admin.createTopics({
      topics: auditedTopics.map((t) => ({
        topic: t.name,
        numPartitions: t.partitions,
        replicationFactor,
        configEntries: [{ name: 'message.timestamp.type', value: t.logAppendTime ? 'LogAppendTime' : 'CreateTime' }],
      })),
      waitForLeaders: true,
      timeoutMs: topicCreateTimeoutMs,
    });
  } finally {
    await admin.disconnect();
  }
}

export async function startFuzzEnvironment(options: { brokers: number; controllerApis: boolean; nowMs: number }): Promise<FuzzEnvironment> {
  const cluster = await startCluster({ brokers: options.brokers, name: 'fuzz' });
  try {
    await createFuzzTopics(cluster);
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return { cluster, view: clusterView(cluster), targets: fuzzTargets(cluster.brokers.map((b) => ({ id: b.brokerId, port: b.port })), options) };
}

export function fuzzTargets(brokers: { id: number; port: number }[], options: { controllerApis: boolean; nowMs: number }): FuzzTargets {
  return {
    fuzzedTopics: auditedTopics.filter((t) => t.name !== controlTopic).map((t) => t.name),
    protectedTopics: [controlTopic],
    partitionsPerTopic: fuzzPartitions,
    brokerIds: brokers.map((b) => b.id),
    brokerPorts: brokers.map((b) => b.port),
    nowMs: options.nowMs,
    controllerApis: options.controllerApis,
  };
}
