import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import { InvalidTxnStateError, ProducerFencedError, TransactionAbortableError } from '../errors';
import { createLogger } from '../logger';
import { type ProducerBatch } from './accumulator';
import { PartitionGate, Transaction, type TransactionalProducer } from './transaction';
import { type TransactionManager } from './transaction-manager';
import { TransactionState, TransactionStateMachine } from './transaction-state';

const logger = createLogger({ logLevel: 'error', clientId: 'test' });

/** A transaction coordinator that records calls; `fail` makes the next call of a kind throw. */
function fakeManager() {
  const calls: string[] = [];
  const fail = new Map<string, Error>();
  const machine = new TransactionStateMachine();
  const call = async (name: string): Promise<void> => {
    await Promise.resolve();
    calls.push(name);
    const err = fail.get(name);
    if (err !== undefined) {
      fail.delete(name);
      throw err;
    }
  };
  const manager = {
    machine,
    addPartitions: (ps: Array<{ topic: string; partition: number }>) => call(`add ${ps.map((p) => `${p.topic}-${p.partition}`).join(',')}`),
    // As the real one: AddOffsetsToTxn puts the transaction on the coordinator.
    sendOffsets: (group: { groupId: string; generationId?: number }) => {
      machine.markStartedAtCoordinator();
      return call(`offsets ${group.groupId} gen ${group.generationId ?? -1}`);
    },
    endTxn: (committed: boolean) => call(committed ? 'commit' : 'abort'),
  };
  return { manager: manager as unknown as TransactionManager, machine, calls, fail };
}

function fakeProducer(over: Partial<TransactionalProducer> = {}) {
  const log: string[] = [];
  const producer: TransactionalProducer = {
    sendInTransaction: () => Promise.resolve([]),
    flush: () => Promise.resolve(),
    abortUnsent: () => {
      log.push('abortUnsent');
      return false;
    },
    bumpEpoch: () => {
      log.push('bumpEpoch');
      return Promise.resolve();
    },
    wakeup: () => undefined,
    ...over,
  };
  return { producer, log };
}

function begin(over: Partial<TransactionalProducer> = {}) {
  const f = fakeManager();
  const p = fakeProducer(over);
  f.machine.transitionTo(TransactionState.Ready);
  const gate = new PartitionGate(f.manager, p.producer, logger);
  f.machine.transitionTo(TransactionState.InTransaction);
  return { ...f, ...p, gate, tx: new Transaction(f.manager, p.producer, gate) };
}

const batch = (topic: string, partition: number, baseSequence = 0) => ({ topic, partition, baseSequence }) as ProducerBatch;

describe('TransactionStateMachine', () => {
  it('follows Kafka\'s transitions and refuses the others', () => {
    const m = new TransactionStateMachine();
    expect(() => m.transitionTo(TransactionState.InTransaction)).toThrow(InvalidTxnStateError);
    m.transitionTo(TransactionState.Ready);
    m.transitionTo(TransactionState.InTransaction);
    expect(() => m.transitionTo(TransactionState.InTransaction)).toThrow(/IN_TRANSACTION -> IN_TRANSACTION/);
    m.transitionTo(TransactionState.AbortableError, new Error('boom'));
    expect(() => m.transitionTo(TransactionState.Committing)).toThrow(InvalidTxnStateError);
    m.transitionTo(TransactionState.Aborting);
    m.transitionTo(TransactionState.Ready);
    expect(m.lastError).toBeUndefined();
    m.transitionTo(TransactionState.FatalError, new Error('fenced'));
    expect(() => m.transitionTo(TransactionState.Ready)).toThrow(InvalidTxnStateError);
  });

  it('asks for each partition once, batches the asks, and forgets them when the transaction ends', () => {
    const m = new TransactionStateMachine();
    expect(m.isPartitionAdded('t', 0)).toBe(false);
    expect(m.isPartitionAdded('t', 0)).toBe(false);
    expect(m.isPartitionAdded('t', 1)).toBe(false);
    const asked = m.takePendingPartitions();
    expect(asked).toEqual([{ topic: 't', partition: 0 }, { topic: 't', partition: 1 }]);
    expect(m.isPartitionAdded('t', 0)).toBe(false);
    expect(m.hasPendingPartitions).toBe(false);
    m.onPartitionsAdded(asked);
    expect(m.isPartitionAdded('t', 1)).toBe(true);
    expect(m.isStartedAtCoordinator).toBe(true);
    m.transitionTo(TransactionState.Ready);
    expect(m.isPartitionAdded('t', 1)).toBe(false);
  });
});

