/**
 * Storage shared by the offset and time indexes: fixed-size big-endian entries held in memory
 * and written to disk incrementally. Kafka memory-maps a preallocated file instead; Node has no
 * mmap, so the file always holds exactly the persisted entries (the "trimmed" form Kafka leaves
 * after close) and entries appended since the last persist live only in memory. That is safe:
 * indexes of segments past the recovery point are rebuilt after an unclean shutdown, and every
 * flush, roll and close persists the index before the recovery point moves past it.
 */
import { readFileIfExists, type LogFileSystem } from './file-system';

const initialCapacityEntries = 64;

export abstract class IndexFile {
  readonly baseOffset: number;
  readonly maxEntries: number;
  protected entries: Buffer;
  protected count = 0;
  private path: string;
  private persistedCount = 0;
  private generation = 0;
  /** Bumped by every change to the entries: a persist records the file state only if none came during it. */
  private changes = 0;
  /**
   * What the file holds against memory: 'unknown', or exactly the entries ('written'), also
   * fsynced ('synced'). A persist of an unchanged index is then skipped: closing or flushing a
   * broker's idle logs cost three file operations per index, most of a 10,000-partition shutdown.
   */
  private fileState: 'unknown' | 'written' | 'synced' = 'unknown';
  private persistChain: Promise<void> = Promise.resolve();

  protected constructor(
    private readonly fileSystem: LogFileSystem,
    path: string,
    baseOffset: number,
    maxIndexBytes: number,
    readonly entryBytes: number,
  ) {
    this.path = path;
    this.baseOffset = baseOffset;
    this.maxEntries = Math.floor(maxIndexBytes / entryBytes);
    this.entries = Buffer.alloc(Math.min(initialCapacityEntries, Math.max(this.maxEntries, 1)) * entryBytes);
  }

  get filePath(): string {
    return this.path;
  }

  get entryCount(): number {
    return this.count;
  }

  get isFull(): boolean {
    return this.count >= this.maxEntries;
  }

  get sizeBytes(): number {
    return this.count * this.entryBytes;
  }

  /** Loads persisted entries; returns false when the file is missing or not whole entries. */
  async loadFromFile(): Promise<boolean> {
    const data = await readFileIfExists(this.fileSystem, this.path);
    if (data === undefined) return false;
    if (data.length % this.entryBytes !== 0 || data.length / this.entryBytes > this.maxEntries + 1) return false;
    this.entries = data.length > 0 ? data : this.entries;
    this.count = data.length / this.entryBytes;
    this.changes += 1;
    this.fileState = 'written';
    this.persistedCount = this.count;
    return true;
  }

  /** Every change to the entries or their count goes through here (see fileState). */
  protected entriesChanged(): void {
    this.changes += 1;
    this.fileState = 'unknown';
  }

  /** Forgets every entry (before a rebuild). */
  reset(): void {
    this.entriesChanged();
    this.count = 0;
    this.persistedCount = 0;
    this.generation += 1;
  }

  protected reserveEntry(): number {
    const position = this.count * this.entryBytes;
    if (position + this.entryBytes > this.entries.length) {
      const grown = Buffer.alloc(Math.min(this.entries.length * 2, this.maxEntries * this.entryBytes));
      this.entries.copy(grown, 0, 0, position);
      this.entries = grown;
    }
    this.count += 1;
    this.entriesChanged();
    return position;
  }

  protected truncateToEntries(count: number): void {
    if (count >= this.count) return;
    this.entriesChanged();
    this.count = count;
    this.persistedCount = Math.min(this.persistedCount, count);
    this.generation += 1;
  }

  /** Binary search: index of the last entry whose key (from `keyAt`) is <= target, or -1. */
  protected floorEntry(target: number, keyAt: (entry: number) => number): number {
    let low = 0;
    let high = this.count - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      if (keyAt(mid) <= target) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  /** Writes entries appended since the last persist and trims the file to the live entries. */
  persist(fsync: boolean): Promise<void> {
    const run = this.persistChain.then(() => this.persistNow(fsync));
    this.persistChain = run.catch(() => undefined);
    return run;
  }

  private async persistNow(fsync: boolean): Promise<void> {
    if (this.fileState === 'synced' || (this.fileState === 'written' && !fsync)) return;
    const from = this.persistedCount;
    const to = this.count;
    const generation = this.generation;
    const changes = this.changes;
    const fh = await this.fileSystem.open(this.path, 'create');
    try {
      if (to > from) {
        const bytes = this.entries.subarray(from * this.entryBytes, to * this.entryBytes);
        let written = 0;
        while (written < bytes.length) {
          const { bytesWritten } = await fh.write(bytes, written, bytes.length - written, from * this.entryBytes + written);
          written += bytesWritten;
        }
      }
      await fh.truncate(to * this.entryBytes);
      if (fsync) await fh.sync();
      // A truncation during the write invalidates what was written past its point.
      if (generation === this.generation) this.persistedCount = Math.max(this.persistedCount, to);
      if (changes === this.changes) this.fileState = fsync ? 'synced' : 'written';
    } finally {
      await fh.close();
    }
  }

  /** Points the index at its new name after the segment files were renamed. */
  renameTo(path: string): void {
    this.path = path;
  }
}
