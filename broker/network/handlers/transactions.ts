/** The transaction coordinator's APIs: being built; each answers an error until then. */
import { ErrorCode } from '../../../proto/errors';
import type * as X from '../../api/transactions';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

export function addPartitionsToTxnHandler(_services: BrokerServices): RequestHandler<X.AddPartitionsToTxnRequest, X.AddPartitionsToTxnResponse> {
  return async (_ctx, body) => ({
    throttleTimeMs: 0,
    results: body.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((partitionIndex) => ({ partitionIndex, errorCode: ErrorCode.UNKNOWN_SERVER_ERROR })) })),
  });
}

export function addOffsetsToTxnHandler(_services: BrokerServices): RequestHandler<X.AddOffsetsToTxnRequest, X.AddOffsetsToTxnResponse> {
  return async () => ({ throttleTimeMs: 0, errorCode: ErrorCode.UNKNOWN_SERVER_ERROR });
}

export function endTxnHandler(_services: BrokerServices): RequestHandler<X.EndTxnRequest, X.EndTxnResponse> {
  return async () => ({ throttleTimeMs: 0, errorCode: ErrorCode.UNKNOWN_SERVER_ERROR });
}

export function describeTransactionsHandler(_services: BrokerServices): RequestHandler<X.DescribeTransactionsRequest, X.DescribeTransactionsResponse> {
  return async (_ctx, body) => ({
    throttleTimeMs: 0,
    transactionStates: body.transactionalIds.map((transactionalId) => ({
      errorCode: ErrorCode.UNKNOWN_SERVER_ERROR, transactionalId, transactionState: '', transactionTimeoutMs: 0, transactionStartTimeMs: -1,
      producerId: -1, producerEpoch: -1, topics: [],
    })),
  });
}

export function listTransactionsHandler(_services: BrokerServices): RequestHandler<X.ListTransactionsRequest, X.ListTransactionsResponse> {
  return async () => ({ throttleTimeMs: 0, errorCode: ErrorCode.UNKNOWN_SERVER_ERROR, unknownStateFilters: [], transactionStates: [] });
}
