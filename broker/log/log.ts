/**
 * One partition's log (Kafka's `Log`, `UnifiedLog` since Kafka 3): validation and offset
 * assignment of appends (log-validator.ts), the log start offset, the high watermark, the leader
 * epoch cache, idempotent-producer state and retention, over its segments on disk (local-log.ts).
 *
 * Invariants: logStartOffset <= highWatermark <= logEndOffset <= nextOffset; logEndOffset moves
 * only after the bytes are in the segment file, so readers never see unwritten data; appends,
 * rolls, truncations and retention run one at a time, in call order, on its append queue
 * (log-append-queue.ts).
 */
import { type Logger } from 'pino';
import type { Clock } from '../clock';
import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import { summarizeBatches } from './batches';
import { LocalLog } from './local-log';
import { assignEpochsFromHeaders, isIoError, type AppendRollbackPoint, type LogAppendInfo, type PendingAppend } from './log-append';
import { LogAppendQueue } from './log-append-queue';
import { LeaderEpochFileCache } from './leader-epoch-cache';
import { hasCompactPolicy, hasDeletePolicy, type LogConfig } from './log-config';
import { LogAppendAbandonedError, LogStorageError, OffsetOutOfRangeError, UnexpectedAppendOffsetError } from './log-errors';
import { AppendOrigin, assignOffsetsAndTimestamps, validateRecords, type LogValidatorConfig, type ValidatedRecords } from './log-validator';
import { type LogFileSystem } from './file-system';
import { loadSegments, type RecoveryListener } from './log-recovery';
import { LogSegment } from './log-segment';
import { type LogReadOptions, type LogReadResult } from './log-reader';
import { ProducerStateManager, producerBatchesOf, type AbortedTxn, type ProducerStateEntry } from './producer-state';
import { loadProducerState } from './producer-state-recovery';
import { deleteSnapshots } from './producer-state-snapshot';
import {
  collectAbortedTransactions, deleteSnapshotsBefore, reloadProducerState, takeProducerSnapshot, type LogTransactionContext,
} from './log-transactions';
import { logStartOffsetBreached, retentionMsBreached, retentionSizeBreached, type SegmentPredicate } from './log-retention';
import { earliestTimestamp, latestTimestamp } from '../../proto/sentinels';

export { OffsetOutOfRangeError, UnexpectedAppendOffsetError, LogStorageError, LogAppendQueueFullError, LogAppendAbandonedError } from './log-errors';
export type { LogReadResult } from './log-reader';
export type { LogAppendInfo } from './log-append';
export { appendGroupItemsMax, appendQueueDepthMax } from './log-append-queue';

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
  /** The broker's clock: flush times and delayed segment deletion. */
  clock: Clock;
  recoveryListener?: RecoveryListener;
  /** transactional.id.expiration.ms: idle producers are forgotten after this long. */
  producerIdExpirationMs?: number;
  /** Bytes of recent appends served from memory (log-tail-cache.ts); 0 reads every fetch from the file. */
  tailCacheBytes?: number;
}

export class Log {
  readonly topic: string;
  readonly partition: number;
  readonly leaderEpochCache: LeaderEpochFileCache;
  /** Producer state (KIP-98: idempotence and transactions): fed by every batch this log writes. */
  readonly producerState: ProducerStateManager;
  /** Called after a truncation removed offsets >= the one given (the cleaner lowers its checkpoint). */
  onTruncated: ((offset: number) => void) | undefined;
  private readonly local: LocalLog;
  private startOffset: number;
  /** Next offset to hand out: ahead of endOffset while reserved appends are queued. */
  private nextOffset: number;
  private hw: number;
  private readonly queue: LogAppendQueue;
  /** Grows on every rollback: appends reserved under an older value were given back. */
  private reservation = 0;
  private readonly logger: Logger | undefined;

