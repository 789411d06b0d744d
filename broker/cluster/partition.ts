/**
 * One replica of one partition on this broker (Kafka's `cluster/Partition.scala`): its role, leader
 * epoch, ISR and assigned replicas as the controller last set them, and the high watermark rules
 * (reference §4.1-4.6). Pure over its log and `nowMs`: no sockets, no ZooKeeper.
 *
 * Invariants kept here: HW <= LEO; a leader's HW never goes backwards; consumers never read past
 * the HW; a leader epoch only grows (LeaderAndIsr with an epoch that is not newer is refused by
 * the replica manager before reaching this class).
 *
 * This release has no follower fetchers yet, but the state is Kafka's so that replication plugs in:
 * the HW is the minimum LEO over the ISR (with RF=1 that is the leader's LEO after each append),
 * and follower fetch positions are tracked by `updateFollowerFetchState`.
 */
import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import type { LogConfig } from '../log/log-config';
import { RecentAppends } from './recent-appends';

/** Kafka's ListOffsets sentinels. */
export const latestTimestamp = -1;
export const earliestTimestamp = -2;
/** Replica id of an ordinary consumer in Fetch/ListOffsets. */
export const consumerReplicaId = -1;

export interface PartitionAppendInfo {
  firstOffset: number;
  lastOffset: number;
  logAppendTimeMs: number;
  recordCount: number;
  sizeBytes: number;
}

/** What a Partition needs from its Log (broker/log/log.ts satisfies it). */
export interface PartitionLog {
  readonly config: LogConfig;
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  readonly highWatermark: number;
  setHighWatermark(offset: number): void;
  readonly leaderEpochCache: { assign(epoch: number, startOffset: number): void };
  appendAsLeader(records: Buffer, opts: { leaderEpoch: number; nowMs: number; assignOffsets: (firstOffset: number) => void }): Promise<PartitionAppendInfo>;
  read(opts: { startOffset: number; maxBytes: number; maxOffset: number; minOneBatch: boolean }): Promise<{ records: Buffer; logStartOffset: number; logEndOffset: number }>;
  fetchOffsetByTimestamp(timestamp: number): Promise<{ offset: number; timestamp: number } | undefined>;
}

/** The per-partition part of a LeaderAndIsr request. */
export interface PartitionStateUpdate {
  controllerEpoch: number;
  leader: number;
  leaderEpoch: number;
  isr: number[];
  zkVersion: number;
  replicas: number[];
}

/** What the leader knows of a follower from its fetches (Kafka's `Replica`). */
interface FollowerState {
  logEndOffset: number;
  logStartOffset: number;
  lastCaughtUpTimeMs: number;
  lastFetchLeaderLogEndOffset: number;
  lastFetchTimeMs: number;
}

export interface PartitionReadResult {
  records: Buffer;
  highWatermark: number;
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

