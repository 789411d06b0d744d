/**
 * The partition half of /readyz: a broker is ready only once it serves what the controller says
 * it serves. Metadata alone is not enough: after a restart the controller's UpdateMetadata can
 * arrive before the LeaderAndIsr that creates the partitions, and a client that already trusts
 * the broker would get UNKNOWN_TOPIC_OR_PARTITION or NOT_LEADER_OR_FOLLOWER for a partition this
 * broker is meant to lead. Kafka has no readiness endpoint; this follows what its
 * controller-to-broker sequence guarantees (LeaderAndIsr precedes the UpdateMetadata announcing a
 * leader, on one ordered connection, ControllerBrokerRequestBatch).
 */

/** One partition state as the metadata cache holds it (from UpdateMetadata). */
export interface ReadinessPartitionState {
  topic: string;
  partition: number;
  /** -1 when the partition has no leader. */
  leader: number;
  leaderEpoch: number;
  replicas: readonly number[];
}

export interface ReadinessMetadataView {
  allTopics(): string[];
  partitionStates(topic: string): readonly ReadinessPartitionState[];
}

export interface ReadinessReplicaView {
  /** True once a LeaderAndIsr from a current controller has been applied. */
  leaderAndIsrReceived(): boolean;
  /** The local leader epoch when this broker leads the partition, else undefined. */
  localLeaderEpoch(topic: string, partition: number): number | undefined;
  /** Logs found on disk (partitions this broker hosted before a restart). */
  hasLocalLogs(): boolean;
}

/** At most this many partitions are named in a reason; the count is always given. */
export const readinessPartitionsListedMax = 5;

/**
 * Reasons the broker is not yet serving its partitions (empty when it is):
 * - the metadata cache lists this broker as a replica somewhere, or (holding no partition state
 *   at all, e.g. only the live-broker list so far) the broker has local logs, and no LeaderAndIsr
 *   has been applied yet;
 * - a partition the metadata cache says this broker leads is not led locally with at least that
 *   leader epoch (its LeaderAndIsr is still being applied, or failed).
 * A broker that hosts nothing is ready as soon as it has metadata.
 */
export function partitionReadinessReasons(brokerId: number, metadata: ReadinessMetadataView, replicas: ReadinessReplicaView): string[] {
  const reasons: string[] = [];
  let statesKnown = 0;
  let hostedHere = 0;
  const notLed: string[] = [];
  for (const topic of metadata.allTopics()) {
    for (const s of metadata.partitionStates(topic)) {
      statesKnown += 1;
      if (s.replicas.includes(brokerId)) hostedHere += 1;
      if (s.leader !== brokerId) continue;
      const localEpoch = replicas.localLeaderEpoch(s.topic, s.partition);
      if (localEpoch === undefined || localEpoch < s.leaderEpoch) notLed.push(`${s.topic}-${s.partition}`);
    }
  }
  if (!replicas.leaderAndIsrReceived()) {
    if (hostedHere > 0) reasons.push(`no LeaderAndIsr received yet for the ${hostedHere} partition(s) hosted here`);
    else if (statesKnown === 0 && replicas.hasLocalLogs()) reasons.push('local logs present but no partition state or LeaderAndIsr received yet');
  }
  if (notLed.length > 0) {
    const listed = notLed.slice(0, readinessPartitionsListedMax).join(', ');
    const more = notLed.length > readinessPartitionsListedMax ? ', ...' : '';
    reasons.push(`not yet leading ${notLed.length} partition(s) the controller assigned to it: ${listed}${more}`);
  }
  return reasons;
}
