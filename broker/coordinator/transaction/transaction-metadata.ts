/**
 * One transactional id's state (Kafka's TransactionMetadata): the producer id and epoch it hands
 * out, the open transaction's partitions, and the state machine with Kafka's valid previous
 * states. A change is two steps: `prepare*` computes the next state (a TxnTransitMetadata) and
 * marks it pending, the coordinator writes it to `__transaction_state`, and only once the append is
 * acknowledged `completeTransitionTo` applies it. While a transition is pending every other request
 * for the id gets CONCURRENT_TRANSACTIONS, so two writes for one id never race.
 */

import { TransactionState, transactionStateName } from './transaction-log';

/** RecordBatch.NO_PRODUCER_EPOCH / NO_PRODUCER_ID. */
export const noProducerEpoch = -1;
export const noProducerId = -1;
/** Short.MAX_VALUE: the last epoch a producer id can carry. */
export const producerEpochMax = 32_767;

/** States each state may be entered from (TransactionMetadata.validPreviousStates). */
const validPreviousStates: Readonly<Record<TransactionState, readonly TransactionState[]>> = {
  [TransactionState.Empty]: [TransactionState.Empty, TransactionState.CompleteCommit, TransactionState.CompleteAbort],
  [TransactionState.Ongoing]: [TransactionState.Ongoing, TransactionState.Empty, TransactionState.CompleteCommit, TransactionState.CompleteAbort],
  [TransactionState.PrepareCommit]: [TransactionState.Ongoing],
  [TransactionState.PrepareAbort]: [TransactionState.Ongoing, TransactionState.PrepareEpochFence],
  [TransactionState.CompleteCommit]: [TransactionState.PrepareCommit],
  [TransactionState.CompleteAbort]: [TransactionState.PrepareAbort],
  [TransactionState.Dead]: [TransactionState.Empty, TransactionState.CompleteAbort, TransactionState.CompleteCommit],
  [TransactionState.PrepareEpochFence]: [TransactionState.Ongoing],
};

export function isValidTransition(from: TransactionState, to: TransactionState): boolean {
  return validPreviousStates[to].includes(from);
}

/** Kafka's TransactionMetadata.isEpochExhausted: one epoch is kept back for fencing. */
export function isEpochExhausted(producerEpoch: number): boolean {
  return producerEpoch >= producerEpochMax - 1;
}

/** The state a pending transition leads to, as written to the log (Kafka's TxnTransitMetadata). */
export interface TxnTransitMetadata {
  producerId: number;
  lastProducerId: number;
  producerEpoch: number;
  lastProducerEpoch: number;
  txnTimeoutMs: number;
  txnState: TransactionState;
  /** "topic\0partition" keys: see topicPartitionKey. */
  topicPartitions: ReadonlySet<string>;
  txnStartTimestampMs: number;
  txnLastUpdateTimestampMs: number;
}

export function topicPartitionKey(topic: string, partition: number): string {
  return `${topic}\u0000${partition}`;
}

export function parseTopicPartitionKey(key: string): { topic: string; partition: number } {
  const at = key.lastIndexOf('\u0000');
  return { topic: key.slice(0, at), partition: Number(key.slice(at + 1)) };
}

/** Groups partition keys by topic, topics and partitions sorted. */
export function groupByTopic(keys: Iterable<string>): { topic: string; partitions: number[] }[] {
  const byTopic = new Map<string, number[]>();
  for (const key of keys) {
    const { topic, partition } = parseTopicPartitionKey(key);
    let partitions = byTopic.get(topic);
    if (partitions === undefined) byTopic.set(topic, (partitions = []));
    partitions.push(partition);
  }
  return [...byTopic.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([topic, partitions]) => ({ topic, partitions: partitions.sort((a, b) => a - b) }));
}

export class IllegalTransactionStateError extends Error {}

export interface TransactionMetadataInit {
  transactionalId: string;
  producerId: number;
  lastProducerId?: number;
  producerEpoch: number;
  lastProducerEpoch?: number;
  txnTimeoutMs: number;
  state: TransactionState;
  topicPartitions?: Iterable<string>;
  txnStartTimestampMs?: number;
  txnLastUpdateTimestampMs: number;
}

