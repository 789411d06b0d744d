/**
 * Coordinator failover: the transaction coordinator is SIGKILLed right after it wrote
 * PrepareCommit (and answered EndTxn); the broker elected leader of its __transaction_state
 * partition loads the transaction from the replicated log and carries the commit on: it answers
 * a retried commit as still in progress (or done), refuses an abort (the outcome is decided), and
 * fences nobody (same producer id and epoch), writes the commit markers and CompleteCommit.
 */
import type { BrokerConnection } from '../../client/network/connection';
import { ApiKey } from '../../proto/api';
import { ErrorCode } from '../../proto/errors';
import type { samsa } from '../../proto/generated/samsa';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { connectBroker, connectTo, createTopicEverywhere } from '../groups/group-helpers';
import { addPartitions, describeTxn, endTxn, findTxnCoordinator, initProducerId, producerState } from './txn-helpers';

const topic = 'failover-data';

/** The live leader of `topic`-`partition` as `conn`'s broker sees it. */
async function partitionLeader(conn: BrokerConnection, partition: number): Promise<{ host: string; port: number }> {
  return waitFor(async () => {
    const md = await conn.send<samsa.v1.IMetadataResponse>(ApiKey.Metadata, { topics: [topic] });
    const leaderId = md.topics?.[0]?.partitions?.find((p) => (p.partition ?? 0) === partition)?.leaderId ?? -1;
    const broker = md.brokers?.find((b) => b.nodeId === leaderId);
    return broker === undefined ? undefined : { host: broker.host ?? '', port: broker.port ?? -1 };
  }, { timeoutMs: 30_000, intervalMs: 200, description: `a live leader of ${topic}-${partition}` });
}
const transactionalId = 'failover-app';

describe('transaction coordinator failover', () => {
  let cluster: TestCluster;
  const connections: BrokerConnection[] = [];

  beforeAll(async () => {
    cluster = await startCluster({
      brokers: 3, name: 'txn-failover',
      // One partition: its leader coordinates every transactional id (RF 3, min ISR 2). The data
      // topic is replicated too, so that every partition keeps a leader to take its marker.
      overrides: { 'transaction.state.log.num.partitions': 1, 'default.replication.factor': 3 },
    });
    await createTopicEverywhere(cluster.brokers, topic, 2);
  }, 180_000);

  afterAll(async () => {
    for (const c of connections) c.close();
    await cluster?.stop();
  });

  it('a new coordinator completes a PrepareCommit transaction whose coordinator was SIGKILLed', async () => {
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
    const completed = await waitFor(async () => {
      const d = await describeTxn(next, transactionalId);
      return d.transactionState === 'CompleteCommit' ? d : undefined;
    }, { timeoutMs: 30_000, intervalMs: 200, description: 'the commit completed by the new coordinator' });
    expect(completed.producerEpoch).toBe(producerEpoch);
    // The markers reached the partitions: no open transaction of this producer is left on them.
    for (const partition of [0, 1]) {
      const leader = connectTo(await partitionLeader(survivor, partition), `leader-${partition}`);
      connections.push(leader);
      expect(Number((await producerState(leader, topic, partition, producerId))?.currentTxnStartOffset ?? -1)).toBe(-1);
    }
    expect(await endTxn(next, transactionalId, producerId, producerEpoch, true)).toBe(ErrorCode.NONE);
  }, 180_000);
});
