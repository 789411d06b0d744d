import { ApiKey } from '../../../proto/api';
import { ErrorCode } from '../../../proto/errors';
import { type samsa } from '../../../proto/generated/samsa';
import { SubscriptionState } from '../subscription-state';
import { type AssignorMember, type PartitionAssignor, type SubscriptionCodec } from './assignment';
import { type CoordinatorChannel } from './coordinator-channel';
import { ConsumerGroup, type ConsumerGroupConfig } from './consumer-group';
import { MemberState } from './membership';
import { retryPolicy } from '../../retry';

/** ConsumerProtocol stand-in: the group code only needs a round trip. */
const jsonCodec: SubscriptionCodec = {
  encodeSubscription: (s) => Buffer.from(JSON.stringify(s)),
  decodeSubscription: (b) => JSON.parse(b.toString()) as ReturnType<SubscriptionCodec['decodeSubscription']>,
  encodeAssignment: (a) => Buffer.from(JSON.stringify(a)),
  decodeAssignment: (b) => JSON.parse(b.toString()) as ReturnType<SubscriptionCodec['decodeAssignment']>,
};

/** Every partition to the members in turn (enough to see the leader's assignment travel). */
const dealAssigner: PartitionAssignor = {
  name: 'deal',
  assign(members: AssignorMember[], partitionsPerTopic: Map<string, number>) {
    const ids = members.map((m) => m.memberId).sort();
    const out = new Map<string, Array<{ topic: string; partitions: number[] }>>(ids.map((id) => [id, []]));
    let i = 0;
    for (const [topic, count] of [...partitionsPerTopic].sort()) {
      for (let p = 0; p < count; p++) {
        const list = out.get(ids[i++ % ids.length]!)!;
        const entry = list.find((e) => e.topic === topic) ?? { topic, partitions: [] };
        if (!list.includes(entry)) list.push(entry);
        entry.partitions.push(p);
      }
    }
    return out;
  },
};

interface Call {
  apiKey: number;
  body: Record<string, unknown>;
}

/** A coordinator for a group of one member, scriptable per API. */
class FakeCoordinator implements CoordinatorChannel {
  readonly calls: Call[] = [];
  generationId = 0;
  heartbeatError = 0;
  committed = new Map<string, number>();
  closed = 0;
  unknown = 0;

  send<T>(apiKey: number, body: object): Promise<T> {
    const b = body as Record<string, unknown>;
    this.calls.push({ apiKey, body: b });
    return Promise.resolve(this.answer(apiKey, b) as T);
  }

  markCoordinatorUnknown(): void {
    this.unknown++;
  }

  close(): void {
    this.closed++;
  }

  apis(): string[] {
    const names: Record<number, string> = { 8: 'OffsetCommit', 9: 'OffsetFetch', 11: 'JoinGroup', 12: 'Heartbeat', 13: 'LeaveGroup', 14: 'SyncGroup' };
    return this.calls.map((c) => names[c.apiKey] ?? String(c.apiKey));
  }

  private answer(apiKey: number, b: Record<string, unknown>): object {
    switch (apiKey) {
      case ApiKey.JoinGroup: {
        const req = b as samsa.v1.IJoinGroupRequest;
        if (!req.memberId) return { errorCode: ErrorCode.MEMBER_ID_REQUIRED, memberId: 'member-1' };
        this.generationId++;
        const protocol = req.protocols![0]!;
        return { errorCode: 0, generationId: this.generationId, protocolName: protocol.name, leader: req.memberId, memberId: req.memberId, members: [{ memberId: req.memberId, metadata: protocol.metadata }] };
      }
      case ApiKey.SyncGroup: {
        const req = b as samsa.v1.ISyncGroupRequest;
        return { errorCode: 0, assignment: req.assignments!.find((a) => a.memberId === req.memberId)?.assignment };
      }
      case ApiKey.Heartbeat:
        return { errorCode: this.heartbeatError };
      case ApiKey.OffsetFetch: {
        const req = b as samsa.v1.IOffsetFetchRequest;
        return {
          errorCode: 0,
          topics: req.topics!.map((t) => ({ name: t.name, partitions: t.partitions!.map((p) => ({ partition: p, committedOffset: this.committed.get(`${t.name}-${p}`) ?? -1, errorCode: 0 })) })),
        };
      }
      case ApiKey.OffsetCommit: {
        const req = b as samsa.v1.IOffsetCommitRequest;
        for (const t of req.topics!) for (const p of t.partitions!) this.committed.set(`${t.name}-${p.partition}`, Number(p.committedOffset));
        return { topics: req.topics!.map((t) => ({ name: t.name, partitions: t.partitions!.map((p) => ({ partition: p.partition, errorCode: 0 })) })) };
      }
      case ApiKey.LeaveGroup:
        return { errorCode: 0, members: [] };
      default:
        throw new Error(`unexpected api ${apiKey}`);
    }
  }
}

