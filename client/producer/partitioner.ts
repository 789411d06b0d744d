/**
 * Choosing a partition for a record, as Kafka 2.4+ does:
 * - an explicit `partition` wins;
 * - a keyed record goes to toPositive(murmur2(key)) % numPartitions, over all partitions, so
 *   a key's partition does not move while a leader is away;
 * - a null key sticks to one partition until a batch for it is completed, then switches to
 *   another available partition (KIP-480 sticky partitioner: fuller batches, lower latency).
 * Custom partitioners have KafkaJS's shape: `({ topic, partitionMetadata, message }) => number`.
 */

import { murmur2, toPositive } from './murmur2';

export interface PartitionInfo {
  partitionId: number;
  leader: number;
}

export interface PartitionerArgs {
  topic: string;
  partitionMetadata: readonly PartitionInfo[];
  message: { key?: Buffer | string | null; partition?: number };
}

export type PartitionFn = (args: PartitionerArgs) => number;

export interface Partitioner {
  partition: PartitionFn;
  /** Called when a new batch is started for (topic, partition); sticky partitioning moves on. */
  onNewBatch?(topic: string, previousPartition: number, partitionMetadata: readonly PartitionInfo[]): void;
}

export function keyBytes(key: Buffer | string): Buffer {
  return typeof key === 'string' ? Buffer.from(key, 'utf8') : key;
}

export class DefaultPartitioner implements Partitioner {
  private readonly stickyByTopic = new Map<string, number>();

  constructor(private readonly random: () => number = Math.random) {}

  readonly partition: PartitionFn = ({ topic, partitionMetadata, message }) => {
    if (message.partition !== undefined && message.partition !== null) return message.partition;
    const numPartitions = partitionMetadata.length;
    if (message.key !== undefined && message.key !== null) {
      return toPositive(murmur2(keyBytes(message.key))) % numPartitions;
    }
    const sticky = this.stickyByTopic.get(topic);
    if (sticky !== undefined && sticky < numPartitions) return sticky;
    return this.nextSticky(topic, -1, partitionMetadata);
  };

  onNewBatch(topic: string, previousPartition: number, partitionMetadata: readonly PartitionInfo[]): void {
    // Only move if the batch that completed belongs to the current sticky partition: another
    // completion (a keyed batch, an old sticky choice) must not trigger a switch.
    if (this.stickyByTopic.get(topic) === previousPartition) this.nextSticky(topic, previousPartition, partitionMetadata);
  }

  private nextSticky(topic: string, previous: number, partitionMetadata: readonly PartitionInfo[]): number {
    const available = partitionMetadata.filter((p) => p.leader >= 0).map((p) => p.partitionId);
    const candidates = available.length > 0 ? available : partitionMetadata.map((p) => p.partitionId);
    const others = candidates.length > 1 ? candidates.filter((p) => p !== previous) : candidates;
    const choice = others[Math.floor(this.random() * others.length)] ?? 0;
    this.stickyByTopic.set(topic, choice);
    return choice;
  }
}

export function toPartitioner(p: Partitioner | PartitionFn | undefined): Partitioner {
  if (p === undefined) return new DefaultPartitioner();
  return typeof p === 'function' ? { partition: p } : p;
}
