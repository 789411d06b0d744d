/**
 * DescribeGroups (15), v0-v5: v1 throttle time, v3 authorized operations (KIP-430), v4 member
 * group instance ids, v5 flexible. Samsa has no authorizer yet, so the operations are never
 * computed: every group answers Kafka's "not provided" value, as a broker does when the client
 * did not ask for them.
 */
import { ApiKey } from '../../../../proto/api';
import type { DescribeGroupsRequest } from '../../../api/groups';
import type { DomainKafkaCodec } from './api-codec';
import { nullIfEmpty, throttleTimeMs } from './group-wire';
import { array, field, message, struct, versions, type KafkaStruct } from './schema';

/** Kafka's "authorized operations not included" (Integer.MIN_VALUE). */
const authorizedOperationsOmitted = -2147483648;

const request = message('DescribeGroupsRequest', '0-5', '5+',
  field('groups', array('string'), '0+'),
  field('includeAuthorizedOperations', 'bool', '3+'),
);

const response = message('DescribeGroupsResponse', '0-5', '5+',
  field('throttleTimeMs', 'int32', '1+'),
  field('groups', array(struct(
    field('errorCode', 'int16', '0+'),
    field('groupId', 'string', '0+'),
    field('groupState', 'string', '0+'),
    field('protocolType', 'string', '0+'),
    field('protocolData', 'string', '0+'),
    field('members', array(struct(
      field('memberId', 'string', '0+'),
      field('groupInstanceId', 'string', '4+', { nullableVersions: '4+', default: null }),
      field('clientId', 'string', '0+'),
      field('clientHost', 'string', '0+'),
      field('memberMetadata', 'bytes', '0+'),
      field('memberAssignment', 'bytes', '0+'),
    )), '0+'),
    field('authorizedOperations', 'int32', '3+', { default: authorizedOperationsOmitted }),
  )), '0+'),
);

function failedGroup(groupId: string, errorCode: number): KafkaStruct {
  return { errorCode, groupId, groupState: '', protocolType: '', protocolData: '', members: [], authorizedOperations: authorizedOperationsOmitted };
}

export const describeGroupsCodec: DomainKafkaCodec<typeof ApiKey.DescribeGroups> = {
  apiKey: ApiKey.DescribeGroups,
  versions: versions('0-5'),
  request,
  response,
  decode: (body): DescribeGroupsRequest => ({ groups: body.groups as string[] }),
  encode: (resp) => ({
    throttleTimeMs,
    groups: resp.groups.map((g) => ({
      errorCode: g.errorCode,
      groupId: g.groupId,
      groupState: g.groupState,
      protocolType: g.protocolType,
      protocolData: g.protocolData,
      members: g.members.map((m) => ({ ...m, groupInstanceId: nullIfEmpty(m.groupInstanceId) })),
      authorizedOperations: authorizedOperationsOmitted,
    })),
  }),
  errorResponse: (req, errorCode) => ({ throttleTimeMs, groups: req.groups.map((groupId) => failedGroup(groupId, errorCode)) }),
};
