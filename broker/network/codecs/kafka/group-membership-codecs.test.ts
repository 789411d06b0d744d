/**
 * FindCoordinator, JoinGroup, SyncGroup, Heartbeat and LeaveGroup on the Kafka listener, at
 * their lowest, a middle and their highest version: a request written as a client writes it
 * decodes to the domain request, and a domain response (and the error answer) reads back as a
 * client reads it.
 */
import { ApiKey } from '../../../../proto/api';
import { ErrorCode } from '../../../../proto/errors';
import type * as G from '../../../api/groups';
import { exchange, groupProtocol } from '../../../../test/kafka/groups-frames';
import { KafkaDecodeError } from './primitives';

const meta = Buffer.from([0, 1, 0, 0, 0, 1, 0, 6, 111, 114, 100, 101, 114, 115, 255, 255, 255, 255]);

test('ApiVersions advertises the group APIs at the versions their codecs speak', () => {
  expect([
    ApiKey.FindCoordinator, ApiKey.JoinGroup, ApiKey.SyncGroup, ApiKey.Heartbeat, ApiKey.LeaveGroup,
    ApiKey.OffsetCommit, ApiKey.OffsetFetch, ApiKey.DescribeGroups, ApiKey.ListGroups, ApiKey.DeleteGroups,
  ].map((k) => groupProtocol.versionRange(k))).toEqual([[0, 3], [0, 7], [0, 5], [0, 4], [0, 4], [0, 8], [0, 7], [0, 5], [0, 4], [0, 2]]);
});

