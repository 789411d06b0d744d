/**
 * OffsetCommit (Kafka's GroupCoordinator.handleCommitOffsets / doCommitOffsets): who may commit
 * in which group state, metadata size limits, and "standalone" commits (generation -1) from
 * consumers that assign partitions themselves and use the group only to store offsets. The
 * offsets cache changes only after the append to __consumer_offsets is acknowledged.
 * TxnOffsetCommit (handleTxnCommitOffsets, KIP-98/KIP-447) writes through the same checks into
 * the producer's transaction; its offsets count once the transaction commits.
 */

import { ErrorCode } from '../../proto/errors';
import type { OffsetCommitPartition, OffsetCommitRequest, OffsetCommitResponse, OffsetCommitTopic } from '../api/groups';
import type { TxnOffsetCommitRequest, TxnOffsetCommitResponse } from '../api/transactions';
import { type GroupCoordinatorConfig } from './coordinator-config';
import { type Clock } from '../clock';
import { GroupMetadata, GroupState, type TopicPartitionOffset } from './group-metadata';
import { type GroupMetadataManager } from './group-metadata-manager';
import { type GroupRebalancer } from './group-rebalancer';

/** The same error for every partition of the request. */
export function commitErrorResponse(topics: readonly OffsetCommitTopic[], errorCode: ErrorCode): OffsetCommitResponse {
  return { topics: topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partition: p.partition, errorCode })) })) };
}

/** OffsetCommit's "not given" values (Kafka's OffsetCommitRequest.DEFAULT_TIMESTAMP, DEFAULT_RETENTION_TIME). */
const defaultTimestamp = -1;
const defaultRetentionTimeMs = -1;

export class OffsetCommitHandler {
  constructor(
    private readonly manager: GroupMetadataManager,
    private readonly rebalancer: GroupRebalancer,
    private readonly config: GroupCoordinatorConfig,
    private readonly clock: Clock,
  ) {}

  async handleCommitOffsets(req: OffsetCommitRequest, validationError: ErrorCode | null): Promise<OffsetCommitResponse> {
    const { topics, groupId, generationId } = req;
    if (validationError !== null) return commitErrorResponse(topics, validationError);
    let group = this.manager.getGroup(groupId);
    if (group === undefined) {
      // No group: fine for a consumer not using group management; a stale generation otherwise.
      if (generationId >= 0) return commitErrorResponse(topics, ErrorCode.ILLEGAL_GENERATION);
      group = this.manager.addGroup(new GroupMetadata(groupId, GroupState.Empty, this.clock.nowMs()));
    }
    const error = this.checkCommitAllowed(group, req);
    if (error !== null) return commitErrorResponse(topics, error);
    return this.storeOffsets(group, topics, req.retentionTimeMs);
  }

  /** Null when `req` may commit to `group` now; touches the member's session when it may. */
  private checkCommitAllowed(group: GroupMetadata, req: OffsetCommitRequest): ErrorCode | null {
    const { memberId, generationId } = req;
    if (group.is(GroupState.Dead)) return ErrorCode.COORDINATOR_NOT_AVAILABLE;
    if (generationId < 0 && group.is(GroupState.Empty)) return null; // standalone commit
    if (group.isStaticMemberFenced(memberId, req.groupInstanceId || null)) return ErrorCode.FENCED_INSTANCE_ID;
    if (!group.has(memberId)) return ErrorCode.UNKNOWN_MEMBER_ID;
    if (generationId !== group.generationId) return ErrorCode.ILLEGAL_GENERATION;
    switch (group.state) {
      case GroupState.Stable:
      case GroupState.PreparingRebalance:
        // Commits are still taken while rebalancing: the heartbeat response tells the member to rejoin.
        this.rebalancer.completeAndScheduleNextHeartbeat(group, group.get(memberId));
        return null;
      case GroupState.CompletingRebalance:
        // The member saw the new generation's JoinGroup response but not its assignment yet.
        return ErrorCode.REBALANCE_IN_PROGRESS;
      default:
        throw new Error(`assertion: member ${memberId} of group ${group.groupId} committing in state ${group.state}`);
    }
  }

