/**
 * Bad input to the group coordinator that test/groups/group-protocol.test.ts does not cover,
 * answered as Kafka 2.x's GroupCoordinator answers it, and changing nothing it should not:
 *  - a commit by a member for partitions it was not assigned is accepted (Kafka checks the
 *    member and generation, never the assignment);
 *  - a commit with a generation for a group that does not exist: ILLEGAL_GENERATION, no group;
 *  - a standalone commit (generation -1) into an active group: UNKNOWN_MEMBER_ID;
 *  - LeaveGroup and Heartbeat for unknown members; out-of-range session timeouts;
 *  - empty and over-long group ids on DescribeGroups, LeaveGroup and DeleteGroups, and in the client.
 */
import { type Admin, Samsa, SamsaError } from '../../client';
import type { BrokerConnection } from '../../client/network/connection';
import { ApiKey } from '../../proto/api';
import { ErrorCode } from '../../proto/errors';
import type { samsa } from '../../proto/generated/samsa';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { commitOffsets, connectTo, describeGroup, fetchOffsets, findCoordinator, heartbeat, joinAsNewMember, syncGroup } from '../groups/group-helpers';
import { createTopic, groupBrokerOverrides, testClient } from './helpers';

const topic = 'bad-input';
const groupId = 'bad-input-group';
const tooLongGroupId = 'g'.repeat(256);

