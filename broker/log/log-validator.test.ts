/**
 * The log validator on real segment files: every batch that lies about its records is refused
 * whole with Kafka's error code, and the log (files, end offset, producer state) is exactly as
 * before and still takes a good batch. Issue 8, defect 2.
 */
import { systemClock } from '../clock';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BatchField, Compression, readBatchHeader, writeInt64 } from '../../proto/batch-header';
import { compress } from '../../proto/compression';
import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import { decodeRecordBatches, encodeRecordBatch, encodeRecordBatchUncompressed, type ProducerRecord } from '../../proto/record-batch';
import { Log, LogStorageError } from './log';
import { type LogConfig } from './log-config';
import { logConfigDefaults } from '../config';
import { asLeader, buildBatch, resealBatch } from '../../test/support/log-batches';
import { nodeFileSystem } from './file-system';

let root: string;
const openLogs: Log[] = [];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'samsa-validator-'));
});

afterEach(async () => {
  for (const log of openLogs.splice(0)) await log.close().catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

async function openLog(overrides: Partial<LogConfig> = {}, cleanShutdown = true): Promise<Log> {
  const log = await Log.load({ clock: systemClock, fileSystem: nodeFileSystem, dir: join(root, 't-0'), topic: 't', partition: 0, config: { ...logConfigDefaults, ...overrides }, cleanShutdown });
  openLogs.push(log);
  return log;
}

const records = (n: number, prefix = 'r'): ProducerRecord[] =>
  Array.from({ length: n }, (_, i) => ({ key: `${prefix}k${i}`, value: `${prefix}v${i}`, timestamp: 5_000 + i }));

/** A good batch of `n` records with header fields overwritten and the CRC made valid again. */
function lyingBatch(n: number, edit: (buf: Buffer) => void): Buffer {
  const buf = encodeRecordBatchUncompressed(records(n));
  edit(buf);
  resealBatch(buf);
  return buf;
}

/** Every file of the log directory and its bytes. */
async function snapshot(): Promise<Record<string, string>> {
  const dir = join(root, 't-0');
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) out[name] = (await readFile(join(dir, name))).toString('hex');
  return out;
}

async function expectRefused(log: Log, batch: Buffer, code: number, message: RegExp): Promise<void> {
  const leo = log.logEndOffset;
  const files = await snapshot();
  const err = await log.appendAsLeader(batch, asLeader(batch)).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(SamsaProtocolError);
  expect(err).toMatchObject({ code, message: expect.stringMatching(message) });
  expect(log.logEndOffset).toBe(leo);
  expect(await snapshot()).toEqual(files);
  const good = encodeRecordBatchUncompressed(records(2, 'good'));
  expect((await log.appendAsLeader(good, asLeader(good))).firstOffset).toBe(leo);
}

describe('log validator: a producer batch must agree with its records', () => {
  it('accepts a good batch (the baseline for every case below)', async () => {
    const log = await openLog();
    const batch = encodeRecordBatchUncompressed(records(3));
    expect(await log.appendAsLeader(batch, asLeader(batch))).toMatchObject({ firstOffset: 0, lastOffset: 2, recordCount: 3 });
  });

  it.each([
    ['higher than the records', 2, 3, /header says 3 records but the records section holds 2/],
    ['lower than the records', 3, 2, /header says 2 records but the records section holds 3/],
  ])('refuses a header count %s with INVALID_RECORD', async (_label, held, claimed, message) => {
    const log = await openLog();
    const batch = lyingBatch(held, (b) => {
      b.writeInt32BE(claimed, BatchField.recordCount);
      b.writeInt32BE(claimed - 1, BatchField.lastOffsetDelta);
    });
    await expectRefused(log, batch, ErrorCode.INVALID_RECORD, message);
  });

  it('refuses offset deltas out of order with INVALID_RECORD', async () => {
    const log = await openLog();
    const batch = lyingBatch(2, (b) => {
      const at = b.indexOf(Buffer.from([0x10, 0x01]), 61); // the second record's offset delta 1
      b[at + 1] = 0x02;
    });
    await expectRefused(log, batch, ErrorCode.INVALID_RECORD, /batch 0 at byte 0: record 1: offset delta 2 out of order/);
  });

  it('refuses a records section of garbage with a valid CRC with INVALID_RECORD', async () => {
    const log = await openLog();
    const batch = lyingBatch(3, (b) => b.fill(0xff, 61));
    await expectRefused(log, batch, ErrorCode.INVALID_RECORD, /batch 0 at byte 0: record 0/);
  });

  it('refuses trailing bytes after the last record with INVALID_RECORD', async () => {
    const log = await openLog();
    const good = encodeRecordBatchUncompressed(records(2));
    const batch = Buffer.concat([good, Buffer.from([0x08, 0x01])]);
    batch.writeInt32BE(batch.length - 12, BatchField.batchLength);
    resealBatch(batch);
    await expectRefused(log, batch, ErrorCode.INVALID_RECORD, /record 2: byte \d+ of the records section is not the start of a record/);
  });

  it('refuses a truncated record (length prefix past the section) with INVALID_RECORD', async () => {
    const log = await openLog();
    const good = encodeRecordBatchUncompressed(records(2));
    const batch = good.subarray(0, good.length - 3);
    batch.writeInt32BE(batch.length - 12, BatchField.batchLength);
    resealBatch(batch);
    await expectRefused(log, batch, ErrorCode.INVALID_RECORD, /runs past its message/);
  });

  it('refuses a record with a field record.proto does not define', async () => {
    const log = await openLog();
    const batch = lyingBatch(1, (b) => {
      b[63] = 0x30; // the first field tag of record 0 becomes field 6, varint
    });
    await expectRefused(log, batch, ErrorCode.INVALID_RECORD, /record 0: unexpected field tag 48/);
  });

  it('refuses the reported case: 102 batches each claiming 2^31-1 records, and nothing is stored after a restart', async () => {
    const log = await openLog();
    const first = encodeRecordBatchUncompressed(records(2));
    await log.appendAsLeader(first, asLeader(first));
    const liar = (): Buffer => lyingBatch(1, (b) => {
      b.writeInt32BE(2_147_483_647, BatchField.recordCount);
      b.writeInt32BE(2_147_483_646, BatchField.lastOffsetDelta);
    });
    const request = Buffer.concat(Array.from({ length: 102 }, liar));
    await expectRefused(log, request, ErrorCode.INVALID_RECORD, /batch 0 at byte 0: the header says 2147483647 records but the records section holds 1/);
    await log.close();
    openLogs.length = 0;
    const reopened = await openLog({}, false);
    expect(reopened.logEndOffset).toBe(4);
  });

  it('refuses an append spanning more offsets than a segment can index with RECORD_LIST_TOO_LARGE', async () => {
    const log = await openLog();
    // Stored batches thinned by the cleaner may hold fewer records than offsets: a follower append.
    const wide = (baseOffset: number): Buffer => lyingBatch(1, (b) => {
      writeInt64(b, BatchField.baseOffset, baseOffset);
      b.writeInt32BE(2_000_000_000, BatchField.lastOffsetDelta);
    });
    const err = await log.appendAsFollower(Buffer.concat([wide(0), wide(2_000_000_001)])).then(() => undefined, (e: unknown) => e);
    expect(err).toMatchObject({ code: ErrorCode.RECORD_LIST_TOO_LARGE });
    expect(log.logEndOffset).toBe(0);
  });

  it('refuses keyless records on a compacted topic with the batch and record named', async () => {
    const log = await openLog({ cleanupPolicy: 'compact' });
    const batch = encodeRecordBatchUncompressed([{ key: 'k', value: '1' }, { key: null, value: '2' }]);
    await expectRefused(log, batch, ErrorCode.INVALID_RECORD, /^Compacted topic cannot accept message without key in topic partition t-0 \(batch 0, record 1\)$/);
  });
});

describe('log validator: compressed batches are walked too', () => {
  it('refuses a gzip batch whose header claims more records than it holds', async () => {
    const log = await openLog();
    const batch = await encodeRecordBatch(records(2), { compression: Compression.Gzip });
    batch.writeInt32BE(3, BatchField.recordCount);
    batch.writeInt32BE(2, BatchField.lastOffsetDelta);
    resealBatch(batch);
    await expectRefused(log, batch, ErrorCode.INVALID_RECORD, /header says 3 records but the records section holds 2/);
  });

  it('refuses an lz4 batch whose compressed records are garbage inside a valid frame', async () => {
    const log = await openLog();
    const batch = await encodeRecordBatch(records(1), { compression: Compression.Lz4 });
    const garbage = await compress(Compression.Lz4, Buffer.alloc(40, 0xff));
    const lying = Buffer.concat([batch.subarray(0, 61), garbage]);
    lying.writeInt32BE(lying.length - 12, BatchField.batchLength);
    resealBatch(lying);
    await expectRefused(log, lying, ErrorCode.INVALID_RECORD, /batch 0 at byte 0: record 0/);
  });

  it('refuses a compressed section that does not decompress with CORRUPT_MESSAGE', async () => {
    const log = await openLog();
    const batch = await encodeRecordBatch(records(3), { compression: Compression.Zstd });
    batch.fill(0x00, 61 + 4);
    resealBatch(batch);
    await expectRefused(log, batch, ErrorCode.CORRUPT_MESSAGE, /batch 0 at byte 0: /);
  });

  it('refuses a decompression bomb past the bound with CORRUPT_MESSAGE', async () => {
    const log = await openLog();
    const batch = await encodeRecordBatch(records(1), { compression: Compression.Gzip });
    const bomb = Buffer.concat([batch.subarray(0, 61), await compress(Compression.Gzip, Buffer.alloc(65 * 1024 * 1024))]);
    bomb.writeInt32BE(bomb.length - 12, BatchField.batchLength);
    resealBatch(bomb);
    await expectRefused(log, bomb, ErrorCode.CORRUPT_MESSAGE, /decompresses to more than/);
  });

  it('reads snappy batches: stores a valid one, refuses one whose records section is not snappy with CORRUPT_MESSAGE', async () => {
    const log = await openLog();
    const snappy = await encodeRecordBatch(records(3, 's'), { compression: Compression.Snappy });
    expect((await log.appendAsLeader(snappy, asLeader(snappy))).firstOffset).toBe(0);
    const garbage = Buffer.concat([snappy.subarray(0, 61), Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff])]);
    garbage.writeInt32BE(garbage.length - 12, BatchField.batchLength);
    resealBatch(garbage);
    await expectRefused(log, garbage, ErrorCode.CORRUPT_MESSAGE, /snappy/);
  });

  it('keeps call order when a compressed append is still being validated', async () => {
    const log = await openLog();
    const slow = await encodeRecordBatch(records(3, 'a'), { compression: Compression.Gzip });
    const fast = encodeRecordBatchUncompressed(records(1, 'b'));
    const [a, b] = await Promise.all([log.appendAsLeader(slow, asLeader(slow)), log.appendAsLeader(fast, asLeader(fast))]);
    expect([a.firstOffset, b.firstOffset]).toEqual([0, 3]);
  });
});

