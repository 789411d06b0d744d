/**
 * The timed half of the group coordinator: the delayed join phase (Kafka's DelayedJoin and
 * InitialDelayedJoin), per-member session expiry (DelayedHeartbeat), pending-member expiry
 * (KIP-394), member removal, and handing assignments (or errors) to parked SyncGroups. Every
 * timer callback re-checks that its group and member are still the ones it was armed for, so a
 * stale timer is a no-op; unloading a group cancels all of them.
 */

import pino from 'pino';
import { ErrorCode } from '../../proto/errors';
import type { JoinGroupResponse } from '../api/groups';
import { type Logger } from '../logger';
import { type GroupCoordinatorConfig, type Timer } from './coordinator-config';
import { type GroupMetadata, GroupState } from './group-metadata';
import { type GroupMetadataManager } from './group-metadata-manager';
import { type MemberMetadata } from './member-metadata';
import { joinErrorResponse, syncErrorResponse } from './group-responses';


/** The current generation as `member` sees it; only the leader gets the members' subscriptions. */
export function joinResponseFor(group: GroupMetadata, member: MemberMetadata, leader = group.leaderId): JoinGroupResponse {
  const protocolName = group.protocolName ?? '';
  return {
    errorCode: ErrorCode.NONE,
    generationId: group.generationId,
    protocolType: group.protocolType ?? '',
    protocolName,
    leader: leader ?? '',
    memberId: member.memberId,
    members: group.isLeader(member.memberId)
      ? group.allMembers().map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId ?? '', metadata: m.metadataFor(protocolName) }))
      : [],
  };
}

export class GroupRebalancer {
  private readonly logger: Logger;

  constructor(
    private readonly manager: GroupMetadataManager,
    private readonly config: GroupCoordinatorConfig,
    private readonly timer: Timer,
    logger?: Logger,
  ) {
    this.logger = logger ?? pino({ enabled: false });
  }

  maybePrepareRebalance(group: GroupMetadata, reason: string): void {
    if (group.canRebalance()) this.prepareRebalance(group, reason);
  }

  prepareRebalance(group: GroupMetadata, reason: string): void {
    // Members parked on SyncGroup must rejoin: their generation is over.
    if (group.is(GroupState.CompletingRebalance)) this.resetAndPropagateAssignmentError(group, ErrorCode.REBALANCE_IN_PROGRESS);
    const fromEmpty = group.is(GroupState.Empty);
    this.clearJoinTimer(group);
    group.transitionTo(GroupState.PreparingRebalance, this.timer.nowMs());
    this.logger.info({ groupId: group.groupId, generationId: group.generationId, reason }, 'preparing to rebalance group');
    if (fromEmpty) {
      const delayMs = this.config.groupInitialRebalanceDelayMs;
      this.scheduleInitialDelayedJoin(group, delayMs, Math.max(group.rebalanceTimeoutMs() - delayMs, 0));
    } else {
      this.scheduleDelayedJoin(group);
    }
  }

  /** The join phase is over once every known member rejoined (never early for an initial delay). */
  checkJoinComplete(group: GroupMetadata): void {
    const join = group.joinTimer;
    if (!group.is(GroupState.PreparingRebalance) || join === null || join.initial || !group.hasAllMembersJoined()) return;
    this.clearJoinTimer(group);
    this.onCompleteJoin(group);
  }

  private scheduleDelayedJoin(group: GroupMetadata): void {
    if (group.hasAllMembersJoined()) {
      this.onCompleteJoin(group);
      return;
    }
    const handle = this.timer.setTimeout(() => {
      if (group.joinTimer?.handle !== handle) return;
      group.joinTimer = null;
      this.onCompleteJoin(group);
    }, group.rebalanceTimeoutMs());
    group.joinTimer = { handle, initial: false };
  }

