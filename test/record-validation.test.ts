/**
 * Issue 8, defect 2, end to end with raw Produce requests: a broker refuses every batch whose
 * header and records disagree, answers with Kafka's error code, leaves the log end offset where
 * it was (across a restart too) and takes the next good batch. And a consumer that meets a
 * stored batch it cannot decode (written before this validation existed) fails loudly with the
 * offset; `samsa consume` exits non-zero instead of printing 0 messages.
 */

import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32c } from '@node-rs/crc32';
import { type BrokerConnection } from '../client/network/connection';
import { ApiKey } from '../proto/api';
import { BatchField, Compression, writeInt64 } from '../proto/batch-header';
import { compress } from '../proto/compression';
import { ErrorCode } from '../proto/errors';
import { type samsa } from '../proto/frame';
import { encodeRecordBatch, encodeRecordBatchUncompressed, type ProducerRecord } from '../proto/record-batch';
import { runCli } from './fixtures/cli';
import { startCluster, waitFor, type TestCluster } from './fixtures/cluster';
import { connect } from './replication/helpers';

const clusterStartTimeoutMs = 90_000;
const restartTimeoutMs = 60_000;
const topic = 'validated';
const legacyTopic = 'legacy';

const records = (n: number, prefix = 'r'): ProducerRecord[] =>
  Array.from({ length: n }, (_, i) => ({ key: `${prefix}k${i}`, value: `${prefix}v${i}`, timestamp: Date.now() }));

function reseal(buf: Buffer): Buffer {
  buf.writeInt32BE(buf.length - 12, BatchField.batchLength);
  buf.writeUInt32BE(crc32c(buf.subarray(BatchField.attributes)), BatchField.crc);
  return buf;
}

/** A good batch of `n` records edited by `edit`, its length and CRC made valid again. */
function lying(n: number, edit: (buf: Buffer) => Buffer | void): Buffer {
  const good = encodeRecordBatchUncompressed(records(n));
  return reseal(edit(good) ?? good);
}

function claimCount(buf: Buffer, count: number): void {
  buf.writeInt32BE(count, BatchField.recordCount);
  buf.writeInt32BE(count - 1, BatchField.lastOffsetDelta);
}

