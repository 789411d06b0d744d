/**
 * The persistence shell of the transaction coordinator (Kafka's TransactionStateManager): which
 * `__transaction_state` partitions this broker leads, at which coordinator epoch (the partition's
 * leader epoch), the transactional ids they hold in memory, and every write of the topic. Becoming
 * leader replays a partition (last record per id wins, a tombstone removes it) before its ids are
 * served: COORDINATOR_LOAD_IN_PROGRESS meanwhile, NOT_COORDINATOR for partitions not led here.
 * Writes are acks=-1; in-memory state changes only after the append is acknowledged, and only if
 * the partition is still loaded at the same coordinator epoch, so a failover never shows a state
 * the log does not hold.
 */

import pino from 'pino';
import { ErrorCode, SamsaProtocolError } from '../../../proto/errors';
import type { Logger } from '../../logger';
import type { OffsetsLog } from '../offsets-log';
import {
  decodeTransactionLogKey, decodeTransactionLogValue, encodeTransactionLogKey, encodeTransactionLogValue, partitionForTransactionalId,
  TransactionState,
} from './transaction-log';
import { groupByTopic, topicPartitionKey, TransactionMetadata, type TxnTransitMetadata } from './transaction-metadata';

/** The coordinator's view of `__transaction_state`: the same contract as the offsets log. */
export type TransactionLogStore = OffsetsLog;

export interface TransactionStateManagerConfig {
  /** transaction.state.log.num.partitions (or the existing topic's partition count). */
  transactionStateLogNumPartitions: number;
  /** transactional.id.expiration.ms */
  transactionalIdExpirationMs: number;
}

export interface CoordinatorEpochAndMetadata {
  coordinatorEpoch: number;
  metadata: TransactionMetadata | undefined;
}

export type StateLookup = { error: ErrorCode } | CoordinatorEpochAndMetadata;

/** A transaction found in PrepareCommit/PrepareAbort by a load: its markers must be (re)sent. */
export type PendingCompletion = (coordinatorEpoch: number, committed: boolean, metadata: TransactionMetadata, transit: TxnTransitMetadata) => void;

interface OwnedPartition {
  coordinatorEpoch: number;
  transactions: Map<string, TransactionMetadata>;
}

/** Kafka's appendTransactionToLog error mapping: what a client can act on. */
function mapAppendError(code: number): ErrorCode {
  switch (code) {
    case ErrorCode.UNKNOWN_TOPIC_OR_PARTITION:
    case ErrorCode.NOT_ENOUGH_REPLICAS:
    case ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND:
    case ErrorCode.REQUEST_TIMED_OUT:
      return ErrorCode.COORDINATOR_NOT_AVAILABLE;
    case ErrorCode.NOT_LEADER_OR_FOLLOWER:
    case ErrorCode.KAFKA_STORAGE_ERROR:
      return ErrorCode.NOT_COORDINATOR;
    case ErrorCode.MESSAGE_TOO_LARGE:
    case ErrorCode.RECORD_LIST_TOO_LARGE:
      return ErrorCode.UNKNOWN_SERVER_ERROR;
    default:
      return code as ErrorCode;
  }
}

export class TransactionStateManager {
  private readonly owned = new Map<number, OwnedPartition>();
  /** partition -> coordinator epoch of the load in progress. */
  private readonly loading = new Map<number, number>();
  private readonly logger: Logger;

  constructor(private readonly log: TransactionLogStore, readonly config: TransactionStateManagerConfig, logger?: Logger) {
    this.logger = logger ?? pino({ enabled: false });
  }

  partitionFor(transactionalId: string): number {
    return partitionForTransactionalId(transactionalId, this.config.transactionStateLogNumPartitions);
  }

  getTransactionState(transactionalId: string): StateLookup {
    const partition = this.partitionFor(transactionalId);
    if (this.loading.has(partition)) return { error: ErrorCode.COORDINATOR_LOAD_IN_PROGRESS };
    const owned = this.owned.get(partition);
    if (owned === undefined) return { error: ErrorCode.NOT_COORDINATOR };
    return { coordinatorEpoch: owned.coordinatorEpoch, metadata: owned.transactions.get(transactionalId) };
  }

