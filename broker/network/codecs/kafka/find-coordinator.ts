/**
 * FindCoordinator (10), v0-v3 (v1 key type, throttle time and error message; v3 flexible). v4's
 * batched coordinator keys (KIP-699) are not spoken. The key type goes to the handler as sent:
 * 0 a group, 1 a transactional id (KIP-98), whose coordinator is a `__transaction_state` leader.
 */
import { ApiKey } from '../../../../proto/api';
import type { DomainKafkaCodec } from './api-codec';
import { nullIfEmpty, throttleTimeMs } from './group-wire';
import { field, message, versions } from './schema';

const request = message('FindCoordinatorRequest', '0-3', '3+',
  field('key', 'string', '0-3'),
  field('keyType', 'int8', '1+', { default: 0 }),
);

const response = message('FindCoordinatorResponse', '0-3', '3+',
  field('throttleTimeMs', 'int32', '1+'),
  field('errorCode', 'int16', '0-3'),
  field('errorMessage', 'string', '1-3', { nullableVersions: '1-3' }),
  field('nodeId', 'int32', '0-3'),
  field('host', 'string', '0-3'),
  field('port', 'int32', '0-3'),
);

export const findCoordinatorCodec: DomainKafkaCodec<typeof ApiKey.FindCoordinator> = {
  apiKey: ApiKey.FindCoordinator,
  versions: versions('0-3'),
  request,
  response,
  decode: (body) => ({ key: body.key as string, keyType: body.keyType as number }),
  encode: (resp) => ({
    throttleTimeMs,
    errorCode: resp.errorCode,
    errorMessage: nullIfEmpty(resp.errorMessage),
    nodeId: resp.nodeId,
    host: resp.host,
    port: resp.port,
  }),
  // Kafka's Node.noNode(): id -1, no host, port -1.
  errorResponse: (_req, errorCode, errorMessage) => ({ throttleTimeMs, errorCode, errorMessage: nullIfEmpty(errorMessage), nodeId: -1, host: '', port: -1 }),
};
