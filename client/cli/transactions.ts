/**
 * `samsa transactions`: Kafka 3's kafka-transactions.sh (TransactionsCommand) with its actions
 * and tables: --list, --describe, --describe-producers, --find-hanging and --abort. Tables are
 * printed as Kafka prints them: each cell padded to its column's widest value, then a tab.
 *
 * A hanging transaction (KIP-664) is one open on a partition that its coordinator does not hold
 * open for that partition and epoch, and that is older than the largest transaction timeout
 * (--max-transaction-timeout, default 15 minutes as Kafka's tool): nothing will ever finish it,
 * and it holds the partition's last stable offset back until --abort writes its marker.
 */

import { type Admin } from '../admin/admin';
import { type PartitionProducers, type TransactionDescription } from '../admin/transactions';
import { CliUsageError, type ParsedArgs, intArg, stringArg } from './args';
import { type CliIo, write } from './output';
import { type TopicPartition } from '../../proto/topic-partition';

/** Kafka's FindHangingTransactionsCommand default for --max-transaction-timeout. */
export const maxTransactionTimeoutMsDefault = 15 * 60 * 1000;
const none = 'None';
const openStates = new Set(['Ongoing', 'PrepareCommit', 'PrepareAbort', 'PrepareEpochFence']);

export type TransactionsOptions =
  | { action: 'list' }
  | { action: 'describe'; transactionalId: string }
  | { action: 'describe-producers'; topic: string; partition: number }
  | { action: 'find-hanging'; brokerId?: number; topic?: string; partition?: number; maxTransactionTimeoutMs: number }
  | { action: 'abort'; topic: string; partition: number; producerId: number; producerEpoch: number; coordinatorEpoch: number };

const actions = ['list', 'describe', 'describe-producers', 'find-hanging', 'abort'] as const;

export function transactionsOptions(args: ParsedArgs): TransactionsOptions {
  const chosen = actions.filter((a) => args[a] === true);
  if (chosen.length !== 1) throw new CliUsageError(`transactions needs exactly one of ${actions.map((a) => `--${a}`).join(', ')}`);
  const required = (name: string): string => {
    const v = stringArg(args, name);
    if (v === undefined || v.length === 0) throw new CliUsageError(`transactions --${chosen[0]} needs --${name}`);
    return v;
  };
  const requiredInt = (name: string): number => {
    required(name);
    return intArg(args, name)!;
  };
  switch (chosen[0]!) {
    case 'list':
      return { action: 'list' };
    case 'describe':
      return { action: 'describe', transactionalId: required('transactional-id') };
    case 'describe-producers':
      return { action: 'describe-producers', topic: required('topic'), partition: requiredInt('partition') };
    case 'find-hanging': {
      const brokerId = intArg(args, 'broker-id');
      const topic = stringArg(args, 'topic');
      if ((brokerId === undefined) === (topic === undefined)) throw new CliUsageError('transactions --find-hanging needs --broker-id or --topic (not both)');
      const partition = intArg(args, 'partition');
      if (partition !== undefined && topic === undefined) throw new CliUsageError('--partition needs --topic');
      return { action: 'find-hanging', brokerId, topic, partition, maxTransactionTimeoutMs: intArg(args, 'max-transaction-timeout', 1) ?? maxTransactionTimeoutMsDefault };
    }
    case 'abort':
      return {
        action: 'abort',
        topic: required('topic'),
        partition: requiredInt('partition'),
        producerId: requiredInt('producer-id'),
        producerEpoch: requiredInt('producer-epoch'),
        coordinatorEpoch: requiredInt('coordinator-epoch'),
      };
  }
}

export async function runTransactions(admin: Admin, options: TransactionsOptions, io: CliIo, nowMs = Date.now()): Promise<void> {
  const print = (lines: string[]): Promise<void> | undefined => write(io.stdout, lines.map((l) => `${l}\n`).join(''));
  switch (options.action) {
    case 'list': {
      const rows = (await admin.listTransactions()).map((t) => [t.transactionalId, String(t.coordinatorId), String(t.producerId), t.state]);
      return print(formatKafkaTable(['TransactionalId', 'Coordinator', 'ProducerId', 'TransactionState'], rows));
    }
    case 'describe': {
      const [t] = await admin.describeTransactions([options.transactionalId]);
      return print(formatDescribe(t!, nowMs));
    }
    case 'describe-producers': {
      const [p] = await admin.describeProducers([{ topic: options.topic, partition: options.partition }]);
      return print(formatProducers(p!));
    }
    case 'find-hanging': {
      const hanging = await findHanging(admin, options, nowMs);
      if (hanging.length === 0) return print(['No hanging transactions found.']);
      return print(formatHanging(hanging, nowMs));
    }
    case 'abort':
      await admin.abortTransaction(options);
      return print([`Aborted the transaction of producer ${options.producerId} (epoch ${options.producerEpoch}) on ${options.topic}-${options.partition}.`]);
  }
}

