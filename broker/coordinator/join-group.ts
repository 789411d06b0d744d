/**
 * JoinGroup (Kafka's GroupCoordinator.handleJoinGroup and friends): member id assignment
 * (KIP-394), protocol compatibility, group.max.size, static members rejoining under a new id
 * (KIP-345), and the decision whether a join starts a rebalance or just returns the current
 * generation. Request validation common to all group APIs happens in the coordinator first.
 */

import { ErrorCode } from '../../proto/errors';
import type { JoinGroupRequest } from '../api/groups';
import { type GroupCoordinatorConfig, newMemberJoinTimeoutMs } from './coordinator-config';
import { type GroupMetadata, GroupState } from './group-metadata';
import { type GroupMetadataManager } from './group-metadata-manager';
import { type GroupRebalancer, joinResponseFor } from './group-rebalancer';
import { joinErrorResponse } from './group-responses';
import { type GroupProtocol, type JoinGroupCallback, MemberMetadata } from './member-metadata';

export interface JoinParams {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  protocolType: string;
  protocols: GroupProtocol[];
  requireKnownMemberId: boolean;
}

/** Kafka's STRING limit (int16 length): every string a member brings is stored in a group-metadata record. */
const storedStringBytesMax = 0x7fff;

/**
 * True when every string of the join fits the group-metadata record it will be written to. Kafka
 * cannot even receive a longer one (its wire strings have an int16 length); ours can, so it is
 * refused here instead of failing the record's encoding later, when the group is stored.
 */
export function joinFitsGroupRecord(join: JoinParams): boolean {
  const fits = (s: string | null): boolean => s === null || Buffer.byteLength(s, 'utf8') <= storedStringBytesMax;
  return fits(join.memberId) && fits(join.groupInstanceId) && fits(join.clientId) && fits(join.clientHost) &&
    fits(join.protocolType) && join.protocols.every((p) => fits(p.name));
}

export function joinParamsFrom(req: JoinGroupRequest, client: { clientId: string; clientHost: string }): JoinParams {
  const { sessionTimeoutMs, rebalanceTimeoutMs } = req;
  return {
    memberId: req.memberId,
    groupInstanceId: req.groupInstanceId ? req.groupInstanceId : null,
    clientId: client.clientId,
    clientHost: client.clientHost,
    sessionTimeoutMs,
    // JoinGroup v0 had no rebalance timeout: the session timeout served for both.
    rebalanceTimeoutMs: rebalanceTimeoutMs > 0 ? rebalanceTimeoutMs : sessionTimeoutMs,
    protocolType: req.protocolType,
    protocols: req.protocols.map((p) => ({ name: p.name, metadata: p.metadata })),
    requireKnownMemberId: req.requireKnownMemberId ?? true,
  };
}

export class JoinGroupHandler {
  constructor(
    private readonly manager: GroupMetadataManager,
    private readonly rebalancer: GroupRebalancer,
    private readonly config: GroupCoordinatorConfig,
    private readonly newUuid: () => string,
  ) {}

  /** Joins `group` (validated, cached); `respond` is called now or when the join phase completes. */
  join(group: GroupMetadata, join: JoinParams, respond: JoinGroupCallback): void {
    if (!this.acceptJoiningMember(group, join.memberId)) {
      if (group.has(join.memberId)) this.rebalancer.removeMemberAndUpdateGroup(group, group.get(join.memberId), 'group.max.size reached');
      respond(joinErrorResponse('', ErrorCode.GROUP_MAX_SIZE_REACHED));
    } else if (join.memberId === '') {
      this.joinUnknownMember(group, join, respond);
    } else {
      this.joinKnownMember(group, join, respond);
    }
    // Any membership change may have been the last one the join phase waited for.
    this.rebalancer.checkJoinComplete(group);
  }

  private acceptJoiningMember(group: GroupMetadata, memberId: string): boolean {
    const max = this.config.groupMaxSize;
    switch (group.state) {
      case GroupState.Empty:
      case GroupState.Dead:
        return true;
      case GroupState.PreparingRebalance:
        return (group.has(memberId) && group.get(memberId).isAwaitingJoin) || group.awaitingJoinCount < max;
      default:
        return group.has(memberId) || group.size < max;
    }
  }

