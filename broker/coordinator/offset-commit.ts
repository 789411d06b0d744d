/**
 * OffsetCommit (Kafka's GroupCoordinator.handleCommitOffsets / doCommitOffsets): who may commit
 * in which group state, metadata size limits, and "standalone" commits (generation -1) from
 * consumers that assign partitions themselves and use the group only to store offsets. The
 * offsets cache changes only after the append to __consumer_offsets is acknowledged.
 */

import { ErrorCode } from '../../proto/errors';
import type { OffsetCommitRequest, OffsetCommitResponse, OffsetCommitTopic } from '../api/groups';
import { type GroupCoordinatorConfig, type Timer } from './coordinator-config';
import { GroupMetadata, GroupState, type TopicPartitionOffset } from './group-metadata';
import { type GroupMetadataManager } from './group-metadata-manager';
import { type GroupRebalancer } from './group-rebalancer';

/** The same error for every partition of the request. */
export function commitErrorResponse(topics: readonly OffsetCommitTopic[], errorCode: ErrorCode): OffsetCommitResponse {
  return { topics: topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partition: p.partition, errorCode })) })) };
}

export class OffsetCommitHandler {
  constructor(
    private readonly manager: GroupMetadataManager,
    private readonly rebalancer: GroupRebalancer,
    private readonly config: GroupCoordinatorConfig,
    private readonly timer: Timer,
  ) {}

  async handleCommitOffsets(req: OffsetCommitRequest, validationError: ErrorCode | null): Promise<OffsetCommitResponse> {
    const { topics, groupId, generationId } = req;
    if (validationError !== null) return commitErrorResponse(topics, validationError);
    let group = this.manager.getGroup(groupId);
    if (group === undefined) {
      // No group: fine for a consumer not using group management; a stale generation otherwise.
      if (generationId >= 0) return commitErrorResponse(topics, ErrorCode.ILLEGAL_GENERATION);
      group = this.manager.addGroup(new GroupMetadata(groupId, GroupState.Empty, this.timer.nowMs()));
    }
    const error = this.checkCommitAllowed(group, req);
    if (error !== null) return commitErrorResponse(topics, error);
    return this.storeOffsets(group, topics);
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

  private async storeOffsets(group: GroupMetadata, topics: readonly OffsetCommitTopic[]): Promise<OffsetCommitResponse> {
    const nowMs = this.timer.nowMs();
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
        valid.push({ topic, partition, committed: { offset: p.committedOffset, leaderEpoch: p.committedLeaderEpoch, metadata, commitTimestampMs: nowMs, expireTimestampMs: null } });
      }
    }
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
}
