/**
 * The transaction coordinator (Kafka's TransactionCoordinator, KIP-98 with KIP-360's epoch bumps):
 * InitProducerId with a transactional id, AddPartitionsToTxn, AddOffsetsToTxn (through the same
 * path), EndTxn, the periodic abort of timed-out transactions and removal of expired ids. Every
 * decision is made on the in-memory TransactionMetadata; a change is marked pending, written to
 * `__transaction_state` by the state manager, and applied only when acknowledged. Ending a
 * transaction writes PrepareCommit/PrepareAbort, answers the producer, then the marker channel
 * writes the markers and the coordinator writes CompleteCommit/CompleteAbort.
 */

import pino from 'pino';
import { ErrorCode } from '../../../proto/errors';
import { type Clock, PeriodicTask } from '../../clock';
import type { Logger } from '../../logger';
import { TransactionState, transactionStateName } from './transaction-log';
import type { PendingCompleteTxn, TransactionMarkerChannelManager } from './transaction-marker-channel';
import { noProducerEpoch, noProducerId, TransactionMetadata, type TxnTransitMetadata } from './transaction-metadata';
import type { TransactionStateManager } from './transaction-state-manager';

export interface TransactionCoordinatorConfig {
  /** transaction.max.timeout.ms */
  transactionMaxTimeoutMs: number;
  /** transaction.abort.timed.out.transaction.cleanup.interval.ms */
  abortTimedOutTransactionsIntervalMs: number;
  /** transaction.remove.expired.transaction.cleanup.interval.ms */
  removeExpiredTransactionalIdsIntervalMs: number;
}

export interface InitProducerIdResult {
  errorCode: ErrorCode;
  producerId: number;
  producerEpoch: number;
}

export interface TransactionCoordinatorOptions {
  stateManager: TransactionStateManager;
  producerIds: { generateProducerId(): Promise<number> };
  config: TransactionCoordinatorConfig;
  clock: Clock;
  logger?: Logger;
}

type Decision = { error: ErrorCode } | { coordinatorEpoch: number; transit: TxnTransitMetadata };

const initError = (errorCode: ErrorCode): InitProducerIdResult => ({ errorCode, producerId: noProducerId, producerEpoch: noProducerEpoch });

export class TransactionCoordinator {
  readonly stateManager: TransactionStateManager;
  private markerChannel: TransactionMarkerChannelManager | undefined;
  private readonly logger: Logger;
  private readonly tasks: PeriodicTask[] = [];

  constructor(private readonly opts: TransactionCoordinatorOptions) {
    this.stateManager = opts.stateManager;
    this.logger = opts.logger ?? pino({ enabled: false });
  }

  attachMarkerChannel(channel: TransactionMarkerChannelManager): void {
    this.markerChannel = channel;
  }

  private now(): number {
    return this.opts.clock.nowMs();
  }

  async handleInitProducerId(
    transactionalId: string, transactionTimeoutMs: number, expected?: { producerId: number; producerEpoch: number },
  ): Promise<InitProducerIdResult> {
    if (transactionalId === '') return initError(ErrorCode.INVALID_REQUEST);
    if (transactionTimeoutMs <= 0 || transactionTimeoutMs > this.opts.config.transactionMaxTimeoutMs) return initError(ErrorCode.INVALID_TRANSACTION_TIMEOUT);
    let lookup = this.stateManager.getTransactionState(transactionalId);
    if ('error' in lookup) return initError(lookup.error);
    if (lookup.metadata === undefined) {
      const producerId = await this.opts.producerIds.generateProducerId();
      lookup = this.stateManager.putTransactionStateIfNotExists(new TransactionMetadata({
        transactionalId, producerId, producerEpoch: noProducerEpoch, txnTimeoutMs: transactionTimeoutMs, state: TransactionState.Empty,
        txnLastUpdateTimestampMs: this.now(),
      }));
      if ('error' in lookup || lookup.metadata === undefined) return initError('error' in lookup ? lookup.error : ErrorCode.NOT_COORDINATOR);
    }
    const metadata = lookup.metadata;
    const decision = await this.prepareInitProducerIdTransit(metadata, lookup.coordinatorEpoch, transactionTimeoutMs, expected);
    if ('error' in decision) return initError(decision.error);
    if (decision.transit.txnState === TransactionState.PrepareEpochFence) {
      // Abort the old instance's transaction first; the client retries and then gets a second bump.
      const code = await this.endTransaction(transactionalId, decision.transit.producerId, decision.transit.producerEpoch, false, false);
      return initError(code === ErrorCode.NONE ? ErrorCode.CONCURRENT_TRANSACTIONS : code);
    }
    const code = await this.stateManager.appendTransactionToLog(transactionalId, decision.coordinatorEpoch, decision.transit);
    if (code !== ErrorCode.NONE) return initError(code);
    this.logger.info({ transactionalId, producerId: decision.transit.producerId, producerEpoch: decision.transit.producerEpoch }, 'initialized transactional producer');
    return { errorCode: ErrorCode.NONE, producerId: decision.transit.producerId, producerEpoch: decision.transit.producerEpoch };
  }

