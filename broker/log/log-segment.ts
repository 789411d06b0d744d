/**
 * One segment (Kafka's `LogSegment`): `<baseOffset>.log` holding whole record batches, plus its
 * offset and time indexes. Only the Log's active segment is appended to, one append at a time;
 * `sizeBytes` grows only after a write completes, so readers never see unwritten bytes.
 */
import { join } from 'node:path';
import { BatchField, batchHeaderBytes, batchSizeAt, lastOffsetAt, readInt64, timestampTypeLogAppendTimeBit } from '../../proto/batch-header';
import { baseOffsetAt, forEachBatch, maxTimestampAt, offsetHeaderBytes } from './batches';
import { isNotFound, type LogFileHandle, type LogFileSystem } from './file-system';
import { OffsetIndex } from './offset-index';
import { noTimestamp, TimeIndex } from './time-index';
import { TransactionIndex, transactionIndexFileSuffix } from './transaction-index';

export const logFileSuffix = '.log';
export const offsetIndexFileSuffix = '.index';
export const timeIndexFileSuffix = '.timeindex';
export const deletedFileSuffix = '.deleted';
/** A segment the cleaner is still writing; removed on load. */
export const cleanedFileSuffix = '.cleaned';
/** A cleaned segment complete on disk and being swapped in; recovery finishes the swap. */
export const swapFileSuffix = '.swap';

export function segmentFileName(baseOffset: number, suffix: string): string {
  return `${String(baseOffset).padStart(20, '0')}${suffix}`;
}

export interface SegmentIndexConfig {
  segmentIndexBytes: number;
  indexIntervalBytes: number;
}

export interface TimestampAndOffset {
  timestamp: number;
  offset: number;
}

export class LogSegment {
  readonly baseOffset: number;
  readonly offsetIndex: OffsetIndex;
  readonly timeIndex: TimeIndex;
  /** Aborted transactions whose abort marker is in this segment. */
  readonly txnIndex: TransactionIndex;
  private logPath: string;
  private fh: LogFileHandle;
  private readonly fileSystem: LogFileSystem;
  private size: number;
  /** Offset after the last batch in the segment (baseOffset when empty). */
  nextOffset: number;
  maxTimestampSoFar = noTimestamp;
  offsetOfMaxTimestampSoFar: number;
  /** Max timestamp of the first batch: segment.ms counts from it (Kafka's rollingBasedTimestamp). */
  rollingBasedTimestamp: number | undefined;
  private bytesSinceLastIndexEntry = 0;
  private closed = false;

  private constructor(
    fileSystem: LogFileSystem,
    dir: string,
    baseOffset: number,
    fh: LogFileHandle,
    sizeBytes: number,
    config: SegmentIndexConfig,
    fileSuffix = '',
  ) {
    this.fileSystem = fileSystem;
    this.baseOffset = baseOffset;
    this.logPath = join(dir, segmentFileName(baseOffset, logFileSuffix + fileSuffix));
    this.fh = fh;
    this.size = sizeBytes;
    this.nextOffset = baseOffset;
    this.offsetOfMaxTimestampSoFar = baseOffset;
    this.offsetIndex = new OffsetIndex(fileSystem, join(dir, segmentFileName(baseOffset, offsetIndexFileSuffix + fileSuffix)), baseOffset, config.segmentIndexBytes);
    this.timeIndex = new TimeIndex(fileSystem, join(dir, segmentFileName(baseOffset, timeIndexFileSuffix + fileSuffix)), baseOffset, config.segmentIndexBytes);
    this.txnIndex = new TransactionIndex(fileSystem, join(dir, segmentFileName(baseOffset, transactionIndexFileSuffix + fileSuffix)));
  }

  /**
   * A new empty segment; any leftover files with its name are replaced. `fileSuffix` names a
   * segment that is not live yet (the cleaner writes `<base>.log.cleaned`).
   */
  static async create(fileSystem: LogFileSystem, dir: string, baseOffset: number, config: SegmentIndexConfig, fileSuffix = ''): Promise<LogSegment> {
    const fh = await fileSystem.open(join(dir, segmentFileName(baseOffset, logFileSuffix + fileSuffix)), 'truncate');
    const segment = new LogSegment(fileSystem, dir, baseOffset, fh, 0, config, fileSuffix);
    await Promise.all([segment.offsetIndex.persist(false), segment.timeIndex.persist(false), segment.txnIndex.reset()]);
    return segment;
  }

