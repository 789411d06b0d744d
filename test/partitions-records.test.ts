/**
 * Partitions and records on a live two-broker cluster, through the CLI as an operator runs it:
 * `topics --alter --partitions` (CreatePartitions), `delete-records` (DeleteRecords, the follower
 * following the new log start offset), `log-dirs --describe` (DescribeLogDirs) and `get-offsets`,
 * each with Kafka's output and, for bad input, Kafka's error and nothing changed. Also the
 * `topics --delete --if-exists` regression. One cluster for the whole file.
 */

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Admin } from '../client/admin/admin';
import { Samsa } from '../client/samsa';
import { type CliResult, runCli } from './fixtures/cli';
import { clusterStartTimeoutMs, startCluster, waitFor, type TestCluster } from './fixtures/cluster';

const topic = 'parts-records';
const recordCount = 10;

describe('partitions and records', () => {
  let cluster: TestCluster;
  let client: Samsa;
  let admin: Admin;
  let server: string[];

  const cli = (args: string[]): Promise<CliResult> => runCli(args, { stdin: '' });
  const partitionCount = async (): Promise<number> => (await admin.fetchTopicMetadata({ topics: [topic] })).topics[0]!.partitions.length;

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 2, name: 'partitions-records' });
    server = ['--bootstrap-server', cluster.bootstrap];
    client = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'partitions-records' });
    admin = client.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 2, replicationFactor: 2 }], timeoutMs: 30_000 });
    const producer = client.producer({ acks: -1, lingerMs: 0 });
    await producer.connect();
    await producer.send({ topic, messages: Array.from({ length: recordCount }, (_, i) => ({ key: null, value: `v${i}`, partition: 0 })) });
    await producer.disconnect();
  }, clusterStartTimeoutMs + 30_000);

  afterAll(async () => {
    await admin?.disconnect();
    await cluster?.stop();
  });

  test('topics --delete --if-exists on a missing topic succeeds; without it Kafka\'s error', async () => {
    const quiet = await cli(['topics', ...server, '--delete', '--topic', 'no-such-topic', '--if-exists']);
    expect(quiet).toMatchObject({ code: 0, stderr: '' });
    const loud = await cli(['topics', ...server, '--delete', '--topic', 'no-such-topic']);
    expect(loud.code).toBe(1);
    expect(loud.stderr).toBe("Error: Topic 'no-such-topic' does not exist as expected\n");
  }, 60_000);

  test('topics --alter --partitions adds partitions with leaders; silent on success as kafka-topics.sh is', async () => {
    const altered = await cli(['topics', ...server, '--alter', '--topic', topic, '--partitions', '4']);
    expect(altered).toMatchObject({ code: 0, stdout: '' });
    const described = await waitFor(async () => {
      const r = await cli(['topics', ...server, '--describe', '--topic', topic]);
      return /PartitionCount: 4\t/.test(r.stdout) && !/Leader: none/.test(r.stdout) ? r.stdout : undefined;
    }, { timeoutMs: 30_000, description: 'four partitions with leaders' });
    for (const p of [2, 3]) expect(described).toMatch(new RegExp(`\\tTopic: ${topic}\\tPartition: ${p}\\tLeader: \\d+\\tReplicas: \\d+,\\d+\\tIsr: \\d+,\\d+`));
  }, 60_000);

  test.each([
    ['fewer partitions', ['--topic', topic, '--partitions', '3'], 'Error: Topic currently has 4 partitions, which is higher than the requested 3.\n'],
    ['the same count', ['--topic', topic, '--partitions', '4'], 'Error: Topic already has 4 partitions.\n'],
    ['an unknown topic', ['--topic', 'no-such-topic', '--partitions', '4'], "Error: Topic 'no-such-topic' does not exist as expected\n"],
    ['an unknown broker', ['--topic', topic, '--partitions', '5', '--replica-assignment', '1:2,2:1,1:2,2:1,1:9'], 'Error: Unknown broker(s) in replica assignment: 9.\n'],
  ])('topics --alter refuses %s with Kafka\'s error and changes nothing', async (_name, args, stderr) => {
    const r = await cli(['topics', ...server, '--alter', ...args]);
    expect(r).toMatchObject({ code: 1, stderr });
    expect(await partitionCount()).toBe(4);
  }, 60_000);

  test('delete-records moves the log start offset on the leader and the follower, and prints Kafka\'s lines', async () => {
    const file = path.join(cluster.workDir, 'delete.json');
    await writeFile(file, JSON.stringify({ partitions: [{ topic, partition: 0, offset: 4 }], version: 1 }));
    const r = await cli(['delete-records', ...server, '--offset-json-file', file]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(`Executing records delete operation\nRecords delete operation completed:\npartition: ${topic}-0\tlow_watermark: 4\n`);
    const earliest = await cli(['get-offsets', ...server, '--topic', topic, '--partitions', '0', '--time', '-2']);
    expect(earliest).toMatchObject({ code: 0, stdout: `${topic}:0:4\n` });
  }, 60_000);

  test('delete-records beyond the high watermark prints Kafka\'s exception and deletes nothing', async () => {
    const file = path.join(cluster.workDir, 'beyond.json');
    await writeFile(file, JSON.stringify({ partitions: [{ topic, partition: 0, offset: 100 }] }));
    const r = await cli(['delete-records', ...server, '--offset-json-file', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`partition: ${topic}-0\terror: org.apache.kafka.common.errors.OffsetOutOfRangeException: `
      + 'The requested offset is not within the range of offsets maintained by the server.\n');
    expect((await cli(['get-offsets', ...server, '--topic', topic, '--partitions', '0', '--time', '-2'])).stdout).toBe(`${topic}:0:4\n`);
  }, 60_000);

  test.each([
    ['not JSON', '{"partitions": [', 'Error: The input string is not a valid JSON\n'],
    ['no partitions field', '{"version": 1}', 'Error: Missing partitions field\n'],
    ['another version', '{"version": 2, "partitions": []}', 'Error: Not supported version field value 2\n'],
    ['a partition twice', `{"partitions": [{"topic": "${topic}", "partition": 0, "offset": 5}, {"topic": "${topic}", "partition": 0, "offset": 6}]}`,
      `Error: Offset json file contains duplicate topic partitions: ${topic}-0\n`],
  ])('delete-records refuses a file with %s and deletes nothing', async (name, content, stderr) => {
    const file = path.join(cluster.workDir, `bad-${name.replace(/ /g, '-')}.json`);
    await writeFile(file, content);
    const r = await cli(['delete-records', ...server, '--offset-json-file', file]);
    expect(r).toMatchObject({ code: 1, stdout: '', stderr });
    expect((await cli(['get-offsets', ...server, '--topic', topic, '--partitions', '0', '--time', '-2'])).stdout).toBe(`${topic}:0:4\n`);
  }, 60_000);

  test('get-offsets prints topic:partition:offset for the latest offsets, sorted', async () => {
    const r = await cli(['get-offsets', ...server, '--topic', topic]);
    expect(r).toMatchObject({ code: 0, stdout: `${topic}:0:${recordCount}\n${topic}:1:0\n${topic}:2:0\n${topic}:3:0\n` });
    const none = await cli(['get-offsets', ...server, '--topic', 'no-such-.*']);
    expect(none).toMatchObject({ code: 1, stderr: 'Error: Could not match any topic-partitions with the specified filters\n' });
  }, 60_000);

  test('log-dirs --describe reports every broker\'s log dir with real sizes, in Kafka\'s JSON', async () => {
    const r = await cli(['log-dirs', ...server, '--describe', '--topic-list', topic]);
    expect(r.code).toBe(0);
    const [querying, received, json, ...rest] = r.stdout.split('\n');
    expect([querying, received, rest]).toEqual(['Querying brokers for log directories information', 'Received log directory information from brokers 1,2', ['']]);
    const parsed = JSON.parse(json!) as { version: number; brokers: Array<{ broker: number; logDirs: Array<{ logDir: string; error: null; partitions: Array<Record<string, unknown>> }> }> };
    expect(Object.keys(parsed)).toEqual(['version', 'brokers']);
    expect(parsed.brokers.map((b) => b.broker)).toEqual([1, 2]);
    for (const b of parsed.brokers) {
      expect(b.logDirs).toHaveLength(1);
      const [dir] = b.logDirs;
      expect(dir!.logDir).toBe(cluster.broker(b.broker).logDir);
      expect(Object.keys(dir!)).toEqual(['logDir', 'error', 'partitions']);
      expect(dir!.error).toBeNull();
      const p0 = dir!.partitions.find((p) => p.partition === `${topic}-0`);
      expect(Object.keys(p0!)).toEqual(['partition', 'size', 'offsetLag', 'isFuture']);
      expect(p0!.size as number).toBeGreaterThan(0);
      expect(p0).toMatchObject({ offsetLag: 0, isFuture: false });
      expect(dir!.partitions.every((p) => String(p.partition).startsWith(`${topic}-`))).toBe(true);
    }
  }, 60_000);

  test('log-dirs refuses a broker list naming a broker the cluster does not have', async () => {
    const r = await cli(['log-dirs', ...server, '--describe', '--broker-list', '1,7']);
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: 'Error: ERROR: The given brokers do not exist from --broker-list: 7. Current existent brokers: 1,2\n' });
  }, 60_000);
});
