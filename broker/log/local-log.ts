/**
 * The on-disk part of one partition's log (Kafka 3's `LocalLog`): its segments, oldest first and
 * the last one active, the log end offset and the recovery point. It writes groups of appends
 * (rolling a segment where Kafka's `LogSegment.shouldRoll` says), undoes a write that failed
 * part-way, flushes, truncates, swaps cleaned segments in and removes old ones. The log start
 * offset, the high watermark, offset reservation, the leader epoch cache and producer state are
 * the Log's (log.ts), which calls in here from its append queue, one task at a time.
 *
 * Invariant: logEndOffset moves only after the bytes are in the active segment's file, so
 * readers never see unwritten data; the recovery point never passes the log end offset.
 */
import { type Logger } from 'pino';
import type { Clock } from '../clock';
import { type BatchesSummary } from './batches';
import { type LogFileSystem } from './file-system';
import { shouldRollSegment, type AppendRollbackPoint, type PendingAppend } from './log-append';
import { type LogConfig } from './log-config';
import { LogReader } from './log-reader';
import { LogTailCache, processTailCacheBudget, tailCachePartitionBytesMax } from './log-tail-cache';
import { countDeletableSegments, type SegmentPredicate } from './log-retention';
import { cleanedFileSuffix, LogSegment, swapFileSuffix } from './log-segment';
import { LogSegmentDeleter } from './log-segment-deleter';

export interface LocalLogOptions {
  fileSystem: LogFileSystem;
  dir: string;
  topicPartition: string;
  config: LogConfig;
  recoveryPoint: number;
  logger: Logger | undefined;
  clock: Clock;
  /** Runs when a new segment became active (the Log snapshots producer state). */
  onRoll?: () => Promise<void>;
  /** The tail cache's bound for this log (default tailCachePartitionBytesMax); 0 disables it. */
  tailCacheBytes?: number;
}

export class LocalLog {
  readonly fileSystem: LogFileSystem;
  readonly dir: string;
  config: LogConfig;
  /** Wall-clock ms of the last flush; the log manager's flush.ms task reads it. */
  lastFlushTimeMs: number;
  readonly reader: LogReader;
  private segments: LogSegment[];
  private endOffset: number;
  private recoveryPointOffset: number;
  private readonly backgroundFlushes = new Set<Promise<void>>();
  private readonly deleter: LogSegmentDeleter;
  private readonly topicPartition: string;
  private readonly logger: Logger | undefined;
  private readonly clock: Clock;
  private readonly onRoll: (() => Promise<void>) | undefined;

  /** `segments` must not be empty. */
  constructor(opts: LocalLogOptions, segments: LogSegment[]) {
    this.fileSystem = opts.fileSystem;
    this.dir = opts.dir;
    this.config = opts.config;
    this.topicPartition = opts.topicPartition;
    this.logger = opts.logger;
    this.clock = opts.clock;
    this.onRoll = opts.onRoll;
    this.lastFlushTimeMs = this.clock.nowMs();
    this.segments = segments;
    this.endOffset = this.activeSegment.nextOffset;
    this.recoveryPointOffset = Math.min(opts.recoveryPoint, this.endOffset);
    this.reader = new LogReader(() => this.segments, new LogTailCache(processTailCacheBudget, opts.tailCacheBytes ?? tailCachePartitionBytesMax, opts.clock));
    this.deleter = new LogSegmentDeleter(this.logger, this.clock);
  }

  get logEndOffset(): number {
    return this.endOffset;
  }
  get recoveryPoint(): number {
    return this.recoveryPointOffset;
  }
  get sizeInBytes(): number {
    return this.segments.reduce((sum, s) => sum + s.sizeBytes, 0);
  }
  get numberOfSegments(): number {
    return this.segments.length;
  }
  get activeSegment(): LogSegment {
    return this.segments[this.segments.length - 1] as LogSegment;
  }
  /** The base offset of the oldest segment. */
  get firstSegmentBaseOffset(): number {
    return (this.segments[0] as LogSegment).baseOffset;
  }
  /** A snapshot of the segments, oldest first; the last is the active one. */
  logSegments(): readonly LogSegment[] {
    return this.segments.slice();
  }

