/**
 * One consumer group's state (Kafka's GroupMetadata): the group state machine with its
 * valid-previous-state table, members, pending members (KIP-394), static members (KIP-345),
 * protocol votes, generation and leader, and the committed-offsets cache. Pure data and rules:
 * timers and persistence belong to the coordinator and the metadata manager.
 */

import { ErrorCode } from '../../proto/errors';
import { type Timer } from '../clock';
import { joinErrorResponse, syncErrorResponse } from './group-responses';
import { PendingTxnOffsets, appendedBefore } from './group-txn-offsets';
import { type GroupProtocol, type JoinGroupCallback, type MemberMetadata } from './member-metadata';

export const GroupState = {
  Empty: 'Empty',
  PreparingRebalance: 'PreparingRebalance',
  CompletingRebalance: 'CompletingRebalance',
  Stable: 'Stable',
  Dead: 'Dead',
} as const;
export type GroupState = (typeof GroupState)[keyof typeof GroupState];

const S = GroupState;

/** Kafka's GroupState.validPreviousStates: any other transition is a coordinator bug. */
export const VALID_PREVIOUS: Readonly<Record<GroupState, readonly GroupState[]>> = {
  [S.Empty]: [S.PreparingRebalance],
  [S.PreparingRebalance]: [S.Stable, S.CompletingRebalance, S.Empty],
  [S.CompletingRebalance]: [S.PreparingRebalance],
  [S.Stable]: [S.CompletingRebalance],
  [S.Dead]: [S.Stable, S.PreparingRebalance, S.CompletingRebalance, S.Empty, S.Dead],
};

export interface CommittedOffset {
  offset: number;
  leaderEpoch: number;
  metadata: string;
  commitTimestampMs: number;
  /** Set only by pre-KIP-211 records that carried an explicit expiry. */
  expireTimestampMs: number | null;
  /**
   * Where the commit's record landed in `__consumer_offsets` (Kafka's appendedBatchOffset), so
   * that a transaction completing late cannot replace a commit appended after it.
   */
  appendedBatchOffset?: number;
}

export interface TopicPartitionOffset {
  topic: string;
  partition: number;
  committed: CommittedOffset;
}

export class GroupMetadata {
  state: GroupState;
  /** When the group entered its current state; the Empty-since time for offset expiry (KIP-211). */
  currentStateTimestampMs: number | null;
  protocolType: string | null = null;
  protocolName: string | null = null;
  generationId = 0;
  leaderId: string | null = null;
  /** More members joined during the initial delay: extend it (InitialDelayedJoin). */
  newMemberAdded = false;
  /** The delayed join phase while PreparingRebalance; an initial one never completes early. */
  joinTimer: { handle: Timer; initial: boolean } | null = null;
  private readonly members = new Map<string, MemberMetadata>();
  private readonly pendingMembers = new Map<string, Timer | null>();
  private readonly staticMembers = new Map<string, string>();
  private readonly protocolVotes = new Map<string, number>();
  private numMembersAwaitingJoin = 0;
  private readonly offsets = new Map<string, Map<number, CommittedOffset>>();
  /** TxnOffsetCommit offsets waiting for their transaction's marker. */
  readonly pendingTxnOffsets = new PendingTxnOffsets();

  constructor(readonly groupId: string, initialState: GroupState, nowMs: number) {
    this.state = initialState;
    this.currentStateTimestampMs = nowMs;
  }

  is(state: GroupState): boolean {
    return this.state === state;
  }

  transitionTo(target: GroupState, nowMs: number): void {
    if (!VALID_PREVIOUS[target].includes(this.state)) {
      throw new Error(`assertion: group ${this.groupId} cannot transition from ${this.state} to ${target}`);
    }
    this.state = target;
    this.currentStateTimestampMs = nowMs;
  }

  canRebalance(): boolean {
    return VALID_PREVIOUS[S.PreparingRebalance].includes(this.state);
  }

  // ---- members ----

