/**
 * One member's view of its group (Kafka's AbstractCoordinator): member id, generation, leader,
 * and the JoinGroup, SyncGroup, Heartbeat and LeaveGroup exchanges with the coordinator, each
 * response handled as Kafka 2.x's handlers do (AbstractCoordinator's response handlers):
 * - MEMBER_ID_REQUIRED (KIP-394): join again at once with the id the coordinator handed out;
 * - UNKNOWN_MEMBER_ID: forget the member id and generation, join again as a new member;
 * - ILLEGAL_GENERATION: forget the generation, keep the member id, join again;
 * - REBALANCE_IN_PROGRESS: join again;
 * - COORDINATOR_NOT_AVAILABLE / NOT_COORDINATOR: forget the coordinator, back off, join again;
 * - FENCED_INSTANCE_ID (KIP-345) and configuration errors: fatal.
 * Every failed exchange throws a SamsaProtocolError with the code; `isRejoinError` and
 * `isFatalGroupError` tell the caller what to do with it.
 */

import { ApiKey } from '../../../proto/api';
import { ErrorCode, SamsaProtocolError, errorName } from '../../../proto/errors';
import { asBuffer } from '../../../proto/bytes';
import { type samsa } from '../../../proto/generated/samsa';
import { type CoordinatorChannel, isCoordinatorMoved } from './coordinator-channel';

export const protocolTypeConsumer = 'consumer';

/** Kafka's "no generation" sentinels (AbstractCoordinator.Generation.NO_GENERATION). */
export const noGenerationId = -1;
export const unknownMemberId = '';

/** Extra time a JoinGroup or SyncGroup may take beyond the rebalance timeout (Kafka adds 5 s). */
export const joinGroupTimeoutSlackMs = 5000;

export const MemberState = {
  /** Not in the group: never joined, left, or fell out. */
  Unjoined: 'unjoined',
  /** A JoinGroup or SyncGroup is outstanding. */
  Rebalancing: 'rebalancing',
  /** Holds an assignment for the current generation; heartbeats run. */
  Stable: 'stable',
} as const;
export type MemberState = (typeof MemberState)[keyof typeof MemberState];

export interface MembershipConfig {
  groupId: string;
  groupInstanceId: string | undefined;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  requestTimeoutMs: number;
}

export interface GroupProtocol {
  name: string;
  metadata: Uint8Array;
}

export interface JoinedMember {
  memberId: string;
  groupInstanceId: string | undefined;
  metadata: Buffer;
}

export interface JoinResult {
  generationId: number;
  memberId: string;
  leaderId: string;
  protocolName: string;
  /** Every member with its subscription; only the leader gets them. */
  members: JoinedMember[];
}

const rejoinCodes: ReadonlySet<number> = new Set([
  ErrorCode.REBALANCE_IN_PROGRESS,
  ErrorCode.ILLEGAL_GENERATION,
  ErrorCode.UNKNOWN_MEMBER_ID,
  ErrorCode.MEMBER_ID_REQUIRED,
]);

/** The member must join again (at once, no backoff): its generation or membership is gone. */
export function isRejoinError(err: unknown): boolean {
  return err instanceof SamsaProtocolError && rejoinCodes.has(err.code);
}

/** Errors no retry can fix: a duplicate static instance id, or a configuration the group refuses. */
export function isFatalGroupError(err: unknown): boolean {
  if (!(err instanceof SamsaProtocolError)) return false;
  return !err.retriable && !rejoinCodes.has(err.code);
}

/** Bound on MEMBER_ID_REQUIRED / UNKNOWN_MEMBER_ID round trips within one join. */
const joinAttemptsMax = 5;

export class GroupMembership {
  memberId = unknownMemberId;
  generationId = noGenerationId;
  leaderId = '';
  protocolName = '';
  state: MemberState = MemberState.Unjoined;

  constructor(private readonly channel: CoordinatorChannel, readonly config: MembershipConfig) {}

  get isLeader(): boolean {
    return this.memberId !== unknownMemberId && this.memberId === this.leaderId;
  }

  get isStatic(): boolean {
    return this.config.groupInstanceId !== undefined;
  }

  /** JoinGroup until the coordinator answers with a generation; throws any other error. */
  async join(protocols: readonly GroupProtocol[]): Promise<JoinResult> {
    this.state = MemberState.Rebalancing;
    for (let attempt = 1; ; attempt++) {
      const request: samsa.v1.IJoinGroupRequest = {
        groupId: this.config.groupId,
        sessionTimeoutMs: this.config.sessionTimeoutMs,
        rebalanceTimeoutMs: this.config.rebalanceTimeoutMs,
        memberId: this.memberId,
        groupInstanceId: this.config.groupInstanceId ?? '',
        protocolType: protocolTypeConsumer,
        protocols: protocols.map((p) => ({ name: p.name, metadata: p.metadata })),
      };
      // The coordinator parks a JoinGroup until every member rejoined or the rebalance timeout passed.
      const timeoutMs = Math.max(this.config.requestTimeoutMs, this.config.rebalanceTimeoutMs + joinGroupTimeoutSlackMs);
      const response = await this.channel.send<samsa.v1.IJoinGroupResponse>(ApiKey.JoinGroup, request, { timeoutMs });
      const code = response.errorCode ?? 0;
      if (code === 0) return this.onJoined(response);
      const retryAtOnce = attempt < joinAttemptsMax && (code === ErrorCode.MEMBER_ID_REQUIRED || code === ErrorCode.UNKNOWN_MEMBER_ID);
      if (code === ErrorCode.MEMBER_ID_REQUIRED) this.memberId = response.memberId ?? unknownMemberId;
      else this.applyError(code);
      if (!retryAtOnce) throw this.fail(code, 'JoinGroup');
    }
  }

