/**
 * The sparse offset index (Kafka's `OffsetIndex`): 8-byte entries [relative offset int32][file
 * position int32]. An entry (lastOffset of a batch, position of that batch) is added once more
 * than index.interval.bytes were appended since the previous one, so a lookup finds the greatest
 * entry <= target and the reader scans forward at most about that many bytes.
 */
import { type LogFileSystem } from './file-system';
import { IndexFile } from './index-file';

export const offsetIndexEntryBytes = 8;

export interface OffsetPosition {
  offset: number;
  position: number;
}

export class OffsetIndex extends IndexFile {
  constructor(fileSystem: LogFileSystem, path: string, baseOffset: number, maxIndexBytes: number) {
    super(fileSystem, path, baseOffset, maxIndexBytes, offsetIndexEntryBytes);
  }

  private offsetAt(entry: number): number {
    return this.baseOffset + this.entries.readInt32BE(entry * offsetIndexEntryBytes);
  }

  private positionAt(entry: number): number {
    return this.entries.readInt32BE(entry * offsetIndexEntryBytes + 4);
  }

  /** The last indexed entry, or (baseOffset, 0) when empty. */
  lastEntry(): OffsetPosition {
    if (this.count === 0) return { offset: this.baseOffset, position: 0 };
    return { offset: this.offsetAt(this.count - 1), position: this.positionAt(this.count - 1) };
  }

  append(offset: number, position: number): void {
    if (this.isFull) throw new Error(`offset index ${this.filePath} is full (${this.maxEntries} entries)`);
    if (this.count > 0 && offset <= this.offsetAt(this.count - 1)) {
      throw new Error(`offset index ${this.filePath}: offset ${offset} is not above the last entry`);
    }
    const at = this.reserveEntry();
    this.entries.writeInt32BE(offset - this.baseOffset, at);
    this.entries.writeInt32BE(position, at + 4);
  }

  /** The greatest entry with offset <= target, or (baseOffset, 0). */
  lookup(targetOffset: number): OffsetPosition {
    const entry = this.floorEntry(targetOffset, (i) => this.offsetAt(i));
    if (entry < 0) return { offset: this.baseOffset, position: 0 };
    return { offset: this.offsetAt(entry), position: this.positionAt(entry) };
  }

  /** Removes entries for offsets >= `offset`. */
  truncateTo(offset: number): void {
    const entry = this.floorEntry(offset - 1, (i) => this.offsetAt(i));
    this.truncateToEntries(entry + 1);
  }

  /** Kafka's sanityCheck plus monotonicity: false means the index must be rebuilt. */
  isValidFor(logSizeBytes: number): boolean {
    let previousOffset = this.baseOffset - 1;
    let previousPosition = -1;
    for (let i = 0; i < this.count; i += 1) {
      const offset = this.offsetAt(i);
      const position = this.positionAt(i);
      if (offset <= previousOffset || position <= previousPosition || position >= logSizeBytes) return false;
      previousOffset = offset;
      previousPosition = position;
    }
    return true;
  }
}
