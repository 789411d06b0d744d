import { type AssignorMember, type GroupAssignment, performAssignment, type PartitionAssignor } from './assignor';
import { decodeAssignment, encodeSubscription, type TopicPartitions } from './consumer-protocol';
import { RangeAssignor } from './range-assignor';
import { RoundRobinAssignor } from './round-robin-assignor';
import { StickyAssignor } from './sticky-assignor';

function flat(a: GroupAssignment, memberId: string): string[] {
  return (a.get(memberId) ?? []).flatMap((tp) => tp.partitions.map((p) => `${tp.topic}p${p}`));
}

function counts(a: GroupAssignment): number[] {
  return [...a.values()].map((tps) => tps.reduce((n, tp) => n + tp.partitions.length, 0));
}

/** Every subscribed partition is assigned exactly once, and only to a subscriber of its topic. */
function expectComplete(a: GroupAssignment, members: AssignorMember[], partitionsPerTopic: Map<string, number>): void {
  const seen = new Map<string, string>();
  for (const [memberId, tps] of a) {
    const member = members.find((m) => m.memberId === memberId);
    for (const tp of tps) {
      expect(member?.topics).toContain(tp.topic);
      for (const p of tp.partitions) {
        const k = `${tp.topic}p${p}`;
        expect(seen.has(k)).toBe(false);
        seen.set(k, memberId);
      }
    }
  }
  const subscribed = new Set(members.flatMap((m) => m.topics));
  let expected = 0;
  for (const t of subscribed) expected += partitionsPerTopic.get(t) ?? 0;
  expect(seen.size).toBe(expected);
}

const two = (t0: number, t1: number): Map<string, number> => new Map([['t0', t0], ['t1', t1]]);

describe('RangeAssignor', () => {
  test("Kafka's documented example: two members, two topics of three partitions", () => {
    const members = [{ memberId: 'C1', topics: ['t0', 't1'] }, { memberId: 'C0', topics: ['t0', 't1'] }];
    const a = new RangeAssignor().assign(members, two(3, 3));
    expect(flat(a, 'C0')).toEqual(['t0p0', 't0p1', 't1p0', 't1p1']);
    expect(flat(a, 'C1')).toEqual(['t0p2', 't1p2']);
  });

  test('static members are ordered by instance id ahead of dynamic ones', () => {
    const members = [{ memberId: 'a', topics: ['t0'] }, { memberId: 'z', groupInstanceId: 'host-1', topics: ['t0'] }];
    const a = new RangeAssignor().assign(members, new Map([['t0', 3]]));
    expect(flat(a, 'z')).toEqual(['t0p0', 't0p1']);
    expect(flat(a, 'a')).toEqual(['t0p2']);
  });
});

describe('RoundRobinAssignor', () => {
  test("Kafka's documented example: two members, two topics of three partitions", () => {
    const members = [{ memberId: 'C0', topics: ['t0', 't1'] }, { memberId: 'C1', topics: ['t0', 't1'] }];
    const a = new RoundRobinAssignor().assign(members, two(3, 3));
    expect(flat(a, 'C0')).toEqual(['t0p0', 't0p2', 't1p1']);
    expect(flat(a, 'C1')).toEqual(['t0p1', 't1p0', 't1p2']);
  });

  test("Kafka's documented example with different subscriptions", () => {
    const members = [{ memberId: 'C0', topics: ['t0'] }, { memberId: 'C1', topics: ['t0', 't1'] }, { memberId: 'C2', topics: ['t0', 't1', 't2'] }];
    const a = new RoundRobinAssignor().assign(members, new Map([['t0', 1], ['t1', 2], ['t2', 3]]));
    expect(flat(a, 'C0')).toEqual(['t0p0']);
    expect(flat(a, 'C1')).toEqual(['t1p0']);
    expect(flat(a, 'C2')).toEqual(['t1p1', 't2p0', 't2p1', 't2p2']);
  });
});

