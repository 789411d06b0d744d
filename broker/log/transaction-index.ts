/**
 * The aborted-transaction index of one segment (Kafka's `TransactionIndex`, `<base>.txnindex`):
 * one 34-byte entry per abort marker written in the segment, [version int16 = 0][producerId
 * int64][firstOffset int64][lastOffset int64][lastStableOffset int64], in marker order. A
 * read_committed fetch asks which aborted transactions overlap the range it returns
 * (collectAbortedTransactions); entries live in memory, the file is appended to as markers land
 * and fsynced with the segment. The file exists only once the segment holds an abort.
 *
 * Recovery rebuilds it: a segment scanned after a crash is reset here and the producer-state
 * replay (producer-state-snapshot.ts) appends the entries of the aborts it meets again.
 */
import { readInt64, writeInt64 } from '../../proto/batch-header';
import { isNotFound, readFileIfExists, type LogFileHandle, type LogFileSystem } from './file-system';
import { type AbortedTxn } from './producer-state';

export const transactionIndexFileSuffix = '.txnindex';
export const transactionIndexEntryBytes = 34;
const entryVersion = 0;

function encodeEntry(e: AbortedTxn): Buffer {
  const buf = Buffer.alloc(transactionIndexEntryBytes);
  buf.writeInt16BE(entryVersion, 0);
  writeInt64(buf, 2, e.producerId);
  writeInt64(buf, 10, e.firstOffset);
  writeInt64(buf, 18, e.lastOffset);
  writeInt64(buf, 26, e.lastStableOffset);
  return buf;
}

export class TransactionIndex {
  private entries: AbortedTxn[] = [];
  private fh: LogFileHandle | undefined;
  private path: string;
  private dirty = false;

  constructor(private readonly fileSystem: LogFileSystem, path: string) {
    this.path = path;
  }

  get filePath(): string {
    return this.path;
  }

  get entryCount(): number {
    return this.entries.length;
  }

  /** Every entry, oldest first. */
  allAbortedTxns(): readonly AbortedTxn[] {
    return this.entries;
  }

  /** Marker offset of the last entry; -1 when empty. */
  get lastMarkerOffset(): number {
    return this.entries[this.entries.length - 1]?.lastOffset ?? -1;
  }

  /** Reads the file; a torn last entry (a crash mid-write) or an unknown version ends it there. */
  async load(): Promise<void> {
    const data = await readFileIfExists(this.fileSystem, this.path);
    this.entries = [];
    if (data === undefined) return;
    for (let at = 0; at + transactionIndexEntryBytes <= data.length; at += transactionIndexEntryBytes) {
      if (data.readInt16BE(at) !== entryVersion) break;
      this.entries.push({
        producerId: readInt64(data, at + 2), firstOffset: readInt64(data, at + 10),
        lastOffset: readInt64(data, at + 18), lastStableOffset: readInt64(data, at + 26),
      });
    }
    if (this.entries.length * transactionIndexEntryBytes !== data.length) await this.writeTail(0);
  }

  private async handle(): Promise<LogFileHandle> {
    this.fh ??= await this.fileSystem.open(this.path, 'create');
    return this.fh;
  }

  /** Appends entries; each must end after the last one (markers are appended in offset order). */
  async append(aborted: readonly AbortedTxn[]): Promise<void> {
    const from = this.entries.length;
    for (const e of aborted) {
      if (e.lastOffset <= this.lastMarkerOffset) throw new Error(`${this.path}: abort at ${e.lastOffset} is not after ${this.lastMarkerOffset}`);
      this.entries.push(e);
    }
    await this.writeTail(from);
  }

  /** Rewrites the file from entry `from` on and cuts it after the last entry. */
  private async writeTail(from: number): Promise<void> {
    const fh = await this.handle();
    const bytes = Buffer.concat(this.entries.slice(from).map(encodeEntry));
    let written = 0;
    while (written < bytes.length) {
      const r = await fh.write(bytes, written, bytes.length - written, from * transactionIndexEntryBytes + written);
      written += r.bytesWritten;
    }
    await fh.truncate(this.entries.length * transactionIndexEntryBytes);
    this.dirty = true;
  }

  /** Removes the entries of aborts at or after `offset` (log truncation). */
  async truncateTo(offset: number): Promise<void> {
    const kept = this.entries.filter((e) => e.lastOffset < offset);
    if (kept.length === this.entries.length) return;
    this.entries = kept;
    await this.writeTail(kept.length);
  }

  /** Forgets every entry (the segment is being rebuilt by recovery). */
  async reset(): Promise<void> {
    this.entries = [];
    if (this.fh !== undefined) await this.writeTail(0);
    else await this.fileSystem.rm(this.path);
  }

  /** The aborted transactions overlapping [startOffset, upperBoundOffset) (Kafka's collectAbortedTxns). */
  collect(startOffset: number, upperBoundOffset: number, out: AbortedTxn[]): void {
    for (const e of this.entries) if (e.lastOffset >= startOffset && e.firstOffset < upperBoundOffset) out.push(e);
  }

  async flush(): Promise<void> {
    if (this.fh === undefined || !this.dirty) return;
    await this.fh.sync();
    this.dirty = false;
  }

  async close(): Promise<void> {
    const fh = this.fh;
    this.fh = undefined;
    if (fh !== undefined) await fh.close();
  }

  /** Renames the file, if there is one, keeping the open handle. */
  async renameTo(path: string): Promise<void> {
    try {
      await this.fileSystem.rename(this.path, path);
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
    this.path = path;
  }

  async deleteFile(): Promise<void> {
    await this.close();
    await this.fileSystem.rm(this.path);
  }
}