describe('log validator: timestamps', () => {
  it('refuses a producer-set LogAppendTime type with INVALID_TIMESTAMP (Kafka validateTimestamp)', async () => {
    const log = await openLog();
    const batch = lyingBatch(2, (b) => b.writeInt16BE(0x08, BatchField.attributes));
    await expectRefused(log, batch, ErrorCode.INVALID_TIMESTAMP, /LogAppendTime/);
  });

  it('stores the records\' real max timestamp on a CreateTime topic, whatever the header said', async () => {
    const log = await openLog();
    const batch = lyingBatch(3, (b) => writeInt64(b, BatchField.maxTimestamp, 9_999_999));
    await log.appendAsLeader(batch, asLeader(batch));
    const { records: stored } = await log.read({ startOffset: 0, maxBytes: 1 << 20, maxOffset: 10, minOneBatch: true });
    expect(readBatchHeader(stored, 0)).toMatchObject({ maxTimestamp: 5_002, attributes: 0 });
    expect((await decodeRecordBatches(stored))[0]?.records.map((r) => r.timestamp)).toEqual([5_000, 5_001, 5_002]);
  });

  it('stamps LogAppendTime and the broker clock on a LogAppendTime topic', async () => {
    const log = await openLog({ messageTimestampType: 'LogAppendTime' });
    const batch = encodeRecordBatchUncompressed(records(2));
    expect((await log.appendAsLeader(batch, asLeader(batch, 0, 77_000))).logAppendTimeMs).toBe(77_000);
    const { records: stored } = await log.read({ startOffset: 0, maxBytes: 1 << 20, maxOffset: 10, minOneBatch: true });
    expect(readBatchHeader(stored, 0)).toMatchObject({ maxTimestamp: 77_000, attributes: 0x08 });
    expect((await decodeRecordBatches(stored))[0]?.records.map((r) => r.timestamp)).toEqual([77_000, 77_000]);
  });
});