describe('Transaction', () => {
  it('commits without EndTxn when nothing reached the coordinator', async () => {
    const { tx, calls, machine } = begin();
    await tx.commit();
    expect(calls).toEqual([]);
    expect(machine.state).toBe(TransactionState.Ready);
    expect(tx.isActive()).toBe(false);
  });

  it('adds the partitions a drain meets in one AddPartitionsToTxn, then commits with EndTxn', async () => {
    const { tx, gate, calls } = begin();
    expect(gate.admit(batch('a', 0))).toBe(false);
    expect(gate.admit(batch('b', 2))).toBe(false);
    expect(gate.blocked('a', 0)).toBe(true);
    gate.afterDrain();
    gate.afterDrain(); // one request at a time
    await new Promise((r) => setImmediate(r));
    expect(calls).toEqual(['add a-0,b-2']);
    expect(gate.admit(batch('a', 0))).toBe(true);
    await tx.sendOffsets({ consumerGroupId: 'g', topics: [{ topic: 'in', partitions: [{ partition: 0, offset: 5 }] }] });
    await tx.commit();
    expect(calls).toEqual(['add a-0,b-2', 'offsets g gen -1', 'commit']);
  });

  it('passes a consumer\'s group metadata with the offsets (KIP-447)', async () => {
    const { tx, calls } = begin();
    const consumer = { groupMetadata: () => ({ groupId: 'g2', generationId: 7, memberId: 'm-1', groupInstanceId: null }) };
    await tx.sendOffsets({ consumer, topics: [] });
    expect(calls).toEqual(['offsets g2 gen 7']);
  });

  it('a failed send makes the transaction abortable: commit refuses, abort ends it and bumps the epoch', async () => {
    const sendError = new SamsaProtocolError(ErrorCode.MESSAGE_TOO_LARGE);
    const { tx, gate, calls, log, machine } = begin({ sendInTransaction: () => Promise.reject(sendError) });
    gate.admit(batch('a', 0));
    gate.afterDrain();
    await new Promise((r) => setImmediate(r));
    gate.onBatchFailed(batch('a', 0, 3), sendError);
    await expect(tx.send({ topic: 'a', messages: [{ value: 'x' }] })).rejects.toBeInstanceOf(TransactionAbortableError);
    expect(machine.state).toBe(TransactionState.AbortableError);
    await expect(tx.commit()).rejects.toBeInstanceOf(TransactionAbortableError);
    await expect(tx.send({ topic: 'a', messages: [{ value: 'y' }] })).rejects.toMatchObject({ cause: sendError });
    await tx.abort();
    expect(calls).toEqual(['add a-0', 'abort']);
    expect(log).toEqual(['abortUnsent', 'bumpEpoch']);
    expect(machine.state).toBe(TransactionState.Ready);
  });

  it('a clean abort keeps the epoch', async () => {
    const { tx, gate, log, calls } = begin();
    gate.admit(batch('a', 0));
    gate.afterDrain();
    await new Promise((r) => setImmediate(r));
    await tx.abort();
    expect(calls).toEqual(['add a-0', 'abort']);
    expect(log).toEqual(['abortUnsent']);
  });

  it('fencing on EndTxn is fatal: ProducerFencedError now and on every later call', async () => {
    const { tx, fail, machine } = begin();
    await tx.sendOffsets({ consumerGroupId: 'g', topics: [] });
    fail.set('commit', new SamsaProtocolError(ErrorCode.PRODUCER_FENCED));
    await expect(tx.commit()).rejects.toBeInstanceOf(ProducerFencedError);
    expect(machine.state).toBe(TransactionState.FatalError);
    await expect(tx.abort()).rejects.toBeInstanceOf(ProducerFencedError);
    await expect(tx.send({ topic: 'a', messages: [] })).rejects.toBeInstanceOf(ProducerFencedError);
  });

  it('INVALID_PRODUCER_EPOCH from a partition leader fences too', async () => {
    const { tx, gate, machine } = begin();
    gate.onBatchFailed(batch('a', 0), new SamsaProtocolError(ErrorCode.INVALID_PRODUCER_EPOCH));
    expect(machine.state).toBe(TransactionState.FatalError);
    await expect(tx.commit()).rejects.toMatchObject({ name: 'ProducerFencedError', code: ErrorCode.INVALID_PRODUCER_EPOCH });
  });

  it('a failed AddPartitionsToTxn breaks the transaction and drops what waits', async () => {
    const { tx, gate, fail, log, machine } = begin();
    fail.set('add a-0', new SamsaProtocolError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION));
    gate.admit(batch('a', 0));
    gate.afterDrain();
    await new Promise((r) => setImmediate(r));
    expect(machine.state).toBe(TransactionState.AbortableError);
    gate.afterDrain();
    expect(log).toEqual(['abortUnsent']);
    await expect(tx.commit()).rejects.toBeInstanceOf(TransactionAbortableError);
  });

  it('refuses commit and abort once the transaction is over', async () => {
    const { tx } = begin();
    await tx.commit();
    await expect(tx.commit()).rejects.toBeInstanceOf(InvalidTxnStateError);
    await expect(tx.abort()).rejects.toBeInstanceOf(InvalidTxnStateError);
  });
});
