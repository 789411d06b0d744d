/**
 * Log compaction against real brokers (cleanup.policy=compact, Kafka's log cleaner): every
 * replica compacts its own log to the latest value of each key at its original offset, removes
 * tombstoned keys after delete.retention.ms, a replica that was down catches up from a compacted
 * leader, and __consumer_offsets is compacted while committed offsets survive a coordinator move.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Samsa } from '../client';
import { decodeRecordBatches } from '../proto/record-batch';
import { ErrorCode } from '../proto/errors';
import type { BrokerProcess } from './fixtures/broker-process';
import { startCluster, waitFor, type TestCluster } from './fixtures/cluster';
import { connect, consumeAll, partitionState, replicationOverrides, restartAfterCrash, waitForIsr } from './replication/helpers';

const keys = Array.from({ length: 10 }, (_, i) => `key-${i}`);
const compactedTopicConfigs = [
  { name: 'cleanup.policy', value: 'compact' },
  { name: 'segment.bytes', value: '2048' },
  { name: 'min.cleanable.dirty.ratio', value: '0.01' },
  { name: 'delete.retention.ms', value: '0' },
];

interface Written {
  key: string;
  value: string | null;
}

/** Every record of `topic-0` stored in a broker's segment files, by offset. */
async function storedRecords(broker: BrokerProcess, topic: string): Promise<Map<number, Written>> {
  const dir = path.join(broker.logDir, `${topic}-0`);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.log')).sort();
  const records = new Map<number, Written>();
  for (const file of files) {
    for (const batch of await decodeRecordBatches(await readFile(path.join(dir, file)))) {
      for (const r of batch.records) records.set(r.offset, { key: r.key?.toString() ?? '', value: r.value?.toString() ?? null });
    }
  }
  return records;
}

