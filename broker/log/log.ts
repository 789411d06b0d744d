/**
 * One partition's log (Kafka's `Log`): an ordered list of segments, the last one active.
 *
 * Invariants: logStartOffset <= highWatermark <= logEndOffset <= nextOffset; logEndOffset moves
 * only after the bytes are in the segment file, so readers never see unwritten data; appends,
 * rolls, truncations and retention run one at a time, in call order, on its append queue (log-append-queue.ts).
 */
import { type Logger } from 'pino';
import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import { summarizeBatches, type BatchesSummary } from './batches';
import {
  assignEpochsFromHeaders, isIoError, shouldRollSegment, type AppendRollbackPoint, type LogAppendInfo, type PendingAppend,
} from './log-append';
import { LogAppendQueue } from './log-append-queue';
import { LeaderEpochFileCache } from './leader-epoch-cache';
import { hasCompactPolicy, hasDeletePolicy, type LogConfig } from './log-config';
import { LogAppendAbandonedError, LogStorageError, OffsetOutOfRangeError, UnexpectedAppendOffsetError } from './log-errors';
import { AppendOrigin, assignOffsetsAndTimestamps, validateRecords, type LogValidatorConfig, type ValidatedRecords } from './log-validator';
import { type LogFileSystem } from './file-system';
import { loadSegments, type RecoveryListener } from './log-recovery';
import { cleanedFileSuffix, LogSegment, swapFileSuffix } from './log-segment';
import { LogReader, type LogReadOptions, type LogReadResult } from './log-reader';
import { LogSegmentDeleter } from './log-segment-deleter';
import { ProducerStateManager, producerBatchesOf } from './producer-state';
import { rebuildProducerState } from './producer-state-recovery';
import { countDeletableSegments, logStartOffsetBreached, retentionMsBreached, retentionSizeBreached, type SegmentPredicate } from './log-retention';

export { OffsetOutOfRangeError, UnexpectedAppendOffsetError, LogStorageError, LogAppendQueueFullError, LogAppendAbandonedError } from './log-errors';
export type { LogReadResult } from './log-reader';
export type { LogAppendInfo } from './log-append';
export { appendGroupItemsMax, appendQueueDepthMax } from './log-append-queue';
/** ListOffsets sentinels (Kafka's EARLIEST_TIMESTAMP / LATEST_TIMESTAMP). */
export const earliestTimestamp = -2;
export const latestTimestamp = -1;

export interface LogLoadOptions {
  fileSystem: LogFileSystem;
  dir: string;
  topic: string;
  partition: number;
  config: LogConfig;
  recoveryPoint?: number;
  logStartOffset?: number;
  highWatermark?: number;
  cleanShutdown?: boolean;
  logger?: Logger;
  nowMs?: () => number;
  recoveryListener?: RecoveryListener;
  /** transactional.id.expiration.ms: idle producers are forgotten after this long. */
  producerIdExpirationMs?: number;
}

export class Log {
  readonly topic: string;
  readonly partition: number;
  readonly dir: string;
  readonly fileSystem: LogFileSystem;
  config: LogConfig;
  readonly leaderEpochCache: LeaderEpochFileCache;
  /** Idempotent-producer state (KIP-98): fed by every batch this log writes. */
  readonly producerState: ProducerStateManager;
  /** Wall-clock ms of the last flush; the log manager's flush.ms task reads it. */
  lastFlushTimeMs: number;
  /** Called after a truncation removed offsets >= the one given (the cleaner lowers its checkpoint). */
  onTruncated: ((offset: number) => void) | undefined;
  private segments: LogSegment[];
  private startOffset: number;
  private endOffset: number;
  /** Next offset to hand out: ahead of endOffset while reserved appends are queued. */
  private nextOffset: number;
  private hw: number;
  private recoveryPointOffset: number;
  private readonly queue: LogAppendQueue;
  /** Grows on every rollback: appends reserved under an older value were given back. */
  private reservation = 0;
  private readonly backgroundFlushes = new Set<Promise<void>>();
  private readonly reader: LogReader;
  private readonly deleter: LogSegmentDeleter;
  private readonly logger: Logger | undefined;
  private readonly clock: () => number;

