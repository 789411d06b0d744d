/**
 * Shared helpers of the replication suites: a cluster configured for fast failure detection, topic
 * creation, acks-controlled produce and consumer fetch over BrokerConnection (so that each error
 * code is seen as the broker sent it), the partition state znode, and a dump of (base offset, CRC)
 * per batch read straight from a broker's segment files.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { BrokerConnection } from '../../client/network/connection';
import { ApiKey } from '../../proto/api';
import { batchSizeAt, readInt64 } from '../../proto/batch-header';
import { ErrorCode } from '../../proto/errors';
import type { samsa } from '../../proto/generated/samsa';
import { encodeRecordBatchUncompressed } from '../../proto/record-batch';
import type { BrokerProcess } from '../fixtures/broker-process';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';

export const replicationOverrides = {
  'replica.lag.time.max.ms': 3_000,
  'replica.fetch.wait.max.ms': 200,
  'replica.fetch.backoff.ms': 200,
  'controlled.shutdown.retry.backoff.ms': 1_000,
  'default.replication.factor': 3,
};

export function startReplicatedCluster(name: string): Promise<TestCluster> {
  return startCluster({ brokers: 3, name, sessionTimeoutMs: 6_000, overrides: replicationOverrides });
}

export interface PartitionState { leader: number; leader_epoch: number; isr: number[]; controller_epoch: number }

export async function partitionState(cluster: TestCluster, topic: string, partition: number): Promise<PartitionState | undefined> {
  return cluster.zk.getJson<PartitionState>(`/brokers/topics/${topic}/partitions/${partition}/state`);
}

export function connect(broker: BrokerProcess, clientId: string): BrokerConnection {
  const [host, port] = broker.bootstrap.split(':');
  return new BrokerConnection({ host: host!, port: Number(port), clientId, requestTimeoutMs: 20_000 });
}

/** Creates a topic through `broker`, waiting until every partition has a leader. */
export async function createTopic(
  broker: BrokerProcess, topic: string, numPartitions: number, configs: Record<string, string> = {}, connectTo: typeof connect = connect,
): Promise<void> {
  const conn = connectTo(broker, 'replication-admin');
  try {
    const resp = await conn.send<samsa.v1.ICreateTopicsResponse>(ApiKey.CreateTopics, {
      topics: [{ name: topic, numPartitions, replicationFactor: 3, configs: Object.entries(configs).map(([name, value]) => ({ name, value })) }],
      timeoutMs: 30_000,
    });
    const code = resp.topics?.[0]?.errorCode ?? -1;
    if (code !== ErrorCode.NONE) throw new Error(`CreateTopics ${topic} failed with ${code}: ${resp.topics?.[0]?.errorMessage}`);
  } finally {
    conn.close();
  }
}

export async function waitForIsr(cluster: TestCluster, topic: string, partition: number, size: number, timeoutMs = 60_000): Promise<PartitionState> {
  return waitFor(async () => {
    const s = await partitionState(cluster, topic, partition);
    return s !== undefined && s.leader >= 0 && s.isr.length === size ? s : undefined;
  }, { timeoutMs, intervalMs: 200, description: `${topic}-${partition} ISR of ${size}` });
}

export interface ProduceResult { errorCode: number; baseOffset: number; crc: number }

/** One batch of `count` records; the CRC is what every replica must store for it. */
export async function produce(conn: BrokerConnection, topic: string, partition: number, acks: number, values: string[]): Promise<ProduceResult> {
  const records = encodeRecordBatchUncompressed(values.map((value) => ({ value })), { nowMs: Date.now() });
  const crc = records.readUInt32BE(17);
  const resp = await conn.send<samsa.v1.IProduceResponse>(ApiKey.Produce, { acks, timeoutMs: 10_000, topics: [{ name: topic, partitions: [{ partition, records }] }] });
  const p = resp.topics?.[0]?.partitions?.[0];
  return { errorCode: p?.errorCode ?? -1, baseOffset: p?.baseOffset ?? -1, crc };
}

export interface BatchEntry { baseOffset: number; crc: number }

/** Every (base offset, CRC) a consumer can read from the leader, up to its HW. */
export async function consumeAll(conn: BrokerConnection, topic: string, partition: number): Promise<{ batches: BatchEntry[]; highWatermark: number }> {
  const batches: BatchEntry[] = [];
  let offset = 0;
  let highWatermark = 0;
  for (let round = 0; round < 10_000; round++) {
    const resp = await conn.send<samsa.v1.IFetchResponse>(ApiKey.Fetch, {
      replicaId: -1, maxWaitMs: 0, minBytes: 0, maxBytes: 1 << 20,
      topics: [{ name: topic, partitions: [{ partition, fetchOffset: offset, currentLeaderEpoch: -1, logStartOffset: -1, partitionMaxBytes: 1 << 20 }] }],
    });
    const data = resp.topics?.[0]?.partitions?.[0];
    if ((data?.errorCode ?? -1) !== ErrorCode.NONE) throw new Error(`fetch failed with ${data?.errorCode}`);
    highWatermark = data?.highWatermark ?? 0;
    const found = parseBatches(Buffer.from(data?.records ?? []));
    if (found.length === 0) break;
    batches.push(...found.map((b) => ({ baseOffset: b.baseOffset, crc: b.crc })));
    offset = found[found.length - 1]!.lastOffset + 1;
  }
  return { batches, highWatermark };
}

function parseBatches(buf: Buffer): (BatchEntry & { lastOffset: number })[] {
  const out: (BatchEntry & { lastOffset: number })[] = [];
  let position = 0;
  while (position + 61 <= buf.length) {
    const size = batchSizeAt(buf, position);
    if (position + size > buf.length) break;
    const baseOffset = readInt64(buf, position);
    out.push({ baseOffset, crc: buf.readUInt32BE(position + 17), lastOffset: baseOffset + buf.readInt32BE(position + 23) });
    position += size;
  }
  return out;
}

/** (base offset, CRC) of every stored batch of `topic-partition` in a broker's log dir, below `endOffset`. */
export async function dumpLogDir(broker: BrokerProcess, topic: string, partition: number, endOffset: number): Promise<BatchEntry[]> {
  const dir = path.join(broker.logDir, `${topic}-${partition}`);
  const segments = (await readdir(dir)).filter((f) => f.endsWith('.log')).sort();
  const out: BatchEntry[] = [];
  for (const file of segments) {
    for (const b of parseBatches(await readFile(path.join(dir, file)))) if (b.baseOffset < endOffset) out.push({ baseOffset: b.baseOffset, crc: b.crc });
  }
  return out;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Starts a SIGKILLed broker once ZooKeeper expired its old session (its /brokers/ids node is gone), as Kafka requires. */
export async function restartAfterCrash(cluster: TestCluster, brokerId: number): Promise<void> {
  await waitFor(async () => (await cluster.zk.exists(`/brokers/ids/${brokerId}`)) === undefined, {
    timeoutMs: 20_000, intervalMs: 200, description: `broker ${brokerId}'s session to expire`,
  });
  const broker = cluster.broker(brokerId);
  await broker.start();
  await broker.waitForReady(60_000);
}
