/**
 * A consumer's group membership (Kafka's ConsumerCoordinator with the eager protocol): the
 * subscription, rebalances, committed offsets and auto-commit, on top of the consumer's
 * SubscriptionState. The consumer's processing loop calls `poll()` between handler calls, as
 * the Java consumer does in poll(); a rebalance runs there, never inside a handler call:
 *   revoke everything (committing first when autoCommit) -> JoinGroup -> the leader assigns ->
 *   SyncGroup -> OffsetFetch -> positions from the commits (autoOffsetReset where none) ->
 *   onPartitionsAssigned -> 'group_join'.
 * Heartbeats run on their own timer (heartbeat.ts). Retriable errors (coordinator moved or
 * loading, broken connections) are retried with backoff until the consumer stops; fatal ones
 * (FENCED_INSTANCE_ID, a refused configuration) end the consumer with 'crash'.
 */

import { type Logger } from '../../logger';
import { SamsaError, messageOf } from '../../errors';
import { SchemaError } from '../../../proto/kafka-types';
import { ConsumerProtocolError } from '../assignors/consumer-protocol';
import { type RetryPolicy, backoffMs, sleep } from '../../retry';
import { type OffsetResetStrategy, type SubscriptionState } from '../subscription-state';
import { type PartitionAssignor, type SubscriptionCodec, type TopicPartitions, assignPartitions, assignmentRecord, decodeMembers, findAssigner, flatten, subscribedTopics } from './assignment';
import { type CoordinatorChannel } from './coordinator-channel';
import { Heartbeat, type HeartbeatTimers, systemTimers } from './heartbeat';
import { GroupMembership, type JoinResult, MemberState, isFatalGroupError, isRejoinError } from './membership';
import { type TopicPartitionOffset, commitOffsets, fetchCommittedOffsets } from './offsets';
import { type GroupTopicsSource, hasPattern, matchSubscription } from './topics-source';
import { type TopicPartition, topicPartitionKey } from '../../../proto/topic-partition';

export interface ConsumerGroupConfig {
  groupId: string;
  groupInstanceId: string | undefined;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  heartbeatIntervalMs: number;
  partitionAssigners: PartitionAssignor[];
  autoCommit: boolean;
  autoCommitIntervalMs: number;
  autoOffsetReset: OffsetResetStrategy;
  retryBackoffMs: number;
  requestTimeoutMs: number;
  /** How often the subscription is checked against metadata (new topics matching a pattern, partition counts). */
  metadataMaxAgeMs: number;
  onPartitionsRevoked?: (partitions: TopicPartition[]) => void | Promise<void>;
  onPartitionsAssigned?: (partitions: TopicPartition[]) => void | Promise<void>;
}

/** What the consumer lends its group membership. */
export interface ConsumerGroupHost {
  subscriptions: SubscriptionState;
  logger: Logger;
  emit(event: string, payload: object): void;
  /** The assignment changed: restart fetch loops. */
  assignmentChanged(): void;
  /** Wakes a processing loop that waits for records, so it calls poll(). */
  wakeup(): void;
}

export interface GroupDependencies {
  channel: CoordinatorChannel;
  topics: GroupTopicsSource;
  codec: SubscriptionCodec;
  retry: RetryPolicy;
  timers?: HeartbeatTimers;
}

/** Consecutive failures after which the backoff stops growing. */
const backoffAttemptsMax = 6;

export class ConsumerGroup {
  readonly membership: GroupMembership;
  private readonly heartbeat: Heartbeat;
  private readonly timers: HeartbeatTimers;
  private subscription: Array<string | RegExp> = [];
  private fromBeginning = false;
  private active = false;
  private rejoinNeeded = true;
  /** Topics this member subscribed with at its last join, and partition counts the assignment saw. */
  private joinedTopics: string[] = [];
  private assignedCounts = new Map<string, number>();
  private nextSubscriptionCheckMs = 0;
  private readonly committed = new Map<string, number>();
  private commitChain: Promise<void> = Promise.resolve();
  private autoCommitTimer: unknown;
  private assigned: TopicPartitions[] = [];
  /** Paused partitions stay paused across a rebalance when they come back (KafkaJS keeps them too). */
  private readonly pausedBeforeRevoke = new Set<string>();

  constructor(private readonly config: ConsumerGroupConfig, private readonly host: ConsumerGroupHost, private readonly deps: GroupDependencies) {
    if (config.partitionAssigners.length === 0) throw new SamsaError('partitionAssigners: at least one assignor is required');
    if (config.heartbeatIntervalMs >= config.sessionTimeoutMs) throw new SamsaError('heartbeatIntervalMs must be lower than sessionTimeoutMs');
    this.timers = deps.timers ?? systemTimers;
    this.membership = new GroupMembership(deps.channel, config);
    this.heartbeat = new Heartbeat(this.membership, config, {
      onHeartbeat: () => this.host.emit('heartbeat', { groupId: config.groupId, memberId: this.membership.memberId, groupGenerationId: this.membership.generationId }),
      onRejoinNeeded: (reason) => this.requestRejoin(messageOf(reason)),
      onFatal: (err) => this.requestRejoin(messageOf(err)),
      onPollTimeout: (busyMs) => void this.onPollTimeout(busyMs),
    }, this.timers);
  }

