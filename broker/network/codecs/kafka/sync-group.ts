/**
 * SyncGroup (14), v0-v5: v1 throttle time, v3 group instance id (KIP-345), v4 flexible, v5 the
 * protocol type and name both ways (KIP-559: the coordinator refuses a mismatch with
 * INCONSISTENT_GROUP_PROTOCOL, and the member checks the answer).
 */
import { ApiKey } from '../../../../proto/api';
import type { DomainKafkaCodec } from './api-codec';
import { emptyIfNull, nullIfEmpty, structs, throttleTimeMs } from './group-wire';
import { array, field, message, struct, versions } from './schema';

const request = message('SyncGroupRequest', '0-5', '4+',
  field('groupId', 'string', '0+'),
  field('generationId', 'int32', '0+'),
  field('memberId', 'string', '0+'),
  field('groupInstanceId', 'string', '3+', { nullableVersions: '3+', default: null }),
  field('protocolType', 'string', '5+', { nullableVersions: '5+', default: null }),
  field('protocolName', 'string', '5+', { nullableVersions: '5+', default: null }),
  field('assignments', array(struct(
    field('memberId', 'string', '0+'),
    field('assignment', 'bytes', '0+'),
  )), '0+'),
);

const response = message('SyncGroupResponse', '0-5', '4+',
  field('throttleTimeMs', 'int32', '1+'),
  field('errorCode', 'int16', '0+'),
  field('protocolType', 'string', '5+', { nullableVersions: '5+', default: null }),
  field('protocolName', 'string', '5+', { nullableVersions: '5+', default: null }),
  field('assignment', 'bytes', '0+'),
);

export const syncGroupCodec: DomainKafkaCodec<typeof ApiKey.SyncGroup> = {
  apiKey: ApiKey.SyncGroup,
  versions: versions('0-5'),
  request,
  response,
  decode: (body) => ({
    groupId: body.groupId as string,
    generationId: body.generationId as number,
    memberId: body.memberId as string,
    groupInstanceId: emptyIfNull(body.groupInstanceId),
    protocolType: emptyIfNull(body.protocolType),
    protocolName: emptyIfNull(body.protocolName),
    assignments: structs(body.assignments).map((a) => ({ memberId: a.memberId as string, assignment: a.assignment as Buffer })),
  }),
  encode: (resp) => ({
    throttleTimeMs,
    errorCode: resp.errorCode,
    protocolType: nullIfEmpty(resp.protocolType),
    protocolName: nullIfEmpty(resp.protocolName),
    assignment: resp.assignment,
  }),
  errorResponse: (_req, errorCode) => ({ throttleTimeMs, errorCode, protocolType: null, protocolName: null, assignment: Buffer.alloc(0) }),
};
