/**
 * InitProducerId (22), v0-v4 (v2 flexible; v3 producerId and producerEpoch, KIP-360; v4 may answer
 * PRODUCER_FENCED). Idempotent producers only: a null transactionalId is the domain's empty one,
 * and the handler refuses any other. A v3+ producer that names its current id and epoch (the
 * KIP-360 bump after UNKNOWN_PRODUCER_ID or OUT_OF_ORDER_SEQUENCE_NUMBER) gets a fresh producer id
 * at epoch 0, which is what Kafka answers a producer without a transactional id too; its sequence
 * numbers restart with the new id.
 */
import { ApiKey } from '../../../../proto/api';
import type { DomainKafkaCodec } from './api-codec';
import { field, message, versions } from './schema';

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
  encode: (resp) => ({ throttleTimeMs: 0, errorCode: resp.errorCode, producerId: resp.producerId, producerEpoch: resp.producerEpoch }),
  errorResponse: (_req, errorCode) => ({ throttleTimeMs: 0, errorCode, producerId: -1, producerEpoch: -1 }),
};
