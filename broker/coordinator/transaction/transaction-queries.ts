/**
 * DescribeTransactions and ListTransactions (KIP-664) answered from the loaded transaction state:
 * an id whose partition this broker does not lead gets NOT_COORDINATOR (or
 * COORDINATOR_LOAD_IN_PROGRESS), an unknown one TRANSACTIONAL_ID_NOT_FOUND. ListTransactions
 * lists only this broker's ids; Dead ids, on their way out, are never listed (as in Kafka).
 */

import { ErrorCode } from '../../../proto/errors';
import type { DescribedTransaction, ListTransactionsRequest, ListTransactionsResponse } from '../../api/transactions';
import { TransactionState, transactionStateByName, transactionStateName } from './transaction-log';
import { groupByTopic } from './transaction-metadata';
import type { TransactionStateManager } from './transaction-state-manager';

export function describeTransaction(stateManager: TransactionStateManager, transactionalId: string): DescribedTransaction {
  const failed = (errorCode: ErrorCode): DescribedTransaction => ({
    errorCode, transactionalId, transactionState: '', transactionTimeoutMs: 0, transactionStartTimeMs: -1, producerId: -1, producerEpoch: -1, topics: [],
  });
  if (transactionalId === '') return failed(ErrorCode.INVALID_REQUEST);
  const lookup = stateManager.getTransactionState(transactionalId);
  if ('error' in lookup) return failed(lookup.error);
  const m = lookup.metadata;
  if (m === undefined) return failed(ErrorCode.TRANSACTIONAL_ID_NOT_FOUND);
  return {
    errorCode: ErrorCode.NONE, transactionalId, transactionState: transactionStateName(m.state), transactionTimeoutMs: m.txnTimeoutMs,
    transactionStartTimeMs: m.txnStartTimestampMs, producerId: m.producerId, producerEpoch: m.producerEpoch, topics: groupByTopic(m.topicPartitions),
  };
}

export function listTransactions(stateManager: TransactionStateManager, req: ListTransactionsRequest): ListTransactionsResponse {
  const response = (errorCode: ErrorCode): ListTransactionsResponse => ({ throttleTimeMs: 0, errorCode, unknownStateFilters: [], transactionStates: [] });
  if (stateManager.isLoading()) return response(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS);
  const unknownStateFilters = req.stateFilters.filter((name) => transactionStateByName(name) === undefined);
  const states = new Set(req.stateFilters.map(transactionStateByName).filter((s) => s !== undefined));
  const producerIds = new Set(req.producerIdFilters);
  const transactionStates = stateManager.allTransactions()
    .map(({ metadata }) => metadata)
    .filter((m) => m.state !== TransactionState.Dead
      && (req.producerIdFilters.length === 0 || producerIds.has(m.producerId))
      && (req.stateFilters.length === 0 || states.has(m.state)))
    .map((m) => ({ transactionalId: m.transactionalId, producerId: m.producerId, transactionState: transactionStateName(m.state) }))
    .sort((a, b) => (a.transactionalId < b.transactionalId ? -1 : a.transactionalId > b.transactionalId ? 1 : 0));
  return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, unknownStateFilters, transactionStates };
}
