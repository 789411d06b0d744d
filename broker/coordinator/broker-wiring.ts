/**
 * How the group coordinator plugs into the broker: its settings from the broker's `group.*` and
 * `offsets.*` keys, and the leadership hook that loads a `__consumer_offsets` partition when this
 * broker becomes its leader and unloads it when it stops being one (Kafka's
 * onLeadershipChange -> GroupCoordinator.onElection / onResignation). At startup nothing is
 * owned: groups are served only after a LeaderAndIsr names this broker leader.
 */

import type { BrokerConfig } from '../config';
import type { LeadershipChangeListener } from '../cluster/replica-manager';
import type { Logger } from '../logger';
import type { GroupCoordinatorConfig } from './coordinator-config';
import type { GroupCoordinator } from './group-coordinator';
import { offsetsTopicName } from './offsets-topic';

type CoordinatorKeys = Pick<BrokerConfig,
  'offsetsTopicNumPartitions' | 'groupMinSessionTimeoutMs' | 'groupMaxSessionTimeoutMs' | 'groupInitialRebalanceDelayMs' | 'groupMaxSize'
  | 'offsetMetadataMaxBytes' | 'offsetsRetentionMinutes' | 'offsetsRetentionCheckIntervalMs' | 'offsetsCommitTimeoutMs'>;

/**
 * The coordinator's settings. `existingPartitionCount` is the partition count of an offsets topic
 * that already exists: it wins over offsets.topic.num.partitions, which only applies on creation
 * (Kafka's getGroupMetadataTopicPartitionCount), so every broker hashes a group to the same place.
 */
export function groupCoordinatorConfigFrom(c: CoordinatorKeys, existingPartitionCount?: number): GroupCoordinatorConfig {
  return {
    offsetsTopicNumPartitions: existingPartitionCount !== undefined && existingPartitionCount > 0 ? existingPartitionCount : c.offsetsTopicNumPartitions,
    groupMinSessionTimeoutMs: c.groupMinSessionTimeoutMs,
    groupMaxSessionTimeoutMs: c.groupMaxSessionTimeoutMs,
    groupInitialRebalanceDelayMs: c.groupInitialRebalanceDelayMs,
    groupMaxSize: c.groupMaxSize,
    offsetMetadataMaxBytes: c.offsetMetadataMaxBytes,
    offsetsRetentionMinutes: c.offsetsRetentionMinutes,
    offsetsRetentionCheckIntervalMs: c.offsetsRetentionCheckIntervalMs,
    offsetsCommitTimeoutMs: c.offsetsCommitTimeoutMs,
  };
}

/** The replica manager's leadership listener that drives `coordinator`. */
export function coordinatorLeadershipListener(
  coordinator: Pick<GroupCoordinator, 'onElection' | 'onResignation'>,
  logger: Logger,
): LeadershipChangeListener {
  return (becameLeader, becameFollower) => {
    for (const { topic, partition } of becameFollower) {
      if (topic === offsetsTopicName) coordinator.onResignation(partition);
    }
    for (const { topic, partition } of becameLeader) {
      if (topic !== offsetsTopicName) continue;
      // Loading runs in the background: requests for its groups get COORDINATOR_LOAD_IN_PROGRESS meanwhile.
      coordinator.onElection(partition).catch((err: unknown) => {
        logger.error({ err, partition }, `loading ${offsetsTopicName} partition failed; its groups stay unavailable until the next election`);
      });
    }
  };
}