  /**
   * group.initial.rebalance.delay.ms: a group coming out of Empty waits before its first join
   * phase completes, and waits again (in the same steps, bounded by the rebalance timeout) while
   * new members keep arriving, so that a starting fleet causes one rebalance, not one per member.
   */
  private scheduleInitialDelayedJoin(group: GroupMetadata, delayMs: number, remainingMs: number): void {
    const handle = this.timer.setTimeout(() => {
      if (group.joinTimer?.handle !== handle) return;
      group.joinTimer = null;
      if (group.newMemberAdded && remainingMs !== 0) {
        group.newMemberAdded = false;
        const nextDelayMs = Math.min(this.config.groupInitialRebalanceDelayMs, remainingMs);
        this.scheduleInitialDelayedJoin(group, nextDelayMs, Math.max(remainingMs - nextDelayMs, 0));
      } else {
        this.onCompleteJoin(group);
      }
    }, delayMs);
    group.joinTimer = { handle, initial: true };
  }

  /** Kafka's onCompleteJoin: evict dynamic members that did not rejoin, then start the next generation. */
  private onCompleteJoin(group: GroupMetadata): void {
    if (!group.is(GroupState.PreparingRebalance)) return;
    for (const member of group.notYetRejoinedMembers()) {
      if (member.isStatic) continue; // static members leave only by session timeout or admin LeaveGroup
      this.logger.info({ groupId: group.groupId, memberId: member.memberId }, 'member did not rejoin in time: removed');
      this.clearHeartbeat(member);
      group.remove(member.memberId);
    }
    if (!group.maybeElectNewJoinedLeader() && !group.isEmpty()) {
      // Only non-rejoined static members are left: wait for their sessions to expire.
      this.logger.warn({ groupId: group.groupId }, 'no member rejoined: extending the join phase');
      this.scheduleDelayedJoin(group);
      return;
    }
    group.initNextGeneration(this.timer.nowMs());
    if (group.is(GroupState.Empty)) {
      this.logger.info({ groupId: group.groupId, generationId: group.generationId }, 'group is now empty');
      void this.manager.storeGroup(group, new Map());
      return;
    }
    this.logger.info({ groupId: group.groupId, generationId: group.generationId, protocol: group.protocolName, members: group.size }, 'group completed its join phase');
    for (const member of group.allMembers()) {
      group.maybeInvokeJoinCallback(member, joinResponseFor(group, member));
      member.isNew = false;
      this.completeAndScheduleNextHeartbeat(group, member);
    }
  }

  /** Resets `member`'s session: it must be heard from again within `timeoutMs`. */
  completeAndScheduleNextHeartbeat(group: GroupMetadata, member: MemberMetadata, timeoutMs = member.sessionTimeoutMs): void {
    this.clearHeartbeat(member);
    const handle = this.timer.setTimeout(() => {
      if (member.heartbeatTimer !== handle) return;
      member.heartbeatTimer = null;
      this.onExpireHeartbeat(group, member);
    }, timeoutMs);
    member.heartbeatTimer = handle;
  }

  private onExpireHeartbeat(group: GroupMetadata, member: MemberMetadata): void {
    if (group.is(GroupState.Dead) || !group.has(member.memberId) || group.get(member.memberId) !== member) return;
    // A parked JoinGroup/SyncGroup proves liveness; the next response re-arms the session.
    if (member.livenessProvenByParkedRequest) return;
    this.logger.info({ groupId: group.groupId, memberId: member.memberId, sessionTimeoutMs: member.sessionTimeoutMs }, 'member session expired');
    this.removeMemberAndUpdateGroup(group, member, `member ${member.memberId} session expired`);
  }

  clearHeartbeat(member: MemberMetadata): void {
    if (member.heartbeatTimer === null) return;
    this.timer.clearTimeout(member.heartbeatTimer);
    member.heartbeatTimer = null;
  }

