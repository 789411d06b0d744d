import { ErrorCode } from '../../../proto/errors';
import { flushPromises } from '../../../test/support/coordinator-fakes';
import { TransactionHarness } from '../../../test/support/transaction-fakes';
import { TransactionState } from './transaction-log';
import { topicPartitionKey, type TransactionMetadata } from './transaction-metadata';
import { markerRetryBackoffMs } from './transaction-marker-channel';
import { describeTransaction, listTransactions } from './transaction-queries';

const tp = (topic: string, partition: number): string => topicPartitionKey(topic, partition);

function metadataOf(h: TransactionHarness, id: string): TransactionMetadata {
  const lookup = h.state(id);
  if ('error' in lookup || lookup.metadata === undefined) throw new Error(`no state for ${id}`);
  return lookup.metadata;
}

async function initialized(h: TransactionHarness, id: string, timeoutMs = 60_000): Promise<{ producerId: number; producerEpoch: number }> {
  const r = await h.coordinator.handleInitProducerId(id, timeoutMs);
  expect(r.errorCode).toBe(ErrorCode.NONE);
  return r;
}

describe('TransactionCoordinator InitProducerId', () => {
  it('hands a new id epoch 0, and a second instance the same id at a bumped epoch that fences the first', async () => {
    const h = await TransactionHarness.loaded();
    expect(await h.coordinator.handleInitProducerId('t1', 60_000)).toEqual({ errorCode: ErrorCode.NONE, producerId: 1000, producerEpoch: 0 });
    expect(await h.coordinator.handleInitProducerId('t1', 60_000)).toEqual({ errorCode: ErrorCode.NONE, producerId: 1000, producerEpoch: 1 });
    expect(await h.coordinator.handleAddPartitionsToTransaction('t1', 1000, 0, [tp('a', 0)])).toBe(ErrorCode.PRODUCER_FENCED);
    expect(await h.coordinator.handleEndTransaction('t1', 1000, 0, true)).toBe(ErrorCode.PRODUCER_FENCED);
    expect(h.log.recordCount(0)).toBe(2);
  });

  it('refuses a timeout above transaction.max.timeout.ms or not positive with INVALID_TRANSACTION_TIMEOUT and stores nothing', async () => {
    const h = await TransactionHarness.loaded({ overrides: { 'transaction.max.timeout.ms': '10000' } });
    expect((await h.coordinator.handleInitProducerId('t', 10_001)).errorCode).toBe(ErrorCode.INVALID_TRANSACTION_TIMEOUT);
    expect((await h.coordinator.handleInitProducerId('t', 0)).errorCode).toBe(ErrorCode.INVALID_TRANSACTION_TIMEOUT);
    expect(h.log.recordCount(0)).toBe(0);
  });

  it('KIP-360: the current producer id and epoch bump; a stale epoch is fenced; an unknown id is fenced', async () => {
    const h = await TransactionHarness.loaded();
    await initialized(h, 't');
    expect(await h.coordinator.handleInitProducerId('t', 60_000, { producerId: 1000, producerEpoch: 0 })).toMatchObject({ errorCode: ErrorCode.NONE, producerEpoch: 1 });
    // A retry of that bump (its answer lost) gets the same epoch again.
    expect(await h.coordinator.handleInitProducerId('t', 60_000, { producerId: 1000, producerEpoch: 0 })).toMatchObject({ errorCode: ErrorCode.NONE, producerEpoch: 1 });
    await initialized(h, 't'); // a new instance: epoch 2, last epoch forgotten
    expect((await h.coordinator.handleInitProducerId('t', 60_000, { producerId: 1000, producerEpoch: 1 })).errorCode).toBe(ErrorCode.PRODUCER_FENCED);
    expect((await h.coordinator.handleInitProducerId('t', 60_000, { producerId: 77, producerEpoch: 2 })).errorCode).toBe(ErrorCode.PRODUCER_FENCED);
  });

  it('rotates to a new producer id when the epoch is exhausted', async () => {
    const h = await TransactionHarness.loaded();
    await initialized(h, 't');
    metadataOf(h, 't').producerEpoch = 32_766;
    expect(await h.coordinator.handleInitProducerId('t', 60_000)).toEqual({ errorCode: ErrorCode.NONE, producerId: 1001, producerEpoch: 0 });
  });

  it('aborts the old instance\'s open transaction first: CONCURRENT_TRANSACTIONS until the abort completes, then a second bump', async () => {
    const h = await TransactionHarness.loaded();
    const { producerId } = await initialized(h, 't');
    expect(await h.coordinator.handleAddPartitionsToTransaction('t', producerId, 0, [tp('a', 0)])).toBe(ErrorCode.NONE);
    h.transport.holdSends();
    expect((await h.coordinator.handleInitProducerId('t', 60_000)).errorCode).toBe(ErrorCode.CONCURRENT_TRANSACTIONS);
    expect(metadataOf(h, 't').state).toBe(TransactionState.PrepareAbort);
    expect(metadataOf(h, 't').producerEpoch).toBe(1);
    expect((await h.coordinator.handleInitProducerId('t', 60_000)).errorCode).toBe(ErrorCode.CONCURRENT_TRANSACTIONS);
    h.transport.releaseSends();
    await flushPromises();
    expect(h.transport.sent[0]!.request.markers).toEqual([{ producerId, producerEpoch: 1, transactionResult: false, coordinatorEpoch: 1, topics: [{ name: 'a', partitionIndexes: [0] }] }]);
    expect(metadataOf(h, 't').state).toBe(TransactionState.CompleteAbort);
    expect(await h.coordinator.handleInitProducerId('t', 60_000)).toEqual({ errorCode: ErrorCode.NONE, producerId, producerEpoch: 2 });
  });
});

