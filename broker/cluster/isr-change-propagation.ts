/**
 * Batching of ISR change notifications (Kafka 2.4 `ReplicaManager.maybePropagateIsrChanges`,
 * ReplicaManager.maybePropagateIsrChanges): every ISR change this broker writes is remembered, and a task every 2.5 s
 * writes one /isr_change_notification/isr_change_ node for all of them, but only when no change
 * happened for 5 s or the last notification is more than 60 s old, so that a burst of ISR churn
 * does not flood the controller.
 */
import { type TopicPartition } from '../../proto/topic-partition';

export const isrChangePropagationIntervalMs = 2_500;
export const isrChangePropagationBlackoutMs = 5_000;
export const isrChangePropagationMaxDelayMs = 60_000;
/** Bound on remembered changes: beyond it a notification is written at the next run regardless. */
export const isrChangeSetMax = 100_000;

export class IsrChangePropagation {
  private readonly changed = new Map<string, TopicPartition>();
  private lastChangeMs = 0;
  private lastPropagationMs: number;

  constructor(private readonly propagate: (partitions: TopicPartition[]) => Promise<void>, nowMs: number) {
    this.lastPropagationMs = nowMs;
  }

  get pending(): number {
    return this.changed.size;
  }

  record(topic: string, partition: number, nowMs: number): void {
    this.changed.set(`${topic}-${partition}`, { topic, partition });
    this.lastChangeMs = nowMs;
  }

  /** Whether a notification is due now (the batching rule, pure). */
  isDue(nowMs: number): boolean {
    if (this.changed.size === 0) return false;
    if (this.changed.size >= isrChangeSetMax) return true;
    return this.lastChangeMs + isrChangePropagationBlackoutMs < nowMs || this.lastPropagationMs + isrChangePropagationMaxDelayMs < nowMs;
  }

  /** Writes the notification when due; on failure the changes stay for the next run. */
  async maybePropagate(nowMs: number): Promise<boolean> {
    if (!this.isDue(nowMs)) return false;
    const partitions = [...this.changed.values()];
    await this.propagate(partitions);
    // A change recorded again during the write is a new entry and stays for the next run.
    for (const p of partitions) {
      const key = `${p.topic}-${p.partition}`;
      if (this.changed.get(key) === p) this.changed.delete(key);
    }
    this.lastPropagationMs = nowMs;
    return true;
  }
}
