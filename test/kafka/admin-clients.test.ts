/**
 * Topic admin and offset queries from real Kafka clients on the KAFKA listeners of a 3-broker
 * cluster: kafka-python's KafkaAdminClient and confluent-kafka's AdminClient create (and
 * validate) topics, describe a topic's and a broker's configs and delete topics; kcat's query
 * mode (-Q) finds offsets by timestamp, earliest (-2) and latest (-1) through ListOffsets, and
 * kcat consumes from offsets it resolves the same way (-o -2, -o s@timestamp).
 */
import path from 'node:path';
import { Samsa } from '../../client';
import { ErrorCode } from '../../proto/errors';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { describeWithTools, jsonLines, kcat, python, runTool, succeeded } from '../kafka-clients/tools';

const clusterStartTimeoutMs = 90_000;
const toolTimeoutMs = 120_000;
const script = path.join(__dirname, 'admin_clients.py');

interface Step {
  step: string;
  [field: string]: unknown;
}

type Configs = Record<string, { value: string | null; source: number; readOnly: boolean; isSensitive: boolean }>;

async function topicExists(cluster: TestCluster, topic: string): Promise<boolean> {
  return (await cluster.zk.getData(`/brokers/topics/${topic}`)) !== undefined;
}

describeWithTools(['kafka-python', 'confluent-kafka', 'kcat'], 'admin from Kafka clients on the KAFKA listener', () => {
  let cluster: TestCluster;

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 3, name: 'admin-clients' });
  }, clusterStartTimeoutMs);

  afterAll(async () => {
    await cluster?.stop();
  });

  const runAdmin = async (client: string, topic: string, brokerId: number): Promise<Map<string, Step[]>> => {
    const run = await runTool(python, [script, client, cluster.kafkaBootstrap, topic, String(brokerId)], { timeoutMs: toolTimeoutMs });
    const steps = new Map<string, Step[]>();
    for (const s of jsonLines<Step>(succeeded(run))) steps.set(s.step, [...(steps.get(s.step) ?? []), s]);
    return steps;
  };

  test('kafka-python: create (CreateTopics v3), validate only, already exists, describe topic and broker configs (v2), delete (v3)', async () => {
    const topic = 'kafka-python-admin';
    const steps = await runAdmin('kafka-python', topic, 2);
    expect(steps.get('create')).toEqual([{ step: 'create', version: 3, topics: [[topic, 0]] }]);
    expect(steps.get('validate')).toEqual([{ step: 'validate', topics: [[`${topic}-validated`, 0]] }]);
    expect(steps.get('create-again')).toEqual([{ step: 'create-again', error: ErrorCode.TOPIC_ALREADY_EXISTS }]);
    const described = steps.get('describe')!;
    const topicConfigs = described.find((d) => d.resourceType === 2)!;
    expect(topicConfigs).toMatchObject({ version: 2, errorCode: 0, resourceName: topic });
    // kafka-python reads v2's config_source where v0 had is_default.
    expect((topicConfigs.configs as Configs)['retention.ms']).toEqual({ value: '3600000', readOnly: false, source: 1, isSensitive: false });
    expect((topicConfigs.configs as Configs)['cleanup.policy']).toMatchObject({ value: 'delete', source: 5 });
    const brokerConfigs = described.find((d) => d.resourceType === 4)!;
    expect(brokerConfigs).toMatchObject({ errorCode: 0, resourceName: '2' });
    expect(Object.keys(brokerConfigs.configs as Configs)).toEqual(['broker.id']);
    expect((brokerConfigs.configs as Configs)['broker.id']).toMatchObject({ value: '2', readOnly: true });
    expect(steps.get('delete')).toEqual([{ step: 'delete', version: 3, topics: [[topic, 0]] }]);
    expect(await topicExists(cluster, `${topic}-validated`)).toBe(false);
    await waitFor(async () => (await topicExists(cluster, topic) ? undefined : true), { timeoutMs: 60_000, description: `${topic} deleted from ZooKeeper` });
  }, toolTimeoutMs);

  test('confluent-kafka (librdkafka): create, validate only, already exists, describe topic and broker configs, delete', async () => {
    const topic = 'confluent-admin';
    const steps = await runAdmin('confluent', topic, 3);
    expect(steps.get('create')).toEqual([{ step: 'create', result: 'ok' }]);
    expect(steps.get('validate')).toEqual([{ step: 'validate', result: 'ok' }]);
    expect(steps.get('create-again')).toEqual([{ step: 'create-again', result: 'TOPIC_ALREADY_EXISTS' }]);
    const [topicConfigs, brokerConfigs] = steps.get('describe')!;
    expect((topicConfigs!.configs as Configs)['cleanup.policy']).toMatchObject({ value: 'compact', source: 1, readOnly: false });
    expect((topicConfigs!.configs as Configs)['retention.ms']).toMatchObject({ source: 5 });
    expect((brokerConfigs!.configs as Configs)['broker.id']).toMatchObject({ value: '3', readOnly: true, source: 4 });
    expect(steps.get('delete')).toEqual([{ step: 'delete', result: 'ok' }]);
    expect(await topicExists(cluster, `${topic}-validated`)).toBe(false);
  }, toolTimeoutMs);

  test('kcat -Q: offsets by timestamp, earliest (-2) and latest (-1) through ListOffsets; -o -2 and -o s@ms consume from them', async () => {
    const topic = 'kcat-offsets';
    const client = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'admin-clients' });
    const admin = client.admin();
    await admin.connect();
    const producer = client.producer({ acks: -1, lingerMs: 0 });
    try {
      await admin.createTopics({ topics: [{ topic, numPartitions: 2, replicationFactor: 3 }], waitForLeaders: true, timeoutMs: 30_000 });
      await producer.connect();
      for (const timestamp of [10_000, 20_000, 30_000, 40_000]) await producer.send({ topic, messages: [{ key: null, value: `t${timestamp}`, partition: 1, timestamp }] });
    } finally {
      await producer.disconnect();
      await admin.disconnect();
    }
    const query = async (...specs: string[]): Promise<string> => {
      const run = await runTool(kcat, ['-b', cluster.kafkaBootstrap, '-Q', ...specs.flatMap((s) => ['-t', s])], { timeoutMs: toolTimeoutMs });
      return succeeded(run);
    };
    const offsets = (out: string): string[] => out.split('\n').map((l) => l.trim()).filter((l) => l.includes('offset')).map((l) => l.replace(/\s+/g, ' '));
    expect(offsets(await query(`${topic}:1:25000`))).toEqual([`${topic} [1] offset 2`]);
    expect(offsets(await query(`${topic}:1:10000`))).toEqual([`${topic} [1] offset 0`]);
    expect(offsets(await query(`${topic}:1:-2`))).toEqual([`${topic} [1] offset 0`]);
    expect(offsets(await query(`${topic}:1:-1`))).toEqual([`${topic} [1] offset 4`]);
    expect(offsets(await query(`${topic}:0:-1`))).toEqual([`${topic} [0] offset 0`]);
    // Past every record's timestamp there is no such offset: Kafka answers -1, kcat prints it.
    expect(offsets(await query(`${topic}:1:99000`))).toEqual([`${topic} [1] offset -1`]);

    // Consuming from offsets kcat resolves through ListOffsets: two before the end (-o -2), the
    // first at or after a timestamp (-o s@ms), and the beginning.
    const consume = async (offset: string): Promise<string[]> => {
      const run = await runTool(kcat, ['-b', cluster.kafkaBootstrap, '-C', '-t', topic, '-p', '1', '-o', offset, '-e', '-f', '%o %s\n'], { timeoutMs: toolTimeoutMs });
      return succeeded(run).split('\n').filter((l) => l.length > 0);
    };
    expect(await consume('-2')).toEqual(['2 t30000', '3 t40000']);
    expect(await consume('s@25000')).toEqual(['2 t30000', '3 t40000']);
    expect(await consume('beginning')).toEqual(['0 t10000', '1 t20000', '2 t30000', '3 t40000']);
  }, toolTimeoutMs);
});
