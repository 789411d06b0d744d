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
 * frame it arrived in, and the bounds below count exactly the memory held.
 */
import { batchSizeAt, lastOffsetAt } from '../../proto/batch-header';
import { type Clock, systemClock } from '../clock';
import { offsetHeaderBytes } from './batches';

/** A log's ring starts this small (most partitions are quiet) and doubles while its writes need more. */
export const tailCacheInitialBytes = 16 * 1024;
/** A ring grows rather than drop an append younger than this: the window followers and tail consumers read in. */
export const tailCacheWindowMs = 500;
/** Bytes kept per log: a few fetches' worth for followers and consumers at the tail. */
export const tailCachePartitionBytesMax = 1024 * 1024;
/** Ring bytes over every log of the process (one broker): past it a log's ring does not grow or is not made. */
export const tailCacheProcessBytesMax = 128 * 1024 * 1024;

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

/** One cached write: whole batches holding firstOffset..lastOffset at ring[position, position + length). */
interface TailEntry {
  firstOffset: number;
  lastOffset: number;
  position: number;
  length: number;
  appendedAtMs: number;
}

export interface TailReadOptions {
  startOffset: number;
  maxBytes: number;
  /** Exclusive: no batch holding this offset or later is returned. */
  maxOffset: number;
  minOneBatch: boolean;
}

const emptyRecords = Buffer.alloc(0);

/**
 * The bytes live in one ring per log, allocated once (and doubled while the log's writes need
 * more), so appends copy into memory already there instead of allocating: a cache of freshly
 * allocated copies doubled the brokers' garbage-collection time under load. An entry never wraps
 * around the ring's end (the space left there is skipped), so each is one contiguous range.
 * Reads copy out what they return, as a file read would, so a later append can overwrite the
 * ring while the answer is still on its way.
 */
export class LogTailCache {
  private ring: Buffer | undefined;
  /** Oldest first; entries before `head` are evicted (compacted away once they are half the array). */
  private entries: TailEntry[] = [];
  private head = 0;
  /** Where the next entry goes (or 0, when it does not fit before the ring's end). */
  private writePosition = 0;
  private heldBytes = 0;