  private joinUnknownMember(group: GroupMetadata, join: JoinParams, respond: JoinGroupCallback): void {
    if (group.is(GroupState.Dead)) return respond(joinErrorResponse('', ErrorCode.COORDINATOR_NOT_AVAILABLE));
    if (!group.supportsProtocols(join.protocolType, join.protocols)) return respond(joinErrorResponse('', ErrorCode.INCONSISTENT_GROUP_PROTOCOL));
    const newMemberId = `${join.groupInstanceId ?? join.clientId}-${this.newUuid()}`;
    if (join.groupInstanceId !== null) {
      const oldMemberId = group.staticMemberId(join.groupInstanceId);
      if (oldMemberId === undefined) this.addMemberAndRebalance(group, newMemberId, join, respond);
      else this.updateStaticMemberAndRebalance(group, join.groupInstanceId, oldMemberId, newMemberId, join, respond);
      return;
    }
    // KIP-394: the id is handed out first and must come back in a second JoinGroup, so that a
    // client whose first JoinGroup timed out does not leave an orphan member behind. Clients of
    // JoinGroup v0-v3 predate it and join in one step (Kafka's requireKnownMemberId).
    if (!join.requireKnownMemberId) return this.addMemberAndRebalance(group, newMemberId, join, respond);
    this.rebalancer.addPendingMember(group, newMemberId, join.sessionTimeoutMs);
    respond(joinErrorResponse(newMemberId, ErrorCode.MEMBER_ID_REQUIRED));
  }

  private joinKnownMember(group: GroupMetadata, join: JoinParams, respond: JoinGroupCallback): void {
    const { memberId, groupInstanceId } = join;
    if (group.is(GroupState.Dead)) return respond(joinErrorResponse(memberId, ErrorCode.COORDINATOR_NOT_AVAILABLE));
    if (!group.supportsProtocols(join.protocolType, join.protocols)) return respond(joinErrorResponse(memberId, ErrorCode.INCONSISTENT_GROUP_PROTOCOL));
    if (group.isPendingMember(memberId)) {
      // Pending ids are only ever handed to dynamic members.
      if (groupInstanceId !== null) return respond(joinErrorResponse(memberId, ErrorCode.UNKNOWN_MEMBER_ID));
      return this.addMemberAndRebalance(group, memberId, join, respond);
    }
    if (group.isStaticMemberFenced(memberId, groupInstanceId)) return respond(joinErrorResponse(memberId, ErrorCode.FENCED_INSTANCE_ID));
    const instanceUnknown = groupInstanceId !== null && group.staticMemberId(groupInstanceId) === undefined;
    if (!group.has(memberId) || instanceUnknown) return respond(joinErrorResponse(memberId, ErrorCode.UNKNOWN_MEMBER_ID));
    const member = group.get(memberId);
    switch (group.state) {
      case GroupState.PreparingRebalance:
        return this.updateMemberAndRebalance(group, member, join, respond);
      case GroupState.CompletingRebalance:
        // Same metadata: the member probably lost the JoinGroup response; resend it.
        if (member.matches(join.protocols)) return respond(joinResponseFor(group, member));
        return this.updateMemberAndRebalance(group, member, join, respond);
      case GroupState.Stable:
        if (group.isLeader(memberId) || !member.matches(join.protocols)) return this.updateMemberAndRebalance(group, member, join, respond);
        return respond({ ...joinResponseFor(group, member), members: [] });
      default:
        return respond(joinErrorResponse(memberId, ErrorCode.UNKNOWN_MEMBER_ID));
    }
  }