export class TransactionMetadata {
  readonly transactionalId: string;
  producerId: number;
  lastProducerId: number;
  producerEpoch: number;
  lastProducerEpoch: number;
  txnTimeoutMs: number;
  state: TransactionState;
  readonly topicPartitions: Set<string>;
  txnStartTimestampMs: number;
  txnLastUpdateTimestampMs: number;
  pendingState: TransactionState | undefined;
  /** An epoch fence whose log write failed: the next fence reuses the epoch instead of bumping again. */
  hasFailedEpochFence = false;

  constructor(init: TransactionMetadataInit) {
    this.transactionalId = init.transactionalId;
    this.producerId = init.producerId;
    this.lastProducerId = init.lastProducerId ?? noProducerId;
    this.producerEpoch = init.producerEpoch;
    this.lastProducerEpoch = init.lastProducerEpoch ?? noProducerEpoch;
    this.txnTimeoutMs = init.txnTimeoutMs;
    this.state = init.state;
    this.topicPartitions = new Set(init.topicPartitions ?? []);
    this.txnStartTimestampMs = init.txnStartTimestampMs ?? -1;
    this.txnLastUpdateTimestampMs = init.txnLastUpdateTimestampMs;
  }

  get pendingTransitionInProgress(): boolean {
    return this.pendingState !== undefined;
  }

  get isProducerEpochExhausted(): boolean {
    return isEpochExhausted(this.producerEpoch);
  }

  /** KIP-360: a request naming this id's producer, or a retry of a bump that exhausted the previous id. */
  isValidProducerId(producerId: number, producerEpoch: number): boolean {
    return this.producerEpoch === noProducerEpoch || producerId === this.producerId
      || (producerId === this.lastProducerId && isEpochExhausted(producerEpoch));
  }

  removePartition(topic: string, partition: number): void {
    if (this.state !== TransactionState.PrepareCommit && this.state !== TransactionState.PrepareAbort) {
      throw new IllegalTransactionStateError(`${this.transactionalId}: removing a partition in ${transactionStateName(this.state)}`);
    }
    this.topicPartitions.delete(topicPartitionKey(topic, partition));
  }

  prepareFenceProducerEpoch(): TxnTransitMetadata {
    if (this.producerEpoch >= producerEpochMax) throw new IllegalTransactionStateError(`${this.transactionalId}: cannot fence producer at epoch ${this.producerEpoch}`);
    // A fence whose write failed was never returned to a client, so its epoch can be used again.
    const bumpedEpoch = this.hasFailedEpochFence ? this.producerEpoch : this.producerEpoch + 1;
    return this.prepareTransitionTo(TransactionState.PrepareEpochFence, this.producerId, bumpedEpoch, noProducerEpoch, this.txnTimeoutMs,
      this.topicPartitions, this.txnStartTimestampMs, this.txnLastUpdateTimestampMs);
  }

  /**
   * InitProducerId on an id with no open transaction. `expectedProducerEpoch` is the caller's
   * epoch (KIP-360) or undefined for a new producer instance.
   */
  prepareIncrementProducerEpoch(txnTimeoutMs: number, expectedProducerEpoch: number | undefined, nowMs: number): TxnTransitMetadata | 'fenced' {
    if (this.isProducerEpochExhausted) throw new IllegalTransactionStateError(`${this.transactionalId}: epoch ${this.producerEpoch} is exhausted`);
    const bumpedEpoch = this.producerEpoch + 1;
    let next: [number, number];
    if (expectedProducerEpoch === undefined) next = [bumpedEpoch, noProducerEpoch];
    else if (this.producerEpoch === noProducerEpoch || expectedProducerEpoch === this.producerEpoch) next = [bumpedEpoch, this.producerEpoch];
    // A retry of a bump whose answer was lost: hand out the current epoch again (no new instance has initialized since).
    else if (expectedProducerEpoch === this.lastProducerEpoch) next = [this.producerEpoch, this.lastProducerEpoch];
    else return 'fenced';
    return this.prepareTransitionTo(TransactionState.Empty, this.producerId, next[0], next[1], txnTimeoutMs, new Set(), -1, nowMs);
  }

  /** KIP-360: the epoch is used up; continue under a fresh producer id at epoch 0. */
  prepareProducerIdRotation(newProducerId: number, txnTimeoutMs: number, nowMs: number, recordLastEpoch: boolean): TxnTransitMetadata {
    if (this.pendingTransitionInProgress) throw new IllegalTransactionStateError(`${this.transactionalId}: rotating the producer id during a pending transition`);
    return this.prepareTransitionTo(TransactionState.Empty, newProducerId, 0, recordLastEpoch ? this.producerEpoch : noProducerEpoch, txnTimeoutMs, new Set(), -1, nowMs);
  }

