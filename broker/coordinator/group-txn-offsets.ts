/**
 * A group's transactional offset commits waiting for their transaction's outcome (Kafka's
 * GroupMetadata.pendingTransactionalOffsetCommits, KIP-98), per producer id. A TxnOffsetCommit
 * prepares its offsets before the append, records where the append landed once it is
 * acknowledged, and forgets them if it fails; the transaction's marker then completes them:
 * committed, they become the group's offsets (unless a later commit already won), aborted, they
 * are dropped. Until then OffsetFetch with requireStable answers UNSTABLE_OFFSET_COMMIT for them
 * (KIP-447), and neither expiry nor a group deletion removes them.
 */
import type { CommittedOffset, TopicPartitionOffset } from './group-metadata';

const partitionKey = (topic: string, partition: number): string => `${topic}\0${partition}`;

export class PendingTxnOffsets {
  private readonly byProducer = new Map<number, Map<string, TopicPartitionOffset>>();

  /** Offsets about to be appended for `producerId`; they replace its earlier pending ones. */
  prepare(producerId: number, offsets: readonly TopicPartitionOffset[]): void {
    let pending = this.byProducer.get(producerId);
    if (pending === undefined) this.byProducer.set(producerId, (pending = new Map()));
    for (const o of offsets) pending.set(partitionKey(o.topic, o.partition), { ...o, committed: { ...o.committed, appendedBatchOffset: undefined } });
  }

  /** The append of `offsets` was acknowledged at `appendedBatchOffset`: complete those still pending. */
  onAppend(producerId: number, offsets: readonly TopicPartitionOffset[], appendedBatchOffset: number): void {
    const pending = this.byProducer.get(producerId);
    if (pending === undefined) return; // completed or unloaded meanwhile
    for (const o of offsets) {
      const entry = pending.get(partitionKey(o.topic, o.partition));
      // A later TxnOffsetCommit of the same producer may have replaced it; that one owns the slot.
      if (entry !== undefined && sameCommit(entry.committed, o.committed)) entry.committed.appendedBatchOffset = appendedBatchOffset;
    }
  }

  /** The append failed: its offsets are not part of the transaction. */
  fail(producerId: number, offsets: readonly TopicPartitionOffset[]): void {
    const pending = this.byProducer.get(producerId);
    if (pending === undefined) return;
    for (const o of offsets) pending.delete(partitionKey(o.topic, o.partition));
    if (pending.size === 0) this.byProducer.delete(producerId);
  }

  /** Removes and returns `producerId`'s pending offsets (its transaction ended). */
  take(producerId: number): TopicPartitionOffset[] {
    const pending = this.byProducer.get(producerId);
    this.byProducer.delete(producerId);
    return pending === undefined ? [] : [...pending.values()];
  }

  hasFromProducer(producerId: number): boolean {
    return this.byProducer.has(producerId);
  }

  has(topic: string, partition: number): boolean {
    const key = partitionKey(topic, partition);
    for (const pending of this.byProducer.values()) if (pending.has(key)) return true;
    return false;
  }

  isEmpty(): boolean {
    return this.byProducer.size === 0;
  }

  /** Every producer's pending offsets (a deleted group hands them on, see cleanupGroupMetadata). */
  entries(): [number, TopicPartitionOffset[]][] {
    return [...this.byProducer].map(([producerId, pending]) => [producerId, [...pending.values()]]);
  }

  /** Restores pending offsets as a replay or a hand-over found them (append offsets known). */
  restore(producerId: number, offsets: readonly TopicPartitionOffset[]): void {
    let pending = this.byProducer.get(producerId);
    if (pending === undefined) this.byProducer.set(producerId, (pending = new Map()));
    for (const o of offsets) pending.set(partitionKey(o.topic, o.partition), o);
  }
}

function sameCommit(a: CommittedOffset, b: CommittedOffset): boolean {
  return a.offset === b.offset && a.leaderEpoch === b.leaderEpoch && a.metadata === b.metadata && a.commitTimestampMs === b.commitTimestampMs;
}

/**
 * Kafka's CommitRecordMetadataAndOffset.olderThan: which of two commits of one partition was
 * appended first. A commit whose append offset is unknown (written before this was tracked)
 * counts as the oldest.
 */
export function appendedBefore(a: CommittedOffset, b: CommittedOffset): boolean {
  return (a.appendedBatchOffset ?? -1) < (b.appendedBatchOffset ?? -1);
}
