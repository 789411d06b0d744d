import { PassThrough } from 'node:stream';
import { type Admin } from '../admin/admin';
import { type GroupDescription } from '../admin/groups';
import { commands, parseArgs } from './args';
import { consumeOptions } from './consume';
import { groupsAction, parseTopicScope, resetSpec, runConsumerGroups } from './consumer-groups';
import { formatMembers, formatOffsetRows, formatReset, formatState, offsetRows, stateNote } from './group-tables';

const parse = (argv: string[]) => parseArgs(commands['consumer-groups']!, argv);

const group: GroupDescription = {
  groupId: 'orders',
  errorCode: 0,
  state: 'Stable',
  protocolType: 'consumer',
  protocol: 'range',
  coordinator: { nodeId: 2, host: 'broker-2', port: 9092 },
  members: [
    { memberId: 'c-1-aaaa', groupInstanceId: null, clientId: 'c-1', clientHost: '/10.0.0.1', memberMetadata: Buffer.alloc(0), memberAssignment: Buffer.alloc(0), assignment: [{ topic: 't', partitions: [0, 1] }] },
    { memberId: 'c-2-bbbb', groupInstanceId: null, clientId: 'c-2', clientHost: '/10.0.0.2', memberMetadata: Buffer.alloc(0), memberAssignment: Buffer.alloc(0), assignment: [] },
  ],
};

describe('consumer-groups arguments', () => {
  it('needs exactly one action, and a group for all but --list', () => {
    expect(groupsAction(parse(['--list']))).toBe('list');
    expect(groupsAction(parse(['--describe', '--group', 'g', '--members']))).toBe('describe');
    expect(() => groupsAction(parse(['--list', '--describe']))).toThrow(/exactly one/);
    expect(() => groupsAction(parse(['--describe']))).toThrow(/--group/);
    expect(() => groupsAction(parse(['--describe', '--group', 'g', '--members', '--state']))).toThrow(/cannot be used together/);
    expect(() => groupsAction(parse(['--delete', '--group', 'g', '--members']))).toThrow(/only with --describe/);
  });

  it('reads one reset target, negative shifts included', () => {
    expect(resetSpec(parse(['--to-earliest']))).toEqual({ kind: 'earliest' });
    expect(resetSpec(parse(['--shift-by', '-5']))).toEqual({ kind: 'shift', shiftBy: -5 });
    expect(resetSpec(parse(['--to-offset', '12']))).toEqual({ kind: 'offset', offset: 12 });
    expect(resetSpec(parse(['--to-datetime', '2020-01-01T00:00:00.000Z']))).toEqual({ kind: 'datetime', timestampMs: Date.UTC(2020, 0, 1) });
    expect(() => resetSpec(parse(['--to-earliest', '--to-latest']))).toThrow(/exactly one/);
    expect(() => resetSpec(parse(['--to-offset', '-1']))).toThrow(/--to-offset/);
  });

  it("parses Kafka's --topic t and t:p,p forms", () => {
    expect(parseTopicScope('t')).toEqual({ topic: 't', partitions: undefined });
    expect(parseTopicScope('t:0,2')).toEqual({ topic: 't', partitions: [0, 2] });
    expect(() => parseTopicScope('t:x')).toThrow(/integer/);
  });

  it('lets consume join a group, but not together with --partition or --offset', () => {
    const consume = (argv: string[]) => consumeOptions(parseArgs(commands.consume!, argv));
    expect(consume(['--topic', 't', '--group', 'g']).group).toBe('g');
    expect(() => consume(['--topic', 't', '--group', 'g', '--partition', '0'])).toThrow(/--group/);
  });
});