describe('log validator: follower appends', () => {
  it('refuses a stored batch that lies about its records and keeps nothing of the append', async () => {
    const log = await openLog();
    const good = buildBatch({ baseOffset: 0, recordCount: 2 });
    const liar = buildBatch({ baseOffset: 2, recordCount: 2 });
    liar.writeInt32BE(1, BatchField.recordCount);
    resealBatch(liar);
    const err = await log.appendAsFollower(Buffer.concat([good, liar])).then(() => undefined, (e: unknown) => e);
    expect(err).toMatchObject({ code: ErrorCode.INVALID_RECORD, message: expect.stringMatching(/batch 1 at byte \d+: the header says 1 records/) });
    expect(log.logEndOffset).toBe(0);
    await log.appendAsFollower(good);
    expect(log.logEndOffset).toBe(2);
  });

  it('accepts what the cleaner leaves (fewer records than offsets) with the leader offsets', async () => {
    const log = await openLog();
    const thinned = buildBatch({ baseOffset: 10, recordCount: 1, leaderEpoch: 4 });
    thinned.writeInt32BE(3, BatchField.lastOffsetDelta);
    resealBatch(thinned);
    expect(await log.appendAsFollower(thinned)).toMatchObject({ firstOffset: 10, lastOffset: 13 });
  });
});