  /** Opens an existing segment file; the caller then loads or rebuilds its indexes. */
  static async open(fileSystem: LogFileSystem, dir: string, baseOffset: number, config: SegmentIndexConfig): Promise<LogSegment> {
    const fh = await fileSystem.open(join(dir, segmentFileName(baseOffset, logFileSuffix)), 'readWrite');
    const stat = await fh.stat();
    const segment = new LogSegment(fileSystem, dir, baseOffset, fh, stat.size, config);
    await segment.txnIndex.load();
    return segment;
  }

  get sizeBytes(): number {
    return this.size;
  }

  get path(): string {
    return this.logPath;
  }

  /** Largest record timestamp, as time retention sees it. */
  get largestTimestamp(): number {
    return this.maxTimestampSoFar;
  }

  /** Appends whole batches at the end of the file, then indexes them (Kafka's LogSegment.append). */
  append(records: Buffer, indexIntervalBytes: number): Promise<void> {
    return this.appendAll([records], indexIntervalBytes);
  }

  /** Appends several buffers of whole batches with one writev, then indexes them in order. */
  async appendAll(buffers: readonly Buffer[], indexIntervalBytes: number): Promise<void> {
    const startPosition = this.size;
    const totalBytes = buffers.reduce((sum, b) => sum + b.length, 0);
    const { bytesWritten } = await this.fh.writev(buffers as Buffer[], startPosition);
    if (bytesWritten < totalBytes) {
      // A short writev: write the remainder from a copy (rare; disks write whole requests).
      const rest = Buffer.concat(buffers).subarray(bytesWritten);
      let written = 0;
      while (written < rest.length) {
        const r = await this.fh.write(rest, written, rest.length - written, startPosition + bytesWritten + written);
        written += r.bytesWritten;
      }
    }
    let filePosition = startPosition;
    for (const records of buffers) {
      const base = filePosition;
      forEachBatch(records, (position, sizeBytes) => {
        this.indexBatch(records, position, base + position, sizeBytes, indexIntervalBytes);
      });
      filePosition += records.length;
    }
    this.size = startPosition + totalBytes;
  }

  /** Updates max timestamp and indexes for one batch at `filePosition`; `buf[position]` holds its header. */
  private indexBatch(buf: Buffer, position: number, filePosition: number, sizeBytes: number, indexIntervalBytes: number): void {
    const lastOffset = lastOffsetAt(buf, position);
    const maxTimestamp = maxTimestampAt(buf, position);
    if (this.rollingBasedTimestamp === undefined) this.rollingBasedTimestamp = maxTimestamp;
    if (maxTimestamp > this.maxTimestampSoFar) {
      this.maxTimestampSoFar = maxTimestamp;
      this.offsetOfMaxTimestampSoFar = lastOffset;
    }
    if (this.bytesSinceLastIndexEntry > indexIntervalBytes && !this.offsetIndex.isFull && !this.timeIndex.isFull) {
      this.offsetIndex.append(lastOffset, filePosition);
      this.timeIndex.maybeAppend(this.maxTimestampSoFar, this.offsetOfMaxTimestampSoFar);
      this.bytesSinceLastIndexEntry = 0;
    }
    this.bytesSinceLastIndexEntry += sizeBytes;
    this.nextOffset = lastOffset + 1;
  }

