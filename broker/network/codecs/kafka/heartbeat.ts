/** Heartbeat (12), v0-v4: v1 throttle time, v3 group instance id (KIP-345), v4 flexible. */
import { ApiKey } from '../../../../proto/api';
import type { DomainKafkaCodec } from './api-codec';
import { emptyIfNull, throttleTimeMs } from './group-wire';
import { field, message, versions } from './schema';

const request = message('HeartbeatRequest', '0-4', '4+',
  field('groupId', 'string', '0+'),
  field('generationId', 'int32', '0+'),
  field('memberId', 'string', '0+'),
  field('groupInstanceId', 'string', '3+', { nullableVersions: '3+', default: null }),
);

const response = message('HeartbeatResponse', '0-4', '4+',
  field('throttleTimeMs', 'int32', '1+'),
  field('errorCode', 'int16', '0+'),
);

export const heartbeatCodec: DomainKafkaCodec<typeof ApiKey.Heartbeat> = {
  apiKey: ApiKey.Heartbeat,
  versions: versions('0-4'),
  request,
  response,
  decode: (body) => ({
    groupId: body.groupId as string,
    generationId: body.generationId as number,
    memberId: body.memberId as string,
    groupInstanceId: emptyIfNull(body.groupInstanceId),
  }),
  encode: (resp) => ({ throttleTimeMs, errorCode: resp.errorCode }),
  errorResponse: (_req, errorCode) => ({ throttleTimeMs, errorCode }),
};
