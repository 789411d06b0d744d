/**
 * The group coordinator on a 3-broker cluster, driven with raw requests: FindCoordinator creates
 * __consumer_offsets (compacted, replicated); two members go through JoinGroup / SyncGroup /
 * Heartbeat into one generation; offsets committed by a member are fetched back; bad input gets
 * Kafka's error codes and changes nothing; when the coordinator is SIGKILLed, the new leader of
 * the group's offsets partition loads the committed offsets from its replica.
 */
import type { BrokerConnection } from '../../client/network/connection';
import { ApiKey } from '../../proto/api';
import { ErrorCode } from '../../proto/errors';
import type { samsa } from '../../proto/generated/samsa';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import {
  commitOffsets, connectBroker, connectTo, describeGroup, fetchOffsets, findCoordinator, groupOverrides, heartbeat, joinAsNewMember, createTopicEverywhere,
  joinGroup, syncGroup,
} from './group-helpers';

const groupId = 'orders-processors';
const topic = 'orders';

describe('group coordinator on a 3-broker cluster', () => {
  let cluster: TestCluster;
  const connections: BrokerConnection[] = [];
  let coordinatorAddress: { nodeId: number; host: string; port: number };
  /** Member connections to the coordinator: a parked JoinGroup holds its connection. */
  let a: BrokerConnection;
  let b: BrokerConnection;
  let admin: BrokerConnection;
  const state = { generationId: -1, memberA: '', memberB: '' };

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 3, name: 'group-protocol', overrides: { ...groupOverrides, 'default.replication.factor': 3 } });
    await createTopicEverywhere(cluster.brokers, topic, 3);
  }, 120_000);

  afterAll(async () => {
    for (const c of connections) c.close();
    await cluster?.stop();
  });

  function open(hostPort: { host: string; port: number }, clientId: string): BrokerConnection {
    const conn = connectTo(hostPort, clientId);
    connections.push(conn);
    return conn;
  }

  it('FindCoordinator creates a compacted, replicated __consumer_offsets and names its leader', async () => {
    const bootstrap = connectBroker(cluster.broker(1), 'bootstrap');
    connections.push(bootstrap);
    coordinatorAddress = await findCoordinator(bootstrap, groupId);
    const assignment = await cluster.zk.getJson<{ partitions: Record<string, number[]> }>('/brokers/topics/__consumer_offsets');
    expect(Object.keys(assignment?.partitions ?? {})).toHaveLength(groupOverrides['offsets.topic.num.partitions']);
    for (const replicas of Object.values(assignment?.partitions ?? {})) expect(replicas).toHaveLength(3);
    const topicConfig = await cluster.zk.getJson<{ config: Record<string, string> }>('/config/topics/__consumer_offsets');
    expect(topicConfig?.config['cleanup.policy']).toBe('compact');
    // Every broker names the same coordinator.
    for (const id of [2, 3]) {
      const other = connectBroker(cluster.broker(id), `bootstrap-${id}`);
      connections.push(other);
      expect((await findCoordinator(other, groupId)).nodeId).toBe(coordinatorAddress.nodeId);
    }
    a = open(coordinatorAddress, 'member-a');
    b = open(coordinatorAddress, 'member-b');
    admin = open(coordinatorAddress, 'admin');
  });

  it('forms one generation of two members through JoinGroup, SyncGroup and Heartbeat', async () => {
    // Member a alone: generation 1, a leads.
    const joinedA = await waitForLoadedJoin(a);
    expect(joinedA.errorCode).toBe(ErrorCode.NONE);
    state.memberA = joinedA.memberId ?? '';
    expect(joinedA.leader).toBe(state.memberA);
    const gen1 = joinedA.generationId ?? -1;
    expect((await syncGroup(a, groupId, gen1, state.memberA, [{ memberId: state.memberA, assignment: Buffer.from('all') }])).errorCode).toBe(ErrorCode.NONE);
    expect(await heartbeat(a, groupId, gen1, state.memberA)).toBe(ErrorCode.NONE);

    // Member b joins: its JoinGroup parks until a rejoins, which a learns from its heartbeat.
    const joiningB = joinAsNewMember(b, groupId);
    await expect(waitForHeartbeat(a, gen1, state.memberA, ErrorCode.REBALANCE_IN_PROGRESS)).resolves.toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    const [rejoinedA, joinedB] = await Promise.all([joinGroup(a, groupId, state.memberA), joiningB]);
    expect(rejoinedA.errorCode).toBe(ErrorCode.NONE);
    expect(joinedB.errorCode).toBe(ErrorCode.NONE);
    state.memberB = joinedB.memberId ?? '';
    state.generationId = rejoinedA.generationId ?? -1;
    expect(state.generationId).toBe(gen1 + 1);
    expect(joinedB.generationId).toBe(state.generationId);
    expect(rejoinedA.leader).toBe(state.memberA);
    expect(rejoinedA.members?.map((m) => m.memberId).sort()).toEqual([state.memberA, state.memberB].sort());
    expect(joinedB.members).toHaveLength(0);

    // b's SyncGroup waits for the leader's; each gets its own assignment.
    const syncB = syncGroup(b, groupId, state.generationId, state.memberB);
    const syncA = await syncGroup(a, groupId, state.generationId, state.memberA, [
      { memberId: state.memberA, assignment: Buffer.from('p0') }, { memberId: state.memberB, assignment: Buffer.from('p1') },
    ]);
    expect(syncA.errorCode).toBe(ErrorCode.NONE);
    expect(Buffer.from(syncA.assignment ?? []).toString()).toBe('p0');
    const syncedB = await syncB;
    expect(syncedB.errorCode).toBe(ErrorCode.NONE);
    expect(Buffer.from(syncedB.assignment ?? []).toString()).toBe('p1');
    expect(await heartbeat(a, groupId, state.generationId, state.memberA)).toBe(ErrorCode.NONE);
    expect(await heartbeat(b, groupId, state.generationId, state.memberB)).toBe(ErrorCode.NONE);
    const described = await describeGroup(admin, groupId);
    expect(described.groupState).toBe('Stable');
    expect(described.members?.map((m) => m.memberId).sort()).toEqual([state.memberA, state.memberB].sort());
    expect(described.members?.find((m) => m.memberId === state.memberB)?.clientId).toBe('member-b');
  });

  it('returns committed offsets from OffsetFetch', async () => {
    expect(await commitOffsets(a, groupId, state.generationId, state.memberA, topic, { 0: 42, 1: 7 })).toEqual([ErrorCode.NONE, ErrorCode.NONE]);
    expect(await fetchOffsets(admin, groupId, topic, [0, 1, 2])).toEqual({ errorCode: ErrorCode.NONE, offsets: { 0: 42, 1: 7, 2: -1 } });
  });

  it('answers unknown members and stale generations with Kafka codes and changes nothing', async () => {
    const { generationId, memberA, memberB } = state;
    expect(await heartbeat(a, groupId, generationId, 'no-such-member')).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect(await heartbeat(a, groupId, generationId - 1, memberA)).toBe(ErrorCode.ILLEGAL_GENERATION);
    expect((await syncGroup(a, groupId, generationId, 'no-such-member')).errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect((await syncGroup(a, groupId, generationId - 1, memberA)).errorCode).toBe(ErrorCode.ILLEGAL_GENERATION);
    expect(await commitOffsets(a, groupId, generationId, 'no-such-member', topic, { 0: 1000 })).toEqual([ErrorCode.UNKNOWN_MEMBER_ID]);
    expect(await commitOffsets(a, groupId, generationId - 1, memberA, topic, { 0: 1000 })).toEqual([ErrorCode.ILLEGAL_GENERATION]);
    expect((await joinGroup(a, groupId, 'no-such-member')).errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);

    expect(await fetchOffsets(admin, groupId, topic, [0, 1])).toEqual({ errorCode: ErrorCode.NONE, offsets: { 0: 42, 1: 7 } });
    expect(await heartbeat(a, groupId, generationId, memberA)).toBe(ErrorCode.NONE);
    expect(await heartbeat(b, groupId, generationId, memberB)).toBe(ErrorCode.NONE);
    const described = await describeGroup(admin, groupId);
    expect(described.groupState).toBe('Stable');
    expect(described.members?.map((m) => m.memberId).sort()).toEqual([memberA, memberB].sort());
  });

  it('rejects empty and over-long group ids with INVALID_GROUP_ID and creates no group', async () => {
    for (const badId of ['', 'g'.repeat(300)]) {
      expect((await joinGroup(admin, badId, '')).errorCode).toBe(ErrorCode.INVALID_GROUP_ID);
      expect(await heartbeat(admin, badId, 1, 'm')).toBe(ErrorCode.INVALID_GROUP_ID);
      expect((await syncGroup(admin, badId, 1, 'm')).errorCode).toBe(ErrorCode.INVALID_GROUP_ID);
      expect(await commitOffsets(admin, badId, -1, '', topic, { 0: 5 })).toEqual([ErrorCode.INVALID_GROUP_ID]);
      expect((await fetchOffsets(admin, badId, topic, [0])).errorCode).toBe(ErrorCode.INVALID_GROUP_ID);
      const find = await admin.send<samsa.v1.IFindCoordinatorResponse>(ApiKey.FindCoordinator, { key: badId, keyType: 0 });
      expect(find.errorCode).toBe(ErrorCode.INVALID_GROUP_ID);
    }
    const listed = await admin.send<samsa.v1.IListGroupsResponse>(ApiKey.ListGroups, {});
    expect(listed.errorCode).toBe(ErrorCode.NONE);
    expect(listed.groups?.map((g) => g.groupId)).toEqual([groupId]);
  });

  it('answers NOT_COORDINATOR on a broker that does not coordinate the group', async () => {
    const otherId = [1, 2, 3].find((id) => id !== coordinatorAddress.nodeId)!;
    const other = connectBroker(cluster.broker(otherId), 'elsewhere');
    connections.push(other);
    expect(await heartbeat(other, groupId, state.generationId, state.memberA)).toBe(ErrorCode.NOT_COORDINATOR);
    expect((await fetchOffsets(other, groupId, topic, [0])).errorCode).toBe(ErrorCode.NOT_COORDINATOR);
  });

  it('moves the group to a new coordinator that loads the committed offsets when the old one is SIGKILLed', async () => {
    const oldId = coordinatorAddress.nodeId;
    await cluster.broker(oldId).kill('SIGKILL');
    const survivorId = [1, 2, 3].find((id) => id !== oldId)!;
    const survivor = connectBroker(cluster.broker(survivorId), 'after-failover');
    connections.push(survivor);
    const moved = await waitFor(async () => {
      const found = await findCoordinator(survivor, groupId);
      return found.nodeId !== oldId ? found : undefined;
    }, { timeoutMs: 60_000, intervalMs: 250, description: 'a new coordinator' });
    const conn = open(moved, 'admin-after-failover');
    const fetched = await waitFor(async () => {
      const resp = await fetchOffsets(conn, groupId, topic, [0, 1]);
      return resp.errorCode === ErrorCode.NONE ? resp : undefined;
    }, { timeoutMs: 30_000, intervalMs: 200, description: 'offsets served by the new coordinator' });
    expect(fetched.offsets).toEqual({ 0: 42, 1: 7 });
  });

  /** The coordinator may still be loading its partition right after the election. */
  async function waitForLoadedJoin(conn: BrokerConnection): Promise<samsa.v1.IJoinGroupResponse> {
    for (let attempt = 0; ; attempt++) {
      const first = await joinGroup(conn, groupId, '');
      if (first.errorCode === ErrorCode.COORDINATOR_LOAD_IN_PROGRESS && attempt < 150) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        continue;
      }
      expect(first.errorCode).toBe(ErrorCode.MEMBER_ID_REQUIRED);
      return joinGroup(conn, groupId, first.memberId ?? '');
    }
  }

  async function waitForHeartbeat(conn: BrokerConnection, generationId: number, memberId: string, expected: number): Promise<number> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const code = await heartbeat(conn, groupId, generationId, memberId);
      if (code === expected) return code;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return heartbeat(conn, groupId, generationId, memberId);
  }
});