  get groupId(): string {
    return this.config.groupId;
  }

  get isSubscribed(): boolean {
    return this.subscription.length > 0;
  }

  /** True while this member must rejoin: records still buffered belong to a finished generation. */
  get isRejoinNeeded(): boolean {
    return this.active && this.rejoinNeeded;
  }

  subscribe(topics: ReadonlyArray<string | RegExp>, fromBeginning: boolean): void {
    if (topics.length === 0) throw new SamsaError('subscribe() needs at least one topic or pattern');
    this.subscription = [...this.subscription, ...topics.filter((t) => !this.subscription.some((s) => String(s) === String(t)))];
    this.fromBeginning = fromBeginning;
    this.requestRejoin('subscription changed');
  }

  start(): void {
    if (this.active) return;
    this.active = true;
    this.rejoinNeeded = true;
    if (this.config.autoCommit) this.scheduleAutoCommit();
  }

  /** Called by the processing loop between handler calls: rejoins or checks the subscription when due. */
  async poll(): Promise<void> {
    if (!this.active || !this.isSubscribed) return;
    if (!this.rejoinNeeded && this.timers.nowMs() >= this.nextSubscriptionCheckMs) await this.checkSubscription();
    if (this.rejoinNeeded) await this.rebalance();
  }

  handlerStarted(): void {
    this.heartbeat.handlerStarted();
  }

  handlerFinished(): void {
    this.heartbeat.handlerFinished();
  }

  /** KafkaJS's `heartbeat()` in the payloads; the timer already does this, so it only helps liveness checks. */
  async heartbeatNow(): Promise<void> {
    await this.heartbeat.beatNow().catch(() => undefined);
  }

  requestRejoin(reason: string): void {
    if (!this.rejoinNeeded) this.host.logger.info({ groupId: this.config.groupId, reason }, 'rejoining the group');
    this.rejoinNeeded = true;
    this.host.wakeup();
  }

  /** Commits `offsets` (next offsets to read) under the current generation, or standalone outside one. */
  commit(offsets: readonly TopicPartitionOffset[]): Promise<void> {
    const run = async (): Promise<void> => {
      const m = this.membership;
      const identity = { groupId: this.config.groupId, generationId: m.generationId, memberId: m.memberId, groupInstanceId: this.config.groupInstanceId };
      try {
        await commitOffsets(this.deps.channel, identity, offsets, (code) => m.applyError(code));
      } catch (err) {
        if (isRejoinError(err)) this.requestRejoin(messageOf(err));
        throw err;
      }
      for (const o of offsets) this.committed.set(topicPartitionKey({ topic: o.topic, partition: o.partition }), o.offset);
      this.host.emit('commit_offsets', {
        groupId: this.config.groupId,
        memberId: m.memberId,
        groupGenerationId: m.generationId,
        topics: [...groupByTopic(offsets)].map(([topic, partitions]) => ({ topic, partitions })),
      });
    };
    // Commits go out one at a time, in order, so a later commit never lands before an earlier one.
    const next = this.commitChain.then(run, run);
    this.commitChain = next.catch(() => undefined);
    return next;
  }

  /** Commits every position that moved since its last commit (auto-commit, revoke, stop). */
  async commitProcessed(): Promise<void> {
    const offsets: TopicPartitionOffset[] = [];
    for (const s of this.host.subscriptions.assigned()) {
      if (s.position === undefined || this.committed.get(s.key) === s.position) continue;
      offsets.push({ topic: s.topic, partition: s.partition, offset: s.position });
    }
    await this.commit(offsets);
  }

  /** Stops the timers and abandons a JoinGroup or SyncGroup parked at the coordinator; leave() follows. */
  deactivate(): void {
    if (!this.active) return;
    this.active = false;
    this.heartbeat.stop();
    if (this.autoCommitTimer !== undefined) this.timers.clearTimeout(this.autoCommitTimer);
    this.autoCommitTimer = undefined;
    if (this.membership.state === MemberState.Rebalancing) this.deps.channel.close();
  }

