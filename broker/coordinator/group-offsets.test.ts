import { ErrorCode } from '../../proto/errors';
import { GroupCoordinator } from './group-coordinator';
import { InMemoryOffsetsLog } from './offsets-log';
import { commitErrors, CoordinatorHarness, flushPromises } from '../../test/support/coordinator-fakes';

const G = 'billing';

async function stablePair(h: CoordinatorHarness, opts: { aInstance?: string } = {}): Promise<{ a: string; b: string }> {
  let aJoin;
  if (opts.aInstance !== undefined) {
    aJoin = h.join(G, '', 'client-a', { groupInstanceId: opts.aInstance });
  } else {
    const first = await h.joinNew(G, 'client-a');
    aJoin = first.response;
  }
  const b = await h.joinNew(G, 'client-b');
  await h.timer.advance(6000);
  const ra = await aJoin;
  const a = ra.memberId ?? '';
  await b.response;
  await Promise.all([h.sync(G, a, 1, { [a]: 'assignment-a', [b.memberId]: 'assignment-b' }), h.sync(G, b.memberId, 1)]);
  return { a, b: b.memberId };
}

describe('GroupCoordinator offsets', () => {
  test('a member commits in a Stable group and OffsetFetch returns it', async () => {
    const h = await CoordinatorHarness.started();
    const { a } = await stablePair(h);
    expect(commitErrors(await h.commit(G, a, 1, { 'orders-0': 42, 'orders-1': 7 }))).toEqual({ 'orders-0': 0, 'orders-1': 0 });
    expect(await h.fetchOffsets(G, ['orders-0', 'orders-1', 'orders-2'])).toEqual({ 'orders-0': 42, 'orders-1': 7, 'orders-2': -1 });
  });

  test('a commit from a stale generation gets ILLEGAL_GENERATION and changes nothing', async () => {
    const h = await CoordinatorHarness.started();
    const { a } = await stablePair(h);
    await h.commit(G, a, 1, { 'orders-0': 10 });
    const records = h.log.recordCount(0);
    expect(commitErrors(await h.commit(G, a, 0, { 'orders-0': 99 }))).toEqual({ 'orders-0': ErrorCode.ILLEGAL_GENERATION });
    expect(h.log.recordCount(0)).toBe(records);
    expect(await h.fetchOffsets(G, ['orders-0'])).toEqual({ 'orders-0': 10 });
    expect((await h.describe(G)).groupState).toBe('Stable');
  });

  test('a commit while CompletingRebalance gets REBALANCE_IN_PROGRESS', async () => {
    const h = await CoordinatorHarness.started();
    const a = await h.joinNew(G, 'client-a');
    await h.timer.advance(3000);
    await a.response;
    expect((await h.describe(G)).groupState).toBe('CompletingRebalance');
    expect(commitErrors(await h.commit(G, a.memberId, 1, { 'orders-0': 1 }))).toEqual({ 'orders-0': ErrorCode.REBALANCE_IN_PROGRESS });
  });

  test('unknown members cannot commit; a standalone commit (generation -1) needs no membership', async () => {
    const h = await CoordinatorHarness.started();
    expect(commitErrors(await h.commit('solo', 'ghost', 3, { 't-0': 5 }))).toEqual({ 't-0': ErrorCode.ILLEGAL_GENERATION });
    expect(commitErrors(await h.commit('solo', '', -1, { 't-0': 5 }))).toEqual({ 't-0': ErrorCode.NONE });
    expect(await h.fetchOffsets('solo', ['t-0'])).toEqual({ 't-0': 5 });
    expect((await h.describe('solo')).groupState).toBe('Empty');
    expect(commitErrors(await h.commit('solo', 'ghost', 1, { 't-0': 6 }))).toEqual({ 't-0': ErrorCode.UNKNOWN_MEMBER_ID });
  });

  test('metadata over offset.metadata.max.bytes is rejected for that partition only', async () => {
    const h = await CoordinatorHarness.started({ offsetMetadataMaxBytes: 4 });
    const r = await h.coordinator.handleCommitOffsets({
      groupId: 'solo',
      generationId: -1,
      memberId: '',
      groupInstanceId: '',
      topics: [{ name: 't', partitions: [{ partition: 0, committedOffset: 1, committedLeaderEpoch: -1, committedMetadata: 'too long' }, { partition: 1, committedOffset: 2, committedLeaderEpoch: -1, committedMetadata: 'ok' }] }],
    });
    expect(commitErrors(r)).toEqual({ 't-0': ErrorCode.OFFSET_METADATA_TOO_LARGE, 't-1': ErrorCode.NONE });
    expect(await h.fetchOffsets('solo', ['t-0', 't-1'])).toEqual({ 't-0': -1, 't-1': 2 });
  });

  test('the offsets cache changes only after the append succeeds', async () => {
    const h = await CoordinatorHarness.started();
    h.log.failNextAppend(0, ErrorCode.NOT_ENOUGH_REPLICAS);
    expect(commitErrors(await h.commit('solo', '', -1, { 't-0': 5 }))).toEqual({ 't-0': ErrorCode.COORDINATOR_NOT_AVAILABLE });
    expect(await h.fetchOffsets('solo', ['t-0'])).toEqual({ 't-0': -1 });
    h.log.holdAppends();
    const pending = h.commit('solo', '', -1, { 't-0': 6 });
    await flushPromises();
    expect(await h.fetchOffsets('solo', ['t-0'])).toEqual({ 't-0': -1 });
    h.log.releaseAppends();
    await pending;
    expect(await h.fetchOffsets('solo', ['t-0'])).toEqual({ 't-0': 6 });
  });

  test('group id validation: empty and over 255 chars are INVALID_GROUP_ID', async () => {
    const h = await CoordinatorHarness.started();
    expect((await h.join('', '', 'c')).errorCode).toBe(ErrorCode.INVALID_GROUP_ID);
    expect((await h.join('x'.repeat(256), '', 'c')).errorCode).toBe(ErrorCode.INVALID_GROUP_ID);
    expect((await h.join('x'.repeat(255), '', 'c')).errorCode).toBe(ErrorCode.MEMBER_ID_REQUIRED);
    expect(commitErrors(await h.commit('', '', -1, { 't-0': 1 }))).toEqual({ 't-0': ErrorCode.INVALID_GROUP_ID });
    expect(await h.heartbeat('', 'm', 1)).toBe(ErrorCode.INVALID_GROUP_ID);
  });

  // Found by the protocol fuzzer: a 65,536-byte string in a join was accepted, and storing the
  // group then failed to encode it and ended the broker with an unhandled rejection.
  test('a join whose strings do not fit the group-metadata record is INVALID_REQUEST and leaves the group usable', async () => {
    const h = await CoordinatorHarness.started();
    const huge = 'x'.repeat(0x8000);
    expect((await h.join(G, '', huge)).errorCode).toBe(ErrorCode.INVALID_REQUEST);
    expect((await h.join(G, '', 'c', { groupInstanceId: huge })).errorCode).toBe(ErrorCode.INVALID_REQUEST);
    expect((await h.join(G, '', 'c', { protocolType: huge })).errorCode).toBe(ErrorCode.INVALID_REQUEST);
    expect((await h.join(G, '', 'c', { protocols: [{ name: huge, metadata: Buffer.alloc(0) }] })).errorCode).toBe(ErrorCode.INVALID_REQUEST);
    expect((await h.join(G, huge, 'c')).errorCode).toBe(ErrorCode.INVALID_REQUEST);
    const records = h.log.recordCount(0);
    // A long client id that still fits (with the member id made from it) forms and stores the group.
    const member = await h.joinNew(G, 'y'.repeat(30_000));
    await h.timer.advance(3000);
    expect((await member.response).errorCode).toBe(ErrorCode.NONE);
    expect((await h.sync(G, member.memberId, 1, { [member.memberId]: 'a' })).errorCode).toBe(ErrorCode.NONE);
    expect(h.log.recordCount(0)).toBeGreaterThan(records);
  });
});

