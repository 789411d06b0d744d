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
import { addPartitions, describeTxn, endTxn, findTxnCoordinator, initProducerId, produceTransactional, producerState } from './txn-helpers';

const topic = 'txn-data';

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
    expect((await findTxnCoordinator(conn, 'find-me')).nodeId).toBe(1);
    const assignment = await cluster.zk.getJson<{ partitions: Record<string, number[]> }>('/brokers/topics/__transaction_state');
    expect(Object.keys(assignment?.partitions ?? {})).toHaveLength(3);
    const config = await cluster.zk.getJson<{ config: Record<string, string> }>('/config/topics/__transaction_state');
    // min.insync.replicas is capped at the replication factor of 1 (one live broker).
    expect(config?.config).toMatchObject({ 'cleanup.policy': 'compact', 'min.insync.replicas': '1', 'segment.bytes': '104857600' });
    // An internal topic, as in Kafka: flagged in Metadata and protected from deletion.
    const md = await conn.send<samsa.v1.IMetadataResponse>(ApiKey.Metadata, { topics: ['__transaction_state'] });
    expect(md.topics?.[0]).toMatchObject({ name: '__transaction_state', isInternal: true });
    const deleted = await conn.send<samsa.v1.IDeleteTopicsResponse>(ApiKey.DeleteTopics, { topicNames: ['__transaction_state'], timeoutMs: 5_000 });
    expect(deleted.responses?.[0]?.errorCode).toBe(ErrorCode.INVALID_TOPIC_EXCEPTION);
  });

  it('a second InitProducerId bumps the epoch; the first instance is fenced', async () => {
    await findTxnCoordinator(conn, 'fenced-app');
    const first = await initProducerId(conn, 'fenced-app');
    const second = await initProducerId(conn, 'fenced-app');
    expect(second).toEqual({ producerId: first.producerId, producerEpoch: first.producerEpoch + 1 });
    expect(await endTxn(conn, 'fenced-app', first.producerId, first.producerEpoch, true)).toBe(ErrorCode.PRODUCER_FENCED);
    expect(await addPartitions(conn, topic, 'fenced-app', first.producerId, first.producerEpoch, [0])).toEqual([ErrorCode.PRODUCER_FENCED]);
    expect(await describeTxn(conn, 'fenced-app')).toMatchObject({ errorCode: ErrorCode.NONE, transactionState: 'Empty', producerEpoch: second.producerEpoch });
  });

  it('answers out-of-order calls, unknown ids, wrong producer ids and unknown partitions with Kafka\'s errors', async () => {
    await findTxnCoordinator(conn, 'ordered-app');
    const { producerId, producerEpoch } = await initProducerId(conn, 'ordered-app');
    expect(await endTxn(conn, 'ordered-app', producerId, producerEpoch, true)).toBe(ErrorCode.INVALID_TXN_STATE);
    expect(await endTxn(conn, 'never-initialized', producerId, producerEpoch, true)).toBe(ErrorCode.INVALID_PRODUCER_ID_MAPPING);
    expect(await endTxn(conn, 'ordered-app', producerId + 1, producerEpoch, false)).toBe(ErrorCode.INVALID_PRODUCER_ID_MAPPING);
    expect(await addPartitions(conn, topic, 'ordered-app', producerId, producerEpoch, [0, 9])).toEqual([ErrorCode.OPERATION_NOT_ATTEMPTED, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]);
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
    expect(await addPartitions(conn, topic, 'hanging-app', producerId, producerEpoch, [0, 1])).toEqual([ErrorCode.NONE, ErrorCode.NONE]);
    expect(await describeTxn(conn, 'hanging-app')).toMatchObject({ transactionState: 'Ongoing', topics: [{ topic, partitions: [0, 1] }] });
    const aborted = await waitFor(async () => {
      const d = await describeTxn(conn, 'hanging-app');
      return d.transactionState === 'PrepareAbort' || d.transactionState === 'CompleteAbort' ? d : undefined;
    }, { timeoutMs: 20_000, intervalMs: 200, description: 'the hanging transaction aborted' });
    expect(aborted.producerEpoch).toBe(producerEpoch + 1);
    expect(await endTxn(conn, 'hanging-app', producerId, producerEpoch, true)).toBe(ErrorCode.PRODUCER_FENCED);
  });

  it('the abort markers of a timed-out transaction close it on the partition', async () => {
    await findTxnCoordinator(conn, 'hanging-producer');
    const producer = await initProducerId(conn, 'hanging-producer', 1_000);
    expect(await addPartitions(conn, topic, 'hanging-producer', producer.producerId, producer.producerEpoch, [1])).toEqual([ErrorCode.NONE]);
    expect(await produceTransactional(conn, 'hanging-producer', topic, 1, producer)).toBe(ErrorCode.NONE);
    expect(Number((await producerState(conn, topic, 1, producer.producerId))?.currentTxnStartOffset)).toBeGreaterThanOrEqual(0);
    await waitFor(async () => ((await describeTxn(conn, 'hanging-producer')).transactionState === 'CompleteAbort' ? true : undefined),
      { timeoutMs: 20_000, intervalMs: 200, description: 'the hanging transaction completely aborted' });
    const after = await producerState(conn, topic, 1, producer.producerId);
    expect(Number(after?.currentTxnStartOffset)).toBe(-1);
    expect(after?.producerEpoch).toBe(producer.producerEpoch + 1);
  });
});
