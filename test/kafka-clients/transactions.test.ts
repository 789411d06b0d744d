/**
 * Kafka clients' transactions against the KAFKA listeners of a 3-broker cluster:
 * confluent-kafka-python (librdkafka) and KafkaJS each run a transactional producer that commits,
 * aborts and commits again; read_committed consumers see only committed records, read_uncommitted
 * ones see all; a consume-transform-produce copier commits its input offsets in its transactions;
 * a second producer with the same transactional id fences the first.
 */
import { type Consumer, type Kafka } from 'kafkajs';
import { waitFor } from '../fixtures/cluster';
import { kafkajsClient } from './kafkajs-side';
import { createTopics, samsaClient, useCluster } from './samsa-side';
import { describeWithTools, jsonLines, runPython, succeeded } from './tools';

const partitions = 3;
const scriptTimeoutMs = 120_000;
const readTimeoutMs = 60_000;
/** How long a read_committed consumer keeps polling after the expected records, to catch extra ones. */
const quietPeriodMs = 2_000;

interface ReadLine { partition: number; offset: number; value: string | null }

const valueText = (r: ReadLine): string => Buffer.from(r.value ?? '', 'hex').toString();
const stepValues = (step: string): string[] => Array.from({ length: partitions }, (_, p) => `${step}-${p}`);