  private constructor(opts: LogLoadOptions, segments: LogSegment[], cache: LeaderEpochFileCache) {
    this.topic = opts.topic;
    this.partition = opts.partition;
    this.leaderEpochCache = cache;
    this.producerState = new ProducerStateManager(opts.producerIdExpirationMs);
    this.logger = opts.logger;
    this.local = new LocalLog({
      fileSystem: opts.fileSystem, dir: opts.dir, topicPartition: this.topicPartition, config: opts.config,
      recoveryPoint: opts.recoveryPoint ?? 0, logger: opts.logger, clock: opts.clock, tailCacheBytes: opts.tailCacheBytes,
      // Kafka snapshots producer state at every roll, so a load replays about one segment.
      onRoll: () => takeProducerSnapshot(this.txnContext, this.nextOffset),
    }, segments);
    this.nextOffset = this.logEndOffset;
    this.startOffset = Math.max(opts.logStartOffset ?? 0, this.local.firstSegmentBaseOffset);
    this.hw = this.clamp(opts.highWatermark ?? 0);
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
    if (log.logEndOffset < (opts.logStartOffset ?? 0)) {
      // Segment files vanished below the checkpointed start (Kafka wipes and restarts there).
      await log.truncateFullyAndStartAt(opts.logStartOffset ?? 0);
    }
    cache.truncateFromEnd(log.logEndOffset);
    cache.truncateFromStart(log.startOffset);
    if (cache.needsFlush) await cache.flush();
    await loadProducerState({
      fileSystem: opts.fileSystem, dir: opts.dir, segments: log.logSegments(), logEndOffset: log.logEndOffset,
      replayFromAtMost: loaded.firstScannedBaseOffset ?? log.logEndOffset,
    }, log.producerState);
    log.producerState.onHighWatermarkUpdated(log.hw);
    return log;
  }

  private get txnContext(): LogTransactionContext {
    return { fileSystem: this.local.fileSystem, dir: this.local.dir, producerState: this.producerState, logger: this.logger };
  }

  get topicPartition(): string {
    return `${this.topic}-${this.partition}`;
  }
  get dir(): string {
    return this.local.dir;
  }
  get fileSystem(): LogFileSystem {
    return this.local.fileSystem;
  }
  get config(): LogConfig {
    return this.local.config;
  }
  set config(config: LogConfig) {
    this.local.config = config;
  }
  /** Wall-clock ms of the last flush; the log manager's flush.ms task reads it. */
  get lastFlushTimeMs(): number {
    return this.local.lastFlushTimeMs;
  }
  get logStartOffset(): number {
    return this.startOffset;
  }
  get logEndOffset(): number {
    return this.local.logEndOffset;
  }
  get highWatermark(): number {
    return this.hw;
  }
  get recoveryPoint(): number {
    return this.local.recoveryPoint;
  }
  get sizeInBytes(): number {
    return this.local.sizeInBytes;
  }
  get numberOfSegments(): number {
    return this.local.numberOfSegments;
  }
  get activeSegment(): LogSegment {
    return this.local.activeSegment;
  }
  /** A snapshot of the segments, oldest first; the last is the active one. */
  logSegments(): readonly LogSegment[] {
    return this.local.logSegments();
  }

  private clamp(offset: number): number {
    return Math.min(Math.max(offset, this.startOffset), this.logEndOffset);
  }

  /** Sets the high watermark, clamped to [logStartOffset, logEndOffset] (Kafka's updateHighWatermark). */
  setHighWatermark(offset: number): void {
    this.hw = this.clamp(offset);
    this.producerState.onHighWatermarkUpdated(this.hw);
  }

  /**
   * The last stable offset (KIP-98): read_committed readers see only offsets below it. The first
   * offset of the oldest open transaction (or of a completed one whose marker is not yet
   * replicated), never above the high watermark.
   */
  get lastStableOffset(): number {
    const firstUnstable = this.producerState.firstUnstableOffset();
    return firstUnstable === undefined ? this.hw : Math.min(firstUnstable, this.hw);
  }

  /** Every producer's state (DescribeProducers). */
  activeProducers(): ProducerStateEntry[] {
    return this.producerState.activeProducers();
  }

  /** The aborted transactions overlapping [startOffset, upperBoundOffset), for a read_committed fetch. */
  collectAbortedTransactions(startOffset: number, upperBoundOffset: number): AbortedTxn[] {
    return collectAbortedTransactions(this.local.logSegments(), startOffset, upperBoundOffset);
  }

  /**
   * Leader append (Kafka's appendAsLeader): validates the batches (log-validator.ts), checks
   * producer state (analyzeAndValidateProducerState), then reserves offsets synchronously and
   * stamps them, the epoch and timestamps in place, so calls get consecutive ranges in call
   * order. A retry of one of a producer's last 5 batches writes nothing and resolves with the
   * original offsets and sizeBytes 0; a fenced epoch, a sequence gap or an invalid batch throws.
   */
  appendAsLeader(records: Buffer, opts: { leaderEpoch: number; nowMs: number; origin?: AppendOrigin }): Promise<LogAppendInfo> {
    return this.validateThen(records, opts.origin ?? AppendOrigin.Client, (validated) => this.appendValidatedAsLeader(records, validated, opts));
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
    const abortedTxns = producerBatches.length > 0 ? this.producerState.onRecordsAppended(records) : undefined;
    return this.queue.write({ records, summary, leaderEpoch: opts.leaderEpoch, logAppendTimeMs, reservation: this.reservation, abortedTxns });
  }

