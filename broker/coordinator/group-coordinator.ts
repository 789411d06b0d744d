/**
 * The group coordinator (Kafka's GroupCoordinator): one instance per broker, serving the groups
 * whose `__consumer_offsets` partition this broker leads. Each handler validates the group id and
 * this broker's ownership, then applies Kafka 2.x's rules and resolves with the response body of
 * groups.proto. JoinGroup and SyncGroup resolve later, when the join phase completes or the
 * leader's assignment is persisted. Time comes only from the injected Clock, so the whole state
 * machine runs deterministically under a fake one.
 */

import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { ErrorCode } from '../../proto/errors';
import type * as G from '../api/groups';
import type { TxnOffsetCommitRequest, TxnOffsetCommitResponse } from '../api/transactions';
import { type Logger } from '../logger';
import { type GroupCoordinatorConfig, groupIdLengthMax } from './coordinator-config';
import { type Clock, type Timer } from '../clock';
import { GroupMetadata, GroupState } from './group-metadata';
import { GroupMetadataManager } from './group-metadata-manager';
import { GroupQueries } from './group-queries';
import { GroupRebalancer } from './group-rebalancer';
import { joinErrorResponse, syncErrorResponse } from './group-responses';
import { JoinGroupHandler, joinFitsGroupRecord, joinParamsFrom } from './join-group';
import { OffsetCommitHandler } from './offset-commit';
import { type OffsetsLog } from './offsets-log';

export interface GroupCoordinatorOptions {
  log: OffsetsLog;
  config: GroupCoordinatorConfig;
  /** Rebalance, session and offset-expiry timers run on it. */
  clock: Clock;
  logger?: Logger;
  /** Member id suffixes; crypto.randomUUID unless a test wants predictable ids. */
  newUuid?: () => string;
}

export interface ClientIdentity {
  clientId: string;
  clientHost: string;
}

export class GroupCoordinator {
  readonly config: GroupCoordinatorConfig;
  readonly manager: GroupMetadataManager;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly rebalancer: GroupRebalancer;
  private readonly joins: JoinGroupHandler;
  private readonly commits: OffsetCommitHandler;
  private readonly queries: GroupQueries;
  private active = false;
  private expiryTimer: Timer | null = null;

  constructor(opts: GroupCoordinatorOptions) {
    this.config = opts.config;
    this.clock = opts.clock;
    this.logger = opts.logger ?? pino({ enabled: false });
    this.manager = new GroupMetadataManager(opts.log, this.config, this.clock, this.logger);
    this.rebalancer = new GroupRebalancer(this.manager, this.config, this.clock, this.logger);
    this.joins = new JoinGroupHandler(this.manager, this.rebalancer, this.config, opts.newUuid ?? randomUUID);
    this.commits = new OffsetCommitHandler(this.manager, this.rebalancer, this.config, this.clock);
    this.queries = new GroupQueries(this.manager, this.rebalancer, this.clock);
  }

  /** Starts serving and the periodic offset expiry (offsets.retention.check.interval.ms). */
  startup(): void {
    if (this.active) return;
    this.active = true;
    this.scheduleOffsetExpiry();
  }

  /** Stops serving: every loaded group is unloaded and its parked requests answered. */
  shutdown(): void {
    this.active = false;
    this.expiryTimer?.cancel();
    this.expiryTimer = null;
    this.manager.shutdown((g) => this.rebalancer.onGroupUnloaded(g));
  }

  /** This broker became leader of `__consumer_offsets` partition `partition`. */
  onElection(partition: number): Promise<void> {
    return this.manager.onElection(partition, (g) => this.rebalancer.onGroupLoaded(g));
  }

  /** This broker stopped leading `partition`. */
  onResignation(partition: number): void {
    this.manager.onResignation(partition, (g) => this.rebalancer.onGroupUnloaded(g));
  }

  ownedPartitions(): number[] {
    return this.manager.ownedPartitions();
  }

  partitionFor(groupId: string): number {
    return this.manager.partitionFor(groupId);
  }

