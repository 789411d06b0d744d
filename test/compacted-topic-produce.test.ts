/**
 * Compacted topics refuse records without a key, as Kafka 2.x's LogValidator does ("Compacted
 * topic cannot accept message without key", INVALID_RECORD since KIP-467): the whole produce
 * entry fails, nothing is appended, the log end offset stays put and the broker keeps serving.
 * Delete-policy topics keep accepting keyless records.
 */

import { type Message, Samsa } from '../client';
import { type BrokerConnection } from '../client/network/connection';
import { ApiKey } from '../proto/api';
import { Compression } from '../proto/batch-header';
import { ErrorCode, SamsaProtocolError } from '../proto/errors';
import { type samsa } from '../proto/frame';
import { decodeRecordBatches, encodeRecordBatch } from '../proto/record-batch';
import { startCluster } from './fixtures/cluster';
import { connect } from './replication/helpers';

type Cluster = Awaited<ReturnType<typeof startCluster>>;

const compacted = 'compacted';
const compactedAndDeleted = 'compacted-and-deleted';
const deleted = 'deleted';
const clusterStartTimeoutMs = 90_000;
const fetchBytesMax = 1024 * 1024;

describe('produce to a compacted topic', () => {
  let cluster: Cluster;
  let client: Samsa;

  async function withConnection<T>(use: (conn: BrokerConnection) => Promise<T>): Promise<T> {
    const conn = connect(cluster.broker(1), 'compacted-topic-raw');
    try {
      return await use(conn);
    } finally {
      conn.close();
    }
  }

  /** The high watermark from ListOffsets; with one replica and acks=-1, the log end offset. */
  async function logEndOffset(topic: string): Promise<number> {
    const admin = client.admin();
    await admin.connect();
    try {
      const [p0] = await admin.fetchTopicOffsets(topic);
      return p0!.high;
    } finally {
      await admin.disconnect();
    }
  }

  /** Sends with a fresh producer (a failed send leaves no state behind for the next case). */
  async function send(topic: string, messages: Message[], compression: Compression = Compression.None): Promise<number> {
    const producer = client.producer({ acks: -1, lingerMs: 0, compression });
    await producer.connect();
    try {
      const [ack] = await producer.send({ topic, messages: messages.map((m) => ({ ...m, partition: 0 })) });
      expect(ack!.errorCode).toBe(ErrorCode.NONE);
      return Number(ack!.baseOffset);
    } finally {
      await producer.disconnect();
    }
  }

  async function sendError(topic: string, messages: Message[], compression: Compression = Compression.None): Promise<SamsaProtocolError> {
    const err = await send(topic, messages, compression).then(
      (offset) => new Error(`the send succeeded at offset ${offset}`),
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SamsaProtocolError);
    return err as SamsaProtocolError;
  }

  /** Every record of partition 0 as `key=value`, read back with a raw Fetch. */
  async function readAll(topic: string): Promise<string[]> {
    const res = await withConnection((conn) => conn.send<samsa.v1.IFetchResponse>(ApiKey.Fetch, {
      replicaId: -1, maxWaitMs: 0, minBytes: 0, maxBytes: fetchBytesMax,
      topics: [{ name: topic, partitions: [{ partition: 0, currentLeaderEpoch: -1, fetchOffset: 0, logStartOffset: -1, partitionMaxBytes: fetchBytesMax }] }],
    }));
    const p = res.topics![0]!.partitions![0]!;
    expect(p.errorCode ?? 0).toBe(ErrorCode.NONE);
    const batches = await decodeRecordBatches(Buffer.from(p.records ?? []));
    return batches.flatMap((b) => b.records.map((r) => `${r.key?.toString() ?? 'null'}=${r.value?.toString() ?? 'null'}`));
  }

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 1, name: 'compacted-topic-produce' });
    client = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'compacted-topic-produce' });
    const admin = client.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [
        { topic: compacted, numPartitions: 1, replicationFactor: 1, configEntries: [{ name: 'cleanup.policy', value: 'compact' }] },
        { topic: compactedAndDeleted, numPartitions: 1, replicationFactor: 1, configEntries: [{ name: 'cleanup.policy', value: 'compact,delete' }] },
        { topic: deleted, numPartitions: 1, replicationFactor: 1 },
      ],
      waitForLeaders: true,
      timeoutMs: 30_000,
    });
    await admin.disconnect();
  }, clusterStartTimeoutMs);

  afterAll(async () => {
    await cluster?.stop();
  });

  test('keyed records are accepted, an empty key included', async () => {
    expect(await send(compacted, [{ key: 'k1', value: 'v1' }, { key: '', value: 'empty-key' }])).toBe(0);
    expect(await logEndOffset(compacted)).toBe(2);
  });

  test.each([
    ['uncompressed', Compression.None],
    ['gzip', Compression.Gzip],
  ] as const)('a batch with a null key fails with INVALID_RECORD and appends nothing (%s)', async (label, compression) => {
    const before = await logEndOffset(compacted);
    const err = await sendError(compacted, [{ key: 'k2', value: 'kept out' }, { key: null, value: 'no key' }, { key: 'k3', value: 'kept out' }], compression);
    expect(err.code).toBe(ErrorCode.INVALID_RECORD);
    expect(err.retriable).toBe(false);
    expect(err.message).toContain(`Compacted topic cannot accept message without key in topic partition ${compacted}-0`);
    expect(await logEndOffset(compacted)).toBe(before);
    // The broker keeps serving: the next keyed record takes the very next offset.
    expect(await send(compacted, [{ key: 'k4', value: `after-${label}` }])).toBe(before);
  });

  test('one keyless batch fails the whole entry, keyed batches before it included', async () => {
    const before = await logEndOffset(compacted);
    const keyed = await encodeRecordBatch([{ key: 'k5', value: 'first batch' }]);
    const keyless = await encodeRecordBatch([{ key: 'k6', value: 'second batch' }, { key: null, value: 'no key' }]);
    const res = await withConnection((conn) => conn.send<samsa.v1.IProduceResponse>(ApiKey.Produce, {
      acks: -1, timeoutMs: 10_000, topics: [{ name: compacted, partitions: [{ partition: 0, records: Buffer.concat([keyed, keyless]) }] }],
    }));
    const p = res.topics![0]!.partitions![0]!;
    expect(p.errorCode).toBe(ErrorCode.INVALID_RECORD);
    expect(p.errorMessage).toBe(`Compacted topic cannot accept message without key in topic partition ${compacted}-0 (batch 1, record 1)`);
    expect(await logEndOffset(compacted)).toBe(before);
    expect(await readAll(compacted)).toEqual(['k1=v1', '=empty-key', 'k4=after-uncompressed', 'k4=after-gzip']);
  });

  test('cleanup.policy=compact,delete refuses keyless records too', async () => {
    const err = await sendError(compactedAndDeleted, [{ key: null, value: 'no key' }]);
    expect(err.code).toBe(ErrorCode.INVALID_RECORD);
    expect(await logEndOffset(compactedAndDeleted)).toBe(0);
  });

  test('a delete-policy topic still accepts keyless records', async () => {
    expect(await send(deleted, [{ key: null, value: 'no key' }, { value: 'no key either' }])).toBe(0);
    expect(await send(deleted, [{ key: null, value: 'gzip, no key' }], Compression.Gzip)).toBe(2);
    expect(await logEndOffset(deleted)).toBe(3);
    expect(await readAll(deleted)).toEqual(['null=no key', 'null=no key either', 'null=gzip, no key']);
  });
});
