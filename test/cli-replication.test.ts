/**
 * The replication-era tools against a real 3-broker cluster: topics --describe shows the topic's
 * overrides (DescribeConfigs), reassign-partitions moves replicas through ZooKeeper's
 * /admin/reassign_partitions and the KIP-455 API (throttled by the KIP-73 replication quotas),
 * and leader-election runs ElectLeaders on the controller.
 */

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Samsa } from '../client/samsa';
import { type Admin } from '../client/admin/admin';
import { ConfigResourceTypes } from '../client/admin/configs';
import { runCli as cli } from './fixtures/cli';
import { startCluster, waitFor } from './fixtures/cluster';

type Cluster = Awaited<ReturnType<typeof startCluster>>;

const reassignmentTimeoutMs = 60_000;
const topic = 'replicated';
/** Far below what a local copy reaches: the 10 s quota window admits about one 1 MB fetch, then holds the rest. */
const lowThrottleBytesPerSecond = 10_000;
const throttledTopicBytes = 3 * 1024 * 1024;
/** How long the throttled copy must stay short of the leader's log to count as held back. */
const throttleObservationMs = 2_000;
const throttleKeys = ['leader.replication.throttled.rate', 'follower.replication.throttled.rate'];
const topicThrottleKeys = ['leader.replication.throttled.replicas', 'follower.replication.throttled.replicas'];

function partitionLine(describeOutput: string, partition: number): string | undefined {
  return describeOutput.split('\n').find((l) => l.includes(`\tPartition: ${partition}\t`));
}