  /**
   * A transaction's markers were written to the `__consumer_offsets` partitions `offsetsPartitions`
   * (Kafka's scheduleHandleTxnCompletion): its pending TxnOffsetCommit offsets become committed
   * offsets (commit) or are dropped (abort).
   */
  handleTxnCompletion(producerId: number, offsetsPartitions: readonly number[], committed: boolean): Promise<void> {
    this.manager.handleTxnCompletion(producerId, offsetsPartitions, committed);
    return Promise.resolve();
  }

  /** KIP-211 expiry pass; resolves with the number of offsets removed. */
  expireOffsets(nowMs: number): Promise<number> {
    return this.manager.expireOffsets(nowMs);
  }

  /** The checks every group API makes first (Kafka's validateGroupStatus); null when all pass. */
  validateGroupStatus(groupId: string): ErrorCode | null {
    if (groupId.length === 0 || groupId.length > groupIdLengthMax) return ErrorCode.INVALID_GROUP_ID;
    if (!this.active) return ErrorCode.COORDINATOR_NOT_AVAILABLE;
    if (this.manager.isGroupLoading(groupId)) return ErrorCode.COORDINATOR_LOAD_IN_PROGRESS;
    if (!this.manager.isGroupLocal(groupId)) return ErrorCode.NOT_COORDINATOR;
    return null;
  }

  handleJoinGroup(req: G.JoinGroupRequest, client: ClientIdentity): Promise<G.JoinGroupResponse> {
    return new Promise((respond) => {
      const { groupId } = req;
      const join = joinParamsFrom(req, client);
      const error = this.validateGroupStatus(groupId);
      if (error !== null) return respond(joinErrorResponse(join.memberId, error));
      if (!joinFitsGroupRecord(join)) return respond(joinErrorResponse('', ErrorCode.INVALID_REQUEST));
      if (join.sessionTimeoutMs < this.config.groupMinSessionTimeoutMs || join.sessionTimeoutMs > this.config.groupMaxSessionTimeoutMs) {
        return respond(joinErrorResponse(join.memberId, ErrorCode.INVALID_SESSION_TIMEOUT));
      }
      let group = this.manager.getGroup(groupId);
      if (group === undefined) {
        // Only a member without an id may create a group; a known id for an unknown group is stale.
        if (join.memberId !== '') return respond(joinErrorResponse(join.memberId, ErrorCode.UNKNOWN_MEMBER_ID));
        group = this.manager.addGroup(new GroupMetadata(groupId, GroupState.Empty, this.clock.nowMs()));
      }
      this.joins.join(group, join, respond);
    });
  }

  handleSyncGroup(req: G.SyncGroupRequest): Promise<G.SyncGroupResponse> {
    return new Promise((respond) => {
      const { groupId } = req;
      const error = this.validateGroupStatus(groupId);
      // A loading coordinator lost the rebalance in flight: the member must rejoin, not rediscover.
      if (error === ErrorCode.COORDINATOR_LOAD_IN_PROGRESS) return respond(syncErrorResponse(ErrorCode.REBALANCE_IN_PROGRESS));
      if (error !== null) return respond(syncErrorResponse(error));
      const group = this.manager.getGroup(groupId);
      if (group === undefined) return respond(syncErrorResponse(ErrorCode.UNKNOWN_MEMBER_ID));
      this.doSyncGroup(group, req, respond);
    });
  }

