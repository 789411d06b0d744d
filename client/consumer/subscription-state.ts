/**
 * What the consumer is assigned and where it stands on each partition (Kafka's
 * SubscriptionState). Pure: no sockets, no timers.
 *
 * Two positions per partition: `position` is the next offset the application gets;
 * `fetchPosition` is the next offset to fetch, ahead of `position` while fetched records wait
 * in the prefetch buffer. `seekEpoch` grows on every seek, pause and reset, so records fetched
 * before it are recognised as stale and dropped. Explicit assignment only for now: a group
 * member would drive `assign` from its SyncGroup result and seed positions from OffsetFetch.
 */

import { type ConsumerRecord, type DecodedBatch } from '../../proto/record-batch';
import { type TopicPartition, topicPartitionKey } from '../../proto/topic-partition';


export type OffsetResetStrategy = 'earliest' | 'latest' | 'none';

/** Where a partition without a position should start. */
export type ResetTarget = { kind: 'earliest' } | { kind: 'latest' } | { kind: 'timestamp'; timestampMs: number };

export class PartitionState {
  position: number | undefined;
  fetchPosition: number | undefined;
  /** Set when the position must be looked up (ListOffsets) before fetching. */
  pendingReset: ResetTarget | undefined;
  seekEpoch = 0;
  paused = false;
  highWatermark = -1;
  logStartOffset = -1;

  constructor(readonly topic: string, readonly partition: number) {}

  get key(): string {
    return topicPartitionKey({ topic: this.topic, partition: this.partition });
  }

  seek(offset: number): void {
    this.position = offset;
    this.fetchPosition = offset;
    this.pendingReset = undefined;
    this.seekEpoch++;
  }

  requestReset(target: ResetTarget): void {
    this.position = undefined;
    this.fetchPosition = undefined;
    this.pendingReset = target;
    this.seekEpoch++;
  }

  /** Drops whatever was prefetched: the next fetch starts again at `position`. */
  rewindFetch(): void {
    this.fetchPosition = this.position;
    this.seekEpoch++;
  }

  get isFetchable(): boolean {
    return !this.paused && this.fetchPosition !== undefined && this.pendingReset === undefined;
  }
}


export class SubscriptionState {
  private readonly states = new Map<string, PartitionState>();

  constructor(private readonly defaultReset: OffsetResetStrategy) {}

  /** Replaces the assignment; partitions kept keep their positions. */
  assign(partitions: readonly TopicPartition[]): void {
    const next = new Map<string, PartitionState>();
    for (const { topic, partition } of partitions) {
      const key = topicPartitionKey({ topic, partition });
      const state = this.states.get(key) ?? new PartitionState(topic, partition);
      if (state.position === undefined && state.pendingReset === undefined && this.defaultReset !== 'none') {
        state.requestReset({ kind: this.defaultReset });
      }
      next.set(key, state);
    }
    this.states.clear();
    for (const [k, v] of next) this.states.set(k, v);
  }

  assigned(): PartitionState[] {
    return [...this.states.values()];
  }

  state(topic: string, partition: number): PartitionState | undefined {
    return this.states.get(topicPartitionKey({ topic, partition }));
  }

  /** The reset an out-of-range position gets, or undefined when the policy is 'none'. */
  resetTargetForOutOfRange(): ResetTarget | undefined {
    return this.defaultReset === 'none' ? undefined : { kind: this.defaultReset };
  }
}

/**
 * The records of fetched batches at or after `position`, and the position after them. A fetch
 * may start mid-batch (the broker returns whole batches), so records below the position are
 * skipped; a batch with no records left (control batches, compacted-away records) still moves
 * the position past its last offset so the consumer does not fetch it forever.
 */
export function recordsFromPosition(batches: readonly DecodedBatch[], position: number): { records: ConsumerRecord[]; nextPosition: number } {
  // One batch read from its start (a partition that keeps up): its records as they are.
  const only = batches.length === 1 ? batches[0]! : undefined;
  if (only !== undefined && only.baseOffset >= position) return { records: only.records, nextPosition: only.lastOffset + 1 };
  const records: ConsumerRecord[] = [];
  let nextPosition = position;
  for (const batch of batches) {
    if (batch.lastOffset < nextPosition) continue;
    const list = batch.records;
    let i = 0;
    if (batch.baseOffset < nextPosition) while (i < list.length && list[i]!.offset < nextPosition) i++;
    for (; i < list.length; i++) records.push(list[i]!);
    nextPosition = batch.lastOffset + 1;
  }
  return { records, nextPosition };
}
