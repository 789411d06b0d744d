/**
 * The replica manager (Kafka's `ReplicaManager`): owns this broker's Partitions, applies the
 * controller's LeaderAndIsr / StopReplica / UpdateMetadata with their fencing (reference §2.2,
 * §3.10), and runs the produce, fetch and ListOffsets paths through the partitions and the two
 * purgatories. Controller epoch and broker epoch fence whole requests; the leader epoch fences
 * each partition, and only a strictly newer one is applied.
 */
import type { Logger } from 'pino';
import type { samsa } from '../../proto/generated/samsa';
import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import type { BrokerConfig } from '../config';
import { LogConfigError, parseTopicConfig, type LogConfig } from '../log/log-config';
import type { LogManager } from '../log/log-manager';
import type { KafkaZkClient } from '../../zk/kafka-zk-client';
import { DelayedOperationPurgatory, topicPartitionKey, type Scheduler } from './delayed-operation';
import type { DelayedFetch } from './delayed-fetch';
import type { DelayedProduce } from './delayed-produce';
import type { MetadataCache } from './metadata-cache';
import { Partition, type PartitionLog } from './partition';
import { errorCodeOf, type ReplicaAccess } from './replica-access';
import { appendRecords, type ProduceEntry, type ProducePartitionResult } from './replica-append';
import { fetchMessages, type FetchParams, type FetchPartitionResult } from './replica-fetch';

/** Bounds on parked operations per purgatory. */
export const fetchPurgatoryWaitingMax = 10_000;
export const producePurgatoryWaitingMax = 10_000;

export interface ReplicaManagerOptions {
  config: BrokerConfig;
  logManager: Pick<LogManager, 'getOrCreateLog' | 'deleteLog' | 'updateTopicConfig'>;
  metadataCache: MetadataCache;
  zk: Pick<KafkaZkClient, 'getTopicConfig'>;
  logger: Logger;
  getBrokerEpoch: () => number;
  nowMs?: () => number;
  scheduler?: Scheduler;
}

export interface PartitionInfo {
  leader: number;
  leaderEpoch: number;
  isr: number[];
  replicas: number[];
  highWatermark: number;
  logStartOffset: number;
  logEndOffset: number;
}

type PartitionStateRequest = samsa.v1.LeaderAndIsrRequest.IPartitionState;

export class ReplicaManager implements ReplicaAccess {
  readonly logger: Logger;
  readonly fetchPurgatory: DelayedOperationPurgatory<DelayedFetch>;
  readonly producePurgatory: DelayedOperationPurgatory<DelayedProduce>;
  private readonly partitions = new Map<string, Partition>();
  private readonly topicConfigs = new Map<string, LogConfig>();
  /** The highest controller epoch seen; Kafka's initial controller epoch is 0. */
  private controllerEpoch = 0;
  /** Serializes LeaderAndIsr and StopReplica (Kafka's replicaStateChangeLock). */
  private stateChange: Promise<unknown> = Promise.resolve();
  private readonly clock: () => number;

  constructor(private readonly opts: ReplicaManagerOptions) {
    this.logger = opts.logger;
    this.clock = opts.nowMs ?? Date.now;
    this.fetchPurgatory = new DelayedOperationPurgatory({ name: 'Fetch', waitingOperationsMax: fetchPurgatoryWaitingMax, scheduler: opts.scheduler });
    this.producePurgatory = new DelayedOperationPurgatory({ name: 'Produce', waitingOperationsMax: producePurgatoryWaitingMax, scheduler: opts.scheduler });
  }

  private get brokerId(): number {
    return this.opts.config.brokerId;
  }

  nowMs(): number {
    return this.clock();
  }

  /** Nothing periodic yet: ISR expiration and propagation start with follower replication. */
  startup(): void {
    this.logger.info({ brokerId: this.brokerId }, 'replica manager started');
  }

  /** Answers every parked request (fetches with what is there, produces with REQUEST_TIMED_OUT). */
  async shutdown(): Promise<void> {
    this.fetchPurgatory.shutdown();
    this.producePurgatory.shutdown();
    await this.stateChange;
  }

