/**
 * The transactional producer's coordinator side (Kafka's TransactionManager, KIP-98/360/447):
 * FindCoordinator with key type 1 finds the transaction coordinator of the transactionalId;
 * InitProducerId there fences older instances; AddPartitionsToTxn adds each partition once
 * before its first batch; AddOffsetsToTxn then TxnOffsetCommit (to the group coordinator) put
 * consumed offsets in the transaction; EndTxn commits or aborts it.
 *
 * Coordinator answers: COORDINATOR_NOT_AVAILABLE / NOT_COORDINATOR look the coordinator up
 * again, COORDINATOR_LOAD_IN_PROGRESS and CONCURRENT_TRANSACTIONS (the previous transaction's
 * markers are still being written) are retried after a backoff; PRODUCER_FENCED and
 * INVALID_PRODUCER_EPOCH are fatal (ProducerFencedError); anything else breaks the transaction.
 */

import { ApiKey } from '../../proto/api';
import { ErrorCode, errorName } from '../../proto/errors';
import { type samsa } from '../../proto/generated/samsa';
import { type Cluster } from '../cluster/cluster';
import { ClusterCoordinatorChannel, CoordinatorKeyType, isCoordinatorMoved, isCoordinatorRetriable } from '../consumer/group/coordinator-channel';
import { IdempotenceState } from './idempotence';
import { TransactionState, TransactionStateMachine } from './transaction-state';
import { ProducerFencedError, SamsaConnectionError, SamsaError, int64, isFencingError, protocolError } from '../errors';
import { type RetryPolicy, withRetry } from '../retry';
import { type Logger } from '../logger';

/** Kafka's transaction.timeout.ms default. */
export const transactionTimeoutMsDefault = 60_000;
/**
 * Backoff for coordinator retries: CONCURRENT_TRANSACTIONS clears as soon as the previous
 * transaction's markers are written, so Kafka retries AddPartitionsToTxn after 20 ms; a policy
 * of this shape keeps the first retries quick and still bounds the total.
 */
export const coordinatorRetry: RetryPolicy = { maxRetryTimeMs: 30_000, initialRetryTimeMs: 20, factor: 0.2, multiplier: 2, retries: 12 };

/** The group a transaction's offsets belong to, with the member's generation when known (KIP-447). */
export interface GroupMetadata {
  groupId: string;
  generationId?: number;
  memberId?: string;
  groupInstanceId?: string | null;
}

export interface OffsetsToSend {
  topics: Array<{ topic: string; partitions: Array<{ partition: number; offset: number | string; metadata?: string | null }> }>;
}

type TopicPartitionRef = { topic: string; partition: number };

export class TransactionManager {
  readonly machine = new TransactionStateMachine();
  private readonly channel: ClusterCoordinatorChannel;
  private producerId = -1;
  private producerEpoch = -1;

  constructor(
    private readonly cluster: Cluster,
    readonly transactionalId: string,
    private readonly transactionTimeoutMs: number,
    private readonly logger: Logger,
  ) {
    if (transactionalId.length === 0) throw new SamsaError('transactionalId must not be empty');
    if (!Number.isInteger(transactionTimeoutMs) || transactionTimeoutMs <= 0) throw new SamsaError(`transactionTimeoutMs must be a positive integer, not ${transactionTimeoutMs}`);
    this.channel = new ClusterCoordinatorChannel(cluster, transactionalId, CoordinatorKeyType.Transaction);
  }

  get identity(): { producerId: number; producerEpoch: number } {
    return { producerId: this.producerId, producerEpoch: this.producerEpoch };
  }

  /**
   * InitProducerId with the transactionalId: fences older instances and aborts their open
   * transaction. With `bumpEpoch` (after an aborted transaction lost batches) it sends the
   * current id and epoch, and the coordinator answers the next epoch (KIP-360); sequences restart.
   */
  async initProducerId(bumpEpoch = false): Promise<IdempotenceState> {
    const request: samsa.v1.IInitProducerIdRequest = {
      transactionalId: this.transactionalId,
      transactionTimeoutMs: this.transactionTimeoutMs,
      producerId: bumpEpoch ? this.producerId : -1,
      producerEpoch: bumpEpoch ? this.producerEpoch : -1,
    };
    const response = await this.call<samsa.v1.IInitProducerIdResponse>(ApiKey.InitProducerId, request, (r) => r.errorCode ?? 0, 'InitProducerId');
    this.producerId = int64(response.producerId);
    this.producerEpoch = response.producerEpoch ?? 0;
    if (this.machine.state === TransactionState.Uninitialized) this.machine.transitionTo(TransactionState.Ready);
    this.logger.info({ transactionalId: this.transactionalId, producerId: this.producerId, producerEpoch: this.producerEpoch }, 'transactional producer initialised');
    return new IdempotenceState(this.producerId, this.producerEpoch, { transactional: true });
  }

  /** AddPartitionsToTxn for `partitions`; throws the first partition error. */
  async addPartitions(partitions: readonly TopicPartitionRef[]): Promise<void> {
    const topics = new Map<string, number[]>();
    for (const { topic, partition } of partitions) topics.set(topic, [...(topics.get(topic) ?? []), partition]);
    const request: samsa.v1.IAddPartitionsToTxnRequest = {
      ...this.requestIdentity(),
      topics: [...topics].map(([name, list]) => ({ name, partitions: list })),
    };
    await this.call<samsa.v1.IAddPartitionsToTxnResponse>(ApiKey.AddPartitionsToTxn, request, firstPartitionError, 'AddPartitionsToTxn');
  }

