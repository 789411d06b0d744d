/**
 * The sparse time index (Kafka's `TimeIndex`): 12-byte entries [timestamp int64][relative offset
 * int32], appended only when the segment's max timestamp grows, so timestamps and offsets both
 * increase. Used by ListOffsets-by-time and, through the last entry, by time-based retention.
 */
import { readInt64, writeInt64 } from '../../proto/batch-header';
import { type LogFileSystem } from './file-system';
import { IndexFile } from './index-file';

export const timeIndexEntryBytes = 12;

export interface TimestampOffset {
  timestamp: number;
  offset: number;
}

/** Kafka's RecordBatch.NO_TIMESTAMP. */
export const noTimestamp = -1;

export class TimeIndex extends IndexFile {
  constructor(fileSystem: LogFileSystem, path: string, baseOffset: number, maxIndexBytes: number) {
    super(fileSystem, path, baseOffset, maxIndexBytes, timeIndexEntryBytes);
  }

  private timestampAt(entry: number): number {
    return readInt64(this.entries, entry * timeIndexEntryBytes);
  }

  private offsetAt(entry: number): number {
    return this.baseOffset + this.entries.readInt32BE(entry * timeIndexEntryBytes + 8);
  }

  /** The last entry, or (NO_TIMESTAMP, baseOffset) when empty. */
  lastEntry(): TimestampOffset {
    if (this.count === 0) return { timestamp: noTimestamp, offset: this.baseOffset };
    return { timestamp: this.timestampAt(this.count - 1), offset: this.offsetAt(this.count - 1) };
  }

  /**
   * Appends when `timestamp` exceeds the last entry's. `skipFullCheck` lets a segment that is
   * becoming inactive record its final max timestamp even in a full index, as Kafka does.
   */
  maybeAppend(timestamp: number, offset: number, skipFullCheck = false): void {
    if (this.count > 0) {
      if (timestamp <= this.timestampAt(this.count - 1)) return;
      if (offset < this.offsetAt(this.count - 1)) return;
    }
    if (this.isFull && !skipFullCheck) throw new Error(`time index ${this.filePath} is full (${this.maxEntries} entries)`);
    const at = this.reserveEntryUnbounded(skipFullCheck);
    writeInt64(this.entries, at, timestamp);
    this.entries.writeInt32BE(offset - this.baseOffset, at + 8);
  }

  private reserveEntryUnbounded(skipFullCheck: boolean): number {
    if (!skipFullCheck || !this.isFull) return this.reserveEntry();
    // One entry past maxEntries, only for the closing max timestamp.
    const position = this.count * timeIndexEntryBytes;
    if (position + timeIndexEntryBytes > this.entries.length) {
      const grown = Buffer.alloc(position + timeIndexEntryBytes);
      this.entries.copy(grown, 0, 0, position);
      this.entries = grown;
    }
    this.count += 1;
    this.entriesChanged();
    return position;
  }

  /** The greatest entry with timestamp <= target, or (NO_TIMESTAMP, baseOffset). */
  lookup(targetTimestamp: number): TimestampOffset {
    const entry = this.floorEntry(targetTimestamp, (i) => this.timestampAt(i));
    if (entry < 0) return { timestamp: noTimestamp, offset: this.baseOffset };
    return { timestamp: this.timestampAt(entry), offset: this.offsetAt(entry) };
  }

  /** Removes entries for offsets >= `offset`. */
  truncateTo(offset: number): void {
    let keep = this.count;
    while (keep > 0 && this.offsetAt(keep - 1) >= offset) keep -= 1;
    this.truncateToEntries(keep);
  }

  isValid(): boolean {
    for (let i = 1; i < this.count; i += 1) {
      if (this.timestampAt(i) <= this.timestampAt(i - 1) || this.offsetAt(i) < this.offsetAt(i - 1)) return false;
    }
    return true;
  }
}
