/**
 * The partitions this broker hosts a replica of (Kafka's `ReplicaManager.allPartitions`). The
 * control plane (replica-manager.ts) adds and removes them as LeaderAndIsr and StopReplica say;
 * the data plane (replica-data-plane.ts) reads and appends through them.
 */
import { ErrorCode } from '../../proto/errors';
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
  /** By topic, then partition: a lookup builds no "topic-partition" key string (a replica fetch looks up every partition it names). */
  private readonly byTopic = new Map<string, Map<number, Partition>>();

  constructor(private readonly metadataCache: Pick<MetadataCache, 'partitionState'>) {}

  get(topic: string, partition: number): Partition | undefined {
    return this.byTopic.get(topic)?.get(partition);
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
    let partitions = this.byTopic.get(partition.topic);
    if (partitions === undefined) this.byTopic.set(partition.topic, (partitions = new Map()));
    partitions.set(partition.partition, partition);
  }

  remove(topic: string, partition: number): void {
    const partitions = this.byTopic.get(topic);
    if (partitions === undefined) return;
    partitions.delete(partition);
    if (partitions.size === 0) this.byTopic.delete(topic);
  }

  all(): Partition[] {
    const all: Partition[] = [];
    for (const partitions of this.byTopic.values()) for (const p of partitions.values()) all.push(p);
    return all;
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
    return this.byTopic.has(topic);
  }
}