  /**
   * Kafka's doTxnCommitOffsets: a member id and a generation are checked only when given (a
   * producer without the consumer's group metadata sends neither, KIP-447); the group's state
   * does not matter, since the transaction, not the rebalance, decides whether the offsets count.
   */
  async handleTxnCommitOffsets(req: TxnOffsetCommitRequest, validationError: ErrorCode | null): Promise<TxnOffsetCommitResponse> {
    const fail = (errorCode: ErrorCode): TxnOffsetCommitResponse => txnCommitResponse(req, () => errorCode);
    if (validationError !== null) return fail(validationError);
    const group = this.manager.getGroup(req.groupId) ?? this.manager.addGroup(new GroupMetadata(req.groupId, GroupState.Empty, this.clock.nowMs()));
    if (group.is(GroupState.Dead)) return fail(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    if (group.isStaticMemberFenced(req.memberId, req.groupInstanceId || null)) return fail(ErrorCode.FENCED_INSTANCE_ID);
    if (req.memberId !== '' && !group.has(req.memberId)) return fail(ErrorCode.UNKNOWN_MEMBER_ID);
    if (req.generationId >= 0 && req.generationId !== group.generationId) return fail(ErrorCode.ILLEGAL_GENERATION);
    const nowMs = this.clock.nowMs();
    const { valid, tooLarge } = this.validOffsets(req.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({ partition: p.partitionIndex, committedOffset: p.committedOffset, committedLeaderEpoch: p.committedLeaderEpoch, committedMetadata: p.committedMetadata })),
    })), () => nowMs, null);
    const appendError = await this.manager.storeTxnOffsets(group, { producerId: req.producerId, producerEpoch: req.producerEpoch }, valid);
    return txnCommitResponse(req, (topic, partition) => (tooLarge.has(`${partition}:${topic}`) ? ErrorCode.OFFSET_METADATA_TOO_LARGE : appendError));
  }

  private async storeOffsets(group: GroupMetadata, topics: readonly OffsetCommitTopic[], retentionTimeMs: number | undefined): Promise<OffsetCommitResponse> {
    const nowMs = this.clock.nowMs();
    // Kafka's KafkaApis.handleOffsetCommitRequest: an explicit retention expires the offsets at
    // commit + retention whatever the group's state; none leaves it to KIP-211's rule.
    const expireTimestampMs = retentionTimeMs !== undefined && retentionTimeMs !== defaultRetentionTimeMs ? nowMs + retentionTimeMs : null;
    const commitTimestamp = (p: OffsetCommitPartition): number =>
      (p.commitTimestamp !== undefined && p.commitTimestamp !== defaultTimestamp ? p.commitTimestamp : nowMs);
    const { valid, tooLarge } = this.validOffsets(topics, commitTimestamp, expireTimestampMs);
    const appendError = await this.manager.storeOffsets(group, valid);
    return {
      topics: topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => ({
          partition: p.partition,
          errorCode: tooLarge.has(`${p.partition}:${t.name}`) ? ErrorCode.OFFSET_METADATA_TOO_LARGE : appendError,
        })),
      })),
    };
  }

  /** The commits whose metadata fits offset.metadata.max.bytes, and the partitions (partition:topic) whose does not. */
  private validOffsets(
    topics: readonly OffsetCommitTopic[], commitTimestamp: (p: OffsetCommitPartition) => number, expireTimestampMs: number | null,
  ): { valid: TopicPartitionOffset[]; tooLarge: Set<string> } {
    const valid: TopicPartitionOffset[] = [];
    const tooLarge = new Set<string>();
    for (const t of topics) {
      const topic = t.name;
      for (const p of t.partitions) {
        const { partition, committedMetadata: metadata } = p;
        if (Buffer.byteLength(metadata, 'utf8') > this.config.offsetMetadataMaxBytes) {
          tooLarge.add(`${partition}:${topic}`);
          continue;
        }
        valid.push({ topic, partition, committed: { offset: p.committedOffset, leaderEpoch: p.committedLeaderEpoch, metadata, commitTimestampMs: commitTimestamp(p), expireTimestampMs } });
      }
    }
    return { valid, tooLarge };
  }
}

function txnCommitResponse(req: TxnOffsetCommitRequest, errorFor: (topic: string, partition: number) => ErrorCode): TxnOffsetCommitResponse {
  return {
    throttleTimeMs: 0,
    topics: req.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: errorFor(t.name, p.partitionIndex) })) })),
  };
}
