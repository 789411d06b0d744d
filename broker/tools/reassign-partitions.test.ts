import { PassThrough } from 'node:stream';
import { type ParsedArgs, parseArgs } from '../../client/cli/args';
import type { CliIo } from '../../client/cli/output';
import type { ReassignmentStore } from '../../zk/admin/admin-zk-client';
import type { TopicAssignmentData } from '../../zk/paths';
import { runReassignAction } from './reassign-partitions';
import { formatReassignmentJson, parseBrokerList, parseReassignmentJson } from './reassignment-json';
import { main } from '../../client/cli/main';
import { brokerCommands } from './samsa';

function captureIo(): { io: CliIo; out: () => string } {
  const stdout = new PassThrough();
  let text = '';
  stdout.on('data', (c: Buffer) => (text += c.toString()));
  return { io: { stdout, stderr: new PassThrough(), stdin: new PassThrough() }, out: () => text };
}

const parse = (command: string, argv: string[]): ParsedArgs => parseArgs(brokerCommands.find((c) => c.spec.name === command)!.spec, argv);

describe('broker command', () => {
  it('parses broker --config and repeated --override', () => {
    expect(parse('broker', ['--config', 'server.properties', '--override', 'broker.id=1', '--override', 'log.dirs=/tmp/x'])).toEqual({
      config: 'server.properties',
      override: ['broker.id=1', 'log.dirs=/tmp/x'],
    });
  });
});

class FakeStore implements ReassignmentStore {
  readonly topics = new Map<string, TopicAssignmentData>();
  pending: Array<{ topic: string; partition: number; replicas: number[] }> | undefined;
  async brokerIds(): Promise<number[]> {
    return [1, 2, 3, 4];
  }
  async topicAssignment(topic: string): Promise<TopicAssignmentData | undefined> {
    return this.topics.get(topic);
  }
  async pendingReassignments(): Promise<Array<{ topic: string; partition: number; replicas: number[] }>> {
    return this.pending ?? [];
  }
  async startReassignment(entries: ReadonlyArray<{ topic: string; partition: number; replicas: number[] }>): Promise<boolean> {
    if (this.pending) return false;
    this.pending = [...entries];
    return true;
  }
}

function storeWithTopic(): FakeStore {
  const store = new FakeStore();
  store.topics.set('t', { partitions: new Map([[0, [1, 2]], [1, [2, 3]]]), addingReplicas: new Map(), removingReplicas: new Map() });
  return store;
}

