/**
 * One replica of one partition on this broker (Kafka's `cluster/Partition.scala`): its role, leader
 * epoch, ISR and assigned replicas as the controller last set them, and the replication rules of
 * Kafka's Partition (the pure ones live in isr-rules.ts). No sockets; ZooKeeper only through the
 * injected `IsrWriter`, so that tests drive it with fakes and an injected clock.
 *
 * Invariants kept here: leader ∈ ISR ⊆ assigned replicas; HW <= LEO; a leader's HW never goes
 * backwards; consumers never read past the HW; a leader epoch only grows (LeaderAndIsr with an
 * epoch that is not newer is refused by the replica manager before reaching this class).
 *
 * ISR changes follow Kafka 2.4 (before AlterIsr): the leader writes the state znode itself,
 * conditional on the zkVersion it holds, and a write that did not apply is never forgotten
 * (isr-update.ts): an error leaves the change pending and it is retried until ZooKeeper answers;
 * a conflict with its own earlier write is adopted and retried; a conflict with the controller
 * stops ISR changes until a fresher LeaderAndIsr arrives (Kafka's Partition.updateIsr: a deposed
 * leader must not keep acting).
 */
import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import type { Clock } from '../clock';
import type { LogConfig } from '../log/log-config';
import { applyFollowerFetch, newFollowerState, nextHighWatermark, outOfSyncReplicas, shouldExpandIsr, type FollowerState } from './isr-rules';
import { isValidLeaderIsr, resolveIsrConflict, type IsrWriteResult } from './isr-update';
import { RecentAppends } from './recent-appends';
import { earliestTimestamp, latestTimestamp } from '../../proto/sentinels';
import type { PartitionLeadershipState } from '../api/controller-requests';
import type { AbortedTransaction } from '../api/fetch';
import type { AppendOrigin } from '../log/log-validator';
import type { ProducerStateEntry } from '../log/producer-state';
import { abortedTransactionsIn, IsolationLevel } from './read-committed';

/** Replica id of an ordinary consumer in Fetch/ListOffsets. */
export const consumerReplicaId = -1;

export interface PartitionAppendInfo {
  firstOffset: number;
  lastOffset: number;
  logAppendTimeMs: number;
  recordCount: number;
  sizeBytes: number;
}

/** The leader-epoch cache as a partition uses it (broker/log/leader-epoch-cache.ts). */
export interface PartitionEpochCache {
  assign(epoch: number, startOffset: number): void;
  latestEpoch(): number;
  endOffsetFor(epoch: number, logEndOffset: number): { epoch: number; endOffset: number };
}

/** What a Partition needs from its Log (broker/log/log.ts satisfies it). */
export interface PartitionLog {
  readonly config: LogConfig;
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  readonly highWatermark: number;
  /** min(first offset of an unfinished transaction, HW) (KIP-98). */
  readonly lastStableOffset: number;
  setHighWatermark(offset: number): void;
  collectAbortedTransactions(startOffset: number, upperBoundOffset: number): Array<{ producerId: number; firstOffset: number }>;
  activeProducers(): ProducerStateEntry[];
  readonly leaderEpochCache: PartitionEpochCache;
  appendAsLeader(records: Buffer, opts: { leaderEpoch: number; nowMs: number; origin?: AppendOrigin }): Promise<PartitionAppendInfo>;
  appendAsFollower(records: Buffer): Promise<PartitionAppendInfo>;
  truncateTo(offset: number): Promise<void>;
  truncateFullyAndStartAt(offset: number): Promise<void>;
  maybeIncrementLogStartOffset(offset: number): void;
  read(opts: { startOffset: number; maxBytes: number; maxOffset: number; minOneBatch: boolean }): Promise<{ records: Buffer; logStartOffset: number; logEndOffset: number }>;
  fetchOffsetByTimestamp(timestamp: number): Promise<{ offset: number; timestamp: number } | undefined>;
}

/** A partition's leadership as this broker applies it from LeaderAndIsr (its topic and partition are the Partition's own). */
export type PartitionLeadership = Omit<PartitionLeadershipState, 'topic' | 'partition'>;

/** The leader's conditional write of /brokers/topics/T/partitions/P/state (KafkaZkClient.updateLeaderAndIsrAsLeader). */
export type IsrWriter = (
  topic: string, partition: number,
  state: { leader: number; leaderEpoch: number; isr: number[]; controllerEpoch: number }, expectedZkVersion: number,
) => Promise<IsrWriteResult>;

