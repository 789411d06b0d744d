/**
 * ListGroups (16), v0-v4: v1 throttle time, v3 flexible, v4 the states filter and each group's
 * state (KIP-518). v5's type filter (KIP-848 group types) is not spoken.
 */
import { ApiKey } from '../../../../proto/api';
import type { DomainKafkaCodec } from './api-codec';
import { throttleTimeMs } from './group-wire';
import { array, field, message, struct, versions } from './schema';

const request = message('ListGroupsRequest', '0-4', '3+',
  field('statesFilter', array('string'), '4+'),
);

const response = message('ListGroupsResponse', '0-4', '3+',
  field('throttleTimeMs', 'int32', '1+'),
  field('errorCode', 'int16', '0+'),
  field('groups', array(struct(
    field('groupId', 'string', '0+'),
    field('protocolType', 'string', '0+'),
    field('groupState', 'string', '4+'),
  )), '0+'),
);

export const listGroupsCodec: DomainKafkaCodec<typeof ApiKey.ListGroups> = {
  apiKey: ApiKey.ListGroups,
  versions: versions('0-4'),
  request,
  response,
  decode: (body) => ({ statesFilter: body.statesFilter as string[] }),
  encode: (resp) => ({ throttleTimeMs, errorCode: resp.errorCode, groups: resp.groups }),
  errorResponse: (_req, errorCode) => ({ throttleTimeMs, errorCode, groups: [] }),
};
