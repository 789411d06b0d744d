/**
 * Consumer groups of a Kafka client (confluent-kafka-python over librdkafka) on the Kafka
 * listener: members find the coordinator, join with Kafka's ConsumerProtocol and their own
 * assignors, rebalance when a member joins and when one leaves, and commit offsets that Samsa's
 * tools read, and the other way round. Nothing here consumes records through the Kafka
 * listener: the group protocol alone decides who owns which partition.
 */
import { type Admin } from '../../client';
import { runCli } from '../fixtures/cli';
import { waitFor, type TestCluster } from '../fixtures/cluster';
import { type GroupCluster, startGroupCluster } from './groups-cluster';
import { PythonMember } from './groups-python';

const topic = 'kafka-groups';
const partitions = 4;
const recordsPerPartition = 10;
const groupTimeoutMs = 60_000;
const cliTimeoutMs = 60_000;

describe('confluent-kafka-python consumer groups on the Kafka listener', () => {
  let setup: GroupCluster;
  let cluster: TestCluster;
  let admin: Admin;
  const members: PythonMember[] = [];

  beforeAll(async () => {
    setup = await startGroupCluster({ name: 'kafka-groups', brokers: 2, topic, partitions, replicationFactor: 2, records: partitions * recordsPerPartition });
    ({ cluster, admin } = setup);
  }, 120_000);

  afterEach(async () => {
    await Promise.all(members.splice(0).map((m) => m.close()));
  });

  afterAll(async () => {
    for (const m of members) m.kill();
    await setup?.stop();
  });

  function member(groupId: string, clientId: string, groupInstanceId?: string): PythonMember {
    const m = new PythonMember({ bootstrap: cluster.kafkaBootstrap, groupId, topic, clientId, assignor: 'range', groupInstanceId });
    members.push(m);
    return m;
  }

  /** Resolves when the members' current assignments split the topic: every partition held by exactly one. */
  function sharedOut(held: Array<() => number[]>, description: string): Promise<boolean> {
    return waitFor(() => {
      const all = held.flatMap((h) => h()).sort((a, b) => a - b);
      return held.every((h) => h().length > 0) && JSON.stringify(all) === JSON.stringify([...Array(partitions).keys()]);
    }, { timeoutMs: groupTimeoutMs, intervalMs: 100, description });
  }

  /** The group as its coordinator describes it: state, assignor and each client's partitions. */
  async function brokerView(groupId: string): Promise<{ state: string; protocol: string; byClient: Record<string, number[]> }> {
    const g = await admin.describeGroup(groupId);
    const byClient: Record<string, number[]> = {};
    for (const m of g.members) byClient[m.clientId] = m.assignment.flatMap((tp) => (tp.topic === topic ? tp.partitions : [])).sort((a, b) => a - b);
    return { state: g.state, protocol: g.protocol, byClient };
  }

  it('two members share the partitions, and rebalance when one joins and when one leaves', async () => {
    const groupId = 'rdkafka-pair';
    const a = member(groupId, 'member-a');
    await a.next((e) => e.event === 'assigned' && e.partitions?.length === partitions, groupTimeoutMs, 'every partition');

    const b = member(groupId, 'member-b');
    await sharedOut([() => a.current, () => b.current], 'a and b sharing the partitions');
    expect(a.current).toHaveLength(partitions / 2);
    const view = await waitFor(async () => {
      const v = await brokerView(groupId);
      return v.state === 'Stable' && Object.keys(v.byClient).length === 2 ? v : undefined;
    }, { timeoutMs: groupTimeoutMs, description: 'a Stable group of two' });
    expect(view).toEqual({ state: 'Stable', protocol: 'range', byClient: { 'member-a': a.current, 'member-b': b.current } });

    // b's LeaveGroup rebalances at once (no session timeout to wait for): a gets everything back.
    // (Other events, such as errors of fetch-side APIs, may interleave.)
    const before = a.events.length;
    await b.close();
    await a.next((e) => e.event === 'assigned' && e.partitions?.length === partitions, groupTimeoutMs, 'every partition after b left', before);
    expect(a.events.slice(before).map((e) => e.event).filter((e) => e === 'revoked' || e === 'assigned')).toEqual(['revoked', 'assigned']);
    expect(await brokerView(groupId)).toEqual({ state: 'Stable', protocol: 'range', byClient: { 'member-a': [0, 1, 2, 3] } });
  }, 180_000);

  it('a member that dies without leaving is removed when its session times out, and the other takes over', async () => {
    const groupId = 'rdkafka-crash';
    const a = member(groupId, 'survivor');
    await a.next((e) => e.event === 'assigned' && e.partitions?.length === partitions, groupTimeoutMs, 'every partition');
    const b = member(groupId, 'doomed');
    await sharedOut([() => a.current, () => b.current], 'a and b sharing the partitions');
    const before = a.events.length;
    b.kill(); // no LeaveGroup: only the coordinator's session timer (session.timeout.ms 6 s) notices
    await a.next((e) => e.event === 'assigned' && e.partitions?.length === partitions, groupTimeoutMs, 'every partition after b died', before);
    expect(await brokerView(groupId)).toEqual({ state: 'Stable', protocol: 'range', byClient: { survivor: [0, 1, 2, 3] } });
  }, 180_000);

  it('offsets a Kafka client commits are what `samsa consumer-groups --describe` shows, and the other way round', async () => {
    const groupId = 'rdkafka-commits';
    const a = member(groupId, 'committer');
    await a.next((e) => e.event === 'assigned' && e.partitions?.length === partitions, groupTimeoutMs, 'every partition');
    const offsets = { 0: 3, 1: 10, 2: 0, 3: 7 };
    expect(await a.request({ cmd: 'commit', offsets }, 'commit', groupTimeoutMs)).toMatchObject({ errors: {} });
    expect((await a.request({ cmd: 'committed' }, 'committed', groupTimeoutMs)).offsets).toEqual({ 0: 3, 1: 10, 2: 0, 3: 7 });

    const described = await runCli(['consumer-groups', '--bootstrap-server', cluster.bootstrap, '--describe', '--group', groupId], { timeoutMs: cliTimeoutMs });
    expect(described.code).toBe(0);
    const [header, ...rows] = described.stdout.split('\n').filter((l) => l.trim() !== '').map((l) => l.trim().split(/\s+/));
    expect(header).toEqual(['GROUP', 'TOPIC', 'PARTITION', 'CURRENT-OFFSET', 'LOG-END-OFFSET', 'LAG', 'CONSUMER-ID', 'HOST', 'CLIENT-ID']);
    expect(rows.map(([g, t, p, current, end, lag, , host, client]) => [g, t, Number(p), Number(current), Number(end), Number(lag), host, client])).toEqual(
      Object.entries(offsets).map(([p, o]) => [groupId, topic, Number(p), o, recordsPerPartition, recordsPerPartition - o, '/127.0.0.1', 'committer']),
    );

    // The member leaves; Samsa's client sets the offsets of the Empty group; a new Kafka member reads them.
    await a.close();
    await waitFor(async () => (await admin.describeGroup(groupId)).state === 'Empty', { timeoutMs: groupTimeoutMs, description: 'the group Empty' });
    await admin.setOffsets({ groupId, topic, partitions: [{ partition: 0, offset: 9 }, { partition: 1, offset: 1 }, { partition: 2, offset: 2 }, { partition: 3, offset: 10 }] });
    const reader = member(groupId, 'reader');
    const read = await reader.request({ cmd: 'committed', partitions: [0, 1, 2, 3] }, 'committed', groupTimeoutMs);
    expect(read.offsets).toEqual({ 0: 9, 1: 1, 2: 2, 3: 10 });
  }, 180_000);

  it('a static member (group.instance.id) that restarts within its session gets its partitions back without a rebalance', async () => {
    const groupId = 'rdkafka-static';
    const a = member(groupId, 'static-a', 'host-a');
    await a.next((e) => e.event === 'assigned' && e.partitions?.length === partitions, groupTimeoutMs, 'every partition');
    const b = member(groupId, 'static-b', 'host-b');
    await sharedOut([() => a.current, () => b.current], 'a and b sharing the partitions');
    const held = { a: a.current, b: b.current };
    const generation = await brokerView(groupId);

    // A static member sends no LeaveGroup when it closes (KIP-345): the group stays as it was.
    await a.close();
    expect(await brokerView(groupId)).toEqual(generation);
    const bEvents = b.events.length;
    const again = member(groupId, 'static-a', 'host-a');
    await again.next((e) => e.event === 'assigned', groupTimeoutMs, 'its partitions back');
    expect(again.current).toEqual(held.a);
    // b was never asked to rejoin: no revocation, and the coordinator still has both, Stable.
    expect(b.events.slice(bEvents).filter((e) => e.event === 'revoked' || e.event === 'assigned')).toEqual([]);
    expect(b.current).toEqual(held.b);
    expect(await brokerView(groupId)).toEqual(generation);
  }, 180_000);
});
