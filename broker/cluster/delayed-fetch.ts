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

  /** The purgatory keys this fetch waits on. */
  keys(): string[] {
    return this.fetch.partitions.map((p) => topicPartitionKey({ topic: p.topic, partition: p.partition }));
  }

  tryComplete(): boolean {
    let accumulatedBytes = 0;
    for (const p of this.fetch.partitions) {
      const partition = this.lookup(p.topic, p.partition);
      if (partition === undefined || !partition.isLeader) return this.forceComplete();
      if (partition.checkCurrentLeaderEpoch(p.currentLeaderEpoch) !== ErrorCode.NONE) return this.forceComplete();
      // Past the LEO the log was truncated under the fetcher; between the HW and the LEO a consumer
      // simply waits for the HW (Kafka's case C is about truncation only).
      if (p.fetchOffset > partition.logEndOffset) return this.forceComplete();
      if (this.fetch.throttled?.(p.topic, p.partition) === true) continue;
      // read_committed counts only bytes below the last stable offset: a marker or an HW advance moves it.
      accumulatedBytes += partition.bytesAvailable(p.fetchOffset, this.fetch.replicaId, this.fetch.isolationLevel);
      if (accumulatedBytes >= this.fetch.minBytes) return this.forceComplete();
    }
    return false;
  }

  protected onExpiration(): void {
    this.expired = true;
  }

  protected onComplete(): void {
    this.respond(this.expired);
  }
}