describeWithTools(['confluent-kafka', 'kafkajs'], 'Kafka clients run transactions on the KAFKA listener', () => {
  const cluster = useCluster('kafka-transactions');

  async function pythonRead(topic: string, isolation: 'read_committed' | 'read_uncommitted', partitionCount = partitions): Promise<string[]> {
    const run = await runPython('confluent_transactions.py', ['read', cluster().kafkaBootstrap, topic, String(partitionCount), isolation], { timeoutMs: scriptTimeoutMs });
    return jsonLines<ReadLine>(succeeded(run)).map(valueText).sort();
  }

  test('librdkafka: a committed, an aborted and a committed transaction; read_committed sees only the committed ones', async () => {
    const topic = 'librdkafka-txn';
    await createTopics(cluster(), [{ topic, numPartitions: partitions }]);
    const run = await runPython('confluent_transactions.py', ['produce', cluster().kafkaBootstrap, topic, String(partitions), 'librdkafka-txn-1'], { timeoutMs: scriptTimeoutMs });
    expect(jsonLines(succeeded(run))).toEqual([{ step: 'commit', ok: true }, { step: 'abort', ok: true }, { step: 'commit2', ok: true }]);

    expect(await pythonRead(topic, 'read_committed')).toEqual([...stepValues('commit'), ...stepValues('commit2')].sort());
    expect(await pythonRead(topic, 'read_uncommitted')).toEqual([...stepValues('abort'), ...stepValues('commit'), ...stepValues('commit2')].sort());
  }, 240_000);

  test('librdkafka: a consume-transform-produce copier commits its input offsets in its transactions', async () => {
    const input = 'librdkafka-copy-in';
    const output = 'librdkafka-copy-out';
    const group = 'librdkafka-copier';
    const count = 60;
    await createTopics(cluster(), [{ topic: input, numPartitions: partitions }, { topic: output, numPartitions: partitions }]);
    const producer = samsaClient(cluster(), 'copy-seed').producer({ acks: -1 });
    await producer.connect();
    await producer.send({ topic: input, messages: Array.from({ length: count }, (_, i) => ({ partition: i % partitions, value: `in-${i}` })) }).finally(() => producer.disconnect());

    const run = await runPython('confluent_transactions.py', ['copy', cluster().kafkaBootstrap, input, output, group, 'librdkafka-copier-1', String(count)], { timeoutMs: scriptTimeoutMs });
    succeeded(run);

    const copied = await pythonRead(output, 'read_committed');
    expect(copied).toEqual(Array.from({ length: count }, (_, i) => `copy:in-${i}`).sort());
    const admin = samsaClient(cluster(), 'copy-check').admin();
    await admin.connect();
    const committed = await admin.fetchOffsets({ groupId: group, topics: [input] }).finally(() => admin.disconnect());
    expect(committed.flatMap((t) => t.partitions.map((p) => [p.partition, Number(p.offset)])).sort())
      .toEqual(Array.from({ length: partitions }, (_, p) => [p, count / partitions]));
  }, 240_000);

  test('librdkafka: a second producer with the same transactional id fences the first', async () => {
    const topic = 'librdkafka-fence';
    await createTopics(cluster(), [{ topic, numPartitions: 1 }]);
    const run = await runPython('confluent_transactions.py', ['fence', cluster().kafkaBootstrap, topic, 'librdkafka-fenced'], { timeoutMs: scriptTimeoutMs });
    const [fenced, successor] = jsonLines<Record<string, unknown>>(succeeded(run));
    expect(fenced).toMatchObject({ fenced: true, fatal: true });
    expect(['_FENCED', 'PRODUCER_FENCED', 'INVALID_PRODUCER_EPOCH']).toContain(fenced?.code);
    expect(successor).toEqual({ successor: 'committed' });
    // The zombie's record was aborted when the successor initialized; only the successor's is read.
    expect(await pythonRead(topic, 'read_committed', 1)).toEqual(['successor']);
  }, 240_000);

  async function kafkajsRead(kafka: Kafka, topic: string, groupId: string, readUncommitted: boolean, expected: number): Promise<string[]> {
    const consumer: Consumer = kafka.consumer({ groupId, readUncommitted, sessionTimeout: 10_000, heartbeatInterval: 1_000, maxWaitTimeInMs: 200 });
    const read: string[] = [];
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await consumer.run({ eachMessage: async ({ message }) => void read.push(message.value?.toString() ?? '') });
      await waitFor(() => read.length >= expected, { timeoutMs: readTimeoutMs, description: `${expected} records of ${topic}` });
      await new Promise((r) => setTimeout(r, quietPeriodMs));
    } finally {
      await consumer.disconnect();
    }
    return read.sort();
  }

  test('KafkaJS: transaction commit, abort and sendOffsets; its read_committed consumer skips the aborted records', async () => {
    const topic = 'kafkajs-txn';
    const offsetsTopic = 'kafkajs-txn-source';
    const groupId = 'kafkajs-txn-offsets';
    await createTopics(cluster(), [{ topic, numPartitions: partitions }, { topic: offsetsTopic, numPartitions: 1 }]);
    const client = kafkajsClient(cluster(), 'kafkajs-txn');
    const producer = client.kafka.producer({ transactionalId: 'kafkajs-txn-1', maxInFlightRequests: 1, idempotent: true });
    await producer.connect();
    try {
      for (const [step, commit] of [['commit', true], ['abort', false], ['commit2', true]] as const) {
        const tx = await producer.transaction();
        await tx.send({ topic, messages: stepValues(step).map((value, partition) => ({ partition, value })) });
        if (step === 'commit2') {
          await tx.sendOffsets({ consumerGroupId: groupId, topics: [{ topic: offsetsTopic, partitions: [{ partition: 0, offset: '42' }] }] });
        }
        await (commit ? tx.commit() : tx.abort());
      }
    } finally {
      await producer.disconnect();
    }
    expect(client.logs.filter((l) => l.startsWith('ERROR'))).toEqual([]);
    const committed = await kafkajsRead(client.kafka, topic, 'kafkajs-txn-reader', false, 2 * partitions);
    expect(committed).toEqual([...stepValues('commit'), ...stepValues('commit2')].sort());
    const all = await kafkajsRead(client.kafka, topic, 'kafkajs-txn-reader-uncommitted', true, 3 * partitions);
    expect(all).toEqual([...stepValues('abort'), ...stepValues('commit'), ...stepValues('commit2')].sort());

    const admin = client.kafka.admin();
    await admin.connect();
    const offsets = await admin.fetchOffsets({ groupId, topics: [offsetsTopic] }).finally(() => admin.disconnect());
    expect(offsets[0]?.partitions).toEqual([expect.objectContaining({ partition: 0, offset: '42' })]);
  }, 240_000);

  test('KafkaJS: a second producer with the same transactional id fences the first', async () => {
    const topic = 'kafkajs-fence';
    await createTopics(cluster(), [{ topic, numPartitions: 1 }]);
    const client = kafkajsClient(cluster(), 'kafkajs-fence');
    const first = client.kafka.producer({ transactionalId: 'kafkajs-fenced', maxInFlightRequests: 1, idempotent: true, retry: { retries: 2 } });
    const second = client.kafka.producer({ transactionalId: 'kafkajs-fenced', maxInFlightRequests: 1, idempotent: true });
    await first.connect();
    try {
      const zombie = await first.transaction();
      await zombie.send({ topic, messages: [{ partition: 0, value: 'zombie' }] });
      await second.connect();
      // KafkaJS runs InitProducerId with the transactional id on its first transaction(), not on connect().
      const tx = await second.transaction();
      const error = await zombie.commit().then(() => undefined, (e: unknown) => e as { type?: string; name?: string });
      expect(error).toBeDefined();
      expect(['INVALID_PRODUCER_EPOCH', 'PRODUCER_FENCED']).toContain(error?.type);
      await tx.send({ topic, messages: [{ partition: 0, value: 'successor' }] });
      await tx.commit();
    } finally {
      await first.disconnect();
      await second.disconnect();
    }
    expect(await kafkajsRead(client.kafka, topic, 'kafkajs-fence-reader', false, 1)).toEqual(['successor']);
  }, 240_000);
});
