/**
 * Raw transaction coordinator requests for the transaction suites, over the protobuf protocol:
 * every error code is seen exactly as the broker sent it.
 */
import type { BrokerConnection } from '../../client/network/connection';
import { ApiKey } from '../../proto/api';
import { ErrorCode } from '../../proto/errors';
import type { samsa } from '../../proto/generated/samsa';
import { encodeRecordBatchUncompressed } from '../../proto/record-batch';
import { waitFor } from '../fixtures/cluster';

export async function findTxnCoordinator(conn: BrokerConnection, transactionalId: string): Promise<{ nodeId: number; host: string; port: number }> {
  return waitFor(async () => {
    const resp = await conn.send<samsa.v1.IFindCoordinatorResponse>(ApiKey.FindCoordinator, { key: transactionalId, keyType: 1 });
    if (resp.errorCode === ErrorCode.COORDINATOR_NOT_AVAILABLE) return undefined;
    if (resp.errorCode !== ErrorCode.NONE) throw new Error(`FindCoordinator ${transactionalId}: ${resp.errorCode} ${resp.errorMessage}`);
    return { nodeId: resp.nodeId ?? -1, host: resp.host ?? '', port: resp.port ?? -1 };
  }, { timeoutMs: 60_000, intervalMs: 200, description: `a transaction coordinator for ${transactionalId}` });
}

/** InitProducerId, retried while the coordinator loads or completes an abort (as clients do). */
export async function initProducerId(conn: BrokerConnection, transactionalId: string, transactionTimeoutMs = 60_000): Promise<{ producerId: number; producerEpoch: number }> {
  return waitFor(async () => {
    const resp = await conn.send<samsa.v1.IInitProducerIdResponse>(ApiKey.InitProducerId, { transactionalId, transactionTimeoutMs, producerId: -1, producerEpoch: -1 });
    const code = resp.errorCode ?? 0;
    if (code === ErrorCode.COORDINATOR_LOAD_IN_PROGRESS || code === ErrorCode.CONCURRENT_TRANSACTIONS) return undefined;
    if (code !== ErrorCode.NONE) throw new Error(`InitProducerId ${transactionalId}: ${code}`);
    return { producerId: Number(resp.producerId), producerEpoch: resp.producerEpoch ?? -1 };
  }, { timeoutMs: 30_000, intervalMs: 100, description: `a producer id for ${transactionalId}` });
}

export async function endTxn(conn: BrokerConnection, transactionalId: string, producerId: number, producerEpoch: number, committed: boolean): Promise<number> {
  const resp = await conn.send<samsa.v1.IEndTxnResponse>(ApiKey.EndTxn, { transactionalId, producerId, producerEpoch, committed });
  return resp.errorCode ?? 0;
}

export async function addPartitions(conn: BrokerConnection, topic: string, transactionalId: string, producerId: number, producerEpoch: number, partitions: number[]): Promise<number[]> {
  const resp = await conn.send<samsa.v1.IAddPartitionsToTxnResponse>(ApiKey.AddPartitionsToTxn, {
    transactionalId, producerId, producerEpoch, topics: [{ name: topic, partitions }],
  });
  return (resp.results ?? []).flatMap((t) => (t.results ?? []).map((p) => p.errorCode ?? 0));
}

export async function describeTxn(conn: BrokerConnection, transactionalId: string): Promise<samsa.v1.DescribeTransactionsResponse.ITransactionState> {
  const resp = await conn.send<samsa.v1.IDescribeTransactionsResponse>(ApiKey.DescribeTransactions, { transactionalIds: [transactionalId] });
  return resp.transactionStates?.[0] ?? {};
}

/** Produces one transactional batch (sequence `baseSequence`) with acks=-1; resolves with the partition's error code. */
export async function produceTransactional(
  conn: BrokerConnection, transactionalId: string, topic: string, partition: number,
  producer: { producerId: number; producerEpoch: number }, baseSequence = 0,
): Promise<number> {
  const records = encodeRecordBatchUncompressed([{ key: null, value: Buffer.from(`${transactionalId}-${baseSequence}`) }], {
    producerId: producer.producerId, producerEpoch: producer.producerEpoch, baseSequence, isTransactional: true,
  });
  const resp = await conn.send<samsa.v1.IProduceResponse>(ApiKey.Produce, {
    acks: -1, timeoutMs: 10_000, transactionalId, topics: [{ name: topic, partitions: [{ partition, records }] }],
  });
  return resp.topics?.[0]?.partitions?.[0]?.errorCode ?? 0;
}

/** The partition leader's view of `producerId` (DescribeProducers), or undefined when it holds no state for it. */
export async function producerState(
  conn: BrokerConnection, topic: string, partition: number, producerId: number,
): Promise<samsa.v1.DescribeProducersResponse.IProducerState | undefined> {
  const resp = await conn.send<samsa.v1.IDescribeProducersResponse>(ApiKey.DescribeProducers, { topics: [{ name: topic, partitionIndexes: [partition] }] });
  const p = resp.topics?.[0]?.partitions?.[0];
  if ((p?.errorCode ?? 0) !== ErrorCode.NONE) throw new Error(`DescribeProducers ${topic}-${partition}: ${p?.errorCode} ${p?.errorMessage}`);
  return p?.activeProducers?.find((s) => Number(s.producerId ?? 0) === producerId);
}
