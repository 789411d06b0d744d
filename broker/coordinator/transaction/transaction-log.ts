/**
 * The `__transaction_state` topic (Kafka's TransactionLog): which partition holds a transactional
 * id, and the key/value formats of its records. Both start with an int16 schema version; a null
 * value is a tombstone (the id expired). Version 0 of both, Kafka 2.x's:
 *
 * | record | key v0          | value v0                                                          |
 * |--------|-----------------|-------------------------------------------------------------------|
 * | txn    | transactional id | producer id, epoch, timeout, status (int8), partitions (nullable |
 * |        |                 | [topic, [int32]], null when Empty), last update ts, start ts       |
 *
 * Value v0 has no last producer id/epoch (those came with the flexible v1), so a KIP-360 retry
 * of an epoch bump that spans a coordinator failover is fenced, as in Kafka before 2.4's IBP.
 */

import { SchemaError, SchemaReader, SchemaWriter } from '../../../proto/kafka-types';
import { partitionForGroup } from '../offsets-topic';

export const transactionStateTopicName = '__transaction_state';

export const TransactionLogRecordVersion = { key: 0, value: 0 } as const;

/** Kafka's TransactionState ids, as the int8 status field stores them. */
export const TransactionState = {
  Empty: 0,
  Ongoing: 1,
  PrepareCommit: 2,
  PrepareAbort: 3,
  CompleteCommit: 4,
  CompleteAbort: 5,
  Dead: 6,
  PrepareEpochFence: 7,
} as const;
export type TransactionState = (typeof TransactionState)[keyof typeof TransactionState];

const stateNames: readonly string[] = ['Empty', 'Ongoing', 'PrepareCommit', 'PrepareAbort', 'CompleteCommit', 'CompleteAbort', 'Dead', 'PrepareEpochFence'];

export function transactionStateName(state: TransactionState): string {
  return stateNames[state] ?? `Unknown(${state})`;
}

export function transactionStateByName(name: string): TransactionState | undefined {
  const index = stateNames.indexOf(name);
  return index < 0 ? undefined : (index as TransactionState);
}

/**
 * The `__transaction_state` partition whose leader coordinates `transactionalId`
 * (TransactionStateManager.partitionFor: the same abs(String.hashCode) % partitions as groups).
 */
export function partitionForTransactionalId(transactionalId: string, numPartitions: number): number {
  return partitionForGroup(transactionalId, numPartitions);
}

export interface TransactionLogValue {
  producerId: number;
  producerEpoch: number;
  transactionTimeoutMs: number;
  state: TransactionState;
  /** topic -> partitions; empty in Empty. */
  partitions: { topic: string; partitions: number[] }[];
  lastUpdateTimestampMs: number;
  /** -1 when no transaction was ever started. */
  startTimestampMs: number;
}

export function encodeTransactionLogKey(transactionalId: string): Buffer {
  return new SchemaWriter().int16(TransactionLogRecordVersion.key).string(transactionalId).toBuffer();
}

export function decodeTransactionLogKey(key: Buffer): string {
  const r = new SchemaReader(key);
  const version = r.int16();
  if (version !== TransactionLogRecordVersion.key) throw new SchemaError(`unknown ${transactionStateTopicName} key version ${version}`);
  return r.string();
}

export function encodeTransactionLogValue(value: TransactionLogValue): Buffer {
  const w = new SchemaWriter()
    .int16(TransactionLogRecordVersion.value)
    .int64(value.producerId)
    .int16(value.producerEpoch)
    .int32(value.transactionTimeoutMs)
    .int8(value.state);
  if (value.state === TransactionState.Empty) {
    // Kafka writes a null partition array for Empty and refuses an Empty with partitions.
    if (value.partitions.length > 0) throw new SchemaError('an Empty transaction cannot hold partitions');
    w.int32(-1);
  } else {
    w.array(value.partitions, (pw, p) => {
      pw.string(p.topic).array(p.partitions, (iw, partition) => iw.int32(partition));
    });
  }
  return w.int64(value.lastUpdateTimestampMs).int64(value.startTimestampMs).toBuffer();
}

export function decodeTransactionLogValue(buf: Buffer): TransactionLogValue {
  const r = new SchemaReader(buf);
  const version = r.int16();
  if (version !== TransactionLogRecordVersion.value) throw new SchemaError(`unknown ${transactionStateTopicName} value version ${version}`);
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const transactionTimeoutMs = r.int32();
  const status = r.int8();
  if (status < 0 || status >= stateNames.length) throw new SchemaError(`unknown transaction status ${status}`);
  const count = r.int32();
  if (count > r.remaining()) throw new SchemaError(`partition count ${count} exceeds the ${r.remaining()} bytes left`);
  const partitions: TransactionLogValue['partitions'] = [];
  for (let i = 0; i < count; i++) partitions.push({ topic: r.string(), partitions: r.array((ir) => ir.int32()) });
  return {
    producerId, producerEpoch, transactionTimeoutMs, state: status as TransactionState, partitions,
    lastUpdateTimestampMs: r.int64(), startTimestampMs: r.int64(),
  };
}