  /** Caches `metadata` unless the id is already known; returns the cached one either way. */
  putTransactionStateIfNotExists(metadata: TransactionMetadata): StateLookup {
    const partition = this.partitionFor(metadata.transactionalId);
    if (this.loading.has(partition)) return { error: ErrorCode.COORDINATOR_LOAD_IN_PROGRESS };
    const owned = this.owned.get(partition);
    if (owned === undefined) return { error: ErrorCode.NOT_COORDINATOR };
    const existing = owned.transactions.get(metadata.transactionalId);
    if (existing !== undefined) return { coordinatorEpoch: owned.coordinatorEpoch, metadata: existing };
    owned.transactions.set(metadata.transactionalId, metadata);
    return { coordinatorEpoch: owned.coordinatorEpoch, metadata };
  }

  isLoading(): boolean {
    return this.loading.size > 0;
  }

  ownedPartitions(): number[] {
    return [...this.owned.keys()].sort((a, b) => a - b);
  }

  /** Every loaded transaction, for the timeout and expiration scans and ListTransactions. */
  allTransactions(): { coordinatorEpoch: number; metadata: TransactionMetadata }[] {
    return [...this.owned.values()].flatMap((p) => [...p.transactions.values()].map((metadata) => ({ coordinatorEpoch: p.coordinatorEpoch, metadata })));
  }

  /**
   * Writes `transit` for `transactionalId` and, once acknowledged, applies it. Resolves with the
   * error to hand the client; on any failure the pending transition is cleared so the id is usable.
   */
  async appendTransactionToLog(transactionalId: string, coordinatorEpoch: number, transit: TxnTransitMetadata): Promise<ErrorCode> {
    const partition = this.partitionFor(transactionalId);
    const value = encodeTransactionLogValue({
      producerId: transit.producerId, producerEpoch: transit.producerEpoch, transactionTimeoutMs: transit.txnTimeoutMs, state: transit.txnState,
      partitions: transit.txnState === TransactionState.Empty ? [] : groupByTopic(transit.topicPartitions),
      lastUpdateTimestampMs: transit.txnLastUpdateTimestampMs, startTimestampMs: transit.txnStartTimestampMs,
    });
    let code: ErrorCode = ErrorCode.NONE;
    try {
      await this.log.append(partition, [{ key: encodeTransactionLogKey(transactionalId), value }]);
    } catch (err) {
      code = err instanceof SamsaProtocolError ? mapAppendError(err.code) : ErrorCode.UNKNOWN_SERVER_ERROR;
      this.logger.warn({ err, transactionalId, partition, errorCode: code }, 'appending transaction state failed');
    }
    const current = this.getTransactionState(transactionalId);
    if ('error' in current || current.coordinatorEpoch !== coordinatorEpoch || current.metadata === undefined) {
      // Unloaded (or reloaded at a newer epoch) meanwhile: this broker no longer speaks for the id.
      return ErrorCode.NOT_COORDINATOR;
    }
    const metadata = current.metadata;
    if (code !== ErrorCode.NONE) {
      metadata.pendingState = undefined;
      return code;
    }
    metadata.completeTransitionTo(transit);
    return ErrorCode.NONE;
  }

  /**
   * Leadership of `partition` at `coordinatorEpoch` gained: replay it. Transactions left in
   * PrepareCommit/PrepareAbort are handed to `onPendingCompletion` to finish (markers, then Complete).
   */
  async loadTransactionsForTxnTopicPartition(partition: number, coordinatorEpoch: number, nowMs: number, onPendingCompletion: PendingCompletion): Promise<void> {
    this.owned.delete(partition);
    this.loading.set(partition, coordinatorEpoch);
    try {
      const loaded = await this.replay(partition, nowMs);
      if (this.loading.get(partition) !== coordinatorEpoch) return; // resigned or re-elected meanwhile
      this.owned.set(partition, { coordinatorEpoch, transactions: loaded });
      this.loading.delete(partition);
      this.logger.info({ partition, coordinatorEpoch, transactionalIds: loaded.size }, 'loaded transaction state');
      for (const metadata of loaded.values()) {
        if (metadata.state !== TransactionState.PrepareCommit && metadata.state !== TransactionState.PrepareAbort) continue;
        const committed = metadata.state === TransactionState.PrepareCommit;
        onPendingCompletion(coordinatorEpoch, committed, metadata, metadata.prepareComplete(nowMs));
      }
    } finally {
      if (this.loading.get(partition) === coordinatorEpoch) this.loading.delete(partition);
    }
  }

