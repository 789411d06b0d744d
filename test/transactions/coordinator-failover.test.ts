/**
 * Coordinator failover: the transaction coordinator is SIGKILLed right after it wrote
 * PrepareCommit (and answered EndTxn); the broker elected leader of its __transaction_state
 * partition loads the transaction from the replicated log and carries the commit on: it answers
 * a retried commit as still in progress (or done), refuses an abort (the outcome is decided), and
 * fences nobody (same producer id and epoch). The markers themselves need the partition leaders'
 * WriteTxnMarkers; until they write them the new coordinator keeps the commit in PrepareCommit.
 */
import type { BrokerConnection } from '../../client/network/connection';
import { ErrorCode } from '../../proto/errors';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { connectBroker, connectTo, createTopicEverywhere } from '../groups/group-helpers';
import { addPartitions, describeTxn, endTxn, findTxnCoordinator, initProducerId } from './txn-helpers';

const topic = 'failover-data';
const transactionalId = 'failover-app';

describe('transaction coordinator failover', () => {
  let cluster: TestCluster;
  const connections: BrokerConnection[] = [];

  beforeAll(async () => {
    cluster = await startCluster({
      brokers: 3, name: 'txn-failover',
      // One partition: its leader coordinates every transactional id. RF 3, min ISR 2.
      overrides: { 'transaction.state.log.num.partitions': 1 },
    });
    await createTopicEverywhere(cluster.brokers, topic, 2);
  }, 180_000);

  afterAll(async () => {
    for (const c of connections) c.close();
    await cluster?.stop();
  });

  it('a new coordinator takes over a PrepareCommit transaction whose coordinator was SIGKILLed and carries the commit on', async () => {
    const bootstrap = connectBroker(cluster.broker(1), 'bootstrap');
    connections.push(bootstrap);
    const first = await findTxnCoordinator(bootstrap, transactionalId);
    const coordinator = connectTo(first, 'producer');
    connections.push(coordinator);
    const { producerId, producerEpoch } = await initProducerId(coordinator, transactionalId);
    expect(await addPartitions(coordinator, topic, transactionalId, producerId, producerEpoch, [0, 1])).toEqual([ErrorCode.NONE, ErrorCode.NONE]);
    expect(await endTxn(coordinator, transactionalId, producerId, producerEpoch, true)).toBe(ErrorCode.NONE);

    await cluster.broker(first.nodeId).kill('SIGKILL');
    const survivor = connectBroker(cluster.broker([1, 2, 3].find((id) => id !== first.nodeId)!), 'after-failover');
    connections.push(survivor);
    const moved = await waitFor(async () => {
      const found = await findTxnCoordinator(survivor, transactionalId);
      return found.nodeId !== first.nodeId ? found : undefined;
    }, { timeoutMs: 60_000, intervalMs: 250, description: 'a new transaction coordinator' });
    const next = connectTo(moved, 'producer-after-failover');
    connections.push(next);
    const loaded = await waitFor(async () => {
      const d = await describeTxn(next, transactionalId);
      return d.errorCode === ErrorCode.NONE ? d : undefined;
    }, { timeoutMs: 30_000, intervalMs: 200, description: 'the transaction loaded by the new coordinator' });
    // The commit was decided before the crash: the new coordinator finishes it, never aborts it.
    expect(['PrepareCommit', 'CompleteCommit']).toContain(loaded.transactionState);
    expect(Number(loaded.producerId)).toBe(producerId);
    expect(loaded.producerEpoch).toBe(producerEpoch);
    // Kafka's answers: an abort is refused (CONCURRENT_TRANSACTIONS while the markers are written,
    // INVALID_TXN_STATE once committed); a retried commit waits or succeeds.
    expect([ErrorCode.CONCURRENT_TRANSACTIONS, ErrorCode.INVALID_TXN_STATE]).toContain(await endTxn(next, transactionalId, producerId, producerEpoch, false));
    expect([ErrorCode.CONCURRENT_TRANSACTIONS, ErrorCode.NONE]).toContain(await endTxn(next, transactionalId, producerId, producerEpoch, true));
    expect(['PrepareCommit', 'CompleteCommit']).toContain((await describeTxn(next, transactionalId)).transactionState);
  }, 180_000);
});
