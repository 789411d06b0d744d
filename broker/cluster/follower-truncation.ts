/**
 * Where a follower truncates its log before fetching from a new leader (KIP-101, KIP-279;
 * KIP-101, KIP-279, KIP-320, Kafka's `AbstractFetcherThread.getOffsetTruncationState`) and where it restarts
 * after OFFSET_OUT_OF_RANGE (ReplicaFetcherThread, `fetchOffsetAndTruncate`). Pure functions: the fetcher asks the
 * leader, calls these, and applies the answer to the log.
 */

/** Kafka's UNDEFINED_EPOCH / UNDEFINED_EPOCH_OFFSET. */
const undefinedEpoch = -1;
const undefinedEpochOffset = -1;

export interface TruncationState {
  /** Truncate the log to this offset (a no-op when it is not below the LEO). */
  offset: number;
  /**
   * False in the KIP-279 case: the follower did not know the leader's epoch, so it truncated to the
   * end of its own largest epoch below it and must ask the leader again with its new latest epoch.
   */
  completed: boolean;
}

export interface FollowerEpochView {
  logEndOffset: number;
  highWatermark: number;
  /** The follower's leader-epoch cache `endOffsetFor(epoch, LEO)`: (-1, -1) when it knows nothing. */
  endOffsetFor(epoch: number): { epoch: number; endOffset: number };
}

/**
 * Given the leader's answer (leaderEpoch, endOffset) to OffsetForLeaderEpoch(follower's latest
 * epoch), the offset to truncate to:
 * - the leader knows no such epoch (end offset undefined): fall back to the high watermark;
 * - the follower has the leader's epoch: min(leader's end, follower's own end for it, LEO);
 * - it does not (KIP-279): its own end for the largest epoch below the leader's, then ask again;
 * - it tracks no epochs at all for that range: the leader's end offset, capped at the LEO.
 */
export function truncationOffsetFor(leaderEpoch: number, leaderEndOffset: number, follower: FollowerEpochView): TruncationState {
  if (leaderEndOffset === undefinedEpochOffset) {
    return { offset: Math.min(follower.highWatermark, follower.logEndOffset), completed: true };
  }
  if (leaderEpoch === undefinedEpoch) {
    return { offset: Math.min(leaderEndOffset, follower.logEndOffset), completed: true };
  }
  const own = follower.endOffsetFor(leaderEpoch);
  if (own.endOffset === undefinedEpochOffset || own.epoch === undefinedEpoch) {
    return { offset: Math.min(leaderEndOffset, follower.logEndOffset), completed: true };
  }
  if (own.epoch !== leaderEpoch) {
    return { offset: Math.min(own.endOffset, follower.logEndOffset), completed: false };
  }
  return { offset: Math.min(leaderEndOffset, own.endOffset, follower.logEndOffset), completed: true };
}

export type OutOfRangeAction =
  /** The leader's log ends before ours (only after an unclean election): cut ours there. */
  | { kind: 'truncate'; offset: number }
  /** Our log ends before the leader's log start: drop it all and restart at the leader's start. */
  | { kind: 'truncateFully'; offset: number }
  /** Fetch again from this offset, nothing to cut. */
  | { kind: 'fetch'; offset: number };

/** Kafka's `fetchOffsetAndTruncate` decision after OFFSET_OUT_OF_RANGE on a follower fetch. */
export function outOfRangeAction(followerLogEndOffset: number, leaderLogEndOffset: number, leaderLogStartOffset: number): OutOfRangeAction {
  if (leaderLogEndOffset < followerLogEndOffset) return { kind: 'truncate', offset: leaderLogEndOffset };
  if (leaderLogStartOffset > followerLogEndOffset) return { kind: 'truncateFully', offset: leaderLogStartOffset };
  return { kind: 'fetch', offset: Math.max(leaderLogStartOffset, followerLogEndOffset) };
}