  constructor(
    readonly topic: string,
    readonly partition: number,
    readonly log: PartitionLog,
    private readonly opts: { localBrokerId: number; replicaLagTimeMaxMs: number },
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

  /**
   * Kafka's `makeLeader`: adopt the controller's view, open a new epoch at the current LEO in the
   * leader-epoch cache, reset follower tracking (ISR members count as caught up now), and try to
   * advance the HW. Returns true when this replica was not the leader before.
   */
  makeLeader(state: PartitionStateUpdate, nowMs: number): boolean {
    const wasLeader = this.isLeader;
    this.adopt(state);
    this.leaderReplicaId = this.opts.localBrokerId;
    this.log.leaderEpochCache.assign(state.leaderEpoch, this.log.logEndOffset);
    this.followers.clear();
    for (const id of state.replicas) {
      if (id === this.opts.localBrokerId) continue;
      this.followers.set(id, {
        logEndOffset: -1, logStartOffset: -1, lastFetchLeaderLogEndOffset: -1, lastFetchTimeMs: 0,
        lastCaughtUpTimeMs: state.isr.includes(id) ? nowMs : 0,
      });
    }
    this.maybeIncrementLeaderHW(nowMs);
    return !wasLeader;
  }

  /** Kafka's `makeFollower`: a follower keeps no ISR of its own. Returns true if the leader changed. */
  makeFollower(state: PartitionStateUpdate): boolean {
    const leaderChanged = this.leaderReplicaId !== state.leader;
    this.adopt(state);
    this.leaderReplicaId = state.leader;
    this.isr = [];
    this.followers.clear();
    return leaderChanged;
  }

  private adopt(state: PartitionStateUpdate): void {
    this.controllerEpoch = state.controllerEpoch;
    this.leaderEpoch = state.leaderEpoch;
    this.zkVersion = state.zkVersion;
    this.replicas = [...state.replicas];
    this.isr = [...state.isr];
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
   * Kafka's `appendRecordsToLeader`. `stampOffsets(firstOffset, leaderEpoch)` writes offsets into the
   * batch headers in place once the log reserved them. acks=-1 with an ISR below
   * min.insync.replicas is refused before anything is written (reference §4.6).
   */
  async appendRecordsToLeader(
    records: Buffer, requiredAcks: number, nowMs: number, stampOffsets: (firstOffset: number, leaderEpoch: number) => void,
  ): Promise<PartitionAppendInfo> {
    this.leaderOrThrow(-1);
    const minIsr = this.log.config.minInsyncReplicas;
    if (requiredAcks === -1 && this.isr.length < minIsr) {
      throw new SamsaProtocolError(ErrorCode.NOT_ENOUGH_REPLICAS,
        `The size of the current ISR [${this.isr.join(',')}] is insufficient to satisfy the min.isr requirement of ${minIsr} for ${this.topic}-${this.partition}`);
    }
    const leaderEpoch = this.leaderEpoch;
    const info = await this.log.appendAsLeader(records, {
      leaderEpoch, nowMs, assignOffsets: (firstOffset) => stampOffsets(firstOffset, leaderEpoch),
    });
    this.recentAppends.record(info.firstOffset, info.lastOffset + 1, info.sizeBytes);
    this.maybeIncrementLeaderHW(nowMs);
    return info;
  }

  /**
   * Kafka's `maybeIncrementLeaderHW`: the new HW is the minimum LEO over the leader and every
   * follower that is in the ISR or caught up within replica.lag.time.max.ms, and only ever moves
   * forward. Returns true if it advanced.
   */
  maybeIncrementLeaderHW(nowMs: number): boolean {
    if (!this.isLeader) return false;
    let candidate = this.log.logEndOffset;
    for (const [id, f] of this.followers) {
      const caughtUp = nowMs - f.lastCaughtUpTimeMs <= this.opts.replicaLagTimeMaxMs;
      if (this.isr.includes(id) || caughtUp) candidate = Math.min(candidate, f.logEndOffset);
    }
    const old = this.log.highWatermark;
    if (candidate <= old) return false;
    if (candidate > this.log.logEndOffset) throw new Error(`invariant: HW ${candidate} above LEO ${this.log.logEndOffset}`);
    this.log.setHighWatermark(candidate);
    return true;
  }

  /**
   * Kafka's `updateFollowerFetchState`: a follower's fetch offset is its LEO. Returns true if the
   * HW advanced. (ISR expansion needs ISR writes to ZooKeeper and comes with follower replication.)
   */
  updateFollowerFetchState(replicaId: number, fetchOffset: number, followerLogStartOffset: number, nowMs: number): boolean {
    const f = this.followers.get(replicaId);
    if (f === undefined || !this.isLeader) return false;
    const leaderLogEndOffset = this.log.logEndOffset;
    if (fetchOffset >= leaderLogEndOffset) f.lastCaughtUpTimeMs = Math.max(f.lastCaughtUpTimeMs, nowMs);
    else if (fetchOffset >= f.lastFetchLeaderLogEndOffset) f.lastCaughtUpTimeMs = Math.max(f.lastCaughtUpTimeMs, f.lastFetchTimeMs);
    f.logEndOffset = fetchOffset;
    f.logStartOffset = followerLogStartOffset;
    f.lastFetchLeaderLogEndOffset = leaderLogEndOffset;
    f.lastFetchTimeMs = nowMs;
    return this.maybeIncrementLeaderHW(nowMs);
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

  /** The exclusive upper bound of what `replicaId` may read: the HW for consumers, the LEO for followers. */
  fetchableEndOffset(replicaId: number): number {
    return replicaId === consumerReplicaId ? this.log.highWatermark : this.log.logEndOffset;
  }

  /** Bytes appended in [fromOffset, the fetchable end) as far as recent appends tell (DelayedFetch). */
  bytesAvailable(fromOffset: number, replicaId: number): number {
    return this.recentAppends.bytesBetween(fromOffset, this.fetchableEndOffset(replicaId));
  }

  /**
   * Kafka's `readRecords` on the leader: fencing, range check, then a read of whole batches up to
   * the fetchable end. Consumers are out of range outside [logStartOffset, HW].
   */
  async readRecords(opts: {
    replicaId: number; fetchOffset: number; currentLeaderEpoch: number; maxBytes: number; minOneBatch: boolean;
  }): Promise<PartitionReadResult> {
    this.leaderOrThrow(opts.currentLeaderEpoch);
    const endOffset = this.fetchableEndOffset(opts.replicaId);
    const logStartOffset = this.log.logStartOffset;
    if (opts.fetchOffset < logStartOffset || opts.fetchOffset > endOffset) {
      throw new SamsaProtocolError(ErrorCode.OFFSET_OUT_OF_RANGE,
        `Fetch offset ${opts.fetchOffset} is out of range for ${this.topic}-${this.partition}: [${logStartOffset}, ${endOffset}]`);
    }
    const base = { highWatermark: this.log.highWatermark, logStartOffset, logEndOffset: this.log.logEndOffset };
    if (opts.fetchOffset === endOffset) return { records: Buffer.alloc(0), ...base };
    const read = await this.log.read({
      startOffset: opts.fetchOffset, maxBytes: opts.maxBytes, maxOffset: endOffset, minOneBatch: opts.minOneBatch,
    });
    return { records: read.records, highWatermark: this.log.highWatermark, logStartOffset: read.logStartOffset, logEndOffset: read.logEndOffset };
  }

  /**
   * Kafka's `fetchOffsetForTimestamp` for ListOffsets: -2 is the log start, -1 the HW for consumers
   * (LEO for replicas), otherwise the first offset with a timestamp >= the one asked, if below the
   * fetchable end.
   */
  async fetchOffsetForTimestamp(
    timestamp: number, currentLeaderEpoch: number, replicaId: number,
  ): Promise<{ offset: number; timestamp: number; leaderEpoch: number }> {
    this.leaderOrThrow(currentLeaderEpoch);
    const endOffset = this.fetchableEndOffset(replicaId);
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