describe('GroupCoordinator partition ownership', () => {
  test('COORDINATOR_LOAD_IN_PROGRESS while loading, NOT_COORDINATOR after resignation and for partitions not owned', async () => {
    const log = new InMemoryOffsetsLog();
    const h = new CoordinatorHarness(log, { offsetsTopicNumPartitions: 2 });
    h.coordinator.startup();
    const mine = ['g0', 'g1', 'g2', 'g3'].find((g) => h.coordinator.partitionFor(g) === 0) ?? '';
    const other = ['g0', 'g1', 'g2', 'g3'].find((g) => h.coordinator.partitionFor(g) === 1) ?? '';
    const loading = h.coordinator.onElection(0);
    expect((await h.join(mine, '', 'c')).errorCode).toBe(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS);
    expect((await h.coordinator.handleFetchOffsets({ groupId: mine, allTopics: true, topics: [] })).errorCode).toBe(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS);
    await loading;
    expect(h.coordinator.ownedPartitions()).toEqual([0]);
    expect((await h.join(other, '', 'c')).errorCode).toBe(ErrorCode.NOT_COORDINATOR);
    const joining = await h.joinNew(mine, 'c');
    h.coordinator.onResignation(0);
    expect((await joining.response).errorCode).toBe(ErrorCode.NOT_COORDINATOR);
    expect((await h.join(mine, '', 'c')).errorCode).toBe(ErrorCode.NOT_COORDINATOR);
    expect(h.coordinator.ownedPartitions()).toEqual([]);
  });

  test('a new coordinator replaying the same log after failover sees every committed offset and the stable group', async () => {
    const h = await CoordinatorHarness.started();
    const { a, b } = await stablePair(h);
    for (let i = 0; i < 20; i++) await h.commit(G, i % 2 === 0 ? a : b, 1, { [`orders-${i % 4}`]: i });
    await h.commit('solo', '', -1, { 'audit-0': 77 });
    h.coordinator.onResignation(0);

    const successor = new CoordinatorHarness(h.log);
    successor.coordinator.startup();
    await successor.coordinator.onElection(0);
    expect(await successor.fetchOffsets(G, ['orders-0', 'orders-1', 'orders-2', 'orders-3'])).toEqual({ 'orders-0': 16, 'orders-1': 17, 'orders-2': 18, 'orders-3': 19 });
    expect(await successor.fetchOffsets('solo', ['audit-0'])).toEqual({ 'audit-0': 77 });
    const described = await successor.describe(G);
    expect(described.groupState).toBe('Stable');
    expect(described.members?.map((m) => m.memberId).sort()).toEqual([a, b].sort());
    expect(await successor.heartbeat(G, a, 1)).toBe(ErrorCode.NONE);
    expect((await successor.sync(G, b, 1)).assignment).toEqual(Buffer.from('assignment-b'));
  });

  test('loaded members that never heartbeat to the new coordinator expire and the group empties', async () => {
    const h = await CoordinatorHarness.started();
    await stablePair(h);
    const successor = new CoordinatorHarness(h.log);
    successor.coordinator.startup();
    await successor.coordinator.onElection(0);
    await successor.timer.advance(10_000);
    await successor.timer.advance(30_000);
    expect((await successor.describe(G)).groupState).toBe('Empty');
  });
});

