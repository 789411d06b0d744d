import { systemClock } from '../clock';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Log, OffsetOutOfRangeError, UnexpectedAppendOffsetError } from './log';
import { type LogConfig } from './log-config';
import { logConfigDefaults } from '../config';
import { asLeader, baseOffsetsOf, buildBatch } from '../../test/support/log-batches';
import { nodeFileSystem } from './file-system';
import { LogSegment } from './log-segment';

let root: string;
const openLogs: Log[] = [];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'samsa-log-'));
});

afterEach(async () => {
  for (const log of openLogs.splice(0)) await log.close();
  await rm(root, { recursive: true, force: true });
});

/** The tail cache's bound for logs opened by openLog (undefined: the default; 0: every read goes to the file). */
let tailCacheBytes: number | undefined;

async function openLog(overrides: Partial<LogConfig> = {}, dir = join(root, 'orders-0')): Promise<Log> {
  const log = await Log.load({
    clock: systemClock, fileSystem: nodeFileSystem, dir, topic: 'orders', partition: 0, config: { ...logConfigDefaults, ...overrides }, cleanShutdown: true, tailCacheBytes,
  });
  openLogs.push(log);
  return log;
}

async function appendBatches(log: Log, count: number, opts: { recordCount?: number; payloadBytes?: number; timestamp?: (i: number) => number } = {}): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    const ts = opts.timestamp?.(i) ?? 1_000 + i;
    const batch = buildBatch({ recordCount: opts.recordCount ?? 1, payloadBytes: opts.payloadBytes ?? 100, firstTimestamp: ts, maxTimestamp: ts, fill: i % 256 });
    await log.appendAsLeader(batch, asLeader(batch));
  }
}

/** Reads the whole log, one fetch per segment, and splits it into batches. */
async function readEverything(log: Log): Promise<Buffer[]> {
  const batches: Buffer[] = [];
  let offset = log.logStartOffset;
  while (offset < log.logEndOffset) {
    const { records } = await log.read({ startOffset: offset, ...readAll });
    if (records.length === 0) break;
    for (let p = 0; p < records.length; ) {
      const size = records.readInt32BE(p + 8) + 12;
      const batch = records.subarray(p, p + size);
      batches.push(batch);
      offset = (baseOffsetsOf(batch)[0] as number) + batch.readInt32BE(23) + 1;
      p += size;
    }
  }
  return batches;
}

const readAll = { maxBytes: 1 << 20, maxOffset: Number.MAX_SAFE_INTEGER, minOneBatch: true };

