/**
 * The group coordinator's settings (Kafka's `group.*` and `offsets.*` broker keys, whose defaults
 * are in the broker key table)
 * and the clock/timer it is driven by. Injecting the timer keeps the state machine deterministic
 * under test: a fake timer fires session expiries and delayed joins when the test advances time.
 */

export interface GroupCoordinatorConfig {
  /** offsets.topic.num.partitions */
  offsetsTopicNumPartitions: number;
  /** group.min.session.timeout.ms */
  groupMinSessionTimeoutMs: number;
  /** group.max.session.timeout.ms */
  groupMaxSessionTimeoutMs: number;
  /** group.initial.rebalance.delay.ms: first-rebalance delay for a group coming out of Empty. */
  groupInitialRebalanceDelayMs: number;
  /** group.max.size */
  groupMaxSize: number;
  /** offset.metadata.max.bytes */
  offsetMetadataMaxBytes: number;
  /** offsets.retention.minutes: how long an Empty group's offsets outlive the group (KIP-211). */
  offsetsRetentionMinutes: number;
  /** offsets.retention.check.interval.ms: the shell's expireOffsets cadence. */
  offsetsRetentionCheckIntervalMs: number;
  /** offsets.commit.timeout.ms: bound on every append to __consumer_offsets (commits and group metadata). */
  offsetsCommitTimeoutMs: number;
}

/**
 * How long a member that joined for the first time may take to rejoin after a rebalance it did
 * not finish (Kafka's GroupCoordinator.NewMemberJoinTimeoutMs): new members have no session yet.
 */
export const newMemberJoinTimeoutMs = 300_000;

/** Kafka's own limit is none; ids beyond this length are rejected as INVALID_GROUP_ID. */
export const groupIdLengthMax = 255;

