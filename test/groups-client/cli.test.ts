/**
 * `samsa consumer-groups` and `samsa consume --group` as built (dist/broker/tools/samsa.js), as an
 * operator runs them: a group that consumed and left (Empty, offsets committed) is listed,
 * described with kafka-consumer-groups.sh's tables and notes, reset to the earliest offsets, and
 * then consumed again from there.
 */
import { type Admin, type Samsa } from '../../client';
import { type CliResult, runCli } from '../fixtures/cli';
import { startCluster, type TestCluster } from '../fixtures/cluster';
import { committedOffsets, createTopic, groupBrokerOverrides, produceRecords, testClient } from './helpers';

const cliTimeoutMs = 60_000;
const topic = 'cli-groups';
const groupId = 'cli-group';
const partitions = 3;
const recordCount = 30;

function cli(args: string[]): Promise<CliResult> {
  return runCli(args, { timeoutMs: cliTimeoutMs });
}

/** Non-empty output lines split into columns (the tables are space-aligned). */
function rows(stdout: string): string[][] {
  return stdout.split('\n').filter((l) => l.trim() !== '').map((l) => l.trim().split(/\s+/));
}

describe('samsa consumer-groups and consume --group', () => {
  let cluster: TestCluster;
  let samsa: Samsa;
  let admin: Admin;
  let server: string[];

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 1, name: 'groups-cli', overrides: groupBrokerOverrides });
    server = ['--bootstrap-server', cluster.bootstrap];
    samsa = testClient(cluster.bootstrap, 'groups-cli');
    admin = samsa.admin();
    await admin.connect();
    await createTopic(admin, topic, partitions, 1);
    await produceRecords(samsa, topic, partitions, 0, recordCount);
  }, 120_000);

  afterAll(async () => {
    await admin?.disconnect();
    await cluster?.stop();
  });

  function consumeAsGroup(): Promise<CliResult> {
    return cli(['consume', ...server, '--topic', topic, '--group', groupId, '--from-beginning', '--max-messages', String(recordCount), '--timeout-ms', '20000']);
  }

  it('consume --group prints every record and commits what it printed', async () => {
    const result = await consumeAsGroup();
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter((l) => l !== '')).toHaveLength(recordCount);
    expect(result.stderr).toContain(`Processed a total of ${recordCount} messages`);
    const committed = await committedOffsets(admin, groupId, topic);
    expect([...committed.values()].reduce((a, b) => a + b, 0)).toBe(recordCount);
  }, 90_000);

  it('--list lists the group', async () => {
    const result = await cli(['consumer-groups', ...server, '--list']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').map((l) => l.trim())).toContain(groupId);
  });

  it("--describe prints Kafka's lag table for the empty group, with no consumer", async () => {
    const result = await cli(['consumer-groups', ...server, '--describe', '--group', groupId]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`Consumer group '${groupId}' has no active members.`);
    const [header, ...lines] = rows(result.stdout);
    expect(header).toEqual(['GROUP', 'TOPIC', 'PARTITION', 'CURRENT-OFFSET', 'LOG-END-OFFSET', 'LAG', 'CONSUMER-ID', 'HOST', 'CLIENT-ID']);
    expect(lines).toHaveLength(partitions);
    for (const [i, line] of lines.entries()) {
      const [group, t, partition, current, logEnd, lag, consumerId, host, clientId] = line;
      expect([group, t, partition]).toEqual([groupId, topic, String(i)]);
      expect(current).toBe(logEnd);
      expect(lag).toBe('0');
      expect([consumerId, host, clientId]).toEqual(['-', '-', '-']);
    }
  });

  it('--describe --members says the group has no active members and prints no member', async () => {
    const result = await cli(['consumer-groups', ...server, '--describe', '--group', groupId, '--members']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`Consumer group '${groupId}' has no active members.`);
    expect(result.stdout.trim()).toBe('');
  });

  it('--describe --state prints the coordinator, Empty and no members', async () => {
    const result = await cli(['consumer-groups', ...server, '--describe', '--group', groupId, '--state']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n').filter((l) => l.trim() !== '');
    expect(lines[0]!.trim()).toMatch(/^GROUP\s+COORDINATOR \(ID\)\s+ASSIGNMENT-STRATEGY\s+STATE\s+#MEMBERS$/);
    const broker = cluster.brokers[0]!;
    expect(lines[1]).toContain(`${broker.bootstrap} (${broker.brokerId})`);
    expect(lines[1]!.trim().split(/\s+/).slice(-2)).toEqual(['Empty', '0']);
  });

  it('--reset-offsets --to-earliest --execute moves every partition to 0, and consume --group reads it all again', async () => {
    const result = await cli(['consumer-groups', ...server, '--reset-offsets', '--group', groupId, '--topic', topic, '--to-earliest', '--execute']);
    expect(result.code).toBe(0);
    const [header, ...lines] = rows(result.stdout);
    expect(header).toEqual(['GROUP', 'TOPIC', 'PARTITION', 'NEW-OFFSET']);
    expect(lines).toEqual([0, 1, 2].map((p) => [groupId, topic, String(p), '0']));
    expect([...(await committedOffsets(admin, groupId, topic)).values()]).toEqual([0, 0, 0]);

    const again = await consumeAsGroup();
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(`Processed a total of ${recordCount} messages`);
  }, 90_000);

  it('--reset-offsets without --execute changes nothing and warns as Kafka does', async () => {
    const before = await committedOffsets(admin, groupId, topic);
    const result = await cli(['consumer-groups', ...server, '--reset-offsets', '--group', groupId, '--all-topics', '--to-earliest']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('WARN: No action will be performed as the --execute option is missing.');
    expect(await committedOffsets(admin, groupId, topic)).toEqual(before);
  });
});
