import { ErrorCode } from '../../proto/errors';
import type { JoinGroupResponse } from '../api/groups';
import { CoordinatorHarness, flushPromises } from '../../test/support/coordinator-fakes';

const G = 'orders-app';

/** Resolves to the value if `p` has settled by now, else 'pending'. */
async function peek<T>(p: Promise<T>): Promise<T | 'pending'> {
  let value: T | 'pending' = 'pending';
  void p.then((v) => (value = v));
  await flushPromises();
  return value;
}

/** Three dynamic members through the initial delay and SyncGroup: a Stable generation 1. */
async function stableGroupOfThree(h: CoordinatorHarness): Promise<{ a: string; b: string; c: string; joins: JoinGroupResponse[] }> {
  const a = await h.joinNew(G, 'client-a');
  const b = await h.joinNew(G, 'client-b');
  const c = await h.joinNew(G, 'client-c');
  // Members arriving during the 3 s initial delay extend it once.
  await h.timer.advance(6000);
  const joins = await Promise.all([a.response, b.response, c.response]);
  const followers = [h.sync(G, b.memberId, 1), h.sync(G, c.memberId, 1)];
  const leader = h.sync(G, a.memberId, 1, { [a.memberId]: 'p0', [b.memberId]: 'p1', [c.memberId]: 'p2' });
  await Promise.all([leader, ...followers]);
  return { a: a.memberId, b: b.memberId, c: c.memberId, joins };
}

