/**
 * JoinGroup (11), v0-v7: v1 rebalance timeout (v0 uses the session timeout for both), v4 the
 * KIP-394 member-id round trip (MEMBER_ID_REQUIRED, then a second JoinGroup with the id; older
 * clients join in one step), v5 static membership (group instance id, KIP-345), v6 flexible, v7
 * the protocol type in the response (KIP-559) and a nullable protocol name.
 */
import { ApiKey } from '../../../../proto/api';
import type { DomainKafkaCodec } from './api-codec';
import { emptyIfNull, nullIfEmpty, structs, throttleTimeMs } from './group-wire';
import { array, field, message, struct, versions } from './schema';

/** The first version whose clients know MEMBER_ID_REQUIRED (KIP-394). */
const memberIdRequiredVersion = 4;

const request = message('JoinGroupRequest', '0-7', '6+',
  field('groupId', 'string', '0+'),
  field('sessionTimeoutMs', 'int32', '0+'),
  field('rebalanceTimeoutMs', 'int32', '1+', { default: -1 }),
  field('memberId', 'string', '0+'),
  field('groupInstanceId', 'string', '5+', { nullableVersions: '5+', default: null }),
  field('protocolType', 'string', '0+'),
  field('protocols', array(struct(
    field('name', 'string', '0+'),
    field('metadata', 'bytes', '0+'),
  )), '0+'),
);

const response = message('JoinGroupResponse', '0-7', '6+',
  field('throttleTimeMs', 'int32', '2+'),
  field('errorCode', 'int16', '0+'),
  field('generationId', 'int32', '0+', { default: -1 }),
  field('protocolType', 'string', '7+', { nullableVersions: '7+', default: null }),
  field('protocolName', 'string', '0+', { nullableVersions: '7+' }),
  field('leader', 'string', '0+'),
  field('memberId', 'string', '0+'),
  field('members', array(struct(
    field('memberId', 'string', '0+'),
    field('groupInstanceId', 'string', '5+', { nullableVersions: '5+', default: null }),
    field('metadata', 'bytes', '0+'),
  )), '0+'),
);

export const joinGroupCodec: DomainKafkaCodec<typeof ApiKey.JoinGroup> = {
  apiKey: ApiKey.JoinGroup,
  versions: versions('0-7'),
  request,
  response,
  decode: (body, version) => ({
    groupId: body.groupId as string,
    sessionTimeoutMs: body.sessionTimeoutMs as number,
    rebalanceTimeoutMs: body.rebalanceTimeoutMs as number,
    memberId: body.memberId as string,
    groupInstanceId: emptyIfNull(body.groupInstanceId),
    protocolType: body.protocolType as string,
    protocols: structs(body.protocols).map((p) => ({ name: p.name as string, metadata: p.metadata as Buffer })),
    requireKnownMemberId: version >= memberIdRequiredVersion,
  }),
  // Kafka's JoinGroupResponse: before v7 an unknown protocol name is "", from v7 it is null.
  encode: (resp) => ({
    throttleTimeMs,
    errorCode: resp.errorCode,
    generationId: resp.generationId,
    protocolType: nullIfEmpty(resp.protocolType),
    protocolName: nullIfEmpty(resp.protocolName),
    leader: resp.leader,
    memberId: resp.memberId,
    members: resp.members.map((m) => ({ memberId: m.memberId, groupInstanceId: nullIfEmpty(m.groupInstanceId), metadata: m.metadata })),
  }),
  errorResponse: (_req, errorCode) => ({
    throttleTimeMs, errorCode, generationId: -1, protocolType: null, protocolName: null, leader: '', memberId: '', members: [],
  }),
};
