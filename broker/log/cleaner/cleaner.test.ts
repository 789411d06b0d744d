import { copyFile, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Compression } from '../../../proto/batch-header';
import { decodeRecordBatches, encodeRecordBatch } from '../../../proto/record-batch';
import { Log } from '../log';
import { type LogConfig } from '../log-config';
import { logConfigDefaults } from '../../config';
import { cleanedFileSuffix, LogSegment, segmentFileName } from '../log-segment';
import { asLeader } from '../../../test/support/log-batches';
import { cleanableOf, needsCleaning } from './cleanable';
import { cleanLog, groupSegmentsBySize, type CleanerOptions } from './cleaner';
import { OffsetMap } from './offset-map';
import { Throttler } from './throttler';
import { systemClock } from '../../clock';
import { nodeFileSystem } from '../file-system';

let root: string;
const openLogs: Log[] = [];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'samsa-cleaner-'));
});

afterEach(async () => {
  for (const log of openLogs.splice(0)) await log.close();
  await rm(root, { recursive: true, force: true });
});

const compacted: Partial<LogConfig> = { cleanupPolicy: 'compact', segmentBytes: 600, fileDeleteDelayMs: 0 };

async function openLog(overrides: Partial<LogConfig> = {}, dir = join(root, 'table-0')): Promise<Log> {
  const log = await Log.load({ clock: systemClock, fileSystem: nodeFileSystem, dir, topic: 'table', partition: 0, config: { ...logConfigDefaults, ...compacted, ...overrides }, cleanShutdown: true });
  openLogs.push(log);
  return log;
}

type Entry = [key: string | null, value: string | null];

async function append(log: Log, entries: Entry[], opts: { compression?: Compression; producerId?: number; baseSequence?: number } = {}): Promise<void> {
  const batch = await encodeRecordBatch(entries.map(([key, value]) => ({ key, value })), {
    compression: opts.compression ?? Compression.None, nowMs: 1_000,
    ...(opts.producerId === undefined ? {} : { producerId: opts.producerId, producerEpoch: 0, baseSequence: opts.baseSequence ?? 0 }),
  });
  await log.appendAsLeader(batch, asLeader(batch));
  log.setHighWatermark(log.logEndOffset);
}

interface Seen {
  offset: number;
  key: string | null;
  value: string | null;
}

/** Every record from the log start, as a consumer would fetch them, with the batches' record counts. */
async function readAll(log: Log): Promise<{ records: Seen[]; batches: Array<{ baseOffset: number; lastOffset: number; count: number }> }> {
  const records: Seen[] = [];
  const batches: Array<{ baseOffset: number; lastOffset: number; count: number }> = [];
  let offset = log.logStartOffset;
  while (offset < log.logEndOffset) {
    const read = await log.read({ startOffset: offset, maxBytes: 1 << 20, maxOffset: Number.MAX_SAFE_INTEGER, minOneBatch: true });
    if (read.records.length === 0) break;
    for (const batch of await decodeRecordBatches(read.records)) {
      batches.push({ baseOffset: batch.baseOffset, lastOffset: batch.lastOffset, count: batch.records.length });
      for (const r of batch.records) {
        if (r.offset >= offset) records.push({ offset: r.offset, key: r.key?.toString() ?? null, value: r.value?.toString() ?? null });
      }
      offset = batch.lastOffset + 1;
    }
  }
  return { records, batches };
}

function cleanerOptions(overrides: Partial<CleanerOptions> = {}): CleanerOptions {
  return { ioBufferBytes: 4096, decompressBytesMax: 1 << 20, throttler: new Throttler(Number.MAX_VALUE, systemClock), isAborted: () => false, nowMs: Date.now, ...overrides };
}

async function clean(log: Log, checkpoint?: number, map = new OffsetMap(16 * 1024 * 1024)): Promise<number> {
  const result = await cleanLog(cleanableOf(log, checkpoint, Date.now()), map, cleanerOptions());
  return result.endOffset;
}

