/**
 * `reassign-partitions --bootstrap-server` against a scripted admin: every action's output checked
 * against Kafka 2.6+'s ReassignPartitionsCommand formats, and what it asks of the cluster.
 */
import { PassThrough } from 'node:stream';
import { parseArgs } from '../../client/cli/args';
import type { CliIo } from '../../client/cli/output';
import type { PartitionReassignmentTarget } from '../../client/admin/reassignments';
import { type ReassignAdminAction, type ReassignmentAdmin, runReassignAdminAction } from './reassign-partitions-admin';
import type { ConfigChange } from './reassignment-throttles';
import { brokerCommands } from './samsa';

class FakeAdmin implements ReassignmentAdmin {
  moving: Array<{ topic: string; partition: number; replicas: number[]; addingReplicas: number[]; removingReplicas: number[] }> = [];
  readonly topics = new Map<string, Map<number, number[]>>([['t', new Map([[0, [1, 2]], [1, [2, 3]]])]]);
  readonly altered: PartitionReassignmentTarget[][] = [];
  readonly configChanges: ConfigChange[][] = [];
  refuse: Map<string, string> = new Map();

  async listPartitionReassignments(options?: { topics?: Array<{ topic: string; partitions: number[] }> }) {
    const wanted = options?.topics?.flatMap((t) => t.partitions.map((p) => `${t.topic}-${p}`));
    const list = this.moving.filter((m) => !wanted || wanted.includes(`${m.topic}-${m.partition}`));
    return { topics: [...new Set(list.map((m) => m.topic))].map((topic) => ({ topic, partitions: list.filter((m) => m.topic === topic) })) };
  }
  async alterPartitionReassignments(options: { topics: PartitionReassignmentTarget[] }) {
    this.altered.push(options.topics);
    return options.topics.flatMap((t) => t.partitionAssignments.map((p) => {
      const message = this.refuse.get(`${t.topic}-${p.partition}`);
      return { topic: t.topic, partition: p.partition, errorCode: message ? 39 : 0, errorMessage: message ?? '' };
    }));
  }
  async describeCluster() {
    return { brokers: [1, 2, 3, 4].map((nodeId) => ({ nodeId })) };
  }
  async topicReplicas(topic: string) {
    return this.topics.get(topic);
  }
  async incrementalAlterConfigs(changes: ConfigChange[]) {
    this.configChanges.push(changes);
    return changes.map((c) => ({ errorCode: 0, errorMessage: '', resourceName: c.name }));
  }
}

const files: Record<string, string> = {
  'plan.json': '{"version":1,"partitions":[{"topic":"t","partition":0,"replicas":[3,4]},{"topic":"t","partition":1,"replicas":[2,3]}]}',
  'one.json': '{"version":1,"partitions":[{"topic":"t","partition":0,"replicas":[3,4]}]}',
  'move.json': '{"version":1,"topics":[{"topic":"t"}]}',
};

async function run(admin: FakeAdmin, action: ReassignAdminAction, argv: string[]): Promise<{ status: number; out: string }> {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  const io: CliIo = { stdout, stderr: new PassThrough(), stdin: new PassThrough() };
  const spec = brokerCommands.find((c) => c.spec.name === 'reassign-partitions')!.spec;
  const args = parseArgs(spec, ['--bootstrap-server', 'b:9092', `--${action}`, ...argv]);
  const status = await runReassignAdminAction(admin, action, args, io, async (p) => files[p]!);
  return { status, out };
}