describe('GroupCoordinator static membership', () => {
  test('a static member rejoining with a new id keeps the generation, and the old id is fenced', async () => {
    const h = await CoordinatorHarness.started();
    const { a, b } = await stablePair(h, { aInstance: 'host-1' });
    const rejoin = await h.join(G, '', 'client-a', { groupInstanceId: 'host-1' });
    expect(rejoin.errorCode).toBe(ErrorCode.NONE);
    expect(rejoin.generationId).toBe(1);
    expect(rejoin.memberId).not.toBe(a);
    expect(rejoin.leader).toBe(a); // the old leader id: the rejoiner does not run the assignment
    expect((await h.describe(G)).groupState).toBe('Stable');
    const newId = rejoin.memberId ?? '';
    expect((await h.sync(G, newId, 1)).assignment).toEqual(Buffer.from('assignment-a'));
    expect(await h.heartbeat(G, b, 1)).toBe(ErrorCode.NONE);
    expect(await h.heartbeat(G, a, 1, 'host-1')).toBe(ErrorCode.FENCED_INSTANCE_ID);
    expect(commitErrors(await h.coordinator.handleCommitOffsets({ groupId: G, memberId: a, groupInstanceId: 'host-1', generationId: 1, topics: [{ name: 't', partitions: [{ partition: 0, committedOffset: 0, committedLeaderEpoch: -1, committedMetadata: '' }] }] }))).toEqual({
      't-0': ErrorCode.FENCED_INSTANCE_ID,
    });
  });

  test('an admin LeaveGroup by instance id removes the static member and rebalances', async () => {
    const h = await CoordinatorHarness.started();
    const { b } = await stablePair(h, { aInstance: 'host-1' });
    const leave = await h.coordinator.handleLeaveGroup({ groupId: G, members: [{ memberId: '', groupInstanceId: 'host-1' }] });
    expect(leave.members?.[0]?.errorCode).toBe(ErrorCode.NONE);
    expect(await h.heartbeat(G, b, 1)).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
  });
});