  /** SyncGroup: the leader sends every member's assignment, followers none; returns ours. */
  async sync(assignments: ReadonlyMap<string, Uint8Array>): Promise<Buffer> {
    const request: samsa.v1.ISyncGroupRequest = {
      groupId: this.config.groupId,
      generationId: this.generationId,
      memberId: this.memberId,
      groupInstanceId: this.config.groupInstanceId ?? '',
      protocolType: protocolTypeConsumer,
      protocolName: this.protocolName,
      assignments: [...assignments].map(([memberId, assignment]) => ({ memberId, assignment })),
    };
    const timeoutMs = Math.max(this.config.requestTimeoutMs, this.config.rebalanceTimeoutMs + joinGroupTimeoutSlackMs);
    const response = await this.channel.send<samsa.v1.ISyncGroupResponse>(ApiKey.SyncGroup, request, { timeoutMs });
    const code = response.errorCode ?? 0;
    if (code !== 0) {
      this.applyError(code);
      throw this.fail(code, 'SyncGroup');
    }
    this.state = MemberState.Stable;
    return asBuffer(response.assignment);
  }

  async heartbeat(): Promise<void> {
    const request: samsa.v1.IHeartbeatRequest = {
      groupId: this.config.groupId,
      generationId: this.generationId,
      memberId: this.memberId,
      groupInstanceId: this.config.groupInstanceId ?? '',
    };
    const response = await this.channel.send<samsa.v1.IHeartbeatResponse>(ApiKey.Heartbeat, request);
    const code = response.errorCode ?? 0;
    if (code === 0) return;
    this.applyError(code);
    throw this.fail(code, 'Heartbeat');
  }

  /**
   * Leaves the group so that it rebalances at once instead of after the session timeout.
   * Static members stay (KIP-345): a restart within the session timeout causes no rebalance.
   */
  async leave(): Promise<void> {
    const wasMember = this.memberId !== unknownMemberId && !this.isStatic;
    const memberId = this.memberId;
    this.resetGeneration(!this.isStatic);
    if (!wasMember) return;
    const request: samsa.v1.ILeaveGroupRequest = { groupId: this.config.groupId, members: [{ memberId, groupInstanceId: '' }] };
    const response = await this.channel.send<samsa.v1.ILeaveGroupResponse>(ApiKey.LeaveGroup, request);
    const code = response.errorCode || response.members?.find((m) => m.memberId === memberId)?.errorCode || 0;
    // UNKNOWN_MEMBER_ID: the coordinator already dropped us, which is what leaving asks for.
    if (code !== 0 && code !== ErrorCode.UNKNOWN_MEMBER_ID) {
      if (isCoordinatorMoved(code)) this.channel.markCoordinatorUnknown(errorName(code));
      throw this.fail(code, 'LeaveGroup');
    }
  }

  /** Forgets the generation (and the member id) so the next join starts over. */
  resetGeneration(resetMemberId: boolean): void {
    this.generationId = noGenerationId;
    this.leaderId = '';
    this.protocolName = '';
    if (resetMemberId) this.memberId = unknownMemberId;
    this.state = MemberState.Unjoined;
  }

  private onJoined(response: samsa.v1.IJoinGroupResponse): JoinResult {
    this.generationId = response.generationId ?? noGenerationId;
    this.memberId = response.memberId ?? unknownMemberId;
    this.leaderId = response.leader ?? '';
    this.protocolName = response.protocolName ?? '';
    const members = (response.members ?? []).map((m) => ({
      memberId: m.memberId ?? '',
      groupInstanceId: m.groupInstanceId || undefined,
      metadata: asBuffer(m.metadata),
    }));
    return { generationId: this.generationId, memberId: this.memberId, leaderId: this.leaderId, protocolName: this.protocolName, members };
  }

  /** Applies what an error code says about our membership (Kafka's response handlers). */
  applyError(code: number): void {
    if (code === ErrorCode.UNKNOWN_MEMBER_ID || code === ErrorCode.FENCED_INSTANCE_ID) this.resetGeneration(true);
    else if (code === ErrorCode.ILLEGAL_GENERATION) this.resetGeneration(false);
    else if (isCoordinatorMoved(code)) {
      this.channel.markCoordinatorUnknown(errorName(code));
      if (this.state === MemberState.Rebalancing) this.state = MemberState.Unjoined;
    } else if (this.state === MemberState.Rebalancing) this.state = MemberState.Unjoined;
  }

  private fail(code: number, api: string): SamsaProtocolError {
    return new SamsaProtocolError(code, `${api} for group ${this.config.groupId}: ${errorName(code)}`);
  }
}