describe('TransactionCoordinator transactions', () => {
  it('commits: Ongoing -> PrepareCommit (answered) -> markers -> CompleteCommit; retries behave as Kafka\'s', async () => {
    const h = await TransactionHarness.loaded();
    const { producerId, producerEpoch } = await initialized(h, 't');
    expect(await h.coordinator.handleAddPartitionsToTransaction('t', producerId, producerEpoch, [tp('a', 0), tp('a', 1)])).toBe(ErrorCode.NONE);
    expect(await h.coordinator.handleAddPartitionsToTransaction('t', producerId, producerEpoch, [tp('__consumer_offsets', 3)])).toBe(ErrorCode.NONE);
    expect(metadataOf(h, 't').state).toBe(TransactionState.Ongoing);
    h.transport.holdSends();
    expect(await h.coordinator.handleEndTransaction('t', producerId, producerEpoch, true)).toBe(ErrorCode.NONE);
    expect(metadataOf(h, 't').state).toBe(TransactionState.PrepareCommit);
    expect(await h.coordinator.handleEndTransaction('t', producerId, producerEpoch, true)).toBe(ErrorCode.CONCURRENT_TRANSACTIONS);
    expect(await h.coordinator.handleAddPartitionsToTransaction('t', producerId, producerEpoch, [tp('b', 0)])).toBe(ErrorCode.CONCURRENT_TRANSACTIONS);
    h.transport.releaseSends();
    await flushPromises();
    const markers = h.transport.sent.flatMap((s) => s.request.markers);
    expect(markers.every((m) => m.transactionResult && m.producerEpoch === producerEpoch)).toBe(true);
    expect(markers.flatMap((m) => m.topics.flatMap((t) => t.partitionIndexes.map((p) => `${t.name}-${p}`))).sort()).toEqual(['__consumer_offsets-3', 'a-0', 'a-1']);
    expect(metadataOf(h, 't').state).toBe(TransactionState.CompleteCommit);
    expect(await h.coordinator.handleEndTransaction('t', producerId, producerEpoch, true)).toBe(ErrorCode.NONE);
    expect(await h.coordinator.handleEndTransaction('t', producerId, producerEpoch, false)).toBe(ErrorCode.INVALID_TXN_STATE);
    // The next transaction starts from CompleteCommit.
    expect(await h.coordinator.handleAddPartitionsToTransaction('t', producerId, producerEpoch, [tp('b', 0)])).toBe(ErrorCode.NONE);
  });

  it('answers out-of-order and wrong-producer calls with Kafka\'s errors and changes nothing', async () => {
    const h = await TransactionHarness.loaded();
    const { producerId } = await initialized(h, 't');
    const records = h.log.recordCount(0);
    expect(await h.coordinator.handleEndTransaction('t', producerId, 0, true)).toBe(ErrorCode.INVALID_TXN_STATE);
    expect(await h.coordinator.handleEndTransaction('t', producerId, 0, false)).toBe(ErrorCode.INVALID_TXN_STATE);
    expect(await h.coordinator.handleEndTransaction('unknown', producerId, 0, true)).toBe(ErrorCode.INVALID_PRODUCER_ID_MAPPING);
    expect(await h.coordinator.handleAddPartitionsToTransaction('unknown', producerId, 0, [tp('a', 0)])).toBe(ErrorCode.INVALID_PRODUCER_ID_MAPPING);
    expect(await h.coordinator.handleAddPartitionsToTransaction('t', producerId + 1, 0, [tp('a', 0)])).toBe(ErrorCode.INVALID_PRODUCER_ID_MAPPING);
    expect(await h.coordinator.handleEndTransaction('t', producerId + 1, 0, true)).toBe(ErrorCode.INVALID_PRODUCER_ID_MAPPING);
    expect(await h.coordinator.handleEndTransaction('', producerId, 0, true)).toBe(ErrorCode.INVALID_REQUEST);
    expect(h.log.recordCount(0)).toBe(records);
    expect(metadataOf(h, 't').state).toBe(TransactionState.Empty);
  });

  it('keeps the state when the log append fails and serves the id again afterwards', async () => {
    const h = await TransactionHarness.loaded();
    const { producerId } = await initialized(h, 't');
    h.log.failNextAppend(0, ErrorCode.NOT_ENOUGH_REPLICAS);
    expect(await h.coordinator.handleAddPartitionsToTransaction('t', producerId, 0, [tp('a', 0)])).toBe(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    expect(metadataOf(h, 't').state).toBe(TransactionState.Empty);
    expect(metadataOf(h, 't').pendingTransitionInProgress).toBe(false);
    expect(await h.coordinator.handleAddPartitionsToTransaction('t', producerId, 0, [tp('a', 0)])).toBe(ErrorCode.NONE);
  });

  it('retries markers a leader refused, with backoff, until they are written', async () => {
    const h = await TransactionHarness.loaded();
    const { producerId } = await initialized(h, 't');
    await h.coordinator.handleAddPartitionsToTransaction('t', producerId, 0, [tp('a', 0)]);
    h.transport.answer = () => ErrorCode.NOT_LEADER_OR_FOLLOWER;
    expect(await h.coordinator.handleEndTransaction('t', producerId, 0, false)).toBe(ErrorCode.NONE);
    await flushPromises();
    expect(h.transport.sent).toHaveLength(1);
    await h.timer.advance(markerRetryBackoffMs);
    expect(h.transport.sent).toHaveLength(2);
    expect(metadataOf(h, 't').state).toBe(TransactionState.PrepareAbort);
    h.transport.answer = () => ErrorCode.NONE;
    await h.timer.advance(markerRetryBackoffMs);
    expect(metadataOf(h, 't').state).toBe(TransactionState.CompleteAbort);
  });

  it('needs no marker for a deleted topic', async () => {
    const h = await TransactionHarness.loaded();
    const { producerId } = await initialized(h, 't');
    await h.coordinator.handleAddPartitionsToTransaction('t', producerId, 0, [tp('gone', 0)]);
    h.transport.routeOf = () => ({ kind: 'deleted-topic' });
    expect(await h.coordinator.handleEndTransaction('t', producerId, 0, true)).toBe(ErrorCode.NONE);
    await flushPromises();
    expect(h.transport.sent).toHaveLength(0);
    expect(metadataOf(h, 't').state).toBe(TransactionState.CompleteCommit);
  });
});

describe('TransactionCoordinator loading, timeouts and expiration', () => {
  it('answers NOT_COORDINATOR for a partition it does not lead and COORDINATOR_LOAD_IN_PROGRESS while loading', async () => {
    const h = new TransactionHarness();
    expect((await h.coordinator.handleInitProducerId('t', 60_000)).errorCode).toBe(ErrorCode.NOT_COORDINATOR);
    expect(describeTransaction(h.coordinator.stateManager, 't').errorCode).toBe(ErrorCode.NOT_COORDINATOR);
    const loading = h.coordinator.onElection(0, 1);
    expect((await h.coordinator.handleInitProducerId('t', 60_000)).errorCode).toBe(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS);
    await loading;
    h.coordinator.onResignation(0);
    expect(describeTransaction(h.coordinator.stateManager, 't').errorCode).toBe(ErrorCode.NOT_COORDINATOR);
  });

  it('a new coordinator loads a PrepareCommit transaction from the log, sends its markers at its own epoch and completes it', async () => {
    const first = await TransactionHarness.loaded();
    const { producerId } = await initialized(first, 't');
    await first.coordinator.handleAddPartitionsToTransaction('t', producerId, 0, [tp('a', 2)]);
    first.transport.holdSends();
    expect(await first.coordinator.handleEndTransaction('t', producerId, 0, true)).toBe(ErrorCode.NONE);
    first.coordinator.onResignation(0); // the old coordinator dies before its markers land

    const second = await TransactionHarness.loaded({ log: first.log }, 5);
    await flushPromises();
    expect(second.transport.sent.map((s) => s.request.markers)).toEqual([[{
      producerId, producerEpoch: 0, transactionResult: true, coordinatorEpoch: 5, topics: [{ name: 'a', partitionIndexes: [2] }],
    }]]);
    expect(metadataOf(second, 't').state).toBe(TransactionState.CompleteCommit);
    first.transport.releaseSends();
    await flushPromises();
    expect(metadataOf(second, 't').state).toBe(TransactionState.CompleteCommit);
  });

  it('aborts an Ongoing transaction past its timeout under a bumped epoch', async () => {
    const h = await TransactionHarness.loaded({ overrides: { 'transaction.abort.timed.out.transaction.cleanup.interval.ms': '1000' } });
    h.coordinator.startup();
    const { producerId } = await initialized(h, 't', 5_000);
    await h.coordinator.handleAddPartitionsToTransaction('t', producerId, 0, [tp('a', 0)]);
    await h.timer.advance(4_000);
    expect(metadataOf(h, 't').state).toBe(TransactionState.Ongoing);
    await h.timer.advance(2_000);
    expect(metadataOf(h, 't').state).toBe(TransactionState.CompleteAbort);
    expect(metadataOf(h, 't').producerEpoch).toBe(1);
    expect(h.transport.sent[0]!.request.markers[0]).toMatchObject({ producerId, producerEpoch: 1, transactionResult: false });
    expect(await h.coordinator.handleEndTransaction('t', producerId, 0, true)).toBe(ErrorCode.PRODUCER_FENCED);
    await h.coordinator.shutdown();
  });

  it('removes ids idle longer than transactional.id.expiration.ms with a tombstone', async () => {
    const h = await TransactionHarness.loaded({
      overrides: { 'transactional.id.expiration.ms': '10000', 'transaction.remove.expired.transaction.cleanup.interval.ms': '1000' },
    });
    h.coordinator.startup();
    await initialized(h, 'idle');
    const records = h.log.recordCount(0);
    await h.timer.advance(11_000);
    expect(describeTransaction(h.coordinator.stateManager, 'idle').errorCode).toBe(ErrorCode.TRANSACTIONAL_ID_NOT_FOUND);
    expect(h.log.recordCount(0)).toBe(records + 1);
    await h.coordinator.shutdown();
    const reloaded = await TransactionHarness.loaded({ log: h.log });
    expect(describeTransaction(reloaded.coordinator.stateManager, 'idle').errorCode).toBe(ErrorCode.TRANSACTIONAL_ID_NOT_FOUND);
  });

  it('describes and lists its transactions with filters and names unknown state filters', async () => {
    const h = await TransactionHarness.loaded();
    const { producerId } = await initialized(h, 'x');
    await initialized(h, 'y');
    await h.coordinator.handleAddPartitionsToTransaction('x', producerId, 0, [tp('a', 1), tp('a', 0)]);
    expect(describeTransaction(h.coordinator.stateManager, 'x')).toMatchObject({
      errorCode: ErrorCode.NONE, transactionState: 'Ongoing', producerId, producerEpoch: 0, topics: [{ topic: 'a', partitions: [0, 1] }],
    });
    const listed = listTransactions(h.coordinator.stateManager, { stateFilters: ['Ongoing', 'Bogus'], producerIdFilters: [] });
    expect(listed).toMatchObject({ errorCode: ErrorCode.NONE, unknownStateFilters: ['Bogus'], transactionStates: [{ transactionalId: 'x', transactionState: 'Ongoing' }] });
    expect(listTransactions(h.coordinator.stateManager, { stateFilters: [], producerIdFilters: [] }).transactionStates.map((t) => t.transactionalId)).toEqual(['x', 'y']);
  });
});
