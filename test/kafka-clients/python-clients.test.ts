/**
 * The Python Kafka clients on Debian against the KAFKA listeners of a 3-broker cluster:
 * kafka-python's acks=all producer and its consumer group with synchronous commits (resumed by a
 * second run of the group), and confluent-kafka-python's idempotent producer (librdkafka,
 * enable.idempotence=true, acks=all), whose every record must be in the log exactly once at the
 * offset its delivery report gave. What the Python side wrote is read back with Samsa's client.
 */
import { type TestCluster } from '../fixtures/cluster';
import { createTopics, type Delivery, readBack, samsaClient, samsaProduce, samsaRead, sampleRecords, useCluster, type WireRecord } from './samsa-side';
import { describeWithTools, jsonLines, runPython, succeeded } from './tools';

const scriptTimeoutMs = 120_000;
const partitions = 3;

interface Committed { committed: { topic: string; partition: number; offset: number } }

async function committedOffsets(cluster: TestCluster, group: string, topic: string): Promise<Record<number, number>> {
  const admin = samsaClient(cluster, 'python-clients-check').admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchOffsets({ groupId: group, topics: [topic] });
    return Object.fromEntries(offsets.flatMap((t) => t.partitions).map((p) => [p.partition, p.offset]));
  } finally {
    await admin.disconnect();
  }
}

async function endOffsets(cluster: TestCluster, topic: string): Promise<Record<number, number>> {
  const admin = samsaClient(cluster, 'python-clients-ends').admin();
  await admin.connect();
  try {
    return Object.fromEntries((await admin.fetchTopicOffsets(topic)).map((e) => [e.partition, e.high]));
  } finally {
    await admin.disconnect();
  }
}

/** Runs a group member of `script` that reads `count` records, and checks what it committed. */
async function groupRun(cluster: TestCluster, script: string, topic: string, group: string, count: number): Promise<WireRecord[]> {
  const run = await runPython(script, ['group', cluster.kafkaBootstrap, topic, group, String(count)], { timeoutMs: scriptTimeoutMs });
  const lines = jsonLines<WireRecord | Committed>(succeeded(run));
  const commits = lines.filter((l): l is Committed => 'committed' in l).map((l) => [l.committed.partition, l.committed.offset]);
  // The member owned every partition (it was alone) and committed the end of each.
  expect(Object.fromEntries(commits)).toEqual(await endOffsets(cluster, topic));
  expect(await committedOffsets(cluster, group, topic)).toEqual(await endOffsets(cluster, topic));
  return lines.filter((l): l is WireRecord => !('committed' in l));
}

describeWithTools(['kafka-python'], 'kafka-python on the KAFKA listener', () => {
  const cluster = useCluster('kafka-python');
  const topic = 'kafka-python-acks-all';
  const groupTopic = 'kafka-python-group';

  beforeAll(async () => {
    await createTopics(cluster(), [{ topic, numPartitions: partitions }, { topic: groupTopic, numPartitions: partitions }]);
  }, 120_000);

  test('an acks=all producer writes records Samsa reads back with their keys, values, headers and timestamps', async () => {
    const c = cluster();
    const records = sampleRecords('kafka-python', partitions, 30, { binary: true, timestamps: true });
    const run = await runPython('kafka_python_client.py', ['produce', c.kafkaBootstrap, topic], { timeoutMs: scriptTimeoutMs, input: records.map((r) => JSON.stringify(r)).join('\n') });
    const deliveries = jsonLines<Delivery>(succeeded(run));
    expect(deliveries.map((d) => d.partition)).toEqual(records.map((r) => r.partition));
    const { expected, actual } = await readBack(records, deliveries, (p, o, n) => samsaRead(c, topic, p, o, n));
    expect(actual).toEqual(expected);
  }, scriptTimeoutMs + 60_000);

  test('a consumer group reads every record, commits, and a second run resumes after the commits', async () => {
    const c = cluster();
    const group = 'kafka-python-group';
    const first = sampleRecords('first', partitions, 12, { binary: false, timestamps: false });
    await samsaProduce(c, groupTopic, first);
    const firstRead = await groupRun(c, 'kafka_python_client.py', groupTopic, group, first.length);
    expect(firstRead.map((r) => r.value).sort()).toEqual(first.map((r) => r.value).sort());

    const second = sampleRecords('second', partitions, 9, { binary: false, timestamps: false });
    await samsaProduce(c, groupTopic, second);
    const secondRead = await groupRun(c, 'kafka_python_client.py', groupTopic, group, second.length);
    expect(secondRead.map((r) => r.value).sort()).toEqual(second.map((r) => r.value).sort());
  }, 2 * scriptTimeoutMs + 60_000);
});

describeWithTools(['confluent-kafka'], 'confluent-kafka-python on the KAFKA listener', () => {
  const cluster = useCluster('confluent-kafka');
  const topic = 'confluent-idempotent';
  const recordCount = 600;

  beforeAll(async () => {
    await createTopics(cluster(), [{ topic, numPartitions: partitions }]);
  }, 120_000);

  test('an idempotent acks=all producer writes every record exactly once, at the offset its delivery report gave', async () => {
    const c = cluster();
    const records = sampleRecords('confluent', partitions, recordCount, { binary: true, timestamps: true });
    const run = await runPython('confluent_client.py', ['produce', c.kafkaBootstrap, topic], { timeoutMs: scriptTimeoutMs, input: records.map((r) => JSON.stringify(r)).join('\n') });
    const deliveries = jsonLines<Delivery>(succeeded(run));
    expect(deliveries).toHaveLength(recordCount);
    const { expected, actual } = await readBack(records, deliveries, (p, o, n) => samsaRead(c, topic, p, o, n));
    expect(actual).toEqual(expected);
    // Nothing beyond them: the log end offsets are exactly the records' count per partition.
    const perPartition = Object.fromEntries([0, 1, 2].map((p) => [p, records.filter((r) => r.partition === p).length]));
    expect(await endOffsets(c, topic)).toEqual(perPartition);
    expect(Math.min(...deliveries.map((d) => d.offset))).toBe(0);
  }, scriptTimeoutMs + 60_000);
});