  prepareAddPartitions(added: Iterable<string>, nowMs: number): TxnTransitMetadata {
    const fresh = this.state === TransactionState.Empty || this.state === TransactionState.CompleteCommit || this.state === TransactionState.CompleteAbort;
    return this.prepareTransitionTo(TransactionState.Ongoing, this.producerId, this.producerEpoch, this.lastProducerEpoch, this.txnTimeoutMs,
      new Set([...this.topicPartitions, ...added]), fresh ? nowMs : this.txnStartTimestampMs, nowMs);
  }

  prepareAbortOrCommit(next: typeof TransactionState.PrepareCommit | typeof TransactionState.PrepareAbort, nowMs: number): TxnTransitMetadata {
    return this.prepareTransitionTo(next, this.producerId, this.producerEpoch, this.lastProducerEpoch, this.txnTimeoutMs, this.topicPartitions, this.txnStartTimestampMs, nowMs);
  }

  prepareComplete(nowMs: number): TxnTransitMetadata {
    const next = this.state === TransactionState.PrepareCommit ? TransactionState.CompleteCommit : TransactionState.CompleteAbort;
    // The Prepare state reached the log, so an earlier failed fence no longer matters.
    this.hasFailedEpochFence = false;
    return this.prepareTransitionTo(next, this.producerId, this.producerEpoch, this.lastProducerEpoch, this.txnTimeoutMs, new Set(), this.txnStartTimestampMs, nowMs);
  }

  prepareDead(): TxnTransitMetadata {
    return this.prepareTransitionTo(TransactionState.Dead, this.producerId, this.producerEpoch, this.lastProducerEpoch, this.txnTimeoutMs, new Set(),
      this.txnStartTimestampMs, this.txnLastUpdateTimestampMs);
  }

  private prepareTransitionTo(
    next: TransactionState, producerId: number, producerEpoch: number, lastProducerEpoch: number, txnTimeoutMs: number,
    topicPartitions: ReadonlySet<string>, txnStartTimestampMs: number, txnLastUpdateTimestampMs: number,
  ): TxnTransitMetadata {
    if (this.pendingState !== undefined) {
      throw new IllegalTransactionStateError(`${this.transactionalId}: preparing ${transactionStateName(next)} while ${transactionStateName(this.pendingState)} is pending`);
    }
    if (producerEpoch < 0 || producerEpoch > producerEpochMax) throw new IllegalTransactionStateError(`${this.transactionalId}: producer epoch ${producerEpoch} is out of range`);
    if (!isValidTransition(this.state, next)) {
      throw new IllegalTransactionStateError(`${this.transactionalId}: ${transactionStateName(this.state)} -> ${transactionStateName(next)} is not a valid transition`);
    }
    this.pendingState = next;
    return {
      producerId, lastProducerId: this.producerId, producerEpoch, lastProducerEpoch, txnTimeoutMs, txnState: next,
      topicPartitions: new Set(topicPartitions), txnStartTimestampMs, txnLastUpdateTimestampMs,
    };
  }

  /** Applies `transit` once its log write was acknowledged (Kafka's completeTransitionTo). */
  completeTransitionTo(transit: TxnTransitMetadata): void {
    const to = transit.txnState;
    if (this.pendingState !== to || !isValidTransition(this.state, to)) {
      throw new IllegalTransactionStateError(`${this.transactionalId}: cannot complete ${transactionStateName(this.state)} -> ${transactionStateName(to)} `
        + `(pending ${this.pendingState === undefined ? 'none' : transactionStateName(this.pendingState)})`);
    }
    this.producerId = transit.producerId;
    this.lastProducerId = transit.lastProducerId;
    this.producerEpoch = transit.producerEpoch;
    this.lastProducerEpoch = transit.lastProducerEpoch;
    this.txnTimeoutMs = transit.txnTimeoutMs;
    this.topicPartitions.clear();
    for (const key of transit.topicPartitions) this.topicPartitions.add(key);
    this.txnStartTimestampMs = transit.txnStartTimestampMs;
    this.txnLastUpdateTimestampMs = transit.txnLastUpdateTimestampMs;
    this.state = to;
    this.pendingState = undefined;
  }
}