/** Five keys, each written `rounds` times; one batch of five records per round. */
async function writeRounds(log: Log, rounds: number, from = 0): Promise<Map<number, Seen>> {
  const written = new Map<number, Seen>();
  for (let round = from; round < from + rounds; round += 1) {
    const first = log.logEndOffset;
    const entries: Entry[] = [0, 1, 2, 3, 4].map((k) => [`k${k}`, `v${round}`]);
    await append(log, entries);
    entries.forEach(([key, value], i) => written.set(first + i, { offset: first + i, key, value }));
  }
  return written;
}

describe('log cleaner: compaction of one log', () => {
  it('keeps the latest value of every key, at its original offset, and leaves the active segment alone', async () => {
    const log = await openLog();
    const written = await writeRounds(log, 20);
    const bytesBefore = log.sizeInBytes;
    const activeBase = log.activeSegment.baseOffset;
    expect(log.numberOfSegments).toBeGreaterThan(3);

    const endOffset = await clean(log);
    expect(endOffset).toBe(activeBase);
    const { records } = await readAll(log);
    // Every surviving record is exactly what was written at that offset.
    for (const r of records) expect(written.get(r.offset)).toEqual(r);
    const offsets = records.map((r) => r.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    // Below the cleaned end each key appears once, holding its latest value there.
    const cleanedPart = records.filter((r) => r.offset < endOffset);
    expect(new Set(cleanedPart.map((r) => r.key)).size).toBe(cleanedPart.length);
    for (const r of cleanedPart) {
      const later = [...written.values()].filter((w) => w.key === r.key && w.offset > r.offset && w.offset < endOffset);
      expect(later).toEqual([]);
    }
    // The active segment is untouched and the last value of every key is still readable.
    expect(records.filter((r) => r.offset >= activeBase)).toEqual([...written.values()].filter((w) => w.offset >= activeBase));
    const latest = new Map(records.map((r) => [r.key, r.value]));
    for (let k = 0; k < 5; k += 1) expect(latest.get(`k${k}`)).toBe('v19');
    expect(log.sizeInBytes).toBeLessThan(bytesBefore / 2);
    expect(log.logEndOffset).toBe(100);
  });

  it('serves a fetch from an offset that was compacted away with the next surviving batch', async () => {
    const log = await openLog();
    await writeRounds(log, 20);
    await clean(log);
    const read = await log.read({ startOffset: 1, maxBytes: 1 << 20, maxOffset: Number.MAX_SAFE_INTEGER, minOneBatch: true });
    const [first] = await decodeRecordBatches(read.records);
    expect(first).toBeDefined();
    expect(first!.records.every((r) => r.offset > 1)).toBe(true);
  });

  it('keeps tombstones for delete.retention.ms after cleaning, then removes them with the key', async () => {
    const log = await openLog({ deleteRetentionMs: 0 });
    await append(log, [['gone', 'v1'], ['kept', 'a']]);
    await append(log, [['gone', null]]);
    await writeRounds(log, 6);
    const first = await clean(log);
    let { records } = await readAll(log);
    expect(records.filter((r) => r.key === 'gone')).toEqual([{ offset: 2, key: 'gone', value: null }]);

    // Age the cleaned section past the horizon, write more, clean again from the checkpoint.
    const old = new Date(Date.now() - 60_000);
    for (const segment of log.logSegments().filter((s) => s.baseOffset < first)) await utimes(segment.path, old, old);
    await writeRounds(log, 6, 6);
    await clean(log, first);
    ({ records } = await readAll(log));
    expect(records.filter((r) => r.key === 'gone')).toEqual([]);
    expect(records.find((r) => r.key === 'kept')).toEqual({ offset: 1, key: 'kept', value: 'a' });
  });

  it('keeps a tombstone while its segment is younger than the delete horizon', async () => {
    const log = await openLog({ deleteRetentionMs: 24 * 60 * 60 * 1000 });
    await append(log, [['gone', 'v1']]);
    await append(log, [['gone', null]]);
    await writeRounds(log, 6);
    const first = await clean(log);
    await writeRounds(log, 6, 6);
    await clean(log, first);
    const { records } = await readAll(log);
    expect(records.filter((r) => r.key === 'gone')).toEqual([{ offset: 1, key: 'gone', value: null }]);
  });

  it('drops records without a key (written before the topic became compacted)', async () => {
    const log = await openLog();
    const compactConfig = log.config;
    log.config = { ...compactConfig, cleanupPolicy: 'delete' };
    await append(log, [[null, 'orphan'], ['k0', 'x']]);
    log.config = compactConfig;
    await writeRounds(log, 6);
    await clean(log);
    const { records } = await readAll(log);
    expect(records.some((r) => r.value === 'orphan')).toBe(false);
  });

  it('rewrites a compressed batch with its codec, keeping only the retained records', async () => {
    const log = await openLog({ segmentBytes: 2000 });
    await append(log, [['a', '1'], ['b', '1'], ['c', '1']], { compression: Compression.Gzip });
    await append(log, [['b', '2']]);
    await writeRounds(log, 40);
    await clean(log);
    const read = await log.read({ startOffset: 0, maxBytes: 1 << 20, maxOffset: Number.MAX_SAFE_INTEGER, minOneBatch: true });
    expect(read.records.readInt16BE(21) & 0x07).toBe(Compression.Gzip);
    const [batch] = await decodeRecordBatches(read.records);
    expect(batch!.records.map((r) => [r.offset, r.key?.toString(), r.value?.toString()])).toEqual([[0, 'a', '1'], [2, 'c', '1']]);
    expect(batch!.lastOffset).toBe(2);
  });

  it("keeps an idempotent producer's last batch as an empty header so its sequence survives", async () => {
    const log = await openLog();
    await append(log, [['p', 'from-producer']], { producerId: 7, baseSequence: 0 });
    await writeRounds(log, 1);
    await append(log, [['p', 'newer']]);
    await writeRounds(log, 6, 1);
    await clean(log);
    const { batches, records } = await readAll(log);
    expect(batches[0]).toEqual({ baseOffset: 0, lastOffset: 0, count: 0 });
    expect(records.find((r) => r.key === 'p')?.value).toBe('newer');
    expect(log.producerState.entry(7)?.batches.at(-1)?.lastSeq).toBe(0);
  });

  it('stops where a full key map stops and continues from there next time', async () => {
    const log = await openLog();
    for (let i = 0; i < 40; i += 1) await append(log, [[`key-${i}`, 'x']]);
    await append(log, [['tail', 'x']]);
    // A map bounded to a handful of keys.
    const small = new OffsetMap(64 * 10, 1);
    const end = await clean(log, undefined, small);
    expect(end).toBeGreaterThan(0);
    expect(end).toBeLessThan(log.activeSegment.baseOffset);
    const next = await clean(log, end);
    expect(next).toBe(log.activeSegment.baseOffset);
    expect((await readAll(log)).records).toHaveLength(41);
  });

  it('never cleans above the high watermark', async () => {
    const log = await openLog();
    const written = await writeRounds(log, 20);
    log.setHighWatermark(12);
    expect(cleanableOf(log, undefined, Date.now()).firstUncleanableOffset).toBeLessThanOrEqual(12);
    const end = await clean(log);
    expect(end).toBeLessThanOrEqual(12);
    const { records } = await readAll(log);
    expect(records.filter((r) => r.offset >= end)).toEqual([...written.values()].filter((w) => w.offset >= end));
  });

  it('stops when aborted, with every swap done so far whole and no cleaner files behind', async () => {
    const log = await openLog();
    const written = await writeRounds(log, 20);
    let polls = 0;
    const target = cleanableOf(log, undefined, Date.now());
    // Aborts partway through recopying (after the map's 20 batches and a few more).
    await expect(cleanLog(target, new OffsetMap(1 << 20), cleanerOptions({ isAborted: () => (polls += 1) > 27 }))).rejects.toThrow('aborted');
    const { records } = await readAll(log);
    for (const r of records) expect(written.get(r.offset)).toEqual(r);
    expect(records.filter((r) => r.offset >= 80)).toHaveLength(20);
    expect(records.length).toBeLessThan(100);
    expect((await readdir(log.dir)).filter((n) => n.endsWith('.cleaned') || n.endsWith('.swap'))).toEqual([]);
  });
});

describe('log cleaner: choosing what to clean', () => {
  it('measures the dirty ratio from the checkpoint and honours min.cleanable.dirty.ratio', async () => {
    const log = await openLog({ minCleanableDirtyRatio: 0.5 });
    await writeRounds(log, 20);
    const fresh = cleanableOf(log, undefined, Date.now());
    expect(fresh.dirtyRatio).toBe(1);
    expect(needsCleaning(fresh)).toBe(true);
    const end = await clean(log);
    const after = cleanableOf(log, end, Date.now());
    expect(after.dirtyBytes).toBe(0);
    expect(needsCleaning(after)).toBe(false);
  });

  it('leaves segments younger than min.compaction.lag.ms dirty', async () => {
    const log = await openLog({ minCompactionLagMs: 60_000 });
    const now = Date.now();
    for (let round = 0; round < 20; round += 1) {
      const batch = await encodeRecordBatch([0, 1, 2, 3, 4].map((k) => ({ key: `k${k}`, value: `v${round}`, timestamp: now })), { nowMs: now });
      await log.appendAsLeader(batch, asLeader(batch));
    }
    log.setHighWatermark(log.logEndOffset);
    const c = cleanableOf(log, undefined, now);
    expect(c.dirtyBytes).toBe(0);
    expect(needsCleaning(c)).toBe(false);
  });

  it('cleans a log past max.compaction.lag.ms whatever its ratio', async () => {
    const log = await openLog({ minCleanableDirtyRatio: 1, maxCompactionLagMs: 1 });
    await writeRounds(log, 20);
    const end = await clean(log);
    await writeRounds(log, 4, 20);
    const c = cleanableOf(log, end, Date.now());
    expect(c.dirtyRatio).toBeLessThan(1);
    expect(c.compactionLagExceeded).toBe(true);
    expect(needsCleaning(c)).toBe(true);
  });

  it('groups consecutive segments that fit in one segment', async () => {
    const log = await openLog({ segmentBytes: 600 });
    await writeRounds(log, 20);
    const closed = log.logSegments().slice(0, -1);
    const groups = groupSegmentsBySize(closed, 1200, 1 << 20);
    expect(groups.flat()).toEqual(closed);
    for (const group of groups) expect(group.reduce((sum, s) => sum + s.sizeBytes, 0)).toBeLessThanOrEqual(1200);
    expect(groups.length).toBeLessThan(closed.length);
  });
});

describe('log cleaner: swaps and recovery', () => {
  it('refuses to swap in a cleaned segment when the segments it replaces left the log', async () => {
    const log = await openLog();
    await writeRounds(log, 20);
    const stranger = await LogSegment.create(nodeFileSystem, join(root, 'table-0'), 999_000, log.config);
    const cleaned = await LogSegment.create(nodeFileSystem, join(root, 'table-0'), 0, log.config, cleanedFileSuffix);
    const segments = log.logSegments();
    expect(await log.replaceSegments(cleaned, [stranger])).toBe(false);
    expect(log.logSegments()).toEqual(segments);
    // The active segment is never replaced either.
    expect(await log.replaceSegments(cleaned, [log.activeSegment])).toBe(false);
    await cleaned.close();
    await stranger.close();
  });

  it('finishes an interrupted swap on load: the .swap file replaces the segments it covers', async () => {
    const dir = join(root, 'table-0');
    let log = await openLog({}, dir);
    const written = await writeRounds(log, 20);
    const [s0, s1, s2] = log.logSegments();
    await log.close();
    openLogs.splice(openLogs.indexOf(log), 1);
    // The state a crash leaves between ".cleaned -> .swap" and the swap taking the live name:
    // one file covering the first two segments' offsets, beside the old segments.
    const swapPath = join(dir, `${segmentFileName(s0!.baseOffset, '.log')}.swap`);
    await writeFile(swapPath, Buffer.concat([await readFile(s0!.path), await readFile(s1!.path)]));
    await writeFile(join(dir, `${segmentFileName(s2!.baseOffset, '.log')}.cleaned`), 'partial');

    log = await openLog({}, dir);
    const names = await readdir(dir);
    expect(names.filter((n) => n.endsWith('.swap') || n.endsWith('.cleaned'))).toEqual([]);
    expect(names).not.toContain(segmentFileName(s1!.baseOffset, '.log'));
    expect(log.logSegments().map((s) => s.baseOffset)).not.toContain(s1!.baseOffset);
    const { records } = await readAll(log);
    expect(records).toEqual([...written.values()]);
  });

  it('survives a restart after cleaning with the same records', async () => {
    const dir = join(root, 'table-0');
    let log = await openLog({}, dir);
    await writeRounds(log, 20);
    await clean(log);
    const before = await readAll(log);
    await log.close();
    openLogs.splice(openLogs.indexOf(log), 1);
    log = await openLog({}, dir);
    expect(await readAll(log)).toEqual(before);
  });

  it('treats a .swap copy of a live segment as that segment on load', async () => {
    const dir = join(root, 'table-0');
    let log = await openLog({}, dir);
    const written = await writeRounds(log, 20);
    const [s0] = log.logSegments();
    await log.close();
    openLogs.splice(openLogs.indexOf(log), 1);
    await copyFile(s0!.path, `${s0!.path}.swap`);
    log = await openLog({}, dir);
    expect((await readAll(log)).records).toEqual([...written.values()]);
  });
});

describe('OffsetMap', () => {
  it('stores short keys verbatim and long keys by digest, latest offset wins', () => {
    const map = new OffsetMap(1 << 20);
    const long = Buffer.alloc(100, 0x61);
    map.put(Buffer.from('a'), 0, 1, 3);
    map.put(long, 0, long.length, 4);
    map.put(Buffer.from('a'), 0, 1, 9);
    expect(map.get(Buffer.from('a'), 0, 1)).toBe(9);
    expect(map.get(long, 0, long.length)).toBe(4);
    expect(map.get(Buffer.from('b'), 0, 1)).toBe(-1);
    expect(map.size).toBe(2);
    expect(map.latestOffset).toBe(9);
  });

  it('reports full before its memory bound is passed', () => {
    const map = new OffsetMap(64 * 20, 1);
    let i = 0;
    while (!map.isFull) {
      const key = Buffer.from(`key-${i}`);
      map.put(key, 0, key.length, i);
      i += 1;
    }
    expect(i).toBeGreaterThan(5);
    expect(map.utilization).toBeLessThanOrEqual(1);
  });
});

describe('Throttler', () => {
  it('sleeps to bring the rate back to the limit once per check interval, and never when unlimited', async () => {
    let now = 0;
    const sleeps: number[] = [];
    const throttler = new Throttler(1000, {
      nowMs: () => now,
      sleep: async (ms) => {
        sleeps.push(ms);
        now += ms;
      },
    });
    await throttler.maybeThrottle(500);
    expect(sleeps).toEqual([]);
    now += 500;
    // 1000 bytes in 500 ms is twice the limit: sleep until 1000 ms have passed.
    await throttler.maybeThrottle(500);
    expect(sleeps).toEqual([500]);
    const unlimited = new Throttler(Number.MAX_VALUE, {
      nowMs: () => now,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
    now += 1000;
    await unlimited.maybeThrottle(1 << 30);
    expect(sleeps).toEqual([500]);
  });
});
