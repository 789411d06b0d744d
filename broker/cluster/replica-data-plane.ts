/**
 * The replica manager's data plane (Kafka's `ReplicaManager.appendRecords`, `fetchMessages`,
 * `fetchOffsetForTimestamp` and `lastOffsetForLeaderEpoch`): produce, fetch, ListOffsets and
 * OffsetForLeaderEpoch against the partitions this broker hosts, with the two purgatories that
 * park acks=-1 produces (DelayedProduce) and long-polling fetches (DelayedFetch). The control
 * plane (replica-manager.ts) decides which partitions exist and what role each has; it tells the
 * data plane when a role or HW change may complete parked requests.
 *
 * Produce: per partition, check leadership and append to the leader's log, which validates the
 * batches and assigns offsets (Log.appendAsLeader, log-validator.ts); then, for acks=-1, park a
 * DelayedProduce until the high watermark covers what was written. Fetch: read whole stored
 * batches, verbatim, from each partition's leader log (up to the HW for consumers, the LEO for
 * followers) within the request's byte limits, and park the fetch when fewer than `min_bytes`
 * are available (long polling) unless an error makes waiting pointless.
 */
import type { Logger } from 'pino';
import { ErrorCode, errorCodeOf, errorName, SamsaProtocolError } from '../../proto/errors';
import { DelayedOperationPurgatory } from './delayed-operation';
import type { Clock } from '../clock';
import { topicPartitionKey } from '../../proto/topic-partition';
import { DelayedDeleteRecords, type DeleteRecordsStatus, deleteRecordsOnLeader } from './delayed-delete-records';
import { DelayedFetch } from './delayed-fetch';
import { DelayedProduce, type ProducePartitionStatus } from './delayed-produce';
import type { HostedPartitions } from './hosted-partitions';
import { consumerReplicaId, type Partition } from './partition';
import type { AppendOrigin } from '../log/log-validator';
import type { AbortedTransaction } from '../api/fetch';
import type { ProducerStateEntry } from '../log/producer-state';
import type { ReplicationQuotaManager } from './replication-quota';
import { BrokerTopicStats } from './broker-topic-stats';

/** Bounds on parked operations per purgatory. */
export const fetchPurgatoryWaitingMax = 10_000;
export const producePurgatoryWaitingMax = 10_000;
export const deleteRecordsPurgatoryWaitingMax = 1_000;
/** Bound on how long a DeleteRecords waits for followers (Kafka takes the request's timeout). */
export const deleteRecordsTimeoutMsMax = 300_000;
/** Bound on how long an acks=-1 produce may be parked, whatever its timeout_ms says. */
export const produceTimeoutMsMax = 5 * 60_000;

export interface ProduceEntry {
  topic: string;
  partition: number;
  records: Buffer;
}

export interface ProducePartitionResult {
  topic: string;
  partition: number;
  errorCode: number;
  errorMessage: string;
  baseOffset: number;
  logAppendTimeMs: number;
  logStartOffset: number;
  leaderEpoch: number;
}

interface LocalAppendResult extends ProducePartitionResult {
  /** Exclusive end of what was written; -1 when nothing was. */
  endOffset: number;
}

/** Used when a fetch asks max_bytes 0 (the consumer's fetch.max.bytes default). */
export const fetchResponseBytesDefault = 50 * 1024 * 1024;
/** Ceiling on any fetch response (Kafka's broker-side fetch.max.bytes default, 55 MiB). */
export const fetchResponseBytesMax = 55 * 1024 * 1024;
/** Used when a partition asks partition_max_bytes 0 (max.partition.fetch.bytes default). */
export const partitionFetchBytesDefault = 1024 * 1024;
/** Bound on a long poll, whatever max_wait_ms says. */
export const fetchWaitMsMax = 60_000;

export interface FetchPartitionRequest {
  topic: string;
  partition: number;
  fetchOffset: number;
  currentLeaderEpoch: number;
  partitionMaxBytes: number;
  /** A follower's own log start offset; -1 from consumers. */
  logStartOffset: number;
}