  private appendValidatedAsFollower(records: Buffer): Promise<LogAppendInfo> {
    const summary = summarizeBatches(records);
    if (summary.firstOffset < this.nextOffset) {
      return Promise.reject(new UnexpectedAppendOffsetError(this.topicPartition, summary.firstOffset, this.nextOffset));
    }
    this.nextOffset = summary.lastOffset + 1;
    // Followers keep producer state too, so that a new leader can still detect retries and knows open transactions.
    const abortedTxns = this.producerState.onRecordsAppended(records);
    return this.queue.write({ records, summary, leaderEpoch: undefined, logAppendTimeMs: -1, reservation: this.reservation, abortedTxns });
  }

  /** Writes one group of queued appends in order, rolling where needed (group commit); undone on failure. */
  private async writeGroup(queued: readonly PendingAppend[]): Promise<void> {
    const group = this.dropAbandoned(queued);
    const before = this.local.rollbackPoint();
    try {
      await this.local.appendGroup(group, (item) => this.onWritten(item));
    } catch (err) {
      await this.rollBack(before, err);
    }
    if (this.leaderEpochCache.needsFlush) await this.leaderEpochCache.flush();
    if (this.logEndOffset - this.recoveryPoint >= this.config.flushIntervalMessages) await this.local.flushUpTo(this.logEndOffset);
  }

