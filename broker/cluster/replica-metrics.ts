/**
 * The replica manager's gauges and counters with Kafka's meanings (kafka.server:type=ReplicaManager
 * and ReplicaFetcherManager MaxLag), computed from the partitions on demand for the admin /metrics.
 */

/** What the gauges read from a partition. */
export interface PartitionMetricsView {
  readonly isLeader: boolean;
  readonly leaderReplicaId: number;
  readonly isr: readonly number[];
  readonly replicas: readonly number[];
  readonly log: { readonly config: { readonly minInsyncReplicas: number } };
  /** A led partition whose ISR change has not reached ZooKeeper (isr-update.ts). */
  readonly isrUpdateOutstanding: boolean;
}

export interface ReplicationCounters {
  isrShrinks: number;
  isrExpands: number;
  /** ISR writes that lost to a newer zkVersion or failed (Kafka's FailedIsrUpdatesPerSec). */
  failedIsrUpdates: number;
}

export interface ReplicaManagerMetrics extends ReplicationCounters {
  partitionCount: number;
  leaderCount: number;
  /** Led partitions whose ISR is smaller than the assigned replicas. */
  underReplicatedPartitions: number;
  /** Led partitions whose ISR is below min.insync.replicas. */
  underMinIsrPartitionCount: number;
  /** Led partitions whose ISR is exactly min.insync.replicas. */
  atMinIsrPartitionCount: number;
  /** Replicas hosted here that have no leader to follow (Kafka counts replicas on offline log dirs). */
  offlineReplicaCount: number;
  /** Largest follower lag in messages over this broker's fetchers. */
  maxFollowerLag: number;
  /** Led partitions with an ISR change not yet in ZooKeeper (to be retried, or waiting for the controller). */
  pendingIsrUpdatePartitions: number;
}

export function computeReplicaMetrics(
  partitions: readonly PartitionMetricsView[], counters: ReplicationCounters, maxFollowerLag: number,
): ReplicaManagerMetrics {
  let leaderCount = 0;
  let underReplicatedPartitions = 0;
  let underMinIsrPartitionCount = 0;
  let atMinIsrPartitionCount = 0;
  let offlineReplicaCount = 0;
  let pendingIsrUpdatePartitions = 0;
  for (const p of partitions) {
    if (p.leaderReplicaId < 0) offlineReplicaCount++;
    if (!p.isLeader) continue;
    leaderCount++;
    if (p.isrUpdateOutstanding) pendingIsrUpdatePartitions++;
    const minIsr = p.log.config.minInsyncReplicas;
    if (p.isr.length < p.replicas.length) underReplicatedPartitions++;
    if (p.isr.length < minIsr) underMinIsrPartitionCount++;
    else if (p.isr.length === minIsr) atMinIsrPartitionCount++;
  }
  return {
    partitionCount: partitions.length, leaderCount, underReplicatedPartitions, underMinIsrPartitionCount,
    atMinIsrPartitionCount, offlineReplicaCount, maxFollowerLag, pendingIsrUpdatePartitions, ...counters,
  };
}
