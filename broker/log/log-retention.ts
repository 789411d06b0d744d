/**
 * Which old segments retention may delete (Kafka's `Log.deleteOldSegments` and its three
 * predicates). Pure functions over segment summaries: the Log performs the deletion.
 */

export interface RetentionSegmentView {
  baseOffset: number;
  sizeBytes: number;
  largestTimestamp: number;
}

export type SegmentPredicate = (segment: RetentionSegmentView, next: RetentionSegmentView | undefined) => boolean;

/** retention.ms: the newest record in the segment is older than the limit (disabled when < 0). */
export function retentionMsBreached(nowMs: number, retentionMs: number): SegmentPredicate | undefined {
  if (retentionMs < 0) return undefined;
  return (segment) => nowMs - segment.largestTimestamp > retentionMs;
}

/** retention.bytes: delete oldest segments while the log stays at or above the limit without them. */
export function retentionSizeBreached(totalBytes: number, retentionBytes: number): SegmentPredicate | undefined {
  if (retentionBytes < 0 || totalBytes < retentionBytes) return undefined;
  let excessBytes = totalBytes - retentionBytes;
  return (segment) => {
    if (excessBytes - segment.sizeBytes < 0) return false;
    excessBytes -= segment.sizeBytes;
    return true;
  };
}

/** Segments whose every offset is below the log start offset (after DeleteRecords or a follower's copy). */
export function logStartOffsetBreached(logStartOffset: number): SegmentPredicate {
  return (_segment, next) => next !== undefined && next.baseOffset <= logStartOffset;
}

/**
 * How many leading segments may go: scanning from the oldest and stopping at the first that may
 * not. Only segments wholly below the high watermark qualify, and an empty active segment never does.
 */
export function countDeletableSegments(
  segments: readonly RetentionSegmentView[],
  bounds: { highWatermark: number; logEndOffset: number },
  predicate: SegmentPredicate,
): number {
  let count = 0;
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i] as RetentionSegmentView;
    const next = segments[i + 1];
    const upperBoundOffset = next?.baseOffset ?? bounds.logEndOffset;
    const isLastAndEmpty = next === undefined && segment.sizeBytes === 0;
    if (isLastAndEmpty || bounds.highWatermark < upperBoundOffset || !predicate(segment, next)) break;
    count += 1;
  }
  return count;
}
