/**
 * Authorization of the group APIs (KafkaApis 2.8) over a real group coordinator: a refused join
 * adds no member, a refused commit stores no offset, a refused delete leaves the group.
 */
import { ApiKey } from '../../../proto/api';
import { ErrorCode } from '../../../proto/errors';
import type { OffsetCommitRequest } from '../../api/groups';
import { CoordinatorHarness } from '../../../test/support/coordinator-fakes';
import { authzHarness } from '../../../test/support/authz-handlers';
import { AclOperation, allow, ResourceType, TableAuthorizer } from '../../../test/support/table-authorizer';

/** alice: Read on group g and topic t; Describe on group g and topic t. */
async function setup() {
  const authorizer = new TableAuthorizer([
    allow('alice', AclOperation.READ, ResourceType.GROUP, 'g'), allow('alice', AclOperation.DESCRIBE, ResourceType.GROUP, 'g'),
    allow('alice', AclOperation.READ, ResourceType.TOPIC, 't'), allow('alice', AclOperation.DESCRIBE, ResourceType.TOPIC, 't'),
  ]);
  const group = await CoordinatorHarness.started();
  const h = authzHarness(authorizer, { groupCoordinator: group.coordinator });
  return { ...h, authorizer, group };
}

const join = (groupId: string) => ({
  groupId, sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 10_000, memberId: '', groupInstanceId: '', protocolType: 'consumer',
  protocols: [{ name: 'range', metadata: Buffer.from('m') }], requireKnownMemberId: false,
});

function commit(groupId: string, topics: string[]): OffsetCommitRequest {
  return {
    groupId, generationId: -1, memberId: '', groupInstanceId: '',
    topics: topics.map((name) => ({ name, partitions: [{ partition: 0, committedOffset: 7, committedLeaderEpoch: -1, committedMetadata: '' }] })),
  };
}