  getPartition(topic: string, partition: number): Partition | undefined {
    return this.partitions.get(topicPartitionKey(topic, partition));
  }

  partitionOrError(topic: string, partition: number): Partition | number {
    const found = this.getPartition(topic, partition);
    if (found !== undefined) return found;
    return this.opts.metadataCache.partitionState(topic, partition) !== undefined
      ? ErrorCode.NOT_LEADER_OR_FOLLOWER
      : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
  }

  leaderPartitions(): { topic: string; partition: number }[] {
    return [...this.partitions.values()].filter((p) => p.isLeader).map((p) => ({ topic: p.topic, partition: p.partition }));
  }

  partitionInfo(topic: string, partition: number): PartitionInfo | undefined {
    const p = this.getPartition(topic, partition);
    if (p === undefined) return undefined;
    return {
      leader: p.leaderReplicaId, leaderEpoch: p.leaderEpoch, isr: [...p.isr], replicas: [...p.replicas],
      highWatermark: p.highWatermark, logStartOffset: p.log.logStartOffset, logEndOffset: p.logEndOffset,
    };
  }

  completeDelayedRequests(topic: string, partition: number): void {
    const key = topicPartitionKey(topic, partition);
    this.fetchPurgatory.checkAndComplete(key);
    this.producePurgatory.checkAndComplete(key);
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
  maybeUpdateMetadataCache(req: samsa.v1.IUpdateMetadataRequest): number {
    const fence = this.fenceControlRequest('UpdateMetadata', req.controllerId ?? -1, req.controllerEpoch ?? 0, req.brokerEpoch ?? -1);
    if (fence !== ErrorCode.NONE) return fence;
    this.opts.metadataCache.updateMetadata(req);
    return ErrorCode.NONE;
  }

  /** Kafka's `becomeLeaderOrFollower`. */
  becomeLeaderOrFollower(req: samsa.v1.ILeaderAndIsrRequest): Promise<samsa.v1.ILeaderAndIsrResponse> {
    return this.serialized(async () => {
      const fence = this.fenceControlRequest('LeaderAndIsr', req.controllerId ?? -1, req.controllerEpoch ?? 0, req.brokerEpoch ?? -1);
      if (fence !== ErrorCode.NONE) return { errorCode: fence, partitionErrors: [] };
      const states = req.partitionStates ?? [];
      const codes = await Promise.all(states.map((s) => this.applyPartitionState(s)));
      return {
        errorCode: ErrorCode.NONE,
        partitionErrors: states.map((s, i) => ({ topic: s.topic ?? '', partition: s.partition ?? 0, errorCode: codes[i]! })),
      };
    });
  }

  private async applyPartitionState(s: PartitionStateRequest): Promise<number> {
    const topic = s.topic ?? '';
    const partitionId = s.partition ?? 0;
    const log = this.logger.child({ topic, partition: partitionId });
    const replicas = s.replicas ?? [];
    if (!replicas.includes(this.brokerId)) {
      log.warn({ replicas }, 'LeaderAndIsr names a partition this broker is not a replica of');
      return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
    }
    const leaderEpoch = s.leaderEpoch ?? 0;
    const existing = this.getPartition(topic, partitionId);
    if (existing !== undefined && leaderEpoch <= existing.leaderEpoch) {
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
    const state = {
      controllerEpoch: s.controllerEpoch ?? 0, leader: s.leader ?? -1, leaderEpoch,
      isr: [...(s.isr ?? [])], zkVersion: s.zkVersion ?? 0, replicas: [...replicas],
    };
    if (state.leader === this.brokerId) {
      partition.makeLeader(state, this.nowMs());
      log.info({ leaderEpoch, isr: state.isr, highWatermark: partition.highWatermark }, 'became leader');
    } else {
      partition.makeFollower(state);
      // Follower fetchers come with replication; until then a follower only holds its log.
      log.info({ leader: state.leader, leaderEpoch }, 'became follower (follower replication is not available in this release)');
    }
    this.completeDelayedRequests(topic, partitionId);
    return ErrorCode.NONE;
  }

  private async createPartition(topic: string, partitionId: number): Promise<Partition> {
    const config = await this.topicConfig(topic);
    const log: PartitionLog = await this.opts.logManager.getOrCreateLog(topic, partitionId, config);
    const partition = new Partition(topic, partitionId, log, { localBrokerId: this.brokerId, replicaLagTimeMaxMs: this.opts.config.replicaLagTimeMaxMs });
    this.partitions.set(topicPartitionKey(topic, partitionId), partition);
    return partition;
  }

  /** The topic's effective config: broker defaults overridden by /config/topics/<topic>, read once. */
  private async topicConfig(topic: string): Promise<LogConfig> {
    const cached = this.topicConfigs.get(topic);
    if (cached !== undefined) return cached;
    const overrides = await this.opts.zk.getTopicConfig(topic);
    let config: LogConfig;
    try {
      config = parseTopicConfig(overrides, this.opts.config.logDefaults);
    } catch (err) {
      if (!(err instanceof LogConfigError)) throw err;
      this.logger.error({ err, topic }, 'invalid topic config in ZooKeeper; using the broker defaults');
      config = this.opts.config.logDefaults;
    }
    this.topicConfigs.set(topic, config);
    this.opts.logManager.updateTopicConfig(topic, config);
    return config;
  }

  /** Kafka's `stopReplicas` (StopReplica v3 semantics: per-partition leader epoch, delete flag). */
  stopReplicas(req: samsa.v1.IStopReplicaRequest): Promise<samsa.v1.IStopReplicaResponse> {
    return this.serialized(async () => {
      const fence = this.fenceControlRequest('StopReplica', req.controllerId ?? -1, req.controllerEpoch ?? 0, req.brokerEpoch ?? -1);
      if (fence !== ErrorCode.NONE) return { errorCode: fence, partitionErrors: [] };
      const partitionErrors: samsa.v1.StopReplicaResponse.IPartitionError[] = [];
      for (const p of req.partitions ?? []) {
        const topic = p.topic ?? '';
        const partition = p.partition ?? 0;
        partitionErrors.push({ topic, partition, errorCode: await this.stopReplica(topic, partition, p.leaderEpoch ?? -1, p.deletePartition ?? false) });
      }
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
    this.partitions.delete(topicPartitionKey(topic, partitionId));
    this.completeDelayedRequests(topic, partitionId);
    if (!deletePartition) return ErrorCode.NONE;
    try {
      await this.opts.logManager.deleteLog(topic, partitionId);
    } catch (err) {
      this.logger.error({ err, topic, partition: partitionId }, 'could not delete the log of a stopped replica');
      return ErrorCode.KAFKA_STORAGE_ERROR;
    }
    if (![...this.partitions.values()].some((p) => p.topic === topic)) this.topicConfigs.delete(topic);
    this.logger.info({ topic, partition: partitionId }, 'stopped replica and deleted its log');
    return ErrorCode.NONE;
  }

  appendRecords(opts: { timeoutMs: number; requiredAcks: number; entries: readonly ProduceEntry[] }): Promise<ProducePartitionResult[]> {
    return appendRecords(this, opts);
  }

  fetchMessages(params: FetchParams): Promise<FetchPartitionResult[]> {
    return fetchMessages(this, params);
  }

  /** ListOffsets for one partition; throws SamsaProtocolError with the partition's error. */
  async fetchOffsetForTimestamp(
    topic: string, partitionId: number, timestamp: number, currentLeaderEpoch: number, replicaId: number,
  ): Promise<{ offset: number; timestamp: number; leaderEpoch: number }> {
    const partition = this.partitionOrError(topic, partitionId);
    if (typeof partition === 'number') throw new SamsaProtocolError(partition);
    return partition.fetchOffsetForTimestamp(timestamp, currentLeaderEpoch, replicaId);
  }
}
