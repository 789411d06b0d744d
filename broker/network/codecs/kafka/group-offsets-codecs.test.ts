/**
 * OffsetCommit, OffsetFetch, DescribeGroups, ListGroups and DeleteGroups on the Kafka listener,
 * at their lowest, a middle and their highest version (client-written frames in, domain types
 * out, and back).
 */
import { ApiKey } from '../../../../proto/api';
import { ErrorCode } from '../../../../proto/errors';
import type * as G from '../../../api/groups';
import { exchange, type ClientReader } from '../../../../test/kafka/groups-frames';

describe('OffsetCommit', () => {
  test.each([0, 1, 4, 8])('v%i', async (v) => {
    const flexible = v >= 8;
    const x = await exchange(ApiKey.OffsetCommit, v, flexible, (w) => {
      w.str('g');
      if (v >= 1) w.int32(5).str('m-1');
      if (v >= 7) w.str('host-1');
      if (v >= 2 && v <= 4) w.int64(86_400_000);
      w.arr([{ name: 'orders', parts: [[0, 42, 'a'], [3, 7, null]] as const }], (t) => {
        w.str(t.name).arr(t.parts, ([p, offset, metadata]) => {
          w.int32(p).int64(offset);
          if (v >= 6) w.int32(2);
          if (v === 1) w.int64(1_700_000_000_000);
          w.str(metadata);
        });
      });
    });
    const partition = (p: number, offset: number, metadata: string): G.OffsetCommitPartition => ({
      partition: p, committedOffset: offset, committedLeaderEpoch: v >= 6 ? 2 : -1, committedMetadata: metadata, commitTimestamp: v === 1 ? 1_700_000_000_000 : -1,
    });
    expect(x.request).toEqual({
      groupId: 'g', generationId: v >= 1 ? 5 : -1, memberId: v >= 1 ? 'm-1' : '', groupInstanceId: v >= 7 ? 'host-1' : '',
      retentionTimeMs: v >= 2 && v <= 4 ? 86_400_000 : -1,
      topics: [{ name: 'orders', partitions: [partition(0, 42, 'a'), partition(3, 7, '')] }],
    });
    const read = (r: ClientReader): unknown => {
      if (v >= 3) expect(r.int32()).toBe(0);
      const topics = r.arr(() => [r.str(), r.arr(() => [r.int32(), r.int16()])]);
      r.end();
      return topics;
    };
    const ok: G.OffsetCommitResponse = { topics: [{ name: 'orders', partitions: [{ partition: 0, errorCode: 0 }, { partition: 3, errorCode: ErrorCode.OFFSET_METADATA_TOO_LARGE }] }] };
    expect(read(await x.respond(ok))).toEqual([['orders', [[0, 0], [3, ErrorCode.OFFSET_METADATA_TOO_LARGE]]]]);
    expect(read(x.error(ErrorCode.NOT_COORDINATOR))).toEqual([['orders', [[0, ErrorCode.NOT_COORDINATOR], [3, ErrorCode.NOT_COORDINATOR]]]]);
  });
});

const fetched: G.OffsetFetchResponse = {
  errorCode: 0,
  topics: [{ name: 'orders', partitions: [{ partition: 0, committedOffset: 42, committedLeaderEpoch: 2, metadata: 'a', errorCode: 0 }, { partition: 1, committedOffset: -1, committedLeaderEpoch: -1, metadata: '', errorCode: 0 }] }],
};

function readOffsetFetch(r: ClientReader, v: number): unknown {
  if (v >= 3) expect(r.int32()).toBe(0);
  const topics = r.arr(() => [r.str(), r.arr(() => [r.int32(), r.int64(), v >= 5 ? r.int32() : 'no epoch', r.str(), r.int16()])]);
  const errorCode = v >= 2 ? r.int16() : 'no group error';
  r.end();
  return { topics, errorCode };
}

describe('OffsetFetch', () => {
  test.each([0, 3, 7])('v%i: the partitions asked for', async (v) => {
    const flexible = v >= 6;
    const x = await exchange(ApiKey.OffsetFetch, v, flexible, (w) => {
      w.str('g').arr([{ name: 'orders', parts: [0, 1] }], (t) => w.str(t.name).arr(t.parts, (p) => w.int32(p), false));
      if (v >= 7) w.bool(true);
    });
    expect(x.request).toEqual({ groupId: 'g', allTopics: false, topics: [{ name: 'orders', partitions: [0, 1] }], ...(v >= 7 ? { requireStable: true } : {}) });
    const epoch = (e: number): number | string => (v >= 5 ? e : 'no epoch');
    expect(readOffsetFetch(await x.respond(fetched), v)).toEqual({
      topics: [['orders', [[0, 42, epoch(2), 'a', 0], [1, -1, epoch(-1), '', 0]]]],
      errorCode: v >= 2 ? 0 : 'no group error',
    });
    // A group-level error: before v2 every partition asked for carries it; from v2 the response does.
    const groupError = v >= 2
      ? { topics: [], errorCode: ErrorCode.COORDINATOR_LOAD_IN_PROGRESS }
      : { topics: [['orders', [[0, -1, 'no epoch', '', ErrorCode.COORDINATOR_LOAD_IN_PROGRESS], [1, -1, 'no epoch', '', ErrorCode.COORDINATOR_LOAD_IN_PROGRESS]]]], errorCode: 'no group error' };
    expect(readOffsetFetch(await x.respond({ errorCode: ErrorCode.COORDINATOR_LOAD_IN_PROGRESS, topics: [] }), v)).toEqual(groupError);
    expect(readOffsetFetch(x.error(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS), v)).toEqual(groupError);
  });

  test.each([2, 7])('v%i: a null topic list asks for every committed offset', async (v) => {
    const x = await exchange(ApiKey.OffsetFetch, v, v >= 6, (w) => {
      w.str('g').arr(null, () => undefined);
      if (v >= 7) w.bool(false);
    });
    expect(x.request).toEqual({ groupId: 'g', allTopics: true, topics: [] });
  });
});