  private async replay(partition: number, nowMs: number): Promise<Map<string, TransactionMetadata>> {
    const loaded = new Map<string, TransactionMetadata>();
    for await (const record of this.log.readAll(partition)) {
      if (record.key === null) continue;
      let transactionalId: string;
      try {
        transactionalId = decodeTransactionLogKey(record.key);
        if (record.value === null) {
          loaded.delete(transactionalId);
          continue;
        }
        const v = decodeTransactionLogValue(record.value);
        loaded.set(transactionalId, new TransactionMetadata({
          transactionalId, producerId: v.producerId, producerEpoch: v.producerEpoch, txnTimeoutMs: v.transactionTimeoutMs, state: v.state,
          topicPartitions: v.partitions.flatMap((t) => t.partitions.map((p) => topicPartitionKey(t.topic, p))),
          txnStartTimestampMs: v.startTimestampMs, txnLastUpdateTimestampMs: v.lastUpdateTimestampMs,
        }));
      } catch (err) {
        // An undecodable record cannot be acted on; skipping it keeps the other ids served.
        this.logger.error({ err, partition, offset: record.offset, nowMs }, 'skipping an undecodable __transaction_state record');
      }
    }
    return loaded;
  }

  /** Leadership lost (or a newer election): drop the partition's ids. */
  removeTransactionsForTxnTopicPartition(partition: number): void {
    this.loading.delete(partition);
    const owned = this.owned.get(partition);
    this.owned.delete(partition);
    if (owned !== undefined) this.logger.info({ partition, transactionalIds: owned.transactions.size }, 'unloaded transaction state');
  }

  shutdown(): void {
    this.loading.clear();
    this.owned.clear();
  }

  /** Ongoing transactions older than their timeout, with no transition pending (Kafka's timedOutTransactions). */
  timedOutTransactions(nowMs: number): { transactionalId: string; producerId: number; producerEpoch: number }[] {
    return this.allTransactions()
      .filter(({ metadata: m }) => m.state === TransactionState.Ongoing && !m.pendingTransitionInProgress && m.txnStartTimestampMs + m.txnTimeoutMs < nowMs)
      .map(({ metadata: m }) => ({ transactionalId: m.transactionalId, producerId: m.producerId, producerEpoch: m.producerEpoch }));
  }

  /**
   * Removes ids with no open transaction idle for transactional.id.expiration.ms: a tombstone per
   * id, then the id leaves the cache (Kafka's removeExpiredTransactionalIds).
   */
  async removeExpiredTransactionalIds(nowMs: number): Promise<number> {
    const expired = this.allTransactions().filter(({ metadata: m }) => !m.pendingTransitionInProgress
      && (m.state === TransactionState.Empty || m.state === TransactionState.CompleteCommit || m.state === TransactionState.CompleteAbort)
      && m.txnLastUpdateTimestampMs <= nowMs - this.config.transactionalIdExpirationMs);
    let removed = 0;
    for (const { coordinatorEpoch, metadata } of expired) {
      const transit = metadata.prepareDead();
      const partition = this.partitionFor(metadata.transactionalId);
      try {
        await this.log.append(partition, [{ key: encodeTransactionLogKey(metadata.transactionalId), value: null }]);
      } catch (err) {
        this.logger.warn({ err, transactionalId: metadata.transactionalId }, 'writing the expiration tombstone failed; retrying on the next run');
        metadata.pendingState = undefined;
        continue;
      }
      const owned = this.owned.get(partition);
      if (owned?.coordinatorEpoch !== coordinatorEpoch || owned.transactions.get(metadata.transactionalId) !== metadata) continue;
      if (metadata.pendingState === TransactionState.Dead && metadata.producerEpoch === transit.producerEpoch) {
        owned.transactions.delete(metadata.transactionalId);
        removed++;
      }
    }
    if (removed > 0) this.logger.info({ removed }, 'removed expired transactional ids');
    return removed;
  }
}
