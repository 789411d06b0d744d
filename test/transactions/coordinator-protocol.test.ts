/**
 * The transaction coordinator over the protobuf protocol on a real broker: FindCoordinator for a
 * transactional id creates __transaction_state and names its leader; InitProducerId fences the
 * previous instance; out-of-order calls, unknown ids and stale epochs get Kafka's errors; a
 * transaction left open past its timeout is aborted under a bumped epoch.
 */
import type { BrokerConnection } from '../../client/network/connection';
import { ApiKey } from '../../proto/api';
import { ErrorCode } from '../../proto/errors';
import type { samsa } from '../../proto/generated/samsa';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { connectBroker, createTopicEverywhere } from '../groups/group-helpers';

const topic = 'txn-data';

async function findTxnCoordinator(conn: BrokerConnection, transactionalId: string): Promise<number> {
  return waitFor(async () => {
    const resp = await conn.send<samsa.v1.IFindCoordinatorResponse>(ApiKey.FindCoordinator, { key: transactionalId, keyType: 1 });
    if (resp.errorCode === ErrorCode.COORDINATOR_NOT_AVAILABLE) return undefined;
    if (resp.errorCode !== ErrorCode.NONE) throw new Error(`FindCoordinator ${transactionalId}: ${resp.errorCode} ${resp.errorMessage}`);
    return resp.nodeId ?? -1;
  }, { timeoutMs: 60_000, intervalMs: 200, description: `a transaction coordinator for ${transactionalId}` });
}

/** InitProducerId, retried while the coordinator loads or completes an abort (as clients do). */
async function initProducerId(conn: BrokerConnection, transactionalId: string, transactionTimeoutMs = 60_000): Promise<{ producerId: number; producerEpoch: number }> {
  return waitFor(async () => {
    const resp = await conn.send<samsa.v1.IInitProducerIdResponse>(ApiKey.InitProducerId, { transactionalId, transactionTimeoutMs, producerId: -1, producerEpoch: -1 });
    const code = resp.errorCode ?? 0;
    if (code === ErrorCode.COORDINATOR_LOAD_IN_PROGRESS || code === ErrorCode.CONCURRENT_TRANSACTIONS) return undefined;
    if (code !== ErrorCode.NONE) throw new Error(`InitProducerId ${transactionalId}: ${code}`);
    return { producerId: Number(resp.producerId), producerEpoch: resp.producerEpoch ?? -1 };
  }, { timeoutMs: 30_000, intervalMs: 100, description: `a producer id for ${transactionalId}` });
}

async function endTxn(conn: BrokerConnection, transactionalId: string, producerId: number, producerEpoch: number, committed: boolean): Promise<number> {
  const resp = await conn.send<samsa.v1.IEndTxnResponse>(ApiKey.EndTxn, { transactionalId, producerId, producerEpoch, committed });
  return resp.errorCode ?? 0;
}

async function addPartitions(conn: BrokerConnection, transactionalId: string, producerId: number, producerEpoch: number, partitions: number[]): Promise<number[]> {
  const resp = await conn.send<samsa.v1.IAddPartitionsToTxnResponse>(ApiKey.AddPartitionsToTxn, {
    transactionalId, producerId, producerEpoch, topics: [{ name: topic, partitions }],
  });
  return (resp.results ?? []).flatMap((t) => (t.results ?? []).map((p) => p.errorCode ?? 0));
}

async function describeTxn(conn: BrokerConnection, transactionalId: string): Promise<samsa.v1.DescribeTransactionsResponse.ITransactionState> {
  const resp = await conn.send<samsa.v1.IDescribeTransactionsResponse>(ApiKey.DescribeTransactions, { transactionalIds: [transactionalId] });
  return resp.transactionStates?.[0] ?? {};
}