describe('record validation on produce', () => {
  let cluster: TestCluster;

  async function withConnection<T>(use: (conn: BrokerConnection) => Promise<T>): Promise<T> {
    const conn = connect(cluster.broker(1), 'record-validation');
    try {
      return await use(conn);
    } finally {
      conn.close();
    }
  }

  async function produceRaw(target: string, recordsBytes: Buffer): Promise<samsa.v1.ProduceResponse.IPartitionResponse> {
    return withConnection(async (conn) => {
      const res = await conn.send<samsa.v1.IProduceResponse>(ApiKey.Produce, {
        acks: -1, timeoutMs: 10_000, topics: [{ name: target, partitions: [{ partition: 0, records: recordsBytes }] }],
      });
      return res.topics![0]!.partitions![0]!;
    });
  }

  /** The log end offset from ListOffsets(latest); with one replica and acks=-1 it is the HW too. */
  async function logEndOffset(target: string): Promise<number> {
    return withConnection(async (conn) => {
      const res = await conn.send<samsa.v1.IListOffsetsResponse>(ApiKey.ListOffsets, {
        replicaId: -1, topics: [{ name: target, partitions: [{ partition: 0, currentLeaderEpoch: -1, timestamp: -1 }] }],
      });
      const p = res.topics![0]!.partitions![0]!;
      expect(p.errorCode ?? 0).toBe(ErrorCode.NONE);
      return Number(p.offset);
    });
  }

  async function createTopic(name: string): Promise<void> {
    await withConnection(async (conn) => {
      const res = await conn.send<samsa.v1.ICreateTopicsResponse>(ApiKey.CreateTopics, { topics: [{ name, numPartitions: 1, replicationFactor: 1 }], timeoutMs: 30_000 });
      expect(res.topics![0]!.errorCode ?? 0).toBe(ErrorCode.NONE);
    });
    await waitFor(async () => (await produceRaw(name, encodeRecordBatchUncompressed(records(1, 'first')))).errorCode === ErrorCode.NONE,
      { timeoutMs: 30_000, description: `a leader for ${name}-0` });
  }

  /** Sends `bad`, expects `code`, an unchanged log end offset, and a good batch accepted after. */
  async function expectRefused(bad: Buffer, code: number, message: RegExp): Promise<void> {
    const before = await logEndOffset(topic);
    const result = await produceRaw(topic, bad);
    expect({ code: result.errorCode, message: result.errorMessage }).toEqual({ code, message: expect.stringMatching(message) });
    expect(await logEndOffset(topic)).toBe(before);
    const good = await produceRaw(topic, encodeRecordBatchUncompressed(records(2, 'after')));
    expect({ code: good.errorCode, baseOffset: Number(good.baseOffset) }).toEqual({ code: ErrorCode.NONE, baseOffset: before });
  }

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 1, name: 'record-validation' });
    await createTopic(topic);
    await createTopic(legacyTopic);
  }, clusterStartTimeoutMs);

  afterAll(async () => {
    await cluster?.stop();
  });

  test('a header count higher than the records is INVALID_RECORD', async () => {
    await expectRefused(lying(2, (b) => claimCount(b, 3)), ErrorCode.INVALID_RECORD, /header says 3 records but the records section holds 2/);
  });

  test('a header count lower than the records is INVALID_RECORD', async () => {
    await expectRefused(lying(3, (b) => claimCount(b, 2)), ErrorCode.INVALID_RECORD, /header says 2 records but the records section holds 3/);
  });

  test('offset deltas out of order are INVALID_RECORD', async () => {
    await expectRefused(lying(2, (b) => {
      b[b.indexOf(Buffer.from([0x10, 0x01]), 61) + 1] = 0x05;
    }), ErrorCode.INVALID_RECORD, /record 1: offset delta 5/);
  });

  test('a records section of garbage with a valid CRC is INVALID_RECORD', async () => {
    await expectRefused(lying(3, (b) => void b.fill(0xff, 61)), ErrorCode.INVALID_RECORD, /record 0/);
  });

  test('trailing bytes after the last record are INVALID_RECORD', async () => {
    await expectRefused(lying(2, (b) => Buffer.concat([b, Buffer.from([0x0a])])), ErrorCode.INVALID_RECORD, /runs past its message/);
  });

  test('a truncated record is INVALID_RECORD', async () => {
    await expectRefused(lying(2, (b) => b.subarray(0, b.length - 2)), ErrorCode.INVALID_RECORD, /runs past its message/);
  });

  test('a compressed batch that lies about its count is INVALID_RECORD', async () => {
    const batch = await encodeRecordBatch(records(2), { compression: Compression.Gzip });
    claimCount(batch, 5);
    await expectRefused(reseal(batch), ErrorCode.INVALID_RECORD, /header says 5 records but the records section holds 2/);
  });

  test('a compressed batch of garbage is INVALID_RECORD, one that does not decompress CORRUPT_MESSAGE', async () => {
    const header = (await encodeRecordBatch(records(1), { compression: Compression.Zstd })).subarray(0, 61);
    const garbage = Buffer.concat([header, await compress(Compression.Zstd, Buffer.alloc(64, 0xfe))]);
    await expectRefused(reseal(garbage), ErrorCode.INVALID_RECORD, /record 0/);
    const broken = Buffer.concat([header, Buffer.alloc(64, 0x00)]);
    await expectRefused(reseal(broken), ErrorCode.CORRUPT_MESSAGE, /zstd/);
  });

  test('a producer-set LogAppendTime bit is INVALID_TIMESTAMP and is never stored', async () => {
    await expectRefused(lying(1, (b) => void b.writeInt16BE(0x08, BatchField.attributes)), ErrorCode.INVALID_TIMESTAMP, /LogAppendTime/);
  });

  test('the reported case: 102 batches claiming 2^31-1 records each are refused, and a restart finds nothing of them', async () => {
    const claimsMax = (): Buffer => lying(1, (b) => claimCount(b, 2_147_483_647));
    await expectRefused(Buffer.concat(Array.from({ length: 102 }, claimsMax)), ErrorCode.INVALID_RECORD, /batch 0 at byte 0: the header says 2147483647 records/);
    const before = await logEndOffset(topic);
    await cluster.broker(1).kill('SIGKILL');
    await waitFor(async () => (await cluster.zk.exists(`/brokers/ids/${cluster.broker(1).brokerId}`)) === undefined,
      { timeoutMs: restartTimeoutMs, intervalMs: 200, description: 'the killed broker\'s session to expire' });
    await cluster.broker(1).start();
    await cluster.broker(1).waitForReady(restartTimeoutMs);
    await waitFor(async () => (await produceRaw(topic, encodeRecordBatchUncompressed(records(1, 'restarted')))).errorCode === ErrorCode.NONE,
      { timeoutMs: restartTimeoutMs, description: `${topic}-0 writable again after the restart` });
    expect(await logEndOffset(topic)).toBe(before + 1);
  }, 3 * restartTimeoutMs);

  test('samsa consume fails loudly, naming the offset, on a stored batch it cannot decode', async () => {
    // A batch written before brokers validated records: a valid CRC over a garbage records section.
    const start = await logEndOffset(legacyTopic);
    const broker = cluster.broker(1);
    await broker.stop();
    const garbage = lying(1, (b) => {
      writeInt64(b, BatchField.baseOffset, start);
      b.fill(0xff, 61);
    });
    await appendFile(path.join(broker.logDir, `${legacyTopic}-0`, '00000000000000000000.log'), garbage);
    await broker.start();
    await broker.waitForReady(restartTimeoutMs);
    await waitFor(async () => (await produceRaw(legacyTopic, encodeRecordBatchUncompressed(records(1, 'later')))).errorCode === ErrorCode.NONE,
      { timeoutMs: restartTimeoutMs, description: `${legacyTopic}-0 writable after the restart` });
    const result = await runCli(['consume', '--bootstrap-server', broker.bootstrap, '--topic', legacyTopic, '--from-beginning', '--timeout-ms', '10000'], { timeoutMs: 60_000 });
    expect(result.code).not.toBe(0);
    expect(result.stdout).toContain('firstv0');
    expect(result.stderr).toContain(`corrupt record batch in ${legacyTopic}-0 at offset ${start}`);
  }, 3 * restartTimeoutMs);
});
