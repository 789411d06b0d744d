/**
 * LeaveGroup (13), v0-v4: v0-v2 one member id, v3 a batch of members by member id and/or group
 * instance id (KIP-345, an admin may remove static members), v4 flexible. Before v3 the response
 * has no per-member results: its error is the request's, else the first member's (Kafka's
 * LeaveGroupResponse.getError).
 */
import { ApiKey } from '../../../../proto/api';
import type { LeaveGroupResponse } from '../../../api/groups';
import type { DomainKafkaCodec } from './api-codec';
import { emptyIfNull, nullIfEmpty, structs, throttleTimeMs } from './group-wire';
import { array, field, message, struct, versions } from './schema';

const batchVersion = 3;

const request = message('LeaveGroupRequest', '0-4', '4+',
  field('groupId', 'string', '0+'),
  field('memberId', 'string', '0-2'),
  field('members', array(struct(
    field('memberId', 'string', '3+'),
    field('groupInstanceId', 'string', '3+', { nullableVersions: '3+', default: null }),
  )), '3+'),
);

const response = message('LeaveGroupResponse', '0-4', '4+',
  field('throttleTimeMs', 'int32', '1+'),
  field('errorCode', 'int16', '0+'),
  field('members', array(struct(
    field('memberId', 'string', '3+'),
    field('groupInstanceId', 'string', '3+', { nullableVersions: '3+' }),
    field('errorCode', 'int16', '3+'),
  )), '3+'),
);

function singleMemberError(resp: LeaveGroupResponse): number {
  if (resp.errorCode !== 0) return resp.errorCode;
  return resp.members.find((m) => m.errorCode !== 0)?.errorCode ?? 0;
}

export const leaveGroupCodec: DomainKafkaCodec<typeof ApiKey.LeaveGroup> = {
  apiKey: ApiKey.LeaveGroup,
  versions: versions('0-4'),
  request,
  response,
  decode: (body, version) => ({
    groupId: body.groupId as string,
    members: version < batchVersion
      ? [{ memberId: body.memberId as string, groupInstanceId: '' }]
      : structs(body.members).map((m) => ({ memberId: m.memberId as string, groupInstanceId: emptyIfNull(m.groupInstanceId) })),
  }),
  encode: (resp, version) => ({
    throttleTimeMs,
    errorCode: version < batchVersion ? singleMemberError(resp) : resp.errorCode,
    members: resp.members.map((m) => ({ memberId: m.memberId, groupInstanceId: nullIfEmpty(m.groupInstanceId), errorCode: m.errorCode })),
  }),
  errorResponse: (_req, errorCode) => ({ throttleTimeMs, errorCode, members: [] }),
};