/** Told about ISR changes this leader made (propagation, metrics, delayed operations). */
export interface PartitionListener {
  onIsrChanged(partition: Partition, change: 'expand' | 'shrink'): void;
  /** A write that did not apply: `err` for an error, else a conflict (`adopted`: its own earlier write). */
  onIsrUpdateFailed(partition: Partition, err?: unknown, adopted?: boolean): void;
}

export interface PartitionOptions {
  localBrokerId: number;
  replicaLagTimeMaxMs: number;
  isrWriter?: IsrWriter;
  listener?: PartitionListener;
  /** Lag and caught-up times of followers are measured on it. */
  clock: Pick<Clock, 'nowMs'>;
}

export interface PartitionReadResult {
  records: Buffer;
  highWatermark: number;
  lastStableOffset: number;
  /** read_committed only: aborted transactions overlapping the returned records. */
  abortedTransactions?: AbortedTransaction[];
  logStartOffset: number;
  logEndOffset: number;
}

export class Partition {
  leaderReplicaId = -1;
  leaderEpoch = -1;
  controllerEpoch = -1;
  zkVersion = -1;
  isr: number[] = [];
  replicas: number[] = [];
  private readonly followers = new Map<number, FollowerState>();
  private readonly recentAppends = new RecentAppends();
  /** LEO when this replica became leader in the current epoch (Kafka's leaderEpochStartOffsetOpt). */
  private leaderEpochStartOffset = -1;
  /** Bumped by every applied LeaderAndIsr: a write from an earlier generation cannot block or change this one. */
  private generation = 0;
  /** One ISR write at a time, as Kafka's leaderIsrUpdateLock serializes them: the generation writing, or -1. */
  private isrUpdateInFlight = -1;
  /** A change that did not reach ZooKeeper yet; `maybeRetryIsrUpdate` re-evaluates it. */
  private isrUpdatePending = false;
  /** The last write failed without an answer: ZooKeeper may hold it, so the next retry writes even an unchanged ISR. */
  private isrWriteOutcomeUnknown = false;
  /** Set when a conditional ISR write lost to the controller; cleared by the next LeaderAndIsr. */
  private isrUpdatesFenced = false;

  constructor(
    readonly topic: string,
    readonly partition: number,
    readonly log: PartitionLog,
    private readonly opts: PartitionOptions,
  ) {}

  get isLeader(): boolean {
    return this.leaderReplicaId === this.opts.localBrokerId;
  }

  get highWatermark(): number {
    return this.log.highWatermark;
  }

  get logEndOffset(): number {
    return this.log.logEndOffset;
  }

  /** True when this leader may no longer change the ISR (its zkVersion is stale). */
  get isrChangesFenced(): boolean {
    return this.isrUpdatesFenced;
  }

  /** True when a led partition's ISR change has not reached ZooKeeper (pending a retry, or fenced). */
  get isrUpdateOutstanding(): boolean {
    return this.isLeader && (this.isrUpdatePending || this.isrUpdatesFenced);
  }

  /**
   * Kafka's `makeLeader`: adopt the controller's view, open a new epoch at the current LEO in the
   * leader-epoch cache (so that a follower from a stale epoch can be answered before anything is
   * written), reset follower tracking, and try to advance the HW. Returns true when this replica
   * was not the leader before.
   */
  makeLeader(state: PartitionLeadership, nowMs: number): boolean {
    const wasLeader = this.isLeader;
    this.adopt(state);
    this.leaderReplicaId = this.opts.localBrokerId;
    this.log.leaderEpochCache.assign(state.leaderEpoch, this.log.logEndOffset);
    this.leaderEpochStartOffset = this.log.logEndOffset;
    this.followers.clear();
    for (const id of state.replicas) {
      if (id !== this.opts.localBrokerId) this.followers.set(id, newFollowerState(state.isr.includes(id), nowMs));
    }
    this.maybeIncrementLeaderHW(nowMs);
    return !wasLeader;
  }

  /** Kafka's `makeFollower`: a follower keeps no ISR of its own. Returns true if the leader changed. */
  makeFollower(state: PartitionLeadership): boolean {
    const leaderChanged = this.leaderReplicaId !== state.leader;
    this.adopt(state);
    this.leaderReplicaId = state.leader;
    this.isr = [];
    this.leaderEpochStartOffset = -1;
    this.followers.clear();
    return leaderChanged;
  }

