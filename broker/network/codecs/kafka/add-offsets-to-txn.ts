/** AddOffsetsToTxn (25), v0-v3 (v1 the same, v2 may answer PRODUCER_FENCED, v3 flexible). */
import { ApiKey } from '../../../../proto/api';
import type { DomainKafkaCodec } from './api-codec';
import { field, message, versions } from './schema';
import { encodeErrorOnly, errorOnlyResponse, errorOnlyTxnResponse } from './txn-wire';

const request = message('AddOffsetsToTxnRequest', '0-3', '3+',
  field('transactionalId', 'string', '0+'),
  field('producerId', 'int64', '0+'),
  field('producerEpoch', 'int16', '0+'),
  field('groupId', 'string', '0+'),
);

const response = errorOnlyTxnResponse('AddOffsetsToTxnResponse');

export const addOffsetsToTxnCodec: DomainKafkaCodec<typeof ApiKey.AddOffsetsToTxn> = {
  apiKey: ApiKey.AddOffsetsToTxn,
  versions: versions('0-3'),
  request,
  response,
  decode: (body) => ({
    transactionalId: body.transactionalId as string,
    producerId: body.producerId as number,
    producerEpoch: body.producerEpoch as number,
    groupId: body.groupId as string,
  }),
  encode: encodeErrorOnly,
  errorResponse: (_req, errorCode, _message, version) => errorOnlyResponse(errorCode, version),
};