describe('GroupCoordinator rebalance protocol', () => {
  test('a first JoinGroup without a member id gets MEMBER_ID_REQUIRED and an id of clientId-uuid', async () => {
    const h = await CoordinatorHarness.started();
    const r = await h.join(G, '', 'client-a');
    expect(r.errorCode).toBe(ErrorCode.MEMBER_ID_REQUIRED);
    expect(r.memberId).toBe('client-a-uuid1');
  });

  test('three members join in one rebalance: generation 1, one leader who alone gets the member list', async () => {
    const h = await CoordinatorHarness.started();
    const a = await h.joinNew(G, 'client-a');
    const b = await h.joinNew(G, 'client-b');
    const c = await h.joinNew(G, 'client-c');
    await h.timer.advance(3000);
    expect(await peek(a.response)).toBe('pending'); // b and c arrived during the delay: extended
    await h.timer.advance(3000);
    const joins = await Promise.all([a.response, b.response, c.response]);
    for (const j of joins) {
      expect(j.errorCode).toBe(ErrorCode.NONE);
      expect(j.generationId).toBe(1);
      expect(j.protocolName).toBe('range');
      expect(j.leader).toBe(a.memberId);
    }
    expect(joins[0]?.members?.map((m) => m.memberId).sort()).toEqual([a.memberId, b.memberId, c.memberId].sort());
    expect(joins[0]?.members?.find((m) => m.memberId === b.memberId)?.metadata).toEqual(Buffer.from('sub-client-b'));
    expect(joins[1]?.members).toEqual([]);
    expect(joins[2]?.members).toEqual([]);
    expect((await h.describe(G)).groupState).toBe('CompletingRebalance');
  });

  test('SyncGroup parks followers until the leader assignment is persisted, then hands each its own', async () => {
    const h = await CoordinatorHarness.started();
    const a = await h.joinNew(G, 'client-a');
    const b = await h.joinNew(G, 'client-b');
    await h.timer.advance(6000);
    await Promise.all([a.response, b.response]);
    const follower = h.sync(G, b.memberId, 1);
    expect(await peek(follower)).toBe('pending');
    const recordsBefore = h.log.recordCount(0);
    const leader = await h.sync(G, a.memberId, 1, { [a.memberId]: 'p0', [b.memberId]: 'p1' });
    expect(leader).toMatchObject({ errorCode: ErrorCode.NONE, assignment: Buffer.from('p0') });
    expect(await follower).toMatchObject({ errorCode: ErrorCode.NONE, protocolName: 'range', assignment: Buffer.from('p1') });
    expect(h.log.recordCount(0)).toBe(recordsBefore + 1);
    const described = await h.describe(G);
    expect(described.groupState).toBe('Stable');
    expect(described.members?.find((m) => m.memberId === b.memberId)?.memberAssignment).toEqual(Buffer.from('p1'));
  });

  test('heartbeats keep members in the group past their session timeout', async () => {
    const h = await CoordinatorHarness.started();
    const { a, b, c } = await stableGroupOfThree(h);
    for (let i = 0; i < 10; i++) {
      await h.timer.advance(3000);
      for (const m of [a, b, c]) expect(await h.heartbeat(G, m, 1)).toBe(ErrorCode.NONE);
    }
    const described = await h.describe(G);
    expect(described.groupState).toBe('Stable');
    expect(described.members).toHaveLength(3);
  });

  test('a member that stops heartbeating is evicted after its session timeout and the others rebalance', async () => {
    const h = await CoordinatorHarness.started();
    const { a, b, c } = await stableGroupOfThree(h);
    await h.timer.advance(6000);
    expect(await h.heartbeat(G, a, 1)).toBe(ErrorCode.NONE);
    expect(await h.heartbeat(G, b, 1)).toBe(ErrorCode.NONE);
    await h.timer.advance(4000); // c silent for its whole 10 s session
    expect(await h.heartbeat(G, a, 1)).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    expect(await h.heartbeat(G, c, 1)).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    const ja = h.join(G, a, 'client-a');
    const jb = h.join(G, b, 'client-b');
    const [ra, rb] = await Promise.all([ja, jb]);
    expect(ra.generationId).toBe(2);
    expect(rb.generationId).toBe(2);
    expect(ra.members?.map((m) => m.memberId).sort()).toEqual([a, b].sort());
  });

  test('a member that does not rejoin within the rebalance timeout is evicted when the join phase ends', async () => {
    const h = await CoordinatorHarness.started();
    const { a, b, c } = await stableGroupOfThree(h);
    const ja = h.join(G, a, 'client-a', { protocols: [{ name: 'range', metadata: Buffer.from('new-subscription') }] });
    expect((await h.describe(G)).groupState).toBe('PreparingRebalance');
    const jb = h.join(G, b, 'client-b');
    // c keeps heartbeating but never rejoins.
    for (let t = 0; t < 30_000; t += 3000) {
      expect(await peek(ja)).toBe('pending');
      expect(await h.heartbeat(G, c, 1)).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
      await h.timer.advance(3000);
    }
    const [ra] = await Promise.all([ja, jb]);
    expect(ra.generationId).toBe(2);
    expect(ra.members?.map((m) => m.memberId).sort()).toEqual([a, b].sort());
    expect(await h.heartbeat(G, c, 1)).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });

  test('LeaveGroup triggers a rebalance among the remaining members', async () => {
    const h = await CoordinatorHarness.started();
    const { a, b, c } = await stableGroupOfThree(h);
    const leave = await h.coordinator.handleLeaveGroup({ groupId: G, members: [{ memberId: a, groupInstanceId: '' }] });
    expect(leave.errorCode).toBe(ErrorCode.NONE);
    expect(leave.members?.[0]?.errorCode).toBe(ErrorCode.NONE);
    expect(await h.heartbeat(G, b, 1)).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    const [rb, rc] = await Promise.all([h.join(G, b, 'client-b'), h.join(G, c, 'client-c')]);
    expect(rb.generationId).toBe(2);
    expect(rb.leader).toBe(rc.leader);
    expect([b, c]).toContain(rb.leader);
  });

  test('unknown member ids are rejected on join, sync, heartbeat, leave', async () => {
    const h = await CoordinatorHarness.started();
    await stableGroupOfThree(h);
    expect((await h.join(G, 'ghost', 'x')).errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect((await h.join('no-such-group', 'ghost', 'x')).errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect((await h.sync(G, 'ghost', 1)).errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect(await h.heartbeat(G, 'ghost', 1)).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    const leave = await h.coordinator.handleLeaveGroup({ groupId: G, members: [{ memberId: 'ghost', groupInstanceId: '' }] });
    expect(leave.members?.[0]?.errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });

  test('a stale generation gets ILLEGAL_GENERATION on heartbeat and sync', async () => {
    const h = await CoordinatorHarness.started();
    const { a } = await stableGroupOfThree(h);
    expect(await h.heartbeat(G, a, 0)).toBe(ErrorCode.ILLEGAL_GENERATION);
    expect((await h.sync(G, a, 7)).errorCode).toBe(ErrorCode.ILLEGAL_GENERATION);
  });

  test('session timeouts outside group.min/max.session.timeout.ms are rejected', async () => {
    const h = await CoordinatorHarness.started();
    expect((await h.join(G, '', 'c', { sessionTimeoutMs: 5999 })).errorCode).toBe(ErrorCode.INVALID_SESSION_TIMEOUT);
    expect((await h.join(G, '', 'c', { sessionTimeoutMs: 1_800_001 })).errorCode).toBe(ErrorCode.INVALID_SESSION_TIMEOUT);
    expect((await h.join(G, '', 'c', { sessionTimeoutMs: 6000 })).errorCode).toBe(ErrorCode.MEMBER_ID_REQUIRED);
  });

  test('a member sharing no protocol with the group gets INCONSISTENT_GROUP_PROTOCOL', async () => {
    const h = await CoordinatorHarness.started();
    await stableGroupOfThree(h);
    const r = await h.join(G, '', 'd', { protocols: [{ name: 'roundrobin', metadata: Buffer.alloc(0) }] });
    expect(r.errorCode).toBe(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    const wrongType = await h.join(G, '', 'd', { protocolType: 'connect' });
    expect(wrongType.errorCode).toBe(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
  });

  test('the protocol every member supports with the most first-choice votes is selected', async () => {
    const h = await CoordinatorHarness.started();
    const both = (first: string, second: string): { name: string; metadata: Buffer }[] => [
      { name: first, metadata: Buffer.from(first) },
      { name: second, metadata: Buffer.from(second) },
    ];
    const a = await h.joinNew(G, 'a', { protocols: both('range', 'sticky') });
    const b = await h.joinNew(G, 'b', { protocols: both('sticky', 'range') });
    const c = await h.joinNew(G, 'c', { protocols: both('sticky', 'range') });
    await h.timer.advance(6000);
    const [ra] = await Promise.all([a.response, b.response, c.response]);
    expect(ra.protocolName).toBe('sticky');
    expect(ra.members?.find((m) => m.memberId === a.memberId)?.metadata).toEqual(Buffer.from('sticky'));
  });

  test('group.max.size rejects the member beyond it', async () => {
    const h = await CoordinatorHarness.started({ groupMaxSize: 2 });
    await h.joinNew(G, 'a');
    await h.joinNew(G, 'b');
    expect((await h.join(G, '', 'c')).errorCode).toBe(ErrorCode.GROUP_MAX_SIZE_REACHED);
  });

  test('group.initial.rebalance.delay.ms delays the first join phase and extends while members arrive', async () => {
    const h = await CoordinatorHarness.started({ groupInitialRebalanceDelayMs: 3000 });
    const a = await h.joinNew(G, 'a', { rebalanceTimeoutMs: 10_000 });
    await h.timer.advance(2000);
    const b = await h.joinNew(G, 'b', { rebalanceTimeoutMs: 10_000 });
    await h.timer.advance(1000);
    expect(await peek(a.response)).toBe('pending'); // extended at 3 s because b arrived
    await h.timer.advance(2999);
    expect(await peek(a.response)).toBe('pending');
    await h.timer.advance(1);
    const [ra, rb] = await Promise.all([a.response, b.response]);
    expect(ra.generationId).toBe(1);
    expect(rb.generationId).toBe(1);
    expect(ra.members).toHaveLength(2);
  });

  test('a later rebalance of a non-empty group completes as soon as every member rejoined', async () => {
    const h = await CoordinatorHarness.started();
    const { a, b, c } = await stableGroupOfThree(h);
    const joins = [h.join(G, a, 'client-a'), h.join(G, b, 'client-b'), h.join(G, c, 'client-c')];
    const results = await Promise.all(joins);
    expect(results.map((r) => r.generationId)).toEqual([2, 2, 2]);
  });

  test('a pending member id that is never used lapses after the session timeout', async () => {
    const h = await CoordinatorHarness.started();
    const { a, b, c } = await stableGroupOfThree(h);
    const pending = await h.join(G, '', 'late', { sessionTimeoutMs: 6000 });
    expect(pending.errorCode).toBe(ErrorCode.MEMBER_ID_REQUIRED);
    await h.timer.advance(6000);
    for (const m of [a, b, c]) expect(await h.heartbeat(G, m, 1)).toBe(ErrorCode.NONE);
    const late = await h.join(G, pending.memberId ?? '', 'late');
    expect(late.errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });
});