describe('log compaction', () => {
  let cluster: TestCluster;
  let client: Samsa;

  beforeAll(async () => {
    cluster = await startCluster({
      brokers: 3,
      name: 'log-compaction',
      overrides: {
        ...replicationOverrides,
        'log.cleaner.backoff.ms': 200,
        'offsets.topic.num.partitions': 1,
        'offsets.topic.segment.bytes': 2048,
      },
    });
    client = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'log-compaction', retry: { retries: 10 } });
  }, 120_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  async function createCompactedTopic(topic: string): Promise<void> {
    const admin = client.admin();
    await admin.connect();
    try {
      await admin.createTopics({ topics: [{ topic, numPartitions: 1, replicationFactor: 3, configEntries: compactedTopicConfigs }], waitForLeaders: true, timeoutMs: 30_000 });
    } finally {
      await admin.disconnect();
    }
    await waitForIsr(cluster, topic, 0, 3);
  }

  /** One batch per round, one record per key; key-0 is deleted by a tombstone in round 1. */
  async function writeRounds(topic: string, fromRound: number, toRound: number, written: Map<number, Written>): Promise<void> {
    const producer = client.producer({ acks: -1, lingerMs: 0 });
    await producer.connect();
    try {
      for (let round = fromRound; round <= toRound; round += 1) {
        const batch: Written[] = keys.map((key) => ({ key, value: key === 'key-0' && round >= 1 ? null : `round-${round}` }));
        if (round > 1) batch.shift();
        const [ack] = await producer.send({ topic, messages: batch.map((r) => ({ key: r.key, value: r.value, partition: 0 })) });
        expect(ack!.errorCode).toBe(ErrorCode.NONE);
        batch.forEach((r, i) => written.set(Number(ack!.baseOffset) + i, r));
      }
    } finally {
      await producer.disconnect();
    }
  }

  /** The replica holds a valid compaction of `written`: nothing invented, every key's latest value kept. */
  function expectCompactionOf(stored: Map<number, Written>, written: Map<number, Written>, lastRound: number): void {
    for (const [offset, record] of stored) expect({ offset, ...record }).toEqual({ offset, ...written.get(offset) });
    const latest = new Map([...stored.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => [r.key, r.value]));
    for (const key of keys.slice(1)) expect(latest.get(key)).toBe(`round-${lastRound}`);
    expect(latest.get('key-0') ?? null).toBeNull();
  }

  it('compacts every replica to the latest value per key at the original offsets and drops a deleted key', async () => {
    const topic = 'compacted-table';
    await createCompactedTopic(topic);
    const written = new Map<number, Written>();
    await writeRounds(topic, 0, 39, written);
    for (const broker of cluster.brokers) {
      await waitFor(async () => (await storedRecords(broker, topic)).size < written.size, {
        timeoutMs: 60_000, intervalMs: 500, description: `broker ${broker.brokerId} to clean ${topic} a first time`,
      });
    }
    // The tombstone is now in the cleaned part; a later cleaning past delete.retention.ms (0) drops it.
    await writeRounds(topic, 40, 79, written);
    const lastRound = 79;

    for (const broker of cluster.brokers) {
      const stored = await waitFor(async () => {
        const records = await storedRecords(broker, topic);
        const tombstoneGone = ![...records.values()].some((r) => r.key === 'key-0');
        return records.size < written.size / 3 && tombstoneGone ? records : undefined;
      }, { timeoutMs: 60_000, intervalMs: 500, description: `broker ${broker.brokerId} to compact ${topic}` });
      expectCompactionOf(stored, written, lastRound);
    }

    // A consumer reading from offset 0 sees the compacted log, in offset order, ending at the same place.
    const conn = connect(cluster.broker((await partitionState(cluster, topic, 0))!.leader), 'compaction-reader');
    try {
      const { batches, highWatermark } = await consumeAll(conn, topic, 0);
      expect(highWatermark).toBe(written.size);
      const bases = batches.map((b) => b.baseOffset);
      expect(bases).toEqual([...bases].sort((a, b) => a - b));
    } finally {
      conn.close();
    }
  }, 180_000);

  it('lets a replica that was down catch up from a compacted leader and lead with the same latest values', async () => {
    const topic = 'compacted-catch-up';
    await createCompactedTopic(topic);
    const state = (await partitionState(cluster, topic, 0))!;
    const lagging = state.isr.find((id) => id !== state.leader)!;
    await cluster.broker(lagging).kill();

    const written = new Map<number, Written>();
    await writeRounds(topic, 0, 39, written);
    await waitFor(async () => (await storedRecords(cluster.broker(state.leader), topic)).size < written.size / 2, {
      timeoutMs: 60_000, intervalMs: 500, description: `the leader to compact ${topic}`,
    });

    await restartAfterCrash(cluster, lagging);
    await waitForIsr(cluster, topic, 0, 3);
    // Only the caught-up replica is left to lead.
    const others = cluster.brokers.filter((b) => b.brokerId !== lagging);
    for (const b of others) await b.kill();
    await waitFor(async () => (await partitionState(cluster, topic, 0))?.leader === lagging, {
      timeoutMs: 30_000, intervalMs: 200, description: `broker ${lagging} to lead ${topic}`,
    });
    expectCompactionOf(await storedRecords(cluster.broker(lagging), topic), written, 39);
    for (const b of others) await restartAfterCrash(cluster, b.brokerId);
    await waitForIsr(cluster, topic, 0, 3);
  }, 240_000);

  it('compacts __consumer_offsets, and a new coordinator serves the last committed offsets', async () => {
    const groupId = 'compaction-group';
    const admin = client.admin();
    await admin.connect();
    const commits = 400;
    try {
      for (let i = 1; i <= commits; i += 1) {
        await admin.setOffsets({ groupId, topic: 'compacted-table', partitions: [{ partition: 0, offset: i }] });
      }
      const offsetsLeader = (await partitionState(cluster, '__consumer_offsets', 0))!.leader;
      const conn = connect(cluster.broker(offsetsLeader), 'offsets-reader');
      try {
        await waitFor(async () => (await consumeAll(conn, '__consumer_offsets', 0)).batches.length < commits / 4, {
          timeoutMs: 60_000, intervalMs: 500, description: '__consumer_offsets to be compacted',
        });
      } finally {
        conn.close();
      }

      // Move the coordinator: the new one loads the group from its own compacted replica.
      await cluster.broker(offsetsLeader).kill();
      const fetched = await waitFor(async () => {
        const [group] = await admin.fetchOffsets({ groupId, topics: ['compacted-table'] });
        return group?.partitions[0]?.offset === commits ? group : undefined;
      }, { timeoutMs: 60_000, intervalMs: 500, description: 'the committed offset from the new coordinator' });
      expect(fetched.partitions).toEqual([expect.objectContaining({ partition: 0, offset: commits })]);
      await restartAfterCrash(cluster, offsetsLeader);
    } finally {
      await admin.disconnect();
    }
  }, 240_000);
});
