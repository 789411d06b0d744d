/**
 * Leader election strategies as pure functions (Kafka's `PartitionLeaderElectionAlgorithms`,
 * PartitionLeaderElectionAlgorithms). Each returns the new leader, or undefined when no replica is eligible; the
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

/** Which of Kafka's `PartitionLeaderElectionStrategy`s an Online transition runs (PartitionLeaderElectionAlgorithms). */
export type ElectionStrategy =
  | { kind: 'offline'; /** admin-requested unclean election (KIP-460); otherwise the topic config decides */ allowUnclean: boolean }
  | { kind: 'reassign'; /** TRS, given explicitly: the in-memory reassignment is cleared before this election (onPartitionReassignment) */ targetReplicas: readonly number[] }
  | { kind: 'preferred' }
  | { kind: 'controlledShutdown' };

export const offlineElection: ElectionStrategy = { kind: 'offline', allowUnclean: false };

export interface ElectionInput {
  /** Current assignment (RS during a reassignment). */
  replicas: readonly number[];
  isr: readonly number[];
  /** Live brokers not shutting down: the only possible leaders. */
  eligible: ReadonlySet<number>;
  liveOrShuttingDown: ReadonlySet<number>;
  shuttingDown: ReadonlySet<number>;
  /** Resolved unclean.leader.election.enable (topic override, broker default or admin request). */
  uncleanEnabled: boolean;
}

export interface ElectionOutcome {
  leader: number;
  isr: number[];
  /** Brokers that receive the LeaderAndIsr. */
  recipients: number[];
  /** The replica list the LeaderAndIsr carries (TRS after a reassignment election). */
  replicas: number[];
  unclean: boolean;
}

/** Leader, ISR and LeaderAndIsr recipients for one partition, per strategy (PartitionLeaderElectionAlgorithms). */
export function electPartitionLeader(strategy: ElectionStrategy, input: ElectionInput): ElectionOutcome | undefined {
  const { replicas, isr, eligible } = input;
  const liveReplicas = replicas.filter((id) => eligible.has(id));
  switch (strategy.kind) {
    case 'offline': {
      const leader = offlinePartitionLeaderElection(replicas, isr, eligible, input.uncleanEnabled);
      if (leader === undefined) return undefined;
      return { leader, isr: isrAfterOfflineElection(leader, isr, eligible), recipients: liveReplicas, replicas: [...replicas], unclean: !isr.includes(leader) };
    }
    case 'reassign': {
      const target = strategy.targetReplicas;
      const leader = reassignPartitionLeaderElection(target, isr, eligible);
      if (leader === undefined) return undefined;
      // Removed replicas leave the ISR in the same write (Kafka removes them right after, as onPartitionReassignment does).
      const newIsr = isr.filter((id) => target.includes(id));
      return { leader, isr: newIsr, recipients: target.filter((id) => input.liveOrShuttingDown.has(id)), replicas: [...target], unclean: false };
    }
    case 'preferred': {
      const leader = preferredReplicaPartitionLeaderElection(replicas, isr, eligible);
      if (leader === undefined) return undefined;
      return { leader, isr: [...isr], recipients: liveReplicas, replicas: [...replicas], unclean: false };
    }
    case 'controlledShutdown': {
      const leader = controlledShutdownPartitionLeaderElection(replicas, isr, input.liveOrShuttingDown, input.shuttingDown);
      if (leader === undefined) return undefined;
      return {
        leader, isr: isr.filter((id) => !input.shuttingDown.has(id)),
        recipients: replicas.filter((id) => input.liveOrShuttingDown.has(id)), replicas: [...replicas], unclean: false,
      };
    }
  }
}

/**
 * Auto rebalance (KafkaController.onReplicaElection): per preferred broker, the partitions it should lead but does
 * not; a broker whose ratio exceeds `imbalancePercentage` gets all of its partitions returned.
 */
export function partitionsNeedingPreferredElection(
  partitions: ReadonlyArray<{ tp: { topic: string; partition: number }; replicas: readonly number[]; leader: number }>, imbalancePercentage: number,
): Array<{ topic: string; partition: number }> {
  const byPreferred = new Map<number, { total: number; notLed: Array<{ topic: string; partition: number }> }>();
  for (const p of partitions) {
    const preferred = p.replicas[0];
    if (preferred === undefined) continue;
    const entry = byPreferred.get(preferred) ?? { total: 0, notLed: [] };
    entry.total += 1;
    if (p.leader !== preferred) entry.notLed.push(p.tp);
    byPreferred.set(preferred, entry);
  }
  const out: Array<{ topic: string; partition: number }> = [];
  for (const [, { total, notLed }] of [...byPreferred.entries()].sort((a, b) => a[0] - b[0])) {
    if (total > 0 && (notLed.length * 100) / total > imbalancePercentage) out.push(...notLed);
  }
  return out;
}
