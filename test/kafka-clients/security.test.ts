/**
 * Kafka's own clients authenticate with SCRAM-SHA-512 over TLS (SASL_SSL) on the KAFKA listener:
 * kcat (librdkafka) and confluent-kafka-python each produce records the other then reads back,
 * verifying the broker's certificate against the test CA; a wrong password is refused
 * (SASL_AUTHENTICATION_FAILED) and writes nothing.
 */
import { Samsa } from '../../client';
import { brokerJaas, brokerTlsOverrides, makeTestCerts, type TestCerts } from '../fixtures/certs';
import { startCluster, type TestCluster } from '../fixtures/cluster';
import { writeScramUser } from '../security/helpers';
import { describeWithTools, jsonLines, kcat, runPython, runTool, succeeded } from './tools';

const toolTimeoutMs = 90_000;
/** librdkafka's metadata wait inside kcat (-m), seconds; a refused login never gets metadata. */
const kcatMetadataTimeoutS = '20';
/** librdkafka's delivery bound for the refused producer: its records must fail, not hang. */
const refusedDeliveryTimeoutMs = 10_000;
const admin = { username: 'admin', password: 'admin-secret' };
const alice = { username: 'alice', password: 'alice-secret' };
const topic = 'scram-tls';
const recordCount = 20;

interface ReadRecord { partition: number; offset: number; value: string | null }

describeWithTools(['kcat', 'confluent-kafka'], 'kcat and confluent-kafka-python with SCRAM-SHA-512 over TLS', () => {
  let certs: TestCerts;
  let cluster: TestCluster;

  /** librdkafka's SASL_SSL properties (kcat's -X, confluent-kafka's config). */
  const librdkafkaSecurity = (user: { username: string; password: string }): Record<string, string> => ({
    'security.protocol': 'SASL_SSL', 'sasl.mechanisms': 'SCRAM-SHA-512',
    'sasl.username': user.username, 'sasl.password': user.password, 'ssl.ca.location': certs.caPath,
  });
  const kcatArgs = (user: { username: string; password: string }, ...args: string[]): string[] => [
    '-b', cluster.kafkaBootstrap, '-m', kcatMetadataTimeoutS,
    ...Object.entries(librdkafkaSecurity(user)).flatMap(([k, v]) => ['-X', `${k}=${v}`]), ...args,
  ];
  const pythonEnv = (user: { username: string; password: string }, extra: Record<string, string | number> = {}): NodeJS.ProcessEnv =>
    ({ ...process.env, CLIENT_CONFIG: JSON.stringify({ ...librdkafkaSecurity(user), ...extra }) });
  const values = (label: string): string[] => Array.from({ length: recordCount }, (_, i) => `${label}-${i}`);
  const asHex = (s: string): string => Buffer.from(s).toString('hex');

  async function endOffset(): Promise<number> {
    const client = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'scram-tls-offsets', ssl: { ca: certs.ca }, sasl: { mechanism: 'scram-sha-512', ...admin } });
    const a = client.admin();
    await a.connect();
    try {
      const offsets = await a.fetchTopicOffsets(topic);
      return Number(offsets.find((o) => o.partition === 0)?.high ?? -1);
    } finally {
      await a.disconnect();
    }
  }

  beforeAll(async () => {
    certs = makeTestCerts();
    cluster = await startCluster({
      brokers: 1, name: 'kafka-clients-scram-tls', securityProtocols: { PLAINTEXT: 'SASL_SSL', KAFKA: 'SASL_SSL' },
      overrides: {
        ...brokerTlsOverrides(certs), 'sasl.enabled.mechanisms': 'SCRAM-SHA-512', 'sasl.jaas.config': brokerJaas(admin),
        'offsets.topic.replication.factor': 1, 'offsets.topic.num.partitions': 1,
      },
      beforeBrokersStart: async (zk) => {
        await writeScramUser(zk, admin.username, admin.password, ['SCRAM-SHA-512']);
        await writeScramUser(zk, alice.username, alice.password, ['SCRAM-SHA-512']);
      },
    });
    const client = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'scram-tls-setup', ssl: { ca: certs.ca }, sasl: { mechanism: 'scram-sha-512', ...admin } });
    const a = client.admin();
    await a.connect();
    await a.createTopics({ topics: [{ topic, numPartitions: 1, replicationFactor: 1 }], waitForLeaders: true, timeoutMs: 30_000 });
    await a.disconnect();
  }, 120_000);

  afterAll(async () => {
    await cluster?.stop();
    certs?.remove();
  });

  test('kcat produces as alice; confluent-kafka-python reads the records back', async () => {
    const start = await endOffset();
    const written = values('kcat');
    succeeded(await runTool(kcat, kcatArgs(alice, '-P', '-t', topic, '-p', '0'), { timeoutMs: toolTimeoutMs, input: `${written.join('\n')}\n` }));
    const run = await runPython('confluent_client.py', ['consume', cluster.kafkaBootstrap, topic, '0', String(start), String(recordCount)],
      { timeoutMs: toolTimeoutMs, env: pythonEnv(alice) });
    const read = jsonLines<ReadRecord>(succeeded(run));
    expect(read.map((r) => r.value)).toEqual(written.map(asHex));
    expect(read.map((r) => r.offset)).toEqual(written.map((_, i) => start + i));
  }, 2 * toolTimeoutMs + 30_000);

  test('confluent-kafka-python produces as alice (idempotent, acks=all); kcat reads the records back', async () => {
    const start = await endOffset();
    const written = values('confluent');
    const input = written.map((v) => JSON.stringify({ partition: 0, key: null, value: asHex(v) })).join('\n');
    succeeded(await runPython('confluent_client.py', ['produce', cluster.kafkaBootstrap, topic], { timeoutMs: toolTimeoutMs, input, env: pythonEnv(alice) }));
    const run = await runTool(kcat, kcatArgs(alice, '-C', '-t', topic, '-p', '0', '-o', String(start), '-c', String(recordCount), '-e', '-f', '%o %s\\n'),
      { timeoutMs: toolTimeoutMs });
    const lines = succeeded(run).trim().split('\n');
    expect(lines).toEqual(written.map((v, i) => `${start + i} ${v}`));
  }, 2 * toolTimeoutMs + 30_000);

  test('a wrong password is refused to both clients, and nothing is written', async () => {
    const before = await endOffset();
    const wrong = { username: 'alice', password: 'not-alice-secret' };
    const kcatRun = await runTool(kcat, kcatArgs(wrong, '-L'), { timeoutMs: toolTimeoutMs });
    expect(kcatRun.code).not.toBe(0);
    expect(kcatRun.stderr).toMatch(/Authentication failed|SASL authentication error/i);
    const input = values('refused').map((v) => JSON.stringify({ partition: 0, key: null, value: asHex(v) })).join('\n');
    const pythonRun = await runPython('confluent_client.py', ['produce', cluster.kafkaBootstrap, topic],
      { timeoutMs: toolTimeoutMs, input, env: pythonEnv(wrong, { 'message.timeout.ms': refusedDeliveryTimeoutMs }) });
    expect(pythonRun.code).not.toBe(0);
    expect(await endOffset()).toBe(before);
  }, 2 * toolTimeoutMs + 30_000);
});
