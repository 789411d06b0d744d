import pino from 'pino';
import { ErrorCode } from '../../../proto/errors';
import { flushPromises } from '../../../test/support/coordinator-fakes';
import { TransactionHarness } from '../../../test/support/transaction-fakes';
import { transactionLeadershipListener } from './broker-wiring';
import { TransactionState } from './transaction-log';
import { markerRetryBackoffMs } from './transaction-marker-channel';
import { topicPartitionKey } from './transaction-metadata';

async function preparedAbort(h: TransactionHarness, id: string): Promise<number> {
  const { producerId } = await h.coordinator.handleInitProducerId(id, 60_000);
  expect(await h.coordinator.handleAddPartitionsToTransaction(id, producerId, 0, [topicPartitionKey('a', 0), topicPartitionKey('b', 0)])).toBe(ErrorCode.NONE);
  expect(await h.coordinator.handleEndTransaction(id, producerId, 0, false)).toBe(ErrorCode.NONE);
  return producerId;
}

function stateOf(h: TransactionHarness, id: string): number | undefined {
  const lookup = h.state(id);
  return 'error' in lookup ? undefined : lookup.metadata?.state;
}

describe('TransactionMarkerChannelManager', () => {
  it('sends each leader its own partitions and completes only when every partition acked', async () => {
    const h = await TransactionHarness.loaded();
    h.transport.routeOf = (topic) => ({ kind: 'leader', brokerId: topic === 'a' ? 1 : 2 });
    h.transport.answer = (topic) => (topic === 'b' ? ErrorCode.NOT_ENOUGH_REPLICAS : ErrorCode.NONE);
    await preparedAbort(h, 't');
    await flushPromises();
    expect(h.transport.sent.map((s) => [s.brokerId, s.request.markers[0]!.topics.map((t) => t.name)]).sort()).toEqual([[1, ['a']], [2, ['b']]]);
    expect(stateOf(h, 't')).toBe(TransactionState.PrepareAbort);
    h.transport.answer = () => ErrorCode.NONE;
    await h.timer.advance(markerRetryBackoffMs);
    expect(h.transport.sent.filter((s) => s.brokerId === 1)).toHaveLength(1);
    expect(stateOf(h, 't')).toBe(TransactionState.CompleteAbort);
  });

  it('retries a partition whose leader is unknown, and a send that failed, after the backoff', async () => {
    const h = await TransactionHarness.loaded();
    h.transport.routeOf = () => ({ kind: 'unknown-leader' });
    await preparedAbort(h, 't');
    await flushPromises();
    expect(h.transport.sent).toHaveLength(0);
    h.transport.routeOf = () => ({ kind: 'leader', brokerId: 3 });
    const send = h.transport.send.bind(h.transport);
    let failures = 1;
    h.transport.send = async (brokerId, request) => {
      if (failures-- > 0) throw new Error('connection refused');
      return send(brokerId, request);
    };
    await h.timer.advance(markerRetryBackoffMs);
    expect(stateOf(h, 't')).toBe(TransactionState.PrepareAbort);
    await h.timer.advance(markerRetryBackoffMs);
    expect(stateOf(h, 't')).toBe(TransactionState.CompleteAbort);
  });

  it('stops sending for a transaction a leader reports fenced, and drops the entries of an unloaded partition', async () => {
    const h = await TransactionHarness.loaded();
    h.transport.answer = () => ErrorCode.TRANSACTION_COORDINATOR_FENCED;
    await preparedAbort(h, 'fenced');
    await flushPromises();
    const sends = h.transport.sent.length;
    await h.timer.advance(markerRetryBackoffMs * 5);
    expect(h.transport.sent).toHaveLength(sends);
    expect(stateOf(h, 'fenced')).toBe(TransactionState.PrepareAbort);

    h.transport.answer = () => ErrorCode.NOT_LEADER_OR_FOLLOWER;
    await preparedAbort(h, 'unloaded');
    await flushPromises();
    h.coordinator.onResignation(0);
    const before = h.transport.sent.length;
    await h.timer.advance(markerRetryBackoffMs * 5);
    expect(h.transport.sent).toHaveLength(before);
  });

  it('loads a partition at its leader epoch on election and unloads it on resignation', async () => {
    const h = new TransactionHarness();
    const listener = transactionLeadershipListener(h.coordinator, (p) => (p === 0 ? 7 : undefined), pino({ enabled: false }));
    listener([{ topic: '__consumer_offsets', partition: 0 }, { topic: '__transaction_state', partition: 0 }], []);
    await flushPromises();
    const init = await h.coordinator.handleInitProducerId('t', 60_000);
    expect(init.errorCode).toBe(ErrorCode.NONE);
    const lookup = h.state('t');
    expect('error' in lookup ? undefined : lookup.coordinatorEpoch).toBe(7);
    listener([], [{ topic: '__transaction_state', partition: 0 }]);
    expect((await h.coordinator.handleInitProducerId('t', 60_000)).errorCode).toBe(ErrorCode.NOT_COORDINATOR);
  });
});