  removeMemberAndUpdateGroup(group: GroupMetadata, member: MemberMetadata, reason: string): void {
    // A parked request of a removed member is answered so that its client rejoins afresh.
    group.maybeInvokeJoinCallback(member, joinErrorResponse(member.memberId, ErrorCode.UNKNOWN_MEMBER_ID));
    group.maybeInvokeSyncCallback(member, syncErrorResponse(ErrorCode.UNKNOWN_MEMBER_ID));
    this.clearHeartbeat(member);
    group.remove(member.memberId);
    switch (group.state) {
      case GroupState.Stable:
      case GroupState.CompletingRebalance:
        this.maybePrepareRebalance(group, reason);
        break;
      case GroupState.PreparingRebalance:
        this.checkJoinComplete(group);
        break;
      default:
        break;
    }
  }

  /** Parks a member id handed out with MEMBER_ID_REQUIRED; it lapses after the session timeout. */
  addPendingMember(group: GroupMetadata, memberId: string, sessionTimeoutMs: number): void {
    const handle = this.timer.setTimeout(() => {
      if (group.is(GroupState.Dead) || !group.isPendingMember(memberId)) return;
      this.logger.info({ groupId: group.groupId, memberId }, 'pending member did not join in time: removed');
      this.removePendingMemberAndUpdateGroup(group, memberId);
    }, sessionTimeoutMs);
    group.addPendingMember(memberId, handle);
  }

  removePendingMemberAndUpdateGroup(group: GroupMetadata, memberId: string): void {
    const handle = group.removePendingMember(memberId);
    if (handle !== null) this.timer.clearTimeout(handle);
    this.checkJoinComplete(group);
  }

  resetAndPropagateAssignmentError(group: GroupMetadata, errorCode: ErrorCode): void {
    if (!group.is(GroupState.CompletingRebalance)) throw new Error(`assertion: group ${group.groupId} is ${group.state}, not CompletingRebalance`);
    for (const member of group.allMembers()) member.assignment = Buffer.alloc(0);
    this.propagateAssignment(group, errorCode);
  }

  setAndPropagateAssignment(group: GroupMetadata, assignment: ReadonlyMap<string, Buffer>): void {
    if (!group.is(GroupState.CompletingRebalance)) throw new Error(`assertion: group ${group.groupId} is ${group.state}, not CompletingRebalance`);
    for (const member of group.allMembers()) member.assignment = assignment.get(member.memberId) ?? Buffer.alloc(0);
    this.propagateAssignment(group, ErrorCode.NONE);
  }

  private propagateAssignment(group: GroupMetadata, errorCode: ErrorCode): void {
    for (const member of group.allMembers()) {
      const response = { errorCode, protocolType: group.protocolType ?? '', protocolName: group.protocolName ?? '', assignment: member.assignment };
      // Sessions that lapsed while parked were ignored; the answer starts a fresh one.
      if (group.maybeInvokeSyncCallback(member, response)) this.completeAndScheduleNextHeartbeat(group, member);
    }
  }

  /** Loaded members must heartbeat within their session, or they are removed. */
  onGroupLoaded(group: GroupMetadata): void {
    for (const member of group.allMembers()) this.completeAndScheduleNextHeartbeat(group, member);
  }

  /** The group's partition moved away: answer everything parked with NOT_COORDINATOR. */
  onGroupUnloaded(group: GroupMetadata): void {
    this.clearGroupTimers(group);
    group.transitionTo(GroupState.Dead, this.timer.nowMs());
    for (const member of group.allMembers()) {
      group.maybeInvokeJoinCallback(member, joinErrorResponse(member.memberId, ErrorCode.NOT_COORDINATOR));
      group.maybeInvokeSyncCallback(member, syncErrorResponse(ErrorCode.NOT_COORDINATOR));
    }
  }

  clearGroupTimers(group: GroupMetadata): void {
    this.clearJoinTimer(group);
    for (const handle of group.pendingMemberTimers()) this.timer.clearTimeout(handle);
    for (const member of group.allMembers()) this.clearHeartbeat(member);
  }

  private clearJoinTimer(group: GroupMetadata): void {
    if (group.joinTimer === null) return;
    this.timer.clearTimeout(group.joinTimer.handle);
    group.joinTimer = null;
  }
}