describe('a failure part-way through an append', () => {
  async function failingNextWrite(log: Log, err: Error): Promise<void> {
    const segment = log.activeSegment;
    const appendAll = segment.appendAll.bind(segment);
    // The bytes reach the file, then indexing fails: what the offset index's RangeError did.
    segment.appendAll = async (buffers, interval) => {
      segment.appendAll = appendAll;
      await appendAll(buffers, interval);
      throw err;
    };
  }

  it('is undone: the log is exactly as before, stays writable, and a restart finds nothing of it', async () => {
    const log = await openLog();
    const first = encodeRecordBatchUncompressed(records(2));
    await log.appendAsLeader(first, asLeader(first));
    const files = await snapshot();
    await failingNextWrite(log, new RangeError('injected index failure'));
    const doomed = encodeRecordBatchUncompressed(records(3, 'x'));
    await expect(log.appendAsLeader(doomed, asLeader(doomed))).rejects.toThrow('injected index failure');
    expect(log.logEndOffset).toBe(2);
    expect(await snapshot()).toEqual(files);
    const next = encodeRecordBatchUncompressed(records(1, 'y'));
    expect((await log.appendAsLeader(next, asLeader(next))).firstOffset).toBe(2);
    await log.close();
    openLogs.length = 0;
    const reopened = await openLog({}, false);
    expect(reopened.logEndOffset).toBe(3);
    const { records: stored } = await reopened.read({ startOffset: 0, maxBytes: 1 << 20, maxOffset: 10, minOneBatch: true });
    expect((await decodeRecordBatches(stored)).flatMap((b) => b.records.map((r) => r.key?.toString()))).toEqual(['rk0', 'rk1', 'yk0']);
  });

  it('abandons the appends queued behind it, unwritten, with a retriable error', async () => {
    const log = await openLog();
    await failingNextWrite(log, new RangeError('injected'));
    const a = encodeRecordBatchUncompressed(records(1, 'a'));
    const first = log.appendAsLeader(a, asLeader(a));
    await new Promise((resolve) => setImmediate(resolve)); // let the first group start writing
    const b = encodeRecordBatchUncompressed(records(1, 'b'));
    const second = log.appendAsLeader(b, asLeader(b));
    await expect(first).rejects.toThrow('injected');
    await expect(second).rejects.toMatchObject({ code: ErrorCode.REQUEST_TIMED_OUT });
    expect(log.logEndOffset).toBe(0);
    const c = encodeRecordBatchUncompressed(records(1, 'c'));
    expect((await log.appendAsLeader(c, asLeader(c))).firstOffset).toBe(0);
  });

  it('takes the log offline only for an I/O error', async () => {
    const log = await openLog();
    await failingNextWrite(log, Object.assign(new Error('disk gone'), { code: 'EIO' }));
    const a = encodeRecordBatchUncompressed(records(1));
    await expect(log.appendAsLeader(a, asLeader(a))).rejects.toBeInstanceOf(LogStorageError);
    expect(log.logEndOffset).toBe(0);
    await expect(log.appendAsLeader(a, asLeader(a))).rejects.toBeInstanceOf(LogStorageError);
  });
});