  private adopt(state: PartitionLeadership): void {
    if (state.leader === this.opts.localBrokerId && !state.isr.includes(state.leader)) {
      throw new Error(`invariant: leader ${state.leader} of ${this.topic}-${this.partition} is not in the ISR [${state.isr.join(',')}]`);
    }
    this.controllerEpoch = state.controllerEpoch;
    this.leaderEpoch = state.leaderEpoch;
    this.zkVersion = state.zkVersion;
    this.replicas = [...state.replicas];
    this.isr = [...state.isr];
    this.generation++;
    this.isrUpdatesFenced = false;
    this.isrUpdatePending = false;
    this.isrWriteOutcomeUnknown = false;
  }

  /**
   * A LeaderAndIsr at this leader's own epoch with a newer zkVersion: only this leader writes the
   * znode within its epoch, so the controller is relaying one of its writes whose answer was lost.
   * Adopt that ISR and version (the epoch is unchanged, so nothing else changes) and re-check the
   * ISR. Returns true when adopted.
   */
  maybeAdoptOwnIsrWrite(state: PartitionLeadership, nowMs: number): boolean {
    if (!this.isLeader || state.leader !== this.opts.localBrokerId || state.leaderEpoch !== this.leaderEpoch) return false;
    if (state.zkVersion <= this.zkVersion || !isValidLeaderIsr(state.leader, state.isr, this.replicas)) return false;
    this.isr = [...state.isr];
    this.zkVersion = state.zkVersion;
    this.isrUpdatesFenced = false;
    this.isrUpdatePending = true;
    this.isrWriteOutcomeUnknown = false;
    this.maybeIncrementLeaderHW(nowMs);
    return true;
  }

  /** KIP-320 fencing: -1 skips the check, an older epoch is fenced, a newer one is not known yet. */
  checkCurrentLeaderEpoch(currentLeaderEpoch: number): number {
    if (currentLeaderEpoch < 0) return ErrorCode.NONE;
    if (currentLeaderEpoch < this.leaderEpoch) return ErrorCode.FENCED_LEADER_EPOCH;
    if (currentLeaderEpoch > this.leaderEpoch) return ErrorCode.UNKNOWN_LEADER_EPOCH;
    return ErrorCode.NONE;
  }

  private leaderOrThrow(currentLeaderEpoch: number): void {
    const epochError = this.checkCurrentLeaderEpoch(currentLeaderEpoch);
    if (epochError !== ErrorCode.NONE) {
      throw new SamsaProtocolError(epochError, `Leader epoch ${currentLeaderEpoch} in the request does not match epoch ${this.leaderEpoch} of ${this.topic}-${this.partition}`);
    }
    if (!this.isLeader) {
      throw new SamsaProtocolError(ErrorCode.NOT_LEADER_OR_FOLLOWER, `Broker ${this.opts.localBrokerId} is not the leader of ${this.topic}-${this.partition}`);
    }
  }

  /**
   * Kafka's `appendRecordsToLeader`: the log validates the batches and stamps offsets, the epoch
   * and timestamps into them in place. acks=-1 with an ISR below min.insync.replicas is refused
   * before anything is written (Partition.appendRecordsToLeader).
   */
  async appendRecordsToLeader(records: Buffer, requiredAcks: number, nowMs: number, origin?: AppendOrigin): Promise<PartitionAppendInfo> {
    this.leaderOrThrow(-1);
    const minIsr = this.log.config.minInsyncReplicas;
    if (requiredAcks === -1 && this.isr.length < minIsr) {
      throw new SamsaProtocolError(ErrorCode.NOT_ENOUGH_REPLICAS,
        `The size of the current ISR [${this.isr.join(',')}] is insufficient to satisfy the min.isr requirement of ${minIsr} for ${this.topic}-${this.partition}`);
    }
    const info = await this.log.appendAsLeader(records, { leaderEpoch: this.leaderEpoch, nowMs, origin });
    // sizeBytes 0: a duplicate idempotent batch, answered with its original offsets; nothing new was written.
    if (info.sizeBytes > 0) this.recentAppends.record(info.firstOffset, info.lastOffset + 1, info.sizeBytes);
    this.maybeIncrementLeaderHW(nowMs);
    return info;
  }

