/** DescribeTransactions (65), v0 (KIP-664; flexible from its first version). */
import { ApiKey } from '../../../../proto/api';
import type { DomainKafkaCodec } from './api-codec';
import { throttleTimeMs } from './group-wire';
import { array, field, message, struct, versions } from './schema';

const request = message('DescribeTransactionsRequest', '0', '0+',
  field('transactionalIds', array('string'), '0+'),
);

const response = message('DescribeTransactionsResponse', '0', '0+',
  field('throttleTimeMs', 'int32', '0+'),
  field('transactionStates', array(struct(
    field('errorCode', 'int16', '0+'),
    field('transactionalId', 'string', '0+'),
    field('transactionState', 'string', '0+'),
    field('transactionTimeoutMs', 'int32', '0+'),
    field('transactionStartTimeMs', 'int64', '0+'),
    field('producerId', 'int64', '0+'),
    field('producerEpoch', 'int32', '0+'),
    field('topics', array(struct(
      field('topic', 'string', '0+'),
      field('partitions', array('int32'), '0+'),
    )), '0+'),
  )), '0+'),
);

export const describeTransactionsCodec: DomainKafkaCodec<typeof ApiKey.DescribeTransactions> = {
  apiKey: ApiKey.DescribeTransactions,
  versions: versions('0'),
  request,
  response,
  decode: (body) => ({ transactionalIds: body.transactionalIds as string[] }),
  encode: (resp) => ({ throttleTimeMs: resp.throttleTimeMs, transactionStates: resp.transactionStates }),
  // Kafka's DescribeTransactionsRequest.getErrorResponse: one entry per id, the code and nothing else.
  errorResponse: (req, errorCode) => ({
    throttleTimeMs,
    transactionStates: req.transactionalIds.map((transactionalId) => ({
      errorCode, transactionalId, transactionState: '', transactionTimeoutMs: 0, transactionStartTimeMs: -1, producerId: -1, producerEpoch: -1, topics: [],
    })),
  }),
};
