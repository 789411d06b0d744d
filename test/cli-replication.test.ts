/**
 * The replication-era tools against a real 3-broker cluster: topics --describe shows the topic's
 * overrides (DescribeConfigs), reassign-partitions moves replicas through ZooKeeper's
 * /admin/reassign_partitions, and leader-election runs ElectLeaders on the controller.
 */

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCli as cli } from './fixtures/cli';
import { startCluster, waitFor } from './fixtures/cluster';

type Cluster = Awaited<ReturnType<typeof startCluster>>;

const reassignmentTimeoutMs = 60_000;
const topic = 'replicated';

function partitionLine(describeOutput: string, partition: number): string | undefined {
  return describeOutput.split('\n').find((l) => l.includes(`\tPartition: ${partition}\t`));
}

describe('replication CLI', () => {
  let cluster: Cluster;
  let server: string[];
  let dir: string;

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 3, name: 'cli-replication' });
    server = ['--bootstrap-server', cluster.bootstrap];
    dir = await mkdtemp(path.join(os.tmpdir(), 'samsa-cli-replication-'));
    await cluster.waitForController();
  }, 120_000);

  afterAll(async () => {
    await cluster?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('topics --create with RF=3 and an override; --describe prints the override', async () => {
    const created = await cli(['topics', ...server, '--create', '--topic', topic, '--partitions', '2', '--replication-factor', '3', '--config', 'retention.ms=1000']);
    expect(created).toMatchObject({ code: 0 });
    const described = await waitFor(async () => {
      const r = await cli(['topics', ...server, '--describe', '--topic', topic]);
      return r.code === 0 && partitionLine(r.stdout, 1)?.includes('Isr: ') && /Isr: \d+,\d+,\d+/.test(partitionLine(r.stdout, 0) ?? '') ? r : undefined;
    }, { timeoutMs: 30_000, description: 'a fully replicated describe' });
    expect(described.stdout.split('\n')[0]).toBe(`Topic: ${topic}\tPartitionCount: 2\tReplicationFactor: 3\tConfigs: retention.ms=1000`);
    const filtered = await cli(['topics', ...server, '--describe', '--topic', topic, '--under-min-isr-partitions']);
    expect(filtered).toMatchObject({ code: 0, stdout: '' });
  }, 60_000);

  test('reassign-partitions --execute then --verify until completed', async () => {
    const planPath = path.join(dir, 'plan.json');
    await writeFile(planPath, JSON.stringify({ version: 1, partitions: [{ topic, partition: 0, replicas: [3, 1] }] }));
    const executed = await cli(['reassign-partitions', '--zookeeper', cluster.zkConnect, '--execute', '--reassignment-json-file', planPath]);
    expect(executed.stderr).toBe('');
    expect(executed.code).toBe(0);
    expect(executed.stdout).toContain('Save this to use as the --reassignment-json-file option during rollback');
    expect(executed.stdout).toContain(`Successfully started partition reassignment for ${topic}-0`);
    await waitFor(async () => {
      const r = await cli(['reassign-partitions', '--zookeeper', cluster.zkConnect, '--verify', '--reassignment-json-file', planPath]);
      return r.stdout.includes(`Reassignment of partition ${topic}-0 is completed.`);
    }, { timeoutMs: reassignmentTimeoutMs, intervalMs: 500, description: 'the reassignment to complete' });
    const described = await cli(['topics', ...server, '--describe', '--topic', topic]);
    expect(partitionLine(described.stdout, 0)).toContain('Replicas: 3,1');
    const listed = await cli(['reassign-partitions', '--zookeeper', cluster.zkConnect, '--list']);
    expect(listed.stdout).toBe('No partition reassignments found.\n');
  }, reassignmentTimeoutMs + 30_000);

  test('reassign-partitions --bootstrap-server: bad input changes nothing, --execute, --verify until complete, --list, --cancel', async () => {
    const moved = 'moved-by-api';
    expect(await cli(['topics', ...server, '--create', '--topic', moved, '--replica-assignment', '1,2'])).toMatchObject({ code: 0 });
    const planPath = path.join(dir, 'api-plan.json');
    const badPath = path.join(dir, 'api-bad.json');
    await writeFile(planPath, JSON.stringify({ version: 1, partitions: [{ topic: moved, partition: 0, replicas: [3] }] }));
    await writeFile(badPath, JSON.stringify({ version: 1, partitions: [{ topic: moved, partition: 0, replicas: [9] }] }));
    const unknownBroker = await cli(['reassign-partitions', ...server, '--execute', '--reassignment-json-file', badPath]);
    expect(unknownBroker).toMatchObject({ code: 1, stderr: 'Error: Unknown broker id 9\n' });
    const cancelNothing = await cli(['reassign-partitions', ...server, '--cancel', '--preserve-throttles', '--reassignment-json-file', planPath]);
    expect(cancelNothing).toMatchObject({ code: 0, stdout: 'None of the specified partition reassignments are active.\nNone of the specified partition moves are active.\n' });
    const executed = await cli(['reassign-partitions', ...server, '--execute', '--reassignment-json-file', planPath]);
    expect(executed).toMatchObject({ code: 0, stderr: '' });
    expect(executed.stdout).toBe('Current partition replica assignment\n\n'
      + `{"version":1,"partitions":[{"topic":"${moved}","partition":0,"replicas":[1],"log_dirs":["any"]}]}`
      + '\n\nSave this to use as the --reassignment-json-file option during rollback\n'
      + `Successfully started partition reassignment for ${moved}-0\n`);
    await waitFor(async () => {
      const r = await cli(['reassign-partitions', ...server, '--verify', '--preserve-throttles', '--reassignment-json-file', planPath]);
      return r.stdout === `Status of partition reassignment:\nReassignment of partition ${moved}-0 is complete.\n\n`;
    }, { timeoutMs: reassignmentTimeoutMs, intervalMs: 500, description: 'the API reassignment to complete' });
    const described = await cli(['topics', ...server, '--describe', '--topic', moved]);
    expect(partitionLine(described.stdout, 0)).toContain('Replicas: 3\t');
    expect(await cli(['reassign-partitions', ...server, '--list'])).toMatchObject({ code: 0, stdout: 'No partition reassignments found.\n' });
  }, reassignmentTimeoutMs + 30_000);

  test('leader-election --election-type PREFERRED --all-topic-partitions', async () => {
    const result = await waitFor(async () => {
      const r = await cli(['leader-election', ...server, '--election-type', 'PREFERRED', '--all-topic-partitions']);
      return r.code === 0 ? r : undefined;
    }, { timeoutMs: 30_000, intervalMs: 500, description: 'a successful preferred election' });
    expect(result.stdout).toMatch(/^(Successfully completed leader election \(PREFERRED\) for partitions |Valid replica already elected for partitions )/m);
    const described = await cli(['topics', ...server, '--describe', '--topic', topic]);
    expect(partitionLine(described.stdout, 0)).toContain('Leader: 3');
  }, 60_000);
});