describe('GroupCoordinator group lifecycle', () => {
  test('offsets of an Empty group expire offsets.retention.minutes after it emptied (KIP-211)', async () => {
    const h = await CoordinatorHarness.started({ offsetsRetentionMinutes: 60 });
    const { a, b } = await stablePair(h);
    await h.commit(G, a, 1, { 'orders-0': 5 });
    await h.coordinator.handleLeaveGroup({ groupId: G, members: [{ memberId: a, groupInstanceId: '' }, { memberId: b, groupInstanceId: '' }] });
    await h.timer.advance(0);
    expect((await h.describe(G)).groupState).toBe('Empty');
    const emptiedAt = h.timer.nowMs();
    expect(await h.coordinator.expireOffsets(emptiedAt + 59 * 60_000)).toBe(0);
    expect(await h.fetchOffsets(G, ['orders-0'])).toEqual({ 'orders-0': 5 });
    expect(await h.coordinator.expireOffsets(emptiedAt + 60 * 60_000)).toBe(1);
    expect(await h.fetchOffsets(G, ['orders-0'])).toEqual({ 'orders-0': -1 });
    expect((await h.describe(G)).groupState).toBe('Dead');
    const successor = new CoordinatorHarness(h.log);
    successor.coordinator.startup();
    await successor.coordinator.onElection(0);
    expect(await successor.fetchOffsets(G, ['orders-0'])).toEqual({ 'orders-0': -1 });
  });

  test('offsets of a Stable group do not expire; standalone offsets expire from their commit time', async () => {
    const h = await CoordinatorHarness.started({ offsetsRetentionMinutes: 1 });
    const { a } = await stablePair(h);
    await h.commit(G, a, 1, { 'orders-0': 5 });
    await h.commit('solo', '', -1, { 't-0': 1 });
    expect(await h.coordinator.expireOffsets(h.timer.nowMs() + 60_000)).toBe(1);
    expect(await h.fetchOffsets(G, ['orders-0'])).toEqual({ 'orders-0': 5 });
    expect(await h.fetchOffsets('solo', ['t-0'])).toEqual({ 't-0': -1 });
  });

  test('DeleteGroups deletes an Empty group and its offsets, refuses a live one, reports an unknown one', async () => {
    const h = await CoordinatorHarness.started();
    await stablePair(h);
    await h.commit('solo', '', -1, { 't-0': 1 });
    const r = await h.coordinator.handleDeleteGroups({ groupsNames: [G, 'solo', 'nobody'] });
    expect(r.results).toEqual([
      { groupId: G, errorCode: ErrorCode.NON_EMPTY_GROUP },
      { groupId: 'solo', errorCode: ErrorCode.NONE },
      { groupId: 'nobody', errorCode: ErrorCode.GROUP_ID_NOT_FOUND },
    ]);
    expect(await h.fetchOffsets('solo', ['t-0'])).toEqual({ 't-0': -1 });
    const successor = new GroupCoordinator({ log: h.log, config: { offsetsTopicNumPartitions: 1 } });
    successor.startup();
    await successor.onElection(0);
    expect((await successor.handleListGroups({ statesFilter: [] })).groups?.map((g) => g.groupId)).toEqual([G]);
    successor.shutdown();
  });

  test('ListGroups filters by state, case-insensitively', async () => {
    const h = await CoordinatorHarness.started();
    await stablePair(h);
    await h.commit('solo', '', -1, { 't-0': 1 });
    const stable = await h.coordinator.handleListGroups({ statesFilter: ['stable'] });
    expect(stable.groups).toEqual([{ groupId: G, protocolType: 'consumer', groupState: 'Stable' }]);
    expect((await h.coordinator.handleListGroups({ statesFilter: [] })).groups).toHaveLength(2);
  });
});