const silent = { error: () => undefined, warn: () => undefined, info: () => undefined, debug: () => undefined, child: () => silent };

function setup(overrides: Partial<ConsumerGroupConfig> = {}) {
  const coordinator = new FakeCoordinator();
  const subscriptions = new SubscriptionState('latest');
  const events: Array<{ event: string; payload: Record<string, unknown> }> = [];
  const config: ConsumerGroupConfig = {
    groupId: 'g',
    groupInstanceId: undefined,
    sessionTimeoutMs: 10_000,
    rebalanceTimeoutMs: 60_000,
    heartbeatIntervalMs: 3000,
    partitionAssigners: [dealAssigner],
    autoCommit: true,
    autoCommitIntervalMs: 5000,
    autoOffsetReset: 'latest',
    retryBackoffMs: 100,
    requestTimeoutMs: 30_000,
    metadataMaxAgeMs: 300_000,
    ...overrides,
  };
  const host = {
    subscriptions,
    logger: silent,
    emit: (event: string, payload: object) => void events.push({ event, payload: payload as Record<string, unknown> }),
    assignmentChanged: () => undefined,
    wakeup: () => undefined,
  };
  const topics = { partitionCounts: async (names: readonly string[]) => new Map(names.filter((n) => n === 't').map((n) => [n, 3])), allTopics: async () => ['t', 'other'] };
  const group = new ConsumerGroup(config, host, { channel: coordinator, topics, codec: jsonCodec, retry: retryPolicy() });
  return { group, coordinator, subscriptions, events };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('ConsumerGroup join and sync', () => {
  it('rejoins with the member id MEMBER_ID_REQUIRED hands out, assigns as leader and seeds positions from commits', async () => {
    const { group, coordinator, subscriptions, events } = setup();
    coordinator.committed.set('t-1', 42);
    group.subscribe(['t'], false);
    group.start();
    await group.poll();

    expect(coordinator.apis()).toEqual(['JoinGroup', 'JoinGroup', 'SyncGroup', 'OffsetFetch']);
    expect(coordinator.calls[1]!.body.memberId).toBe('member-1');
    expect(group.membership.state).toBe(MemberState.Stable);
    expect(group.membership.generationId).toBe(1);
    expect(subscriptions.assigned().map((s) => [s.partition, s.position, s.pendingReset?.kind])).toEqual([
      [0, undefined, 'latest'],
      [1, 42, undefined],
      [2, undefined, 'latest'],
    ]);
    const join = events.find((e) => e.event === 'group_join')!.payload;
    expect(join).toMatchObject({ generationId: 1, memberId: 'member-1', leaderId: 'member-1', isLeader: true, memberAssignment: { t: [0, 1, 2] } });
    await group.leave();
  });

  it('subscribes to pattern matches and starts fromBeginning partitions at earliest', async () => {
    const { group, coordinator, subscriptions } = setup();
    group.subscribe([/^t$/], true);
    group.start();
    await group.poll();
    const subscription = JSON.parse(Buffer.from((coordinator.calls[1]!.body as samsa.v1.IJoinGroupRequest).protocols![0]!.metadata!).toString()) as { topics: string[] };
    expect(subscription.topics).toEqual(['t']);
    expect(subscriptions.assigned().every((s) => s.pendingReset?.kind === 'earliest')).toBe(true);
    await group.leave();
  });

  it('on REBALANCE_IN_PROGRESS commits processed positions and revokes before joining again (eager)', async () => {
    const revoked: unknown[] = [];
    const { group, coordinator, subscriptions } = setup({ onPartitionsRevoked: (p) => void revoked.push(p) });
    group.subscribe(['t'], false);
    group.start();
    await group.poll();
    subscriptions.state('t', 0)!.seek(7);
    coordinator.heartbeatError = ErrorCode.REBALANCE_IN_PROGRESS;
    await jest.advanceTimersByTimeAsync(3000);
    expect(group.isRejoinNeeded).toBe(true);

    coordinator.calls.length = 0;
    coordinator.heartbeatError = 0;
    await group.poll();
    expect(coordinator.apis()).toEqual(['OffsetCommit', 'JoinGroup', 'SyncGroup', 'OffsetFetch']);
    expect(coordinator.committed.get('t-0')).toBe(7);
    expect(revoked).toHaveLength(1);
    expect(group.membership.generationId).toBe(2);
    expect(subscriptions.state('t', 0)!.position).toBe(7);
    await group.leave();
  });

  it('forgets the member id after UNKNOWN_MEMBER_ID and joins as a new member', async () => {
    const { group, coordinator } = setup();
    group.subscribe(['t'], false);
    group.start();
    await group.poll();
    coordinator.heartbeatError = ErrorCode.UNKNOWN_MEMBER_ID;
    await jest.advanceTimersByTimeAsync(3000);
    expect(group.membership.memberId).toBe('');
    expect(group.isRejoinNeeded).toBe(true);
    coordinator.heartbeatError = 0;
    coordinator.calls.length = 0;
    await group.poll();
    expect(coordinator.apis()).toEqual(['JoinGroup', 'JoinGroup', 'SyncGroup', 'OffsetFetch']);
    await group.leave();
  });
});

describe('ConsumerGroup heartbeats (KIP-62)', () => {
  it('keeps heartbeating while a handler call is blocked, and leaves only after the rebalance timeout', async () => {
    const { group, coordinator, events } = setup({ rebalanceTimeoutMs: 60_000 });
    group.subscribe(['t'], false);
    group.start();
    await group.poll();
    coordinator.calls.length = 0;

    group.handlerStarted(); // the handler never returns during this test
    await jest.advanceTimersByTimeAsync(30_000); // three session timeouts
    const heartbeats = coordinator.apis().filter((a) => a === 'Heartbeat').length;
    expect(heartbeats).toBe(10);
    expect(coordinator.apis()).not.toContain('LeaveGroup');
    expect(events.filter((e) => e.event === 'heartbeat')).toHaveLength(10);

    await jest.advanceTimersByTimeAsync(33_000);
    expect(coordinator.apis()).toContain('LeaveGroup');
    expect(group.isRejoinNeeded).toBe(true);
    group.handlerFinished();
    await group.leave();
  });

  it('auto-commits moved positions every autoCommitIntervalMs, and nothing when nothing moved', async () => {
    const { group, coordinator, subscriptions, events } = setup({ autoCommitIntervalMs: 5000 });
    group.subscribe(['t'], false);
    group.start();
    await group.poll();
    subscriptions.state('t', 2)!.seek(11);
    await jest.advanceTimersByTimeAsync(5000);
    expect(coordinator.committed.get('t-2')).toBe(11);
    expect(events.filter((e) => e.event === 'commit_offsets')).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(5000);
    expect(coordinator.apis().filter((a) => a === 'OffsetCommit')).toHaveLength(1);
    await group.leave();
  });
});

describe('ConsumerGroup leave', () => {
  it('commits, revokes and sends LeaveGroup for a dynamic member', async () => {
    const { group, coordinator, subscriptions } = setup();
    group.subscribe(['t'], false);
    group.start();
    await group.poll();
    subscriptions.state('t', 1)!.seek(3);
    coordinator.calls.length = 0;
    await group.leave();
    expect(coordinator.apis()).toEqual(['OffsetCommit', 'LeaveGroup']);
    expect(subscriptions.assigned()).toEqual([]);
    expect(group.membership.memberId).toBe('');
  });

  it('sends no LeaveGroup for a static member (KIP-345) and keeps its member id', async () => {
    const { group, coordinator } = setup({ groupInstanceId: 'instance-a', autoCommit: false });
    group.subscribe(['t'], false);
    group.start();
    await group.poll();
    expect(coordinator.calls[0]!.body.groupInstanceId).toBe('instance-a');
    coordinator.calls.length = 0;
    await group.leave();
    expect(coordinator.apis()).toEqual([]);
    expect(group.membership.memberId).toBe('member-1');
  });
});