  get size(): number {
    return this.members.size;
  }

  isEmpty(): boolean {
    return this.members.size === 0;
  }

  has(memberId: string): boolean {
    return this.members.has(memberId);
  }

  get(memberId: string): MemberMetadata {
    const m = this.members.get(memberId);
    if (m === undefined) throw new Error(`assertion: group ${this.groupId} has no member ${memberId}`);
    return m;
  }

  allMembers(): MemberMetadata[] {
    return [...this.members.values()];
  }

  get awaitingJoinCount(): number {
    return this.numMembersAwaitingJoin;
  }

  isLeader(memberId: string): boolean {
    return this.leaderId === memberId;
  }

  add(member: MemberMetadata, callback: JoinGroupCallback | null): void {
    if (this.members.size === 0) this.protocolType = member.protocolType;
    if (this.protocolType !== member.protocolType || !this.supportsProtocols(member.protocolType, member.supportedProtocols)) {
      throw new Error(`assertion: member ${member.memberId} is incompatible with group ${this.groupId}`);
    }
    if (this.leaderId === null) this.leaderId = member.memberId;
    this.members.set(member.memberId, member);
    this.countVotes(member.supportedProtocols, 1);
    member.awaitingJoin = callback;
    if (member.isAwaitingJoin) this.numMembersAwaitingJoin++;
  }

  remove(memberId: string): void {
    const member = this.members.get(memberId);
    if (member !== undefined) {
      this.members.delete(memberId);
      this.countVotes(member.supportedProtocols, -1);
      if (member.isAwaitingJoin) this.numMembersAwaitingJoin--;
      if (member.groupInstanceId !== null && this.staticMembers.get(member.groupInstanceId) === memberId) {
        this.staticMembers.delete(member.groupInstanceId);
      }
    }
    if (this.isLeader(memberId)) this.leaderId = this.members.keys().next().value ?? null;
  }

  /** New protocols and a new parked JoinGroup (or none) for an existing member. */
  updateMember(member: MemberMetadata, protocols: GroupProtocol[], rebalanceTimeoutMs: number, sessionTimeoutMs: number, callback: JoinGroupCallback | null): void {
    this.countVotes(member.supportedProtocols, -1);
    this.countVotes(protocols, 1);
    member.supportedProtocols = protocols;
    member.rebalanceTimeoutMs = rebalanceTimeoutMs;
    member.sessionTimeoutMs = sessionTimeoutMs;
    if (callback !== null && !member.isAwaitingJoin) this.numMembersAwaitingJoin++;
    else if (callback === null && member.isAwaitingJoin) this.numMembersAwaitingJoin--;
    member.awaitingJoin = callback;
  }

  maybeInvokeJoinCallback(member: MemberMetadata, response: Parameters<JoinGroupCallback>[0]): void {
    const callback = member.awaitingJoin;
    if (callback === null) return;
    member.awaitingJoin = null;
    this.numMembersAwaitingJoin--;
    callback(response);
  }

  /** Answers a parked SyncGroup; true when there was one. */
  maybeInvokeSyncCallback(member: MemberMetadata, response: Parameters<NonNullable<MemberMetadata['awaitingSync']>>[0]): boolean {
    const callback = member.awaitingSync;
    if (callback === null) return false;
    member.awaitingSync = null;
    callback(response);
    return true;
  }

  /** Every known member has a parked JoinGroup and no member id handed out is still unused. */
  hasAllMembersJoined(): boolean {
    return this.members.size === this.numMembersAwaitingJoin && this.pendingMembers.size === 0;
  }

  notYetRejoinedMembers(): MemberMetadata[] {
    return this.allMembers().filter((m) => !m.isAwaitingJoin);
  }

  /** The join phase waits for the slowest member's rebalance timeout. */
  rebalanceTimeoutMs(): number {
    let max = 0;
    for (const m of this.members.values()) max = Math.max(max, m.rebalanceTimeoutMs);
    return max;
  }