  constructor(
    private readonly budget: TailCacheBudget = processTailCacheBudget,
    private readonly partitionBytesMax: number = tailCachePartitionBytesMax,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Bytes of cached batches. */
  get sizeBytes(): number {
    return this.heldBytes;
  }

  /** Bytes of ring allocated (counted against the budget). */
  get capacityBytes(): number {
    return this.ring?.length ?? 0;
  }

  /** The first offset the cache can serve, or undefined when it is empty. */
  get firstOffset(): number | undefined {
    return this.entries[this.head]?.firstOffset;
  }

  /**
   * Records bytes just written at the log end: whole batches holding offsets firstOffset..lastOffset.
   * The caller passes them in log order; a write larger than the per-log bound, or one there is no
   * ring for, empties the cache (a gap would break the invariant).
   */
  appended(buffers: readonly Buffer[], firstOffset: number, lastOffset: number): void {
    let size = 0;
    for (const b of buffers) size += b.length;
    if (size === 0) return;
    const now = this.clock.nowMs();
    const ring = this.ringFor(size, now);
    if (ring === undefined) {
      this.clear();
      return;
    }
    const wraps = this.writePosition + size > ring.length;
    const position = wraps ? 0 : this.writePosition;
    // The oldest entries are the ones the new bytes land on (and, on a wrap, those in the skipped space).
    for (let oldest = this.entries[this.head]; oldest !== undefined; oldest = this.entries[this.head]) {
      const inSkippedSpace = wraps && oldest.position >= this.writePosition;
      const overwritten = oldest.position >= position && oldest.position < position + size;
      if (!inSkippedSpace && !overwritten) break;
      this.evictOldest();
    }
    let at = position;
    for (const b of buffers) at += b.copy(ring, at);
    this.entries.push({ firstOffset, lastOffset, position, length: size, appendedAtMs: now });
    this.writePosition = position + size;
    this.heldBytes += size;
  }

  /** Drops every entry (the log changed other than by an append); the ring stays for the next appends. */
  clear(): void {
    this.heldBytes = 0;
    this.entries = [];
    this.head = 0;
    this.writePosition = 0;
  }

  /** Drops everything and gives the ring back to the budget (the log closed). */
  release(): void {
    this.clear();
    if (this.ring !== undefined) this.budget.give(this.ring.length);
    this.ring = undefined;
  }

  /**
   * Whole batches from the one holding `startOffset` (or the first after it), copied out as a file
   * read would return them; undefined when the cache does not reach back to `startOffset`.
   */
  read(opts: TailReadOptions): Buffer | undefined {
    const ring = this.ring;
    const first = this.entries[this.head];
    if (ring === undefined || first === undefined || opts.startOffset < first.firstOffset) return undefined;
    let index = this.entryHolding(opts.startOffset);
    if (index < 0) return undefined;
    let entry = this.entries[index] as TailEntry;
    let position = entry.position;
    while (lastOffsetAt(ring, position) < opts.startOffset) position += batchSizeAt(ring, position);

    // Pieces as [start, end) pairs in the ring, then one copy out.
    const pieces: number[] = [];
    let total = 0;
    for (;;) {
      const from = position;
      const end = entry.position + entry.length;
      while (position + offsetHeaderBytes <= end) {
        const size = batchSizeAt(ring, position);
        if (lastOffsetAt(ring, position) >= opts.maxOffset) break;
        const fits = total + (position - from) + size <= opts.maxBytes || (total === 0 && position === from && opts.minOneBatch);
        if (!fits) break;
        position += size;
      }
      if (position > from) {
        pieces.push(from, position);
        total += position - from;
      }
      if (position < end) break;
      index += 1;
      if (index >= this.entries.length) break;
      entry = this.entries[index] as TailEntry;
      position = entry.position;
    }
    if (total === 0) return emptyRecords;
    const out = Buffer.allocUnsafe(total);
    let at = 0;
    for (let i = 0; i < pieces.length; i += 2) at += ring.copy(out, at, pieces[i], pieces[i + 1]);
    return out;
  }

  /**
   * The ring to write `size` more bytes into: made on the first write, doubled (within the
   * bounds) when the write would otherwise push out an append younger than tailCacheWindowMs;
   * undefined when there is no ring big enough.
   */
  private ringFor(size: number, now: number): Buffer | undefined {
    if (size > this.partitionBytesMax) return undefined;
    const capacity = this.ring?.length ?? 0;
    const oldest = this.entries[this.head];
    const evictsRecent = oldest !== undefined && this.heldBytes + size > capacity && now - oldest.appendedAtMs < tailCacheWindowMs;
    if (capacity >= size && (!evictsRecent || capacity >= this.partitionBytesMax)) return this.ring;
    let wanted = Math.max(capacity * 2, tailCacheInitialBytes);
    while (wanted < this.heldBytes + size && wanted < this.partitionBytesMax) wanted *= 2;
    wanted = Math.min(wanted, this.partitionBytesMax);
    if (!this.budget.tryTake(wanted - capacity)) return capacity >= size ? this.ring : undefined;
    const grown = Buffer.allocUnsafeSlow(wanted);
    // Pack the live entries at the start of the new ring, oldest first.
    let at = 0;
    const old = this.ring;
    for (let i = this.head; i < this.entries.length; i += 1) {
      const e = this.entries[i] as TailEntry;
      if (old !== undefined) old.copy(grown, at, e.position, e.position + e.length);
      e.position = at;
      at += e.length;
    }
    this.entries = this.entries.slice(this.head);
    this.head = 0;
    this.writePosition = at;
    this.ring = grown;
    return grown;
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
    this.heldBytes -= oldest.length;
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
