/**
 * Pieces of the append path that need no Log state: the queued-append record, Kafka's segment
 * roll rule (`LogSegment.shouldRoll`), epoch bookkeeping from batch headers, and what a failed
 * append rolls back to.
 */
import { baseOffsetAt, forEachBatch, leaderEpochAt, type BatchesSummary } from './batches';
import { type LeaderEpochFileCache } from './leader-epoch-cache';
import { type LogConfig } from './log-config';
import { type LogSegment } from './log-segment';
import { relativeOffsetMax } from './log-validator';
import { type AbortedTxn } from './producer-state';

export interface LogAppendInfo {
  firstOffset: number;
  lastOffset: number;
  logAppendTimeMs: number;
  recordCount: number;
  sizeBytes: number;
}

export interface PendingAppend {
  records: Buffer;
  summary: BatchesSummary;
  leaderEpoch: number | undefined;
  logAppendTimeMs: number;
  /** The log's reservation count when the offsets were taken (see Log.rollBack). */
  reservation: number;
  /** Aborts among the batches: written to the segment's transaction index once the bytes are. */
  abortedTxns: AbortedTxn[] | undefined;
  settled?: boolean;
  resolve: (info: LogAppendInfo) => void;
  reject: (err: unknown) => void;
}

/** The log as it was before a group of appends was written. */
export interface AppendRollbackPoint {
  endOffset: number;
  segmentCount: number;
  activeSizeBytes: number;
}

/** A failure of the file system (an errno code such as EIO or ENOSPC), as opposed to a bug. */
export function isIoError(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

export function appendInfo(item: PendingAppend): LogAppendInfo {
  return {
    firstOffset: item.summary.firstOffset,
    lastOffset: item.summary.lastOffset,
    logAppendTimeMs: item.logAppendTimeMs,
    recordCount: item.summary.recordCount,
    sizeBytes: item.records.length,
  };
}

export interface RollCheck {
  /** Bytes about to go into the active segment (the run being grouped, including this append). */
  pendingBytes: number;
  pendingBatches: number;
  /** The append being considered. */
  summary: BatchesSummary;
  /** The first append of a run already bound for this segment, when extending a run. */
  firstPending?: BatchesSummary;
}

/**
 * Roll when the segment would pass segment.bytes, segment.ms passed since its first batch's
 * timestamp, an index could fill up, or a relative offset would overflow. An empty segment
 * only rolls for the overflow.
 */
export function shouldRollSegment(segment: LogSegment, config: LogConfig, check: RollCheck): boolean {
  const { pendingBytes, pendingBatches, summary, firstPending } = check;
  if (summary.lastOffset - segment.baseOffset > relativeOffsetMax) return true;
  if (segment.sizeBytes === 0 && firstPending === undefined) return false;
  const rollingBase = segment.rollingBasedTimestamp ?? firstPending?.maxTimestamp;
  const aged = rollingBase !== undefined && summary.maxTimestamp - rollingBase > config.segmentMs;
  // Each batch may add one index entry: keep room for the whole run.
  const indexRoom = Math.min(
    segment.offsetIndex.maxEntries - segment.offsetIndex.entryCount,
    segment.timeIndex.maxEntries - segment.timeIndex.entryCount,
  );
  const indexFull = firstPending === undefined ? indexRoom <= 0 : indexRoom < pendingBatches;
  return segment.sizeBytes > config.segmentBytes - pendingBytes || aged || indexFull;
}

/** Follower appends carry the leader's epochs: record each new one at its batch's base offset. */
export function assignEpochsFromHeaders(cache: LeaderEpochFileCache, records: Buffer): void {
  forEachBatch(records, (position) => {
    const epoch = leaderEpochAt(records, position);
    if (epoch > cache.latestEpoch()) cache.assign(epoch, baseOffsetAt(records, position));
  });
}
