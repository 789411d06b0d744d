/**
 * The replica manager's control plane (Kafka's `ReplicaManager.becomeLeaderOrFollower`,
 * `stopReplicas`, `maybeUpdateMetadataCache`): owns which Partitions this broker hosts and their
 * roles, applying the controller's LeaderAndIsr / StopReplica / UpdateMetadata with their fencing.
 * Controller epoch and broker epoch fence whole requests; the leader epoch fences each partition,
 * and only a strictly newer one is applied. It also runs replication's background work: the
 * replica fetchers (one per leader broker), ISR expiration every replica.lag.time.max.ms / 2,
 * retries of ISR changes that did not reach ZooKeeper (isr-update.ts) and the batched ISR change
 * notifications (Kafka's maybePropagateIsrChanges). Produce, fetch, ListOffsets and
 * OffsetForLeaderEpoch are the data plane's (`dataPlane`, replica-data-plane.ts).
 */
import { ReplicationQuotaManager } from './replication-quota';
import type { ReplicationQuotas } from './replication-quota-config';
import type { Logger } from 'pino';
import { ErrorCode, errorCodeOf } from '../../proto/errors';
import type * as C from '../api/controller-requests';
import type { BrokerConfig } from '../config';
import type { LogManager } from '../log/log-manager';
import type { KafkaZkClient } from '../../zk/kafka-zk-client';
import { HostedPartitions, type PartitionInfo } from './hosted-partitions';
import { isrChangeListener } from './isr-change-listener';
import { IsrChangePropagation, isrChangePropagationIntervalMs } from './isr-change-propagation';
import { isrUpdateRetryIntervalMs } from './isr-update';
import { connectionLeaderRpcFactory } from '../network/inter-broker/leader-rpc-connection';
import type { LeaderEndpoint, LeaderRpcFactory } from './leader-rpc';
import type { MetadataCache } from './metadata-cache';
import { Partition, type PartitionListener, type PartitionLog, type PartitionLeadership } from './partition';
import { ReplicaFetcherManager, type FollowedPartition } from './replica-fetcher-manager';
import { computeReplicaMetrics, type ReplicaManagerMetrics, type ReplicationCounters } from './replica-metrics';
import { type Clock, PeriodicTask } from '../clock';
import { ReplicaDataPlane } from './replica-data-plane';
import type { BrokerTopicStats } from './broker-topic-stats';
import { TopicLogConfigs } from './topic-log-configs';
import type { LogConfig } from '../log/log-config';
import { mapBounded } from '../../proto/bounded-concurrency';
import { logsInParallelMax } from '../log/log-manager';

export interface ReplicaManagerOptions {
  config: BrokerConfig;
  logManager: Pick<LogManager, 'getOrCreateLog' | 'deleteLog' | 'updateTopicConfig'>;
  metadataCache: MetadataCache;
  zk: Pick<KafkaZkClient, 'getTopicConfig' | 'updateLeaderAndIsrAsLeader' | 'propagateIsrChanges'>;
  logger: Logger;
  getBrokerEpoch: () => number;
  /** ISR lag, purgatory expiry, fetcher backoff and the background tasks run on it. */
  clock: Clock;
  /** How followers reach leaders; a BrokerConnection per leader by default. */
  leaderRpcFactory?: LeaderRpcFactory;
  /** Kafka's BrokerTopicMetrics, counted by the data plane (its own when absent). */
  brokerTopicStats?: BrokerTopicStats;
  /** The broker's current log defaults (dynamic broker configs); config.logDefaults when absent. */
  logDefaults?: () => LogConfig;
}

/**
 * Told which partitions this broker started or stopped leading, after a LeaderAndIsr was applied
 * or a StopReplica ran (the group coordinator loads and unloads `__consumer_offsets` partitions
 * through it, as Kafka's onLeadershipChange callback does).
 */
