/**
 * Dynamic configuration on a running 2-broker cluster: AlterConfigs / IncrementalAlterConfigs write
 * Kafka's znodes and notifications, and the brokers apply the change without a restart (a topic's
 * retention.ms, the cluster-wide log.retention.ms); bad input gets Kafka's code and changes
 * nothing; a change survives a controller failover and changes still apply after it.
 */
import { Samsa } from '../client';
import { type Admin } from '../client/admin/admin';
import { ErrorCode } from '../proto/errors';
import { startCluster, waitFor, type TestCluster } from './fixtures/cluster';

const sessionTimeoutMs = 6_000;
const hourMs = 3_600_000;
const TOPIC = 2 as const;
const BROKER = 4 as const;

describe('dynamic configs on a running cluster', () => {
  let cluster: TestCluster;
  let client: Samsa;
  let admin: Admin;

  async function produceOld(topic: string, count: number): Promise<void> {
    const producer = client.producer({ acks: -1, lingerMs: 0 });
    await producer.connect();
    try {
      for (let i = 0; i < count; i++) {
        await producer.send({ topic, messages: [{ key: null, value: `old-${i}-${'x'.repeat(200)}`, partition: 0, timestamp: Date.now() - hourMs }] });
      }
    } finally {
      await producer.disconnect();
    }
  }

  async function logStart(topic: string): Promise<number> {
    return (await admin.fetchTopicOffsets(topic)).find((p) => p.partition === 0)!.low;
  }

  async function createTopic(topic: string): Promise<void> {
    await admin.createTopics({
      topics: [{ topic, numPartitions: 1, replicationFactor: 2, configEntries: [{ name: 'segment.bytes', value: '1024' }] }],
      waitForLeaders: true, timeoutMs: 30_000,
    });
  }

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 2, sessionTimeoutMs, name: 'dynamic-config', overrides: { 'log.retention.check.interval.ms': 300 } });
    client = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'dynamic-config' });
    admin = client.admin();
    await admin.connect();
  }, 120_000);

  afterAll(async () => {
    await admin?.disconnect();
    await cluster?.stop();
  });

  test('a topic retention.ms change takes effect on the running brokers, stored as Kafka stores it', async () => {
    await createTopic('retention-topic');
    await produceOld('retention-topic', 30);
    expect(await logStart('retention-topic')).toBe(0);
    const result = await admin.incrementalAlterConfigs({
      resources: [{ type: TOPIC, name: 'retention-topic', configEntries: [{ name: 'retention.ms', value: '60000', operation: 'SET' }] }],
    });
    expect(result.resources).toEqual([{ errorCode: 0, errorMessage: '', resourceType: TOPIC, resourceName: 'retention-topic' }]);
    expect(await cluster.zk.getJson('/config/topics/retention-topic')).toEqual({ version: 1, config: { 'segment.bytes': '1024', 'retention.ms': '60000' } });
    const changes = (await cluster.zk.getChildren('/config/changes')) ?? [];
    const notes = await Promise.all(changes.map((c) => cluster.zk.getJson(`/config/changes/${c}`)));
    expect(notes).toContainEqual({ version: 2, entity_path: 'topics/retention-topic' });
    await waitFor(async () => (await logStart('retention-topic')) > 0, { timeoutMs: 20_000, intervalMs: 200, description: 'retention deletes old segments' });
  }, 90_000);

  test('the cluster-wide log.retention.ms applies to topics without an override', async () => {
    await createTopic('default-retention-topic');
    await produceOld('default-retention-topic', 30);
    const result = await admin.incrementalAlterConfigs({
      resources: [{ type: BROKER, name: '', configEntries: [{ name: 'log.retention.ms', value: '60000', operation: 'SET' }] }],
    });
    expect(result.resources[0]!.errorCode).toBe(0);
    expect(await cluster.zk.getJson('/config/brokers/<default>')).toEqual({ version: 1, config: { 'log.retention.ms': '60000' } });
    await waitFor(async () => (await logStart('default-retention-topic')) > 0, { timeoutMs: 20_000, intervalMs: 200, description: 'default retention applies' });
    const brokerId = cluster.brokers[0]!.brokerId;
    const described = await admin.describeConfigs({ resources: [{ type: BROKER, name: String(brokerId), configNames: ['log.retention.ms'] }] });
    expect(described.resources[0]!.configEntries[0]).toMatchObject({
      configName: 'log.retention.ms', configValue: '60000', readOnly: false, isDefault: false,
    });
    await admin.incrementalAlterConfigs({ resources: [{ type: BROKER, name: '', configEntries: [{ name: 'log.retention.ms', operation: 'DELETE' }] }] });
  }, 90_000);

  test('bad input gets Kafka\'s error and changes nothing', async () => {
    await createTopic('untouched-topic');
    const before = await cluster.zk.getJson('/config/topics/untouched-topic');
    const attempt = async (type: typeof TOPIC | typeof BROKER, name: string, key: string, value: string): Promise<number> => {
      const r = await admin.incrementalAlterConfigs({ resources: [{ type, name, configEntries: [{ name: key, value, operation: 'SET' }] }] });
      return r.resources[0]!.errorCode;
    };
    expect(await attempt(TOPIC, 'untouched-topic', 'no.such.key', '1')).toBe(ErrorCode.INVALID_CONFIG);
    expect(await attempt(TOPIC, 'untouched-topic', 'retention.ms', 'soon')).toBe(ErrorCode.INVALID_REQUEST);
    expect(await attempt(TOPIC, 'no-such-topic', 'retention.ms', '1000')).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    expect(await attempt(TOPIC, 'bad/name', 'retention.ms', '1000')).toBe(ErrorCode.INVALID_TOPIC_EXCEPTION);
    expect(await attempt(BROKER, '', 'log.dirs', '/tmp/elsewhere')).toBe(ErrorCode.INVALID_REQUEST);
    expect(await attempt(BROKER, 'one', 'log.retention.ms', '1000')).toBe(ErrorCode.INVALID_REQUEST);
    const legacy = await admin.alterConfigs({ resources: [{ type: TOPIC, name: 'untouched-topic', configEntries: [{ name: 'cleanup.policy', value: 'shred' }] }] });
    expect(legacy.resources[0]!.errorCode).toBe(ErrorCode.INVALID_REQUEST);
    const validateOnly = await admin.alterConfigs({ validateOnly: true, resources: [{ type: TOPIC, name: 'untouched-topic', configEntries: [{ name: 'retention.ms', value: '5' }] }] });
    expect(validateOnly.resources[0]!.errorCode).toBe(0);
    expect(await cluster.zk.getJson('/config/topics/untouched-topic')).toEqual(before);
    expect(await cluster.zk.getData('/config/topics/no-such-topic')).toBeUndefined();
    expect(await cluster.zk.getData('/config/brokers/one')).toBeUndefined();
  }, 60_000);

  test('a config change survives a controller failover and changes still apply after it', async () => {
    await createTopic('failover-topic');
    await admin.incrementalAlterConfigs({
      resources: [{ type: TOPIC, name: 'failover-topic', configEntries: [{ name: 'unclean.leader.election.enable', value: 'true', operation: 'SET' }] }],
    });
    const controllerId = await cluster.waitForController();
    await cluster.broker(controllerId).kill('SIGKILL');
    const survivor = cluster.brokers.find((b) => b.brokerId !== controllerId)!;
    await waitFor(async () => (await cluster.zk.getJson<{ brokerid: number }>('/controller'))?.brokerid === survivor.brokerId,
      { timeoutMs: sessionTimeoutMs + 15_000, intervalMs: 200, description: 'the survivor becomes controller' });
    const survivorClient = new Samsa({ brokers: [survivor.bootstrap], clientId: 'dynamic-config-survivor' });
    const survivorAdmin = survivorClient.admin();
    await survivorAdmin.connect();
    try {
      const described = await survivorAdmin.describeConfigs({ resources: [{ type: TOPIC, name: 'failover-topic', configNames: ['unclean.leader.election.enable'] }] });
      expect(described.resources[0]!.configEntries[0]).toMatchObject({ configName: 'unclean.leader.election.enable', configValue: 'true', isDefault: false });
      // A change made through the new controller's cluster applies to the running survivor.
      const altered = await survivorAdmin.incrementalAlterConfigs({
        resources: [{ type: TOPIC, name: 'failover-topic', configEntries: [{ name: 'retention.ms', value: '60000', operation: 'SET' }] }],
      });
      expect(altered.resources[0]!.errorCode).toBe(0);
      await admin.disconnect();
      client = survivorClient;
      admin = survivorAdmin;
      await produceOld('failover-topic', 30);
      await waitFor(async () => (await logStart('failover-topic')) > 0, { timeoutMs: 30_000, intervalMs: 200, description: 'retention applies after failover' });
      expect(await cluster.zk.getJson('/config/topics/failover-topic')).toEqual({
        version: 1, config: { 'segment.bytes': '1024', 'unclean.leader.election.enable': 'true', 'retention.ms': '60000' },
      });
    } finally {
      if (admin !== survivorAdmin) await survivorAdmin.disconnect();
    }
  }, 120_000);
});
