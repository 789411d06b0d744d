/**
 * Leader election strategies as pure functions (Kafka's `PartitionLeaderElectionAlgorithms`,
 * reference §3.2). Each returns the new leader, or undefined when no replica is eligible; the
 * caller decides the new ISR and who hears about it.
 */

/**
 * Offline (broker failure, new partition, controller startup): the first replica in assignment
 * order that is live and in the ISR; failing that, with unclean election enabled, the first live
 * replica (which may lose acknowledged records, hence off by default).
 */
export function offlinePartitionLeaderElection(
  assignment: readonly number[], isr: readonly number[], liveReplicas: ReadonlySet<number> | readonly number[], uncleanEnabled: boolean,
): number | undefined {
  const live = asSet(liveReplicas);
  const clean = assignment.find((id) => live.has(id) && isr.includes(id));
  if (clean !== undefined || !uncleanEnabled) return clean;
  return assignment.find((id) => live.has(id));
}

/** Reassignment: the first target replica that is live and in the ISR. */
export function reassignPartitionLeaderElection(
  reassignment: readonly number[], isr: readonly number[], liveReplicas: ReadonlySet<number> | readonly number[],
): number | undefined {
  const live = asSet(liveReplicas);
  return reassignment.find((id) => live.has(id) && isr.includes(id));
}

/** Preferred: the assignment's head, only when it is live and in the ISR. */
export function preferredReplicaPartitionLeaderElection(
  assignment: readonly number[], isr: readonly number[], liveReplicas: ReadonlySet<number> | readonly number[],
): number | undefined {
  const preferred = assignment[0];
  if (preferred === undefined) return undefined;
  return asSet(liveReplicas).has(preferred) && isr.includes(preferred) ? preferred : undefined;
}

/** Controlled shutdown: the first replica that is live, in the ISR and not shutting down. */
export function controlledShutdownPartitionLeaderElection(
  assignment: readonly number[], isr: readonly number[], liveReplicas: ReadonlySet<number> | readonly number[],
  shuttingDownBrokers: ReadonlySet<number>,
): number | undefined {
  const live = asSet(liveReplicas);
  return assignment.find((id) => live.has(id) && isr.includes(id) && !shuttingDownBrokers.has(id));
}

/**
 * The ISR that goes with an offline election: the live members of the old ISR when the leader
 * came from it, else (unclean) just the new leader.
 */
export function isrAfterOfflineElection(leader: number, isr: readonly number[], liveReplicas: ReadonlySet<number> | readonly number[]): number[] {
  const live = asSet(liveReplicas);
  return isr.includes(leader) ? isr.filter((id) => live.has(id)) : [leader];
}

function asSet(ids: ReadonlySet<number> | readonly number[]): ReadonlySet<number> {
  return ids instanceof Set ? ids : new Set(ids as readonly number[]);
}
