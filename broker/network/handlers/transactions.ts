/**
 * The transaction coordinator's APIs (Kafka's handleAddPartitionToTxnRequest,
 * handleAddOffsetsToTxnRequest, handleEndTxnRequest, handleDescribeTransactionsRequest,
 * handleListTransactionsRequest): validate against the metadata cache, then ask the coordinator.
 */
import { ErrorCode } from '../../../proto/errors';
import type * as X from '../../api/transactions';
import { offsetsTopicName, partitionForGroup } from '../../coordinator/offsets-topic';
import { topicPartitionKey } from '../../coordinator/transaction/transaction-metadata';
import { describeTransaction, listTransactions } from '../../coordinator/transaction/transaction-queries';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

export function addPartitionsToTxnHandler(services: BrokerServices): RequestHandler<X.AddPartitionsToTxnRequest, X.AddPartitionsToTxnResponse> {
  return async (_ctx, body) => {
    const cache = services.metadataCache;
    const unknown = (topic: string, partition: number): boolean => cache.partitionState(topic, partition) === undefined;
    const answer = (codeOf: (topic: string, partition: number) => number): X.AddPartitionsToTxnResponse => ({
      throttleTimeMs: 0,
      results: body.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p, errorCode: codeOf(t.name, p) })) })),
    });
    // Kafka adds all partitions or none: one unknown partition fails the request, the rest are not attempted.
    if (body.topics.some((t) => t.partitions.some((p) => unknown(t.name, p)))) {
      return answer((t, p) => (unknown(t, p) ? ErrorCode.UNKNOWN_TOPIC_OR_PARTITION : ErrorCode.OPERATION_NOT_ATTEMPTED));
    }
    const keys = body.topics.flatMap((t) => t.partitions.map((p) => topicPartitionKey(t.name, p)));
    const code = await services.transactionCoordinator.handleAddPartitionsToTransaction(body.transactionalId, body.producerId, body.producerEpoch, keys);
    return answer(() => code);
  };
}

export function addOffsetsToTxnHandler(services: BrokerServices): RequestHandler<X.AddOffsetsToTxnRequest, X.AddOffsetsToTxnResponse> {
  return async (_ctx, body) => {
    if (body.groupId === '') return { throttleTimeMs: 0, errorCode: ErrorCode.INVALID_GROUP_ID };
    // The group's offsets partition joins the transaction, so that its commit marker makes the offsets visible.
    const partition = partitionForGroup(body.groupId, services.groupCoordinator.config.offsetsTopicNumPartitions);
    const code = await services.transactionCoordinator.handleAddPartitionsToTransaction(
      body.transactionalId, body.producerId, body.producerEpoch, [topicPartitionKey(offsetsTopicName, partition)]);
    return { throttleTimeMs: 0, errorCode: code };
  };
}

export function endTxnHandler(services: BrokerServices): RequestHandler<X.EndTxnRequest, X.EndTxnResponse> {
  return async (_ctx, body) => ({
    throttleTimeMs: 0,
    errorCode: await services.transactionCoordinator.handleEndTransaction(body.transactionalId, body.producerId, body.producerEpoch, body.committed),
  });
}

export function describeTransactionsHandler(services: BrokerServices): RequestHandler<X.DescribeTransactionsRequest, X.DescribeTransactionsResponse> {
  return async (_ctx, body) => ({
    throttleTimeMs: 0,
    transactionStates: body.transactionalIds.map((id) => describeTransaction(services.transactionCoordinator.stateManager, id)),
  });
}

export function listTransactionsHandler(services: BrokerServices): RequestHandler<X.ListTransactionsRequest, X.ListTransactionsResponse> {
  return async (_ctx, body) => listTransactions(services.transactionCoordinator.stateManager, body);
}