  /**
   * Leaves the group: commits (autoCommit) and revokes the assignment, then sends LeaveGroup
   * (dynamic members only) so the others rebalance at once rather than after the session timeout.
   */
  async leave(): Promise<void> {
    this.deactivate();
    this.rejoinNeeded = true;
    if (this.assigned.length === 0 && this.membership.state === MemberState.Unjoined && this.membership.memberId === '') return;
    try {
      if (this.membership.state === MemberState.Stable) await this.revoke();
      else this.dropAssignment();
      await this.membership.leave();
    } catch (err) {
      this.host.logger.warn({ groupId: this.config.groupId, err: messageOf(err) }, 'leaving the group failed; the coordinator drops the member after its session timeout');
    } finally {
      this.deps.channel.close();
    }
  }

  private async rebalance(): Promise<void> {
    this.host.emit('rebalancing', { groupId: this.config.groupId, memberId: this.membership.memberId });
    if (this.membership.state === MemberState.Stable || this.assigned.length > 0) await this.revoke().catch((err: unknown) => this.onRevokeError(err));
    this.heartbeat.stop();
    for (let failures = 0; this.active; ) {
      try {
        const startMs = this.timers.nowMs();
        const topics = await this.resolveTopics();
        const joined = await this.membership.join(this.protocols(topics));
        const assignments = joined.memberId === joined.leaderId ? await this.performAssignment(joined) : new Map<string, Buffer>();
        const bytes = await this.membership.sync(assignments);
        this.joinedTopics = topics;
        this.rejoinNeeded = false;
        const { partitions } = this.deps.codec.decodeAssignment(bytes);
        // The sticky assignor remembers what it got, to carry it in its next subscription.
        this.config.partitionAssigners.find((a) => a.name === joined.protocolName)?.onAssignment?.(partitions, joined.generationId);
        await this.onAssigned(partitions, joined, this.timers.nowMs() - startMs);
        return;
      } catch (err) {
        if (!this.active) return;
        if (isFatalGroupError(err) || !(err instanceof Error) || !isOperatingError(err)) throw err;
        if (isRejoinError(err)) continue;
        const waitMs = backoffMs(this.deps.retry, Math.min(failures++, backoffAttemptsMax));
        // A coordinator that is still loading or being created is routine for the first tries.
        const fields = { groupId: this.config.groupId, err: messageOf(err), waitMs };
        if (failures > backoffAttemptsMax) this.host.logger.warn(fields, 'joining the group failed, retrying');
        else this.host.logger.debug(fields, 'joining the group failed, retrying');
        await sleep(waitMs);
      }
    }
  }

  private protocols(topics: string[]): Array<{ name: string; metadata: Buffer }> {
    return this.config.partitionAssigners.map((a) => ({ name: a.name, metadata: this.deps.codec.encodeSubscription({ topics, userData: a.userData?.() ?? null, ownedPartitions: [] }) }));
  }

  private async resolveTopics(): Promise<string[]> {
    const all = hasPattern(this.subscription) ? await this.deps.topics.allTopics() : [];
    return matchSubscription(this.subscription, all);
  }

  private async performAssignment(joined: JoinResult): Promise<Map<string, Buffer>> {
    const assigner = findAssigner(this.config.partitionAssigners, joined.protocolName);
    const members = decodeMembers(this.deps.codec, joined.members);
    const counts = await this.deps.topics.partitionCounts(subscribedTopics(members));
    this.assignedCounts = counts;
    const result = assignPartitions(assigner, members, counts);
    this.host.logger.info({ groupId: this.config.groupId, generationId: joined.generationId, assignor: assigner.name, members: members.length }, 'assigned partitions as group leader');
    return new Map([...result].map(([memberId, partitions]) => [memberId, this.deps.codec.encodeAssignment({ partitions, userData: null })]));
  }

  private async onAssigned(partitions: TopicPartitions[], joined: JoinResult, durationMs: number): Promise<void> {
    const list = flatten(partitions);
    const committed = await this.fetchCommitted(list);
    const subscriptions = this.host.subscriptions;
    const paused = new Set(subscriptions.assigned().filter((s) => s.paused).map((s) => s.key));
    subscriptions.assign(list);
    const reset = this.fromBeginning ? 'earliest' : this.config.autoOffsetReset;
    for (const state of subscriptions.assigned()) {
      const offset = committed.get(state.key) ?? -1;
      if (offset >= 0) state.seek(offset);
      else if (reset === 'none') throw new SamsaError(`no committed offset for ${state.topic}-${state.partition} in group ${this.config.groupId} and autoOffsetReset is 'none'`);
      else state.requestReset({ kind: reset });
      if (offset >= 0) this.committed.set(state.key, offset);
      state.paused = paused.has(state.key) || this.pausedBeforeRevoke.has(state.key);
    }
    this.pausedBeforeRevoke.clear();
    this.assigned = partitions;
    this.nextSubscriptionCheckMs = this.timers.nowMs() + this.config.metadataMaxAgeMs;
    if (!this.membership.isLeader) this.assignedCounts = await this.deps.topics.partitionCounts(this.joinedTopics).catch(() => new Map<string, number>());
    this.heartbeat.start();
    this.host.assignmentChanged();
    const m = this.membership;
    this.host.emit('group_join', {
      groupId: this.config.groupId,
      generationId: m.generationId,
      memberId: m.memberId,
      leaderId: m.leaderId,
      isLeader: m.isLeader,
      groupProtocol: joined.protocolName,
      memberAssignment: assignmentRecord(partitions),
      duration: durationMs,
    });
    await this.config.onPartitionsAssigned?.(list);
  }