// Every read test runs twice: reads served by the file, and reads served by the tail cache.
describe.each([['from the segment files', 0], ['from the tail cache', undefined]])('Log append and read (%s)', (_how, cacheBytes) => {
  beforeEach(() => {
    tailCacheBytes = cacheBytes;
  });
  afterAll(() => {
    tailCacheBytes = undefined;
  });

  it('appends batches with consecutive offsets and reads them back verbatim', async () => {
    const log = await openLog();
    const batch = buildBatch({ recordCount: 3, fill: 0x42 });
    const info = await log.appendAsLeader(batch, asLeader(batch));
    expect(info).toEqual({ firstOffset: 0, lastOffset: 2, logAppendTimeMs: -1, recordCount: 3, sizeBytes: batch.length });
    const second = buildBatch({ recordCount: 2 });
    expect((await log.appendAsLeader(second, asLeader(second))).firstOffset).toBe(3);
    expect(log.logEndOffset).toBe(5);
    const result = await log.read({ startOffset: 0, ...readAll });
    expect(result.records.equals(Buffer.concat([batch, second]))).toBe(true);
    expect(result).toMatchObject({ logStartOffset: 0, logEndOffset: 5 });
  });

  it('reports the append time for LogAppendTime topics', async () => {
    const log = await openLog({ messageTimestampType: 'LogAppendTime' });
    const batch = buildBatch();
    expect((await log.appendAsLeader(batch, asLeader(batch, 0, 77_000))).logAppendTimeMs).toBe(77_000);
  });

  it('rolls segments at segmentBytes and reads across them', async () => {
    const log = await openLog({ segmentBytes: 1024 });
    await appendBatches(log, 30, { recordCount: 2, payloadBytes: 139 }); // 200-byte batches: 5 per segment
    expect(log.numberOfSegments).toBe(6);
    const names = (await readdir(log.dir)).filter((n) => n.endsWith('.log')).sort();
    expect(names[1]).toBe('00000000000000000010.log');
    let offset = 0;
    const seen: number[] = [];
    while (offset < log.logEndOffset) {
      const { records } = await log.read({ startOffset: offset, ...readAll });
      expect(records.length).toBeGreaterThan(0);
      const bases = baseOffsetsOf(records);
      seen.push(...bases);
      offset = (bases[bases.length - 1] as number) + 2;
    }
    expect(seen).toEqual(Array.from({ length: 30 }, (_, i) => i * 2));
  });

  it('finds an offset in the middle of a segment through the offset index', async () => {
    const log = await openLog({ indexIntervalBytes: 256 });
    await appendBatches(log, 50, { recordCount: 4, payloadBytes: 139 });
    expect(log.activeSegment.offsetIndex.entryCount).toBeGreaterThan(5);
    // Offset 101 lies inside the batch starting at 100: that whole batch comes first.
    const { records } = await log.read({ startOffset: 101, maxBytes: 400, maxOffset: Number.MAX_SAFE_INTEGER, minOneBatch: true });
    expect(baseOffsetsOf(records)).toEqual([100, 104]);
  });

  it('never returns a batch holding maxOffset or later', async () => {
    const log = await openLog();
    await appendBatches(log, 10, { recordCount: 2 });
    const { records } = await log.read({ startOffset: 0, maxBytes: 1 << 20, maxOffset: 7, minOneBatch: true });
    expect(baseOffsetsOf(records)).toEqual([0, 2, 4]);
    const none = await log.read({ startOffset: 6, maxBytes: 1 << 20, maxOffset: 7, minOneBatch: true });
    expect(none.records.length).toBe(0);
  });

  it('returns one oversized batch only with minOneBatch', async () => {
    const log = await openLog();
    await appendBatches(log, 2, { payloadBytes: 500 });
    const without = await log.read({ startOffset: 0, maxBytes: 100, maxOffset: Number.MAX_SAFE_INTEGER, minOneBatch: false });
    expect(without.records.length).toBe(0);
    const withOne = await log.read({ startOffset: 0, maxBytes: 100, maxOffset: Number.MAX_SAFE_INTEGER, minOneBatch: true });
    expect(baseOffsetsOf(withOne.records)).toEqual([0]);
  });

  it('serves sequential reads from the cached end position', async () => {
    tailCacheBytes = 0;
    const log = await openLog({ indexIntervalBytes: 100_000 });
    await appendBatches(log, 20, { payloadBytes: 139 });
    const first = await log.read({ startOffset: 0, maxBytes: 1000, maxOffset: Number.MAX_SAFE_INTEGER, minOneBatch: true });
    expect(baseOffsetsOf(first.records)).toEqual([0, 1, 2, 3, 4]);
    const translate = jest.spyOn(log.activeSegment, 'translateOffset');
    const second = await log.read({ startOffset: 5, maxBytes: 1000, maxOffset: Number.MAX_SAFE_INTEGER, minOneBatch: true });
    expect(baseOffsetsOf(second.records)).toEqual([5, 6, 7, 8, 9]);
    expect(translate).not.toHaveBeenCalled();
  });

  it('throws OffsetOutOfRange below the start or above the end, and is empty at the end', async () => {
    const log = await openLog();
    await appendBatches(log, 3);
    await expect(log.read({ startOffset: 4, ...readAll })).rejects.toBeInstanceOf(OffsetOutOfRangeError);
    await expect(log.read({ startOffset: -1, ...readAll })).rejects.toMatchObject({ code: 1, requestedOffset: -1, logStartOffset: 0, logEndOffset: 3 });
    expect((await log.read({ startOffset: 3, ...readAll })).records.length).toBe(0);
  });

  it('keeps call order for concurrent appends', async () => {
    const log = await openLog({ segmentBytes: 2048 });
    const batches = Array.from({ length: 40 }, (_, i) => buildBatch({ recordCount: 1 + (i % 3), fill: i }));
    const infos = await Promise.all(batches.map((b) => log.appendAsLeader(b, asLeader(b))));
    let expected = 0;
    infos.forEach((info, i) => {
      expect(info.firstOffset).toBe(expected);
      expected += 1 + (i % 3);
    });
    expect(log.numberOfSegments).toBe(4); // 161-byte batches, 12 per 2048-byte segment
    const fills = (await readEverything(log)).map((b) => b[b.length - 1] as number);
    expect(fills).toEqual(batches.map((_, i) => i));
  });

  it('follower append keeps the leader offsets and epochs and refuses to go backwards', async () => {
    const log = await openLog();
    const batch = buildBatch({ baseOffset: 10, recordCount: 5, leaderEpoch: 3 });
    await log.appendAsFollower(batch);
    expect(log.logEndOffset).toBe(15);
    expect(log.leaderEpochCache.entries()).toEqual([{ epoch: 3, startOffset: 10 }]);
    await expect(log.appendAsFollower(buildBatch({ baseOffset: 12 }))).rejects.toBeInstanceOf(UnexpectedAppendOffsetError);
  });

  it('records new leader epochs in the cache', async () => {
    const log = await openLog();
    const a = buildBatch({ recordCount: 2 });
    await log.appendAsLeader(a, asLeader(a, 1));
    const b = buildBatch();
    await log.appendAsLeader(b, asLeader(b, 1));
    const c = buildBatch();
    await log.appendAsLeader(c, asLeader(c, 4));
    expect(log.leaderEpochCache.entries()).toEqual([
      { epoch: 1, startOffset: 0 },
      { epoch: 4, startOffset: 3 },
    ]);
  });

  it('flushes and advances the recovery point every flush.messages', async () => {
    const log = await openLog({ flushIntervalMessages: 4 });
    await appendBatches(log, 3);
    expect(log.recoveryPoint).toBe(0);
    await appendBatches(log, 1);
    expect(log.recoveryPoint).toBe(4);
  });

  it('clamps the high watermark to [logStart, logEnd]', async () => {
    const log = await openLog();
    await appendBatches(log, 3);
    log.setHighWatermark(10);
    expect(log.highWatermark).toBe(3);
    log.setHighWatermark(-5);
    expect(log.highWatermark).toBe(0);
  });
});

