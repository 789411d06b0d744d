/**
 * Transactional offset commits in the group coordinator (Kafka's handleTxnCommitOffsets and
 * GroupMetadataManager's pending transactional offsets, KIP-98 and KIP-447): pending until the
 * transaction's marker, one transactional batch per commit, requireStable, ordering against
 * plain commits by append offset, replay across a failover, and neither expiry nor DeleteGroups
 * removing them early.
 */
import { ErrorCode } from '../../proto/errors';
import type { TxnOffsetCommitRequest, TxnOffsetCommitResponse } from '../api/transactions';
import { commitErrors, CoordinatorHarness } from '../../test/support/coordinator-fakes';
import { InMemoryOffsetsLog } from '../../test/support/offsets-log-fakes';

const G = 'pipeline';
const producerId = 4000;
const producerEpoch = 2;

function txnCommit(h: CoordinatorHarness, offsets: Record<string, number>, o: Partial<TxnOffsetCommitRequest> & { metadata?: string } = {}): Promise<TxnOffsetCommitResponse> {
  return h.coordinator.handleTxnCommitOffsets({
    transactionalId: 'tx-1', groupId: G, producerId, producerEpoch, generationId: -1, memberId: '', groupInstanceId: '', ...o,
    topics: Object.entries(offsets).map(([tp, offset]) => {
      const i = tp.lastIndexOf('-');
      return { name: tp.slice(0, i), partitions: [{ partitionIndex: Number(tp.slice(i + 1)), committedOffset: offset, committedLeaderEpoch: 1, committedMetadata: o.metadata ?? '' }] };
    }),
  });
}

function txnErrors(r: TxnOffsetCommitResponse): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of r.topics) for (const p of t.partitions) out[`${t.name}-${p.partitionIndex}`] = p.errorCode;
  return out;
}

/** OffsetFetch with requireStable: offset and error per "topic-partition". */
async function fetchStable(h: CoordinatorHarness, tps: string[]): Promise<Record<string, [number, number]>> {
  const r = await h.coordinator.handleFetchOffsets({
    groupId: G, allTopics: false, requireStable: true,
    topics: tps.map((tp) => ({ name: tp.slice(0, tp.lastIndexOf('-')), partitions: [Number(tp.slice(tp.lastIndexOf('-') + 1))] })),
  });
  const out: Record<string, [number, number]> = {};
  for (const t of r.topics) for (const p of t.partitions) out[`${t.name}-${p.partition}`] = [p.committedOffset, p.errorCode];
  return out;
}

async function successorOf(h: CoordinatorHarness): Promise<CoordinatorHarness> {
  return CoordinatorHarness.started({}, h.log);
}

