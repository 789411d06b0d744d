/**
 * ListTransactions (66), v0 (KIP-664; flexible from its first version). v1's duration filter
 * (KIP-994) is not spoken.
 */
import { ApiKey } from '../../../../proto/api';
import type { DomainKafkaCodec } from './api-codec';
import { throttleTimeMs } from './group-wire';
import { array, field, message, struct, versions } from './schema';

const request = message('ListTransactionsRequest', '0', '0+',
  field('stateFilters', array('string'), '0+'),
  field('producerIdFilters', array('int64'), '0+'),
);

const response = message('ListTransactionsResponse', '0', '0+',
  field('throttleTimeMs', 'int32', '0+'),
  field('errorCode', 'int16', '0+'),
  field('unknownStateFilters', array('string'), '0+'),
  field('transactionStates', array(struct(
    field('transactionalId', 'string', '0+'),
    field('producerId', 'int64', '0+'),
    field('transactionState', 'string', '0+'),
  )), '0+'),
);

export const listTransactionsCodec: DomainKafkaCodec<typeof ApiKey.ListTransactions> = {
  apiKey: ApiKey.ListTransactions,
  versions: versions('0'),
  request,
  response,
  decode: (body) => ({ stateFilters: body.stateFilters as string[], producerIdFilters: body.producerIdFilters as number[] }),
  encode: (resp) => ({
    throttleTimeMs: resp.throttleTimeMs, errorCode: resp.errorCode, unknownStateFilters: resp.unknownStateFilters, transactionStates: resp.transactionStates,
  }),
  errorResponse: (_req, errorCode) => ({ throttleTimeMs, errorCode, unknownStateFilters: [], transactionStates: [] }),
};