describe('reassign-partitions', () => {
  const files: Record<string, string> = {
    'move.json': '{"version":1,"topics":[{"topic":"t"}]}',
    'plan.json': '{"version":1,"partitions":[{"topic":"t","partition":0,"replicas":[3,4],"log_dirs":["any","any"]}]}',
  };
  const readText = async (p: string): Promise<string> => files[p]!;
  const run = async (store: FakeStore, argv: string[]): Promise<string> => {
    const { io, out } = captureIo();
    await runReassignAction(store, parse('reassign-partitions', ['--zookeeper', 'zk:2181', ...argv]), io, readText);
    return out();
  };

  it('formats and parses the reassignment JSON in Kafka\'s shape', () => {
    const json = formatReassignmentJson([{ topic: 't', partition: 1, replicas: [2] }, { topic: 't', partition: 0, replicas: [1, 2] }]);
    expect(json).toBe('{"version":1,"partitions":[{"topic":"t","partition":0,"replicas":[1,2],"log_dirs":["any","any"]},{"topic":"t","partition":1,"replicas":[2],"log_dirs":["any"]}]}');
    expect(parseReassignmentJson(json)).toEqual([{ topic: 't', partition: 0, replicas: [1, 2] }, { topic: 't', partition: 1, replicas: [2] }]);
    expect(() => parseReassignmentJson('{"partitions":[{"topic":"t","partition":0,"replicas":[1,1]}]}')).toThrow(/contains multiple entries for 1/);
    expect(() => parseReassignmentJson('{"partitions":[]}')).toThrow(/empty/);
    expect(() => parseBrokerList('1,2,2')).toThrow(/duplicate/);
  });

  it('--generate prints the current and a proposed assignment over the broker list', async () => {
    const text = await run(storeWithTopic(), ['--generate', '--topics-to-move-json-file', 'move.json', '--broker-list', '3,4']);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Current partition replica assignment');
    expect(JSON.parse(lines[1]!).partitions).toHaveLength(2);
    expect(lines[2]).toBe('');
    expect(lines[3]).toBe('Proposed partition reassignment configuration');
    const proposed = JSON.parse(lines[4]!) as { partitions: Array<{ replicas: number[] }> };
    expect(proposed.partitions.map((p) => [...p.replicas].sort())).toEqual([[3, 4], [3, 4]]);
  });

  it('--execute prints the rollback JSON, writes the plan, and refuses a second one', async () => {
    const store = storeWithTopic();
    const text = await run(store, ['--execute', '--reassignment-json-file', 'plan.json']);
    expect(text).toBe('Current partition replica assignment\n\n'
      + '{"version":1,"partitions":[{"topic":"t","partition":0,"replicas":[1,2],"log_dirs":["any","any"]}]}\n\n'
      + 'Save this to use as the --reassignment-json-file option during rollback\n'
      + 'Successfully started partition reassignment for t-0\n');
    expect(store.pending).toEqual([{ topic: 't', partition: 0, replicas: [3, 4] }]);
    await expect(run(store, ['--execute', '--reassignment-json-file', 'plan.json'])).rejects.toThrow('There is an existing assignment running.');
  });

  it('--execute refuses unknown brokers before writing anything', async () => {
    const store = storeWithTopic();
    files['bad.json'] = '{"version":1,"partitions":[{"topic":"t","partition":0,"replicas":[5,1]}]}';
    await expect(run(store, ['--execute', '--reassignment-json-file', 'bad.json'])).rejects.toThrow('non-existent brokerIDs: 5');
    expect(store.pending).toBeUndefined();
  });

  it('--verify reports in progress while the entry is pending, completed once the replicas match', async () => {
    const store = storeWithTopic();
    await run(store, ['--execute', '--reassignment-json-file', 'plan.json']);
    expect(await run(store, ['--verify', '--reassignment-json-file', 'plan.json'])).toBe('Status of partition reassignment:\nReassignment of partition t-0 is still in progress.\n');
    expect(await run(store, ['--list'])).toBe('Current partition reassignments:\nt-0: replicas: 1,2. adding: 3,4. removing: 1,2.\n');
    store.pending = undefined;
    store.topics.get('t')!.partitions.set(0, [3, 4]);
    expect(await run(store, ['--verify', '--reassignment-json-file', 'plan.json'])).toBe('Status of partition reassignment:\nReassignment of partition t-0 is completed.\n');
    expect(await run(store, ['--list'])).toBe('No partition reassignments found.\n');
  });

  it('needs exactly one action', async () => {
    await expect(run(storeWithTopic(), ['--execute', '--verify', '--reassignment-json-file', 'plan.json'])).rejects.toThrow(/exactly one/);
  });
});

describe('the samsa binary', () => {
  const captured = (): { io: CliIo; out: () => string } => captureIo();

  it('lists the broker-side commands with the client commands and prints their help', async () => {
    const all = captured();
    await expect(main(['--help'], all.io, brokerCommands)).resolves.toBe(0);
    for (const name of ['broker', 'reassign-partitions', 'topics', 'produce', 'consume', 'consumer-groups', 'leader-election']) expect(all.out()).toContain(`  ${name} `);
    const one = captured();
    await expect(main(['reassign-partitions', '--help'], one.io, brokerCommands)).resolves.toBe(0);
    expect(one.out()).toContain('--reassignment-json-file');
  });

  it('knows neither command without them (client/cli alone is broker-free)', async () => {
    await expect(main(['broker'], captured().io)).rejects.toThrow(/unknown command 'broker'/);
  });
});