export type LeadershipChangeListener = (
  becameLeader: { topic: string; partition: number }[],
  becameFollower: { topic: string; partition: number }[],
) => void;

type PartitionStateRequest = C.LeaderAndIsrPartitionState;

export class ReplicaManager {
  readonly logger: Logger;
  /** Produce, fetch, ListOffsets and OffsetForLeaderEpoch over the partitions this control plane manages. */
  readonly dataPlane: ReplicaDataPlane;
  readonly fetcherManager: ReplicaFetcherManager;
  /** Replication throttles (KIP-73), bound to the dynamic config by the server (replication-quota-config.ts). */
  readonly replicationQuotas: ReplicationQuotas;
  private readonly partitions: HostedPartitions;
  /** Each hosted topic's log config; config/dynamic-config.ts feeds it topic and default changes. */
  readonly topicConfigs: TopicLogConfigs;
  /** The highest controller epoch seen; Kafka's initial controller epoch is 0. */
  private controllerEpoch = 0;
  /** Serializes LeaderAndIsr and StopReplica (Kafka's replicaStateChangeLock). */
  private stateChange: Promise<unknown> = Promise.resolve();
  private readonly isrPropagation: IsrChangePropagation;
  private readonly tasks: PeriodicTask[] = [];
  private readonly counters: ReplicationCounters = { isrShrinks: 0, isrExpands: 0, failedIsrUpdates: 0 };
  private readonly partitionListener: PartitionListener;
  private readonly leadershipListeners: LeadershipChangeListener[] = [];
  /** Set once a LeaderAndIsr passed fencing and was applied (part of readiness). */
  private leaderAndIsrApplied = false;

  constructor(private readonly opts: ReplicaManagerOptions) {
    this.logger = opts.logger;
    this.partitions = new HostedPartitions(opts.metadataCache);
    this.topicConfigs = new TopicLogConfigs({ zk: opts.zk, logManager: opts.logManager, logDefaults: opts.logDefaults ?? opts.config.logDefaults, logger: opts.logger });
    this.replicationQuotas = { leader: new ReplicationQuotaManager(opts.clock), follower: new ReplicationQuotaManager(opts.clock) };
    this.dataPlane = new ReplicaDataPlane({
      partitions: this.partitions, logger: opts.logger, clock: opts.clock, leaderQuota: this.replicationQuotas.leader,
      ...(opts.brokerTopicStats !== undefined ? { brokerTopicStats: opts.brokerTopicStats } : {}),
    });
    const c = opts.config;
    this.fetcherManager = new ReplicaFetcherManager({
      localBrokerId: c.brokerId, fetchWaitMaxMs: c.replicaFetchWaitMaxMs, fetchMinBytes: c.replicaFetchMinBytes,
      fetchMaxBytes: c.replicaFetchMaxBytes, fetchResponseMaxBytes: c.replicaFetchResponseMaxBytes,
      fetchBackoffMs: c.replicaFetchBackoffMs, socketTimeoutMs: c.replicaSocketTimeoutMs,
    }, {
      rpcFactory: opts.leaderRpcFactory ?? connectionLeaderRpcFactory(c.brokerId, c.replicaSocketTimeoutMs),
      lookup: (t, p) => this.partitions.get(t, p),
      logger: opts.logger.child({ component: 'replica-fetcher' }),
      clock: opts.clock,
      followerQuota: this.replicationQuotas.follower,
    });
    this.isrPropagation = new IsrChangePropagation((partitions) => opts.zk.propagateIsrChanges(partitions), opts.clock.nowMs());
    this.partitionListener = isrChangeListener({
      counters: this.counters, propagation: this.isrPropagation, nowMs: () => opts.clock.nowMs(), logger: this.logger,
      completeDelayedRequests: (t, p) => this.dataPlane.completeDelayedRequests(t, p),
    });
  }

  private get brokerId(): number {
    return this.opts.config.brokerId;
  }

  nowMs(): number {
    return this.opts.clock.nowMs();
  }