  /**
   * Kafka's `maybeIncrementLeaderHW` (rule in isr-rules.ts): only ever forward, never above the
   * LEO. Returns true if it advanced.
   */
  maybeIncrementLeaderHW(nowMs: number): boolean {
    if (!this.isLeader) return false;
    const candidate = nextHighWatermark({
      leaderLogEndOffset: this.log.logEndOffset, currentHighWatermark: this.log.highWatermark, isr: this.isr,
      followers: this.followers, nowMs, replicaLagTimeMaxMs: this.opts.replicaLagTimeMaxMs,
    });
    if (candidate === undefined) return false;
    if (candidate > this.log.logEndOffset) throw new Error(`invariant: HW ${candidate} above LEO ${this.log.logEndOffset}`);
    this.log.setHighWatermark(candidate);
    return true;
  }

  /**
   * Kafka's `updateFollowerFetchState`: a follower's fetch offset is its LEO. Records it, maybe
   * expands the ISR (asynchronously, through ZooKeeper), and maybe advances the HW. Returns true
   * if the HW advanced. A fetch from a replica that is not assigned is not tracked.
   */
  updateFollowerFetchState(replicaId: number, fetchOffset: number, followerLogStartOffset: number, nowMs: number): boolean {
    const f = this.followers.get(replicaId);
    if (f === undefined || !this.isLeader) return false;
    this.followers.set(replicaId, applyFollowerFetch(f, fetchOffset, followerLogStartOffset, this.log.logEndOffset, nowMs));
    void this.maybeExpandIsr(replicaId);
    return this.maybeIncrementLeaderHW(nowMs);
  }

  /** The follower's last reported log start offset (-1 unknown): DeleteRecords waits on it (Kafka's lowWatermarkIfLeader). */
  followerLogStartOffset(replicaId: number): number {
    return this.followers.get(replicaId)?.logStartOffset ?? -1;
  }

  /** The follower's last known LEO (-1 unknown), for tests and metrics. */
  followerLogEndOffset(replicaId: number): number {
    return this.followers.get(replicaId)?.logEndOffset ?? -1;
  }

  private maybeExpandIsr(replicaId: number): Promise<boolean> {
    const f = this.followers.get(replicaId);
    if (f === undefined) return Promise.resolve(false);
    const expand = shouldExpandIsr({
      followerLogEndOffset: f.logEndOffset, highWatermark: this.log.highWatermark, leaderEpochStartOffset: this.leaderEpochStartOffset,
      inIsr: this.isr.includes(replicaId), isAssignedReplica: this.replicas.includes(replicaId),
    });
    return expand ? this.updateIsr([...this.isr, replicaId], 'expand') : Promise.resolve(false);
  }

  /**
   * The isr-update-retry task: a leader whose last ISR change did not reach ZooKeeper evaluates
   * shrink and expansion again (each write sets the pending flag again if it fails). When the last
   * write got no answer and nothing needs changing now, it writes the ISR it holds anyway: that
   * either confirms it or meets its own lost write as a conflict and adopts it. Resolves true when
   * ZooKeeper was written.
   */
  async maybeRetryIsrUpdate(nowMs: number): Promise<boolean> {
    if (!this.isLeader || !this.isrUpdatePending || this.isrUpdatesFenced || this.isrUpdateInFlight === this.generation) return false;
    this.isrUpdatePending = false;
    let changed = await this.maybeShrinkIsr(nowMs);
    for (const id of [...this.followers.keys()]) changed = (await this.maybeExpandIsr(id)) || changed;
    if (!changed && !this.isrUpdatePending && this.isrWriteOutcomeUnknown) changed = await this.updateIsr([...this.isr], 'reconcile');
    return changed;
  }

  /**
   * Kafka's `maybeShrinkIsr` (the isr-expiration task): drops followers that have not been caught
   * up for replica.lag.time.max.ms. Resolves true when the ISR was changed.
   */
  maybeShrinkIsr(nowMs: number): Promise<boolean> {
    if (!this.isLeader) return Promise.resolve(false);
    const outOfSync = outOfSyncReplicas({
      isr: this.isr, leaderId: this.opts.localBrokerId, followers: this.followers,
      leaderLogEndOffset: this.log.logEndOffset, nowMs, replicaLagTimeMaxMs: this.opts.replicaLagTimeMaxMs,
    });
    if (outOfSync.length === 0) return Promise.resolve(false);
    return this.updateIsr(this.isr.filter((id) => !outOfSync.includes(id)), 'shrink');
  }