export interface FetchParams {
  replicaId: number;
  maxWaitMs: number;
  minBytes: number;
  maxBytes: number;
  partitions: readonly FetchPartitionRequest[];
  /** 0 read_uncommitted (up to the HW), 1 read_committed (up to the last stable offset); 0 when absent. */
  isolationLevel?: number;
}

export interface FetchPartitionResult {
  topic: string;
  partition: number;
  errorCode: number;
  errorMessage: string;
  highWatermark: number;
  lastStableOffset: number;
  logStartOffset: number;
  records: Buffer;
  /** read_committed only. */
  abortedTransactions?: AbortedTransaction[];
}

const empty = Buffer.alloc(0);

function appendFailed(entry: ProduceEntry, errorCode: number, errorMessage: string): LocalAppendResult {
  return {
    topic: entry.topic, partition: entry.partition, errorCode, errorMessage,
    baseOffset: -1, logAppendTimeMs: -1, logStartOffset: -1, leaderEpoch: -1, endOffset: -1,
  };
}

function strip(r: LocalAppendResult): ProducePartitionResult {
  const { endOffset: _endOffset, ...result } = r;
  return result;
}

function fetchFailed(p: FetchPartitionRequest, errorCode: number, errorMessage: string): FetchPartitionResult {
  return {
    topic: p.topic, partition: p.partition, errorCode, errorMessage,
    highWatermark: -1, lastStableOffset: -1, logStartOffset: -1, records: empty,
  };
}

export interface ReplicaDataPlaneOptions {
  partitions: HostedPartitions;
  logger: Logger;
  /** Produce timestamps, follower fetch times and purgatory expiry run on it. */
  clock: Clock;
  /** leader.replication.throttled.rate over the throttled replicas this broker leads (KIP-73). */
  leaderQuota?: ReplicationQuotaManager;
  /** Kafka's BrokerTopicMetrics, counted per partition of each produce and fetch (own counters when absent). */
  brokerTopicStats?: BrokerTopicStats;
}

export class ReplicaDataPlane {
  readonly fetchPurgatory: DelayedOperationPurgatory<DelayedFetch>;
  readonly producePurgatory: DelayedOperationPurgatory<DelayedProduce>;
  readonly deleteRecordsPurgatory: DelayedOperationPurgatory<DelayedDeleteRecords>;
  readonly brokerTopicStats: BrokerTopicStats;
  private readonly partitions: HostedPartitions;
  private readonly logger: Logger;
  private readonly nowMs: () => number;
  private readonly leaderQuota: ReplicationQuotaManager | undefined;

  constructor(opts: ReplicaDataPlaneOptions) {
    this.partitions = opts.partitions;
    this.leaderQuota = opts.leaderQuota;
    this.brokerTopicStats = opts.brokerTopicStats ?? new BrokerTopicStats();
    this.logger = opts.logger;
    this.nowMs = () => opts.clock.nowMs();
    this.fetchPurgatory = new DelayedOperationPurgatory({ name: 'Fetch', waitingOperationsMax: fetchPurgatoryWaitingMax, clock: opts.clock });
    this.producePurgatory = new DelayedOperationPurgatory({ name: 'Produce', waitingOperationsMax: producePurgatoryWaitingMax, clock: opts.clock });
    this.deleteRecordsPurgatory = new DelayedOperationPurgatory({ name: 'DeleteRecords', waitingOperationsMax: deleteRecordsPurgatoryWaitingMax, clock: opts.clock });
  }

  getPartition(topic: string, partition: number): Partition | undefined {
    return this.partitions.get(topic, partition);
  }

  /** Re-checks parked fetches and produces of a partition after its log, HW or role changed. */
  completeDelayedRequests(topic: string, partition: number): void {
    const key = topicPartitionKey({ topic, partition });
    this.fetchPurgatory.checkAndComplete(key);
    this.producePurgatory.checkAndComplete(key);
    this.deleteRecordsPurgatory.checkAndComplete(key);
  }

  /** Answers every parked request (at shutdown). */
  shutdown(): void {
    this.fetchPurgatory.shutdown();
    this.producePurgatory.shutdown();
    this.deleteRecordsPurgatory.shutdown();
  }

