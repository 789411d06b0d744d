/**
 * The last bytes appended to one log, kept in memory (the page cache plus sendfile in Kafka):
 * followers and consumers that keep up read what was just written, so their fetches are served
 * from here instead of a positioned file read, which in Node is a round trip through the libuv
 * thread pool on every fetch of the replication path.
 *
 * Invariant: the entries are one contiguous suffix of the log, ending at the log end offset.
 * Appends add to the end; anything else that changes the log's bytes (truncation, rollback,
 * segment swaps and deletions) clears the cache, and so does an append the budget cannot take,
 * so the cache never holds a gap. Bytes are copies: a cached append never pins the request
 * frame it arrived in, and the bounds below count exactly what is held.
 */
import { batchSizeAt, lastOffsetAt } from '../../proto/batch-header';
import { offsetHeaderBytes } from './batches';

/** Bytes kept per log: a few fetches' worth for followers and consumers at the tail. */
export const tailCachePartitionBytesMax = 1024 * 1024;
/** Bytes kept over every log of the process (one broker): past it new appends are not cached. */
export const tailCacheProcessBytesMax = 256 * 1024 * 1024;

/** What every log's tail cache holds together, bounded by `max`. */
export class TailCacheBudget {
  private usedBytes = 0;
  constructor(readonly max: number) {}
  get used(): number {
    return this.usedBytes;
  }
  tryTake(bytes: number): boolean {
    if (this.usedBytes + bytes > this.max) return false;
    this.usedBytes += bytes;
    return true;
  }
  give(bytes: number): void {
    this.usedBytes -= bytes;
  }
}

/** The budget the logs of this process share. */
export const processTailCacheBudget = new TailCacheBudget(tailCacheProcessBytesMax);

interface TailEntry {
  firstOffset: number;
  lastOffset: number;
  bytes: Buffer;
}

export interface TailReadOptions {
  startOffset: number;
  maxBytes: number;
  /** Exclusive: no batch holding this offset or later is returned. */
  maxOffset: number;
  minOneBatch: boolean;
}

export class LogTailCache {
  /** Oldest first; entries before `head` are evicted (compacted away once they are half the array). */
  private entries: TailEntry[] = [];
  private head = 0;
  private heldBytes = 0;

  constructor(
    private readonly budget: TailCacheBudget = processTailCacheBudget,
    private readonly partitionBytesMax: number = tailCachePartitionBytesMax,
  ) {}

  get sizeBytes(): number {
    return this.heldBytes;
  }

  /** The first offset the cache can serve, or undefined when it is empty. */
  get firstOffset(): number | undefined {
    return this.entries[this.head]?.firstOffset;
  }

  /**
   * Records bytes just written at the log end: whole batches holding offsets firstOffset..lastOffset.
   * The caller passes them in log order; a write larger than the per-log bound, or one the shared
   * budget cannot take, empties the cache (a gap would break the invariant).
   */
  appended(buffers: readonly Buffer[], firstOffset: number, lastOffset: number): void {
    let size = 0;
    for (const b of buffers) size += b.length;
    if (size === 0) return;
    if (size > this.partitionBytesMax) {
      this.clear();
      return;
    }
    while (this.heldBytes + size > this.partitionBytesMax) this.evictOldest();
    if (!this.budget.tryTake(size)) {
      this.clear();
      return;
    }
    const bytes = buffers.length === 1 ? Buffer.from(buffers[0] as Buffer) : Buffer.concat(buffers, size);
    this.entries.push({ firstOffset, lastOffset, bytes });
    this.heldBytes += size;
  }

  /** Drops everything (the log changed other than by an append, or closed). */
  clear(): void {
    this.budget.give(this.heldBytes);
    this.heldBytes = 0;
    this.entries = [];
    this.head = 0;
  }

  /**
   * Whole batches from the one holding `startOffset` (or the first after it), as a file read would
   * return them; undefined when the cache does not reach back to `startOffset`.
   */
  read(opts: TailReadOptions): Buffer | undefined {
    const first = this.entries[this.head];
    if (first === undefined || opts.startOffset < first.firstOffset) return undefined;
    let index = this.entryHolding(opts.startOffset);
    if (index < 0) return undefined;
    let entry = this.entries[index] as TailEntry;
    let position = 0;
    while (lastOffsetAt(entry.bytes, position) < opts.startOffset) position += batchSizeAt(entry.bytes, position);

    const pieces: Buffer[] = [];
    let total = 0;
    for (;;) {
      const from = position;
      while (position + offsetHeaderBytes <= entry.bytes.length) {
        const size = batchSizeAt(entry.bytes, position);
        if (lastOffsetAt(entry.bytes, position) >= opts.maxOffset) break;
        const fits = total + (position - from) + size <= opts.maxBytes || (total === 0 && position === from && opts.minOneBatch);
        if (!fits) break;
        position += size;
      }
      if (position > from) {
        pieces.push(entry.bytes.subarray(from, position));
        total += position - from;
      }
      if (position < entry.bytes.length) break;
      index += 1;
      if (index >= this.entries.length) break;
      entry = this.entries[index] as TailEntry;
      position = 0;
    }
    if (pieces.length === 1) return pieces[0];
    return Buffer.concat(pieces, total);
  }

  /** Index of the first entry whose last offset reaches `offset`, or -1. */
  private entryHolding(offset: number): number {
    let low = this.head;
    let high = this.entries.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      if ((this.entries[mid] as TailEntry).lastOffset >= offset) {
        found = mid;
        high = mid - 1;
      } else {
        low = mid + 1;
      }
    }
    return found;
  }

  private evictOldest(): void {
    const oldest = this.entries[this.head];
    if (oldest === undefined) return;
    this.heldBytes -= oldest.bytes.length;
    this.budget.give(oldest.bytes.length);
    this.head += 1;
    if (this.head === this.entries.length) {
      this.entries = [];
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.head = 0;
    }
  }
}