  private constructor(opts: LogLoadOptions, segments: LogSegment[], cache: LeaderEpochFileCache) {
    this.topic = opts.topic;
    this.partition = opts.partition;
    this.dir = opts.dir;
    this.fileSystem = opts.fileSystem;
    this.config = opts.config;
    this.segments = segments;
    this.leaderEpochCache = cache;
    this.producerState = new ProducerStateManager(opts.producerIdExpirationMs);
    this.logger = opts.logger;
    this.clock = opts.nowMs ?? Date.now;
    this.lastFlushTimeMs = this.clock();
    const last = segments[segments.length - 1] as LogSegment;
    this.endOffset = last.nextOffset;
    this.nextOffset = this.endOffset;
    this.startOffset = Math.max(opts.logStartOffset ?? 0, (segments[0] as LogSegment).baseOffset);
    this.recoveryPointOffset = Math.min(opts.recoveryPoint ?? 0, this.endOffset);
    this.hw = this.clamp(opts.highWatermark ?? 0);
    this.reader = new LogReader(() => this.segments);
    this.deleter = new LogSegmentDeleter(this.logger);
    this.queue = new LogAppendQueue(this.topicPartition, (group) => this.writeGroup(group));
  }

  /** Opens (or creates) the partition directory's log; recovers it unless the shutdown was clean. */
  static async load(opts: LogLoadOptions): Promise<Log> {
    await opts.fileSystem.mkdir(opts.dir);
    const loaded = await loadSegments({
      fileSystem: opts.fileSystem,
      dir: opts.dir,
      config: opts.config,
      recoveryPoint: opts.recoveryPoint ?? 0,
      cleanShutdown: opts.cleanShutdown ?? false,
      listener: opts.recoveryListener,
    });
    const cache = await LeaderEpochFileCache.load(opts.fileSystem, opts.dir);
    const segments = loaded.segments;
    if (segments.length === 0) segments.push(await LogSegment.create(opts.fileSystem, opts.dir, opts.logStartOffset ?? 0, opts.config));
    for (const batch of loaded.recoveredBatches) cache.assign(batch.partitionLeaderEpoch, batch.baseOffset);
    const log = new Log(opts, segments, cache);
    if (log.endOffset < (opts.logStartOffset ?? 0)) {
      // Segment files vanished below the checkpointed start (Kafka wipes and restarts there).
      await log.truncateFullyAndStartAt(opts.logStartOffset ?? 0);
    }
    cache.truncateFromEnd(log.endOffset);
    cache.truncateFromStart(log.startOffset);
    if (cache.needsFlush) await cache.flush();
    await rebuildProducerState(log.segments, log.producerState);
    return log;
  }

