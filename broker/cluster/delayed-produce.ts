/**
 * Kafka's `DelayedProduce`: an acks=-1 produce parked until the high watermark of every partition
 * it wrote passes the last offset written (every ISR member has the batch), or until its timeout
 * (REQUEST_TIMED_OUT for the partitions still waiting). With replication factor 1 the HW moves with
 * the append and the operation completes at once; followers will complete it through HW advances.
 */
import { ErrorCode } from '../../proto/errors';
import { DelayedOperation } from './delayed-operation';
import type { Partition } from './partition';
import { topicPartitionKey } from '../../proto/topic-partition';

export interface ProducePartitionStatus {
  topic: string;
  partition: number;
  /** The offset the HW must reach: last offset written + 1. */
  requiredOffset: number;
  /** True while this partition still waits for replicas. */
  acksPending: boolean;
  errorCode: number;
  errorMessage?: string;
}

export class DelayedProduce extends DelayedOperation {
  /** Partitions still waiting for replicas, by purgatory key. */
  private readonly waiting = new Map<string, ProducePartitionStatus>();

  constructor(
    delayMs: number,
    private readonly statuses: readonly ProducePartitionStatus[],
    private readonly lookup: (topic: string, partition: number) => Partition | undefined,
    private readonly respond: (statuses: readonly ProducePartitionStatus[]) => void,
  ) {
    super(delayMs);
    for (const s of statuses) if (s.acksPending) this.waiting.set(topicPartitionKey({ topic: s.topic, partition: s.partition }), s);
  }

  keys(): string[] {
    return [...this.waiting.keys()];
  }

  /** With `changedKey`, checks that partition alone: the others have not changed since their last check. */
  tryComplete(changedKey?: string): boolean {
    if (changedKey !== undefined) {
      const s = this.waiting.get(changedKey);
      if (s !== undefined) this.check(changedKey, s);
    } else {
      for (const [key, s] of this.waiting) this.check(key, s);
    }
    if (this.waiting.size > 0) return false;
    return this.forceComplete();
  }

  private check(key: string, s: ProducePartitionStatus): void {
    const partition = this.lookup(s.topic, s.partition);
    const check = partition === undefined
      ? { done: true, errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER }
      : partition.checkEnoughReplicasReachOffset(s.requiredOffset);
    if (!check.done) return;
    s.acksPending = false;
    s.errorCode = check.errorCode;
    this.waiting.delete(key);
  }

  protected onExpiration(): void {
    this.waiting.clear();
    for (const s of this.statuses) {
      if (!s.acksPending) continue;
      s.acksPending = false;
      s.errorCode = ErrorCode.REQUEST_TIMED_OUT;
      s.errorMessage = `Replication of ${s.topic}-${s.partition} up to offset ${s.requiredOffset} did not complete in time`;
    }
  }

  protected onComplete(): void {
    this.respond(this.statuses);
  }
}
