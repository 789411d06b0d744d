/**
 * The console tools against a running broker, as an operator uses them: the console producer
 * sends a typed line while stdin stays open (Kafka's kafka-console-producer.sh does), a bad line
 * stops it after the lines before it are delivered, headers survive a produce/consume round trip,
 * the perf tools print Kafka's output formats, and the broker's JSON log lines carry each key once.
 */

import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { Samsa } from '../client';
import { cliPath, repoRoot, runCli } from './fixtures/cli';
import { startCluster, waitFor } from './fixtures/cluster';
import { kafkaPerfFixture, shapeOf } from '../client/cli/perf-fixtures/shape';
import { repeatedTopLevelKeys } from './support/json-keys';

type Cluster = Awaited<ReturnType<typeof startCluster>>;

/** How long a typed line may take to be readable by a consumer (Kafka's tool: about linger.ms). */
const lineVisibleTimeoutMs = 15_000;

describe('console tools', () => {
  let cluster: Cluster;
  let samsa: Samsa;
  let server: string[];

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 1, name: 'console-tools' });
    server = ['--bootstrap-server', cluster.bootstrap];
    samsa = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'console-tools-test', logLevel: 'error' });
    const admin = samsa.admin();
    await admin.connect();
    await admin.createTopics({ topics: ['typed', 'bad-line', 'headers', 'perf'].map((topic) => ({ topic, numPartitions: 1, replicationFactor: 1 })), waitForLeaders: true });
    await admin.disconnect();
  }, 90_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  /** Every value on the topic from the start, as text. */
  async function values(topic: string, expected: number): Promise<string[]> {
    const result = await runCli(['consume', ...server, '--topic', topic, '--from-beginning', '--max-messages', String(expected), '--timeout-ms', '10000']);
    return result.stdout.split('\n').filter((l) => l !== '');
  }

  test('the console producer sends a typed line while stdin stays open', async () => {
    const child = spawn(process.execPath, [cliPath, 'produce', ...server, '--topic', 'typed'], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const consumer = samsa.consumer({ autoOffsetReset: 'earliest' });
    try {
      await consumer.connect();
      consumer.assign([{ topic: 'typed', partition: 0 }]);
      await consumer.seek({ topic: 'typed', partition: 0, offset: 'earliest' });
      const seen: string[] = [];
      await consumer.run({ eachMessage: async ({ message }) => void seen.push(message.value!.toString()) });
      child.stdin.write('typed line\n');
      await waitFor(() => seen.includes('typed line'), { timeoutMs: lineVisibleTimeoutMs, description: `the typed line consumed (producer stderr: ${stderr})` });
      expect(child.exitCode).toBeNull(); // still running: it did not wait for stdin's end
    } finally {
      await consumer.disconnect();
      child.stdin.end();
    }
    expect(await exited).toBe(0);
  }, 60_000);

  test('a bad line stops the producer after the lines before it are delivered', async () => {
    const result = await runCli(['produce', ...server, '--topic', 'bad-line', '--property', 'parse.key=true', '--property', 'key.separator=:'], { stdin: 'a:1\nb:2\nno key\nc:3\n' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("No key separator found on line number 3: 'no key'");
    expect(await values('bad-line', 2)).toEqual(['1', '2']);
  }, 60_000);

  test('headers, keys and null.marker round-trip through produce and consume', async () => {
    const produced = await runCli(
      ['produce', ...server, '--topic', 'headers', '--property', 'parse.headers=true', '--property', 'parse.key=true', '--property', 'null.marker=NULL'],
      { stdin: 'h1:v1,h2:NULL\tk1\tvalue one\nNULL\tNULL\tvalue two\n' },
    );
    expect(produced).toMatchObject({ code: 0, stderr: '' });
    const consumed = await runCli(['consume', ...server, '--topic', 'headers', '--from-beginning', '--max-messages', '2', '--timeout-ms', '10000',
      '--property', 'print.headers=true', '--property', 'print.key=true', '--property', 'null.literal=<null>']);
    expect(consumed.stdout.split('\n').filter((l) => l !== '')).toEqual(['h1:v1,h2:<null>\tk1\tvalue one', 'NO_HEADERS\t<null>\tvalue two']);
  }, 60_000);

  test("producer-perf-test and consumer-perf-test print Kafka's output formats", async () => {
    const [, producerTotal] = kafkaPerfFixture('kafka-producer-perf-test');
    const produced = await runCli(['producer-perf-test', '--topic', 'perf', '--num-records', '500', '--record-size', '100', '--throughput', '-1',
      '--producer-props', `bootstrap.servers=${cluster.bootstrap}`, 'acks=all', 'linger.ms=5']);
    expect(produced).toMatchObject({ code: 0, stderr: '' });
    const producedLines = produced.stdout.split('\n').filter((l) => l !== '');
    expect(producedLines.at(-1)).toMatch(shapeOf(producerTotal!));
    expect(producedLines.at(-1)).toMatch(/^500 records sent, /);

    const [header, line] = kafkaPerfFixture('kafka-consumer-perf-test');
    const consumed = await runCli(['consumer-perf-test', ...server, '--topic', 'perf', '--messages', '500', '--timeout', '20000']);
    expect(consumed.code).toBe(0);
    const [consumedHeader, consumedLine, ...rest] = consumed.stdout.split('\n').filter((l) => l !== '');
    expect(consumedHeader).toBe(header);
    expect(consumedLine).toMatch(shapeOf(line!));
    expect(consumedLine!.split(', ')[4]).toBe('500');
    expect(rest).toEqual([]);
  }, 90_000);

  test("the broker's JSON log lines carry each key once", async () => {
    const output = await readFile(cluster.brokers[0]!.outputPath, 'utf8');
    const lines = output.split('\n').filter((l) => l.startsWith('{'));
    expect(lines.length).toBeGreaterThan(5);
    const repeated = lines.map((l) => ({ l, keys: repeatedTopLevelKeys(l) })).filter((r) => r.keys.length > 0);
    expect(repeated).toEqual([]);
  });
});
