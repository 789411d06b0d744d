import { ApiKey } from '../../../proto/api';
import { ErrorCode, SamsaProtocolError } from '../../../proto/errors';
import { type CoordinatorChannel } from './coordinator-channel';
import { GroupMembership, MemberState, isFatalGroupError, isRejoinError } from './membership';
import { matchSubscription } from './topics-source';

/** Answers each API from a queue of scripted responses. */
function scripted(responses: Partial<Record<number, object[]>>) {
  const sent: Array<{ apiKey: number; body: Record<string, unknown> }> = [];
  let unknown = 0;
  const channel: CoordinatorChannel = {
    send: async <T>(apiKey: number, body: object): Promise<T> => {
      sent.push({ apiKey, body: body as Record<string, unknown> });
      const next = responses[apiKey]?.shift();
      if (!next) throw new Error(`no scripted response for api ${apiKey}`);
      return next as T;
    },
    markCoordinatorUnknown: () => void unknown++,
    close: () => undefined,
  };
  return { channel, sent, unknownCount: () => unknown };
}

const config = { groupId: 'g', groupInstanceId: undefined, sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 60_000, requestTimeoutMs: 30_000 };
const protocols = [{ name: 'range', metadata: Buffer.from('s') }];

describe('GroupMembership', () => {
  it('joins with an empty member id, then with the one MEMBER_ID_REQUIRED returns (KIP-394)', async () => {
    const { channel, sent } = scripted({
      [ApiKey.JoinGroup]: [
        { errorCode: ErrorCode.MEMBER_ID_REQUIRED, memberId: 'c-1' },
        { errorCode: 0, generationId: 4, memberId: 'c-1', leader: 'c-0', protocolName: 'range', members: [] },
      ],
    });
    const m = new GroupMembership(channel, config);
    const joined = await m.join(protocols);
    expect(sent.map((s) => s.body.memberId)).toEqual(['', 'c-1']);
    expect(joined).toMatchObject({ generationId: 4, memberId: 'c-1', leaderId: 'c-0' });
    expect(m.isLeader).toBe(false);
    expect(m.state).toBe(MemberState.Rebalancing);
  });

  it('waits for a parked JoinGroup beyond the request timeout: rebalance timeout plus slack', async () => {
    const { channel } = scripted({ [ApiKey.JoinGroup]: [{ errorCode: 0, generationId: 1, memberId: 'a', leader: 'a', members: [] }] });
    const send = jest.spyOn(channel, 'send');
    await new GroupMembership(channel, config).join(protocols);
    expect(send.mock.calls[0]![2]).toEqual({ timeoutMs: 65_000 });
  });

  it('keeps the member id but drops the generation on ILLEGAL_GENERATION from SyncGroup', async () => {
    const { channel } = scripted({
      [ApiKey.JoinGroup]: [{ errorCode: 0, generationId: 2, memberId: 'a', leader: 'a', protocolName: 'range', members: [] }],
      [ApiKey.SyncGroup]: [{ errorCode: ErrorCode.ILLEGAL_GENERATION }],
    });
    const m = new GroupMembership(channel, config);
    await m.join(protocols);
    const err = await m.sync(new Map()).catch((e: unknown) => e);
    expect(isRejoinError(err)).toBe(true);
    expect(m.memberId).toBe('a');
    expect(m.generationId).toBe(-1);
    expect(m.state).toBe(MemberState.Unjoined);
  });

  it('forgets the coordinator on NOT_COORDINATOR and reports a retriable error', async () => {
    const { channel, unknownCount } = scripted({ [ApiKey.JoinGroup]: [{ errorCode: ErrorCode.NOT_COORDINATOR }] });
    const err = await new GroupMembership(channel, config).join(protocols).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SamsaProtocolError);
    expect((err as SamsaProtocolError).retriable).toBe(true);
    expect(isFatalGroupError(err)).toBe(false);
    expect(unknownCount()).toBe(1);
  });

  it('treats FENCED_INSTANCE_ID and INCONSISTENT_GROUP_PROTOCOL as fatal', () => {
    expect(isFatalGroupError(new SamsaProtocolError(ErrorCode.FENCED_INSTANCE_ID))).toBe(true);
    expect(isFatalGroupError(new SamsaProtocolError(ErrorCode.INCONSISTENT_GROUP_PROTOCOL))).toBe(true);
    expect(isFatalGroupError(new SamsaProtocolError(ErrorCode.REBALANCE_IN_PROGRESS))).toBe(false);
  });

  it('sends the stable state and the assignment bytes after a successful SyncGroup', async () => {
    const { channel, sent } = scripted({
      [ApiKey.JoinGroup]: [{ errorCode: 0, generationId: 1, memberId: 'a', leader: 'a', protocolName: 'range', members: [] }],
      [ApiKey.SyncGroup]: [{ errorCode: 0, assignment: Buffer.from('x') }],
    });
    const m = new GroupMembership(channel, config);
    await m.join(protocols);
    const bytes = await m.sync(new Map([['a', Buffer.from('x')]]));
    expect(bytes.toString()).toBe('x');
    expect(m.state).toBe(MemberState.Stable);
    expect(sent[1]!.body).toMatchObject({ generationId: 1, memberId: 'a', protocolName: 'range', protocolType: 'consumer' });
  });
});

describe('matchSubscription', () => {
  it('keeps literal topics and adds every topic a pattern matches, sorted and without duplicates', () => {
    expect(matchSubscription(['b', /^orders-/, 'orders-eu'], ['orders-eu', 'orders-us', 'payments', 'b'])).toEqual(['b', 'orders-eu', 'orders-us']);
  });

  it('is not thrown off by a global pattern keeping lastIndex', () => {
    expect(matchSubscription([/t/g], ['t1', 't2', 't3'])).toEqual(['t1', 't2', 't3']);
  });
});
