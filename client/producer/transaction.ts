/**
 * KafkaJS's transaction surface over Kafka's TransactionManager semantics:
 *
 *   const tx = await producer.transaction();
 *   await tx.send({ topic, messages });
 *   await tx.sendOffsets({ consumer, topics: [{ topic, partitions: [{ partition, offset }] }] });
 *   await tx.commit();            // or tx.abort()
 *
 * One transaction at a time per producer. A send that fails inside the transaction rejects
 * with TransactionAbortableError and the transaction can only be aborted; fencing rejects with
 * ProducerFencedError and the producer is done. `TransactionGate` is the sender's view: batches
 * of a partition wait until AddPartitionsToTxn has added it, and the partitions a round of
 * draining meets are added in one request.
 */

import { type ProducerBatch } from './accumulator';
import { type TransactionGate } from './sender';
import { type GroupMetadata, type OffsetsToSend, type TransactionManager } from './transaction-manager';
import { TransactionState } from './transaction-state';
import { type RecordMetadata } from './types';
import { type ProducerBatchRequest, type ProducerRecordBatch } from './producer';
import { InvalidTxnStateError, ProducerFencedError, SamsaError, TransactionAbortableError, isFencingError, messageOf } from '../errors';
import { type Logger } from '../logger';

/** What a transaction needs from its producer. */
export interface TransactionalProducer {
  sendInTransaction(request: ProducerBatchRequest): Promise<RecordMetadata[]>;
  /** Sends everything buffered and waits until nothing is in flight. */
  flush(): Promise<void>;
  /** Fails unsent batches; true when one of them had a sequence. */
  abortUnsent(err: unknown): boolean;
  /** Starts new sequences under a bumped epoch after a transaction lost sequenced batches (KIP-360). */
  bumpEpoch(): Promise<void>;
  wakeup(): void;
}

export interface SendOffsetsRequest extends OffsetsToSend {
  consumerGroupId?: string;
  /** A group consumer: its generation and member id go with the offsets (KIP-447). */
  consumer?: { groupMetadata(): GroupMetadata };
}

/** Sender-side gate: partitions join the transaction before their first batch leaves. */
export class PartitionGate implements TransactionGate {
  /** A batch with a sequence failed: the next abort must bump the epoch. */
  sequenceHole = false;

  constructor(private readonly manager: TransactionManager, private readonly producer: TransactionalProducer, private readonly logger: Logger) {}

  get transactionalId(): string {
    return this.manager.transactionalId;
  }

  admit(batch: ProducerBatch): boolean {
    const machine = this.manager.machine;
    if (machine.hasError || machine.state === TransactionState.Aborting) return false;
    return machine.isPartitionAdded(batch.topic, batch.partition);
  }

  blocked(topic: string, partition: number): boolean {
    return this.manager.machine.hasError || this.manager.machine.isWaitingForAdd(topic, partition);
  }

  afterDrain(): void {
    const machine = this.manager.machine;
    if (machine.hasError) {
      this.sequenceHole = this.producer.abortUnsent(new TransactionAbortableError('the transaction failed and must be aborted', { cause: machine.lastError })) || this.sequenceHole;
      return;
    }
    if (!machine.hasPendingPartitions || machine.isAddingPartitions) return;
    const partitions = machine.takePendingPartitions();
    this.manager.addPartitions(partitions).then(
      () => machine.onPartitionsAdded(partitions),
      (err: unknown) => {
        machine.onAddFailed(partitions);
        this.logger.warn({ err: messageOf(err), partitions: partitions.length }, 'AddPartitionsToTxn failed');
        this.fail(err);
      },
    ).finally(() => this.producer.wakeup());
  }

  onBatchFailed(batch: ProducerBatch, err: unknown): void {
    if (batch.baseSequence >= 0) this.sequenceHole = true;
    if (err instanceof TransactionAbortableError) return;
    this.fail(err);
  }

  /** Breaks the transaction: fencing is fatal for the producer, anything else makes it abortable. */
  fail(err: unknown): void {
    const machine = this.manager.machine;
    if (machine.state === TransactionState.FatalError) return;
    if (isFencingError(err)) return machine.transitionTo(TransactionState.FatalError, asFenced(err));
    if (machine.state === TransactionState.InTransaction || machine.state === TransactionState.Committing || machine.state === TransactionState.AbortableError) {
      machine.transitionTo(TransactionState.AbortableError, err);
    }
  }
}