  /** Starts ISR expiration (every replica.lag.time.max.ms / 2), ISR update retries and ISR change propagation (every 2.5 s). */
  startup(): void {
    const lagMs = this.opts.config.replicaLagTimeMaxMs;
    this.tasks.push(
      new PeriodicTask('isr-expiration', Math.max(1, Math.floor(lagMs / 2)), () => this.maybeShrinkIsr(), this.logger, this.opts.clock),
      new PeriodicTask('isr-update-retry', isrUpdateRetryIntervalMs, () => this.maybeRetryIsrUpdates(), this.logger, this.opts.clock),
      new PeriodicTask('isr-change-propagation', isrChangePropagationIntervalMs, async () => {
        await this.isrPropagation.maybePropagate(this.nowMs());
      }, this.logger, this.opts.clock),
    );
    for (const task of this.tasks) task.start();
    this.logger.info('replica manager started');
  }

  /** Stops the background tasks and fetchers; answers every parked request. */
  async shutdown(): Promise<void> {
    await Promise.all(this.tasks.map((t) => t.stop()));
    await this.fetcherManager.shutdown();
    this.dataPlane.shutdown();
    await this.stateChange;
  }

  /** The isr-expiration task: every leader drops followers that are out of sync. */
  async maybeShrinkIsr(): Promise<void> {
    const now = this.nowMs();
    await Promise.all(this.partitions.all().filter((p) => p.isLeader).map((p) => p.maybeShrinkIsr(now)));
  }

  /** The isr-update-retry task: leaders retry ISR changes that did not reach ZooKeeper. */
  async maybeRetryIsrUpdates(): Promise<void> {
    const now = this.nowMs();
    await Promise.all(this.partitions.all().filter((p) => p.isrUpdateOutstanding).map((p) => p.maybeRetryIsrUpdate(now)));
  }

  /** Runs the ISR change propagation now if due (tests; the task calls it every 2.5 s). */
  maybePropagateIsrChanges(): Promise<boolean> {
    return this.isrPropagation.maybePropagate(this.nowMs());
  }

  /** The gauges and counters the admin /metrics reads (Kafka's ReplicaManager metrics). */
  metrics(): ReplicaManagerMetrics {
    return computeReplicaMetrics(this.partitions.all(), this.counters, this.fetcherManager.maxLag);
  }

  getPartition(topic: string, partition: number): Partition | undefined {
    return this.partitions.get(topic, partition);
  }

  /** Kafka's `getPartitionOrError` (hosted-partitions.ts). */
  partitionOrError(topic: string, partition: number): Partition | number {
    return this.partitions.getOrError(topic, partition);
  }

  /** True once this broker applied a LeaderAndIsr from a current controller (its roles are known). */
  leaderAndIsrReceived(): boolean {
    return this.leaderAndIsrApplied;
  }

  leaderPartitions(): { topic: string; partition: number }[] {
    return this.partitions.all().filter((p) => p.isLeader).map((p) => ({ topic: p.topic, partition: p.partition }));
  }

  partitionInfo(topic: string, partition: number): PartitionInfo | undefined {
    return this.partitions.info(topic, partition);
  }

  /** Kafka's `isBrokerEpochStale`: -1 means the sender did not say; otherwise older is stale. */
  isBrokerEpochStale(brokerEpochInRequest: number): boolean {
    return brokerEpochInRequest >= 0 && brokerEpochInRequest < this.opts.getBrokerEpoch();
  }

  /** Request-level fencing shared by the three controller requests; NONE when it passes. */
  private fenceControlRequest(api: string, controllerId: number, controllerEpoch: number, brokerEpoch: number): number {
    if (this.isBrokerEpochStale(brokerEpoch)) {
      this.logger.warn({ api, controllerId, brokerEpoch, current: this.opts.getBrokerEpoch() }, 'ignoring a controller request for an earlier incarnation of this broker');
      return ErrorCode.STALE_BROKER_EPOCH;
    }
    if (controllerEpoch < this.controllerEpoch) {
      this.logger.warn({ api, controllerId, controllerEpoch, current: this.controllerEpoch }, 'ignoring a request from a stale controller');
      return ErrorCode.STALE_CONTROLLER_EPOCH;
    }
    this.controllerEpoch = controllerEpoch;
    return ErrorCode.NONE;
  }