  private doSyncGroup(group: GroupMetadata, req: G.SyncGroupRequest, respond: (r: G.SyncGroupResponse) => void): void {
    const { memberId, generationId } = req;
    const fail = (errorCode: ErrorCode): void => respond(syncErrorResponse(errorCode));
    if (group.is(GroupState.Dead)) return fail(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    if (group.isStaticMemberFenced(memberId, req.groupInstanceId || null)) return fail(ErrorCode.FENCED_INSTANCE_ID);
    if (!group.has(memberId)) return fail(ErrorCode.UNKNOWN_MEMBER_ID);
    if (generationId !== group.generationId) return fail(ErrorCode.ILLEGAL_GENERATION);
    if ((req.protocolType && req.protocolType !== group.protocolType) || (req.protocolName && req.protocolName !== group.protocolName)) {
      return fail(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    }
    const member = group.get(memberId);
    switch (group.state) {
      case GroupState.Empty:
        return fail(ErrorCode.UNKNOWN_MEMBER_ID);
      case GroupState.PreparingRebalance:
        return fail(ErrorCode.REBALANCE_IN_PROGRESS);
      case GroupState.Stable:
        respond({ errorCode: ErrorCode.NONE, protocolType: group.protocolType ?? '', protocolName: group.protocolName ?? '', assignment: member.assignment });
        return this.rebalancer.completeAndScheduleNextHeartbeat(group, member);
      case GroupState.CompletingRebalance:
        // A retried SyncGroup replaces the earlier parked one.
        group.maybeInvokeSyncCallback(member, syncErrorResponse(ErrorCode.REBALANCE_IN_PROGRESS));
        member.awaitingSync = respond;
        if (group.isLeader(memberId)) void this.completeSyncAsLeader(group, generationId, req.assignments);
        return;
      default:
        throw new Error(`assertion: SyncGroup reached group ${group.groupId} in state ${group.state}`);
    }
  }

  /** The leader's assignment is persisted (acks=-1) before any member receives it. */
  private async completeSyncAsLeader(group: GroupMetadata, generationId: number, assignments: readonly G.SyncGroupAssignment[]): Promise<void> {
    const assignment = new Map<string, Buffer>();
    for (const a of assignments) {
      if (a.memberId && group.has(a.memberId)) assignment.set(a.memberId, a.assignment);
    }
    const missing = group.allMembers().filter((m) => !assignment.has(m.memberId));
    if (missing.length > 0) this.logger.warn({ groupId: group.groupId, members: missing.map((m) => m.memberId) }, 'leader sent no assignment for some members: they get an empty one');
    for (const m of missing) assignment.set(m.memberId, Buffer.alloc(0));
    const code = await this.manager.storeGroup(group, assignment);
    // Members may have joined or left while the append was in flight: then this generation is over.
    if (!group.is(GroupState.CompletingRebalance) || group.generationId !== generationId) return;
    if (code !== ErrorCode.NONE) {
      this.rebalancer.resetAndPropagateAssignmentError(group, code);
      this.rebalancer.maybePrepareRebalance(group, 'storing the group assignment failed');
      return;
    }
    this.rebalancer.setAndPropagateAssignment(group, assignment);
    group.transitionTo(GroupState.Stable, this.clock.nowMs());
    this.logger.info({ groupId: group.groupId, generationId }, 'group is stable');
  }

  async handleHeartbeat(req: G.HeartbeatRequest): Promise<G.HeartbeatResponse> {
    const { groupId, memberId } = req;
    const error = this.validateGroupStatus(groupId);
    // Kafka answers blindly while loading: the member keeps its session and retries later.
    if (error === ErrorCode.COORDINATOR_LOAD_IN_PROGRESS) return { errorCode: ErrorCode.NONE };
    if (error !== null) return { errorCode: error };
    const group = this.manager.getGroup(groupId);
    if (group === undefined) return { errorCode: ErrorCode.UNKNOWN_MEMBER_ID };
    if (group.is(GroupState.Dead)) return { errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE };
    if (group.isStaticMemberFenced(memberId, req.groupInstanceId || null)) return { errorCode: ErrorCode.FENCED_INSTANCE_ID };
    if (!group.has(memberId)) return { errorCode: ErrorCode.UNKNOWN_MEMBER_ID };
    if (req.generationId !== group.generationId) return { errorCode: ErrorCode.ILLEGAL_GENERATION };
    if (group.is(GroupState.Empty)) return { errorCode: ErrorCode.UNKNOWN_MEMBER_ID };
    this.rebalancer.completeAndScheduleNextHeartbeat(group, group.get(memberId));
    // Kafka 2.6+: a heartbeat in CompletingRebalance is a normal one; only PreparingRebalance asks for a rejoin.
    return { errorCode: group.is(GroupState.PreparingRebalance) ? ErrorCode.REBALANCE_IN_PROGRESS : ErrorCode.NONE };
  }

  async handleLeaveGroup(req: G.LeaveGroupRequest): Promise<G.LeaveGroupResponse> {
    const { groupId } = req;
    const leaving = req.members.map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId }));
    const error = this.validateGroupStatus(groupId);
    if (error !== null) return { errorCode: error, members: [] };
    const group = this.manager.getGroup(groupId);
    if (group === undefined) return { errorCode: ErrorCode.NONE, members: leaving.map((m) => ({ ...m, errorCode: ErrorCode.UNKNOWN_MEMBER_ID })) };
    if (group.is(GroupState.Dead)) return { errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE, members: [] };
    const members = leaving.map((m) => ({ ...m, errorCode: this.removeLeavingMember(group, m.memberId, m.groupInstanceId || null) }));
    return { errorCode: ErrorCode.NONE, members };
  }

  private removeLeavingMember(group: GroupMetadata, memberId: string, groupInstanceId: string | null): ErrorCode {
    // An admin may remove a static member by instance id alone (KIP-345).
    if (memberId === '') {
      const current = groupInstanceId === null ? undefined : group.staticMemberId(groupInstanceId);
      if (current === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
      this.rebalancer.removeMemberAndUpdateGroup(group, group.get(current), `static member ${groupInstanceId} removed`);
      return ErrorCode.NONE;
    }
    if (group.isPendingMember(memberId)) {
      this.rebalancer.removePendingMemberAndUpdateGroup(group, memberId);
      return ErrorCode.NONE;
    }
    if (group.isStaticMemberFenced(memberId, groupInstanceId)) return ErrorCode.FENCED_INSTANCE_ID;
    if (!group.has(memberId)) return ErrorCode.UNKNOWN_MEMBER_ID;
    this.rebalancer.removeMemberAndUpdateGroup(group, group.get(memberId), `member ${memberId} left the group`);
    return ErrorCode.NONE;
  }

  handleCommitOffsets(req: G.OffsetCommitRequest): Promise<G.OffsetCommitResponse> {
    return this.commits.handleCommitOffsets(req, this.validateGroupStatus(req.groupId));
  }

  /** TxnOffsetCommit (Kafka's handleTxnCommitOffsets): offsets pending in the producer's transaction. */
  handleTxnCommitOffsets(req: TxnOffsetCommitRequest): Promise<TxnOffsetCommitResponse> {
    return this.commits.handleTxnCommitOffsets(req, this.validateGroupStatus(req.groupId));
  }

  async handleFetchOffsets(req: G.OffsetFetchRequest): Promise<G.OffsetFetchResponse> {
    return this.queries.fetchOffsets(req, this.validateGroupStatus(req.groupId));
  }

  async handleDescribeGroups(req: G.DescribeGroupsRequest): Promise<G.DescribeGroupsResponse> {
    return { groups: req.groups.map((groupId) => this.queries.describeGroup(groupId, this.validateGroupStatus(groupId))) };
  }

  async handleListGroups(req: G.ListGroupsRequest): Promise<G.ListGroupsResponse> {
    if (!this.active) return { errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE, groups: [] };
    return this.queries.listGroups(req.statesFilter);
  }

  handleDeleteGroups(req: G.DeleteGroupsRequest): Promise<G.DeleteGroupsResponse> {
    return this.queries.deleteGroups(req.groupsNames, (groupId) => this.validateGroupStatus(groupId));
  }

  private scheduleOffsetExpiry(): void {
    this.expiryTimer = this.clock.setTimeout(() => {
      this.expiryTimer = null;
      if (!this.active) return;
      this.expireOffsets(this.clock.nowMs())
        .catch((err: unknown) => this.logger.error({ err }, 'offset expiry failed'))
        .finally(() => {
          // A shutdown and restart during the pass has started a new loop already.
          if (this.active && this.expiryTimer === null) this.scheduleOffsetExpiry();
        });
    }, this.config.offsetsRetentionCheckIntervalMs);
  }
}
