/**
 * InitProducerId (22), v0-v4 (v2 flexible; v3 producerId and producerEpoch, KIP-360; v4 may answer
 * PRODUCER_FENCED, KIP-588). A null transactionalId is the domain's empty one (an idempotent
 * producer); any other is passed through for the transaction coordinator. Below v4 the fencing
 * error goes out as INVALID_PRODUCER_EPOCH, which those clients treat as the same fatal fencing.
 */
import { ApiKey } from '../../../../proto/api';
import type { DomainKafkaCodec } from './api-codec';
import { field, message, versions } from './schema';
import { fencingError } from './txn-wire';

const request = message('InitProducerIdRequest', '0-4', '2+',
  field('transactionalId', 'string', '0+', { nullableVersions: '0+' }),
  field('transactionTimeoutMs', 'int32', '0+'),
  field('producerId', 'int64', '3+', { default: -1 }),
  field('producerEpoch', 'int16', '3+', { default: -1 }),
);

const response = message('InitProducerIdResponse', '0-4', '2+',
  field('throttleTimeMs', 'int32', '0+'),
  field('errorCode', 'int16', '0+'),
  field('producerId', 'int64', '0+', { default: -1 }),
  field('producerEpoch', 'int16', '0+'),
);

/** The first version whose clients know PRODUCER_FENCED (KIP-588). */
const producerFencedVersionMin = 4;

export const initProducerIdCodec: DomainKafkaCodec<typeof ApiKey.InitProducerId> = {
  apiKey: ApiKey.InitProducerId,
  versions: versions('0-4'),
  request,
  response,
  decode: (body) => ({
    transactionalId: (body.transactionalId as string | null) ?? '',
    transactionTimeoutMs: body.transactionTimeoutMs as number,
    producerId: body.producerId as number,
    producerEpoch: body.producerEpoch as number,
  }),
  encode: (resp, version) => ({
    throttleTimeMs: 0, errorCode: fencingError(resp.errorCode, version, producerFencedVersionMin), producerId: resp.producerId, producerEpoch: resp.producerEpoch,
  }),
  errorResponse: (_req, errorCode, _message, version) => ({ throttleTimeMs: 0, errorCode: fencingError(errorCode, version, producerFencedVersionMin), producerId: -1, producerEpoch: -1 }),
};
