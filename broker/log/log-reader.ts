/**
 * The fetch read path (Kafka's `Log.read` / `LogSegment.read`): find the segment, find the first
 * batch holding the start offset through the offset index, then one positioned read of whole
 * batches. No record is decoded; the bytes go back to the fetcher as stored.
 *
 * Sequential readers (followers, consumers keeping up) come back for the offset where their last
 * read ended; a small cache of those end positions lets them skip the index lookup and header
 * scan entirely. Readers at the tail (the replication path, consumers keeping up) are served
 * from the log's tail cache, without a file read at all.
 */
import { batchSizeAt, lastOffsetAt } from '../../proto/batch-header';
import { offsetHeaderBytes } from './batches';
import { type LogSegment } from './log-segment';
import { LogTailCache } from './log-tail-cache';

/** Distinct sequential readers remembered per log (followers plus a few consumer groups). */
export const readPositionCacheEntriesMax = 16;

export interface LogReadOptions {
  startOffset: number;
  maxBytes: number;
  /** Exclusive: no batch holding this offset or later is returned (e.g. the high watermark). */
  maxOffset: number;
  /** Return the first batch whole even when it is larger than maxBytes (KIP-74). */
  minOneBatch: boolean;
}

export interface LogReadResult {
  records: Buffer;
  logStartOffset: number;
  logEndOffset: number;
}

interface CachedPosition {
  segment: LogSegment;
  position: number;
}

const emptyRecords = Buffer.alloc(0);

export class LogReader {
  private readonly segments: () => readonly LogSegment[];
  /** nextOffset after a returned read -> where its bytes ended. Insertion order = age. */
  private readonly positions = new Map<number, CachedPosition>();
  /** The log's last appended bytes; LocalLog adds each written run. */
  readonly tail: LogTailCache;

  constructor(segments: () => readonly LogSegment[], tail: LogTailCache = new LogTailCache()) {
    this.segments = segments;
    this.tail = tail;
  }

  /** Forgets cached positions and the cached tail (segments were deleted, truncated or swapped). */
  invalidate(): void {
    this.positions.clear();
    this.tail.clear();
  }

  async read(opts: LogReadOptions, logStartOffset: number, logEndOffset: number): Promise<LogReadResult> {
    const empty = { records: emptyRecords, logStartOffset, logEndOffset };
    if (opts.startOffset >= logEndOffset || opts.startOffset >= opts.maxOffset) return empty;
    const fromTail = this.tail.read({ ...opts, maxOffset: Math.min(opts.maxOffset, logEndOffset) });
    if (fromTail !== undefined) return { records: fromTail, logStartOffset, logEndOffset };
    const segments = this.segments();
    const cached = this.positions.get(opts.startOffset);
    let index = cached !== undefined ? segments.indexOf(cached.segment) : -1;
    let knownPosition = index >= 0 ? cached?.position : undefined;
    if (index < 0) index = floorSegmentIndex(segments, opts.startOffset);
    for (; index >= 0 && index < segments.length; index += 1) {
      const segment = segments[index] as LogSegment;
      let position = knownPosition;
      knownPosition = undefined;
      if (position === undefined || position >= segment.sizeBytes) {
        position = (await segment.translateOffset(opts.startOffset))?.position;
      }
      if (position === undefined) continue;
      const records = await this.readBatches(segment, position, opts);
      return { records, logStartOffset, logEndOffset };
    }
    return empty;
  }

  /** The first batch at or after `startOffset` whose max timestamp reaches `timestampMs` (ListOffsets by time). */
  async findOffsetByTimestamp(timestampMs: number, startOffset: number): Promise<{ offset: number; timestamp: number } | undefined> {
    const segments = this.segments().slice();
    const first = segments.findIndex((s) => s.largestTimestamp >= timestampMs);
    if (first < 0) return undefined;
    for (const segment of segments.slice(first)) {
      const found = await segment.findOffsetByTimestamp(timestampMs, startOffset);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** Whole batches from `position`, bounded by maxBytes and maxOffset. */
  private async readBatches(segment: LogSegment, position: number, opts: LogReadOptions): Promise<Buffer> {
    let buf = await segment.read(position, Math.max(opts.maxBytes, 0));
    let found = wholeBatches(buf, opts.maxOffset);
    if (found.end === 0) {
      if (!opts.minOneBatch) return emptyRecords;
      // The first batch alone exceeds maxBytes: return it whole so the reader makes progress.
      const header = buf.length >= offsetHeaderBytes ? buf : await segment.read(position, offsetHeaderBytes);
      if (header.length < offsetHeaderBytes || lastOffsetAt(header, 0) >= opts.maxOffset) return emptyRecords;
      buf = await segment.read(position, batchSizeAt(header, 0));
      found = wholeBatches(buf, opts.maxOffset);
      if (found.end === 0) return emptyRecords;
    }
    this.remember(found.lastOffset + 1, { segment, position: position + found.end });
    return buf.subarray(0, found.end);
  }

  private remember(nextOffset: number, cached: CachedPosition): void {
    this.positions.delete(nextOffset);
    if (this.positions.size >= readPositionCacheEntriesMax) {
      const oldest = this.positions.keys().next();
      if (oldest.done !== true) this.positions.delete(oldest.value);
    }
    this.positions.set(nextOffset, cached);
  }
}

/** Index of the last segment whose base offset is <= offset, or 0. */
function floorSegmentIndex(segments: readonly LogSegment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if ((segments[mid] as LogSegment).baseOffset <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** The prefix of `buf` made of complete batches whose last offset is below maxOffset. */
function wholeBatches(buf: Buffer, maxOffset: number): { end: number; lastOffset: number } {
  let end = 0;
  let lastOffset = -1;
  while (end + offsetHeaderBytes <= buf.length) {
    const size = batchSizeAt(buf, end);
    const batchLastOffset = lastOffsetAt(buf, end);
    if (end + size > buf.length || batchLastOffset >= maxOffset) break;
    lastOffset = batchLastOffset;
    end += size;
  }
  return { end, lastOffset };
}