  /** Appends reserved before a rollback hold offsets given back: they fail, unwritten. Returns the rest. */
  private dropAbandoned(group: readonly PendingAppend[]): readonly PendingAppend[] {
    // Every append takes this path: no array or error (with its stack) unless a rollback left some.
    if (group.every((item) => item.reservation === this.reservation)) return group;
    const abandoned = group.filter((item) => item.reservation !== this.reservation);
    this.queue.settle(abandoned, new LogAppendAbandonedError(this.topicPartition));
    return group.filter((item) => item.reservation === this.reservation);
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
      await this.local.rollBackTo(before);
      this.nextOffset = before.endOffset;
      this.hw = Math.min(this.hw, before.endOffset);
      this.leaderEpochCache.truncateFromEnd(before.endOffset);
      await reloadProducerState(this.txnContext, this.local.logSegments(), before.endOffset);
    } catch (rollbackErr) {
      throw this.goOffline(rollbackErr, 'log append failed and could not be undone; log is offline');
    }
    if (isIoError(err)) throw this.goOffline(err, 'log append failed on I/O; log is offline');
    this.logger?.error({ err, logEndOffset: this.logEndOffset }, 'log append failed; undone, the log stays writable');
    throw err;
  }

  private goOffline(cause: unknown, message: string): LogStorageError {
    const failure = new LogStorageError(this.topicPartition, cause);
    this.queue.fail(failure);
    this.logger?.error({ err: cause }, message);
    return failure;
  }

  /** Records a written append's leader epoch; `leaderEpoch` undefined: each batch's, from its header (follower). */
  private onWritten(item: PendingAppend): void {
    const { records, summary, leaderEpoch } = item;
    if (leaderEpoch !== undefined) {
      if (leaderEpoch > this.leaderEpochCache.latestEpoch()) this.leaderEpochCache.assign(leaderEpoch, summary.firstOffset);
    } else {
      assignEpochsFromHeaders(this.leaderEpochCache, records);
    }
  }

  read(opts: LogReadOptions): Promise<LogReadResult> {
    const logStartOffset = this.startOffset;
    const logEndOffset = this.logEndOffset;
    if (opts.startOffset < logStartOffset || opts.startOffset > logEndOffset) {
      return Promise.reject(new OffsetOutOfRangeError(this.topicPartition, opts.startOffset, logStartOffset, logEndOffset));
    }
    return this.local.reader.read(opts, logStartOffset, logEndOffset);
  }

  /** ListOffsets by time: -2 earliest, -1 latest, else the first batch whose max timestamp reaches it. */
  async fetchOffsetByTimestamp(timestampMs: number): Promise<{ offset: number; timestamp: number } | undefined> {
    if (timestampMs === earliestTimestamp) return { offset: this.startOffset, timestamp: -1 };
    if (timestampMs === latestTimestamp) return { offset: this.logEndOffset, timestamp: -1 };
    return this.local.reader.findOffsetByTimestamp(timestampMs, this.startOffset);
  }

  /** Advances the log start (DeleteRecords, or a follower copying its leader's); never past the HW. */
  maybeIncrementLogStartOffset(offset: number): void {
    if (offset <= this.startOffset) return;
    if (offset > this.hw) throw new OffsetOutOfRangeError(this.topicPartition, offset, this.startOffset, this.hw);
    this.startOffset = offset;
    this.leaderEpochCache.truncateFromStart(offset);
    this.producerState.truncateBefore(offset);
    void deleteSnapshotsBefore(this.txnContext, offset).catch((err: unknown) => this.logger?.error({ err }, 'deleting producer snapshots failed'));
    if (this.leaderEpochCache.needsFlush) void this.leaderEpochCache.flush().catch((err: unknown) => this.logger?.error({ err }, 'epoch checkpoint failed'));
  }

  /** Removes every offset >= `offset` (follower truncation, KIP-101). */
  truncateTo(offset: number): Promise<void> {
    if (offset < 0) return Promise.reject(new Error(`${this.topicPartition}: cannot truncate to ${offset}`));
    return this.queue.enqueue(async () => {
      if (offset >= this.logEndOffset) return;
      if (this.local.firstSegmentBaseOffset > offset) return this.resetTo(offset);
      await this.local.truncateTo(offset);
      const end = this.logEndOffset;
      this.nextOffset = end;
      this.startOffset = Math.min(this.startOffset, end);
      this.hw = Math.min(this.hw, end);
      this.leaderEpochCache.truncateFromEnd(end);
      // Kafka reloads from a snapshot: a transaction whose marker was cut off is open again.
      await reloadProducerState(this.txnContext, this.local.logSegments(), end);
      if (this.leaderEpochCache.needsFlush) await this.leaderEpochCache.flush();
      this.onTruncated?.(end);
      this.logger?.info({ offset, logEndOffset: end }, 'truncated log');
    });
  }

  /** Drops all data and restarts the log empty at `offset`. */
  truncateFullyAndStartAt(offset: number): Promise<void> {
    return this.queue.enqueue(() => this.resetTo(offset));
  }

  private async resetTo(offset: number): Promise<void> {
    await this.local.resetTo(offset);
    this.startOffset = offset;
    this.nextOffset = offset;
    this.hw = offset;
    this.leaderEpochCache.clear();
    this.producerState.clear();
    await deleteSnapshots(this.local.fileSystem, this.local.dir, () => true);
    await this.leaderEpochCache.flush();
    this.onTruncated?.(offset);
    this.logger?.info({ offset }, 'truncated log fully');
  }

  /** Swaps a cleaned segment in for the consecutive `replaced` ones (LocalLog.replaceSegments), in turn with appends. */
  replaceSegments(cleaned: LogSegment, replaced: readonly LogSegment[]): Promise<boolean> {
    return this.queue.enqueue(() => this.local.replaceSegments(cleaned, replaced));
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
    const count = this.local.countDeletableSegments({ highWatermark: this.hw, logEndOffset: this.logEndOffset }, predicate);
    if (count === 0) return 0;
    const doomed = await this.local.removeOldestSegments(count);
    this.startOffset = Math.max(this.startOffset, this.local.firstSegmentBaseOffset);
    this.leaderEpochCache.truncateFromStart(this.startOffset);
    this.producerState.truncateBefore(this.startOffset);
    await deleteSnapshotsBefore(this.txnContext, this.startOffset);
    if (this.leaderEpochCache.needsFlush) await this.leaderEpochCache.flush();
    await this.local.deleteSegments(doomed);
    this.logger?.info({ segments: count, logStartOffset: this.startOffset }, 'deleted old log segments');
    return count;
  }

  flush(): Promise<void> {
    return this.local.flushUpTo(this.logEndOffset);
  }

  /** Waits for queued appends and background flushes, then closes every file. */
  async close(): Promise<void> {
    await this.queue.drain();
    // Kafka snapshots at clean shutdown: the next load replays nothing.
    if (this.queue.failure === undefined) await takeProducerSnapshot(this.txnContext, this.logEndOffset);
    await this.local.close();
    if (this.leaderEpochCache.needsFlush) await this.leaderEpochCache.flush();
  }
}
