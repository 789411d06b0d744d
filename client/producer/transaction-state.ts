/**
 * The transactional producer's state machine (Kafka's TransactionManager.State, KafkaJS's
 * transactionStateMachine) and the partitions of the open transaction. Pure: no I/O, no clock.
 *
 *   UNINITIALIZED -> READY (InitProducerId answered)
 *   READY -> IN_TRANSACTION (transaction()) -> COMMITTING | ABORTING -> READY
 *   IN_TRANSACTION | COMMITTING -> ABORTABLE_ERROR (a send or call failed) -> ABORTING
 *   any -> FATAL_ERROR (fenced, or a broken invariant): the producer is unusable
 *
 * A partition joins the transaction once (AddPartitionsToTxn) before its first batch is sent:
 * `pending` partitions wait for the call, `added` ones may be drained.
 */

import { InvalidTxnStateError } from '../errors';

export const TransactionState = {
  Uninitialized: 'UNINITIALIZED',
  Ready: 'READY',
  InTransaction: 'IN_TRANSACTION',
  Committing: 'COMMITTING',
  Aborting: 'ABORTING',
  AbortableError: 'ABORTABLE_ERROR',
  FatalError: 'FATAL_ERROR',
} as const;
export type TransactionState = (typeof TransactionState)[keyof typeof TransactionState];

const S = TransactionState;

/** The states each state may be entered from (Kafka's State.isTransitionValid). */
const validPrevious: Record<TransactionState, readonly TransactionState[]> = {
  [S.Uninitialized]: [],
  [S.Ready]: [S.Uninitialized, S.Committing, S.Aborting],
  [S.InTransaction]: [S.Ready],
  [S.Committing]: [S.InTransaction],
  [S.Aborting]: [S.InTransaction, S.AbortableError],
  [S.AbortableError]: [S.InTransaction, S.Committing, S.AbortableError],
  [S.FatalError]: Object.values(S),
};

function partitionKey(topic: string, partition: number): string {
  return `${topic}\0${partition}`;
}

export class TransactionStateMachine {
  private current: TransactionState = S.Uninitialized;
  /** Why the transaction (ABORTABLE_ERROR) or the producer (FATAL_ERROR) broke. */
  lastError: unknown;
  private readonly added = new Set<string>();
  private readonly pending = new Map<string, { topic: string; partition: number }>();
  /** Partitions whose AddPartitionsToTxn is on the wire. */
  private readonly adding = new Set<string>();
  /** Whether the coordinator knows about this transaction (a partition or the offsets were added). */
  private startedAtCoordinator = false;

  get state(): TransactionState {
    return this.current;
  }

  transitionTo(target: TransactionState, error?: unknown): void {
    if (!validPrevious[target].includes(this.current)) {
      throw new InvalidTxnStateError(`invalid transaction state transition ${this.current} -> ${target}`);
    }
    if (target === S.AbortableError || target === S.FatalError) this.lastError = error;
    if (target === S.Ready) this.reset();
    this.current = target;
  }

  /** Throws unless the state is one of `states`, naming what the caller tried to do. */
  expect(action: string, ...states: TransactionState[]): void {
    if (states.includes(this.current)) return;
    const why = this.current === S.FatalError || this.current === S.AbortableError ? ` (${describe(this.lastError)})` : '';
    throw new InvalidTxnStateError(`cannot ${action} in state ${this.current}${why}`);
  }

  /** True when the transaction can no longer commit. */
  get hasError(): boolean {
    return this.current === S.AbortableError || this.current === S.FatalError;
  }

  get isStartedAtCoordinator(): boolean {
    return this.startedAtCoordinator;
  }

  markStartedAtCoordinator(): void {
    this.startedAtCoordinator = true;
  }

  /** Whether a batch of the partition may be sent; asks for the partition to be added when not. */
  isPartitionAdded(topic: string, partition: number): boolean {
    const key = partitionKey(topic, partition);
    if (this.added.has(key)) return true;
    if (!this.adding.has(key)) this.pending.set(key, { topic, partition });
    return false;
  }

  /** The partitions to add now, moved to `adding` until `onPartitionsAdded` or `onAddFailed`. */
  takePendingPartitions(): Array<{ topic: string; partition: number }> {
    const out = [...this.pending.values()];
    for (const key of this.pending.keys()) this.adding.add(key);
    this.pending.clear();
    return out;
  }

  /** The partition was asked for, or is being added: its batches wait. */
  isWaitingForAdd(topic: string, partition: number): boolean {
    const key = partitionKey(topic, partition);
    return this.pending.has(key) || this.adding.has(key);
  }

  get hasPendingPartitions(): boolean {
    return this.pending.size > 0;
  }

  get isAddingPartitions(): boolean {
    return this.adding.size > 0;
  }

  onPartitionsAdded(partitions: ReadonlyArray<{ topic: string; partition: number }>): void {
    for (const { topic, partition } of partitions) {
      const key = partitionKey(topic, partition);
      this.adding.delete(key);
      this.added.add(key);
    }
    if (partitions.length > 0) this.startedAtCoordinator = true;
  }

  /** The call failed for good: the partitions are not in the transaction. */
  onAddFailed(partitions: ReadonlyArray<{ topic: string; partition: number }>): void {
    for (const { topic, partition } of partitions) this.adding.delete(partitionKey(topic, partition));
  }

  get partitionsInTransaction(): number {
    return this.added.size;
  }

  private reset(): void {
    this.added.clear();
    this.pending.clear();
    this.adding.clear();
    this.startedAtCoordinator = false;
    this.lastError = undefined;
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
