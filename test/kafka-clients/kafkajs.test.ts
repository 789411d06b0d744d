/**
 * KafkaJS 2.x against the KAFKA listeners of a 3-broker cluster: admin createTopics and
 * fetchTopicOffsets, an acks=all producer, a consumer group reading with eachMessage that
 * commits what it read, and describeGroups showing that group with its member while it runs.
 */
import { samsaClient, useCluster } from './samsa-side';
import { kafkajsClient, wireRecordOf } from './kafkajs-side';
import { describeWithTools } from './tools';
import { type Consumer } from 'kafkajs';
import { waitFor } from '../fixtures/cluster';

const partitions = 3;
const recordCount = 45;
const groupReadTimeoutMs = 60_000;

describeWithTools(['kafkajs'], 'KafkaJS on the KAFKA listener', () => {
  const cluster = useCluster('kafkajs');
  const topic = 'kafkajs-topic';
  const groupId = 'kafkajs-group';

  test('admin createTopics creates the topic and fetchTopicOffsets lists its empty partitions', async () => {
    const client = kafkajsClient(cluster(), 'kafkajs-admin');
    const admin = client.kafka.admin();
    await admin.connect();
    try {
      const created = await admin.createTopics({ topics: [{ topic, numPartitions: partitions, replicationFactor: 3 }], waitForLeaders: true, timeout: 30_000 });
      expect({ created, logs: client.logs }).toEqual({ created: true, logs: client.logs });
      // The topic is there for the protobuf side too.
      const samsaAdmin = samsaClient(cluster(), 'kafkajs-check').admin();
      await samsaAdmin.connect();
      const listed = await samsaAdmin.listTopics().finally(() => samsaAdmin.disconnect());
      expect(listed).toContain(topic);
      const offsets = await admin.fetchTopicOffsets(topic);
      expect(offsets.map((o) => ({ partition: o.partition, low: o.low, high: o.high })).sort((a, b) => a.partition - b.partition))
        .toEqual([0, 1, 2].map((partition) => ({ partition, low: '0', high: '0' })));
    } finally {
      await admin.disconnect();
    }
  }, 90_000);

  test('an acks=all producer writes records whose offsets fetchTopicOffsets then reports', async () => {
    const client = kafkajsClient(cluster(), 'kafkajs-producer');
    const producer = client.kafka.producer();
    await producer.connect();
    try {
      const messages = Array.from({ length: recordCount }, (_, i) => ({ key: `key-${i}`, value: `value-${i}`, partition: i % partitions, headers: { n: String(i) } }));
      const metadata = await producer.send({ topic, acks: -1, messages });
      expect(metadata.map((m) => ({ partition: m.partition, errorCode: m.errorCode, baseOffset: m.baseOffset })).sort((a, b) => a.partition - b.partition))
        .toEqual([0, 1, 2].map((partition) => ({ partition, errorCode: 0, baseOffset: '0' })));
    } finally {
      await producer.disconnect();
    }
    const admin = client.kafka.admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect());
    expect(offsets.map((o) => [o.partition, o.high]).sort()).toEqual([0, 1, 2].map((p) => [p, String(recordCount / partitions)]));
  }, 90_000);

  test('a consumer group reads every record with eachMessage, describeGroups shows it Stable, and its commits are the end offsets', async () => {
    const client = kafkajsClient(cluster(), 'kafkajs-consumer');
    const admin = client.kafka.admin();
    await admin.connect();
    const consumer: Consumer = client.kafka.consumer({ groupId, sessionTimeout: 10_000, heartbeatInterval: 1_000, maxWaitTimeInMs: 200 });
    const read: string[] = [];
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ partition, message }) => {
          const r = wireRecordOf(partition, message);
          read.push(`${r.partition}:${r.offset}:${Buffer.from(r.value ?? '', 'hex').toString()}`);
        },
      });
      await waitFor(() => read.length >= recordCount, { timeoutMs: groupReadTimeoutMs, description: `${recordCount} records (logs: ${client.logs.join('\n')})` });
      expect(new Set(read).size).toBe(recordCount);
      expect(read.map((r) => r.split(':')[2]).sort()).toEqual(Array.from({ length: recordCount }, (_, i) => `value-${i}`).sort());

      const { groups } = await admin.describeGroups([groupId]);
      expect(groups).toHaveLength(1);
      expect(groups[0]).toMatchObject({ groupId, state: 'Stable', protocolType: 'consumer', errorCode: 0 });
      expect(groups[0]!.members).toHaveLength(1);
      expect(groups[0]!.members[0]!.clientId).toBe('kafkajs-consumer');
    } finally {
      await consumer.disconnect(); // commits the resolved offsets
    }
    try {
      const committed = await admin.fetchOffsets({ groupId, topics: [topic] });
      expect(committed[0]!.partitions.map((p) => [p.partition, p.offset]).sort())
        .toEqual([0, 1, 2].map((p) => [p, String(recordCount / partitions)]));
      // The same commits through Samsa's protobuf listener.
      const samsaAdmin = samsaClient(cluster(), 'kafkajs-commits').admin();
      await samsaAdmin.connect();
      const viaSamsa = await samsaAdmin.fetchOffsets({ groupId, topics: [topic] }).finally(() => samsaAdmin.disconnect());
      expect(viaSamsa[0]!.partitions.map((p) => [p.partition, p.offset]).sort()).toEqual([0, 1, 2].map((p) => [p, recordCount / partitions]));
    } finally {
      await admin.disconnect();
    }
  }, 120_000);
});