  /** What a failed write of the next group goes back to. */
  rollbackPoint(): AppendRollbackPoint {
    return { endOffset: this.endOffset, segmentCount: this.segments.length, activeSizeBytes: this.activeSegment.sizeBytes };
  }

  /**
   * Writes a group of appends in order: consecutive appends the active segment can take go out
   * in one writev, and the segment rolls before an append it should not take. `onWritten` runs
   * for each append once its bytes are in the file, before the log end offset passes it.
   */
  async appendGroup(group: readonly PendingAppend[], onWritten: (item: PendingAppend) => void): Promise<void> {
    let i = 0;
    while (i < group.length) {
      const first = group[i] as PendingAppend;
      await this.maybeRoll(first.records.length, first.summary);
      let end = i + 1;
      let runBytes = first.records.length;
      let runBatches = first.summary.batchCount;
      for (; end < group.length; end += 1) {
        const next = group[end] as PendingAppend;
        if (this.shouldRoll(runBytes + next.records.length, runBatches + next.summary.batchCount, next.summary, first.summary)) break;
        runBytes += next.records.length;
        runBatches += next.summary.batchCount;
      }
      const run = group.slice(i, end);
      const segment = this.activeSegment;
      await segment.appendAll(run.map((p) => p.records), this.config.indexIntervalBytes);
      for (const item of run) {
        // Before the log end passes the marker, so a read_committed reader never misses the abort.
        if (item.abortedTxns !== undefined) await segment.txnIndex.append(item.abortedTxns);
        onWritten(item);
        this.endOffset = item.summary.lastOffset + 1;
      }
      this.reader.tail.appended(run.map((p) => p.records), first.summary.firstOffset, this.endOffset - 1);
      i = end;
    }
  }

  /** Undoes a write that failed part-way: segments it created removed, the active one cut back with its indexes. */
  async rollBackTo(before: AppendRollbackPoint): Promise<void> {
    const created = this.segments.splice(before.segmentCount);
    this.reader.invalidate();
    for (const segment of created) await segment.deleteFiles();
    await this.activeSegment.truncateToSize(before.activeSizeBytes, before.endOffset);
    this.endOffset = before.endOffset;
    this.recoveryPointOffset = Math.min(this.recoveryPointOffset, this.endOffset);
  }

  private shouldRoll(pendingBytes: number, pendingBatches: number, summary: BatchesSummary, firstPending?: BatchesSummary): boolean {
    return shouldRollSegment(this.activeSegment, this.config, { pendingBytes, pendingBatches, summary, firstPending });
  }

  /** Rolls before a write that the active segment should not take (Kafka's maybeRoll). */
  private async maybeRoll(sizeBytes: number, summary: BatchesSummary): Promise<void> {
    if (this.shouldRoll(sizeBytes, summary.batchCount, summary)) await this.roll(summary.firstOffset);
  }

  /** Starts a new active segment at `newBaseOffset`; the old one is flushed in the background. */
  private async roll(newBaseOffset: number): Promise<void> {
    const previous = this.activeSegment;
    if (previous.baseOffset === newBaseOffset) {
      if (previous.sizeBytes > 0) throw new Error(`${this.topicPartition}: segment ${newBaseOffset} already exists`);
      return;
    }
    previous.onBecomeInactive();
    this.segments.push(await LogSegment.create(this.fileSystem, this.dir, newBaseOffset, this.config));
    this.logger?.debug({ baseOffset: newBaseOffset }, 'rolled new log segment');
    if (this.onRoll !== undefined) await this.onRoll();
    // Kafka schedules a flush of everything before the new segment; it becomes the recovery point.
    const flush = this.flushUpTo(newBaseOffset).catch((err: unknown) => {
      this.logger?.error({ err }, 'background flush after roll failed');
    });
    this.backgroundFlushes.add(flush);
    void flush.finally(() => this.backgroundFlushes.delete(flush));
  }