describe('group membership authorization', () => {
  it('refuses JoinGroup, SyncGroup, Heartbeat and LeaveGroup without Read on the group, adding no member', async () => {
    const { call, group } = await setup();
    expect(await call(ApiKey.JoinGroup, 'bob', join('g'))).toMatchObject({ errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED, memberId: '', generationId: -1 });
    expect((await group.describe('g')).members).toEqual([]);
    const sync = { groupId: 'g', generationId: 1, memberId: 'm', groupInstanceId: '', protocolType: '', protocolName: '', assignments: [] };
    expect((await call(ApiKey.SyncGroup, 'bob', sync)).errorCode).toBe(ErrorCode.GROUP_AUTHORIZATION_FAILED);
    expect(await call(ApiKey.Heartbeat, 'bob', { groupId: 'g', generationId: 1, memberId: 'm', groupInstanceId: '' })).toEqual({ errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED });
    expect(await call(ApiKey.LeaveGroup, 'bob', { groupId: 'g', members: [{ memberId: 'm', groupInstanceId: '' }] }))
      .toEqual({ errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED, members: [] });
  });

  it('lets a member with Read on the group join, and keeps it when an unauthorized LeaveGroup names it', async () => {
    const { call, group } = await setup();
    const joined = call(ApiKey.JoinGroup, 'alice', join('g'));
    await group.timer.advance(10_000);
    const member = await joined;
    expect(member.errorCode).toBe(ErrorCode.NONE);
    await call(ApiKey.LeaveGroup, 'bob', { groupId: 'g', members: [{ memberId: member.memberId, groupInstanceId: '' }] });
    expect((await group.describe('g')).members.map((m) => m.memberId)).toEqual([member.memberId]);
  });

  it('FindCoordinator needs Describe on the group or the transactional id', async () => {
    const { call } = await setup();
    expect((await call(ApiKey.FindCoordinator, 'bob', { key: 'g', keyType: 0 })).errorCode).toBe(ErrorCode.GROUP_AUTHORIZATION_FAILED);
    expect((await call(ApiKey.FindCoordinator, 'alice', { key: 'tx', keyType: 1 })).errorCode).toBe(ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
  });
});

describe('offset authorization', () => {
  it('refuses OffsetCommit without Read on the group for every partition, storing nothing', async () => {
    const { call, group } = await setup();
    const resp = await call(ApiKey.OffsetCommit, 'bob', commit('g', ['t']));
    expect(resp.topics[0]!.partitions[0]!.errorCode).toBe(ErrorCode.GROUP_AUTHORIZATION_FAILED);
    expect(await group.fetchOffsets('g', ['t-0'])).toEqual({ 't-0': -1 });
  });

  it('commits only topics with Read: the others get TOPIC_AUTHORIZATION_FAILED (before UNKNOWN_TOPIC_OR_PARTITION) and no offset', async () => {
    const { call, group } = await setup();
    const resp = await call(ApiKey.OffsetCommit, 'alice', commit('g', ['t', 'other', 'missing']));
    expect(resp.topics.map((t) => [t.name, t.partitions[0]!.errorCode])).toEqual([
      ['t', ErrorCode.NONE], ['other', ErrorCode.TOPIC_AUTHORIZATION_FAILED], ['missing', ErrorCode.TOPIC_AUTHORIZATION_FAILED],
    ]);
    expect(await group.fetchOffsets('g', ['t-0', 'other-0'])).toEqual({ 't-0': 7, 'other-0': -1 });
  });

  it('OffsetFetch needs Describe on the group; named topics without Describe are refused, all-topics fetches leave them out', async () => {
    const { call, group, authorizer } = await setup();
    authorizer.allow(allow('admin', AclOperation.READ, ResourceType.GROUP, 'g'))
      .allow(allow('admin', AclOperation.READ, ResourceType.TOPIC, 't')).allow(allow('admin', AclOperation.READ, ResourceType.TOPIC, 'other'));
    await call(ApiKey.OffsetCommit, 'admin', commit('g', ['t', 'other']));
    expect(await group.fetchOffsets('g', ['t-0', 'other-0'])).toEqual({ 't-0': 7, 'other-0': 7 });
    expect(await call(ApiKey.OffsetFetch, 'bob', { groupId: 'g', topics: [], allTopics: true })).toEqual({ errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED, topics: [] });
    const all = await call(ApiKey.OffsetFetch, 'alice', { groupId: 'g', topics: [], allTopics: true });
    expect(all.topics.map((t) => [t.name, t.partitions[0]!.committedOffset])).toEqual([['t', 7]]);
    const named = await call(ApiKey.OffsetFetch, 'alice', { groupId: 'g', topics: [{ name: 't', partitions: [0] }, { name: 'other', partitions: [0] }], allTopics: false });
    expect(named.topics.map((t) => [t.name, t.partitions[0]!.committedOffset, t.partitions[0]!.errorCode])).toEqual([
      ['t', 7, ErrorCode.NONE], ['other', -1, ErrorCode.TOPIC_AUTHORIZATION_FAILED],
    ]);
  });
});

describe('group admin authorization', () => {
  it('DescribeGroups answers GROUP_AUTHORIZATION_FAILED per group without Describe', async () => {
    const { call } = await setup();
    const resp = await call(ApiKey.DescribeGroups, 'alice', { groups: ['h', 'g'] });
    expect(resp.groups.map((g) => [g.groupId, g.errorCode])).toEqual([['h', ErrorCode.GROUP_AUTHORIZATION_FAILED], ['g', ErrorCode.NONE]]);
  });

  it('ListGroups lists every group with Describe on the cluster, else only the groups the session may Describe', async () => {
    const { call, group, authorizer } = await setup();
    for (const id of ['g', 'h']) await group.commit(id, '', -1, { 't-0': 1 });
    const listed = async (who: string) => (await call(ApiKey.ListGroups, who, { statesFilter: [] })).groups.map((g) => g.groupId).sort();
    expect(await listed('alice')).toEqual(['g']);
    expect(await listed('bob')).toEqual([]);
    authorizer.allow(allow('bob', AclOperation.DESCRIBE, ResourceType.CLUSTER));
    expect(await listed('bob')).toEqual(['g', 'h']);
  });

  it('DeleteGroups deletes only groups with Delete; the others stay', async () => {
    const { call, group, authorizer } = await setup();
    for (const id of ['g', 'h']) await group.commit(id, '', -1, { 't-0': 1 });
    authorizer.allow(allow('alice', AclOperation.DELETE, ResourceType.GROUP, 'h'));
    const resp = await call(ApiKey.DeleteGroups, 'alice', { groupsNames: ['g', 'h', 'g'] });
    expect(resp.results).toEqual([{ groupId: 'g', errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED }, { groupId: 'h', errorCode: ErrorCode.NONE }]);
    expect(await group.fetchOffsets('g', ['t-0'])).toEqual({ 't-0': 1 });
    expect(await group.fetchOffsets('h', ['t-0'])).toEqual({ 't-0': -1 });
  });
});