  private serialized<T>(task: () => Promise<T>): Promise<T> {
    const run = this.stateChange.then(task);
    this.stateChange = run.catch(() => undefined);
    return run;
  }

  /** UpdateMetadata: fence, then refresh the metadata cache. Returns the error code to answer. */
  maybeUpdateMetadataCache(req: C.UpdateMetadataRequest): number {
    const fence = this.fenceControlRequest('UpdateMetadata', req.controllerId, req.controllerEpoch, req.brokerEpoch);
    if (fence !== ErrorCode.NONE) return fence;
    this.opts.metadataCache.updateMetadata(req);
    return ErrorCode.NONE;
  }

  /**
   * Kafka's `becomeLeaderOrFollower`: fence the request, accept each partition whose leader epoch
   * is newer, stop the fetchers of every accepted partition (so no old fetcher touches a log whose
   * role changes), then makeLeader / makeFollower, answer parked requests (a produce waiting on a
   * partition that became a follower fails with NOT_LEADER_OR_FOLLOWER) and start fetchers toward
   * the new leaders in the truncating state.
   */
  becomeLeaderOrFollower(req: C.LeaderAndIsrRequest): Promise<C.LeaderAndIsrResponse> {
    return this.serialized(async () => {
      const fence = this.fenceControlRequest('LeaderAndIsr', req.controllerId, req.controllerEpoch, req.brokerEpoch);
      if (fence !== ErrorCode.NONE) return { errorCode: fence, partitionErrors: [] };
      const states = req.partitionStates;
      const codes = new Map<PartitionStateRequest, number>();
      const accepted: { request: PartitionStateRequest; partition: Partition; state: PartitionLeadership }[] = [];
      // Side by side: a new partition's log is created with several file operations, and one
      // partition at a time made a 10,000-partition LeaderAndIsr take over a minute.
      const checks = await mapBounded(states, logsInParallelMax, (s) => this.acceptPartitionState(s));
      states.forEach((s, i) => {
        const checked = checks[i]!;
        if (typeof checked === 'number') codes.set(s, checked);
        else accepted.push({ request: s, ...checked });
      });
      await this.fetcherManager.removeFetcherForPartitions(accepted.map((a) => a.partition));
      const liveLeaders = new Map<number, LeaderEndpoint>();
      for (const l of req.liveLeaders) liveLeaders.set(l.brokerId, { brokerId: l.brokerId, host: l.host, port: l.port });
      const followed: FollowedPartition[] = [];
      for (const a of accepted) codes.set(a.request, this.applyPartitionState(a.partition, a.state, liveLeaders, followed));
      this.fetcherManager.addFetcherForPartitions(followed);
      const applied = accepted.filter((a) => codes.get(a.request) === ErrorCode.NONE);
      this.notifyLeadershipChange(
        applied.filter((a) => a.state.leader === this.brokerId).map((a) => ({ topic: a.partition.topic, partition: a.partition.partition })),
        applied.filter((a) => a.state.leader !== this.brokerId).map((a) => ({ topic: a.partition.topic, partition: a.partition.partition })),
      );
      await this.fetcherManager.shutdownIdleFetchers();
      this.leaderAndIsrApplied = true;
      return {
        errorCode: ErrorCode.NONE,
        partitionErrors: states.map((s) => ({ topic: s.topic, partition: s.partition, errorCode: codes.get(s) ?? ErrorCode.NONE })),
      };
    });
  }

