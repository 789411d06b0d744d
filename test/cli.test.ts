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

  test("configs alters and describes a topic and the cluster-wide broker default as kafka-configs.sh does; a bad value changes nothing", async () => {
    const topicEntity = ['configs', ...server, '--entity-type', 'topics', '--entity-name', topic];
    const altered = await cli([...topicEntity, '--alter', '--add-config', 'retention.ms=1000,cleanup.policy=[compact,delete]']);
    expect(altered.stdout).toBe(`Completed updating config for topic ${topic}.\n`);
    const dynamicTopic = async (): Promise<string> => (await cli([...topicEntity, '--describe'])).stdout;
    await waitFor(async () => (await dynamicTopic()).includes('retention.ms=1000'), { timeoutMs: 10_000, intervalMs: 200, description: 'topic config described' });
    const lines = (await dynamicTopic()).split('\n');
    expect(lines[0]).toBe(`Dynamic configs for topic ${topic} are:`);
    expect(lines).toContain('  cleanup.policy=compact,delete sensitive=false synonyms={DYNAMIC_TOPIC_CONFIG:cleanup.policy=compact,delete, DEFAULT_CONFIG:log.cleanup.policy=delete}');
    expect(lines.find((l) => l.startsWith('  retention.ms='))).toMatch(/^ {2}retention\.ms=1000 sensitive=false synonyms=\{DYNAMIC_TOPIC_CONFIG:retention\.ms=1000, /);

    const bad = await cli([...topicEntity, '--alter', '--add-config', 'retention.ms=soon']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Error while executing config command with args '.*--add-config retention\.ms=soon': INVALID_REQUEST: Invalid config value/);
    expect(await dynamicTopic()).toContain('  retention.ms=1000 ');
    const unset = await cli([...topicEntity, '--alter', '--delete-config', 'retention.ms,segment.ms']);
    expect(unset.code).toBe(1);
    expect(unset.stderr).toContain('INVALID_CONFIG: Invalid config(s): segment.ms');
    expect(await dynamicTopic()).toContain('  retention.ms=1000 ');

    const brokerDefault = ['configs', ...server, '--entity-type', 'brokers', '--entity-default'];
    const defaulted = await cli([...brokerDefault, '--alter', '--add-config', 'log.retention.bytes=1073741824']);
    expect(defaulted.stdout).toBe('Completed updating default config for brokers in the cluster.\n');
    const describeDefault = async (): Promise<string> => (await cli([...brokerDefault, '--describe'])).stdout;
    await waitFor(async () => (await describeDefault()).includes('log.retention.bytes=1073741824'), { timeoutMs: 10_000, intervalMs: 200, description: 'broker default described' });
    expect(await describeDefault()).toMatch(/^Default configs for brokers in the cluster are:\n {2}log\.retention\.bytes=1073741824 sensitive=false synonyms=\{DYNAMIC_DEFAULT_BROKER_CONFIG:log\.retention\.bytes=1073741824[,}]/);
    const deleted = await cli([...brokerDefault, '--alter', '--delete-config', 'log.retention.bytes']);
    expect(deleted.stdout).toBe('Completed updating default config for brokers in the cluster.\n');
    await waitFor(async () => (await describeDefault()) === 'Default configs for brokers in the cluster are:\n', { timeoutMs: 10_000, intervalMs: 200, description: 'broker default deleted' });
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