  /** Removes every offset >= `offset`, which must lie within the oldest segment or above. */
  async truncateTo(offset: number): Promise<void> {
    const doomed = this.segments.filter((s) => s.baseOffset > offset);
    this.segments = this.segments.filter((s) => s.baseOffset <= offset);
    this.reader.invalidate();
    await this.deleteSegments(doomed);
    await this.activeSegment.truncateTo(offset);
    this.endOffset = this.activeSegment.nextOffset;
    this.recoveryPointOffset = Math.min(this.recoveryPointOffset, this.endOffset);
  }

  /** Drops every segment and restarts empty at `offset`. */
  async resetTo(offset: number): Promise<void> {
    const doomed = this.segments;
    this.segments = [];
    this.reader.invalidate();
    await this.deleteSegments(doomed);
    this.segments = [await LogSegment.create(this.fileSystem, this.dir, offset, this.config)];
    this.endOffset = offset;
    this.recoveryPointOffset = offset;
  }

  /**
   * Swaps a cleaned segment in for the consecutive `replaced` segments (Kafka's replaceSegments):
   * `.cleaned` files become `.swap`, the old segments are renamed `.deleted`, then the `.swap`
   * files take the live names. A crash at any point is finished by recovery from the `.swap`
   * files. Changes nothing and returns false when any replaced segment left the log meanwhile
   * (retention, truncation) or became the active segment.
   */
  async replaceSegments(cleaned: LogSegment, replaced: readonly LogSegment[]): Promise<boolean> {
    const first = this.segments.indexOf(replaced[0] as LogSegment);
    const stillThere = first >= 0 && replaced.every((s, i) => this.segments[first + i] === s);
    if (!stillThere || first + replaced.length >= this.segments.length) return false;
    await cleaned.changeFileSuffixes(cleanedFileSuffix, swapFileSuffix);
    this.segments.splice(first, replaced.length, cleaned);
    this.reader.invalidate();
    await this.deleteSegments(replaced);
    await cleaned.changeFileSuffixes(swapFileSuffix, '');
    return true;
  }

  /** How many of the oldest segments `predicate` lets retention delete (log-retention.ts). */
  countDeletableSegments(bounds: { highWatermark: number; logEndOffset: number }, predicate: SegmentPredicate): number {
    return countDeletableSegments(this.segments, bounds, predicate);
  }

  /** Takes the `count` oldest segments out of the log; rolls first when that is all of them, so one remains. */
  async removeOldestSegments(count: number): Promise<readonly LogSegment[]> {
    if (count === this.segments.length) await this.roll(this.endOffset);
    const removed = this.segments.slice(0, count);
    this.segments = this.segments.slice(count);
    this.reader.invalidate();
    return removed;
  }

  /** Renames now, removes after file.delete.delay.ms so in-flight reads can finish. */
  async deleteSegments(segments: readonly LogSegment[]): Promise<void> {
    for (const segment of segments) await this.deleter.schedule(segment, this.config.fileDeleteDelayMs);
  }

  /** fsyncs the segments holding [recoveryPoint, offset) and advances the recovery point. */
  async flushUpTo(offset: number): Promise<void> {
    if (offset <= this.recoveryPointOffset) return;
    const from = this.recoveryPointOffset;
    const segments = this.segments.filter((s, i) => {
      const next = this.segments[i + 1];
      return s.baseOffset < offset && (next === undefined || next.baseOffset > from);
    });
    for (const segment of segments) await segment.flush();
    this.recoveryPointOffset = Math.max(this.recoveryPointOffset, Math.min(offset, this.endOffset));
    this.lastFlushTimeMs = this.clock.nowMs();
  }

  /** Waits for background flushes, then closes every file and finishes pending deletions. */
  async close(): Promise<void> {
    this.reader.invalidate();
    this.reader.tail.release();
    await Promise.all([...this.backgroundFlushes]);
    this.activeSegment.onBecomeInactive();
    await Promise.all(this.segments.map((s) => s.close()));
    await this.deleter.deleteAllNow();
  }
}
