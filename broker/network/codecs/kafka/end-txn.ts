/** EndTxn (26), v0-v3 (v1 the same, v2 may answer PRODUCER_FENCED, v3 flexible). */
import { ApiKey } from '../../../../proto/api';
import type { DomainKafkaCodec } from './api-codec';
import { throttleTimeMs } from './group-wire';
import { field, message, versions } from './schema';
import { fencingError } from './txn-wire';

const request = message('EndTxnRequest', '0-3', '3+',
  field('transactionalId', 'string', '0+'),
  field('producerId', 'int64', '0+'),
  field('producerEpoch', 'int16', '0+'),
  field('committed', 'bool', '0+'),
);

const response = message('EndTxnResponse', '0-3', '3+',
  field('throttleTimeMs', 'int32', '0+'),
  field('errorCode', 'int16', '0+'),
);

/** The first version whose clients know PRODUCER_FENCED (KIP-588). */
const producerFencedVersionMin = 2;

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
  encode: (resp, version) => ({ throttleTimeMs: resp.throttleTimeMs, errorCode: fencingError(resp.errorCode, version, producerFencedVersionMin) }),
  errorResponse: (_req, errorCode, _message, version) => ({ throttleTimeMs, errorCode: fencingError(errorCode, version, producerFencedVersionMin) }),
};
