/**
 * The leader's replication rules as pure functions over plain state (Partition.maybeIncrementLeaderHW, maybeShrinkIsr, maybeExpandIsr), so
 * that they can be tested with an injected clock: when a follower counts as caught up, when it
 * joins or leaves the ISR, and what the high watermark may become. Partition applies them.
 */

/** What the leader knows of a follower from its fetches (Kafka's `Replica`). */
export interface FollowerState {
  /** -1 until the follower's first fetch under the current leadership. */
  logEndOffset: number;
  logStartOffset: number;
  lastCaughtUpTimeMs: number;
  /** The leader's LEO when this follower last fetched. */
  lastFetchLeaderLogEndOffset: number;
  lastFetchTimeMs: number;
}

export function newFollowerState(inIsr: boolean, nowMs: number): FollowerState {
  // Kafka resets follower state on a leadership change: ISR members count as caught up "now",
  // the others have never been caught up, so they must fetch before they can join.
  return { logEndOffset: -1, logStartOffset: -1, lastFetchLeaderLogEndOffset: -1, lastFetchTimeMs: 0, lastCaughtUpTimeMs: inIsr ? nowMs : 0 };
}

/**
 * Kafka's `Replica.updateFetchState`: a fetch at or beyond the leader's current LEO means the
 * follower is caught up now; a fetch at or beyond the leader's LEO as of the previous fetch means
 * it was caught up at the time of that previous fetch. Returns the new follower state.
 */
export function applyFollowerFetch(
  f: FollowerState, fetchOffset: number, followerLogStartOffset: number, leaderLogEndOffset: number, nowMs: number,
): FollowerState {
  let lastCaughtUpTimeMs = f.lastCaughtUpTimeMs;
  if (fetchOffset >= leaderLogEndOffset) lastCaughtUpTimeMs = Math.max(lastCaughtUpTimeMs, nowMs);
  else if (fetchOffset >= f.lastFetchLeaderLogEndOffset) lastCaughtUpTimeMs = Math.max(lastCaughtUpTimeMs, f.lastFetchTimeMs);
  return {
    logEndOffset: fetchOffset, logStartOffset: followerLogStartOffset, lastCaughtUpTimeMs,
    lastFetchLeaderLogEndOffset: leaderLogEndOffset, lastFetchTimeMs: nowMs,
  };
}

/**
 * Kafka's `isFollowerInSync` for expansion: a replica outside the ISR joins once its LEO reached
 * the HW and the start offset of the current leader epoch (so that it holds everything the leader
 * wrote in this epoch up to the HW; otherwise a committed record could be missing on it).
 */
export function shouldExpandIsr(opts: {
  followerLogEndOffset: number; highWatermark: number; leaderEpochStartOffset: number; inIsr: boolean; isAssignedReplica: boolean;
}): boolean {
  if (opts.inIsr || !opts.isAssignedReplica || opts.followerLogEndOffset < 0) return false;
  return opts.followerLogEndOffset >= opts.highWatermark && opts.followerLogEndOffset >= opts.leaderEpochStartOffset;
}

/**
 * Kafka's `getOutOfSyncReplicas`: ISR followers that are behind the leader's LEO and have not been
 * caught up for longer than replica.lag.time.max.ms. The leader never removes itself.
 */
export function outOfSyncReplicas(opts: {
  isr: readonly number[]; leaderId: number; followers: ReadonlyMap<number, FollowerState>;
  leaderLogEndOffset: number; nowMs: number; replicaLagTimeMaxMs: number;
}): number[] {
  return opts.isr.filter((id) => {
    if (id === opts.leaderId) return false;
    const f = opts.followers.get(id);
    if (f === undefined) return true;
    return f.logEndOffset !== opts.leaderLogEndOffset && opts.nowMs - f.lastCaughtUpTimeMs > opts.replicaLagTimeMaxMs;
  });
}

/**
 * Kafka's `maybeIncrementLeaderHW` candidate: the minimum LEO over the leader and every follower
 * that is in the ISR or caught up within replica.lag.time.max.ms (Partition.maybeExpandIsr: a recovering replica may
 * hold the HW back briefly rather than let it run away). Returns undefined when the HW must not
 * move (candidate not above the current HW).
 */
export function nextHighWatermark(opts: {
  leaderLogEndOffset: number; currentHighWatermark: number; isr: readonly number[];
  followers: ReadonlyMap<number, FollowerState>; nowMs: number; replicaLagTimeMaxMs: number;
}): number | undefined {
  let candidate = opts.leaderLogEndOffset;
  for (const [id, f] of opts.followers) {
    const caughtUp = opts.nowMs - f.lastCaughtUpTimeMs <= opts.replicaLagTimeMaxMs;
    if (opts.isr.includes(id) || caughtUp) candidate = Math.min(candidate, f.logEndOffset);
  }
  return candidate > opts.currentHighWatermark ? candidate : undefined;
}