describe('consumer-groups tables', () => {
  it("prints the lag table with Kafka's headers, '-' for unknowns, members without partitions last", () => {
    const rows = offsetRows(group, new Map([['t:0', 5], ['t:2', 9]]), new Map([['t:0', 8], ['t:1', 4], ['t:2', 9]]));
    const lines = formatOffsetRows(rows);
    expect(lines[0]!.split(/\s+/)).toEqual(['GROUP', 'TOPIC', 'PARTITION', 'CURRENT-OFFSET', 'LOG-END-OFFSET', 'LAG', 'CONSUMER-ID', 'HOST', 'CLIENT-ID']);
    expect(lines.slice(1).map((l) => l.split(/\s+/))).toEqual([
      ['orders', 't', '0', '5', '8', '3', 'c-1-aaaa', '/10.0.0.1', 'c-1'],
      ['orders', 't', '1', '-', '4', '-', 'c-1-aaaa', '/10.0.0.1', 'c-1'],
      ['orders', 't', '2', '9', '9', '0', '-', '-', '-'],
      ['orders', '-', '-', '-', '-', '-', 'c-2-bbbb', '/10.0.0.2', 'c-2'],
    ]);
    expect(lines[0]!.indexOf('TOPIC')).toBe(16); // GROUP is padded to Kafka's 15 columns
  });

  it('prints --members, --state and the reset table with their headers', () => {
    const members = formatMembers(group);
    expect(members[0]!.split(/\s+/).filter(Boolean)).toEqual(['GROUP', 'CONSUMER-ID', 'HOST', 'CLIENT-ID', '#PARTITIONS']);
    expect(members[1]!.split(/\s+/).filter(Boolean)).toEqual(['orders', 'c-1-aaaa', '/10.0.0.1', 'c-1', '2']);
    const state = formatState(group);
    expect(state[0]).toMatch(/^GROUP\s+COORDINATOR \(ID\)\s+ASSIGNMENT-STRATEGY\s+STATE\s+#MEMBERS$/);
    expect(state[1]!.split(/\s{2,}|\s(?=\S+$)/)).toEqual(['orders', 'broker-2:9092 (2)', 'range', 'Stable', '2']);
    const reset = formatReset([{ group: 'orders', topic: 't', partition: 1, newOffset: 7 }, { group: 'orders', topic: 't', partition: 0, newOffset: 3 }]);
    expect(reset.map((l) => l.trimEnd().split(/\s+/))).toEqual([
      ['GROUP', 'TOPIC', 'PARTITION', 'NEW-OFFSET'],
      ['orders', 't', '0', '3'],
      ['orders', 't', '1', '7'],
    ]);
  });

  it("says what Kafka says about empty, rebalancing and missing groups", () => {
    expect(stateNote('g', 'Empty', 2)).toEqual({ print: true, note: "\nConsumer group 'g' has no active members." });
    expect(stateNote('g', 'PreparingRebalance', 0).note).toBe("\nWarning: Consumer group 'g' is rebalancing.");
    expect(stateNote('g', 'Dead', 0)).toEqual({ print: false, error: "Consumer group 'g' does not exist." });
  });
});

describe('consumer-groups --reset-offsets', () => {
  function fakeAdmin(state: string) {
    const commits: unknown[] = [];
    const admin = {
      describeGroup: async () => ({ ...group, state }),
      fetchOffsets: async () => [{ topic: 't', partitions: [{ partition: 0, offset: 5, metadata: '' }, { partition: 1, offset: 6, metadata: '' }] }],
      fetchTopicOffsets: async () => [
        { partition: 0, offset: 20, high: 20, low: 0 },
        { partition: 1, offset: 30, high: 30, low: 2 },
      ],
      commitGroupOffsets: async (_g: string, offsets: unknown) => void commits.push(offsets),
    } as unknown as Admin;
    const out: string[] = [];
    const stdout = new PassThrough();
    stdout.on('data', (c: Buffer) => out.push(c.toString()));
    return { admin, commits, io: { stdout, stderr: new PassThrough(), stdin: new PassThrough() }, text: () => out.join('') };
  }

  it("refuses an active group with Kafka's message", async () => {
    const { admin, io, commits } = fakeAdmin('Stable');
    await expect(runConsumerGroups(admin, parse(['--reset-offsets', '--group', 'orders', '--topic', 't', '--to-earliest', '--execute']), io)).rejects.toThrow(
      "Assignments can only be reset if the group 'orders' is inactive, but the current state is Stable.",
    );
    expect(commits).toEqual([]);
  });

  it('prints the new offsets on --dry-run and commits them only on --execute', async () => {
    const dry = fakeAdmin('Empty');
    await runConsumerGroups(dry.admin, parse(['--reset-offsets', '--group', 'orders', '--topic', 't', '--shift-by', '-3', '--dry-run']), dry.io);
    expect(dry.commits).toEqual([]);
    expect(dry.text().trim().split('\n').slice(1).map((l) => l.trimEnd().split(/\s+/))).toEqual([
      ['orders', 't', '0', '2'],
      ['orders', 't', '1', '3'],
    ]);
    const run = fakeAdmin('Empty');
    await runConsumerGroups(run.admin, parse(['--reset-offsets', '--group', 'orders', '--topic', 't:1', '--to-latest', '--execute']), run.io);
    expect(run.commits).toEqual([[{ topic: 't', partition: 1, offset: 30 }]]);
  });
});
