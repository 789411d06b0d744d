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
