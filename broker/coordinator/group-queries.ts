/**
 * The read side and the admin side of the coordinator: OffsetFetch, DescribeGroups, ListGroups
 * and DeleteGroups (Kafka's handleFetchOffsets, handleDescribeGroup, handleListGroups,
 * handleDeleteGroups). Offsets are served from the in-memory cache whatever the group's state,
 * since standalone consumers store offsets in groups without members.
 */

import { ErrorCode } from '../../proto/errors';
import type { DeleteGroupsResponse, DescribedGroup, ListGroupsResponse, OffsetFetchRequest, OffsetFetchResponse, OffsetFetchTopic } from '../api/groups';
import { type Clock } from '../clock';
import { type GroupMetadata, GroupState } from './group-metadata';
import { type GroupMetadataManager } from './group-metadata-manager';
import { type GroupRebalancer } from './group-rebalancer';

export class GroupQueries {
  constructor(
    private readonly manager: GroupMetadataManager,
    private readonly rebalancer: GroupRebalancer,
    private readonly clock: Clock,
  ) {}

  fetchOffsets(req: OffsetFetchRequest, validationError: ErrorCode | null): OffsetFetchResponse {
    if (validationError !== null) return { errorCode: validationError, topics: [] };
    const requested = req.allTopics
      ? null
      : req.topics.flatMap((t) => t.partitions.map((partition) => ({ topic: t.name, partition })));
    const byTopic = new Map<string, OffsetFetchTopic>();
    for (const { topic, partition, committed: found, unstable } of this.manager.getOffsets(req.groupId, requested)) {
      let entry = byTopic.get(topic);
      if (entry === undefined) byTopic.set(topic, (entry = { name: topic, partitions: [] }));
      const withheld = req.requireStable === true && unstable;
      const committed = withheld ? undefined : found;
      entry.partitions.push({
        partition,
        committedOffset: committed?.offset ?? -1,
        committedLeaderEpoch: committed?.leaderEpoch ?? -1,
        metadata: committed?.metadata ?? '',
        errorCode: withheld ? ErrorCode.UNSTABLE_OFFSET_COMMIT : ErrorCode.NONE,
      });
    }
    return { errorCode: ErrorCode.NONE, topics: [...byTopic.values()] };
  }

  describeGroup(groupId: string, validationError: ErrorCode | null): DescribedGroup {
    if (validationError !== null) return { errorCode: validationError, groupId, groupState: '', protocolType: '', protocolData: '', members: [] };
    const group = this.manager.getGroup(groupId);
    if (group === undefined) return { errorCode: ErrorCode.NONE, groupId, groupState: GroupState.Dead, protocolType: '', protocolData: '', members: [] };
    // Subscriptions and assignments are only meaningful once the generation's assignment is in place.
    const stable = group.is(GroupState.Stable);
    const protocolName = group.protocolName ?? '';
    return {
      errorCode: ErrorCode.NONE,
      groupId,
      groupState: group.state,
      protocolType: group.protocolType ?? '',
      protocolData: stable ? protocolName : '',
      members: group.allMembers().map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId ?? '',
        clientId: m.clientId,
        clientHost: m.clientHost,
        memberMetadata: stable ? m.metadataFor(protocolName) : Buffer.alloc(0),
        memberAssignment: stable ? m.assignment : Buffer.alloc(0),
      })),
    };
  }

  /** States filter is case-insensitive (KIP-518); an empty filter lists every group. */
  listGroups(statesFilter: readonly string[]): ListGroupsResponse {
    const states = new Set(statesFilter.map((s) => s.toLowerCase()));
    const groups = this.manager
      .currentGroups()
      .filter((g) => states.size === 0 || states.has(g.state.toLowerCase()))
      .map((g) => ({ groupId: g.groupId, protocolType: g.protocolType ?? '', groupState: g.state }));
    return { errorCode: this.manager.isLoading() ? ErrorCode.COORDINATOR_LOAD_IN_PROGRESS : ErrorCode.NONE, groups };
  }

  /** Only Empty groups can be deleted; their offsets get tombstones and the group record too. */
  async deleteGroups(groupIds: readonly string[], validate: (groupId: string) => ErrorCode | null): Promise<DeleteGroupsResponse> {
    const results = new Map<string, ErrorCode>();
    const eligible: GroupMetadata[] = [];
    for (const groupId of groupIds) {
      const error = validate(groupId);
      const group = error === null ? this.manager.getGroup(groupId) : undefined;
      if (error !== null) results.set(groupId, error);
      else if (group === undefined || group.is(GroupState.Dead)) results.set(groupId, ErrorCode.GROUP_ID_NOT_FOUND);
      else if (!group.is(GroupState.Empty)) results.set(groupId, ErrorCode.NON_EMPTY_GROUP);
      else {
        this.rebalancer.clearGroupTimers(group);
        group.transitionTo(GroupState.Dead, this.clock.nowMs());
        eligible.push(group);
        results.set(groupId, ErrorCode.NONE);
      }
    }
    if (eligible.length > 0) await this.manager.cleanupGroupMetadata(eligible, (g) => g.removeAllOffsets());
    return { results: [...results].map(([groupId, errorCode]) => ({ groupId, errorCode })) };
  }
}
