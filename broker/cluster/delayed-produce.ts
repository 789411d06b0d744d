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
  constructor(
    delayMs: number,
    private readonly statuses: readonly ProducePartitionStatus[],
    private readonly lookup: (topic: string, partition: number) => Partition | undefined,
    private readonly respond: (statuses: readonly ProducePartitionStatus[]) => void,
  ) {
    super(delayMs);
  }

  keys(): string[] {
    return this.statuses.filter((s) => s.acksPending).map((s) => topicPartitionKey({ topic: s.topic, partition: s.partition }));
  }

  tryComplete(): boolean {
    for (const s of this.statuses) {
      if (!s.acksPending) continue;
      const partition = this.lookup(s.topic, s.partition);
      const check = partition === undefined
        ? { done: true, errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER }
        : partition.checkEnoughReplicasReachOffset(s.requiredOffset);
      if (!check.done) continue;
      s.acksPending = false;
      s.errorCode = check.errorCode;
    }
    if (this.statuses.some((s) => s.acksPending)) return false;
    return this.forceComplete();
  }

  protected onExpiration(): void {
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
