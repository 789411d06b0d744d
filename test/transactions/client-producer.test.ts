/**
 * The client's transactional producer and read_committed consumer against real ZooKeeper and a
 * real broker process: committed transactions become visible to read_committed readers, aborted
 * ones never do (while read_uncommitted readers see both), an open transaction holds
 * read_committed readers back, a second instance with the same transactionalId fences the
 * first (ProducerFencedError), and the admin sees the transaction.
 */
import { InvalidTxnStateError, ProducerFencedError, TransactionState, type Producer } from '../../client';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { createTopicEverywhere } from '../groups/group-helpers';
import { clientFor, readPartition, txnOverrides } from './client-support';

const readTimeoutMs = 15_000;

describe('transactional producer and read_committed consumer (client)', () => {
  let cluster: TestCluster;
  const producers: Producer[] = [];

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 1, name: 'txclient', overrides: txnOverrides });
  }, 120_000);

  afterEach(async () => {
    await Promise.all(producers.splice(0).map((p) => p.disconnect().catch(() => undefined)));
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  async function transactionalProducer(transactionalId: string): Promise<Producer> {
    const producer = clientFor(cluster, transactionalId).producer({ transactionalId, transactionTimeoutMs: 30_000 });
    producers.push(producer);
    await producer.connect();
    return producer;
  }

  it('commits a transaction: read_committed readers see it, past the commit marker', async () => {
    const topic = 'txclient-commit';
    await createTopicEverywhere(cluster.brokers, topic, 1);
    const producer = await transactionalProducer('tx-commit');
    const tx = await producer.transaction();
    expect(tx.isActive()).toBe(true);
    await tx.send({ topic, messages: [{ value: 'a' }, { value: 'b' }] });
    await tx.send({ topic, messages: [{ value: 'c' }] });
    await tx.commit();
    expect(tx.isActive()).toBe(false);
    // Two batches (offsets 0-2) and the commit marker at 3: the position moves past the marker.
    const read = await readPartition(clientFor(cluster, 'reader'), topic, 'read_committed', { count: 3, timeoutMs: readTimeoutMs, untilPosition: 4 });
    expect(read.values).toEqual(['a', 'b', 'c']);
    expect(read.position).toBe(4);
  }, 60_000);

  it('hides an aborted transaction from read_committed readers only', async () => {
    const topic = 'txclient-abort';
    await createTopicEverywhere(cluster.brokers, topic, 1);
    const producer = await transactionalProducer('tx-abort');
    const aborted = await producer.transaction();
    await aborted.send({ topic, messages: [{ value: 'gone-1' }, { value: 'gone-2' }] });
    await aborted.abort();
    const committed = await producer.transaction();
    await committed.send({ topic, messages: [{ value: 'kept' }] });
    await committed.commit();
    const samsa = clientFor(cluster, 'reader');
    expect((await readPartition(samsa, topic, 'read_committed', { count: 1, timeoutMs: readTimeoutMs })).values).toEqual(['kept']);
    expect((await readPartition(samsa, topic, 'read_uncommitted', { count: 3, timeoutMs: readTimeoutMs })).values).toEqual(['gone-1', 'gone-2', 'kept']);
  }, 60_000);

  it('holds read_committed readers at an open transaction until it commits', async () => {
    const topic = 'txclient-open';
    await createTopicEverywhere(cluster.brokers, topic, 1);
    const producer = await transactionalProducer('tx-open');
    const first = await producer.transaction();
    await first.send({ topic, messages: [{ value: 'first' }] });
    await first.commit();
    const open = await producer.transaction();
    await open.send({ topic, messages: [{ value: 'pending' }] });
    const samsa = clientFor(cluster, 'reader');
    const during = await readPartition(samsa, topic, 'read_committed', { count: 2, timeoutMs: 3000 });
    expect(during.values).toEqual(['first']);
    await open.commit();
    expect((await readPartition(samsa, topic, 'read_committed', { count: 2, timeoutMs: readTimeoutMs })).values).toEqual(['first', 'pending']);
  }, 60_000);

  it('fences the older instance of a transactionalId: ProducerFencedError, and the producer stays unusable', async () => {
    const topic = 'txclient-fence';
    await createTopicEverywhere(cluster.brokers, topic, 1);
    const zombie = await transactionalProducer('tx-fence');
    const tx = await zombie.transaction();
    await tx.send({ topic, messages: [{ value: 'zombie' }] });
    const successor = await transactionalProducer('tx-fence');
    await expect(tx.commit()).rejects.toBeInstanceOf(ProducerFencedError);
    await expect(zombie.transaction()).rejects.toBeInstanceOf(ProducerFencedError);
    const ok = await successor.transaction();
    await ok.send({ topic, messages: [{ value: 'successor' }] });
    await ok.commit();
    const read = await readPartition(clientFor(cluster, 'reader'), topic, 'read_committed', { count: 1, timeoutMs: readTimeoutMs });
    expect(read.values).toEqual(['successor']);
  }, 60_000);

  it('refuses a second transaction while one is open, and sends outside a transaction', async () => {
    const producer = await transactionalProducer('tx-state');
    const tx = await producer.transaction();
    await expect(producer.transaction()).rejects.toBeInstanceOf(InvalidTxnStateError);
    await expect(producer.send({ topic: 'any', messages: [{ value: 'x' }] })).rejects.toBeInstanceOf(InvalidTxnStateError);
    await tx.abort();
    expect(TransactionState.Ready).toBe('READY');
  }, 60_000);

  it('shows the transaction to the admin: listTransactions and describeTransactions', async () => {
    const topic = 'txclient-admin';
    await createTopicEverywhere(cluster.brokers, topic, 1);
    const producer = await transactionalProducer('tx-admin');
    const tx = await producer.transaction();
    await tx.send({ topic, messages: [{ value: 'x' }] });
    const admin = clientFor(cluster, 'admin').admin();
    await admin.connect();
    try {
      const [described] = await admin.describeTransactions(['tx-admin']);
      expect(described).toMatchObject({ transactionalId: 'tx-admin', state: 'Ongoing', coordinatorId: 1, topicPartitions: [{ topic, partition: 0 }] });
      const listed = await admin.listTransactions({ states: ['Ongoing'] });
      expect(listed.map((t) => t.transactionalId)).toContain('tx-admin');
      await tx.commit();
      // EndTxn answers once PrepareCommit is durable; the markers (then CompleteCommit) follow.
      await waitFor(async () => ((await admin.describeTransactions(['tx-admin']))[0]?.state === 'CompleteCommit' ? true : undefined),
        { timeoutMs: 15_000, intervalMs: 100, description: 'tx-admin to complete its commit' });
    } finally {
      await admin.disconnect();
    }
  }, 60_000);
});