describe('reassign-partitions --bootstrap-server', () => {
  it('--execute prints the rollback plan and the partitions it started', async () => {
    const admin = new FakeAdmin();
    const { status, out } = await run(admin, 'execute', ['--reassignment-json-file', 'plan.json']);
    expect(status).toBe(0);
    expect(out).toBe('Current partition replica assignment\n\n'
      + '{"version":1,"partitions":[{"topic":"t","partition":0,"replicas":[1,2],"log_dirs":["any","any"]},{"topic":"t","partition":1,"replicas":[2,3],"log_dirs":["any","any"]}]}\n\n'
      + 'Save this to use as the --reassignment-json-file option during rollback\n'
      + 'Successfully started partition reassignments for t-0,t-1\n');
    expect(admin.altered).toEqual([[{ topic: 't', partitionAssignments: [{ partition: 0, replicas: [3, 4] }, { partition: 1, replicas: [2, 3] }] }]]);
    expect(admin.configChanges).toEqual([]);
  });

  it('--execute --throttle throttles sources as leaders and new replicas as followers on every broker involved', async () => {
    const admin = new FakeAdmin();
    const { out } = await run(admin, 'execute', ['--reassignment-json-file', 'one.json', '--throttle', '50000']);
    expect(out).toContain('Save this to use as the --reassignment-json-file option during rollback\n'
      + 'Warning: You must run --verify periodically, until the reassignment completes, to ensure the throttle is removed.\n'
      + 'The inter-broker throttle limit was set to 50000 B/s\n'
      + 'Successfully started partition reassignment for t-0\n');
    const rate = (id: number) => ({ type: 4, name: String(id), configEntries: [
      { name: 'leader.replication.throttled.rate', value: '50000', operation: 'SET' },
      { name: 'follower.replication.throttled.rate', value: '50000', operation: 'SET' },
    ] });
    expect(admin.configChanges).toEqual([[
      { type: 2, name: 't', configEntries: [
        { name: 'leader.replication.throttled.replicas', value: '0:1,0:2', operation: 'SET' },
        { name: 'follower.replication.throttled.replicas', value: '0:3,0:4', operation: 'SET' },
      ] },
      rate(1), rate(2), rate(3), rate(4),
    ]]);
  });

  it('--execute refuses while a move runs unless --additional, and reports refused partitions tersely', async () => {
    const admin = new FakeAdmin();
    admin.moving = [{ topic: 't', partition: 1, replicas: [4, 2, 3], addingReplicas: [4], removingReplicas: [3] }];
    const refused = await run(admin, 'execute', ['--reassignment-json-file', 'one.json']);
    expect(refused).toEqual({ status: 1, out: 'Cannot execute because there is an existing partition assignment.  Use --additional to override this and '
      + 'create a new partition assignment in addition to the existing one. The --additional flag can also be used to change the throttle by '
      + 'resubmitting the current reassignment.\n' });
    expect(admin.altered).toEqual([]);
    admin.refuse.set('t-0', 'Replica assignment has brokers that are not alive.');
    const failed = await run(admin, 'execute', ['--reassignment-json-file', 'one.json', '--additional']);
    expect(failed.status).toBe(1);
    expect(failed.out.endsWith('Error reassigning partition(s):\nt-0: Replica assignment has brokers that are not alive.\n')).toBe(true);
  });

  it('--execute refuses an unknown broker or partition before changing anything', async () => {
    const admin = new FakeAdmin();
    files['bad-broker.json'] = '{"version":1,"partitions":[{"topic":"t","partition":0,"replicas":[9]}]}';
    files['bad-partition.json'] = '{"version":1,"partitions":[{"topic":"t","partition":7,"replicas":[1]}]}';
    await expect(run(admin, 'execute', ['--reassignment-json-file', 'bad-broker.json'])).rejects.toThrow('Unknown broker id 9');
    await expect(run(admin, 'execute', ['--reassignment-json-file', 'bad-partition.json'])).rejects.toThrow('Unable to find partition t-7');
    expect(admin.altered).toEqual([]);
  });

  it('--verify reports each partition and clears the throttles once nothing moves', async () => {
    const admin = new FakeAdmin();
    admin.moving = [{ topic: 't', partition: 0, replicas: [3, 4, 1, 2], addingReplicas: [3, 4], removingReplicas: [1, 2] }];
    const during = await run(admin, 'verify', ['--reassignment-json-file', 'plan.json']);
    expect(during.out).toBe('Status of partition reassignment:\nReassignment of partition t-0 is still in progress.\nReassignment of partition t-1 is complete.\n\n');
    expect(admin.configChanges).toEqual([]);
    admin.moving = [];
    admin.topics.set('t', new Map([[0, [3, 4]], [1, [3, 2]]]));
    const after = await run(admin, 'verify', ['--reassignment-json-file', 'plan.json']);
    expect(after.out).toBe('Status of partition reassignment:\nReassignment of partition t-0 is complete.\n'
      + 'There is no active reassignment of partition t-1, but replica set is 3,2 rather than 2,3.\n\n'
      + 'Clearing broker-level throttles on brokers 1,2,3,4\nClearing topic-level throttles on topic t\n');
    expect(admin.configChanges.map((c) => c.map((r) => `${r.type}:${r.name}:${r.configEntries.map((e) => `${e.operation} ${e.name}`).join('|')}`))).toEqual([
      [1, 2, 3, 4].map((id) => `4:${id}:DELETE leader.replication.throttled.rate|DELETE follower.replication.throttled.rate|DELETE replica.alter.log.dirs.io.max.bytes.per.second`),
      ['2:t:DELETE leader.replication.throttled.replicas|DELETE follower.replication.throttled.replicas'],
    ]);
    await run(admin, 'verify', ['--reassignment-json-file', 'plan.json', '--preserve-throttles']);
    expect(admin.configChanges).toHaveLength(2);
  });

  it('--cancel cancels only the named partitions that move, then clears the throttles', async () => {
    const admin = new FakeAdmin();
    admin.moving = [{ topic: 't', partition: 0, replicas: [3, 4, 1, 2], addingReplicas: [3, 4], removingReplicas: [1, 2] }];
    const { status, out } = await run(admin, 'cancel', ['--reassignment-json-file', 'plan.json', '--preserve-throttles']);
    expect(status).toBe(0);
    expect(out).toBe('Successfully cancelled partition reassignment for: t-0\nNone of the specified partition moves are active.\n');
    expect(admin.altered).toEqual([[{ topic: 't', partitionAssignments: [{ partition: 0, replicas: null }] }]]);
    admin.moving = [];
    const none = await run(admin, 'cancel', ['--reassignment-json-file', 'plan.json']);
    expect(none.out).toBe('None of the specified partition reassignments are active.\nNone of the specified partition moves are active.\n'
      + 'Clearing broker-level throttles on brokers 1,2,3,4\nClearing topic-level throttles on topic t\n');
    expect(admin.altered).toHaveLength(1);
  });

  it('--list prints Kafka\'s lines, adding and removing only when there are some', async () => {
    const admin = new FakeAdmin();
    expect((await run(admin, 'list', [])).out).toBe('No partition reassignments found.\n');
    admin.moving = [
      { topic: 't', partition: 1, replicas: [2, 3], addingReplicas: [], removingReplicas: [] },
      { topic: 't', partition: 0, replicas: [3, 4, 1, 2], addingReplicas: [3, 4], removingReplicas: [1, 2] },
    ];
    expect((await run(admin, 'list', [])).out).toBe('Current partition reassignments:\nt-0: replicas: 3,4,1,2. adding: 3,4. removing: 1,2.\nt-1: replicas: 2,3.\n');
  });

  it('--generate proposes an assignment over --broker-list from what the brokers report', async () => {
    const admin = new FakeAdmin();
    const { out } = await run(admin, 'generate', ['--topics-to-move-json-file', 'move.json', '--broker-list', '3,4']);
    expect(out).toMatch(/^Current partition replica assignment\n\{"version":1,"partitions":\[\{"topic":"t","partition":0,"replicas":\[1,2\]/);
    expect(out).toContain('\n\nProposed partition reassignment configuration\n{"version":1,"partitions":[{"topic":"t","partition":0,"replicas":[');
    await expect(run(admin, 'generate', ['--topics-to-move-json-file', 'move.json', '--broker-list', '3,9'])).rejects.toThrow('non-existent brokerIDs: 9');
  });
});