  /** Per-partition checks of LeaderAndIsr; creates the local log when missing. Returns an error code or the work to do. */
  private async acceptPartitionState(s: PartitionStateRequest): Promise<{ partition: Partition; state: PartitionLeadership } | number> {
    const { topic, partition: partitionId, replicas } = s;
    const log = this.logger.child({ topic, partition: partitionId });
    if (!replicas.includes(this.brokerId)) {
      log.warn({ replicas }, 'LeaderAndIsr names a partition this broker is not a replica of');
      return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
    }
    const leaderEpoch = s.leaderEpoch;
    const existing = this.getPartition(topic, partitionId);
    const state: PartitionLeadership = {
      controllerEpoch: s.controllerEpoch, leader: s.leader, leaderEpoch, isr: [...s.isr], zkVersion: s.zkVersion, replicas: [...replicas],
    };
    if (existing !== undefined && leaderEpoch <= existing.leaderEpoch) {
      // Not a new leadership, but it may carry this leader's own ISR write whose answer was lost.
      if (existing.maybeAdoptOwnIsrWrite(state, this.nowMs())) {
        log.info({ leaderEpoch, isr: state.isr, zkVersion: state.zkVersion }, 'LeaderAndIsr at the current leader epoch carries a newer zkVersion; adopted its ISR');
        this.dataPlane.completeDelayedRequests(topic, partitionId);
        return ErrorCode.NONE;
      }
      log.info({ leaderEpoch, current: existing.leaderEpoch }, 'ignoring LeaderAndIsr: leader epoch is not newer');
      return ErrorCode.STALE_CONTROLLER_EPOCH;
    }
    let partition = existing;
    if (partition === undefined) {
      try {
        partition = await this.createPartition(topic, partitionId);
      } catch (err) {
        log.error({ err }, 'could not create the log for a partition');
        return errorCodeOf(err)?.code ?? ErrorCode.KAFKA_STORAGE_ERROR;
      }
    }
    return { partition, state };
  }

  private applyPartitionState(
    partition: Partition, state: PartitionLeadership, liveLeaders: ReadonlyMap<number, LeaderEndpoint>, followed: FollowedPartition[],
  ): number {
    const { topic } = partition;
    const log = this.logger.child({ topic, partition: partition.partition });
    try {
      if (state.leader === this.brokerId) {
        partition.makeLeader(state, this.nowMs());
        log.info({ leaderEpoch: state.leaderEpoch, isr: state.isr, highWatermark: partition.highWatermark, logEndOffset: partition.logEndOffset }, 'became leader');
      } else {
        partition.makeFollower(state);
        const endpoint = liveLeaders.get(state.leader) ?? this.leaderEndpointFromCache(state.leader);
        if (endpoint === undefined) {
          // Kafka starts no fetcher toward a leader it does not know as alive; the next LeaderAndIsr will.
          log.info({ leader: state.leader, leaderEpoch: state.leaderEpoch }, 'became follower; leader not available, not fetching yet');
        } else {
          followed.push({ topic, partition: partition.partition, leaderEpoch: state.leaderEpoch, leader: endpoint });
          log.info({ leader: state.leader, leaderEpoch: state.leaderEpoch, logEndOffset: partition.logEndOffset }, 'became follower');
        }
      }
    } catch (err) {
      log.error({ err, state }, 'could not apply LeaderAndIsr to a partition');
      return ErrorCode.UNKNOWN_SERVER_ERROR;
    } finally {
      this.dataPlane.completeDelayedRequests(topic, partition.partition);
    }
    return ErrorCode.NONE;
  }

  private leaderEndpointFromCache(leader: number): LeaderEndpoint | undefined {
    if (leader < 0) return undefined;
    const e = this.opts.metadataCache.aliveEndpoint(leader, this.opts.config.interBrokerListenerName);
    return e === undefined ? undefined : { brokerId: leader, host: e.host, port: e.port };
  }