describe('Log timestamps, truncation and retention', () => {
  it('finds the first batch at or after a timestamp', async () => {
    const log = await openLog({ segmentBytes: 1024, indexIntervalBytes: 300 });
    await appendBatches(log, 30, { recordCount: 2, payloadBytes: 139, timestamp: (i) => 10_000 + i * 100 });
    expect(await log.fetchOffsetByTimestamp(11_250)).toEqual({ offset: 26, timestamp: 11_300 });
    expect(await log.fetchOffsetByTimestamp(0)).toEqual({ offset: 0, timestamp: 10_000 });
    expect(await log.fetchOffsetByTimestamp(99_999)).toBeUndefined();
    expect(await log.fetchOffsetByTimestamp(-2)).toEqual({ offset: 0, timestamp: -1 });
    expect(await log.fetchOffsetByTimestamp(-1)).toEqual({ offset: 60, timestamp: -1 });
  });

  it('truncates to an offset, dropping later segments, indexes and epochs', async () => {
    const log = await openLog({ segmentBytes: 1024, indexIntervalBytes: 100 });
    for (let i = 0; i < 20; i += 1) {
      const batch = buildBatch({ recordCount: 2, payloadBytes: 139 });
      await log.appendAsLeader(batch, asLeader(batch, i < 10 ? 1 : 2));
    }
    log.setHighWatermark(40);
    await log.truncateTo(14);
    expect(log.logEndOffset).toBe(14);
    expect(log.highWatermark).toBe(14);
    expect(log.numberOfSegments).toBe(2);
    expect(log.leaderEpochCache.entries()).toEqual([{ epoch: 1, startOffset: 0 }]);
    const batch = buildBatch();
    expect((await log.appendAsLeader(batch, asLeader(batch, 3))).firstOffset).toBe(14);
    const { records } = await log.read({ startOffset: 12, ...readAll });
    expect(baseOffsetsOf(records)).toEqual([12, 14]);
  });

  it('truncates fully and restarts at an offset', async () => {
    const log = await openLog();
    await appendBatches(log, 5);
    await log.truncateFullyAndStartAt(100);
    expect([log.logStartOffset, log.logEndOffset, log.highWatermark, log.numberOfSegments]).toEqual([100, 100, 100, 1]);
    const batch = buildBatch();
    expect((await log.appendAsLeader(batch, asLeader(batch))).firstOffset).toBe(100);
  });

  it('deletes segments past retention.ms that are below the high watermark', async () => {
    const log = await openLog({ segmentBytes: 1024, retentionMs: 5_000, fileDeleteDelayMs: 0 });
    await appendBatches(log, 25, { recordCount: 2, payloadBytes: 139, timestamp: (i) => (i < 10 ? 1_000 : 50_000) });
    expect(log.numberOfSegments).toBe(5);
    expect(await log.deleteRetentionExpiredSegments(20_000)).toBe(0); // HW still 0
    log.setHighWatermark(log.logEndOffset);
    expect(await log.deleteRetentionExpiredSegments(20_000)).toBe(2);
    expect(log.logStartOffset).toBe(20);
    await expect(log.read({ startOffset: 0, ...readAll })).rejects.toBeInstanceOf(OffsetOutOfRangeError);
  });

  it('rolls first when every segment would be deleted', async () => {
    const log = await openLog({ segmentBytes: 1024, retentionMs: 5_000, fileDeleteDelayMs: 0 });
    await appendBatches(log, 8, { recordCount: 2, payloadBytes: 139 });
    log.setHighWatermark(log.logEndOffset);
    expect(await log.deleteRetentionExpiredSegments(100_000)).toBe(2);
    expect([log.numberOfSegments, log.logStartOffset, log.logEndOffset, log.sizeInBytes]).toEqual([1, 16, 16, 0]);
  });

  it('deletes oldest segments beyond retention.bytes', async () => {
    const log = await openLog({ segmentBytes: 1000, retentionBytes: 2500, fileDeleteDelayMs: 0 });
    await appendBatches(log, 25, { payloadBytes: 139 }); // 5 segments of 1000 bytes
    log.setHighWatermark(log.logEndOffset);
    expect(await log.deleteRetentionExpiredSegments(2_000)).toBe(2);
    expect(log.logStartOffset).toBe(10);
    expect(log.sizeInBytes).toBe(3000);
  });

  it('removes deleted segment files after file.delete.delay.ms', async () => {
    const log = await openLog({ segmentBytes: 1000, retentionBytes: 1000, fileDeleteDelayMs: 20 });
    await appendBatches(log, 10, { payloadBytes: 139 });
    log.setHighWatermark(log.logEndOffset);
    await log.deleteRetentionExpiredSegments(2_000);
    expect((await readdir(log.dir)).some((n) => n.endsWith('.log.deleted'))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await readdir(log.dir)).filter((n) => n.startsWith('00000000000000000000'))).toEqual([]);
  });
});