  private async prepareInitProducerIdTransit(
    metadata: TransactionMetadata, coordinatorEpoch: number, timeoutMs: number, expected?: { producerId: number; producerEpoch: number },
  ): Promise<Decision> {
    if (metadata.pendingTransitionInProgress) return { error: ErrorCode.CONCURRENT_TRANSACTIONS };
    if (expected !== undefined && !metadata.isValidProducerId(expected.producerId, expected.producerEpoch)) return { error: ErrorCode.PRODUCER_FENCED };
    switch (metadata.state) {
      case TransactionState.PrepareAbort:
      case TransactionState.PrepareCommit:
        return { error: ErrorCode.CONCURRENT_TRANSACTIONS };
      case TransactionState.Empty:
      case TransactionState.CompleteAbort:
      case TransactionState.CompleteCommit: {
        if (metadata.isProducerEpochExhausted && (expected === undefined || expected.producerEpoch === metadata.producerEpoch)) {
          const newProducerId = await this.opts.producerIds.generateProducerId();
          // The id generation awaited: another request may have moved the metadata on meanwhile.
          if (metadata.pendingTransitionInProgress) return { error: ErrorCode.CONCURRENT_TRANSACTIONS };
          return { coordinatorEpoch, transit: metadata.prepareProducerIdRotation(newProducerId, timeoutMs, this.now(), expected !== undefined) };
        }
        const transit = metadata.prepareIncrementProducerEpoch(timeoutMs, expected?.producerEpoch, this.now());
        return transit === 'fenced' ? { error: ErrorCode.PRODUCER_FENCED } : { coordinatorEpoch, transit };
      }
      case TransactionState.Ongoing:
        // This epoch is never handed out: the abort runs under it, and the client's retry bumps again.
        return { coordinatorEpoch, transit: metadata.prepareFenceProducerEpoch() };
      default:
        throw new Error(`invariant: ${metadata.transactionalId} found in ${transactionStateName(metadata.state)} without a pending transition`);
    }
  }

  /** AddPartitionsToTxn, and AddOffsetsToTxn with the group's `__consumer_offsets` partition. */
  async handleAddPartitionsToTransaction(transactionalId: string, producerId: number, producerEpoch: number, partitionKeys: readonly string[]): Promise<ErrorCode> {
    if (transactionalId === '') return ErrorCode.INVALID_REQUEST;
    const lookup = this.stateManager.getTransactionState(transactionalId);
    if ('error' in lookup) return lookup.error;
    const metadata = lookup.metadata;
    if (metadata === undefined || metadata.producerId !== producerId) return ErrorCode.INVALID_PRODUCER_ID_MAPPING;
    if (metadata.producerEpoch !== producerEpoch) return ErrorCode.PRODUCER_FENCED;
    if (metadata.pendingTransitionInProgress) return ErrorCode.CONCURRENT_TRANSACTIONS;
    if (metadata.state === TransactionState.PrepareCommit || metadata.state === TransactionState.PrepareAbort) return ErrorCode.CONCURRENT_TRANSACTIONS;
    // Kafka answers at once when every partition is already part of the open transaction.
    if (metadata.state === TransactionState.Ongoing && partitionKeys.every((k) => metadata.topicPartitions.has(k))) return ErrorCode.NONE;
    const transit = metadata.prepareAddPartitions(partitionKeys, this.now());
    return this.stateManager.appendTransactionToLog(transactionalId, lookup.coordinatorEpoch, transit);
  }

  handleEndTransaction(transactionalId: string, producerId: number, producerEpoch: number, committed: boolean): Promise<ErrorCode> {
    return this.endTransaction(transactionalId, producerId, producerEpoch, committed, true);
  }

