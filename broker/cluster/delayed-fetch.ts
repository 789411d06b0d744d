/**
 * Kafka's `DelayedFetch`: a long-poll fetch parked until `min_bytes` are available over its
 * partitions or `max_wait_ms` passes. It completes early, like Kafka's cases A-D, when a partition
 * is gone or no longer led here, when its leader epoch moved, when the fetch offset is past the
 * log end (the log was truncated), or when enough bytes accumulated. Completion re-reads the
 * log (the `respond` callback), so the answer holds what is there at that moment.
 */
import { ErrorCode } from '../../proto/errors';
import { DelayedOperation } from './delayed-operation';
import type { Partition } from './partition';
import { topicPartitionKey } from '../../proto/topic-partition';

export interface DelayedFetchPartition {
  topic: string;
  partition: number;
  fetchOffset: number;
  currentLeaderEpoch: number;
}

export class DelayedFetch extends DelayedOperation {
  private expired = false;

  constructor(
    delayMs: number,
    private readonly fetch: {
      replicaId: number; minBytes: number; partitions: readonly DelayedFetchPartition[]; isolationLevel?: number;
      /** A follower's partition held back by the leader's replication quota: its bytes do not count (Kafka's DelayedFetch). */
      throttled?: (topic: string, partition: number) => boolean;
    },
    private readonly lookup: (topic: string, partition: number) => Partition | undefined,
    private readonly respond: (expired: boolean) => void,
  ) {
    super(delayMs);
  }

  /** The fetch's partitions by purgatory key, made on first use. */
  private byKey: Map<string, DelayedFetchPartition> | undefined;

  /** The purgatory keys this fetch waits on. */
  keys(): string[] {
    return [...this.partitionsByKey().keys()];
  }

  private partitionsByKey(): Map<string, DelayedFetchPartition> {
    this.byKey ??= new Map(this.fetch.partitions.map((p) => [topicPartitionKey({ topic: p.topic, partition: p.partition }), p]));
    return this.byKey;
  }

  /**
   * With `changedKey` and minBytes <= 1, checks that partition alone: any partition with a byte
   * completes the fetch, so the others, unchanged, still have none. Otherwise every partition
   * is checked, their bytes summed against minBytes.
   */
  tryComplete(changedKey?: string): boolean {
    if (changedKey !== undefined && this.fetch.minBytes <= 1) {
      const p = this.partitionsByKey().get(changedKey);
      return p === undefined ? false : this.checkPartition(p) !== 0 && this.forceComplete();
    }
    let accumulatedBytes = 0;
    for (const p of this.fetch.partitions) {
      const bytes = this.checkPartition(p);
      if (bytes < 0) return this.forceComplete();
      accumulatedBytes += bytes;
      if (accumulatedBytes >= this.fetch.minBytes) return this.forceComplete();
    }
    return false;
  }

  /** The bytes this partition adds toward minBytes; -1 when the fetch must be answered now. */
  private checkPartition(p: DelayedFetchPartition): number {
    const partition = this.lookup(p.topic, p.partition);
    if (partition === undefined || !partition.isLeader) return -1;
    if (partition.checkCurrentLeaderEpoch(p.currentLeaderEpoch) !== ErrorCode.NONE) return -1;
    // Past the LEO the log was truncated under the fetcher; between the HW and the LEO a consumer
    // simply waits for the HW (Kafka's case C is about truncation only).
    if (p.fetchOffset > partition.logEndOffset) return -1;
    if (this.fetch.throttled?.(p.topic, p.partition) === true) return 0;
    // read_committed counts only bytes below the last stable offset: a marker or an HW advance moves it.
    return partition.bytesAvailable(p.fetchOffset, this.fetch.replicaId, this.fetch.isolationLevel);
  }

  protected onExpiration(): void {
    this.expired = true;
  }

  protected onComplete(): void {
    this.respond(this.expired);
  }
}
