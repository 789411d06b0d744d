/** DeleteGroups (42), v0-v2 (v1 the same, v2 flexible): only Empty groups are deleted, with their offsets. */
import { ApiKey } from '../../../../proto/api';
import type { DomainKafkaCodec } from './api-codec';
import { throttleTimeMs } from './group-wire';
import { array, field, message, struct, versions } from './schema';

const request = message('DeleteGroupsRequest', '0-2', '2+',
  field('groupsNames', array('string'), '0+'),
);

const response = message('DeleteGroupsResponse', '0-2', '2+',
  field('throttleTimeMs', 'int32', '0+'),
  field('results', array(struct(
    field('groupId', 'string', '0+'),
    field('errorCode', 'int16', '0+'),
  )), '0+'),
);

export const deleteGroupsCodec: DomainKafkaCodec<typeof ApiKey.DeleteGroups> = {
  apiKey: ApiKey.DeleteGroups,
  versions: versions('0-2'),
  request,
  response,
  decode: (body) => ({ groupsNames: body.groupsNames as string[] }),
  encode: (resp) => ({ throttleTimeMs, results: resp.results }),
  errorResponse: (req, errorCode) => ({ throttleTimeMs, results: req.groupsNames.map((groupId) => ({ groupId, errorCode })) }),
};