describe('replication CLI', () => {
  let cluster: Cluster;
  let server: string[];
  let dir: string;
  let client: Samsa;
  let admin: Admin;

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 3, name: 'cli-replication' });
    server = ['--bootstrap-server', cluster.bootstrap];
    dir = await mkdtemp(path.join(os.tmpdir(), 'samsa-cli-replication-'));
    await cluster.waitForController();
    client = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'cli-replication' });
    admin = client.admin();
    await admin.connect();
  }, 120_000);

  afterAll(async () => {
    await admin?.disconnect();
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
    const cancelNothing = await cli(['reassign-partitions', ...server, '--cancel', '--reassignment-json-file', planPath]);
    expect(cancelNothing).toMatchObject({
      code: 0,
      stdout: 'None of the specified partition reassignments are active.\nNone of the specified partition moves are active.\n'
        + `Clearing broker-level throttles on brokers 1,2,3\nClearing topic-level throttles on topic ${moved}\n`,
    });
    const executed = await cli(['reassign-partitions', ...server, '--execute', '--reassignment-json-file', planPath]);
    expect(executed).toMatchObject({ code: 0, stderr: '' });
    expect(executed.stdout).toBe('Current partition replica assignment\n\n'
      + `{"version":1,"partitions":[{"topic":"${moved}","partition":0,"replicas":[1],"log_dirs":["any"]}]}`
      + '\n\nSave this to use as the --reassignment-json-file option during rollback\n'
      + `Successfully started partition reassignment for ${moved}-0\n`);
    await waitFor(async () => {
      const r = await cli(['reassign-partitions', ...server, '--verify', '--reassignment-json-file', planPath]);
      return r.stdout === `Status of partition reassignment:\nReassignment of partition ${moved}-0 is complete.\n\n`
        + `Clearing broker-level throttles on brokers 1,2,3\nClearing topic-level throttles on topic ${moved}\n`;
    }, { timeoutMs: reassignmentTimeoutMs, intervalMs: 500, description: 'the API reassignment to complete' });
    const described = await cli(['topics', ...server, '--describe', '--topic', moved]);
    expect(partitionLine(described.stdout, 0)).toContain('Replicas: 3\t');
    expect(await cli(['reassign-partitions', ...server, '--list'])).toMatchObject({ code: 0, stdout: 'No partition reassignments found.\n' });
  }, reassignmentTimeoutMs + 30_000);

  /** The named keys of one config resource that are set (not default); broker '' is the cluster-wide default. */
  async function configValues(type: 'brokers' | 'topics', name: string, keys: string[]): Promise<Record<string, string>> {
    const resourceType = type === 'brokers' ? ConfigResourceTypes.BROKER : ConfigResourceTypes.TOPIC;
    const { resources } = await admin.describeConfigs({ resources: [{ type: resourceType, name, configNames: keys }] });
    return Object.fromEntries(resources[0]!.configEntries.filter((e) => keys.includes(e.configName) && !e.isDefault).map((e) => [e.configName, e.configValue]));
  }

  async function replicaBytes(broker: number, t: string): Promise<number> {
    const [described] = await admin.describeLogDirs({ brokers: [broker], topics: [t] });
    return (described?.logDirs ?? []).flatMap((d) => d.partitions).filter((p) => p.topic === t && !p.isFuture).reduce((sum, p) => sum + p.size, 0);
  }

  test('reassign-partitions --execute --throttle holds the new replica back until the throttle is raised; --verify clears the throttles', async () => {
    const throttled = 'throttled-move';
    expect(await cli(['topics', ...server, '--create', '--topic', throttled, '--replica-assignment', '1'])).toMatchObject({ code: 0 });
    const producer = client.producer({ acks: -1, lingerMs: 0 });
    await producer.connect();
    const value = Buffer.alloc(16 * 1024, 'x');
    for (let sent = 0; sent < throttledTopicBytes; sent += 16 * value.length) {
      await producer.send({ topic: throttled, messages: Array.from({ length: 16 }, () => ({ key: null, value, partition: 0 })) });
    }
    await producer.disconnect();
    const leaderBytes = await replicaBytes(1, throttled);
    expect(leaderBytes).toBeGreaterThanOrEqual(throttledTopicBytes);

    const planPath = path.join(dir, 'throttled-plan.json');
    await writeFile(planPath, JSON.stringify({ version: 1, partitions: [{ topic: throttled, partition: 0, replicas: [1, 3] }] }));
    const executed = await cli(['reassign-partitions', ...server, '--execute', '--throttle', String(lowThrottleBytesPerSecond), '--reassignment-json-file', planPath]);
    expect(executed).toMatchObject({ code: 0, stderr: '' });
    expect(executed.stdout).toContain(`The inter-broker throttle limit was set to ${lowThrottleBytesPerSecond} B/s\n`);
    for (const broker of [1, 3]) {
      expect(await configValues('brokers', String(broker), throttleKeys)).toEqual({
        'leader.replication.throttled.rate': String(lowThrottleBytesPerSecond), 'follower.replication.throttled.rate': String(lowThrottleBytesPerSecond),
      });
    }
    expect(await configValues('topics', throttled, topicThrottleKeys)).toEqual({
      'leader.replication.throttled.replicas': '0:1', 'follower.replication.throttled.replicas': '0:3',
    });
    // The cluster-wide default broker resource is answered by any broker (this cluster has no broker 0).
    expect(await configValues('brokers', '', throttleKeys)).toEqual({});

    // Held back: the new replica starts copying, then stays short of the leader's log while throttled.
    await waitFor(async () => (await replicaBytes(3, throttled)) > 0, { timeoutMs: 20_000, intervalMs: 200, description: 'the new replica to start copying' });
    for (const until = Date.now() + throttleObservationMs; Date.now() < until;) {
      expect(await replicaBytes(3, throttled)).toBeLessThan(leaderBytes);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const listed = await admin.listPartitionReassignments({});
    expect(listed.topics.find((t) => t.topic === throttled)?.partitions[0]).toMatchObject({ partition: 0, addingReplicas: [3] });

    // Raising the rate (Kafka's --additional --throttle) takes effect on the running brokers.
    const raised = await cli(['reassign-partitions', ...server, '--execute', '--additional', '--throttle', '1000000000', '--reassignment-json-file', planPath]);
    expect(raised).toMatchObject({ code: 0, stderr: '' });
    const verified = await waitFor(async () => {
      const r = await cli(['reassign-partitions', ...server, '--verify', '--reassignment-json-file', planPath]);
      return r.stdout.includes(`Reassignment of partition ${throttled}-0 is complete.`) ? r : undefined;
    }, { timeoutMs: reassignmentTimeoutMs, intervalMs: 500, description: 'the throttled reassignment to complete' });
    expect(verified.stdout).toBe(`Status of partition reassignment:\nReassignment of partition ${throttled}-0 is complete.\n\n`
      + 'Clearing broker-level throttles on brokers 1,2,3\n'
      + `Clearing topic-level throttles on topic ${throttled}\n`);
    for (const broker of [1, 2, 3]) expect(await configValues('brokers', String(broker), throttleKeys)).toEqual({});
    expect(await configValues('topics', throttled, topicThrottleKeys)).toEqual({});
    expect(await replicaBytes(3, throttled)).toBe(leaderBytes);
  }, reassignmentTimeoutMs + 60_000);

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
