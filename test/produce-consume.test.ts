/**
 * Produce and consume across a 3-broker cluster: every acknowledged record is readable at the
 * offset the broker acknowledged, in send order; keyed records land on Kafka's murmur2 partition
 * (DefaultPartitioner: toPositive(murmur2(keyBytes)) % numPartitions); ListOffsets answers
 * earliest (-2), latest (-1) and by timestamp (first offset whose timestamp >= the one asked).
 */

import { Samsa } from '../client';
import { BrokerConnection } from '../client/network/connection';
import { ApiKey } from '../proto/api';
import { ErrorCode } from '../proto/errors';
import { type samsa } from '../proto/frame';
import { startCluster } from './fixtures/cluster';

type Cluster = Awaited<ReturnType<typeof startCluster>>;

const topic = 'produce-consume';
const partitionCount = 3;
const clusterStartTimeoutMs = 90_000;

interface Acked {
  partition: number;
  offset: number;
  key: string | null;
  value: string;
}

/** Kafka's Utils.murmur2 (seed 0x9747b28c), the hash behind the default partitioner. */
function murmur2(data: Buffer): number {
  const m = 0x5bd1e995;
  const length = data.length;
  let h = (0x9747b28c ^ length) | 0;
  const words = length >> 2;
  for (let i = 0; i < words; i++) {
    const o = i * 4;
    let k = data[o]! | (data[o + 1]! << 8) | (data[o + 2]! << 16) | (data[o + 3]! << 24);
    k = Math.imul(k, m);
    k ^= k >>> 24;
    k = Math.imul(k, m);
    h = Math.imul(h, m);
    h ^= k;
  }
  const tail = length & ~3;
  const rest = length % 4;
  if (rest >= 3) h ^= data[tail + 2]! << 16;
  if (rest >= 2) h ^= data[tail + 1]! << 8;
  if (rest >= 1) {
    h ^= data[tail]!;
    h = Math.imul(h, m);
  }
  h ^= h >>> 13;
  h = Math.imul(h, m);
  h ^= h >>> 15;
  return h | 0;
}

function partitionForKey(key: string, partitions: number): number {
  return (murmur2(Buffer.from(key)) & 0x7fffffff) % partitions;
}

function hostPort(address: string): { host: string; port: number } {
  const [host, port] = address.split(',')[0]!.split(':');
  return { host: host!, port: Number(port) };
}

