/**
 * The `samsa` CLI behaves like Kafka's console tools (kafka-topics.sh, kafka-console-producer.sh,
 * kafka-console-consumer.sh): same flags, same output lines, so runbooks transfer.
 */

import { type CliResult, runCli } from './fixtures/cli';
import { startCluster, waitFor } from './fixtures/cluster';

type Cluster = Awaited<ReturnType<typeof startCluster>>;

const topic = 'cli-topic';

/** stdin is always connected (empty unless given), as `produce` reads records from it. */
function cli(args: string[], stdin?: string): Promise<CliResult> {
  return runCli(args, { stdin: stdin ?? '' });
}

describe('samsa CLI', () => {
  let cluster: Cluster;
  let server: string[];

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 1 });
    server = ['--bootstrap-server', cluster.bootstrap];
  }, 90_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  test('topics --create creates the topic', async () => {
    const result = await cli(['topics', ...server, '--create', '--topic', topic, '--partitions', '3', '--replication-factor', '1']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Created topic ${topic}.`);
  });

  test('topics --list lists it', async () => {
    const result = await cli(['topics', ...server, '--list']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').map((l) => l.trim())).toContain(topic);
  });

  test("topics --describe prints Kafka's summary and partition lines", async () => {
    const result = await cli(['topics', ...server, '--describe', '--topic', topic]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n').filter((l) => l.trim() !== '');
    const summary = lines.find((l) => /^Topic:\s*cli-topic\s/.test(l) && l.includes('PartitionCount'));
    expect(summary).toMatch(/PartitionCount:\s*3\s/);
    expect(summary).toMatch(/ReplicationFactor:\s*1\b/);
    const brokerId = cluster.brokers[0]!.brokerId;
    for (let p = 0; p < 3; p++) {
      const line = lines.find((l) => new RegExp(`Topic:\\s*${topic}\\s+Partition:\\s*${p}\\s`).test(l));
      expect(line).toMatch(new RegExp(`Leader:\\s*${brokerId}\\s+Replicas:\\s*${brokerId}\\s+Isr:\\s*${brokerId}`));
    }
  });

  test('produce reads keyed lines from stdin and consume prints them with keys', async () => {
    const produced = await cli(
      ['produce', ...server, '--topic', topic, '--property', 'parse.key=true', '--property', 'key.separator=:', '--producer-property', 'acks=all'],
      'k1:v1\nk2:v2\nk1:v3\n',
    );
    expect(produced.code).toBe(0);
    const consumed = await cli(['consume', ...server, '--topic', topic, '--from-beginning', '--max-messages', '3', '--timeout-ms', '20000', '--property', 'print.key=true']);
    expect(consumed.code).toBe(0);
    const lines = consumed.stdout.split('\n').filter((l) => l !== '');
    // Kafka's default print separator between key and value is a tab.
    expect([...lines].sort()).toEqual(['k1\tv1', 'k1\tv3', 'k2\tv2']);
    // Same key, same partition: k1's records keep their order.
    expect(lines.filter((l) => l.startsWith('k1'))).toEqual(['k1\tv1', 'k1\tv3']);
    expect(consumed.stderr).toContain('Processed a total of 3 messages');
  }, 60_000);

  test('topics --delete removes the topic', async () => {
    const result = await cli(['topics', ...server, '--delete', '--topic', topic]);
    expect(result.code).toBe(0);
    await waitFor(async () => !(await cli(['topics', ...server, '--list'])).stdout.split('\n').map((l) => l.trim()).includes(topic), {
      timeoutMs: 30_000,
      intervalMs: 500,
      description: `${topic} gone from --list`,
    });
  }, 60_000);
});