describe('FindCoordinator', () => {
  test.each([0, 1, 3])('v%i', async (v) => {
    const flexible = v >= 3;
    const x = await exchange(ApiKey.FindCoordinator, v, flexible, (w) => {
      w.str('orders-app');
      if (v >= 1) w.int8(0);
    });
    expect(x.request).toEqual({ key: 'orders-app', keyType: 0 });
    const ok: G.FindCoordinatorResponse = { errorCode: 0, errorMessage: '', nodeId: 2, host: 'broker-2', port: 9092 };
    const r = await x.respond(ok);
    if (v >= 1) expect(r.int32()).toBe(0);
    expect(r.int16()).toBe(0);
    if (v >= 1) expect(r.str()).toBeNull();
    expect([r.int32(), r.str(), r.int32()]).toEqual([2, 'broker-2', 9092]);
    r.end();
    const e = x.error(ErrorCode.COORDINATOR_NOT_AVAILABLE, 'not yet');
    if (v >= 1) e.int32();
    expect(e.int16()).toBe(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    if (v >= 1) expect(e.str()).toBe('not yet');
    expect([e.int32(), e.str(), e.int32()]).toEqual([-1, '', -1]);
    e.end();
  });

  test('v1 carries a transaction key type through to the handler', async () => {
    const x = await exchange(ApiKey.FindCoordinator, 1, false, (w) => w.str('tx-1').int8(1));
    expect(x.request).toEqual({ key: 'tx-1', keyType: 1 });
  });
});

const joinOk: G.JoinGroupResponse = {
  errorCode: 0, generationId: 3, protocolType: 'consumer', protocolName: 'range', leader: 'm-1', memberId: 'm-1',
  members: [{ memberId: 'm-1', groupInstanceId: '', metadata: meta }, { memberId: 'm-2', groupInstanceId: 'host-2', metadata: Buffer.from([9]) }],
};

describe('JoinGroup', () => {
  test.each([0, 5, 7])('v%i', async (v) => {
    const flexible = v >= 6;
    const x = await exchange(ApiKey.JoinGroup, v, flexible, (w) => {
      w.str('g').int32(10_000);
      if (v >= 1) w.int32(45_000);
      w.str('');
      if (v >= 5) w.str('host-1');
      w.str('consumer').arr([{ name: 'range', metadata: meta }], (p) => w.str(p.name).bytes(p.metadata));
    });
    expect(x.request).toEqual({
      groupId: 'g', sessionTimeoutMs: 10_000, rebalanceTimeoutMs: v >= 1 ? 45_000 : -1, memberId: '',
      groupInstanceId: v >= 5 ? 'host-1' : '', protocolType: 'consumer', protocols: [{ name: 'range', metadata: meta }],
      requireKnownMemberId: v >= 4,
    });
    const r = await x.respond(joinOk);
    if (v >= 2) expect(r.int32()).toBe(0);
    expect([r.int16(), r.int32()]).toEqual([0, 3]);
    if (v >= 7) expect(r.str()).toBe('consumer');
    expect([r.str(), r.str(), r.str()]).toEqual(['range', 'm-1', 'm-1']);
    const members = r.arr(() => ({ memberId: r.str(), groupInstanceId: v >= 5 ? r.str() : undefined, metadata: r.bytes() }));
    expect(members).toEqual([
      { memberId: 'm-1', groupInstanceId: v >= 5 ? null : undefined, metadata: meta },
      { memberId: 'm-2', groupInstanceId: v >= 5 ? 'host-2' : undefined, metadata: Buffer.from([9]) },
    ]);
    r.end();
    const e = x.error(ErrorCode.NOT_COORDINATOR);
    if (v >= 2) e.int32();
    expect([e.int16(), e.int32()]).toEqual([ErrorCode.NOT_COORDINATOR, -1]);
    if (v >= 7) expect(e.str()).toBeNull();
    expect([e.str(), e.str(), e.str()]).toEqual([v >= 7 ? null : '', '', '']);
    expect(e.arr(() => e.str())).toEqual([]);
    e.end();
  });

  test('v4 answers a MEMBER_ID_REQUIRED with the new member id and no protocol (v7: null)', async () => {
    for (const v of [4, 7]) {
      const x = await exchange(ApiKey.JoinGroup, v, v >= 6, (w) => {
        w.str('g').int32(10_000).int32(45_000).str('');
        if (v >= 5) w.str(null);
        w.str('consumer').arr([], () => undefined);
      });
      expect((x.request as G.JoinGroupRequest).groupInstanceId).toBe('');
      const r = await x.respond({ errorCode: ErrorCode.MEMBER_ID_REQUIRED, generationId: -1, protocolType: '', protocolName: '', leader: '', memberId: 'rdkafka-1', members: [] });
      expect([r.int32(), r.int16(), r.int32()]).toEqual([0, ErrorCode.MEMBER_ID_REQUIRED, -1]);
      if (v >= 7) expect(r.str()).toBeNull();
      expect([r.str(), r.str(), r.str()]).toEqual([v >= 7 ? null : '', '', 'rdkafka-1']);
    }
  });
});

describe('SyncGroup', () => {
  test.each([0, 3, 5])('v%i', async (v) => {
    const flexible = v >= 4;
    const x = await exchange(ApiKey.SyncGroup, v, flexible, (w) => {
      w.str('g').int32(3).str('m-1');
      if (v >= 3) w.str(null);
      if (v >= 5) w.str('consumer').str('range');
      w.arr([{ memberId: 'm-1', a: Buffer.from([1]) }, { memberId: 'm-2', a: Buffer.from([2]) }], (a) => w.str(a.memberId).bytes(a.a));
    });
    expect(x.request).toEqual({
      groupId: 'g', generationId: 3, memberId: 'm-1', groupInstanceId: '',
      protocolType: v >= 5 ? 'consumer' : '', protocolName: v >= 5 ? 'range' : '',
      assignments: [{ memberId: 'm-1', assignment: Buffer.from([1]) }, { memberId: 'm-2', assignment: Buffer.from([2]) }],
    });
    const r = await x.respond({ errorCode: 0, protocolType: 'consumer', protocolName: 'range', assignment: Buffer.from([7, 7]) });
    if (v >= 1) expect(r.int32()).toBe(0);
    expect(r.int16()).toBe(0);
    if (v >= 5) expect([r.str(), r.str()]).toEqual(['consumer', 'range']);
    expect(r.bytes()).toEqual(Buffer.from([7, 7]));
    r.end();
    const e = x.error(ErrorCode.REBALANCE_IN_PROGRESS);
    if (v >= 1) e.int32();
    expect(e.int16()).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    if (v >= 5) expect([e.str(), e.str()]).toEqual([null, null]);
    expect(e.bytes()).toEqual(Buffer.alloc(0));
    e.end();
  });
});

describe('Heartbeat', () => {
  test.each([0, 3, 4])('v%i', async (v) => {
    const x = await exchange(ApiKey.Heartbeat, v, v >= 4, (w) => {
      w.str('g').int32(3).str('m-1');
      if (v >= 3) w.str('host-1');
    });
    expect(x.request).toEqual({ groupId: 'g', generationId: 3, memberId: 'm-1', groupInstanceId: v >= 3 ? 'host-1' : '' });
    const r = await x.respond({ errorCode: ErrorCode.REBALANCE_IN_PROGRESS });
    if (v >= 1) expect(r.int32()).toBe(0);
    expect(r.int16()).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    r.end();
    const e = x.error(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    if (v >= 1) e.int32();
    expect(e.int16()).toBe(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    e.end();
  });
});

describe('LeaveGroup', () => {
  test.each([0, 2])('v%i: one member; its error is the response\'s', async (v) => {
    const x = await exchange(ApiKey.LeaveGroup, v, false, (w) => w.str('g').str('m-1'));
    expect(x.request).toEqual({ groupId: 'g', members: [{ memberId: 'm-1', groupInstanceId: '' }] });
    const r = await x.respond({ errorCode: 0, members: [{ memberId: 'm-1', groupInstanceId: '', errorCode: ErrorCode.UNKNOWN_MEMBER_ID }] });
    if (v >= 1) expect(r.int32()).toBe(0);
    expect(r.int16()).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    r.end();
    const e = x.error(ErrorCode.NOT_COORDINATOR);
    if (v >= 1) e.int32();
    expect(e.int16()).toBe(ErrorCode.NOT_COORDINATOR);
    e.end();
  });

  test.each([3, 4])('v%i: a batch of members, each with its own result', async (v) => {
    const x = await exchange(ApiKey.LeaveGroup, v, v >= 4, (w) => {
      w.str('g').arr([['m-1', null], ['', 'host-2']] as const, ([m, i]) => w.str(m).str(i));
    });
    expect(x.request).toEqual({ groupId: 'g', members: [{ memberId: 'm-1', groupInstanceId: '' }, { memberId: '', groupInstanceId: 'host-2' }] });
    const r = await x.respond({
      errorCode: 0,
      members: [{ memberId: 'm-1', groupInstanceId: '', errorCode: 0 }, { memberId: '', groupInstanceId: 'host-2', errorCode: ErrorCode.UNKNOWN_MEMBER_ID }],
    });
    expect([r.int32(), r.int16()]).toEqual([0, 0]);
    expect(r.arr(() => [r.str(), r.str(), r.int16()])).toEqual([['m-1', null, 0], ['', 'host-2', ErrorCode.UNKNOWN_MEMBER_ID]]);
    r.end();
    const e = x.error(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS);
    expect([e.int32(), e.int16()]).toEqual([0, ErrorCode.COORDINATOR_LOAD_IN_PROGRESS]);
    expect(e.arr(() => e.str())).toEqual([]);
    e.end();
  });
});

// A decode error closes the connection (index.ts), as Kafka's SocketServer does.
describe('group requests Kafka could not parse close the connection', () => {
  test('a null group id where Kafka has a non-nullable string', async () => {
    await expect(exchange(ApiKey.Heartbeat, 0, false, (w) => w.str(null).int32(1).str('m'))).rejects.toBeInstanceOf(KafkaDecodeError);
  });

  test('a JoinGroup cut short inside its protocols', async () => {
    await expect(exchange(ApiKey.JoinGroup, 5, false, (w) => {
      w.str('g').int32(10_000).int32(45_000).str('').str(null).str('consumer').int32(3).str('range');
    })).rejects.toBeInstanceOf(KafkaDecodeError);
  });

  test('a null topic list in OffsetFetch v1, where Kafka allows none', async () => {
    await expect(exchange(ApiKey.OffsetFetch, 1, false, (w) => w.str('g').arr(null, () => undefined))).rejects.toBeInstanceOf(KafkaDecodeError);
  });
});
