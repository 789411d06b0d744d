/**
 * One replica fetcher per source (leader) broker (Kafka's `ReplicaFetcherThread`):
 * a loop that first truncates newly added partitions to the leader's epoch boundary
 * (OffsetForLeaderEpoch, KIP-101/279) and then fetches them with this broker's replica id, the
 * fetch offset = own LEO, the current leader epoch and the own log start offset. Batches are
 * appended verbatim (Log.appendAsFollower); follower HW = min(leader HW, own LEO); the leader's log
 * start offset is copied.
 *
 * Every wait is bounded (request timeouts, backoff) and `shutdown()` stops the loop; a partition
 * whose fetch fails with a leadership error backs off replica.fetch.backoff.ms and waits for the
 * controller's next LeaderAndIsr, which moves it to another fetcher or re-adds it.
 */
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import { ErrorCode, errorName } from '../../proto/errors';
import type { FetchPartition, FetchPartitionData } from '../api/fetch';
import type { EpochEndOffset, OffsetForLeaderPartition } from '../api/offset-for-leader-epoch';

import { outOfRangeAction, truncationOffsetFor } from './follower-truncation';
import type { LeaderEndpoint, LeaderRpc, LeaderRpcFactory } from './leader-rpc';
import type { Partition } from './partition';
import type { ReplicationQuotaManager } from './replication-quota';
import { topicPartitionKey } from '../../proto/topic-partition';

export interface ReplicaFetcherConfig {
  localBrokerId: number;
  /** replica.fetch.wait.max.ms */
  fetchWaitMaxMs: number;
  /** replica.fetch.min.bytes */
  fetchMinBytes: number;
  /** replica.fetch.max.bytes (per partition) */
  fetchMaxBytes: number;
  /** replica.fetch.response.max.bytes */
  fetchResponseMaxBytes: number;
  /** replica.fetch.backoff.ms */
  fetchBackoffMs: number;
  /** replica.socket.timeout.ms: added to the long-poll wait for each request. */
  socketTimeoutMs: number;
}

export interface AddedPartition {
  topic: string;
  partition: number;
  leaderEpoch: number;
}

type FetchPhase = 'truncating' | 'fetching';

interface PartitionFetchState {
  topic: string;
  partition: number;
  leaderEpoch: number;
  phase: FetchPhase;
  /** Not fetched before this time (backoff after an error). */
  delayedUntilMs: number;
  /** The epoch sent in the last OffsetForLeaderEpoch, to detect a KIP-279 round that cannot progress. */
  lastAskedEpoch: number;
  /** Leader HW minus own LEO at the last fetch (Kafka's per-partition fetcher lag). */
  lag: number;
}

/** Followers read every appended batch (Kafka's IsolationLevel.READ_UNCOMMITTED). */
const readUncommitted = 0;

const leadershipErrors: ReadonlySet<number> = new Set([
  ErrorCode.NOT_LEADER_OR_FOLLOWER, ErrorCode.FENCED_LEADER_EPOCH, ErrorCode.UNKNOWN_LEADER_EPOCH,
  ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.LEADER_NOT_AVAILABLE,
]);

export class ReplicaFetcher {
  private readonly states = new Map<string, PartitionFetchState>();
  private rpc: LeaderRpc | undefined;
  private running = false;
  private loop: Promise<void> = Promise.resolve();
  /** The current log-changing step (truncation or applying a response), awaited by removals. */
  private processing: Promise<void> = Promise.resolve();
  private wake: (() => void) | undefined;

  constructor(
    readonly source: LeaderEndpoint,
    private readonly config: ReplicaFetcherConfig,
    private readonly deps: {
      rpcFactory: LeaderRpcFactory;
      lookup: (topic: string, partition: number) => Partition | undefined;
      logger: Logger;
      clock: Clock;
      /** follower.replication.throttled.rate over the throttled replicas this broker follows (KIP-73). */
      followerQuota?: ReplicationQuotaManager;
    },
  ) {}

  private now(): number {
    return this.deps.clock.nowMs();
  }

  get partitionCount(): number {
    return this.states.size;
  }

  /** The largest lag (leader HW - own LEO) over this fetcher's partitions (Kafka's MaxLag). */
  get maxLag(): number {
    let max = 0;
    for (const s of this.states.values()) max = Math.max(max, s.lag);
    return max;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run().catch((err: unknown) => this.deps.logger.error({ err, leader: this.source.brokerId }, 'replica fetcher stopped on an error'));
  }