describe('bad input to the group coordinator', () => {
  let cluster: TestCluster;
  let admin: Admin;
  const connections: BrokerConnection[] = [];
  let member: BrokerConnection;
  let other: BrokerConnection;
  const state = { memberId: '', generationId: -1 };

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 1, name: 'groups-bad-input', overrides: groupBrokerOverrides });
    admin = testClient(cluster.bootstrap, 'bad-input').admin();
    await admin.connect();
    await createTopic(admin, topic, 6, 1);
    const [host, port] = cluster.bootstrap.split(':');
    const open = (clientId: string): BrokerConnection => {
      const conn = connectTo({ host: host!, port: Number(port) }, clientId);
      connections.push(conn);
      return conn;
    };
    member = open('member');
    other = open('other');
    await findCoordinator(member, groupId);
    // One member, generation 1, assigned partition 0 only (the bytes are opaque to the coordinator).
    const joined = await waitFor(async () => {
      const resp = await joinAsNewMember(member, groupId);
      return resp.errorCode === ErrorCode.NONE ? resp : undefined;
    }, { timeoutMs: 30_000, intervalMs: 200, description: 'a first generation' });
    state.memberId = joined.memberId ?? '';
    state.generationId = joined.generationId ?? -1;
    const synced = await syncGroup(member, groupId, state.generationId, state.memberId, [{ memberId: state.memberId, assignment: Buffer.from(`${topic}:0`) }]);
    expect(synced.errorCode).toBe(ErrorCode.NONE);
  }, 120_000);

  afterAll(async () => {
    for (const c of connections) c.close();
    await admin?.disconnect();
    await cluster?.stop();
  });

  async function expectGroupUnchanged(): Promise<void> {
    expect(await heartbeat(member, groupId, state.generationId, state.memberId)).toBe(ErrorCode.NONE);
    const described = await describeGroup(other, groupId);
    expect(described.groupState).toBe('Stable');
    expect(described.members?.map((m) => m.memberId)).toEqual([state.memberId]);
  }

  async function listedGroups(): Promise<string[]> {
    const listed = await other.send<samsa.v1.IListGroupsResponse>(ApiKey.ListGroups, {});
    return (listed.groups ?? []).map((g) => g.groupId ?? '');
  }

  it('accepts a commit for partitions the member was not assigned, as Kafka does', async () => {
    const offsets = { 0: 10, 3: 30, 5: 50 };
    expect(await commitOffsets(member, groupId, state.generationId, state.memberId, topic, offsets)).toEqual([ErrorCode.NONE, ErrorCode.NONE, ErrorCode.NONE]);
    expect(await fetchOffsets(other, groupId, topic, [0, 1, 3, 5])).toEqual({ errorCode: ErrorCode.NONE, offsets: { 0: 10, 1: -1, 3: 30, 5: 50 } });
    await expectGroupUnchanged();
  });

  it('refuses a standalone commit into an active group with UNKNOWN_MEMBER_ID', async () => {
    expect(await commitOffsets(other, groupId, -1, '', topic, { 0: 999 })).toEqual([ErrorCode.UNKNOWN_MEMBER_ID]);
    expect((await fetchOffsets(other, groupId, topic, [0])).offsets).toEqual({ 0: 10 });
    // The client's admin refuses before sending, with kafka-consumer-groups' message.
    await expect(admin.setOffsets({ groupId, topic, partitions: [{ partition: 0, offset: 999 }] })).rejects.toThrow(/inactive, but the current state is Stable/);
    expect((await fetchOffsets(other, groupId, topic, [0])).offsets).toEqual({ 0: 10 });
    await expectGroupUnchanged();
  });

  it('answers a generation-bound commit for an unknown group with ILLEGAL_GENERATION and creates no group', async () => {
    const unknown = 'no-such-group';
    await findCoordinator(other, unknown);
    expect(await commitOffsets(other, unknown, 3, 'some-member', topic, { 0: 5 })).toEqual([ErrorCode.ILLEGAL_GENERATION]);
    expect(await heartbeat(other, unknown, 3, 'some-member')).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect(await fetchOffsets(other, unknown, topic, [0])).toEqual({ errorCode: ErrorCode.NONE, offsets: { 0: -1 } });
    expect((await describeGroup(other, unknown)).groupState).toBe('Dead');
    expect(await listedGroups()).not.toContain(unknown);
  });

  it('answers LeaveGroup for an unknown member with UNKNOWN_MEMBER_ID and keeps the real member', async () => {
    const resp = await other.send<samsa.v1.ILeaveGroupResponse>(ApiKey.LeaveGroup, { groupId, members: [{ memberId: 'no-such-member', groupInstanceId: '' }] });
    // KIP-345 (LeaveGroup v3+): the error is per member; the group-level code stays NONE.
    expect(resp.errorCode ?? ErrorCode.NONE).toBe(ErrorCode.NONE);
    expect(resp.members?.map((m) => [m.memberId, m.errorCode ?? ErrorCode.NONE])).toEqual([['no-such-member', ErrorCode.UNKNOWN_MEMBER_ID]]);
    await expectGroupUnchanged();
  });

  it('refuses a session timeout outside the broker bounds with INVALID_SESSION_TIMEOUT and creates no group', async () => {
    const fresh = 'session-timeout-group';
    await findCoordinator(other, fresh);
    for (const sessionTimeoutMs of [1_000, 24 * 60 * 60 * 1_000]) {
      const resp = await other.send<samsa.v1.IJoinGroupResponse>(ApiKey.JoinGroup, {
        groupId: fresh, memberId: '', sessionTimeoutMs, rebalanceTimeoutMs: 30_000, protocolType: 'consumer',
        protocols: [{ name: 'range', metadata: Buffer.from('subscription') }],
      });
      expect(resp.errorCode).toBe(ErrorCode.INVALID_SESSION_TIMEOUT);
    }
    expect(await listedGroups()).not.toContain(fresh);
  });

  it('answers empty and over-long group ids with INVALID_GROUP_ID on DescribeGroups, LeaveGroup and DeleteGroups', async () => {
    for (const badId of ['', tooLongGroupId]) {
      expect((await describeGroup(other, badId)).errorCode).toBe(ErrorCode.INVALID_GROUP_ID);
      const leave = await other.send<samsa.v1.ILeaveGroupResponse>(ApiKey.LeaveGroup, { groupId: badId, members: [{ memberId: state.memberId, groupInstanceId: '' }] });
      expect(leave.errorCode).toBe(ErrorCode.INVALID_GROUP_ID);
      const deleted = await other.send<samsa.v1.IDeleteGroupsResponse>(ApiKey.DeleteGroups, { groupsNames: [badId] });
      expect(deleted.results?.map((r) => r.errorCode)).toEqual([ErrorCode.INVALID_GROUP_ID]);
    }
    expect(await listedGroups()).toEqual([groupId]);
    await expectGroupUnchanged();
  });

  it('refuses empty and over-long group ids in the client before anything is sent', () => {
    const client = new Samsa({ brokers: cluster.bootstrap.split(','), logLevel: 'silent' });
    for (const badId of ['', tooLongGroupId]) expect(() => client.consumer({ groupId: badId })).toThrow(SamsaError);
    expect(client.consumer({ groupId: 'g'.repeat(255) })).toBeDefined();
  });
});