const described: G.DescribeGroupsResponse = {
  groups: [
    {
      errorCode: 0, groupId: 'g', groupState: 'Stable', protocolType: 'consumer', protocolData: 'range',
      members: [{ memberId: 'm-1', groupInstanceId: 'host-1', clientId: 'c-1', clientHost: '/127.0.0.1', memberMetadata: Buffer.from([1]), memberAssignment: Buffer.from([2]) }],
    },
    { errorCode: ErrorCode.NOT_COORDINATOR, groupId: 'h', groupState: '', protocolType: '', protocolData: '', members: [] },
  ],
};

describe('DescribeGroups', () => {
  test.each([0, 3, 5])('v%i', async (v) => {
    const x = await exchange(ApiKey.DescribeGroups, v, v >= 5, (w) => {
      w.strings(['g', 'h']);
      if (v >= 3) w.bool(true);
    });
    expect(x.request).toEqual({ groups: ['g', 'h'] });
    const read = (r: ClientReader): unknown => {
      if (v >= 1) expect(r.int32()).toBe(0);
      const groups = r.arr(() => ({
        head: [r.int16(), r.str(), r.str(), r.str(), r.str()],
        members: r.arr(() => [r.str(), v >= 4 ? r.str() : 'no instance', r.str(), r.str(), r.bytes(), r.bytes()]),
        authorizedOperations: v >= 3 ? r.int32() : 'none',
      }));
      r.end();
      return groups;
    };
    const ops = v >= 3 ? -2147483648 : 'none';
    expect(read(await x.respond(described))).toEqual([
      { head: [0, 'g', 'Stable', 'consumer', 'range'], members: [['m-1', v >= 4 ? 'host-1' : 'no instance', 'c-1', '/127.0.0.1', Buffer.from([1]), Buffer.from([2])]], authorizedOperations: ops },
      { head: [ErrorCode.NOT_COORDINATOR, 'h', '', '', ''], members: [], authorizedOperations: ops },
    ]);
    expect(read(x.error(ErrorCode.COORDINATOR_NOT_AVAILABLE))).toEqual(['g', 'h'].map((id) => (
      { head: [ErrorCode.COORDINATOR_NOT_AVAILABLE, id, '', '', ''], members: [], authorizedOperations: ops }
    )));
  });
});

describe('ListGroups', () => {
  test.each([0, 3, 4])('v%i', async (v) => {
    const x = await exchange(ApiKey.ListGroups, v, v >= 3, (w) => {
      if (v >= 4) w.strings(['Stable', 'Empty']);
    });
    expect(x.request).toEqual({ statesFilter: v >= 4 ? ['Stable', 'Empty'] : [] });
    const read = (r: ClientReader): unknown => {
      if (v >= 1) expect(r.int32()).toBe(0);
      const out = [r.int16(), r.arr(() => [r.str(), r.str(), v >= 4 ? r.str() : 'no state'])];
      r.end();
      return out;
    };
    const state = (s: string): string => (v >= 4 ? s : 'no state');
    const resp: G.ListGroupsResponse = { errorCode: 0, groups: [{ groupId: 'g', protocolType: 'consumer', groupState: 'Stable' }, { groupId: 'solo', protocolType: '', groupState: 'Empty' }] };
    expect(read(await x.respond(resp))).toEqual([0, [['g', 'consumer', state('Stable')], ['solo', '', state('Empty')]]]);
    expect(read(x.error(ErrorCode.COORDINATOR_NOT_AVAILABLE))).toEqual([ErrorCode.COORDINATOR_NOT_AVAILABLE, []]);
  });
});

describe('DeleteGroups', () => {
  test.each([0, 1, 2])('v%i', async (v) => {
    const x = await exchange(ApiKey.DeleteGroups, v, v >= 2, (w) => w.strings(['g', 'solo']));
    expect(x.request).toEqual({ groupsNames: ['g', 'solo'] });
    const read = (r: ClientReader): unknown => {
      expect(r.int32()).toBe(0);
      const out = r.arr(() => [r.str(), r.int16()]);
      r.end();
      return out;
    };
    expect(read(await x.respond({ results: [{ groupId: 'g', errorCode: ErrorCode.NON_EMPTY_GROUP }, { groupId: 'solo', errorCode: 0 }] })))
      .toEqual([['g', ErrorCode.NON_EMPTY_GROUP], ['solo', 0]]);
    expect(read(x.error(ErrorCode.NOT_COORDINATOR))).toEqual([['g', ErrorCode.NOT_COORDINATOR], ['solo', ErrorCode.NOT_COORDINATOR]]);
  });
});