  /** OffsetFetch, retried without rejoining: the generation is valid, only the coordinator may have moved. */
  private async fetchCommitted(list: TopicPartition[]): Promise<Map<string, number>> {
    for (let failures = 0; ; ) {
      try {
        return await fetchCommittedOffsets(this.deps.channel, this.config.groupId, list);
      } catch (err) {
        if (!this.active || !isOperatingError(err) || isFatalGroupError(err)) throw err;
        await sleep(backoffMs(this.deps.retry, Math.min(failures++, backoffAttemptsMax)));
      }
    }
  }

  /** Eager revocation: commit what was processed, tell the application, drop every partition. */
  private async revoke(): Promise<void> {
    const partitions = this.host.subscriptions.assigned().map(({ topic, partition }) => ({ topic, partition }));
    try {
      if (this.config.autoCommit && this.membership.state === MemberState.Stable) await this.commitProcessed();
    } finally {
      for (const s of this.host.subscriptions.assigned()) if (s.paused) this.pausedBeforeRevoke.add(s.key);
      this.dropAssignment();
    }
    await this.config.onPartitionsRevoked?.(partitions);
  }

  private dropAssignment(): void {
    this.host.subscriptions.assign([]);
    this.assigned = [];
    this.committed.clear();
    this.host.assignmentChanged();
  }

  private onRevokeError(err: unknown): void {
    this.host.logger.warn({ groupId: this.config.groupId, err: messageOf(err) }, 'committing before the rebalance failed; uncommitted records will be consumed again');
  }

  /** Pattern subscriptions pick up new topics; a changed partition count needs a new assignment. */
  private async checkSubscription(): Promise<void> {
    this.nextSubscriptionCheckMs = this.timers.nowMs() + this.config.metadataMaxAgeMs;
    try {
      const topics = await this.resolveTopics();
      if (topics.join('\0') !== this.joinedTopics.join('\0')) return this.requestRejoin('subscribed topics changed');
      const counts = await this.deps.topics.partitionCounts([...this.assignedCounts.keys()]);
      for (const [topic, count] of this.assignedCounts) {
        if ((counts.get(topic) ?? 0) !== count) return this.requestRejoin(`partition count of ${topic} changed`);
      }
    } catch (err) {
      this.host.logger.debug({ groupId: this.config.groupId, err: messageOf(err) }, 'subscription check failed');
    }
  }

  private scheduleAutoCommit(): void {
    this.autoCommitTimer = this.timers.setTimeout(() => {
      if (!this.active) return;
      if (this.membership.state === MemberState.Stable && !this.rejoinNeeded) {
        this.commitProcessed().catch((err: unknown) => this.host.logger.warn({ groupId: this.config.groupId, err: messageOf(err) }, 'auto-commit failed'));
      }
      this.scheduleAutoCommit();
    }, this.config.autoCommitIntervalMs);
  }

  /** KIP-62: a handler call outlived the rebalance timeout, so the member leaves and lets the group move on. */
  private async onPollTimeout(busyMs: number): Promise<void> {
    this.host.logger.warn({ groupId: this.config.groupId, busyMs, rebalanceTimeoutMs: this.config.rebalanceTimeoutMs }, 'handler exceeded the rebalance timeout; leaving the group');
    this.rejoinNeeded = true;
    await this.membership.leave().catch((err: unknown) => this.host.logger.debug({ err: messageOf(err) }, 'LeaveGroup failed'));
  }
}

/**
 * Errors a member retries: protocol errors and connection failures, not bugs. Group data that
 * does not decode (ConsumerProtocolError, SchemaError) is no operating error, though it is a SamsaError.
 */
function isOperatingError(err: unknown): boolean {
  if (err instanceof ConsumerProtocolError || err instanceof SchemaError) return false;
  return err instanceof SamsaError || (err instanceof Error && 'code' in err && typeof (err as { code: unknown }).code === 'number');
}

function groupByTopic(offsets: readonly TopicPartitionOffset[]): Map<string, Array<{ partition: number; offset: string }>> {
  const out = new Map<string, Array<{ partition: number; offset: string }>>();
  for (const o of offsets) out.set(o.topic, [...(out.get(o.topic) ?? []), { partition: o.partition, offset: String(o.offset) }]);
  return out;
}