  /** Keeps the leader if it rejoined, else promotes any rejoined member; false if nobody rejoined. */
  maybeElectNewJoinedLeader(): boolean {
    if (this.leaderId === null) return false;
    if (this.get(this.leaderId).isAwaitingJoin) return true;
    const joined = this.allMembers().find((m) => m.isAwaitingJoin);
    if (joined === undefined) return false;
    this.leaderId = joined.memberId;
    return true;
  }

  /** Kafka's initNextGeneration: new generation, protocol chosen by vote, CompletingRebalance or Empty. */
  initNextGeneration(nowMs: number): void {
    this.generationId++;
    if (this.members.size > 0) {
      this.protocolName = this.selectProtocol();
      this.transitionTo(S.CompletingRebalance, nowMs);
    } else {
      this.protocolName = null;
      this.transitionTo(S.Empty, nowMs);
    }
  }

  // ---- protocols ----

  supportsProtocols(protocolType: string, protocols: readonly GroupProtocol[]): boolean {
    if (this.isEmpty()) return protocolType.length > 0 && protocols.length > 0;
    return protocolType === this.protocolType && protocols.some((p) => this.protocolVotes.get(p.name) === this.members.size);
  }

  /** The protocol every member supports that most members list first (ties: first counted). */
  selectProtocol(): string {
    const candidates = new Set([...this.protocolVotes].filter(([, n]) => n === this.members.size).map(([name]) => name));
    if (candidates.size === 0) throw new Error(`assertion: group ${this.groupId} has no protocol supported by all members`);
    const tally = new Map<string, number>();
    for (const m of this.members.values()) {
      const choice = m.vote(candidates);
      tally.set(choice, (tally.get(choice) ?? 0) + 1);
    }
    let best = '';
    let bestVotes = -1;
    for (const [name, votes] of tally) {
      if (votes > bestVotes) [best, bestVotes] = [name, votes];
    }
    return best;
  }

  private countVotes(protocols: readonly GroupProtocol[], delta: number): void {
    for (const p of protocols) {
      const n = (this.protocolVotes.get(p.name) ?? 0) + delta;
      if (n === 0) this.protocolVotes.delete(p.name);
      else this.protocolVotes.set(p.name, n);
    }
  }

  // ---- pending and static members ----

  addPendingMember(memberId: string, timer: Timer | null): void {
    this.pendingMembers.set(memberId, timer);
  }

  isPendingMember(memberId: string): boolean {
    return this.pendingMembers.has(memberId);
  }

  /** Removes a pending member id and returns its expiry timer, for the caller to cancel. */
  removePendingMember(memberId: string): Timer | null {
    const timer = this.pendingMembers.get(memberId) ?? null;
    this.pendingMembers.delete(memberId);
    return timer;
  }

  pendingMemberTimers(): Timer[] {
    return [...this.pendingMembers.values()].filter((t) => t !== null);
  }

  staticMemberId(groupInstanceId: string): string | undefined {
    return this.staticMembers.get(groupInstanceId);
  }

  addStaticMember(groupInstanceId: string, memberId: string): void {
    this.staticMembers.set(groupInstanceId, memberId);
  }

  /**
   * A static member restarted with a new member id (KIP-345): the member keeps its state under
   * the new id, and whatever the old incarnation still has parked is answered FENCED_INSTANCE_ID.
   */
  replaceStaticMember(groupInstanceId: string, oldMemberId: string, newMemberId: string): MemberMetadata {
    const member = this.get(oldMemberId);
    this.members.delete(oldMemberId);
    this.maybeInvokeJoinCallback(member, joinErrorResponse(oldMemberId, ErrorCode.FENCED_INSTANCE_ID));
    this.maybeInvokeSyncCallback(member, syncErrorResponse(ErrorCode.FENCED_INSTANCE_ID));
    member.memberId = newMemberId;
    this.members.set(newMemberId, member);
    if (this.isLeader(oldMemberId)) this.leaderId = newMemberId;
    this.addStaticMember(groupInstanceId, newMemberId);
    return member;
  }

