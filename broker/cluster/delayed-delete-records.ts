/**
 * DeleteRecords on the leader (Kafka's Partition.deleteRecordsOnLeader and DelayedDeleteRecords,
 * KIP-107): the leader advances its log start offset at once (never past the high watermark:
 * OFFSET_OUT_OF_RANGE; a topic without cleanup.policy delete: POLICY_VIOLATION), then the answer
 * waits until the low watermark, the smallest log start offset over the leader and its live
 * followers, reaches the requested offset: followers copy the leader's log start offset from
 * their fetch responses and report theirs in their next fetch. A partition that stops being led
 * here while waiting answers NOT_LEADER_OR_FOLLOWER; one still waiting at the timeout
 * REQUEST_TIMED_OUT (its leader has already deleted).
 */
import { ErrorCode, errorCodeOf } from '../../proto/errors';
import { topicPartitionKey } from '../../proto/topic-partition';
import { DelayedOperation } from './delayed-operation';
import type { Partition } from './partition';

/** Kafka's DeleteRecordsRequest.HIGH_WATERMARK. */
export const deleteToHighWatermark = -1;

export interface DeleteRecordsStatus {
  topic: string;
  partition: number;
  /** The offset the low watermark must reach (-1 when the partition failed). */
  requiredOffset: number;
  lowWatermark: number;
  errorCode: number;
  /** True while the followers have not caught up with the deletion. */
  pending: boolean;
}

/** The smallest log start offset over the leader and its followers on live brokers (Partition.lowWatermarkIfLeader). */
export function lowWatermarkIfLeader(partition: Partition, isBrokerAlive: (id: number) => boolean): number {
  let low = partition.log.logStartOffset;
  for (const id of partition.replicas) {
    if (id === partition.leaderReplicaId || !isBrokerAlive(id)) continue;
    low = Math.min(low, partition.followerLogStartOffset(id));
  }
  return low;
}

/** Advances the leader's log start offset; the status of this partition, pending unless it failed. */
export function deleteRecordsOnLeader(partition: Partition, offset: number, isBrokerAlive: (id: number) => boolean): DeleteRecordsStatus {
  const { topic } = partition;
  const failed = (errorCode: number): DeleteRecordsStatus => ({ topic, partition: partition.partition, requiredOffset: -1, lowWatermark: -1, errorCode, pending: false });
  if (!partition.isLeader) return failed(ErrorCode.NOT_LEADER_OR_FOLLOWER);
  if (!partition.log.config.cleanupPolicy.split(',').map((p) => p.trim()).includes('delete')) return failed(ErrorCode.POLICY_VIOLATION);
  const requiredOffset = offset === deleteToHighWatermark ? partition.log.highWatermark : offset;
  if (requiredOffset < 0) return failed(ErrorCode.OFFSET_OUT_OF_RANGE);
  try {
    partition.log.maybeIncrementLogStartOffset(requiredOffset);
  } catch (err) {
    const known = errorCodeOf(err);
    if (known === undefined) throw err;
    return failed(known.code);
  }
  return { topic, partition: partition.partition, requiredOffset, lowWatermark: lowWatermarkIfLeader(partition, isBrokerAlive), errorCode: ErrorCode.NONE, pending: true };
}

export class DelayedDeleteRecords extends DelayedOperation {
  constructor(
    delayMs: number,
    private readonly statuses: readonly DeleteRecordsStatus[],
    private readonly lookup: (topic: string, partition: number) => Partition | undefined,
    private readonly isBrokerAlive: (id: number) => boolean,
    private readonly respond: (statuses: readonly DeleteRecordsStatus[]) => void,
  ) {
    super(delayMs);
  }

  keys(): string[] {
    return this.statuses.filter((s) => s.pending).map((s) => topicPartitionKey({ topic: s.topic, partition: s.partition }));
  }

  tryComplete(): boolean {
    for (const s of this.statuses) {
      if (!s.pending) continue;
      const partition = this.lookup(s.topic, s.partition);
      if (partition === undefined || !partition.isLeader) {
        Object.assign(s, { pending: false, errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER, lowWatermark: -1 });
        continue;
      }
      s.lowWatermark = lowWatermarkIfLeader(partition, this.isBrokerAlive);
      if (s.lowWatermark >= s.requiredOffset) s.pending = false;
    }
    if (this.statuses.some((s) => s.pending)) return false;
    return this.forceComplete();
  }

  protected onExpiration(): void {
    for (const s of this.statuses) {
      if (!s.pending) continue;
      Object.assign(s, { pending: false, errorCode: ErrorCode.REQUEST_TIMED_OUT });
    }
  }

  protected onComplete(): void {
    this.respond(this.statuses);
  }
}