  /** New partitions start in the truncating state (Kafka's Partition.makeFollower). */
  addPartitions(partitions: readonly AddedPartition[]): void {
    for (const p of partitions) {
      this.states.set(topicPartitionKey({ topic: p.topic, partition: p.partition }), {
        topic: p.topic, partition: p.partition, leaderEpoch: p.leaderEpoch, phase: 'truncating', delayedUntilMs: 0, lastAskedEpoch: -2, lag: 0,
      });
    }
    this.wake?.();
  }

  /** Stops fetching these partitions; resolves once no log change for them is in progress. */
  async removePartitions(keys: readonly string[]): Promise<void> {
    for (const key of keys) this.states.delete(key);
    await this.processing;
  }

  hasPartition(key: string): boolean {
    return this.states.has(key);
  }

  async shutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    this.rpc?.close();
    this.rpc = undefined;
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      if (this.states.size === 0) {
        await this.sleep(this.config.fetchBackoffMs);
        continue;
      }
      try {
        await this.step(() => this.truncatePartitions());
        const fetched = await this.fetchOnce();
        if (!fetched) await this.sleep(this.nextDelayMs());
      } catch (err) {
        // The leader is unreachable or the connection broke: reconnect after a backoff (Kafka's
        // fetcher logs and backs off every partition of the round).
        this.deps.logger.warn({ err, leader: this.source.brokerId }, 'fetch from leader failed; backing off');
        this.rpc?.close();
        this.rpc = undefined;
        await this.sleep(this.config.fetchBackoffMs);
      }
    }
  }

  private async step(task: () => Promise<void>): Promise<void> {
    const run = task();
    this.processing = run.catch(() => undefined);
    await run;
  }

  private connection(): LeaderRpc {
    this.rpc ??= this.deps.rpcFactory(this.source);
    return this.rpc;
  }

  private get requestTimeoutMs(): number {
    return this.config.fetchWaitMaxMs + this.config.socketTimeoutMs;
  }

  private nextDelayMs(): number {
    const now = this.now();
    let delay = this.config.fetchBackoffMs;
    for (const s of this.states.values()) if (s.delayedUntilMs > now) delay = Math.min(delay, s.delayedUntilMs - now);
    return Math.max(1, delay);
  }

  /** Waits up to `ms`, or until partitions are added or the fetcher stops. */
  private sleep(ms: number): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = this.deps.clock.setTimeout(() => { this.wake = undefined; resolve(); }, ms);
      this.wake = () => { timer.cancel(); this.wake = undefined; resolve(); };
    });
  }

  /** The partition this state still describes: same leader epoch, and this broker is its follower. */
  private current(state: PartitionFetchState): Partition | undefined {
    if (this.states.get(topicPartitionKey({ topic: state.topic, partition: state.partition })) !== state) return undefined;
    const partition = this.deps.lookup(state.topic, state.partition);
    if (partition === undefined || partition.isLeader || partition.leaderEpoch !== state.leaderEpoch) return undefined;
    return partition;
  }

  private backOff(state: PartitionFetchState, errorCode: number): void {
    state.delayedUntilMs = this.now() + this.config.fetchBackoffMs;
    this.deps.logger.info({ topic: state.topic, partition: state.partition, leader: this.source.brokerId, error: errorName(errorCode) },
      'replica fetch error; backing off until a newer LeaderAndIsr or the next attempt');
  }

  private ready(phase: FetchPhase): PartitionFetchState[] {
    const now = this.now();
    return [...this.states.values()].filter((s) => s.phase === phase && s.delayedUntilMs <= now);
  }

  /** KIP-101/279: one OffsetForLeaderEpoch round for every partition still truncating. */
  private async truncatePartitions(): Promise<void> {
    const pending: { state: PartitionFetchState; partition: Partition; epoch: number }[] = [];
    const toHighWatermark: Promise<void>[] = [];
    for (const state of this.ready('truncating')) {
      const partition = this.current(state);
      if (partition === undefined) continue;
      const epoch = partition.log.leaderEpochCache.latestEpoch();
      if (epoch < 0) {
        // No epochs known (an empty or pre-epoch log): Kafka falls back to the high watermark.
        toHighWatermark.push(this.truncate(partition, partition.log.highWatermark).then(() => {
          state.phase = 'fetching';
        }));
        continue;
      }
      pending.push({ state, partition, epoch });
    }
    // Logs truncate side by side (a failover moves hundreds of partitions at once).
    await Promise.all(toHighWatermark);
    if (pending.length === 0) return;
    const byTopic = new Map<string, OffsetForLeaderPartition[]>();
    for (const p of pending) {
      const list = byTopic.get(p.state.topic) ?? [];
      list.push({ partition: p.state.partition, currentLeaderEpoch: p.state.leaderEpoch, leaderEpoch: p.epoch });
      byTopic.set(p.state.topic, list);
    }
    const response = await this.connection().offsetForLeaderEpoch({
      replicaId: this.config.localBrokerId, topics: [...byTopic].map(([topic, partitions]) => ({ topic, partitions })),
    }, this.config.socketTimeoutMs);
    const answers = new Map<string, EpochEndOffset>();
    for (const t of response.topics) for (const r of t.partitions) answers.set(topicPartitionKey({ topic: t.topic, partition: r.partition }), r);
    await Promise.all(pending.map((p) => this.applyEpochAnswer(p.state, p.epoch, answers.get(topicPartitionKey({ topic: p.state.topic, partition: p.state.partition })))));
  }

  private async applyEpochAnswer(
    state: PartitionFetchState, askedEpoch: number, answer: EpochEndOffset | undefined,
  ): Promise<void> {
    const partition = this.current(state);
    if (partition === undefined) return;
    if (answer === undefined || answer.errorCode !== ErrorCode.NONE) {
      this.backOff(state, answer === undefined ? ErrorCode.UNKNOWN_SERVER_ERROR : answer.errorCode);
      return;
    }
    const log = partition.log;
    const decision = truncationOffsetFor(answer.leaderEpoch, answer.endOffset, {
      logEndOffset: log.logEndOffset, highWatermark: log.highWatermark,
      endOffsetFor: (epoch) => log.leaderEpochCache.endOffsetFor(epoch, log.logEndOffset),
    });
    await this.truncate(partition, decision.offset);
    // A KIP-279 round that leaves the latest epoch unchanged cannot progress further: done.
    const stuck = !decision.completed && (askedEpoch === state.lastAskedEpoch || log.leaderEpochCache.latestEpoch() === askedEpoch);
    state.lastAskedEpoch = askedEpoch;
    if (decision.completed || stuck) {
      state.phase = 'fetching';
      this.deps.logger.info({ topic: state.topic, partition: state.partition, leader: this.source.brokerId, logEndOffset: log.logEndOffset },
        'truncated to the leader epoch boundary; fetching');
    }
  }

  private async truncate(partition: Partition, offset: number): Promise<void> {
    if (offset >= partition.log.logEndOffset) return;
    await partition.log.truncateTo(Math.max(offset, 0));
    partition.resetRecentAppends();
  }

  /** One Fetch round; false when no partition was ready to fetch. */
  private async fetchOnce(): Promise<boolean> {
    const sent = new Map<string, { state: PartitionFetchState; fetchOffset: number }>();
    const byTopic = new Map<string, FetchPartition[]>();
    for (const state of this.ready('fetching')) {
      const partition = this.current(state);
      if (partition === undefined || this.shouldFollowerThrottle(state, partition)) continue;
      const fetchOffset = partition.log.logEndOffset;
      sent.set(topicPartitionKey({ topic: state.topic, partition: state.partition }), { state, fetchOffset });
      const list = byTopic.get(state.topic) ?? [];
      list.push({
        partition: state.partition, currentLeaderEpoch: state.leaderEpoch, fetchOffset,
        logStartOffset: partition.log.logStartOffset, partitionMaxBytes: this.config.fetchMaxBytes,
      });
      byTopic.set(state.topic, list);
    }
    if (sent.size === 0) return false;
    const response = await this.connection().fetch({
      replicaId: this.config.localBrokerId, maxWaitMs: this.config.fetchWaitMaxMs, minBytes: this.config.fetchMinBytes,
      maxBytes: this.config.fetchResponseMaxBytes, isolationLevel: readUncommitted, topics: [...byTopic].map(([name, partitions]) => ({ name, partitions })),
    }, this.requestTimeoutMs);
    await this.step(async () => {
      // Every partition's log appends on its own: a response's partitions are written side by
      // side, not one after another (one by one, 300 partitions cost 300 file writes in a row).
      const applied: Promise<void>[] = [];
      for (const t of response.topics) {
        for (const data of t.partitions) {
          const entry = sent.get(topicPartitionKey({ topic: t.name, partition: data.partition }));
          if (entry === undefined) continue;
          if (this.deps.followerQuota?.isThrottled(t.name, data.partition) === true) this.deps.followerQuota.record(data.records.length);
          applied.push(this.applyOrBackOff(entry.state, entry.fetchOffset, data));
        }
      }
      await Promise.all(applied);
    });
    return true;
  }

  private async applyOrBackOff(state: PartitionFetchState, fetchOffset: number, data: FetchPartitionData): Promise<void> {
    try {
      await this.applyFetchedData(state, fetchOffset, data);
    } catch (err) {
      // A local log failure concerns this partition only; the others keep fetching.
      this.deps.logger.error({ err, topic: state.topic, partition: state.partition }, 'could not apply fetched data');
      this.backOff(state, ErrorCode.KAFKA_STORAGE_ERROR);
    }
  }

  /** Kafka's shouldFollowerThrottle: a throttled replica out of the ISR waits while the follower quota is exceeded. */
  private shouldFollowerThrottle(state: PartitionFetchState, partition: Partition): boolean {
    const quota = this.deps.followerQuota;
    return quota !== undefined && quota.isThrottled(state.topic, state.partition)
      && !partition.isr.includes(this.config.localBrokerId) && quota.isQuotaExceeded();
  }

  private async applyFetchedData(state: PartitionFetchState, fetchOffset: number, data: FetchPartitionData): Promise<void> {
    const partition = this.current(state);
    if (partition === undefined) return;
    const log = partition.log;
    // A truncation or another append moved the log since the request was built: drop this answer.
    if (log.logEndOffset !== fetchOffset) return;
    const errorCode = data.errorCode;
    if (errorCode === ErrorCode.OFFSET_OUT_OF_RANGE) return this.handleOutOfRange(state, partition);
    if (errorCode !== ErrorCode.NONE) {
      this.backOff(state, errorCode);
      if (!leadershipErrors.has(errorCode)) this.deps.logger.warn({ topic: state.topic, partition: state.partition, errorCode }, 'unexpected replica fetch error');
      return;
    }
    if (data.records.length > 0) await log.appendAsFollower(data.records);
    const leaderHighWatermark = data.highWatermark;
    log.setHighWatermark(Math.min(leaderHighWatermark, log.logEndOffset));
    const leaderLogStartOffset = data.logStartOffset;
    if (leaderLogStartOffset > log.logStartOffset) log.maybeIncrementLogStartOffset(Math.min(leaderLogStartOffset, log.highWatermark));
    state.lag = Math.max(0, leaderHighWatermark - log.logEndOffset);
  }

  /** ReplicaFetcherThread: ask the leader for its log end and start, then cut or reset our log accordingly. */
  private async handleOutOfRange(state: PartitionFetchState, partition: Partition): Promise<void> {
    const ask = async (timestamp: number): Promise<number> => {
      const response = await this.connection().listOffsets({
        replicaId: this.config.localBrokerId, isolationLevel: readUncommitted,
        topics: [{ name: state.topic, partitions: [{ partition: state.partition, currentLeaderEpoch: state.leaderEpoch, timestamp }] }],
      }, this.config.socketTimeoutMs);
      const answer = response.topics[0]?.partitions[0];
      if (answer === undefined || answer.errorCode !== ErrorCode.NONE) throw new Error(`ListOffsets ${timestamp} failed: ${errorName(answer?.errorCode ?? -1)}`);
      return answer.offset;
    };
    try {
      const leaderEnd = await ask(-1);
      const leaderStart = await ask(-2);
      if (this.current(state) !== partition) return;
      const action = outOfRangeAction(partition.log.logEndOffset, leaderEnd, leaderStart);
      this.deps.logger.warn({ topic: state.topic, partition: state.partition, action, leaderEnd, leaderStart }, 'fetch offset out of range on the leader');
      if (action.kind === 'truncate') await this.truncate(partition, action.offset);
      if (action.kind === 'truncateFully') {
        await partition.log.truncateFullyAndStartAt(action.offset);
        partition.resetRecentAppends();
      }
    } catch (err) {
      this.deps.logger.warn({ err, topic: state.topic, partition: state.partition }, 'could not resolve an out-of-range fetch offset');
      this.backOff(state, ErrorCode.OFFSET_OUT_OF_RANGE);
    }
  }
}
