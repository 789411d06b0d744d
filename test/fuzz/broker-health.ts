/**
 * What the fuzzer asserts about the cluster between windows of frames: every broker process is
 * alive with a bounded RSS, a known-good client still round-trips a record on the control
 * topic, and every partition of the topics under test still exists in ZooKeeper with a live
 * leader (controller requests from a client must not remove or orphan them).
 */

import { readFile } from 'node:fs/promises';
import { BrokerConnection } from '../../client/network/connection';
import { ApiKey } from '../../proto/api';
import { ErrorCode, errorName } from '../../proto/errors';
import type { samsa } from '../../proto/frame';
import { encodeRecordBatch, decodeRecordBatches } from '../../proto/record-batch';
import { TopicPartitionStateZNode } from '../../zk/paths';
import type { ZkInspector } from '../fixtures/zookeeper';

/** One round trip of the control client, retries included. */
export const controlRoundTripTimeoutMs = 20_000;
const controlRetryBackoffMs = 250;
const controlRequestTimeoutMs = 10_000;

export interface FuzzBroker {
  id: number;
  host: string;
  port: number;
  pid(): number | undefined;
  isRunning(): boolean;
}

export interface FuzzClusterView {
  brokers: readonly FuzzBroker[];
  zk: ZkInspector;
}

export function brokerAddress(cluster: FuzzClusterView, id: number): FuzzBroker {
  const broker = cluster.brokers.find((b) => b.id === id);
  if (!broker) throw new Error(`leader ${id} is not a broker of this cluster`);
  return broker;
}

/** VmRSS from /proc/<pid>/status, in bytes; undefined when the process is gone. */
export async function readRssBytes(pid: number): Promise<number | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const procClockTicksPerSecond = 100;

/** User + system CPU seconds a process has used, from /proc/<pid>/stat. */
export async function readCpuSeconds(pid: number): Promise<number | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / procClockTicksPerSecond;
  } catch {
    return undefined;
  }
}

/** Problems with liveness; empty when every broker runs. */
export async function deadBrokers(cluster: FuzzClusterView): Promise<string[]> {
  const problems: string[] = [];
  for (const b of cluster.brokers) {
    const pid = b.pid();
    if (!b.isRunning() || pid === undefined || (await readRssBytes(pid)) === undefined) problems.push(`broker ${b.id} is not running`);
  }
  return problems;
}

export async function partitionLeader(zk: ZkInspector, topic: string, partition: number): Promise<number | undefined> {
  const data = await zk.getData(TopicPartitionStateZNode.path(topic, partition));
  return data === undefined ? undefined : TopicPartitionStateZNode.decode(data).leader;
}

/** Every partition exists in ZooKeeper and is led by a live broker. */
export async function unledPartitions(cluster: FuzzClusterView, topics: readonly string[], partitions: number): Promise<string[]> {
  const live = new Set((await cluster.zk.getChildren('/brokers/ids')).map(Number));
  const problems: string[] = [];
  for (const topic of topics) {
    for (let p = 0; p < partitions; p++) {
      const leader = await partitionLeader(cluster.zk, topic, p);
      if (leader === undefined) problems.push(`${topic}-${p} has no state znode`);
      else if (!live.has(leader)) problems.push(`${topic}-${p} is led by ${leader}, not a live broker`);
    }
  }
  return problems;
}

async function connectionTo(cluster: FuzzClusterView, topic: string, partition: number): Promise<BrokerConnection> {
  const leader = await partitionLeader(cluster.zk, topic, partition);
  if (leader === undefined || leader < 0) throw new Error(`${topic}-${partition} has no leader in ZooKeeper`);
  const b = brokerAddress(cluster, leader);
  return new BrokerConnection({ host: b.host, port: b.port, clientId: 'fuzz-control', requestTimeoutMs: controlRequestTimeoutMs });
}

async function produceAndFetchOnce(cluster: FuzzClusterView, topic: string, partition: number, value: string): Promise<void> {
  const conn = await connectionTo(cluster, topic, partition);
  try {
    const records = await encodeRecordBatch([{ key: null, value }]);
    const produced = await conn.send<samsa.v1.IProduceResponse>(ApiKey.Produce, { acks: -1, timeoutMs: controlRequestTimeoutMs, topics: [{ name: topic, partitions: [{ partition, records }] }] });
    const ack = produced.topics?.[0]?.partitions?.[0];
    if ((ack?.errorCode ?? 0) !== ErrorCode.NONE) throw new Error(`produce to ${topic}-${partition}: ${errorName(ack?.errorCode ?? 0)} ${ack?.errorMessage ?? ''}`);
    const offset = Number(ack?.baseOffset ?? 0);
    const fetched = await conn.send<samsa.v1.IFetchResponse>(ApiKey.Fetch, {
      replicaId: -1, maxWaitMs: 0, minBytes: 0, maxBytes: 1 << 20,
      topics: [{ name: topic, partitions: [{ partition, currentLeaderEpoch: -1, fetchOffset: offset, logStartOffset: -1, partitionMaxBytes: 1 << 20 }] }],
    });
    const p = fetched.topics?.[0]?.partitions?.[0];
    if ((p?.errorCode ?? 0) !== ErrorCode.NONE) throw new Error(`fetch ${topic}-${partition}@${offset}: ${errorName(p?.errorCode ?? 0)}`);
    const batches = await decodeRecordBatches(Buffer.from(p?.records ?? []));
    const record = batches.flatMap((b) => b.records).find((r) => r.offset === offset);
    if (record?.value?.toString() !== value) throw new Error(`fetch ${topic}-${partition}@${offset} returned ${record?.value?.toString() ?? 'nothing'}, not ${value}`);
  } finally {
    conn.close();
  }
}

/** The known-good client: produce one record (acks=all) and read it back, retrying within a bound. */
export async function controlRoundTrip(cluster: FuzzClusterView, topic: string, partition: number, value: string): Promise<string | undefined> {
  const deadline = Date.now() + controlRoundTripTimeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      await produceAndFetchOnce(cluster, topic, partition, value);
      return undefined;
    } catch (error) {
      last = (error as Error).message;
      await new Promise((resolve) => setTimeout(resolve, controlRetryBackoffMs));
    }
  }
  return `control client failed for ${controlRoundTripTimeoutMs} ms on ${topic}-${partition}: ${last}`;
}