  private async endTransaction(transactionalId: string, producerId: number, producerEpoch: number, committed: boolean, isFromClient: boolean): Promise<ErrorCode> {
    if (transactionalId === '') return ErrorCode.INVALID_REQUEST;
    const lookup = this.stateManager.getTransactionState(transactionalId);
    if ('error' in lookup) return lookup.error;
    const metadata = lookup.metadata;
    if (metadata === undefined) return ErrorCode.INVALID_PRODUCER_ID_MAPPING;
    const decision = this.prepareEndTransaction(metadata, producerId, producerEpoch, committed, isFromClient);
    if ('error' in decision) return decision.error;
    const isEpochFence = decision.isEpochFence;
    const coordinatorEpoch = lookup.coordinatorEpoch;
    const appended = await this.stateManager.appendTransactionToLog(transactionalId, coordinatorEpoch, decision.transit);
    if (appended !== ErrorCode.NONE) {
      if (isEpochFence && this.isCurrentEpoch(transactionalId, metadata, coordinatorEpoch)) metadata.hasFailedEpochFence = true;
      return appended;
    }
    return this.startMarkers(transactionalId, metadata, coordinatorEpoch, producerId, producerEpoch, committed);
  }

  private prepareEndTransaction(
    metadata: TransactionMetadata, producerId: number, producerEpoch: number, committed: boolean, isFromClient: boolean,
  ): { error: ErrorCode } | { transit: TxnTransitMetadata; isEpochFence: boolean } {
    if (metadata.producerId !== producerId) return { error: ErrorCode.INVALID_PRODUCER_ID_MAPPING };
    // Clients must name the current epoch exactly; the coordinator's own aborts run at a fenced (newer) one.
    if ((isFromClient && producerEpoch !== metadata.producerEpoch) || producerEpoch < metadata.producerEpoch) return { error: ErrorCode.PRODUCER_FENCED };
    if (metadata.pendingTransitionInProgress && metadata.pendingState !== TransactionState.PrepareEpochFence) return { error: ErrorCode.CONCURRENT_TRANSACTIONS };
    switch (metadata.state) {
      case TransactionState.Ongoing: {
        let isEpochFence = false;
        if (!committed && metadata.pendingState === TransactionState.PrepareEpochFence) {
          // The fence's epoch becomes the abort's: clear the pending fence and bump before writing PrepareAbort.
          isEpochFence = true;
          metadata.pendingState = undefined;
          metadata.producerEpoch = producerEpoch;
          metadata.lastProducerEpoch = noProducerEpoch;
        }
        return { transit: metadata.prepareAbortOrCommit(committed ? TransactionState.PrepareCommit : TransactionState.PrepareAbort, this.now()), isEpochFence };
      }
      // A retry after the transaction completed: the same result succeeds, the opposite is refused.
      case TransactionState.CompleteCommit:
        return { error: committed ? ErrorCode.NONE : ErrorCode.INVALID_TXN_STATE };
      case TransactionState.CompleteAbort:
        return { error: committed ? ErrorCode.INVALID_TXN_STATE : ErrorCode.NONE };
      // A retry while the markers are being written: the client retries until it completes.
      case TransactionState.PrepareCommit:
        return { error: committed ? ErrorCode.CONCURRENT_TRANSACTIONS : ErrorCode.INVALID_TXN_STATE };
      case TransactionState.PrepareAbort:
        return { error: committed ? ErrorCode.INVALID_TXN_STATE : ErrorCode.CONCURRENT_TRANSACTIONS };
      case TransactionState.Empty:
        return { error: ErrorCode.INVALID_TXN_STATE };
      default:
        throw new Error(`invariant: ${metadata.transactionalId} found in ${transactionStateName(metadata.state)} without a pending transition`);
    }
  }

  private isCurrentEpoch(transactionalId: string, metadata: TransactionMetadata, coordinatorEpoch: number): boolean {
    const now = this.stateManager.getTransactionState(transactionalId);
    return !('error' in now) && now.coordinatorEpoch === coordinatorEpoch && now.metadata === metadata;
  }

  /** After PrepareX is in the log: answer the producer and hand the markers to the channel. */
  private startMarkers(
    transactionalId: string, metadata: TransactionMetadata, coordinatorEpoch: number, producerId: number, producerEpoch: number, committed: boolean,
  ): ErrorCode {
    if (!this.isCurrentEpoch(transactionalId, metadata, coordinatorEpoch)) return ErrorCode.NOT_COORDINATOR;
    if (metadata.producerId !== producerId) return ErrorCode.INVALID_PRODUCER_ID_MAPPING;
    if (metadata.producerEpoch !== producerEpoch) return ErrorCode.PRODUCER_FENCED;
    if (metadata.pendingTransitionInProgress) return ErrorCode.CONCURRENT_TRANSACTIONS;
    const expected = committed ? TransactionState.PrepareCommit : TransactionState.PrepareAbort;
    if (metadata.state !== expected) return ErrorCode.INVALID_TXN_STATE;
    this.sendMarkers({ transactionalId, coordinatorEpoch, committed, metadata, transit: metadata.prepareComplete(this.now()) });
    return ErrorCode.NONE;
  }