export class Transaction {
  constructor(private readonly manager: TransactionManager, private readonly producer: TransactionalProducer, private readonly gate: PartitionGate) {}

  /** True until commit() or abort() completes. */
  isActive(): boolean {
    const state = this.manager.machine.state;
    return state !== TransactionState.Ready && state !== TransactionState.FatalError && state !== TransactionState.Uninitialized;
  }

  send(record: ProducerRecordBatch): Promise<RecordMetadata[]> {
    const { topic, messages, ...options } = record;
    return this.sendBatch({ ...options, topicMessages: [{ topic, messages }] });
  }

  async sendBatch(request: ProducerBatchRequest): Promise<RecordMetadata[]> {
    this.expectOpen('send');
    try {
      return await this.producer.sendInTransaction(request);
    } catch (err) {
      throw this.asTransactionError(err);
    }
  }

  /** Puts consumed offsets in the transaction: they become the group's offsets only if it commits. */
  async sendOffsets(request: SendOffsetsRequest): Promise<void> {
    this.expectOpen('sendOffsets');
    const group = groupOf(request);
    try {
      await this.manager.sendOffsets(group, request);
    } catch (err) {
      this.gate.fail(err);
      throw this.asTransactionError(err);
    }
  }

  /** Sends everything pending, then EndTxn(commit). Throws TransactionAbortableError when it cannot commit. */
  async commit(): Promise<void> {
    const machine = this.manager.machine;
    this.expectOpen('commit');
    machine.transitionTo(TransactionState.Committing);
    await this.producer.flush();
    if (machine.hasError) throw this.asTransactionError(machine.lastError);
    if (machine.isStartedAtCoordinator) {
      try {
        await this.manager.endTxn(true);
      } catch (err) {
        this.gate.fail(err);
        throw this.asTransactionError(err);
      }
    }
    machine.transitionTo(TransactionState.Ready);
  }

  /** Drops unsent records, waits for those in flight, then EndTxn(abort). */
  async abort(): Promise<void> {
    const machine = this.manager.machine;
    if (machine.state === TransactionState.FatalError) throw fatalOf(machine.lastError);
    machine.expect('abort', TransactionState.InTransaction, TransactionState.AbortableError);
    machine.transitionTo(TransactionState.Aborting);
    const dropped = this.producer.abortUnsent(new TransactionAbortableError('the transaction was aborted'));
    await this.producer.flush();
    try {
      if (machine.isStartedAtCoordinator) await this.manager.endTxn(false);
      if (dropped || this.gate.sequenceHole) await this.producer.bumpEpoch();
    } catch (err) {
      machine.transitionTo(TransactionState.FatalError, err);
      throw isFencingError(err) ? asFenced(err) : err;
    }
    this.gate.sequenceHole = false;
    machine.transitionTo(TransactionState.Ready);
  }

  private expectOpen(action: string): void {
    const machine = this.manager.machine;
    if (machine.state === TransactionState.FatalError) throw fatalOf(machine.lastError);
    if (machine.state === TransactionState.AbortableError) throw this.asTransactionError(machine.lastError);
    machine.expect(action, TransactionState.InTransaction);
  }

  /** The error the application sees: fencing as ProducerFencedError, any other failure as abortable. */
  private asTransactionError(err: unknown): Error {
    const machine = this.manager.machine;
    if (isFencingError(err) || machine.state === TransactionState.FatalError) return fatalOf(isFencingError(err) ? err : machine.lastError);
    if (err instanceof TransactionAbortableError || err instanceof InvalidTxnStateError) return err;
    return new TransactionAbortableError(`the transaction must be aborted: ${messageOf(err)}`, { cause: err });
  }
}

function groupOf(request: SendOffsetsRequest): GroupMetadata {
  if (request.consumer !== undefined) return request.consumer.groupMetadata();
  if (request.consumerGroupId === undefined || request.consumerGroupId.length === 0) {
    throw new SamsaError('sendOffsets() needs consumerGroupId or consumer');
  }
  return { groupId: request.consumerGroupId };
}

function asFenced(err: unknown): ProducerFencedError {
  if (err instanceof ProducerFencedError) return err;
  return new ProducerFencedError((err as { code?: number }).code, messageOf(err));
}

/** The error a fatal producer keeps answering with. */
function fatalOf(err: unknown): Error {
  if (isFencingError(err)) return asFenced(err);
  return err instanceof Error ? err : new SamsaError(`the producer failed: ${messageOf(err)}`);
}
