/**
 * The narrow view of the replica manager that the produce and fetch paths (replica-append.ts,
 * replica-fetch.ts) work against, so that they can be driven in tests with fake partitions.
 */
import type { Logger } from 'pino';
import type { DelayedOperationPurgatory } from './delayed-operation';
import type { DelayedFetch } from './delayed-fetch';
import type { DelayedProduce } from './delayed-produce';
import type { Partition } from './partition';

export interface ReplicaAccess {
  readonly logger: Logger;
  nowMs(): number;
  getPartition(topic: string, partition: number): Partition | undefined;
  /**
   * Kafka's `getPartitionOrError`: the local partition, or NOT_LEADER_OR_FOLLOWER when the cluster
   * knows the partition but this broker holds no replica of it, or UNKNOWN_TOPIC_OR_PARTITION.
   */
  partitionOrError(topic: string, partition: number): Partition | number;
  readonly fetchPurgatory: DelayedOperationPurgatory<DelayedFetch>;
  readonly producePurgatory: DelayedOperationPurgatory<DelayedProduce>;
  /** Re-checks parked fetches and produces of a partition after its log or HW changed. */
  completeDelayedRequests(topic: string, partition: number): void;
}