describe('TxnOffsetCommit in the group coordinator', () => {
  test('the offsets are one transactional batch of the producer, invisible until the commit marker, then committed', async () => {
    const h = await CoordinatorHarness.started();
    const before = h.log.recordCount(0);
    expect(txnErrors(await txnCommit(h, { 'in-0': 10, 'in-1': 20 }))).toEqual({ 'in-0': 0, 'in-1': 0 });
    const written = [];
    for await (const e of h.log.readAll(0)) if (e.offset >= before) written.push(e);
    expect(written.map((e) => e.transactionalProducerId)).toEqual([producerId, producerId]);
    expect(await h.fetchOffsets(G, ['in-0', 'in-1'])).toEqual({ 'in-0': -1, 'in-1': -1 });
    await h.coordinator.handleTxnCompletion(producerId, [0], true);
    expect(await h.fetchOffsets(G, ['in-0', 'in-1'])).toEqual({ 'in-0': 10, 'in-1': 20 });
  });

  test('an abort drops them: the offset committed before stays', async () => {
    const h = await CoordinatorHarness.started();
    await h.commit(G, '', -1, { 'in-0': 5 });
    await txnCommit(h, { 'in-0': 10 });
    await h.coordinator.handleTxnCompletion(producerId, [0], false);
    expect(await h.fetchOffsets(G, ['in-0'])).toEqual({ 'in-0': 5 });
    await h.coordinator.handleTxnCompletion(producerId, [0], true); // a late duplicate marker finds nothing
    expect(await h.fetchOffsets(G, ['in-0'])).toEqual({ 'in-0': 5 });
  });

  test('another producer\'s marker, or one for another offsets partition, leaves them pending', async () => {
    const h = await CoordinatorHarness.started();
    await txnCommit(h, { 'in-0': 10 });
    await h.coordinator.handleTxnCompletion(producerId + 1, [0], true);
    await h.coordinator.handleTxnCompletion(producerId, [7], true);
    expect(await fetchStable(h, ['in-0'])).toEqual({ 'in-0': [-1, ErrorCode.UNSTABLE_OFFSET_COMMIT] });
  });

  test('OffsetFetch with requireStable answers UNSTABLE_OFFSET_COMMIT while pending (KIP-447); without it, the last committed offset', async () => {
    const h = await CoordinatorHarness.started();
    await h.commit(G, '', -1, { 'in-0': 5, 'in-1': 6 });
    await txnCommit(h, { 'in-0': 10 });
    expect(await fetchStable(h, ['in-0', 'in-1'])).toEqual({ 'in-0': [-1, ErrorCode.UNSTABLE_OFFSET_COMMIT], 'in-1': [6, 0] });
    expect(await h.fetchOffsets(G, ['in-0'])).toEqual({ 'in-0': 5 });
    await h.coordinator.handleTxnCompletion(producerId, [0], true);
    expect(await fetchStable(h, ['in-0', 'in-1'])).toEqual({ 'in-0': [10, 0], 'in-1': [6, 0] });
  });

  test('a plain commit appended after the transactional one wins when the transaction commits later (append order, as Kafka)', async () => {
    const h = await CoordinatorHarness.started();
    await txnCommit(h, { 'in-0': 10, 'in-1': 11 });
    await h.commit(G, '', -1, { 'in-0': 30 });
    await h.coordinator.handleTxnCompletion(producerId, [0], true);
    expect(await h.fetchOffsets(G, ['in-0', 'in-1'])).toEqual({ 'in-0': 30, 'in-1': 11 });
    h.log.writeMarker(0, producerId, true);
    const successor = await successorOf(h);
    expect(await successor.fetchOffsets(G, ['in-0', 'in-1'])).toEqual({ 'in-0': 30, 'in-1': 11 });
  });

  test('a transactional commit appended after a plain one replaces it when the transaction commits', async () => {
    const h = await CoordinatorHarness.started();
    await h.commit(G, '', -1, { 'in-0': 30 });
    await txnCommit(h, { 'in-0': 40 });
    await h.coordinator.handleTxnCompletion(producerId, [0], true);
    expect(await h.fetchOffsets(G, ['in-0'])).toEqual({ 'in-0': 40 });
  });

  test('KIP-447: a member id or generation, when given, must match the group; none given is accepted', async () => {
    const h = await CoordinatorHarness.started();
    const m = await h.joinNew(G, 'client-a', { groupInstanceId: '' });
    await h.timer.advance(3000);
    const joined = await m.response;
    await h.sync(G, m.memberId, joined.generationId ?? 1, { [m.memberId]: 'a' });
    const generationId = joined.generationId ?? 1;
    expect(txnErrors(await txnCommit(h, { 'in-0': 1 }, { memberId: 'ghost', generationId }))).toEqual({ 'in-0': ErrorCode.UNKNOWN_MEMBER_ID });
    expect(txnErrors(await txnCommit(h, { 'in-0': 1 }, { memberId: m.memberId, generationId: generationId + 1 }))).toEqual({ 'in-0': ErrorCode.ILLEGAL_GENERATION });
    expect(txnErrors(await txnCommit(h, { 'in-0': 1 }, { memberId: m.memberId, generationId }))).toEqual({ 'in-0': 0 });
    expect(txnErrors(await txnCommit(h, { 'in-1': 1 }))).toEqual({ 'in-1': 0 });
  });

  test('KIP-447: a group instance id held by another member is FENCED_INSTANCE_ID', async () => {
    const h = await CoordinatorHarness.started();
    const join = h.join(G, '', 'client-a', { groupInstanceId: 'instance-1' });
    await h.timer.advance(3000);
    const joined = await join;
    const records = h.log.recordCount(0);
    const r = await txnCommit(h, { 'in-0': 1 }, { memberId: 'old-incarnation', groupInstanceId: 'instance-1', generationId: joined.generationId });
    expect(txnErrors(r)).toEqual({ 'in-0': ErrorCode.FENCED_INSTANCE_ID });
    expect(h.log.recordCount(0)).toBe(records);
  });

  test('a failed append answers the mapped error and leaves nothing pending; oversized metadata is refused per partition', async () => {
    const h = await CoordinatorHarness.started({ offsetMetadataMaxBytes: 4 });
    h.log.failNextAppend(0, ErrorCode.NOT_ENOUGH_REPLICAS);
    expect(txnErrors(await txnCommit(h, { 'in-0': 10 }))).toEqual({ 'in-0': ErrorCode.COORDINATOR_NOT_AVAILABLE });
    expect(await fetchStable(h, ['in-0'])).toEqual({ 'in-0': [-1, 0] });
    expect(txnErrors(await txnCommit(h, { 'in-0': 10 }, { metadata: 'too long' }))).toEqual({ 'in-0': ErrorCode.OFFSET_METADATA_TOO_LARGE });
    expect(await fetchStable(h, ['in-0'])).toEqual({ 'in-0': [-1, 0] });
  });

  test('a loading or foreign coordinator refuses before writing', async () => {
    const h = new CoordinatorHarness(new InMemoryOffsetsLog());
    h.coordinator.startup();
    expect(txnErrors(await txnCommit(h, { 'in-0': 10 }))).toEqual({ 'in-0': ErrorCode.NOT_COORDINATOR });
    expect(h.log.recordCount(0)).toBe(0);
  });
});