  /**
   * Writes a new ISR to ZooKeeper conditional on the cached zkVersion, then adopts it. While another
   * write is in flight the change is left pending; after a failure see isr-update.ts. A LeaderAndIsr
   * that arrives during the write wins: its state is not overwritten by this result.
   */
  private async updateIsr(newIsr: number[], change: 'expand' | 'shrink' | 'reconcile'): Promise<boolean> {
    const writer = this.opts.isrWriter;
    if (writer === undefined || this.isrUpdatesFenced || !this.isLeader) return false;
    if (this.isrUpdateInFlight === this.generation) {
      this.isrUpdatePending = true;
      return false;
    }
    if (!isValidLeaderIsr(this.opts.localBrokerId, newIsr, this.replicas)) {
      throw new Error(`invariant: ISR [${newIsr.join(',')}] must hold the leader and only assigned replicas of ${this.topic}-${this.partition}`);
    }
    const generation = this.generation;
    const zkVersion = this.zkVersion;
    const state = { leader: this.opts.localBrokerId, leaderEpoch: this.leaderEpoch, isr: newIsr, controllerEpoch: this.controllerEpoch };
    this.isrUpdateInFlight = generation;
    try {
      const result = await writer(this.topic, this.partition, state, zkVersion);
      if (this.generation !== generation || this.zkVersion !== zkVersion) return false;
      if (!result.ok) {
        this.onIsrConflict(result.stored);
        return false;
      }
      this.isr = newIsr;
      this.zkVersion = result.zkVersion;
      this.isrWriteOutcomeUnknown = false;
      this.maybeIncrementLeaderHW(this.opts.clock.nowMs());
      if (change !== 'reconcile') this.opts.listener?.onIsrChanged(this, change);
      return true;
    } catch (err) {
      // ZooKeeper did not answer: the znode may or may not hold the change, so try again later.
      if (this.generation === generation) {
        this.isrUpdatePending = true;
        this.isrWriteOutcomeUnknown = true;
      }
      this.opts.listener?.onIsrUpdateFailed(this, err);
      return false;
    } finally {
      if (this.isrUpdateInFlight === generation) this.isrUpdateInFlight = -1;
    }
  }

  private onIsrConflict(stored: Parameters<typeof resolveIsrConflict>[1]): void {
    const resolution = resolveIsrConflict({ brokerId: this.opts.localBrokerId, leaderEpoch: this.leaderEpoch, replicas: this.replicas }, stored);
    if (resolution.kind === 'fenced') {
      this.isrUpdatesFenced = true;
      this.opts.listener?.onIsrUpdateFailed(this);
      return;
    }
    this.isr = resolution.isr;
    this.zkVersion = resolution.zkVersion;
    this.isrUpdatePending = true;
    this.isrWriteOutcomeUnknown = false;
    this.maybeIncrementLeaderHW(this.opts.clock.nowMs());
    this.opts.listener?.onIsrUpdateFailed(this, undefined, true);
  }

  /**
   * For a parked acks=-1 produce: done when the HW passed `requiredOffset` (every ISR member has
   * the batch); NOT_ENOUGH_REPLICAS_AFTER_APPEND if the ISR shrank below min.insync.replicas.
   */
  checkEnoughReplicasReachOffset(requiredOffset: number): { done: boolean; errorCode: number } {
    if (!this.isLeader) return { done: true, errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER };
    if (this.log.highWatermark < requiredOffset) return { done: false, errorCode: ErrorCode.NONE };
    const enough = this.isr.length >= this.log.config.minInsyncReplicas;
    return { done: true, errorCode: enough ? ErrorCode.NONE : ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND };
  }

  /**
   * The exclusive upper bound of what `replicaId` may read: the LEO for followers; for consumers
   * the HW, or the last stable offset for read_committed (Kafka's FetchIsolation).
   */
  fetchableEndOffset(replicaId: number, isolationLevel: number = IsolationLevel.ReadUncommitted): number {
    if (replicaId !== consumerReplicaId) return this.log.logEndOffset;
    return isolationLevel === IsolationLevel.ReadCommitted ? this.log.lastStableOffset : this.log.highWatermark;
  }

  get lastStableOffset(): number {
    return this.log.lastStableOffset;
  }

  /** Bytes appended in [fromOffset, the fetchable end) as far as recent appends tell (DelayedFetch). */
  bytesAvailable(fromOffset: number, replicaId: number, isolationLevel: number = IsolationLevel.ReadUncommitted): number {
    return this.recentAppends.bytesBetween(fromOffset, this.fetchableEndOffset(replicaId, isolationLevel));
  }