  private addMemberAndRebalance(group: GroupMetadata, memberId: string, join: JoinParams, respond: JoinGroupCallback): void {
    const member = new MemberMetadata({ ...join, memberId });
    member.isNew = true;
    // More members arriving during the initial delay extend it.
    if (group.is(GroupState.PreparingRebalance) && group.generationId === 0) group.newMemberAdded = true;
    group.add(member, respond);
    // A new member has no session yet: it is removed only if it never completes a join phase.
    this.rebalancer.completeAndScheduleNextHeartbeat(group, member, newMemberJoinTimeoutMs);
    if (join.groupInstanceId !== null) group.addStaticMember(join.groupInstanceId, memberId);
    else this.rebalancer.removePendingMemberAndUpdateGroup(group, memberId);
    this.rebalancer.maybePrepareRebalance(group, `adding new member ${memberId}`);
  }

  private updateMemberAndRebalance(group: GroupMetadata, member: MemberMetadata, join: JoinParams, respond: JoinGroupCallback): void {
    group.updateMember(member, join.protocols, join.rebalanceTimeoutMs, join.sessionTimeoutMs, respond);
    this.rebalancer.maybePrepareRebalance(group, `updating metadata for member ${member.memberId}`);
  }

  /**
   * A static member restarted (KIP-345). In a Stable group whose protocol would not change, it
   * takes over its old identity without a rebalance: the group is persisted with the new member
   * id and the member gets the current generation and the old leader id, so it does not run the
   * assignment, and fetches its cached assignment with SyncGroup.
   */
  private updateStaticMemberAndRebalance(group: GroupMetadata, instanceId: string, oldMemberId: string, newMemberId: string, join: JoinParams, respond: JoinGroupCallback): void {
    const currentLeader = group.leaderId;
    const member = group.replaceStaticMember(instanceId, oldMemberId, newMemberId);
    this.rebalancer.completeAndScheduleNextHeartbeat(group, member);
    const previous = { protocols: member.supportedProtocols, rebalanceTimeoutMs: member.rebalanceTimeoutMs, sessionTimeoutMs: member.sessionTimeoutMs };
    group.updateMember(member, join.protocols, join.rebalanceTimeoutMs, join.sessionTimeoutMs, respond);
    switch (group.state) {
      case GroupState.Stable:
        if (group.protocolName !== group.selectProtocol()) {
          return this.rebalancer.maybePrepareRebalance(group, `static member ${instanceId} rejoined with a protocol change`);
        }
        return void this.persistReplacedStaticMember(group, member, instanceId, oldMemberId, currentLeader, previous);
      case GroupState.CompletingRebalance:
        // The leader may be assigning to the old member id: start over so nobody is left out.
        return this.rebalancer.prepareRebalance(group, `static member ${instanceId} rejoined during CompletingRebalance`);
      case GroupState.PreparingRebalance:
        return; // the join phase in progress will answer it
      default:
        throw new Error(`assertion: static member ${instanceId} known to group ${group.groupId} in state ${group.state}`);
    }
  }

  private async persistReplacedStaticMember(
    group: GroupMetadata,
    member: MemberMetadata,
    instanceId: string,
    oldMemberId: string,
    currentLeader: string | null,
    previous: { protocols: GroupProtocol[]; rebalanceTimeoutMs: number; sessionTimeoutMs: number },
  ): Promise<void> {
    const newMemberId = member.memberId;
    const assignment = new Map(group.allMembers().map((m) => [m.memberId, m.assignment]));
    const code = await this.manager.storeGroup(group, assignment);
    const stillOurs = !group.is(GroupState.Dead) && group.has(newMemberId) && group.get(newMemberId) === member;
    if (!stillOurs) return; // unloaded (already answered) or replaced again (already fenced)
    if (code !== ErrorCode.NONE) {
      // Not persisted: the old identity stays in force.
      const respond = member.awaitingJoin;
      group.updateMember(member, previous.protocols, previous.rebalanceTimeoutMs, previous.sessionTimeoutMs, null);
      group.replaceStaticMember(instanceId, newMemberId, oldMemberId);
      this.rebalancer.completeAndScheduleNextHeartbeat(group, member);
      respond?.(joinErrorResponse('', code));
      return;
    }
    // Still Stable: answer with the current generation. Otherwise a rebalance started meanwhile and will answer.
    if (group.is(GroupState.Stable)) group.maybeInvokeJoinCallback(member, { ...joinResponseFor(group, member, currentLeader), members: [] });
  }
}