describe('transactional offsets across a coordinator failover (replay)', () => {
  test('pending offsets survive the failover and complete on the new coordinator', async () => {
    const h = await CoordinatorHarness.started();
    await h.commit(G, '', -1, { 'in-0': 5 });
    await txnCommit(h, { 'in-0': 10 });
    h.coordinator.onResignation(0);
    const successor = await successorOf(h);
    expect(await fetchStable(successor, ['in-0'])).toEqual({ 'in-0': [-1, ErrorCode.UNSTABLE_OFFSET_COMMIT] });
    expect(await successor.fetchOffsets(G, ['in-0'])).toEqual({ 'in-0': 5 });
    await successor.coordinator.handleTxnCompletion(producerId, [0], true);
    expect(await successor.fetchOffsets(G, ['in-0'])).toEqual({ 'in-0': 10 });
  });

  test.each([[true, 10], [false, 5]])('a marker in the log (committed %s) applies or drops them on replay', async (committed, expected) => {
    const h = await CoordinatorHarness.started();
    await h.commit(G, '', -1, { 'in-0': 5 });
    await txnCommit(h, { 'in-0': 10 });
    h.log.writeMarker(0, producerId, committed);
    const successor = await successorOf(h);
    expect(await fetchStable(successor, ['in-0'])).toEqual({ 'in-0': [expected, 0] });
  });

  test('a group that only has pending offsets comes back, and another producer\'s marker does not complete them', async () => {
    const h = await CoordinatorHarness.started();
    await txnCommit(h, { 'in-0': 10 });
    h.log.writeMarker(0, producerId + 1, true);
    const successor = await successorOf(h);
    expect((await successor.describe(G)).groupState).toBe('Empty');
    expect(await fetchStable(successor, ['in-0'])).toEqual({ 'in-0': [-1, ErrorCode.UNSTABLE_OFFSET_COMMIT] });
  });
});

describe('pending transactional offsets outlive expiry and DeleteGroups', () => {
  test('expiry keeps a group with pending offsets and the committed offset of a partition with one pending', async () => {
    const h = await CoordinatorHarness.started({ offsetsRetentionMinutes: 1 });
    expect(commitErrors(await h.commit(G, '', -1, { 'in-0': 5, 'in-1': 6 }))).toEqual({ 'in-0': 0, 'in-1': 0 });
    await txnCommit(h, { 'in-0': 10 });
    expect(await h.coordinator.expireOffsets(h.timer.nowMs() + 120_000)).toBe(1);
    expect(await h.fetchOffsets(G, ['in-0', 'in-1'])).toEqual({ 'in-0': 5, 'in-1': -1 });
    await h.coordinator.handleTxnCompletion(producerId, [0], true);
    expect(await h.fetchOffsets(G, ['in-0'])).toEqual({ 'in-0': 10 });
  });

  test('expiry does not kill a group holding only pending offsets', async () => {
    const h = await CoordinatorHarness.started({ offsetsRetentionMinutes: 1 });
    await txnCommit(h, { 'in-0': 10 });
    await h.coordinator.expireOffsets(h.timer.nowMs() + 120_000);
    expect((await h.describe(G)).groupState).toBe('Empty');
    await h.coordinator.handleTxnCompletion(producerId, [0], true);
    expect(await h.fetchOffsets(G, ['in-0'])).toEqual({ 'in-0': 10 });
  });

  test('DeleteGroups removes the committed offsets but the pending ones land when their transaction commits, as a replay shows them', async () => {
    const h = await CoordinatorHarness.started();
    await h.commit(G, '', -1, { 'in-0': 5 });
    await txnCommit(h, { 'in-1': 10 });
    expect((await h.coordinator.handleDeleteGroups({ groupsNames: [G] })).results).toEqual([{ groupId: G, errorCode: ErrorCode.NONE }]);
    expect(await fetchStable(h, ['in-0', 'in-1'])).toEqual({ 'in-0': [-1, 0], 'in-1': [-1, ErrorCode.UNSTABLE_OFFSET_COMMIT] });
    await h.coordinator.handleTxnCompletion(producerId, [0], true);
    h.log.writeMarker(0, producerId, true);
    expect(await h.fetchOffsets(G, ['in-0', 'in-1'])).toEqual({ 'in-0': -1, 'in-1': 10 });
    const successor = await successorOf(h);
    expect(await successor.fetchOffsets(G, ['in-0', 'in-1'])).toEqual({ 'in-0': -1, 'in-1': 10 });
  });
});
