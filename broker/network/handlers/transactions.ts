/**
 * The transaction coordinator's APIs (Kafka's handleAddPartitionToTxnRequest,
 * handleAddOffsetsToTxnRequest, handleEndTxnRequest, handleDescribeTransactionsRequest,
 * handleListTransactionsRequest): validate against the metadata cache, then ask the coordinator.
 *
 * Authorization, before the coordinator is asked (KafkaApis 2.8/3.0): AddPartitionsToTxn, AddOffsetsToTxn
 * and EndTxn need Write on the transactional id (TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
 * AddPartitionsToTxn also Write on each topic (never granted for an internal topic), AddOffsetsToTxn
 * Read on the group. DescribeTransactions needs Describe on each id and shows only the topics the
 * session may Describe; ListTransactions lists only the ids it may Describe.
 */
import { ErrorCode } from '../../../proto/errors';
import type * as X from '../../api/transactions';
import { offsetsTopicName, partitionForGroup } from '../../coordinator/offsets-topic';
import { internalTopics } from '../../../proto/topic-name';
import { topicPartitionKey } from '../../coordinator/transaction/transaction-metadata';
import { describeTransaction, listTransactions } from '../../coordinator/transaction/transaction-queries';
import { AclOperation, ResourceType } from '../../security/acl';
import { requestAuthorization } from '../../security/authorize';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

export function addPartitionsToTxnHandler(services: BrokerServices): RequestHandler<X.AddPartitionsToTxnRequest, X.AddPartitionsToTxnResponse> {
  return async (ctx, body) => {
    const cache = services.metadataCache;
    const answer = (codeOf: (topic: string, partition: number) => number): X.AddPartitionsToTxnResponse => ({
      throttleTimeMs: 0,
      results: body.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p, errorCode: codeOf(t.name, p) })) })),
    });
    const auth = requestAuthorization(services, ctx);
    if (!auth.allows(AclOperation.WRITE, ResourceType.TRANSACTIONAL_ID, body.transactionalId)) return answer(() => ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
    const writable = auth.authorizedNames(AclOperation.WRITE, ResourceType.TOPIC, body.topics.map((t) => t.name).filter((name) => !internalTopics.has(name)));
    const refusal = (topic: string, partition: number): number | undefined => {
      if (!writable.has(topic)) return ErrorCode.TOPIC_AUTHORIZATION_FAILED;
      return cache.partitionState(topic, partition) === undefined ? ErrorCode.UNKNOWN_TOPIC_OR_PARTITION : undefined;
    };
    // Kafka adds all partitions or none: one refused partition fails the request, the rest are not attempted.
    if (body.topics.some((t) => t.partitions.some((p) => refusal(t.name, p) !== undefined))) {
      return answer((t, p) => refusal(t, p) ?? ErrorCode.OPERATION_NOT_ATTEMPTED);
    }
    const keys = body.topics.flatMap((t) => t.partitions.map((p) => topicPartitionKey(t.name, p)));
    const code = await services.transactionCoordinator.handleAddPartitionsToTransaction(body.transactionalId, body.producerId, body.producerEpoch, keys);
    return answer(() => code);
  };
}

export function addOffsetsToTxnHandler(services: BrokerServices): RequestHandler<X.AddOffsetsToTxnRequest, X.AddOffsetsToTxnResponse> {
  return async (ctx, body) => {
    const auth = requestAuthorization(services, ctx);
    if (!auth.allows(AclOperation.WRITE, ResourceType.TRANSACTIONAL_ID, body.transactionalId)) return { throttleTimeMs: 0, errorCode: ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED };
    if (!auth.allows(AclOperation.READ, ResourceType.GROUP, body.groupId)) return { throttleTimeMs: 0, errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED };
    if (body.groupId === '') return { throttleTimeMs: 0, errorCode: ErrorCode.INVALID_GROUP_ID };
    // The group's offsets partition joins the transaction, so that its commit marker makes the offsets visible.
    const partition = partitionForGroup(body.groupId, services.groupCoordinator.config.offsetsTopicNumPartitions);
    const code = await services.transactionCoordinator.handleAddPartitionsToTransaction(
      body.transactionalId, body.producerId, body.producerEpoch, [topicPartitionKey(offsetsTopicName, partition)]);
    return { throttleTimeMs: 0, errorCode: code };
  };
}

export function endTxnHandler(services: BrokerServices): RequestHandler<X.EndTxnRequest, X.EndTxnResponse> {
  return async (ctx, body) => {
    if (!requestAuthorization(services, ctx).allows(AclOperation.WRITE, ResourceType.TRANSACTIONAL_ID, body.transactionalId)) {
      return { throttleTimeMs: 0, errorCode: ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED };
    }
    return {
      throttleTimeMs: 0,
      errorCode: await services.transactionCoordinator.handleEndTransaction(body.transactionalId, body.producerId, body.producerEpoch, body.committed),
    };
  };
}

export function describeTransactionsHandler(services: BrokerServices): RequestHandler<X.DescribeTransactionsRequest, X.DescribeTransactionsResponse> {
  return async (ctx, body) => {
    const auth = requestAuthorization(services, ctx);
    const describe = (id: string): X.DescribedTransaction => {
      if (!auth.allows(AclOperation.DESCRIBE, ResourceType.TRANSACTIONAL_ID, id)) {
        return {
          errorCode: ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED, transactionalId: id, transactionState: '', transactionTimeoutMs: 0,
          transactionStartTimeMs: -1, producerId: -1, producerEpoch: -1, topics: [],
        };
      }
      const described = describeTransaction(services.transactionCoordinator.stateManager, id);
      const visible = auth.authorizedNames(AclOperation.DESCRIBE, ResourceType.TOPIC, described.topics.map((t) => t.topic));
      return { ...described, topics: described.topics.filter((t) => visible.has(t.topic)) };
    };
    return { throttleTimeMs: 0, transactionStates: body.transactionalIds.map(describe) };
  };
}

export function listTransactionsHandler(services: BrokerServices): RequestHandler<X.ListTransactionsRequest, X.ListTransactionsResponse> {
  return async (ctx, body) => {
    const listed = listTransactions(services.transactionCoordinator.stateManager, body);
    const describable = requestAuthorization(services, ctx).authorizedNames(
      AclOperation.DESCRIBE, ResourceType.TRANSACTIONAL_ID, listed.transactionStates.map((t) => t.transactionalId));
    return { ...listed, transactionStates: listed.transactionStates.filter((t) => describable.has(t.transactionalId)) };
  };
}