describe('transaction coordinator over the protobuf protocol', () => {
  let cluster: TestCluster;
  let conn: BrokerConnection;

  beforeAll(async () => {
    cluster = await startCluster({
      brokers: 1, name: 'txn-coordinator',
      overrides: {
        'transaction.state.log.num.partitions': 3,
        'transaction.abort.timed.out.transaction.cleanup.interval.ms': 500,
      },
    });
    await createTopicEverywhere(cluster.brokers, topic, 2);
    conn = connectBroker(cluster.broker(1), 'txn-test');
  }, 120_000);

  afterAll(async () => {
    conn?.close();
    await cluster?.stop();
  });

  it('FindCoordinator with key type 1 creates a compacted __transaction_state and names its leader', async () => {
    expect(await findTxnCoordinator(conn, 'find-me')).toBe(1);
    const assignment = await cluster.zk.getJson<{ partitions: Record<string, number[]> }>('/brokers/topics/__transaction_state');
    expect(Object.keys(assignment?.partitions ?? {})).toHaveLength(3);
    const config = await cluster.zk.getJson<{ config: Record<string, string> }>('/config/topics/__transaction_state');
    // min.insync.replicas is capped at the replication factor of 1 (one live broker).
    expect(config?.config).toMatchObject({ 'cleanup.policy': 'compact', 'min.insync.replicas': '1', 'segment.bytes': '104857600' });
  });

  it('a second InitProducerId bumps the epoch; the first instance is fenced', async () => {
    await findTxnCoordinator(conn, 'fenced-app');
    const first = await initProducerId(conn, 'fenced-app');
    const second = await initProducerId(conn, 'fenced-app');
    expect(second).toEqual({ producerId: first.producerId, producerEpoch: first.producerEpoch + 1 });
    expect(await endTxn(conn, 'fenced-app', first.producerId, first.producerEpoch, true)).toBe(ErrorCode.PRODUCER_FENCED);
    expect(await addPartitions(conn, 'fenced-app', first.producerId, first.producerEpoch, [0])).toEqual([ErrorCode.PRODUCER_FENCED]);
    expect(await describeTxn(conn, 'fenced-app')).toMatchObject({ errorCode: ErrorCode.NONE, transactionState: 'Empty', producerEpoch: second.producerEpoch });
  });

  it('answers out-of-order calls, unknown ids, wrong producer ids and unknown partitions with Kafka\'s errors', async () => {
    await findTxnCoordinator(conn, 'ordered-app');
    const { producerId, producerEpoch } = await initProducerId(conn, 'ordered-app');
    expect(await endTxn(conn, 'ordered-app', producerId, producerEpoch, true)).toBe(ErrorCode.INVALID_TXN_STATE);
    expect(await endTxn(conn, 'never-initialized', producerId, producerEpoch, true)).toBe(ErrorCode.INVALID_PRODUCER_ID_MAPPING);
    expect(await endTxn(conn, 'ordered-app', producerId + 1, producerEpoch, false)).toBe(ErrorCode.INVALID_PRODUCER_ID_MAPPING);
    expect(await addPartitions(conn, 'ordered-app', producerId, producerEpoch, [0, 9])).toEqual([ErrorCode.OPERATION_NOT_ATTEMPTED, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]);
    expect(await describeTxn(conn, 'never-initialized')).toMatchObject({ errorCode: ErrorCode.TRANSACTIONAL_ID_NOT_FOUND });
    expect(await describeTxn(conn, 'ordered-app')).toMatchObject({ transactionState: 'Empty' });
    const tooLong = await conn.send<samsa.v1.IInitProducerIdResponse>(ApiKey.InitProducerId, {
      transactionalId: 'ordered-app', transactionTimeoutMs: 900_001, producerId: -1, producerEpoch: -1,
    });
    expect(tooLong.errorCode).toBe(ErrorCode.INVALID_TRANSACTION_TIMEOUT);
  });

  it('aborts a transaction left open past its timeout under a bumped epoch', async () => {
    await findTxnCoordinator(conn, 'hanging-app');
    const { producerId, producerEpoch } = await initProducerId(conn, 'hanging-app', 1_000);
    expect(await addPartitions(conn, 'hanging-app', producerId, producerEpoch, [0, 1])).toEqual([ErrorCode.NONE, ErrorCode.NONE]);
    expect(await describeTxn(conn, 'hanging-app')).toMatchObject({ transactionState: 'Ongoing', topics: [{ topic, partitions: [0, 1] }] });
    const aborted = await waitFor(async () => {
      const d = await describeTxn(conn, 'hanging-app');
      return d.transactionState === 'PrepareAbort' || d.transactionState === 'CompleteAbort' ? d : undefined;
    }, { timeoutMs: 20_000, intervalMs: 200, description: 'the hanging transaction aborted' });
    expect(aborted.producerEpoch).toBe(producerEpoch + 1);
    expect(await endTxn(conn, 'hanging-app', producerId, producerEpoch, true)).toBe(ErrorCode.PRODUCER_FENCED);
  });
});
