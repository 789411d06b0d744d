import { CliUsageError, commands, parseArgs } from './args';
import { consumeOptions } from './consume';
import { produceOptions } from './produce';
import { formatDescribe, formatHanging, formatKafkaTable, formatProducers, heldOpenByCoordinator, maxTransactionTimeoutMsDefault, openTransactions, transactionsOptions } from './transactions';

const options = (argv: string[]) => transactionsOptions(parseArgs(commands.transactions!, argv));

describe('samsa transactions arguments', () => {
  it('parses each action with its flags', () => {
    expect(options(['--list'])).toEqual({ action: 'list' });
    expect(options(['--describe', '--transactional-id', 'tx-1'])).toEqual({ action: 'describe', transactionalId: 'tx-1' });
    expect(options(['--find-hanging', '--broker-id', '2'])).toEqual({ action: 'find-hanging', brokerId: 2, topic: undefined, partition: undefined, maxTransactionTimeoutMs: maxTransactionTimeoutMsDefault });
    expect(options(['--find-hanging', '--topic', 't', '--partition=1', '--max-transaction-timeout', '60000'])).toMatchObject({ topic: 't', partition: 1, maxTransactionTimeoutMs: 60_000 });
    expect(options(['--abort', '--topic', 't', '--partition', '0', '--producer-id', '4000', '--producer-epoch', '3', '--coordinator-epoch', '7'])).toEqual({
      action: 'abort', topic: 't', partition: 0, producerId: 4000, producerEpoch: 3, coordinatorEpoch: 7,
    });
    expect(options(['--describe-producers', '--topic', 't', '--partition', '2'])).toEqual({ action: 'describe-producers', topic: 't', partition: 2 });
  });

  it('refuses no action, two actions, and missing or bad values with a clear message', () => {
    expect(() => options([])).toThrow(/exactly one of --list/);
    expect(() => options(['--list', '--describe'])).toThrow(CliUsageError);
    expect(() => options(['--describe'])).toThrow(/--describe needs --transactional-id/);
    expect(() => options(['--abort', '--topic', 't', '--partition', '0', '--producer-id', '1', '--producer-epoch', '0'])).toThrow(/needs --coordinator-epoch/);
    expect(() => options(['--abort', '--topic', 't', '--partition', '0', '--producer-id', '-1', '--producer-epoch', '0', '--coordinator-epoch', '0'])).toThrow(/--producer-id must be an integer >= 0/);
    expect(() => options(['--find-hanging'])).toThrow(/--broker-id or --topic/);
    expect(() => options(['--find-hanging', '--broker-id', '1', '--partition', '0'])).toThrow(/--partition needs --topic/);
    expect(() => options(['--find-hanging', '--broker-id', '1', '--max-transaction-timeout', '0'])).toThrow(/>= 1/);
    expect(() => parseArgs(commands.transactions!, ['--list', '--group', 'g'])).toThrow(/unknown option --group/);
  });

  it('takes --transactional-id on produce', () => {
    const produce = (argv: string[]) => produceOptions(parseArgs(commands.produce!, argv));
    expect(produce(['--topic', 't', '--transactional-id', 'cli-tx']).producer.transactionalId).toBe('cli-tx');
    expect(produce(['--topic', 't']).producer.transactionalId).toBeUndefined();
    expect(() => produce(['--topic', 't', '--transactional-id='])).toThrow(/must not be empty/);
  });

  it('takes --isolation-level on consume, read_uncommitted by default', () => {
    const consume = (argv: string[]) => consumeOptions(parseArgs(commands.consume!, argv));
    expect(consume(['--topic', 't']).isolationLevel).toBe('read_uncommitted');
    expect(consume(['--topic', 't', '--isolation-level', 'read_committed']).isolationLevel).toBe('read_committed');
    expect(() => consume(['--topic', 't', '--isolation-level', 'committed'])).toThrow(/read_committed or read_uncommitted, not 'committed'/);
  });
});

describe('samsa transactions tables (kafka-transactions.sh layout)', () => {
  it('pads each cell to its column and ends it with a tab', () => {
    expect(formatKafkaTable(['TransactionalId', 'Coordinator'], [['a-much-longer-id', '1']])).toEqual([
      'TransactionalId \tCoordinator\t',
      'a-much-longer-id\t1          \t',
    ]);
  });

  it('describes a transaction with Kafka\'s columns, None when none is open', () => {
    const base = { transactionalId: 'tx', coordinatorId: 2, producerId: 4000, producerEpoch: 1, transactionTimeoutMs: 60000, topicPartitions: [] };
    const open = formatDescribe({ ...base, state: 'Ongoing', transactionStartTimeMs: 1000, topicPartitions: [{ topic: 't', partition: 0 }, { topic: 'u', partition: 3 }] }, 4000);
    expect(open[0]!.split('\t').map((s) => s.trim())).toEqual(['CoordinatorId', 'TransactionalId', 'ProducerId', 'ProducerEpoch', 'TransactionState', 'TransactionTimeoutMs', 'CurrentTransactionStartTimeMs', 'TransactionDurationMs', 'TopicPartitions', '']);
    expect(open[1]!.split('\t').map((s) => s.trim())).toEqual(['2', 'tx', '4000', '1', 'Ongoing', '60000', '1000', '3000', 't-0,u-3', '']);
    const empty = formatDescribe({ ...base, state: 'Empty', transactionStartTimeMs: -1 }, 4000);
    expect(empty[1]!.split('\t').map((s) => s.trim()).slice(6, 8)).toEqual(['None', 'None']);
  });

  it('lists producers and hanging transactions', () => {
    const partition = { topic: 't', partition: 0, activeProducers: [
      { producerId: 7, producerEpoch: 0, lastSequence: 9, lastTimestamp: 0, coordinatorEpoch: 3, currentTransactionStartOffset: 42 },
      { producerId: 8, producerEpoch: 0, lastSequence: 1, lastTimestamp: 0, coordinatorEpoch: -1, currentTransactionStartOffset: -1 },
    ] };
    expect(formatProducers(partition)[2]!.split('\t').map((s) => s.trim())).toEqual(['8', '0', '-1', '1', '0', 'None', '']);
    const open = openTransactions([partition]);
    expect(open).toEqual([{ topic: 't', partition: 0, producerId: 7, producerEpoch: 0, coordinatorEpoch: 3, startOffset: 42, lastTimestamp: 0 }]);
    expect(formatHanging(open, 20 * 60_000)[1]!.split('\t').map((s) => s.trim())).toEqual(['t', '0', '7', '0', '3', '42', '0', '20', '']);
  });

  it('counts a transaction as held open only when its coordinator has it open on that partition at that epoch', () => {
    const t = { topic: 't', partition: 0, producerId: 7, producerEpoch: 2, coordinatorEpoch: 3, startOffset: 42, lastTimestamp: 0 };
    const d = { transactionalId: 'tx', coordinatorId: 1, state: 'Ongoing', producerId: 7, producerEpoch: 2, transactionTimeoutMs: 1, transactionStartTimeMs: 0, topicPartitions: [{ topic: 't', partition: 0 }] };
    expect(heldOpenByCoordinator(t, [d])).toBe(true);
    expect(heldOpenByCoordinator(t, [{ ...d, state: 'CompleteAbort' }])).toBe(false);
    expect(heldOpenByCoordinator(t, [{ ...d, producerEpoch: 3 }])).toBe(false);
    expect(heldOpenByCoordinator(t, [{ ...d, topicPartitions: [{ topic: 't', partition: 1 }] }])).toBe(false);
    expect(heldOpenByCoordinator(t, [])).toBe(false);
  });
});