describe('produce and consume on a 3-broker cluster', () => {
  let cluster: Cluster;
  let client: Samsa;
  const acked: Acked[] = [];
  const unacknowledged: string[] = [];

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 3 });
    client = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'produce-consume-test' });
    const admin = client.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [{ topic, numPartitions: partitionCount, replicationFactor: 1 }],
      waitForLeaders: true,
      timeoutMs: 30_000,
    });
    await admin.disconnect();
  }, clusterStartTimeoutMs);

  afterAll(async () => {
    await cluster?.stop();
  });

  test('the test partitioner matches Java murmur2 vectors', () => {
    // Values from Kafka's Utils.murmur2 (the same vectors KafkaJS checks its Java-compatible partitioner with).
    expect(murmur2(Buffer.from('0'))).toBe(971027396);
    expect(murmur2(Buffer.from('128'))).toBe(-326012175);
    expect(murmur2(Buffer.from('2187'))).toBe(-1508407203);
    expect(murmur2(Buffer.from('1234'))).toBe(-1614185708);
  });

  test.each([
    ['acks=1', 1],
    ['acks=all', -1],
  ] as const)('%s: keyed records land on their murmur2 partition and are acknowledged at offsets', async (label, acks) => {
    const producer = client.producer({ acks, lingerMs: 5 });
    await producer.connect();
    try {
      const messages = Array.from({ length: 30 }, (_, i) => ({ key: `key-${i % 10}`, value: `${label}-keyed-${i}` }));
      const results = await producer.send({ topic, messages });
      const byPartition = new Map<number, typeof messages>();
      for (const m of messages) {
        const p = partitionForKey(m.key, partitionCount);
        byPartition.set(p, [...(byPartition.get(p) ?? []), m]);
      }
      expect(results.map((r) => r.partition).sort()).toEqual([...byPartition.keys()].sort());
      for (const r of results) {
        expect(r.errorCode).toBe(ErrorCode.NONE);
        const sent = byPartition.get(r.partition)!;
        sent.forEach((m, i) => acked.push({ partition: r.partition, offset: Number(r.baseOffset) + i, key: m.key, value: m.value }));
      }
    } finally {
      await producer.disconnect();
    }
  });

  test.each([
    ['acks=1', 1],
    ['acks=all', -1],
  ] as const)('%s: unkeyed records are acknowledged with a partition and offset', async (label, acks) => {
    const producer = client.producer({ acks, lingerMs: 0 });
    await producer.connect();
    try {
      for (let i = 0; i < 12; i++) {
        const value = `${label}-unkeyed-${i}`;
        const [r] = await producer.send({ topic, messages: [{ key: null, value }] });
        expect(r).toBeDefined();
        expect(r!.errorCode).toBe(ErrorCode.NONE);
        expect(r!.partition).toBeGreaterThanOrEqual(0);
        expect(r!.partition).toBeLessThan(partitionCount);
        acked.push({ partition: r!.partition, offset: Number(r!.baseOffset), key: null, value });
      }
    } finally {
      await producer.disconnect();
    }
  });

  test('produce(record, callback): each callback gets its record\'s partition and offset; a refused send gets an error', async () => {
    const producer = client.producer({ acks: -1, lingerMs: 2 });
    await producer.connect();
    try {
      const sends = 200;
      const results = await new Promise<Array<{ value: string; partition: number; offset: number }>>((resolve, reject) => {
        const out: Array<{ value: string; partition: number; offset: number }> = [];
        for (let i = 0; i < sends; i++) {
          const value = `callback-${i}`;
          producer.produce({ topic, messages: [{ key: `cb-${i % 7}`, value }] }, (err, metadata) => {
            if (err !== null) return reject(err);
            expect(metadata).toHaveLength(1);
            out.push({ value, partition: metadata[0]!.partition, offset: Number(metadata[0]!.baseOffset) });
            if (out.length === sends) resolve(out);
          });
        }
      });
      for (const r of results) {
        expect(r.partition).toBe(partitionForKey(`cb-${Number(r.value.split('-')[1]) % 7}`, partitionCount));
        acked.push({ partition: r.partition, offset: r.offset, key: `cb-${Number(r.value.split('-')[1]) % 7}`, value: r.value });
      }
      // Each record's own offset, though records of many sends share a batch.
      expect(new Set(results.map((r) => `${r.partition}/${r.offset}`)).size).toBe(sends);
      // The same holds for concurrent one-record send()s sharing batches.
      const concurrent = await Promise.all(Array.from({ length: 50 }, (_, i) => producer.send({ topic, messages: [{ key: 'shared', value: `concurrent-${i}` }] })));
      const offsets = concurrent.map(([r]) => Number(r!.baseOffset));
      expect(offsets).toEqual(offsets.map((_, i) => offsets[0]! + i));
      concurrent.forEach(([r], i) => acked.push({ partition: r!.partition, offset: Number(r!.baseOffset), key: 'shared', value: `concurrent-${i}` }));
      const refused = await new Promise<Error | null>((resolve) => {
        producer.produce({ topic, messages: [{ value: 'nowhere', partition: partitionCount + 5 }] }, (err) => resolve(err));
      });
      expect(refused?.message).toMatch(/partition \d+ does not exist/);
    } finally {
      await producer.disconnect();
    }
  });

  test('acks=0: records sent without acknowledgement still reach the log', async () => {
    const producer = client.producer({ acks: 0, lingerMs: 0 });
    await producer.connect();
    try {
      for (let p = 0; p < partitionCount; p++) {
        const value = `acks0-${p}`;
        await producer.send({ topic, messages: [{ key: null, value, partition: p }] });
        unacknowledged.push(value);
      }
    } finally {
      await producer.disconnect();
    }
  });

  test('every acknowledged record is read back in order at its acknowledged offset', async () => {
    const expectedTotal = acked.length + unacknowledged.length;
    const consumer = client.consumer({ autoOffsetReset: 'earliest' });
    await consumer.connect();
    consumer.assign(Array.from({ length: partitionCount }, (_, partition) => ({ topic, partition })));
    for (let partition = 0; partition < partitionCount; partition++) await consumer.seek({ topic, partition, offset: 0 });
    const seen: Array<{ partition: number; offset: number; key: string | null; value: string }> = [];
    const deadline = setTimeout(() => void consumer.stop(), 30_000);
    try {
      for await (const m of consumer) {
        seen.push({ partition: m.partition, offset: Number(m.offset), key: m.key ? m.key.toString() : null, value: m.value!.toString() });
        if (seen.length >= expectedTotal) break;
      }
    } finally {
      clearTimeout(deadline);
      await consumer.disconnect();
    }
    expect(seen.length).toBe(expectedTotal);
    for (let p = 0; p < partitionCount; p++) {
      const offsets = seen.filter((s) => s.partition === p).map((s) => s.offset);
      expect(offsets).toEqual(offsets.map((_, i) => i)); // dense, ascending, from 0
    }
    const byPosition = new Map(seen.map((s) => [`${s.partition}/${s.offset}`, s]));
    for (const a of acked) {
      const got = byPosition.get(`${a.partition}/${a.offset}`);
      expect(got).toEqual({ partition: a.partition, offset: a.offset, key: a.key, value: a.value });
    }
    expect(seen.map((s) => s.value)).toEqual(expect.arrayContaining(unacknowledged));
    const keyedPartitions = seen.filter((s) => s.key !== null).every((s) => s.partition === partitionForKey(s.key!, partitionCount));
    expect(keyedPartitions).toBe(true);
  }, 60_000);

  test('fetchTopicOffsets reports low 0 and high = records per partition', async () => {
    const admin = client.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(topic);
      expect(offsets).toHaveLength(partitionCount);
      for (const o of offsets) {
        const count = acked.filter((a) => a.partition === o.partition).length + 1; // +1: the acks=0 record
        expect(Number(o.low)).toBe(0);
        expect(Number(o.high)).toBe(count);
      }
    } finally {
      await admin.disconnect();
    }
  });

  test('ListOffsets: earliest, latest and by timestamp on the leader', async () => {
    const producer = client.producer({ acks: -1, lingerMs: 0 });
    await producer.connect();
    let firstAfter: number;
    let boundaryMs: number;
    try {
      await producer.send({ topic, messages: [{ key: null, value: 'before-boundary', partition: 0 }] });
      await new Promise((r) => setTimeout(r, 50));
      boundaryMs = Date.now();
      await new Promise((r) => setTimeout(r, 50));
      const [r] = await producer.send({ topic, messages: [{ key: null, value: 'after-boundary', partition: 0 }] });
      firstAfter = Number(r!.baseOffset);
      await producer.send({ topic, messages: [{ key: null, value: 'after-boundary-2', partition: 0 }] });
    } finally {
      await producer.disconnect();
    }

    const bootstrap = new BrokerConnection({ ...hostPort(cluster.bootstrap), clientId: 'list-offsets-test' });
    const meta = await bootstrap.send<samsa.v1.IMetadataResponse>(ApiKey.Metadata, { topics: [topic] });
    bootstrap.close();
    const leaderId = meta.topics![0]!.partitions!.find((p) => (p.partition ?? 0) === 0)!.leaderId;
    const leader = meta.brokers!.find((b) => b.nodeId === leaderId)!;
    const conn = new BrokerConnection({ host: leader.host!, port: leader.port!, clientId: 'list-offsets-test' });
    try {
      const ask = async (timestamp: number): Promise<number> => {
        const res = await conn.send<samsa.v1.IListOffsetsResponse>(ApiKey.ListOffsets, {
          replicaId: -1,
          topics: [{ name: topic, partitions: [{ partition: 0, currentLeaderEpoch: -1, timestamp }] }],
        });
        const p = res.topics![0]!.partitions![0]!;
        expect(p.errorCode ?? 0).toBe(ErrorCode.NONE);
        return Number(p.offset);
      };
      expect(await ask(-2)).toBe(0);
      expect(await ask(-1)).toBe(firstAfter + 2);
      expect(await ask(boundaryMs)).toBe(firstAfter);
      expect(await ask(Date.now() + 3_600_000)).toBe(-1);
    } finally {
      conn.close();
    }
  });
});