/** Kafka's TransactionsCommand.prettyPrintTable: cells padded to the column width, each followed by a tab. */
export function formatKafkaTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => `${c.padEnd(widths[i]!)}\t`).join('');
  return [line(headers), ...rows.map(line)];
}

export function formatDescribe(t: TransactionDescription, nowMs: number): string[] {
  const started = t.transactionStartTimeMs >= 0;
  return formatKafkaTable(
    ['CoordinatorId', 'TransactionalId', 'ProducerId', 'ProducerEpoch', 'TransactionState', 'TransactionTimeoutMs', 'CurrentTransactionStartTimeMs', 'TransactionDurationMs', 'TopicPartitions'],
    [[
      String(t.coordinatorId), t.transactionalId, String(t.producerId), String(t.producerEpoch), t.state, String(t.transactionTimeoutMs),
      started ? String(t.transactionStartTimeMs) : none, started ? String(nowMs - t.transactionStartTimeMs) : none,
      t.topicPartitions.map((tp) => `${tp.topic}-${tp.partition}`).join(','),
    ]],
  );
}

export function formatProducers(p: PartitionProducers): string[] {
  return formatKafkaTable(
    ['ProducerId', 'ProducerEpoch', 'LatestCoordinatorEpoch', 'LastSequence', 'LastTimestamp', 'CurrentTransactionStartOffset'],
    p.activeProducers.map((s) => [
      String(s.producerId), String(s.producerEpoch), String(s.coordinatorEpoch), String(s.lastSequence), String(s.lastTimestamp),
      s.currentTransactionStartOffset >= 0 ? String(s.currentTransactionStartOffset) : none,
    ]),
  );
}

export interface OpenTransaction extends TopicPartition {
  producerId: number;
  producerEpoch: number;
  coordinatorEpoch: number;
  startOffset: number;
  lastTimestamp: number;
}

export function formatHanging(rows: readonly OpenTransaction[], nowMs: number): string[] {
  return formatKafkaTable(
    ['Topic', 'Partition', 'ProducerId', 'ProducerEpoch', 'CoordinatorEpoch', 'StartOffset', 'LastTimestamp', 'Duration(min)'],
    rows.map((r) => [r.topic, String(r.partition), String(r.producerId), String(r.producerEpoch), String(r.coordinatorEpoch), String(r.startOffset),
      String(r.lastTimestamp), String(Math.floor((nowMs - r.lastTimestamp) / 60_000))]),
  );
}

/** Open transactions older than the timeout whose coordinator does not hold them open on that partition. */
async function findHanging(admin: Admin, options: Extract<TransactionsOptions, { action: 'find-hanging' }>, nowMs: number): Promise<OpenTransaction[]> {
  const partitions = await partitionsToSearch(admin, options);
  if (partitions.length === 0) return [];
  const old = openTransactions(await admin.describeProducers(partitions)).filter((t) => nowMs - t.lastTimestamp > options.maxTransactionTimeoutMs);
  if (old.length === 0) return [];
  const listed = await admin.listTransactions({ producerIds: [...new Set(old.map((t) => t.producerId))] });
  const described = listed.length === 0 ? [] : await admin.describeTransactions([...new Set(listed.map((l) => l.transactionalId))]);
  return old.filter((t) => !heldOpenByCoordinator(t, described));
}

export function openTransactions(partitions: readonly PartitionProducers[]): OpenTransaction[] {
  return partitions.flatMap((p) => p.activeProducers
    .filter((s) => s.currentTransactionStartOffset >= 0)
    .map((s) => ({ topic: p.topic, partition: p.partition, producerId: s.producerId, producerEpoch: s.producerEpoch, coordinatorEpoch: s.coordinatorEpoch, startOffset: s.currentTransactionStartOffset, lastTimestamp: s.lastTimestamp })));
}

/** Kafka's rule: the coordinator's transaction of that producer and epoch is open and includes the partition. */
export function heldOpenByCoordinator(t: OpenTransaction, described: readonly TransactionDescription[]): boolean {
  return described.some((d) => d.producerId === t.producerId && d.producerEpoch === t.producerEpoch && openStates.has(d.state)
    && d.topicPartitions.some((tp) => tp.topic === t.topic && tp.partition === t.partition));
}

async function partitionsToSearch(admin: Admin, options: Extract<TransactionsOptions, { action: 'find-hanging' }>): Promise<TopicPartition[]> {
  if (options.topic !== undefined && options.partition !== undefined) return [{ topic: options.topic, partition: options.partition }];
  const { topics } = await admin.fetchTopicMetadata(options.topic === undefined ? {} : { topics: [options.topic] });
  return topics.flatMap((t) => t.partitions
    .filter((p) => options.brokerId === undefined || p.leader === options.brokerId)
    .map((p) => ({ topic: t.name, partition: p.partitionId })));
}