  /** AddOffsetsToTxn to the transaction coordinator, then TxnOffsetCommit to the group's. */
  async sendOffsets(group: GroupMetadata, offsets: OffsetsToSend): Promise<void> {
    const addOffsets: samsa.v1.IAddOffsetsToTxnRequest = { ...this.requestIdentity(), groupId: group.groupId };
    await this.call<samsa.v1.IAddOffsetsToTxnResponse>(ApiKey.AddOffsetsToTxn, addOffsets, (r) => r.errorCode ?? 0, 'AddOffsetsToTxn');
    this.machine.markStartedAtCoordinator();
    const commit: samsa.v1.ITxnOffsetCommitRequest = {
      transactionalId: this.transactionalId,
      groupId: group.groupId,
      producerId: this.producerId,
      producerEpoch: this.producerEpoch,
      generationId: group.generationId ?? -1,
      memberId: group.memberId ?? '',
      groupInstanceId: group.groupInstanceId ?? null,
      topics: offsets.topics.map((t) => ({
        name: t.topic,
        partitions: t.partitions.map((p) => ({ partitionIndex: p.partition, committedOffset: toOffset(p.offset), committedLeaderEpoch: -1, committedMetadata: p.metadata ?? null })),
      })),
    };
    const groupChannel = new ClusterCoordinatorChannel(this.cluster, group.groupId, CoordinatorKeyType.Group);
    try {
      await this.callOn<samsa.v1.ITxnOffsetCommitResponse>(groupChannel, ApiKey.TxnOffsetCommit, commit, firstTopicPartitionError, 'TxnOffsetCommit');
    } finally {
      groupChannel.close();
    }
  }

  /** EndTxn: the coordinator writes the markers and answers once the outcome is durable. */
  async endTxn(committed: boolean): Promise<void> {
    const request: samsa.v1.IEndTxnRequest = { ...this.requestIdentity(), committed };
    await this.call<samsa.v1.IEndTxnResponse>(ApiKey.EndTxn, request, (r) => r.errorCode ?? 0, committed ? 'EndTxn(commit)' : 'EndTxn(abort)');
  }

  close(): void {
    this.channel.close();
  }

  private requestIdentity(): { transactionalId: string; producerId: number; producerEpoch: number } {
    return { transactionalId: this.transactionalId, producerId: this.producerId, producerEpoch: this.producerEpoch };
  }

  private call<T>(apiKey: ApiKey, body: object, codeOf: (r: T) => number, what: string): Promise<T> {
    return this.callOn(this.channel, apiKey, body, codeOf, what);
  }

  /** One coordinator request under the coordinator retry policy; fencing becomes ProducerFencedError. */
  private async callOn<T>(channel: ClusterCoordinatorChannel, apiKey: ApiKey, body: object, codeOf: (r: T) => number, what: string): Promise<T> {
    try {
      return await withRetry(coordinatorRetry, async () => {
        const response = await channel.send<T>(apiKey, body);
        const code = codeOf(response);
        if (code === 0) return response;
        if (isCoordinatorMoved(code)) channel.markCoordinatorUnknown(errorName(code));
        throw protocolError(code, `${errorName(code)}: ${what} for transactional id ${this.transactionalId}`);
      }, { shouldRetry: isRetriableCoordinatorError });
    } catch (err) {
      const last = unwrapRetries(err);
      if (isFencingError(last)) throw new ProducerFencedError((last as { code: number }).code, (last as Error).message);
      throw last;
    }
  }
}

function firstPartitionError(r: samsa.v1.IAddPartitionsToTxnResponse): number {
  for (const t of r.results ?? []) for (const p of t.results ?? []) if ((p.errorCode ?? 0) !== 0) return preferRealError(r, p.errorCode ?? 0);
  return 0;
}

/** OPERATION_NOT_ATTEMPTED only says another partition failed: report that one. */
function preferRealError(r: samsa.v1.IAddPartitionsToTxnResponse, code: number): number {
  if (code !== ErrorCode.OPERATION_NOT_ATTEMPTED) return code;
  for (const t of r.results ?? []) for (const p of t.results ?? []) if ((p.errorCode ?? 0) !== 0 && p.errorCode !== ErrorCode.OPERATION_NOT_ATTEMPTED) return p.errorCode!;
  return code;
}

function firstTopicPartitionError(r: samsa.v1.ITxnOffsetCommitResponse): number {
  for (const t of r.topics ?? []) for (const p of t.partitions ?? []) if ((p.errorCode ?? 0) !== 0) return p.errorCode ?? 0;
  return 0;
}

function toOffset(offset: number | string): number {
  const n = Number(offset);
  if (!Number.isInteger(n) || n < 0) throw new SamsaError(`invalid offset ${offset}`);
  return n;
}

/** Coordinator answers that clear by themselves, and connection failures (the coordinator is looked up again). */
function isRetriableCoordinatorError(err: unknown): boolean {
  if (err instanceof SamsaConnectionError) return true;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'number' && isCoordinatorRetriable(code)) return true;
  return code === ErrorCode.NETWORK_EXCEPTION || code === ErrorCode.REQUEST_TIMED_OUT;
}

/** The retry wrapper's last error, so callers see the coordinator's own answer. */
function unwrapRetries(err: unknown): unknown {
  const cause = (err as { cause?: unknown }).cause;
  return err instanceof Error && err.name === 'SamsaNumberOfRetriesExceeded' && cause !== undefined ? cause : err;
}
