/** EndTxn (26), v0-v3 (v1 the same, v2 may answer PRODUCER_FENCED, v3 flexible). */
import { ApiKey } from '../../../../proto/api';
import type { DomainKafkaCodec } from './api-codec';
import { field, message, versions } from './schema';
import { encodeErrorOnly, errorOnlyResponse, errorOnlyTxnResponse } from './txn-wire';

const request = message('EndTxnRequest', '0-3', '3+',
  field('transactionalId', 'string', '0+'),
  field('producerId', 'int64', '0+'),
  field('producerEpoch', 'int16', '0+'),
  field('committed', 'bool', '0+'),
);

const response = errorOnlyTxnResponse('EndTxnResponse');

export const endTxnCodec: DomainKafkaCodec<typeof ApiKey.EndTxn> = {
  apiKey: ApiKey.EndTxn,
  versions: versions('0-3'),
  request,
  response,
  decode: (body) => ({
    transactionalId: body.transactionalId as string,
    producerId: body.producerId as number,
    producerEpoch: body.producerEpoch as number,
    committed: body.committed as boolean,
  }),
  encode: encodeErrorOnly,
  errorResponse: (_req, errorCode, _message, version) => errorOnlyResponse(errorCode, version),
};
