/**
 * One member of a group (Kafka's MemberMetadata): identity, timeouts, the protocols it supports
 * with their metadata, its current assignment, and the JoinGroup/SyncGroup responses it is
 * parked on. A member with a parked request is live by definition, so its session does not expire.
 */

import type { JoinGroupResponse, SyncGroupResponse } from '../api/groups';
import { type TimerHandle } from './coordinator-config';

export interface GroupProtocol {
  name: string;
  metadata: Buffer;
}

export type JoinGroupCallback = (response: JoinGroupResponse) => void;
export type SyncGroupCallback = (response: SyncGroupResponse) => void;

export interface MemberIdentity {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  rebalanceTimeoutMs: number;
  sessionTimeoutMs: number;
  protocolType: string;
  protocols: GroupProtocol[];
}

export class MemberMetadata {
  /** Changes only when a static member rejoins under a new id (GroupMetadata.replaceStaticMember). */
  memberId: string;
  readonly groupInstanceId: string | null;
  readonly clientId: string;
  readonly clientHost: string;
  readonly protocolType: string;
  rebalanceTimeoutMs: number;
  sessionTimeoutMs: number;
  supportedProtocols: GroupProtocol[];
  assignment: Buffer = Buffer.alloc(0);
  awaitingJoin: JoinGroupCallback | null = null;
  awaitingSync: SyncGroupCallback | null = null;
  /** Joined but not yet through a completed join phase: expires on the new-member timeout. */
  isNew = false;
  /** The pending session (or new-member) expiry. */
  heartbeatTimer: TimerHandle | null = null;

  constructor(identity: MemberIdentity) {
    this.memberId = identity.memberId;
    this.groupInstanceId = identity.groupInstanceId;
    this.clientId = identity.clientId;
    this.clientHost = identity.clientHost;
    this.protocolType = identity.protocolType;
    this.rebalanceTimeoutMs = identity.rebalanceTimeoutMs;
    this.sessionTimeoutMs = identity.sessionTimeoutMs;
    this.supportedProtocols = identity.protocols;
  }

  get isStatic(): boolean {
    return this.groupInstanceId !== null;
  }

  get isAwaitingJoin(): boolean {
    return this.awaitingJoin !== null;
  }

  get isAwaitingSync(): boolean {
    return this.awaitingSync !== null;
  }

  /** Kafka's hasSatisfiedHeartbeat at expiry time: parked requests prove liveness, except for new members. */
  get livenessProvenByParkedRequest(): boolean {
    return !this.isNew && (this.isAwaitingJoin || this.isAwaitingSync);
  }

  metadataFor(protocolName: string): Buffer {
    const p = this.supportedProtocols.find((sp) => sp.name === protocolName);
    if (p === undefined) throw new Error(`assertion: member ${this.memberId} does not support protocol ${protocolName}`);
    return p.metadata;
  }

  /** This member's first choice among the protocols every member supports. */
  vote(candidates: ReadonlySet<string>): string {
    const choice = this.supportedProtocols.find((p) => candidates.has(p.name));
    if (choice === undefined) throw new Error(`assertion: member ${this.memberId} supports none of the candidate protocols`);
    return choice.name;
  }

  /** Same protocols, same order, same metadata: a rejoin that changes nothing. */
  matches(protocols: readonly GroupProtocol[]): boolean {
    if (protocols.length !== this.supportedProtocols.length) return false;
    return protocols.every((p, i) => {
      const mine = this.supportedProtocols[i];
      return mine !== undefined && mine.name === p.name && mine.metadata.equals(p.metadata);
    });
  }
}
