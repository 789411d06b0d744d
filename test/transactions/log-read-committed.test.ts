/**
 * The log side of transactions against real ZooKeeper and a real broker process (RF=1), driven
 * with protobuf requests as the transaction coordinator and a transactional producer would send
 * them: the last stable offset holds read_committed readers at an open transaction, an abort
 * marker lists the transaction in `abortedTransactions`, a marker completes a parked
 * read_committed fetch, ListOffsets answers the LSO for isolation level 1, DescribeProducers
 * shows the open transaction, and bad input is refused without changing the partition.
 */
import { ErrorCode } from '../../proto/errors';
import { encodeEndTxnMarkerBatch } from '../../proto/control-records';
import { encodeRecordBatchUncompressed } from '../../proto/record-batch';
import { startCluster, type TestCluster } from '../fixtures/cluster';
import { LeaderClient, plainBatch, transactionalBatch } from './log-support';

const brokerId = 1;
const readUncommitted = 0;
const readCommitted = 1;

describe('transactions in the log (RF=1)', () => {
  let cluster: TestCluster;
  let leader: LeaderClient;

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 1, name: 'txlog' });
    leader = new LeaderClient(cluster, brokerId);
  }, 90_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  it('holds read_committed readers at an open transaction and lists it once aborted', async () => {
    const topic = 'txlog-abort';
    await leader.createTopic(topic);
    const producerId = await leader.initProducerId();
    expect(await leader.produce(topic, plainBatch(['before']))).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 0 });
    expect(await leader.produce(topic, transactionalBatch(producerId, ['t1', 't2']))).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 1 });
    expect(await leader.produce(topic, plainBatch(['after']))).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 3 });

    const committedView = await leader.fetch(topic, { isolationLevel: readCommitted });
    expect(committedView).toMatchObject({ errorCode: ErrorCode.NONE, highWatermark: 4, lastStableOffset: 1, abortedTransactions: [] });
    expect(committedView.batches.map((b) => b.baseOffset)).toEqual([0]);
    const uncommittedView = await leader.fetch(topic, { isolationLevel: readUncommitted });
    expect(uncommittedView.batches.map((b) => b.baseOffset)).toEqual([0, 1, 3]);
    expect(uncommittedView.lastStableOffset).toBe(1);
    expect(await leader.latestOffset(topic, readCommitted)).toBe(1);
    expect(await leader.latestOffset(topic, readUncommitted)).toBe(4);

    const described = await leader.describeProducers(topic);
    expect(described?.errorCode).toBe(ErrorCode.NONE);
    expect(described?.activeProducers?.map((p) => [Number(p.producerId), Number(p.currentTxnStartOffset)])).toEqual([[producerId, 1]]);

    expect(await leader.writeMarker(topic, { producerId, committed: false })).toBe(ErrorCode.NONE);
    const afterAbort = await leader.fetch(topic, { isolationLevel: readCommitted });
    expect(afterAbort).toMatchObject({ highWatermark: 5, lastStableOffset: 5, abortedTransactions: [{ producerId, firstOffset: 1 }] });
    expect(afterAbort.batches.map((b) => [b.baseOffset, b.isControl])).toEqual([[0, false], [1, false], [3, false], [4, true]]);
    // read_uncommitted fetches carry no aborted list.
    expect((await leader.fetch(topic, { isolationLevel: readUncommitted })).abortedTransactions).toEqual([]);
    // A range after the aborted transaction does not list it.
    expect((await leader.fetch(topic, { fetchOffset: 5, isolationLevel: readCommitted })).abortedTransactions).toEqual([]);
    expect(await leader.latestOffset(topic, readCommitted)).toBe(5);
  }, 60_000);

  it('completes a parked read_committed fetch when a commit marker moves the last stable offset', async () => {
    const topic = 'txlog-parked';
    await leader.createTopic(topic);
    const producerId = await leader.initProducerId();
    await leader.produce(topic, transactionalBatch(producerId, ['a']));
    const parkedMs = 25_000;
    const started = Date.now();
    const parked = leader.fetch(topic, { isolationLevel: readCommitted, maxWaitMs: parkedMs, minBytes: 1 });
    // Give the fetch time to be parked (nothing is readable below the LSO 0).
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await leader.writeMarker(topic, { producerId, committed: true })).toBe(ErrorCode.NONE);
    const answer = await parked;
    expect(Date.now() - started).toBeLessThan(parkedMs);
    expect(answer.lastStableOffset).toBe(2);
    expect(answer.batches.map((b) => b.baseOffset)).toEqual([0, 1]);
    expect(answer.abortedTransactions).toEqual([]);
  }, 60_000);

  it('refuses bad input with Kafka\'s errors and leaves the partition as it was', async () => {
    const topic = 'txlog-bad-input';
    await leader.createTopic(topic);
    const producerId = await leader.initProducerId();
    await leader.produce(topic, transactionalBatch(producerId, ['a'], 1));
    expect(await leader.writeMarker(topic, { producerId, producerEpoch: 1, coordinatorEpoch: 4, committed: true })).toBe(ErrorCode.NONE);
    const end = await leader.latestOffset(topic, readUncommitted);
    expect(end).toBe(2);

    const clientMarker = encodeEndTxnMarkerBatch({ producerId, producerEpoch: 1, coordinatorEpoch: 4, committed: false, nowMs: Date.now() });
    expect((await leader.produce(topic, clientMarker)).errorCode).toBe(ErrorCode.INVALID_RECORD);
    const anonymous = encodeRecordBatchUncompressed([{ value: 'x' }], { isTransactional: true, nowMs: Date.now() });
    expect((await leader.produce(topic, anonymous)).errorCode).toBe(ErrorCode.INVALID_RECORD);
    expect(await leader.writeMarker(topic, { producerId, producerEpoch: 0, coordinatorEpoch: 4, committed: false })).toBe(ErrorCode.INVALID_PRODUCER_EPOCH);
    expect(await leader.writeMarker(topic, { producerId, producerEpoch: 1, coordinatorEpoch: 3, committed: false })).toBe(ErrorCode.TRANSACTION_COORDINATOR_FENCED);
    expect(await leader.writeMarker('txlog-no-such-topic', { producerId, committed: false })).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);

    expect(await leader.latestOffset(topic, readUncommitted)).toBe(end);
    const fetched = await leader.fetch(topic, { isolationLevel: readCommitted });
    expect(fetched).toMatchObject({ lastStableOffset: end, abortedTransactions: [] });
    const described = await leader.describeProducers(topic);
    expect(described?.activeProducers?.map((p) => [Number(p.producerEpoch), p.coordinatorEpoch, Number(p.currentTxnStartOffset)])).toEqual([[1, 4, -1]]);
  }, 60_000);
});
