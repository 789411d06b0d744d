/**
 * The partitions this broker hosts a replica of (Kafka's `ReplicaManager.allPartitions`). The
 * control plane (replica-manager.ts) adds and removes them as LeaderAndIsr and StopReplica say;
 * the data plane (replica-data-plane.ts) reads and appends through them.
 */
import { ErrorCode } from '../../proto/errors';
import { topicPartitionKey } from '../../proto/topic-partition';
import type { MetadataCache } from './metadata-cache';
import type { Partition } from './partition';

export interface PartitionInfo {
  leader: number;
  leaderEpoch: number;
  isr: number[];
  replicas: number[];
  highWatermark: number;
  logStartOffset: number;
  logEndOffset: number;
}

export class HostedPartitions {
  private readonly byKey = new Map<string, Partition>();

  constructor(private readonly metadataCache: Pick<MetadataCache, 'partitionState'>) {}

  get(topic: string, partition: number): Partition | undefined {
    return this.byKey.get(topicPartitionKey({ topic, partition }));
  }

  /**
   * Kafka's `getPartitionOrError`: the local partition, or NOT_LEADER_OR_FOLLOWER when the cluster
   * knows the partition but this broker holds no replica of it, or UNKNOWN_TOPIC_OR_PARTITION.
   */
  getOrError(topic: string, partition: number): Partition | number {
    const found = this.get(topic, partition);
    if (found !== undefined) return found;
    return this.metadataCache.partitionState(topic, partition) !== undefined
      ? ErrorCode.NOT_LEADER_OR_FOLLOWER
      : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
  }

  put(partition: Partition): void {
    this.byKey.set(topicPartitionKey(partition), partition);
  }

  remove(topic: string, partition: number): void {
    this.byKey.delete(topicPartitionKey({ topic, partition }));
  }

  all(): Partition[] {
    return [...this.byKey.values()];
  }

  /** What the admin API shows of a hosted partition. */
  info(topic: string, partition: number): PartitionInfo | undefined {
    const p = this.get(topic, partition);
    if (p === undefined) return undefined;
    return {
      leader: p.leaderReplicaId, leaderEpoch: p.leaderEpoch, isr: [...p.isr], replicas: [...p.replicas],
      highWatermark: p.highWatermark, logStartOffset: p.log.logStartOffset, logEndOffset: p.logEndOffset,
    };
  }

  hostsTopic(topic: string): boolean {
    return this.all().some((p) => p.topic === topic);
  }
}