  private async createPartition(topic: string, partitionId: number): Promise<Partition> {
    const config = await this.topicConfigs.get(topic);
    const log: PartitionLog = await this.opts.logManager.getOrCreateLog(topic, partitionId, config);
    const partition = new Partition(topic, partitionId, log, {
      localBrokerId: this.brokerId, replicaLagTimeMaxMs: this.opts.config.replicaLagTimeMaxMs, clock: this.opts.clock,
      listener: this.partitionListener,
      isrWriter: (t, p, state, expectedZkVersion) => this.opts.zk.updateLeaderAndIsrAsLeader(t, p, state, expectedZkVersion),
    });
    this.partitions.put(partition);
    return partition;
  }

  /** Registers a listener called after every applied LeaderAndIsr and StopReplica. */
  onLeadershipChange(listener: LeadershipChangeListener): void {
    this.leadershipListeners.push(listener);
  }

  private notifyLeadershipChange(becameLeader: { topic: string; partition: number }[], becameFollower: { topic: string; partition: number }[]): void {
    if (becameLeader.length === 0 && becameFollower.length === 0) return;
    for (const listener of this.leadershipListeners) {
      try {
        listener(becameLeader, becameFollower);
      } catch (err) {
        this.logger.error({ err }, 'leadership change listener failed');
      }
    }
  }

  /** Kafka's `stopReplicas` (StopReplica v3 semantics: per-partition leader epoch, delete flag). */
  stopReplicas(req: C.StopReplicaRequest): Promise<C.StopReplicaResponse> {
    return this.serialized(async () => {
      const fence = this.fenceControlRequest('StopReplica', req.controllerId, req.controllerEpoch, req.brokerEpoch);
      if (fence !== ErrorCode.NONE) return { errorCode: fence, partitionErrors: [] };
      const partitionErrors: C.PartitionError[] = [];
      for (const { topic, partition, leaderEpoch, deletePartition } of req.partitions) {
        partitionErrors.push({ topic, partition, errorCode: await this.stopReplica(topic, partition, leaderEpoch, deletePartition) });
      }
      this.notifyLeadershipChange([], partitionErrors.filter((e) => e.errorCode === ErrorCode.NONE).map((e) => ({ topic: e.topic, partition: e.partition })));
      await this.fetcherManager.shutdownIdleFetchers();
      return { errorCode: ErrorCode.NONE, partitionErrors };
    });
  }

  private async stopReplica(topic: string, partitionId: number, leaderEpoch: number, deletePartition: boolean): Promise<number> {
    const existing = this.getPartition(topic, partitionId);
    // Kafka refuses an epoch that is not newer; a request carrying the current epoch is accepted here
    // too, since it names the leadership this broker already holds and stopping it is idempotent.
    if (existing !== undefined && leaderEpoch >= 0 && leaderEpoch < existing.leaderEpoch) {
      this.logger.info({ topic, partition: partitionId, leaderEpoch, current: existing.leaderEpoch }, 'ignoring StopReplica with an older leader epoch');
      return ErrorCode.FENCED_LEADER_EPOCH;
    }
    await this.fetcherManager.removeFetcherForPartitions([{ topic, partition: partitionId }]);
    this.partitions.remove(topic, partitionId);
    this.dataPlane.completeDelayedRequests(topic, partitionId);
    if (!deletePartition) return ErrorCode.NONE;
    try {
      await this.opts.logManager.deleteLog(topic, partitionId);
    } catch (err) {
      this.logger.error({ err, topic, partition: partitionId }, 'could not delete the log of a stopped replica');
      return ErrorCode.KAFKA_STORAGE_ERROR;
    }
    if (!this.partitions.hostsTopic(topic)) {
      this.topicConfigs.forget(topic);
      this.dataPlane.brokerTopicStats.removeTopic(topic);
    }
    this.logger.info({ topic, partition: partitionId }, 'stopped replica and deleted its log');
    return ErrorCode.NONE;
  }
}
