/**
 * The idempotent producer against real ZooKeeper and a real broker process (RF=1): producer ids
 * come from /latest_producer_id_block; a batch sent twice (its first response lost) is written
 * once and the retry gets the original offset; the broker's producer state survives a SIGKILL
 * and restart (rebuilt from the log), so a retry after the restart is still a duplicate; and the
 * client producer, idempotent by default, writes with a producer id.
 */
import { Samsa } from '../../client';
import { BrokerConnection } from '../../client/network/connection';
import { ApiKey } from '../../proto/api';
import { batchSizeAt, readInt64 } from '../../proto/batch-header';
import { ErrorCode } from '../../proto/errors';
import type { samsa } from '../../proto/generated/samsa';
import { encodeRecordBatchUncompressed } from '../../proto/record-batch';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';

const brokerId = 1;

describe('idempotent producer (RF=1)', () => {
  let cluster: TestCluster;

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 1, name: 'idempotence' });
  }, 90_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  function connect(): BrokerConnection {
    const [host, port] = cluster.broker(brokerId).bootstrap.split(':');
    return new BrokerConnection({ host: host!, port: Number(port), clientId: 'idempotence-test', requestTimeoutMs: 20_000 });
  }

  async function withConnection<T>(fn: (conn: BrokerConnection) => Promise<T>): Promise<T> {
    const conn = connect();
    try {
      return await fn(conn);
    } finally {
      conn.close();
    }
  }

  async function createTopic(topic: string): Promise<void> {
    await withConnection(async (conn) => {
      const resp = await conn.send<samsa.v1.ICreateTopicsResponse>(ApiKey.CreateTopics, { topics: [{ name: topic, numPartitions: 1, replicationFactor: 1 }], timeoutMs: 30_000 });
      expect(resp.topics?.[0]?.errorCode).toBe(ErrorCode.NONE);
    });
    await waitFor(async () => {
      const s = await cluster.zk.getJson<{ leader: number }>(`/brokers/topics/${topic}/partitions/0/state`);
      return s !== undefined && s.leader === brokerId ? s : undefined;
    }, { timeoutMs: 30_000, intervalMs: 200, description: `${topic} to have a leader` });
  }

  function idempotentBatch(producerId: number, baseSequence: number, values: string[]): Buffer {
    return encodeRecordBatchUncompressed(values.map((value) => ({ value })), { producerId, producerEpoch: 0, baseSequence, nowMs: Date.now() });
  }

  async function produce(topic: string, records: Buffer): Promise<{ errorCode: number; baseOffset: number }> {
    return withConnection(async (conn) => {
      const resp = await conn.send<samsa.v1.IProduceResponse>(ApiKey.Produce, { acks: -1, timeoutMs: 10_000, topics: [{ name: topic, partitions: [{ partition: 0, records }] }] });
      const p = resp.topics?.[0]?.partitions?.[0];
      return { errorCode: p?.errorCode ?? -1, baseOffset: Number(p?.baseOffset ?? -1) };
    });
  }

  /** Base offsets of every batch the partition holds, read with a consumer Fetch. */
  async function storedBaseOffsets(topic: string): Promise<number[]> {
    return withConnection(async (conn) => {
      const resp = await conn.send<samsa.v1.IFetchResponse>(ApiKey.Fetch, {
        replicaId: -1, maxWaitMs: 0, minBytes: 0, maxBytes: 1 << 20,
        topics: [{ name: topic, partitions: [{ partition: 0, fetchOffset: 0, currentLeaderEpoch: -1, logStartOffset: -1, partitionMaxBytes: 1 << 20 }] }],
      });
      const buf = Buffer.from(resp.topics?.[0]?.partitions?.[0]?.records ?? []);
      const offsets: number[] = [];
      for (let position = 0; position + 61 <= buf.length; position += batchSizeAt(buf, position)) offsets.push(readInt64(buf, position));
      return offsets;
    });
  }

  async function initProducerId(transactionalId = ''): Promise<samsa.v1.IInitProducerIdResponse> {
    return withConnection((conn) => conn.send<samsa.v1.IInitProducerIdResponse>(ApiKey.InitProducerId, { transactionalId, producerId: -1, producerEpoch: -1 }));
  }

  it('InitProducerId hands out distinct ids from a block in /latest_producer_id_block; a transactional id without a timeout is INVALID_TRANSACTION_TIMEOUT', async () => {
    const first = await initProducerId();
    const second = await initProducerId();
    expect(first).toMatchObject({ errorCode: ErrorCode.NONE, producerEpoch: 0 });
    expect(Number(second.producerId)).toBe(Number(first.producerId) + 1);
    const block = await cluster.zk.getJson<{ broker: number; block_start: string; block_end: string }>('/latest_producer_id_block');
    expect(block?.broker).toBe(brokerId);
    expect(Number(first.producerId)).toBeGreaterThanOrEqual(Number(block?.block_start));
    expect(Number(second.producerId)).toBeLessThanOrEqual(Number(block?.block_end));
    // A transactional id goes to the transaction coordinator, which checks the timeout first (0 is not a timeout).
    expect(await initProducerId('tx-1')).toMatchObject({ errorCode: ErrorCode.INVALID_TRANSACTION_TIMEOUT });
  });

  it('writes a batch whose response was lost once, answers the retry with the original offset, and still does after a SIGKILL and restart', async () => {
    const topic = 'idempotence-retry';
    await createTopic(topic);
    const producerId = Number((await initProducerId()).producerId);

    const first = idempotentBatch(producerId, 0, ['a', 'b', 'c']);
    const written = await produce(topic, Buffer.from(first));
    expect(written).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 0 });
    // The same bytes again, as a producer whose response was lost would resend them.
    expect(await produce(topic, Buffer.from(first))).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 0 });
    const second = idempotentBatch(producerId, 3, ['d']);
    expect(await produce(topic, Buffer.from(second))).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 3 });
    expect((await produce(topic, idempotentBatch(producerId, 9, ['gap']))).errorCode).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
    expect(await storedBaseOffsets(topic)).toEqual([0, 3]);

    const broker = cluster.broker(brokerId);
    await broker.kill('SIGKILL');
    await waitFor(async () => (await cluster.zk.exists(`/brokers/ids/${brokerId}`)) === undefined, {
      timeoutMs: 20_000, intervalMs: 200, description: 'the killed broker\'s session to expire',
    });
    await broker.start();
    await broker.waitForReady(60_000);

    // Retries of both batches are recognised from the rebuilt state; nothing is written twice.
    const retried = await waitFor(async () => {
      const r = await produce(topic, Buffer.from(second)).catch(() => undefined);
      return r !== undefined && r.errorCode === ErrorCode.NONE ? r : undefined;
    }, { timeoutMs: 30_000, intervalMs: 300, description: 'the partition to accept produce again' });
    expect(retried.baseOffset).toBe(3);
    expect(await produce(topic, Buffer.from(first))).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 0 });
    expect(await produce(topic, idempotentBatch(producerId, 4, ['e']))).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 4 });
    expect(await storedBaseOffsets(topic)).toEqual([0, 3, 4]);
  }, 120_000);

  it('the client producer is idempotent by default and writes with its producer id', async () => {
    const topic = 'idempotence-client';
    await createTopic(topic);
    const client = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'idempotence-client' });
    expect(() => client.producer({ idempotent: true, acks: 1 })).toThrow(/acks=1 cannot be used with idempotent: true/);
    const producer = client.producer({ lingerMs: 0 });
    await producer.connect();
    try {
      expect(producer.producerIdentity?.producerId).toBeGreaterThanOrEqual(0);
      const offsets: number[] = [];
      for (let i = 0; i < 10; i++) offsets.push(...(await producer.send({ topic, messages: [{ value: `v${i}` }] })).map((r) => r.baseOffset));
      expect(offsets).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      const stored = await withConnection(async (conn) => {
        const resp = await conn.send<samsa.v1.IFetchResponse>(ApiKey.Fetch, {
          replicaId: -1, maxWaitMs: 0, minBytes: 0, maxBytes: 1 << 20,
          topics: [{ name: topic, partitions: [{ partition: 0, fetchOffset: 0, currentLeaderEpoch: -1, logStartOffset: -1, partitionMaxBytes: 1 << 20 }] }],
        });
        return Buffer.from(resp.topics?.[0]?.partitions?.[0]?.records ?? []);
      });
      // Each stored batch carries the producer id (byte 43) and its sequence (byte 53): 0, 1, 2, ...
      const sequences: number[] = [];
      for (let position = 0; position + 61 <= stored.length; position += batchSizeAt(stored, position)) {
        expect(readInt64(stored, position + 43)).toBe(producer.producerIdentity?.producerId);
        sequences.push(stored.readInt32BE(position + 53));
      }
      expect(sequences).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    } finally {
      await producer.disconnect();
    }
  }, 60_000);
});
