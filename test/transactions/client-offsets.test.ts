/**
 * sendOffsets against real ZooKeeper and a real broker process: a consume-transform-produce loop
 * (a group consumer, a transactional producer) writes one output per input and commits the
 * consumed offsets in the same transaction, with the consumer's group metadata (KIP-447); the
 * offsets become the group's only when the transaction commits, never when it aborts.
 */
import { type Admin, type Consumer, type Producer } from '../../client';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { createTopicEverywhere } from '../groups/group-helpers';
import { clientFor, readPartition, txnOverrides } from './client-support';

const waitMs = 30_000;

describe('transactional offsets (client sendOffsets)', () => {
  let cluster: TestCluster;
  let admin: Admin;
  const closers: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 1, name: 'txclient-offsets', overrides: txnOverrides });
    admin = clientFor(cluster, 'admin').admin();
    await admin.connect();
  }, 120_000);

  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close().catch(() => undefined);
  });

  afterAll(async () => {
    await admin?.disconnect();
    await cluster?.stop();
  });

  async function committedOffset(groupId: string, topic: string): Promise<number> {
    const offsets = await admin.fetchOffsets({ groupId, topics: [topic] });
    return offsets.find((o) => o.topic === topic)?.partitions.find((p) => p.partition === 0)?.offset ?? -1;
  }

  async function seed(topic: string, values: string[]): Promise<void> {
    await createTopicEverywhere(cluster.brokers, topic, 1);
    const producer = clientFor(cluster, 'seed').producer();
    await producer.connect();
    await producer.send({ topic, messages: values.map((value) => ({ value })) });
    await producer.disconnect();
  }

  async function transactionalProducer(transactionalId: string): Promise<Producer> {
    const producer = clientFor(cluster, transactionalId).producer({ transactionalId });
    closers.push(() => producer.disconnect());
    await producer.connect();
    return producer;
  }

  it('commits the outputs and the consumed offsets together, with the consumer\'s group metadata', async () => {
    const [input, output, groupId] = ['eos-in', 'eos-out', 'eos-group'];
    await seed(input, ['1', '2', '3']);
    await createTopicEverywhere(cluster.brokers, output, 1);
    const producer = await transactionalProducer('eos-app');
    const consumer: Consumer = clientFor(cluster, 'eos-consumer').consumer({ groupId, autoCommit: false });
    closers.push(() => consumer.disconnect());
    await consumer.connect();
    await consumer.subscribe({ topics: [input], fromBeginning: true });
    let processed = 0;
    await consumer.run({
      eachBatch: async ({ batch }) => {
        const tx = await producer.transaction();
        await tx.send({ topic: output, messages: batch.messages.map((m) => ({ value: `out-${m.value?.toString()}` })) });
        const next = batch.messages[batch.messages.length - 1]!.offset + 1;
        await tx.sendOffsets({ consumer, topics: [{ topic: input, partitions: [{ partition: batch.partition, offset: next }] }] });
        await tx.commit();
        processed += batch.messages.length;
      },
    });
    await waitFor(() => Promise.resolve(processed >= 3 ? true : undefined), { timeoutMs: waitMs, intervalMs: 50, description: 'the loop to process 3 inputs' });
    await consumer.stop();
    await waitFor(async () => ((await committedOffset(groupId, input)) === 3 ? true : undefined), { timeoutMs: waitMs, intervalMs: 200, description: 'offset 3 committed' });
    const read = await readPartition(clientFor(cluster, 'reader'), output, 'read_committed', { count: 3, timeoutMs: waitMs });
    expect(read.values).toEqual(['out-1', 'out-2', 'out-3']);
  }, 90_000);

  it('leaves the group\'s offsets unchanged when the transaction aborts', async () => {
    const [input, groupId] = ['eos-abort-in', 'eos-abort-group'];
    await seed(input, ['x']);
    const producer = await transactionalProducer('eos-abort-app');
    const first = await producer.transaction();
    await first.sendOffsets({ consumerGroupId: groupId, topics: [{ topic: input, partitions: [{ partition: 0, offset: 1 }] }] });
    await first.abort();
    // A later committed transaction of the same producer shows that the abort's offsets were dropped, not delayed.
    const second = await producer.transaction();
    await second.send({ topic: input, messages: [{ value: 'y' }] });
    await second.commit();
    await waitFor(async () => {
      const [d] = await admin.describeTransactions(['eos-abort-app']);
      return d?.state === 'CompleteCommit' ? true : undefined;
    }, { timeoutMs: waitMs, intervalMs: 100, description: 'the second transaction to complete' });
    expect(await committedOffset(groupId, input)).toBe(-1);
  }, 90_000);
});