  /** DescribeProducers on the leader. */
  activeProducers(): ProducerStateEntry[] {
    this.leaderOrThrow(-1);
    return this.log.activeProducers();
  }

  /**
   * Kafka's `readRecords` on the leader: fencing, range check against [logStartOffset, LEO], then a
   * read of whole batches up to the fetchable end. A consumer positioned between the HW and the LEO
   * (a new leader whose HW still lags) gets an empty answer, not OFFSET_OUT_OF_RANGE, as in Kafka.
   */
  async readRecords(opts: {
    replicaId: number; fetchOffset: number; currentLeaderEpoch: number; maxBytes: number; minOneBatch: boolean; isolationLevel?: number;
  }): Promise<PartitionReadResult> {
    this.leaderOrThrow(opts.currentLeaderEpoch);
    const readCommitted = opts.isolationLevel === IsolationLevel.ReadCommitted && opts.replicaId === consumerReplicaId;
    const endOffset = this.fetchableEndOffset(opts.replicaId, opts.isolationLevel);
    const logStartOffset = this.log.logStartOffset;
    const logEndOffset = this.log.logEndOffset;
    if (opts.fetchOffset < logStartOffset || opts.fetchOffset > logEndOffset) {
      throw new SamsaProtocolError(ErrorCode.OFFSET_OUT_OF_RANGE,
        `Fetch offset ${opts.fetchOffset} is out of range for ${this.topic}-${this.partition}: [${logStartOffset}, ${logEndOffset}]`);
    }
    const base = { highWatermark: this.log.highWatermark, lastStableOffset: this.log.lastStableOffset, logStartOffset, logEndOffset };
    const none = readCommitted ? [] : undefined;
    if (opts.fetchOffset >= endOffset) return { records: Buffer.alloc(0), ...base, abortedTransactions: none };
    const read = await this.log.read({
      startOffset: opts.fetchOffset, maxBytes: opts.maxBytes, maxOffset: endOffset, minOneBatch: opts.minOneBatch,
    });
    return {
      records: read.records, highWatermark: this.log.highWatermark, lastStableOffset: this.log.lastStableOffset,
      logStartOffset: read.logStartOffset, logEndOffset: read.logEndOffset,
      abortedTransactions: readCommitted ? abortedTransactionsIn(this.log, opts.fetchOffset, read.records) : undefined,
    };
  }

  /**
   * OffsetForLeaderEpoch on the leader (KIP-101, KIP-279, KIP-320): KIP-320 fencing on `currentLeaderEpoch`,
   * then the end offset of `leaderEpoch` from the leader-epoch cache (its latest epoch ends at the LEO).
   */
  lastOffsetForLeaderEpoch(currentLeaderEpoch: number, leaderEpoch: number): { leaderEpoch: number; endOffset: number } {
    this.leaderOrThrow(currentLeaderEpoch);
    const found = this.log.leaderEpochCache.endOffsetFor(leaderEpoch, this.log.logEndOffset);
    return { leaderEpoch: found.epoch, endOffset: found.endOffset };
  }

  /**
   * Kafka's `fetchOffsetForTimestamp` for ListOffsets: -2 is the log start, -1 the HW for consumers
   * (LEO for replicas), otherwise the first offset with a timestamp >= the one asked, if below the
   * fetchable end.
   */
  async fetchOffsetForTimestamp(
    timestamp: number, currentLeaderEpoch: number, replicaId: number, isolationLevel: number = IsolationLevel.ReadUncommitted,
  ): Promise<{ offset: number; timestamp: number; leaderEpoch: number }> {
    this.leaderOrThrow(currentLeaderEpoch);
    const endOffset = this.fetchableEndOffset(replicaId, isolationLevel);
    if (timestamp === latestTimestamp) return { offset: endOffset, timestamp: -1, leaderEpoch: this.leaderEpoch };
    if (timestamp === earliestTimestamp) return { offset: this.log.logStartOffset, timestamp: -1, leaderEpoch: this.leaderEpoch };
    const found = await this.log.fetchOffsetByTimestamp(timestamp);
    if (found === undefined || found.offset >= endOffset) return { offset: -1, timestamp: -1, leaderEpoch: -1 };
    return { offset: found.offset, timestamp: found.timestamp, leaderEpoch: this.leaderEpoch };
  }

  /** Forgets append sizes (after the log was truncated or replaced). */
  resetRecentAppends(): void {
    this.recentAppends.clear();
  }
}