describe('Log tail cache', () => {
  it('serves reads at the tail without a file read, with the bytes the segment files hold', async () => {
    const dir = join(root, 'tail-0');
    const cached = await openLog({ segmentBytes: 2048 }, dir);
    for (let i = 0; i < 40; i += 1) {
      const batch = buildBatch({ recordCount: 1 + (i % 3), payloadBytes: 100 + (i % 5) * 40, fill: i });
      await cached.appendAsLeader(batch, asLeader(batch));
    }
    expect(cached.numberOfSegments).toBeGreaterThan(2);
    const end = cached.logEndOffset;
    const reads = [];
    for (let startOffset = 0; startOffset < end; startOffset += 1) {
      for (const maxBytes of [50, 400, 1 << 20]) {
        for (const maxOffset of [end, end - 3]) reads.push({ startOffset, maxBytes, maxOffset, minOneBatch: maxBytes !== 50 });
      }
    }
    const fileReads = jest.spyOn(LogSegment.prototype, 'read');
    const fromCache = [];
    for (const opts of reads) fromCache.push((await cached.read(opts)).records);
    expect(fileReads).not.toHaveBeenCalled();
    fileReads.mockRestore();
    await cached.close();
    openLogs.splice(openLogs.indexOf(cached), 1);

    tailCacheBytes = 0;
    try {
      const fromFiles = await openLog({ segmentBytes: 2048 }, dir);
      for (const [i, opts] of reads.entries()) {
        const expected = (await fromFiles.read(opts)).records;
        // A file read stays within one segment; the cache may go on into the next: same batches, maybe more.
        const got = fromCache[i] as Buffer;
        expect({ opts, prefix: got.subarray(0, expected.length).equals(expected) }).toEqual({ opts, prefix: true });
        if (expected.length > 0) expect(baseOffsetsOf(got)[0]).toBe(baseOffsetsOf(expected)[0]);
        else expect({ opts, length: got.length }).toEqual({ opts, length: 0 });
      }
    } finally {
      tailCacheBytes = undefined;
    }
  });

  it('forgets truncated bytes: appends after a truncation read back, not what they replaced', async () => {
    const log = await openLog();
    await appendBatches(log, 10);
    await log.truncateTo(4);
    const replacement = buildBatch({ recordCount: 3, fill: 0xee });
    await log.appendAsFollower(buildBatch({ baseOffset: 4, recordCount: 3, fill: 0xee }));
    const { records } = await log.read({ startOffset: 4, ...readAll });
    expect(baseOffsetsOf(records)).toEqual([4]);
    expect(records.subarray(records.length - 10).equals(replacement.subarray(replacement.length - 10))).toBe(true);
    const all = await log.read({ startOffset: 0, ...readAll });
    expect(baseOffsetsOf(all.records)).toEqual([0, 1, 2, 3, 4]);
  });
});
