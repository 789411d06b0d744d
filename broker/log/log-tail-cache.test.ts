import { baseOffsetsOf, buildBatch, stampOffsets } from '../../test/support/log-batches';
import { LogTailCache, TailCacheBudget } from './log-tail-cache';

/** A batch of `count` records at `offset`, `payloadBytes` of values. */
function batchAt(offset: number, count = 1, payloadBytes = 100): Buffer {
  const batch = buildBatch({ recordCount: count, payloadBytes });
  stampOffsets(batch, offset, 0);
  return batch;
}

const unbounded = { maxBytes: 1 << 20, maxOffset: Number.MAX_SAFE_INTEGER, minOneBatch: true };

describe('LogTailCache', () => {
  it('serves reads from any batch it holds, across appends, as one buffer of whole batches', () => {
    const cache = new LogTailCache(new TailCacheBudget(1 << 20), 1 << 20);
    cache.appended([batchAt(0, 2), batchAt(2, 2)], 0, 3);
    cache.appended([batchAt(4, 1)], 4, 4);
    expect(baseOffsetsOf(cache.read({ startOffset: 0, ...unbounded }) as Buffer)).toEqual([0, 2, 4]);
    // An offset inside a batch returns that whole batch first, as a file read does.
    expect(baseOffsetsOf(cache.read({ startOffset: 3, ...unbounded }) as Buffer)).toEqual([2, 4]);
    expect(baseOffsetsOf(cache.read({ startOffset: 4, ...unbounded }) as Buffer)).toEqual([4]);
  });

  it('stops before maxOffset and maxBytes, returning one oversized first batch only with minOneBatch', () => {
    const cache = new LogTailCache(new TailCacheBudget(1 << 20), 1 << 20);
    const batches = [batchAt(0), batchAt(1), batchAt(2), batchAt(3)];
    cache.appended(batches.slice(0, 2), 0, 1);
    cache.appended(batches.slice(2), 2, 3);
    const size = (batches[0] as Buffer).length;
    expect(baseOffsetsOf(cache.read({ ...unbounded, startOffset: 0, maxOffset: 3 }) as Buffer)).toEqual([0, 1, 2]);
    expect(baseOffsetsOf(cache.read({ ...unbounded, startOffset: 1, maxBytes: size * 2 }) as Buffer)).toEqual([1, 2]);
    expect(baseOffsetsOf(cache.read({ ...unbounded, startOffset: 1, maxBytes: size - 1 }) as Buffer)).toEqual([1]);
    expect((cache.read({ ...unbounded, startOffset: 1, maxBytes: size - 1, minOneBatch: false }) as Buffer).length).toBe(0);
    expect((cache.read({ ...unbounded, startOffset: 2, maxOffset: 2 }) as Buffer).length).toBe(0);
  });

  it('misses below what it holds, and holds copies, not the appended buffers', () => {
    const cache = new LogTailCache(new TailCacheBudget(1 << 20), 1 << 20);
    const appended = batchAt(10);
    cache.appended([appended], 10, 10);
    expect(cache.read({ startOffset: 9, ...unbounded })).toBeUndefined();
    const before = Buffer.from(appended);
    appended.fill(0);
    expect((cache.read({ startOffset: 10, ...unbounded }) as Buffer).equals(before)).toBe(true);
  });

  it('evicts its oldest appends past the per-log bound and counts every byte against the shared budget', () => {
    const budget = new TailCacheBudget(1 << 20);
    const one = batchAt(0).length;
    const cache = new LogTailCache(budget, one * 3);
    for (let offset = 0; offset < 10; offset += 1) cache.appended([batchAt(offset)], offset, offset);
    expect(cache.sizeBytes).toBe(one * 3);
    expect(budget.used).toBe(one * 3);
    expect(cache.firstOffset).toBe(7);
    expect(cache.read({ startOffset: 6, ...unbounded })).toBeUndefined();
    expect(baseOffsetsOf(cache.read({ startOffset: 7, ...unbounded }) as Buffer)).toEqual([7, 8, 9]);
    cache.clear();
    expect(budget.used).toBe(0);
  });

  it('empties itself rather than keep a gap: an append over the per-log bound or the shared budget', () => {
    const one = batchAt(0).length;
    const budget = new TailCacheBudget(one * 3);
    const a = new LogTailCache(budget, one * 2);
    const b = new LogTailCache(budget, one * 2);
    a.appended([batchAt(0)], 0, 0);
    a.appended([batchAt(1, 1, 400)], 1, 1); // larger than a's bound: not cached, and offset 0 goes too
    expect(a.sizeBytes).toBe(0);
    expect(a.read({ startOffset: 0, ...unbounded })).toBeUndefined();
    a.appended([batchAt(2)], 2, 2);
    a.appended([batchAt(3)], 3, 3);
    b.appended([batchAt(0)], 0, 0);
    b.appended([batchAt(1)], 1, 1); // the budget (3 batches) is spent: b empties
    expect(b.sizeBytes).toBe(0);
    expect(budget.used).toBe(one * 2);
    expect(baseOffsetsOf(a.read({ startOffset: 2, ...unbounded }) as Buffer)).toEqual([2, 3]);
  });

  it('serves follower appends whose offsets have gaps (compacted batches)', () => {
    const cache = new LogTailCache(new TailCacheBudget(1 << 20), 1 << 20);
    cache.appended([batchAt(0), batchAt(5)], 0, 5);
    cache.appended([batchAt(9)], 9, 9);
    expect(baseOffsetsOf(cache.read({ startOffset: 3, ...unbounded }) as Buffer)).toEqual([5, 9]);
    expect(baseOffsetsOf(cache.read({ startOffset: 7, ...unbounded }) as Buffer)).toEqual([9]);
  });
});
