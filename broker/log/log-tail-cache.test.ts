import { baseOffsetsOf, buildBatch, stampOffsets } from '../../test/support/log-batches';
import type { Clock } from '../clock';
import { LogTailCache, TailCacheBudget, tailCacheInitialBytes, tailCacheWindowMs } from './log-tail-cache';

/** A batch of `count` records at `offset`, `payloadBytes` of values. */
function batchAt(offset: number, count = 1, payloadBytes = 100): Buffer {
  const batch = buildBatch({ recordCount: count, payloadBytes });
  stampOffsets(batch, offset, 0);
  return batch;
}

const unbounded = { maxBytes: 1 << 20, maxOffset: Number.MAX_SAFE_INTEGER, minOneBatch: true };
const batchBytes = batchAt(0).length;

function cacheOf(partitionBytesMax: number, budgetBytes = 1 << 30): { cache: LogTailCache; budget: TailCacheBudget } {
  const budget = new TailCacheBudget(budgetBytes);
  return { cache: new LogTailCache(budget, partitionBytesMax), budget };
}

describe('LogTailCache', () => {
  it('serves reads from any batch it holds, across appends, as one buffer of whole batches', () => {
    const { cache } = cacheOf(1 << 20);
    cache.appended([batchAt(0, 2), batchAt(2, 2)], 0, 3);
    cache.appended([batchAt(4, 1)], 4, 4);
    expect(baseOffsetsOf(cache.read({ startOffset: 0, ...unbounded }) as Buffer)).toEqual([0, 2, 4]);
    // An offset inside a batch returns that whole batch first, as a file read does.
    expect(baseOffsetsOf(cache.read({ startOffset: 3, ...unbounded }) as Buffer)).toEqual([2, 4]);
    expect(baseOffsetsOf(cache.read({ startOffset: 4, ...unbounded }) as Buffer)).toEqual([4]);
  });

  it('stops before maxOffset and maxBytes, returning one oversized first batch only with minOneBatch', () => {
    const { cache } = cacheOf(1 << 20);
    cache.appended([batchAt(0), batchAt(1)], 0, 1);
    cache.appended([batchAt(2), batchAt(3)], 2, 3);
    expect(baseOffsetsOf(cache.read({ ...unbounded, startOffset: 0, maxOffset: 3 }) as Buffer)).toEqual([0, 1, 2]);
    expect(baseOffsetsOf(cache.read({ ...unbounded, startOffset: 1, maxBytes: batchBytes * 2 }) as Buffer)).toEqual([1, 2]);
    expect(baseOffsetsOf(cache.read({ ...unbounded, startOffset: 1, maxBytes: batchBytes - 1 }) as Buffer)).toEqual([1]);
    expect((cache.read({ ...unbounded, startOffset: 1, maxBytes: batchBytes - 1, minOneBatch: false }) as Buffer).length).toBe(0);
    expect((cache.read({ ...unbounded, startOffset: 2, maxOffset: 2 }) as Buffer).length).toBe(0);
  });

  it('misses below what it holds; holds copies and returns copies', () => {
    const { cache } = cacheOf(1 << 20);
    const appended = batchAt(10);
    cache.appended([appended], 10, 10);
    expect(cache.read({ startOffset: 9, ...unbounded })).toBeUndefined();
    const original = Buffer.from(appended);
    appended.fill(0);
    const read = cache.read({ startOffset: 10, ...unbounded }) as Buffer;
    expect(read.equals(original)).toBe(true);
    // Later appends reuse the ring; what was read earlier stays as it was.
    for (let offset = 11; offset < 11 + (4 * tailCacheInitialBytes) / batchBytes; offset += 1) cache.appended([batchAt(offset)], offset, offset);
    expect(read.equals(original)).toBe(true);
  });

  it('keeps the newest appends within the per-log bound, wrapping around its ring', () => {
    const { cache, budget } = cacheOf(tailCacheInitialBytes);
    const count = Math.ceil((3 * tailCacheInitialBytes) / batchBytes);
    for (let offset = 0; offset < count; offset += 1) {
      cache.appended([batchAt(offset)], offset, offset);
      // Every read of what is cached gives consecutive whole batches up to the newest.
      const first = cache.firstOffset as number;
      const offsets = baseOffsetsOf(cache.read({ startOffset: first, ...unbounded }) as Buffer);
      expect(offsets).toEqual(Array.from({ length: offset - first + 1 }, (_, i) => first + i));
    }
    expect(cache.sizeBytes).toBeLessThanOrEqual(tailCacheInitialBytes);
    expect(cache.sizeBytes).toBeGreaterThan(tailCacheInitialBytes - 2 * batchBytes);
    expect(budget.used).toBe(tailCacheInitialBytes);
    expect(cache.read({ startOffset: (cache.firstOffset as number) - 1, ...unbounded })).toBeUndefined();
  });

  it('starts small and doubles its ring only while the writes need it, up to the per-log bound', () => {
    const { cache, budget } = cacheOf(4 * tailCacheInitialBytes);
    cache.appended([batchAt(0)], 0, 0);
    expect(cache.capacityBytes).toBe(tailCacheInitialBytes);
    const count = Math.ceil((10 * tailCacheInitialBytes) / batchBytes);
    for (let offset = 1; offset < count; offset += 1) cache.appended([batchAt(offset)], offset, offset);
    expect(cache.capacityBytes).toBe(4 * tailCacheInitialBytes);
    expect(budget.used).toBe(4 * tailCacheInitialBytes);
    // Growing kept every entry: the cache still reads back consecutively from its first offset.
    const first = cache.firstOffset as number;
    expect(baseOffsetsOf(cache.read({ startOffset: first, ...unbounded }) as Buffer).length).toBe(count - first);
    cache.release();
    expect(budget.used).toBe(0);
  });

  it('stays small for a log whose appends it holds for longer than the read window', () => {
    let now = 0;
    const budget = new TailCacheBudget(1 << 30);
    const cache = new LogTailCache(budget, 1 << 20, { nowMs: () => now } as Clock);
    const count = Math.ceil((4 * tailCacheInitialBytes) / batchBytes);
    for (let offset = 0; offset < count; offset += 1) {
      now += tailCacheWindowMs / 10; // the ring holds far more than one window of this log's writes
      cache.appended([batchAt(offset)], offset, offset);
    }
    expect(cache.capacityBytes).toBe(tailCacheInitialBytes);
    expect(budget.used).toBe(tailCacheInitialBytes);
  });

  it('empties itself rather than keep a gap: a write over the per-log bound, or one the budget has no ring for', () => {
    const { cache: a, budget } = cacheOf(tailCacheInitialBytes, tailCacheInitialBytes);
    a.appended([batchAt(0)], 0, 0);
    a.appended([batchAt(1, 1, tailCacheInitialBytes)], 1, 1); // larger than a's bound: not cached, and offset 0 goes too
    expect(a.sizeBytes).toBe(0);
    expect(a.read({ startOffset: 0, ...unbounded })).toBeUndefined();
    a.appended([batchAt(2)], 2, 2);
    expect(baseOffsetsOf(a.read({ startOffset: 2, ...unbounded }) as Buffer)).toEqual([2]);
    const b = new LogTailCache(budget, tailCacheInitialBytes);
    b.appended([batchAt(0)], 0, 0); // a holds the whole budget: b gets no ring
    expect(b.capacityBytes).toBe(0);
    expect(b.read({ startOffset: 0, ...unbounded })).toBeUndefined();
    a.release();
    b.appended([batchAt(1)], 1, 1);
    expect(baseOffsetsOf(b.read({ startOffset: 1, ...unbounded }) as Buffer)).toEqual([1]);
  });

  it('reads back exactly what was appended, for writes of mixed sizes and batch counts wrapping many times', () => {
    const { cache } = cacheOf(4 * tailCacheInitialBytes);
    const written = new Map<number, Buffer>();
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let offset = 0;
    for (let write = 0; write < 600; write += 1) {
      const batches = Array.from({ length: 1 + random(4) }, () => {
        const batch = batchAt(offset, 1, 50 + random(8000));
        written.set(offset, batch);
        offset += 1;
        return batch;
      });
      cache.appended(batches, offset - batches.length, offset - 1);
      const from = Math.max(cache.firstOffset as number, offset - 1 - random(60));
      const expected = Buffer.concat(Array.from({ length: offset - from }, (_, i) => written.get(from + i) as Buffer));
      expect((cache.read({ startOffset: from, ...unbounded }) as Buffer).equals(expected)).toBe(true);
    }
    expect(cache.capacityBytes).toBe(4 * tailCacheInitialBytes);
  });

  it('serves follower appends whose offsets have gaps (compacted batches)', () => {
    const { cache } = cacheOf(1 << 20);
    cache.appended([batchAt(0), batchAt(5)], 0, 5);
    cache.appended([batchAt(9)], 9, 9);
    expect(baseOffsetsOf(cache.read({ startOffset: 3, ...unbounded }) as Buffer)).toEqual([5, 9]);
    expect(baseOffsetsOf(cache.read({ startOffset: 7, ...unbounded }) as Buffer)).toEqual([9]);
  });
});