  private sendMarkers(txn: PendingCompleteTxn): void {
    if (this.markerChannel === undefined) throw new Error('invariant: the marker channel is attached before requests are served');
    this.markerChannel.addTxnMarkersToSend(txn);
  }

  /** The marker channel's view: is `txn` still this coordinator's to complete? */
  isCurrent(txn: PendingCompleteTxn): boolean {
    return this.isCurrentEpoch(txn.transactionalId, txn.metadata, txn.coordinatorEpoch) && txn.metadata.pendingState === txn.transit.txnState;
  }

  /** Every marker acked: write CompleteCommit/CompleteAbort, retrying while this broker still coordinates the id. */
  async completeTransaction(txn: PendingCompleteTxn): Promise<void> {
    for (;;) {
      if (!this.isCurrent(txn)) return;
      const code = await this.stateManager.appendTransactionToLog(txn.transactionalId, txn.coordinatorEpoch, txn.transit);
      if (code === ErrorCode.NONE) {
        this.logger.info({ transactionalId: txn.transactionalId, committed: txn.committed }, 'completed transaction');
        return;
      }
      if (code === ErrorCode.NOT_COORDINATOR || code === ErrorCode.COORDINATOR_LOAD_IN_PROGRESS) return;
      // The failed append cleared the pending state: set it again before retrying, as Kafka's retry does.
      const current = this.stateManager.getTransactionState(txn.transactionalId);
      if ('error' in current || current.metadata !== txn.metadata || current.coordinatorEpoch !== txn.coordinatorEpoch) return;
      txn.metadata.pendingState = txn.transit.txnState;
      await this.opts.clock.sleep(completeRetryBackoffMs);
    }
  }

  /** Leadership of a `__transaction_state` partition gained at `coordinatorEpoch`: load it, then finish its prepared transactions. */
  async onElection(partition: number, coordinatorEpoch: number): Promise<void> {
    await this.stateManager.loadTransactionsForTxnTopicPartition(partition, coordinatorEpoch, this.now(), (epoch, committed, metadata, transit) => {
      this.sendMarkers({ transactionalId: metadata.transactionalId, coordinatorEpoch: epoch, committed, metadata, transit });
    });
  }

  onResignation(partition: number): void {
    this.stateManager.removeTransactionsForTxnTopicPartition(partition);
  }

  /** Aborts Ongoing transactions past their timeout under a bumped epoch (Kafka's abortTimedOutTransactions). */
  async abortTimedOutTransactions(): Promise<void> {
    for (const timedOut of this.stateManager.timedOutTransactions(this.now())) {
      const lookup = this.stateManager.getTransactionState(timedOut.transactionalId);
      if ('error' in lookup || lookup.metadata === undefined) continue;
      const metadata = lookup.metadata;
      if (metadata.producerId !== timedOut.producerId || metadata.pendingTransitionInProgress) continue;
      const fence = metadata.prepareFenceProducerEpoch();
      this.logger.info({ transactionalId: metadata.transactionalId, producerId: fence.producerId, producerEpoch: fence.producerEpoch }, 'aborting a timed-out transaction');
      const code = await this.endTransaction(metadata.transactionalId, fence.producerId, fence.producerEpoch, false, false);
      if (code !== ErrorCode.NONE) this.logger.warn({ transactionalId: metadata.transactionalId, errorCode: code }, 'aborting a timed-out transaction failed; retrying later');
    }
  }

  startup(): void {
    const c = this.opts.config;
    this.tasks.push(
      new PeriodicTask('transaction-abort', c.abortTimedOutTransactionsIntervalMs, () => this.abortTimedOutTransactions(), this.logger, this.opts.clock),
      new PeriodicTask('transactionalId-expiration', c.removeExpiredTransactionalIdsIntervalMs,
        async () => { await this.stateManager.removeExpiredTransactionalIds(this.now()); }, this.logger, this.opts.clock),
    );
    for (const task of this.tasks) task.start();
  }

  async shutdown(): Promise<void> {
    await Promise.all(this.tasks.map((t) => t.stop()));
    this.tasks.length = 0;
    await this.markerChannel?.shutdown();
    this.stateManager.shutdown();
  }
}

/** Pause before writing a Complete state again after its append failed. */
export const completeRetryBackoffMs = 200;