describe.each<[string, () => PartitionAssignor]>([
  ['range', () => new RangeAssignor()],
  ['roundrobin', () => new RoundRobinAssignor()],
  ['sticky', () => new StickyAssignor()],
])('%s: completeness and balance', (_name, make) => {
  test('every partition to exactly one member; counts within one of each other for one topic', () => {
    const members = ['m1', 'm2', 'm3'].map((memberId) => ({ memberId, topics: ['t'] }));
    const topics = new Map([['t', 10]]);
    const a = make().assign(members, topics);
    expectComplete(a, members, topics);
    expect(Math.max(...counts(a)) - Math.min(...counts(a))).toBeLessThanOrEqual(1);
  });

  test('a member subscribed to a topic missing from metadata gets nothing for it', () => {
    const members = [{ memberId: 'm1', topics: ['t', 'gone'] }];
    const a = make().assign(members, new Map([['t', 2]]));
    expect(flat(a, 'm1')).toEqual(['tp0', 'tp1']);
  });
});

describe('StickyAssignor', () => {
  const topics = new Map([['t0', 6], ['t1', 6]]);
  const subscribed = (ids: string[], owned: Record<string, TopicPartitions[]> = {}): AssignorMember[] =>
    ids.map((memberId) => ({ memberId, topics: ['t0', 't1'], ownedPartitions: owned[memberId] ?? [] }));

  test('adding a member moves only what balance requires', () => {
    const before = new StickyAssignor().assign(subscribed(['a', 'b']), topics);
    const after = new StickyAssignor().assign(subscribed(['a', 'b', 'c'], Object.fromEntries(before)), topics);
    expectComplete(after, subscribed(['a', 'b', 'c']), topics);
    expect(counts(after).sort()).toEqual([4, 4, 4]);
    for (const id of ['a', 'b']) {
      const kept = flat(after, id).filter((p) => flat(before, id).includes(p));
      expect(kept).toHaveLength(4); // each old member gave up exactly 2 of its 6
    }
  });

  test('removing a member keeps every surviving assignment and spreads the orphans', () => {
    const before = new StickyAssignor().assign(subscribed(['a', 'b', 'c']), topics);
    const after = new StickyAssignor().assign(subscribed(['a', 'b'], Object.fromEntries(before)), topics);
    expectComplete(after, subscribed(['a', 'b']), topics);
    for (const id of ['a', 'b']) expect(flat(after, id)).toEqual(expect.arrayContaining(flat(before, id)));
    expect(counts(after)).toEqual([6, 6]);
  });

  test('previous assignment carried in user data (eager members own nothing at rejoin)', () => {
    const assignors = { a: new StickyAssignor(), b: new StickyAssignor() };
    const first = new StickyAssignor().assign(subscribed(['a', 'b']), topics);
    assignors.a.onAssignment(first.get('a') ?? [], 1);
    assignors.b.onAssignment(first.get('b') ?? [], 1);
    const rejoin = [
      { memberId: 'a2', topics: ['t0', 't1'], userData: assignors.a.userData() },
      { memberId: 'b2', topics: ['t0', 't1'], userData: assignors.b.userData() },
    ];
    const second = new StickyAssignor().assign(rejoin, topics);
    expect(flat(second, 'a2')).toEqual(flat(first, 'a'));
    expect(flat(second, 'b2')).toEqual(flat(first, 'b'));
  });

  test('balanced with unequal subscriptions: no partition can move to a member with two fewer', () => {
    const members = [{ memberId: 'a', topics: ['t0'] }, { memberId: 'b', topics: ['t0', 't1'] }, { memberId: 'c', topics: ['t1'] }];
    const a = new StickyAssignor().assign(members, topics);
    expectComplete(a, members, topics);
    expect(counts(a)).toEqual([4, 4, 4]);
  });
});

test('performAssignment decodes subscriptions and encodes one assignment per member', () => {
  const members = ['m1', 'm2'].map((memberId) => ({ memberId, metadata: encodeSubscription({ topics: ['t'], userData: null, ownedPartitions: [] }) }));
  const out = performAssignment(new RangeAssignor(), members, new Map([['t', 3]]));
  expect(out.map((o) => [o.memberId, decodeAssignment(o.assignment).partitions])).toEqual([
    ['m1', [{ topic: 't', partitions: [0, 1] }]],
    ['m2', [{ topic: 't', partitions: [2] }]],
  ]);
});