  /** Positioned read of up to `length` committed bytes starting at `position`. */
  async read(position: number, length: number): Promise<Buffer> {
    const wanted = Math.max(0, Math.min(length, this.size - position));
    const buf = Buffer.allocUnsafe(wanted);
    let filled = 0;
    while (filled < wanted) {
      const { bytesRead } = await this.fh.read(buf, filled, wanted - filled, position + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled === wanted ? buf : buf.subarray(0, filled);
  }

  /**
   * Position of the first batch whose last offset is >= target, scanning forward from the offset
   * index's floor entry (or from `startingPosition` when the caller knows a later one).
   * Undefined when no such batch is in the committed part of the segment.
   */
  async translateOffset(targetOffset: number, startingPosition = 0): Promise<{ position: number; header: Buffer } | undefined> {
    let position = Math.max(startingPosition, this.offsetIndex.lookup(targetOffset).position);
    while (position + offsetHeaderBytes <= this.size) {
      const header = await this.read(position, offsetHeaderBytes);
      if (header.length < offsetHeaderBytes) return undefined;
      if (lastOffsetAt(header, 0) >= targetOffset) return { position, header };
      position += batchSizeAt(header, 0);
    }
    return undefined;
  }

  /**
   * First batch at or after `startingOffset` whose max timestamp is >= target. Batch granularity:
   * the broker does not decode records, so the answer is the batch's base offset (or
   * `startingOffset` when later) with its first timestamp when that already reaches the target,
   * else its max timestamp.
   */
  async findOffsetByTimestamp(timestampMs: number, startingOffset: number): Promise<TimestampAndOffset | undefined> {
    const fromOffset = Math.max(this.timeIndex.lookup(timestampMs).offset, startingOffset);
    let position = this.offsetIndex.lookup(fromOffset).position;
    while (position + batchHeaderBytes <= this.size) {
      const header = await this.read(position, batchHeaderBytes);
      if (header.length < batchHeaderBytes) return undefined;
      const maxTimestamp = maxTimestampAt(header, 0);
      if (maxTimestamp >= timestampMs && lastOffsetAt(header, 0) >= startingOffset) {
        const logAppendTime = (header.readInt16BE(BatchField.attributes) & timestampTypeLogAppendTimeBit) !== 0;
        const firstTimestamp = readInt64(header, BatchField.firstTimestamp);
        const timestamp = !logAppendTime && firstTimestamp >= timestampMs ? firstTimestamp : maxTimestamp;
        return { timestamp, offset: Math.max(baseOffsetAt(header, 0), startingOffset) };
      }
      position += batchSizeAt(header, 0);
    }
    return undefined;
  }

  /**
   * Restores nextOffset, max timestamp, rolling timestamp and index spacing from the indexes and
   * the batch headers after the last offset index entry (Kafka's readNextOffset at load).
   */
  async loadTailState(): Promise<void> {
    const lastTime = this.timeIndex.lastEntry();
    this.maxTimestampSoFar = lastTime.timestamp;
    this.offsetOfMaxTimestampSoFar = lastTime.offset;
    this.nextOffset = this.baseOffset;
    this.rollingBasedTimestamp = undefined;
    if (this.size === 0) return;
    const first = await this.read(0, batchHeaderBytes);
    if (first.length === batchHeaderBytes) this.rollingBasedTimestamp = maxTimestampAt(first, 0);
    let position = this.offsetIndex.lastEntry().position;
    this.bytesSinceLastIndexEntry = 0;
    while (position + batchHeaderBytes <= this.size) {
      const header = await this.read(position, batchHeaderBytes);
      const size = batchSizeAt(header, 0);
      if (size < batchHeaderBytes || position + size > this.size) break;
      const lastOffset = lastOffsetAt(header, 0);
      const maxTimestamp = maxTimestampAt(header, 0);
      if (maxTimestamp > this.maxTimestampSoFar) {
        this.maxTimestampSoFar = maxTimestamp;
        this.offsetOfMaxTimestampSoFar = lastOffset;
      }
      this.nextOffset = lastOffset + 1;
      this.bytesSinceLastIndexEntry += size;
      position += size;
    }
  }

  /** Removes every batch containing an offset >= `offset`; returns the bytes removed. */
  async truncateTo(offset: number): Promise<number> {
    const found = await this.translateOffset(offset);
    if (found === undefined) return 0;
    const removed = this.size - found.position;
    await this.fh.truncate(found.position);
    this.size = found.position;
    this.offsetIndex.truncateTo(offset);
    this.timeIndex.truncateTo(offset);
    await this.txnIndex.truncateTo(offset);
    await this.loadTailState();
    return removed;
  }

  /**
   * Cuts the segment back to `sizeBytes`, where it ended before `nextOffset` (an append that
   * failed part-way is undone): the file, both indexes and the tail state.
   */
  async truncateToSize(sizeBytes: number, nextOffset: number): Promise<void> {
    await this.fh.truncate(sizeBytes);
    this.size = sizeBytes;
    this.offsetIndex.truncateTo(nextOffset);
    this.timeIndex.truncateTo(nextOffset);
    await this.txnIndex.truncateTo(nextOffset);
    await this.loadTailState();
  }

  /** Truncates the file at `position` (recovery cutting a torn or corrupt tail). */
  async truncateAtPosition(position: number): Promise<void> {
    await this.fh.truncate(position);
    this.size = position;
  }

  /** Recovery: forget index state so a scan can rebuild it via `indexRecovered`. */
  resetIndexes(): void {
    this.offsetIndex.reset();
    this.timeIndex.reset();
    this.bytesSinceLastIndexEntry = 0;
    this.maxTimestampSoFar = noTimestamp;
    this.offsetOfMaxTimestampSoFar = this.baseOffset;
    this.rollingBasedTimestamp = undefined;
    this.nextOffset = this.baseOffset;
  }

  /** Recovery: index one verified batch found at `filePosition` (`buf[position]` is its start). */
  indexRecovered(buf: Buffer, position: number, filePosition: number, sizeBytes: number, indexIntervalBytes: number): void {
    this.indexBatch(buf, position, filePosition, sizeBytes, indexIntervalBytes);
  }

  /** Called when the segment stops being active: record its final max timestamp (Kafka does). */
  onBecomeInactive(): void {
    if (this.maxTimestampSoFar >= 0) this.timeIndex.maybeAppend(this.maxTimestampSoFar, this.offsetOfMaxTimestampSoFar, true);
  }

  async flush(): Promise<void> {
    if (this.closed) return;
    await this.fh.sync();
    await Promise.all([this.offsetIndex.persist(true), this.timeIndex.persist(true), this.txnIndex.flush()]);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await Promise.all([this.offsetIndex.persist(false), this.timeIndex.persist(false), this.txnIndex.close()]);
    } finally {
      await this.fh.close();
    }
  }

  /** First step of asynchronous deletion: rename every file to `<name>.deleted`. */
  renameToDeleted(): Promise<void> {
    return this.changeFileSuffixes('', deletedFileSuffix);
  }

  /**
   * Renames the three files from `<name><oldSuffix>` to `<name><newSuffix>` (Kafka's
   * changeFileSuffixes), the log file last so that a crash never leaves a live-named log file
   * beside indexes of another generation. A missing index file is skipped; it is rebuilt on load.
   */
  async changeFileSuffixes(oldSuffix: string, newSuffix: string): Promise<void> {
    if (!this.txnIndex.filePath.endsWith(oldSuffix)) throw new Error(`${this.txnIndex.filePath} does not end with "${oldSuffix}"`);
    await this.txnIndex.renameTo(`${this.txnIndex.filePath.slice(0, this.txnIndex.filePath.length - oldSuffix.length)}${newSuffix}`);
    const renames: [string, (path: string) => void][] = [
      [this.offsetIndex.filePath, (p) => this.offsetIndex.renameTo(p)],
      [this.timeIndex.filePath, (p) => this.timeIndex.renameTo(p)],
      [this.logPath, (p) => (this.logPath = p)],
    ];
    for (const [from, update] of renames) {
      if (!from.endsWith(oldSuffix)) throw new Error(`${from} does not end with "${oldSuffix}"`);
      const to = `${from.slice(0, from.length - oldSuffix.length)}${newSuffix}`;
      try {
        await this.fileSystem.rename(from, to);
      } catch (err) {
        if (!isNotFound(err)) throw err;
      }
      update(to);
    }
  }

  /** The log file's modification time: the cleaner's delete horizon is measured from it, as in Kafka. */
  async lastModifiedMs(): Promise<number> {
    return (await this.fh.stat()).mtimeMs;
  }

  async setLastModifiedMs(ms: number): Promise<void> {
    const seconds = ms / 1000;
    await this.fh.utimes(seconds, seconds);
  }

  /** Closes the file handle and removes the files (after renameToDeleted and the delete delay). */
  async deleteFiles(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      await this.fh.close();
    }
    await this.txnIndex.deleteFile();
    await Promise.all([this.logPath, this.offsetIndex.filePath, this.timeIndex.filePath].map((p) => this.fileSystem.rm(p)));
  }
}
