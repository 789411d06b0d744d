/**
 * Which part of a compacted log the cleaner may work on (Kafka's LogCleanerManager
 * cleanableOffsets and LogToClean). The dirty section runs from the cleaner checkpoint to the
 * first uncleanable offset: never the active segment, nothing at or above the high watermark
 * (a follower could still lose it) or the last stable offset (a transaction there is still
 * open), nothing younger than min.compaction.lag.ms. It is cut at
 * segment boundaries, so a segment is either wholly dirty-and-cleanable or left for later.
 */
import { type Log } from '../log';
import { type LogSegment } from '../log-segment';

export interface CleanableLog {
  log: Log;
  /** Where the dirty section starts: the checkpoint, clamped to [logStartOffset, logEndOffset]. */
  firstDirtyOffset: number;
  /** Exclusive end of the dirty section: the end of its last segment. */
  firstUncleanableOffset: number;
  cleanBytes: number;
  dirtyBytes: number;
  /** dirtyBytes / (cleanBytes + dirtyBytes). */
  dirtyRatio: number;
  /** A dirty record is older than max.compaction.lag.ms: clean whatever the ratio (KIP-354). */
  compactionLagExceeded: boolean;
}

/** Offset after the last one `segments[i]` may hold: the next segment's base offset. */
function segmentEnd(segments: readonly LogSegment[], i: number): number | undefined {
  return segments[i + 1]?.baseOffset;
}

export function cleanableOf(log: Log, checkpoint: number | undefined, nowMs: number): CleanableLog {
  const segments = log.logSegments();
  let firstDirtyOffset = checkpoint ?? log.logStartOffset;
  // A checkpoint past the end means the log was truncated or replaced: start over (Kafka does).
  if (firstDirtyOffset < log.logStartOffset || firstDirtyOffset > log.logEndOffset) firstDirtyOffset = log.logStartOffset;
  const config = log.config;
  // Never at or past the last stable offset (<= HW): an open transaction may still abort (Kafka's firstUnstableOffset).
  let uncleanable = Math.min(log.activeSegment.baseOffset, log.lastStableOffset);
  let cleanBytes = 0;
  let dirtyBytes = 0;
  let dirtyEnd = firstDirtyOffset;
  let earliestDirtyTimestamp = Number.POSITIVE_INFINITY;
  for (let i = 0; i < segments.length - 1; i += 1) {
    const segment = segments[i] as LogSegment;
    const end = segmentEnd(segments, i) as number;
    if (end <= firstDirtyOffset) {
      cleanBytes += segment.sizeBytes;
      continue;
    }
    if (config.minCompactionLagMs > 0 && segment.largestTimestamp > nowMs - config.minCompactionLagMs) {
      uncleanable = Math.min(uncleanable, segment.baseOffset);
    }
    if (end > uncleanable) break;
    dirtyBytes += segment.sizeBytes;
    dirtyEnd = end;
    const firstTimestamp = segment.rollingBasedTimestamp ?? segment.largestTimestamp;
    if (firstTimestamp >= 0) earliestDirtyTimestamp = Math.min(earliestDirtyTimestamp, firstTimestamp);
  }
  const total = cleanBytes + dirtyBytes;
  return {
    log,
    firstDirtyOffset,
    firstUncleanableOffset: dirtyEnd,
    cleanBytes,
    dirtyBytes,
    dirtyRatio: total === 0 ? 0 : dirtyBytes / total,
    compactionLagExceeded: dirtyBytes > 0 && nowMs - earliestDirtyTimestamp > config.maxCompactionLagMs,
  };
}

/** Whether the cleaner should take this log now. */
export function needsCleaning(c: CleanableLog): boolean {
  return c.dirtyBytes > 0 && (c.compactionLagExceeded || c.dirtyRatio >= c.log.config.minCleanableDirtyRatio);
}
