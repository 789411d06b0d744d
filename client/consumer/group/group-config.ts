/**
 * The group settings of `samsa.consumer({...})`, with Kafka 2.x's defaults (Kafka 2.x's ConsumerConfig;
 * rebalanceTimeoutMs follows KafkaJS's 60 s rather than max.poll.interval.ms's 300 s, since it
 * also bounds how long one handler call may run) and checked against each other, so a
 * configuration the coordinator would refuse fails at construction with a clear message.
 */

import { type Cluster } from '../../cluster/cluster';
import { SamsaError } from '../../errors';
import { type RetryPolicy } from '../../retry';

import { type PartitionAssignor } from './assignment';
import { ClusterCoordinatorChannel } from './coordinator-channel';
import { ConsumerGroup, type ConsumerGroupConfig, type ConsumerGroupHost } from './consumer-group';
import { defaultPartitionAssignors, subscriptionCodec } from './protocol';
import { ClusterTopicsSource } from './topics-source';
import { type TopicPartition } from '../../../proto/topic-partition';

export interface GroupOptions {
  groupId?: string;
  /** Static membership (KIP-345): restarts within the session timeout cause no rebalance. */
  groupInstanceId?: string;
  sessionTimeoutMs?: number;
  rebalanceTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  /** In order of preference; the group uses the first one every member has. Default: range. */
  partitionAssigners?: PartitionAssignor[];
  autoCommit?: boolean;
  autoCommitIntervalMs?: number;
  onPartitionsRevoked?: (partitions: TopicPartition[]) => void | Promise<void>;
  onPartitionsAssigned?: (partitions: TopicPartition[]) => void | Promise<void>;
}

export const groupDefaults = {
  sessionTimeoutMs: 10_000,
  rebalanceTimeoutMs: 60_000,
  heartbeatIntervalMs: 3000,
  autoCommit: true,
  autoCommitIntervalMs: 5000,
};

/** Kafka's group.id limit as the coordinator enforces it (INVALID_GROUP_ID beyond). */
export const groupIdLengthMax = 255;

export function validateGroupOptions(options: GroupOptions): void {
  const { groupId } = options;
  if (groupId === undefined) return;
  if (groupId.length === 0 || groupId.length > groupIdLengthMax) throw new SamsaError(`groupId must have 1 to ${groupIdLengthMax} characters`);
  const session = options.sessionTimeoutMs ?? groupDefaults.sessionTimeoutMs;
  const heartbeat = options.heartbeatIntervalMs ?? groupDefaults.heartbeatIntervalMs;
  const rebalance = options.rebalanceTimeoutMs ?? groupDefaults.rebalanceTimeoutMs;
  if (!(heartbeat > 0 && heartbeat < session)) throw new SamsaError(`heartbeatIntervalMs (${heartbeat}) must be positive and below sessionTimeoutMs (${session})`);
  if (!(rebalance > 0)) throw new SamsaError('rebalanceTimeoutMs must be positive');
  if ((options.autoCommitIntervalMs ?? groupDefaults.autoCommitIntervalMs) <= 0) throw new SamsaError('autoCommitIntervalMs must be positive');
  if (options.groupInstanceId !== undefined && options.groupInstanceId.length === 0) throw new SamsaError('groupInstanceId must not be empty');
}

export function createConsumerGroup(
  cluster: Cluster,
  options: GroupOptions & { groupId: string; autoOffsetReset: ConsumerGroupConfig['autoOffsetReset']; retryBackoffMs: number },
  host: ConsumerGroupHost,
  retry: RetryPolicy,
): ConsumerGroup {
  const config: ConsumerGroupConfig = {
    groupId: options.groupId,
    groupInstanceId: options.groupInstanceId,
    sessionTimeoutMs: options.sessionTimeoutMs ?? groupDefaults.sessionTimeoutMs,
    rebalanceTimeoutMs: options.rebalanceTimeoutMs ?? groupDefaults.rebalanceTimeoutMs,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? groupDefaults.heartbeatIntervalMs,
    partitionAssigners: options.partitionAssigners ?? defaultPartitionAssignors(),
    autoCommit: options.autoCommit ?? groupDefaults.autoCommit,
    autoCommitIntervalMs: options.autoCommitIntervalMs ?? groupDefaults.autoCommitIntervalMs,
    autoOffsetReset: options.autoOffsetReset,
    retryBackoffMs: options.retryBackoffMs,
    requestTimeoutMs: cluster.options.requestTimeoutMs ?? 30_000,
    metadataMaxAgeMs: cluster.options.metadataMaxAgeMs,
    onPartitionsRevoked: options.onPartitionsRevoked,
    onPartitionsAssigned: options.onPartitionsAssigned,
  };
  return new ConsumerGroup(config, host, {
    channel: new ClusterCoordinatorChannel(cluster, config.groupId),
    topics: new ClusterTopicsSource(cluster),
    codec: subscriptionCodec,
    retry,
  });
}