  get topicPartition(): string {
    return `${this.topic}-${this.partition}`;
  }
  get logStartOffset(): number {
    return this.startOffset;
  }
  get logEndOffset(): number {
    return this.endOffset;
  }
  get highWatermark(): number {
    return this.hw;
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
  /** A snapshot of the segments, oldest first; the last is the active one. */
  logSegments(): readonly LogSegment[] {
    return this.segments.slice();
  }

  private clamp(offset: number): number {
    return Math.min(Math.max(offset, this.startOffset), this.endOffset);
  }

  /** Sets the high watermark, clamped to [logStartOffset, logEndOffset] (Kafka's updateHighWatermark). */
  setHighWatermark(offset: number): void {
    this.hw = this.clamp(offset);
  }

  /**
   * Leader append (Kafka's appendAsLeader): validates the batches (log-validator.ts), checks
   * producer state (analyzeAndValidateProducerState), then reserves offsets synchronously and
   * stamps them, the epoch and timestamps in place, so calls get consecutive ranges in call
   * order. A retry of one of a producer's last 5 batches writes nothing and resolves with the
   * original offsets and sizeBytes 0; a fenced epoch, a sequence gap or an invalid batch throws.
   */
  appendAsLeader(records: Buffer, opts: { leaderEpoch: number; nowMs: number }): Promise<LogAppendInfo> {
    return this.validateThen(records, AppendOrigin.Client, (validated) => this.appendValidatedAsLeader(records, validated, opts));
  }

  /** Follower append: validated as stored batches, written with the leader's offsets and epochs. */
  appendAsFollower(records: Buffer): Promise<LogAppendInfo> {
    return this.validateThen(records, AppendOrigin.Replication, () => this.appendValidatedAsFollower(records));
  }

  /** Validates, then appends in call order (log-append-queue.ts). */
  private validateThen(records: Buffer, origin: AppendOrigin, append: (validated: ValidatedRecords) => Promise<LogAppendInfo>): Promise<LogAppendInfo> {
    try {
      this.queue.checkAcceptingAppends();
      // Kafka checks followers too; here a leader's read never exceeds one of its segments.
      if (origin === AppendOrigin.Client && records.length > this.config.segmentBytes) {
        throw new SamsaProtocolError(ErrorCode.RECORD_LIST_TOO_LARGE, `${records.length} bytes exceed segment.bytes ${this.config.segmentBytes} of ${this.topicPartition}`);
      }
      const config: LogValidatorConfig = { maxMessageBytes: this.config.maxMessageBytes, compacted: hasCompactPolicy(this.config), topicPartition: this.topicPartition };
      return this.queue.inCallOrder(validateRecords(records, origin, config), append);
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }

  private appendValidatedAsLeader(records: Buffer, validated: ValidatedRecords, opts: { leaderEpoch: number; nowMs: number }): Promise<LogAppendInfo> {
    const producerBatches = producerBatchesOf(records);
    const duplicate = producerBatches.length > 0 ? this.producerState.checkLeaderAppend(producerBatches) : undefined;
    if (duplicate !== undefined) {
      // Answer after the original write (possibly still queued) has settled.
      return this.queue.chain(() => Promise.resolve({ firstOffset: duplicate.firstOffset, lastOffset: duplicate.lastOffset, logAppendTimeMs: -1, recordCount: 0, sizeBytes: 0 }));
    }
    const logAppendTimeMs = this.config.messageTimestampType === 'LogAppendTime' ? opts.nowMs : -1;
    const summary = assignOffsetsAndTimestamps(records, validated, { firstOffset: this.nextOffset, leaderEpoch: opts.leaderEpoch, logAppendTimeMs });
    this.nextOffset = summary.lastOffset + 1;
    // Updated on reservation, not on write, so the next append is checked against this one.
    if (producerBatches.length > 0) this.producerState.onRecordsAppended(records);
    return this.queue.write({ records, summary, leaderEpoch: opts.leaderEpoch, logAppendTimeMs, reservation: this.reservation });
  }

  private appendValidatedAsFollower(records: Buffer): Promise<LogAppendInfo> {
    const summary = summarizeBatches(records);
    if (summary.firstOffset < this.nextOffset) {
      return Promise.reject(new UnexpectedAppendOffsetError(this.topicPartition, summary.firstOffset, this.nextOffset));
    }
    this.nextOffset = summary.lastOffset + 1;
    // Followers keep producer state too, so that a new leader can still detect retries.
    this.producerState.onRecordsAppended(records);
    return this.queue.write({ records, summary, leaderEpoch: undefined, logAppendTimeMs: -1, reservation: this.reservation });
  }

  /** Writes one group of queued appends in order, rolling where needed (group commit); undone on failure. */
  private async writeGroup(queued: readonly PendingAppend[]): Promise<void> {
    const group = this.dropAbandoned(queued);
    const before: AppendRollbackPoint = { endOffset: this.endOffset, segmentCount: this.segments.length, activeSizeBytes: this.activeSegment.sizeBytes };
    try {
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
        await this.activeSegment.appendAll(run.map((p) => p.records), this.config.indexIntervalBytes);
        for (const item of run) this.onWritten(item);
        i = end;
      }
    } catch (err) {
      await this.rollBack(before, err);
    }
    if (this.leaderEpochCache.needsFlush) await this.leaderEpochCache.flush();
    if (this.endOffset - this.recoveryPointOffset >= this.config.flushIntervalMessages) await this.flushUpTo(this.endOffset);
  }

  /** Appends reserved before a rollback hold offsets given back: they fail, unwritten. Returns the rest. */
  private dropAbandoned(group: readonly PendingAppend[]): readonly PendingAppend[] {
    const abandoned = group.filter((item) => item.reservation !== this.reservation);
    this.queue.settle(abandoned, new LogAppendAbandonedError(this.topicPartition));
    return abandoned.length === 0 ? group : group.filter((item) => item.reservation === this.reservation);
  }

  /**
   * Undoes a write that failed part-way: new segments removed, the active one cut back with its
   * indexes, offsets, epochs and producer state given back; appends queued behind it are
   * abandoned. Only an I/O error or a failed rollback takes the log offline (Kafka marks the log
   * directory offline on an IOException); anything else leaves it writable. Always throws.
   */
  private async rollBack(before: AppendRollbackPoint, err: unknown): Promise<never> {
    this.reservation += 1;
    try {
      const created = this.segments.splice(before.segmentCount);
      this.reader.invalidate();
      for (const segment of created) await segment.deleteFiles();
      await this.activeSegment.truncateToSize(before.activeSizeBytes, before.endOffset);
      this.endOffset = before.endOffset;
      this.nextOffset = before.endOffset;
      this.hw = Math.min(this.hw, this.endOffset);
      this.recoveryPointOffset = Math.min(this.recoveryPointOffset, this.endOffset);
      this.leaderEpochCache.truncateFromEnd(this.endOffset);
      this.producerState.truncateFrom(this.endOffset);
    } catch (rollbackErr) {
      throw this.goOffline(rollbackErr, 'log append failed and could not be undone; log is offline');
    }
    if (isIoError(err)) throw this.goOffline(err, 'log append failed on I/O; log is offline');
    this.logger?.error({ err, logEndOffset: this.endOffset }, 'log append failed; undone, the log stays writable');
    throw err;
  }

  private goOffline(cause: unknown, message: string): LogStorageError {
    const failure = new LogStorageError(this.topicPartition, cause);
    this.queue.fail(failure);
    this.logger?.error({ err: cause }, message);
    return failure;
  }

  /** `leaderEpoch` undefined: take each batch's epoch from its header (follower). */
  private onWritten(item: PendingAppend): void {
    const { records, summary, leaderEpoch } = item;
    if (leaderEpoch !== undefined) {
      if (leaderEpoch > this.leaderEpochCache.latestEpoch()) this.leaderEpochCache.assign(leaderEpoch, summary.firstOffset);
    } else {
      assignEpochsFromHeaders(this.leaderEpochCache, records);
    }
    this.endOffset = summary.lastOffset + 1;
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
    // Kafka schedules a flush of everything before the new segment; it becomes the recovery point.
    const flush = this.flushUpTo(newBaseOffset).catch((err: unknown) => {
      this.logger?.error({ err }, 'background flush after roll failed');
    });
    this.backgroundFlushes.add(flush);
    void flush.finally(() => this.backgroundFlushes.delete(flush));
  }

  read(opts: LogReadOptions): Promise<LogReadResult> {
    const logStartOffset = this.startOffset;
    const logEndOffset = this.endOffset;
    if (opts.startOffset < logStartOffset || opts.startOffset > logEndOffset) {
      return Promise.reject(new OffsetOutOfRangeError(this.topicPartition, opts.startOffset, logStartOffset, logEndOffset));
    }
    return this.reader.read(opts, logStartOffset, logEndOffset);
  }

  /** ListOffsets by time: -2 earliest, -1 latest, else the first batch whose max timestamp reaches it. */
  async fetchOffsetByTimestamp(timestampMs: number): Promise<{ offset: number; timestamp: number } | undefined> {
    if (timestampMs === earliestTimestamp) return { offset: this.startOffset, timestamp: -1 };
    if (timestampMs === latestTimestamp) return { offset: this.endOffset, timestamp: -1 };
    return this.reader.findOffsetByTimestamp(timestampMs, this.startOffset);
  }

  /** Advances the log start (DeleteRecords, or a follower copying its leader's); never past the HW. */
  maybeIncrementLogStartOffset(offset: number): void {
    if (offset <= this.startOffset) return;
    if (offset > this.hw) throw new OffsetOutOfRangeError(this.topicPartition, offset, this.startOffset, this.hw);
    this.startOffset = offset;
    this.leaderEpochCache.truncateFromStart(offset);
    this.producerState.truncateBefore(offset);
    if (this.leaderEpochCache.needsFlush) void this.leaderEpochCache.flush().catch((err: unknown) => this.logger?.error({ err }, 'epoch checkpoint failed'));
  }

  /** Removes every offset >= `offset` (follower truncation, KIP-101). */
  truncateTo(offset: number): Promise<void> {
    if (offset < 0) return Promise.reject(new Error(`${this.topicPartition}: cannot truncate to ${offset}`));
    return this.queue.enqueue(async () => {
      if (offset >= this.endOffset) return;
      if ((this.segments[0] as LogSegment).baseOffset > offset) return this.resetTo(offset);
      const doomed = this.segments.filter((s) => s.baseOffset > offset);
      this.segments = this.segments.filter((s) => s.baseOffset <= offset);
      this.reader.invalidate();
      await this.deleteSegments(doomed);
      await this.activeSegment.truncateTo(offset);
      this.endOffset = this.activeSegment.nextOffset;
      this.nextOffset = this.endOffset;
      this.startOffset = Math.min(this.startOffset, this.endOffset);
      this.hw = Math.min(this.hw, this.endOffset);
      this.recoveryPointOffset = Math.min(this.recoveryPointOffset, this.endOffset);
      this.leaderEpochCache.truncateFromEnd(this.endOffset);
      this.producerState.truncateFrom(this.endOffset);
      if (this.leaderEpochCache.needsFlush) await this.leaderEpochCache.flush();
      this.onTruncated?.(this.endOffset);
      this.logger?.info({ offset, logEndOffset: this.endOffset }, 'truncated log');
    });
  }

  /** Drops all data and restarts the log empty at `offset`. */
  truncateFullyAndStartAt(offset: number): Promise<void> {
    return this.queue.enqueue(() => this.resetTo(offset));
  }

  private async resetTo(offset: number): Promise<void> {
    const doomed = this.segments;
    this.segments = [];
    this.reader.invalidate();
    await this.deleteSegments(doomed);
    this.segments = [await LogSegment.create(this.fileSystem, this.dir, offset, this.config)];
    this.startOffset = offset;
    this.endOffset = offset;
    this.nextOffset = offset;
    this.hw = offset;
    this.recoveryPointOffset = offset;
    this.leaderEpochCache.clear();
    this.producerState.clear();
    await this.leaderEpochCache.flush();
    this.onTruncated?.(offset);
    this.logger?.info({ offset }, 'truncated log fully');
  }

  /**
   * Swaps a cleaned segment in for the consecutive `replaced` segments (Kafka's replaceSegments):
   * `.cleaned` files become `.swap`, the old segments are renamed `.deleted`, then the `.swap`
   * files take the live names. A crash at any point is finished by recovery from the `.swap`
   * files. Changes nothing and returns false when any replaced segment left the log meanwhile
   * (retention, truncation) or became the active segment.
   */
  replaceSegments(cleaned: LogSegment, replaced: readonly LogSegment[]): Promise<boolean> {
    return this.queue.enqueue(async () => {
      const first = this.segments.indexOf(replaced[0] as LogSegment);
      const stillThere = first >= 0 && replaced.every((s, i) => this.segments[first + i] === s);
      if (!stillThere || first + replaced.length >= this.segments.length) return false;
      await cleaned.changeFileSuffixes(cleanedFileSuffix, swapFileSuffix);
      this.segments.splice(first, replaced.length, cleaned);
      this.reader.invalidate();
      await this.deleteSegments(replaced);
      await cleaned.changeFileSuffixes(swapFileSuffix, '');
      return true;
    });
  }

  /** Renames now, removes after file.delete.delay.ms so in-flight reads can finish. */
  private async deleteSegments(segments: readonly LogSegment[]): Promise<void> {
    for (const segment of segments) await this.deleter.schedule(segment, this.config.fileDeleteDelayMs);
  }

  /**
   * Retention (Kafka's deleteOldSegments): by time and size when cleanup.policy has `delete`, and
   * segments wholly below the log start. Returns how many segments were deleted.
   */
  deleteRetentionExpiredSegments(nowMs: number): Promise<number> {
    return this.queue.enqueue(async () => {
      let deleted = 0;
      if (hasDeletePolicy(this.config)) {
        deleted += await this.deleteOldSegments(retentionMsBreached(nowMs, this.config.retentionMs));
        deleted += await this.deleteOldSegments(retentionSizeBreached(this.sizeInBytes, this.config.retentionBytes));
      }
      deleted += await this.deleteOldSegments(logStartOffsetBreached(this.startOffset));
      // Piggybacks on the retention task (Kafka runs a separate producer-id expiration check).
      this.producerState.removeExpiredProducers(nowMs);
      return deleted;
    });
  }

  private async deleteOldSegments(predicate: SegmentPredicate | undefined): Promise<number> {
    if (predicate === undefined) return 0;
    const bounds = { highWatermark: this.hw, logEndOffset: this.endOffset };
    const count = countDeletableSegments(this.segments, bounds, predicate);
    if (count === 0) return 0;
    // Never leave the log without a segment: roll so an empty active one remains.
    if (count === this.segments.length) await this.roll(this.endOffset);
    const doomed = this.segments.slice(0, count);
    this.segments = this.segments.slice(count);
    this.reader.invalidate();
    this.startOffset = Math.max(this.startOffset, (this.segments[0] as LogSegment).baseOffset);
    this.leaderEpochCache.truncateFromStart(this.startOffset);
    this.producerState.truncateBefore(this.startOffset);
    if (this.leaderEpochCache.needsFlush) await this.leaderEpochCache.flush();
    await this.deleteSegments(doomed);
    this.logger?.info({ segments: count, logStartOffset: this.startOffset }, 'deleted old log segments');
    return count;
  }

  /** fsyncs the segments holding [recoveryPoint, offset) and advances the recovery point. */
  private async flushUpTo(offset: number): Promise<void> {
    if (offset <= this.recoveryPointOffset) return;
    const from = this.recoveryPointOffset;
    const segments = this.segments.filter((s, i) => {
      const next = this.segments[i + 1];
      return s.baseOffset < offset && (next === undefined || next.baseOffset > from);
    });
    for (const segment of segments) await segment.flush();
    this.recoveryPointOffset = Math.max(this.recoveryPointOffset, Math.min(offset, this.endOffset));
    this.lastFlushTimeMs = this.clock();
  }

  flush(): Promise<void> {
    return this.flushUpTo(this.endOffset);
  }

  /** Waits for queued appends and background flushes, then closes every file. */
  async close(): Promise<void> {
    await this.queue.drain();
    await Promise.all([...this.backgroundFlushes]);
    this.activeSegment.onBecomeInactive();
    await Promise.all(this.segments.map((s) => s.close()));
    await this.deleter.deleteAllNow();
    if (this.leaderEpochCache.needsFlush) await this.leaderEpochCache.flush();
  }
}
