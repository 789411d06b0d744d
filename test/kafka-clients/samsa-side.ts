/**
 * The Samsa side of the cross-protocol suites: records in one shape every client can write and
 * read (bytes as hex, so that comparisons are byte for byte), written and read with Samsa's own
 * client over the protobuf listener (`cluster.bootstrap`), and the topic set-up the suites share.
 */
import { Samsa } from '../../client';
import { clusterStartTimeoutMs, startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { groupBrokerOverrides } from '../groups-client/helpers';

/** Broker start plus the readiness wait, on a busy machine. */
const clusterSetupTimeoutMs = clusterStartTimeoutMs + 60_000;

/**
 * A 3-broker cluster for the suite that calls this (inside its describe, so that a skipped suite
 * starts nothing), with groups that form at once; the returned function gives it to the tests.
 */
export function useCluster(name: string): () => TestCluster {
  let cluster: TestCluster | undefined;
  beforeAll(async () => {
    cluster = await startCluster({ brokers: 3, name, overrides: { ...groupBrokerOverrides, 'default.replication.factor': 3 } });
  }, clusterSetupTimeoutMs);
  afterAll(async () => {
    await cluster?.stop();
  });
  return () => {
    if (!cluster) throw new Error('the cluster did not start');
    return cluster;
  };
}

/** A record as the client scripts print it (test/kafka-clients/wire_records.py). */
export interface WireRecord {
  partition: number;
  offset: number;
  timestamp: number;
  key: string | null;
  value: string | null;
  headers: Array<[string, string | null]>;
}

export type RecordToWrite = Omit<WireRecord, 'offset'>;

export interface Delivery {
  partition: number;
  offset: number;
}

/** One read of a partition, bounded: a suite that cannot read what it wrote fails, never hangs. */
const readTimeoutMs = 60_000;
const topicReadyTimeoutMs = 60_000;

const hex = (b: Buffer | null): string | null => (b === null ? null : b.toString('hex'));
const bytes = (h: string | null): Buffer | null => (h === null ? null : Buffer.from(h, 'hex'));

/**
 * `count` records spread over `partitions`, each with a distinct key (every fourth null), a value
 * holding every byte value when `binary` (text otherwise, for kcat's line-oriented input), a
 * repeated header key and one explicit CreateTime timestamp per record.
 */
export function sampleRecords(label: string, partitions: number, count: number, opts: { binary: boolean; timestamps: boolean }): RecordToWrite[] {
  const base = Date.now() - 60_000;
  return Array.from({ length: count }, (_, i) => {
    const text = `${label} value ${i}`;
    const value = opts.binary ? Buffer.concat([Buffer.from(text), Buffer.from(Array.from({ length: 256 }, (_, b) => (b + i) % 256))]) : Buffer.from(text);
    return {
      partition: i % partitions,
      key: i % 4 === 3 ? null : hex(Buffer.from(`${label}-key-${i}`)),
      value: hex(value),
      headers: [['origin', hex(Buffer.from(label))], ['n', hex(Buffer.from(String(i)))], ['origin', hex(Buffer.from('again'))]],
      timestamp: opts.timestamps ? base + i : -1,
    };
  });
}

export function samsaClient(cluster: TestCluster, clientId: string): Samsa {
  return new Samsa({ brokers: cluster.bootstrap.split(','), clientId, logLevel: 'silent' });
}

/** Creates the topics (RF=3 on a 3-broker cluster) and waits until each partition's leader serves it. */
export async function createTopics(cluster: TestCluster, topics: Array<{ topic: string; numPartitions: number }>): Promise<void> {
  const admin = samsaClient(cluster, 'kafka-clients-setup').admin();
  await admin.connect();
  try {
    await admin.createTopics({
      topics: topics.map((t) => ({ ...t, replicationFactor: Math.min(3, cluster.brokers.length) })),
      waitForLeaders: true,
      timeoutMs: topicReadyTimeoutMs,
    });
    for (const { topic } of topics) {
      await waitFor(async () => (await admin.fetchTopicOffsets(topic)).length > 0, { timeoutMs: topicReadyTimeoutMs, description: `${topic} served` });
    }
  } finally {
    await admin.disconnect();
  }
}

/** Writes the records with Samsa's producer (acks=all), one batch per partition; the offset of each, in order. */
export async function samsaProduce(cluster: TestCluster, topic: string, records: RecordToWrite[]): Promise<Delivery[]> {
  const producer = samsaClient(cluster, 'kafka-clients-samsa-producer').producer({ acks: -1 });
  await producer.connect();
  try {
    const deliveries: Delivery[] = new Array<Delivery>(records.length);
    const byPartition = new Map<number, number[]>();
    records.forEach((r, i) => byPartition.set(r.partition, [...(byPartition.get(r.partition) ?? []), i]));
    for (const [partition, indexes] of byPartition) {
      const [meta] = await producer.send({
        topic,
        messages: indexes.map((i) => {
          const r = records[i]!;
          return {
            partition, key: bytes(r.key), value: bytes(r.value),
            headers: r.headers.map(([key, value]) => ({ key, value: bytes(value) })),
            ...(r.timestamp >= 0 ? { timestamp: r.timestamp } : {}),
          };
        }),
      });
      indexes.forEach((i, n) => (deliveries[i] = { partition, offset: meta!.baseOffset + n }));
    }
    return deliveries;
  } finally {
    await producer.disconnect();
  }
}

/** Reads `count` records of one partition from `offset` with Samsa's consumer (no group). */
export async function samsaRead(cluster: TestCluster, topic: string, partition: number, offset: number, count: number): Promise<WireRecord[]> {
  const consumer = samsaClient(cluster, 'kafka-clients-samsa-reader').consumer({ autoOffsetReset: 'earliest', maxWaitTimeMs: 200 });
  await consumer.connect();
  consumer.assign([{ topic, partition }]);
  await consumer.seek({ topic, partition, offset });
  const out: WireRecord[] = [];
  const timer = setTimeout(() => void consumer.stop(), readTimeoutMs);
  try {
    if (count > 0) {
      for await (const m of consumer) {
        out.push({
          partition: m.partition, offset: Number(m.offset), timestamp: Number(m.timestamp), key: hex(m.key), value: hex(m.value),
          headers: m.headers.map((h) => [h.key, hex(h.value)]),
        });
        if (out.length >= count) break;
      }
    }
  } finally {
    clearTimeout(timer);
    await consumer.disconnect();
  }
  if (out.length < count) throw new Error(`Samsa's consumer read ${out.length} of ${count} records of ${topic}-${partition} from ${offset} in ${readTimeoutMs} ms`);
  return out;
}

/** Every record of `written` (with its delivery), read back by partition through `read`, sorted by (partition, offset). */
export async function readBack(
  written: RecordToWrite[], deliveries: Delivery[],
  read: (partition: number, offset: number, count: number) => Promise<WireRecord[]>,
): Promise<{ expected: WireRecord[]; actual: WireRecord[] }> {
  const expected = written.map((r, i) => ({ ...r, partition: deliveries[i]!.partition, offset: deliveries[i]!.offset }));
  const actual: WireRecord[] = [];
  for (const partition of [...new Set(expected.map((r) => r.partition))].sort()) {
    const offsets = expected.filter((r) => r.partition === partition).map((r) => r.offset);
    // Reduce and a loop rather than spread arguments: a partition may hold more records than the stack has room for.
    const from = offsets.reduce((a, b) => Math.min(a, b));
    const to = offsets.reduce((a, b) => Math.max(a, b));
    for (const record of await read(partition, from, to - from + 1)) actual.push(record);
  }
  const order = (a: WireRecord, b: WireRecord): number => a.partition - b.partition || a.offset - b.offset;
  return { expected: expected.sort(order), actual: actual.sort(order) };
}