  /** A request names an instance id now held by another member id: a zombie or a duplicate instance. */
  isStaticMemberFenced(memberId: string, groupInstanceId: string | null): boolean {
    if (groupInstanceId === null) return false;
    const current = this.staticMembers.get(groupInstanceId);
    return current !== undefined && current !== memberId;
  }

  // ---- committed offsets ----

  offset(topic: string, partition: number): CommittedOffset | undefined {
    return this.offsets.get(topic)?.get(partition);
  }

  /** Committed offsets, or transactional ones still pending (Kafka's hasOffsets counts both). */
  hasOffsets(): boolean {
    return this.offsets.size > 0 || !this.pendingTxnOffsets.isEmpty();
  }

  allOffsets(): TopicPartitionOffset[] {
    const out: TopicPartitionOffset[] = [];
    for (const [topic, byPartition] of this.offsets) {
      for (const [partition, committed] of byPartition) out.push({ topic, partition, committed });
    }
    return out;
  }

  putOffset(topic: string, partition: number, committed: CommittedOffset): void {
    let byPartition = this.offsets.get(topic);
    if (byPartition === undefined) this.offsets.set(topic, (byPartition = new Map()));
    byPartition.set(partition, committed);
  }

  /** Stores `committed` unless the partition holds a commit appended after it (Kafka's onOffsetCommitAppend). */
  putOffsetIfNewer(topic: string, partition: number, committed: CommittedOffset): void {
    const current = this.offset(topic, partition);
    if (current === undefined || !appendedBefore(committed, current)) this.putOffset(topic, partition, committed);
  }

  /**
   * `producerId`'s transaction ended (Kafka's completePendingTxnOffsetCommit): on commit its
   * offsets become the group's, except where a commit appended later is already in place; on
   * abort they are dropped. Returns the offsets whose append was still unacknowledged, which
   * cannot be ordered and are dropped (the caller logs them).
   */
  completePendingTxnOffsetCommit(producerId: number, committed: boolean): TopicPartitionOffset[] {
    const unappended: TopicPartitionOffset[] = [];
    for (const o of this.pendingTxnOffsets.take(producerId)) {
      if (!committed) continue;
      if (o.committed.appendedBatchOffset === undefined) unappended.push(o);
      else this.putOffsetIfNewer(o.topic, o.partition, o.committed);
    }
    return unappended;
  }

  removeOffset(topic: string, partition: number): void {
    const byPartition = this.offsets.get(topic);
    if (byPartition === undefined) return;
    byPartition.delete(partition);
    if (byPartition.size === 0) this.offsets.delete(topic);
  }

  removeAllOffsets(): TopicPartitionOffset[] {
    const removed = this.allOffsets();
    this.offsets.clear();
    return removed;
  }

  /**
   * KIP-211: a group's offsets expire once the group has been Empty for the retention period;
   * offsets of a group that never used group management (no protocol type) expire from their
   * commit time. Offsets of a group with members never expire, nor do those of a partition with
   * a transactional commit pending (its outcome decides). Returns what it removed.
   */
  removeExpiredOffsets(nowMs: number, retentionMs: number): TopicPartitionOffset[] {
    let baseTimestamp: (c: CommittedOffset) => number;
    if (this.protocolType === null) baseTimestamp = (c) => c.commitTimestampMs;
    else if (this.is(S.Empty)) baseTimestamp = (c) => this.currentStateTimestampMs ?? c.commitTimestampMs;
    else return [];
    const expired = this.allOffsets().filter(({ topic, partition, committed: c }) =>
      (c.expireTimestampMs !== null ? nowMs >= c.expireTimestampMs : nowMs - baseTimestamp(c) >= retentionMs) && !this.pendingTxnOffsets.has(topic, partition),
    );
    for (const e of expired) this.removeOffset(e.topic, e.partition);
    return expired;
  }
}