  /**
   * DeleteRecords on the partitions this broker leads (delayed-delete-records.ts): each entry is
   * answered once its followers caught up with the deletion, it failed, or `timeoutMs` passed.
   */
  async deleteRecords(
    entries: ReadonlyArray<{ topic: string; partition: number; offset: number }>, timeoutMs: number, isBrokerAlive: (id: number) => boolean,
  ): Promise<DeleteRecordsStatus[]> {
    const statuses = entries.map((e): DeleteRecordsStatus => {
      const partition = this.partitions.getOrError(e.topic, e.partition);
      if (typeof partition === 'number') return { topic: e.topic, partition: e.partition, requiredOffset: -1, lowWatermark: -1, errorCode: partition, pending: false };
      return deleteRecordsOnLeader(partition, e.offset, isBrokerAlive);
    });
    if (!statuses.some((s) => s.pending)) return statuses;
    const delayMs = Math.min(Math.max(timeoutMs, 0), deleteRecordsTimeoutMsMax);
    await new Promise<void>((resolve) => {
      const op = new DelayedDeleteRecords(delayMs, statuses, (t, p) => this.partitions.get(t, p), isBrokerAlive, () => resolve());
      this.deleteRecordsPurgatory.tryCompleteElseWatch(op, op.keys());
    });
    return statuses;
  }

  /**
   * Appends every entry; answers once each partition either failed, was written (acks 0/1), or was
   * replicated to the ISR / timed out (acks -1). `requiredAcks` must already be -1, 0 or 1.
   * `origin` Coordinator: written by this broker's group or transaction coordinator (transaction
   * markers, transactional offset commits), which may carry what a client's batches may not.
   */
  /**
   * `onAppendsOrdered` runs once every entry's append has its place in its log's order (before
   * any is written): a later append can no longer overtake these (the connection unmutes there).
   */
  async appendRecords(opts: {
    timeoutMs: number; requiredAcks: number; entries: readonly ProduceEntry[]; origin?: AppendOrigin; onAppendsOrdered?: () => void;
  }): Promise<ProducePartitionResult[]> {
    const appends = opts.entries.map((e) => this.appendToLocalLog(e, opts.requiredAcks, opts.origin));
    opts.onAppendsOrdered?.();
    const local = await Promise.all(appends);
    const written = local.some((r) => r.errorCode === ErrorCode.NONE);
    if (opts.requiredAcks !== -1 || !written) return local.map(strip);

    const statuses: ProducePartitionStatus[] = local.map((r) => ({
      topic: r.topic, partition: r.partition, requiredOffset: r.endOffset,
      acksPending: r.errorCode === ErrorCode.NONE, errorCode: r.errorCode, errorMessage: r.errorMessage,
    }));
    const delayMs = Math.min(Math.max(opts.timeoutMs, 0), produceTimeoutMsMax);
    await new Promise<void>((resolve) => {
      const op = new DelayedProduce(delayMs, statuses, (t, p) => this.partitions.get(t, p), () => resolve());
      this.producePurgatory.tryCompleteElseWatch(op, op.keys());
    });
    return local.map((r, i) => {
      const status = statuses[i]!;
      if (status.errorCode === ErrorCode.NONE) return strip(r);
      return { ...strip(r), errorCode: status.errorCode, errorMessage: status.errorMessage ?? '' };
    });
  }

  private async appendToLocalLog(entry: ProduceEntry, requiredAcks: number, origin: AppendOrigin | undefined): Promise<LocalAppendResult> {
    const partition = this.partitions.getOrError(entry.topic, entry.partition);
    if (typeof partition === 'number') return appendFailed(entry, partition, `${entry.topic}-${entry.partition}: ${errorName(partition)}`);
    const stats = this.brokerTopicStats.topicStats(entry.topic, true);
    this.brokerTopicStats.markProduceRequest(stats);
    if (!partition.isLeader) {
      return appendFailed(entry, ErrorCode.NOT_LEADER_OR_FOLLOWER, `This broker is not the leader of ${entry.topic}-${entry.partition}`);
    }
    try {
      const info = await partition.appendRecordsToLeader(entry.records, requiredAcks, this.nowMs(), origin);
      this.brokerTopicStats.markAppended(stats, info.recordCount, info.sizeBytes);
      this.completeDelayedRequests(entry.topic, entry.partition);
      return {
        topic: entry.topic, partition: entry.partition, errorCode: ErrorCode.NONE, errorMessage: '',
        baseOffset: info.firstOffset, logAppendTimeMs: info.logAppendTimeMs,
        logStartOffset: partition.log.logStartOffset, leaderEpoch: partition.leaderEpoch, endOffset: info.lastOffset + 1,
      };
    } catch (err) {
      const known = errorCodeOf(err);
      this.brokerTopicStats.markProduceFailed(stats, known?.code ?? ErrorCode.UNKNOWN_SERVER_ERROR, entry.records.length);
      if (known !== undefined) return appendFailed(entry, known.code, known.message);
      this.logger.error({ err, topic: entry.topic, partition: entry.partition }, 'append to the local log failed');
      return appendFailed(entry, ErrorCode.UNKNOWN_SERVER_ERROR, `append failed: ${String(err)}`);
    }
  }

  /** Answers at once when there is enough data, an error, or no wait asked; otherwise long-polls. */
  async fetchMessages(params: FetchParams): Promise<FetchPartitionResult[]> {
    const results = await this.readOrWait(params);
    this.markFetches(params.replicaId >= 0, results);
    return results;
  }

  /** Kafka's BytesOut / ReplicationBytesOut and fetch request counts, once per answered partition. */
  private markFetches(fromFollower: boolean, results: readonly FetchPartitionResult[]): void {
    for (const r of results) {
      const stats = this.brokerTopicStats.topicStats(r.topic, r.errorCode !== ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
      this.brokerTopicStats.markFetch(stats, fromFollower, r.errorCode, r.records.length);
    }
  }

  private async readOrWait(params: FetchParams): Promise<FetchPartitionResult[]> {
    const results = await this.readFromLocalLog(params);
    const bytesRead = results.reduce((sum, r) => sum + r.records.length, 0);
    const errored = results.some((r) => r.errorCode !== ErrorCode.NONE);
    if (params.maxWaitMs <= 0 || params.partitions.length === 0 || bytesRead >= params.minBytes || errored) return results;

    const delayMs = Math.min(params.maxWaitMs, fetchWaitMsMax);
    return new Promise<FetchPartitionResult[]>((resolve, reject) => {
      const op = new DelayedFetch(
        delayMs,
        {
          replicaId: params.replicaId, minBytes: params.minBytes, partitions: params.partitions, isolationLevel: params.isolationLevel ?? 0,
          throttled: (t, p) => this.shouldLeaderThrottle(params.replicaId, t, p),
        },
        (t, p) => this.partitions.get(t, p),
        () => this.readFromLocalLog(params).then(resolve, reject),
      );
      this.fetchPurgatory.tryCompleteElseWatch(op, op.keys());
    });
  }

  /**
   * Reads every requested partition in order, sharing one response budget: each partition gets at
   * most min(partition_max_bytes, what is left), and the first partition that has data returns at
   * least one whole batch even when it is larger (KIP-74), so that a consumer always progresses.
   */
  private async readFromLocalLog(params: FetchParams): Promise<FetchPartitionResult[]> {
    const requested = params.maxBytes > 0 ? params.maxBytes : fetchResponseBytesDefault;
    let remainingBytes = Math.min(requested, fetchResponseBytesMax);
    let bytesRead = 0;
    const results: FetchPartitionResult[] = [];
    for (const p of params.partitions) {
      const result = await this.readPartition(params.replicaId, p, Math.max(0, remainingBytes), bytesRead === 0, params.isolationLevel ?? 0);
      remainingBytes -= result.records.length;
      bytesRead += result.records.length;
      results.push(result);
    }
    return results;
  }

  private async readPartition(
    replicaId: number, p: FetchPartitionRequest, remainingBytes: number, minOneBatch: boolean, isolationLevel: number,
  ): Promise<FetchPartitionResult> {
    const partition = this.partitions.getOrError(p.topic, p.partition);
    if (typeof partition === 'number') return fetchFailed(p, partition, `${p.topic}-${p.partition} is not hosted by this broker`);
    const partitionBytes = p.partitionMaxBytes > 0 ? p.partitionMaxBytes : partitionFetchBytesDefault;
    try {
      const read = await partition.readRecords({
        replicaId, fetchOffset: p.fetchOffset, currentLeaderEpoch: p.currentLeaderEpoch,
        maxBytes: Math.min(partitionBytes, remainingBytes), minOneBatch, isolationLevel,
      });
      if (replicaId !== consumerReplicaId) {
        if (partition.updateFollowerFetchState(replicaId, p.fetchOffset, p.logStartOffset, this.nowMs())) this.completeDelayedRequests(p.topic, p.partition);
        // A follower's log start offset may have reached a pending deletion (Kafka's leaderLWIncremented).
        else if (this.deleteRecordsPurgatory.waiting > 0) this.deleteRecordsPurgatory.checkAndComplete(topicPartitionKey(p));
      }
      const result: FetchPartitionResult = {
        topic: p.topic, partition: p.partition, errorCode: ErrorCode.NONE, errorMessage: '',
        highWatermark: read.highWatermark, lastStableOffset: read.lastStableOffset, logStartOffset: read.logStartOffset,
        records: this.throttleFollowerRead(replicaId, p, read.records),
      };
      if (read.abortedTransactions !== undefined) result.abortedTransactions = read.abortedTransactions;
      return result;
    } catch (err) {
      const known = errorCodeOf(err);
      if (known !== undefined) return fetchFailed(p, known.code, known.message);
      this.logger.error({ err, topic: p.topic, partition: p.partition }, 'read from the local log failed');
      return fetchFailed(p, ErrorCode.UNKNOWN_SERVER_ERROR, `read failed: ${String(err)}`);
    }
  }

  /**
   * Kafka's shouldLeaderThrottle: a follower out of the ISR fetching a throttled replica gets no
   * data while the leader quota is exceeded; what throttled replicas do get is recorded.
   */
  private shouldLeaderThrottle(replicaId: number, topic: string, partitionId: number): boolean {
    const quota = this.leaderQuota;
    if (quota === undefined || replicaId < 0 || !quota.isThrottled(topic, partitionId)) return false;
    const partition = this.partitions.get(topic, partitionId);
    return partition !== undefined && !partition.isr.includes(replicaId) && quota.isQuotaExceeded();
  }

  private throttleFollowerRead(replicaId: number, p: FetchPartitionRequest, records: Buffer): Buffer {
    const quota = this.leaderQuota;
    if (quota === undefined || replicaId < 0 || !quota.isThrottled(p.topic, p.partition)) return records;
    if (this.shouldLeaderThrottle(replicaId, p.topic, p.partition)) return empty;
    quota.record(records.length);
    return records;
  }

  /** ListOffsets for one partition; throws SamsaProtocolError with the partition's error. */
  async fetchOffsetForTimestamp(
    topic: string, partitionId: number, timestamp: number, currentLeaderEpoch: number, replicaId: number, isolationLevel = 0,
  ): Promise<{ offset: number; timestamp: number; leaderEpoch: number }> {
    const partition = this.partitions.getOrError(topic, partitionId);
    if (typeof partition === 'number') throw new SamsaProtocolError(partition);
    return partition.fetchOffsetForTimestamp(timestamp, currentLeaderEpoch, replicaId, isolationLevel);
  }

  /** DescribeProducers for one partition, on its leader; throws SamsaProtocolError with the partition's error. */
  activeProducers(topic: string, partitionId: number): ProducerStateEntry[] {
    const partition = this.partitions.getOrError(topic, partitionId);
    if (typeof partition === 'number') throw new SamsaProtocolError(partition, `${topic}-${partitionId}: ${errorName(partition)}`);
    return partition.activeProducers();
  }

  /** OffsetForLeaderEpoch for one partition (KIP-101, KIP-279); throws SamsaProtocolError with the partition's error. */
  lastOffsetForLeaderEpoch(topic: string, partitionId: number, currentLeaderEpoch: number, leaderEpoch: number): { leaderEpoch: number; endOffset: number } {
    const partition = this.partitions.getOrError(topic, partitionId);
    if (typeof partition === 'number') throw new SamsaProtocolError(partition);
    return partition.lastOffsetForLeaderEpoch(currentLeaderEpoch, leaderEpoch);
  }
}
