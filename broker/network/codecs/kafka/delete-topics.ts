/**
 * DeleteTopics (20), v0-v5 (v4 flexible; v5 a per-topic errorMessage, KIP-599). v6 (topic ids) is
 * not advertised.
 */
import { ApiKey } from '../../../../proto/api';
import type { DeletableTopicResult } from '../../../api/topics';
import type { DomainKafkaCodec } from './api-codec';
import { array, field, message, struct, versions } from './schema';

const request = message('DeleteTopicsRequest', '0-6', '4+',
  field('topics', array(struct(
    field('name', 'string', '6+', { nullableVersions: '6+', default: null }),
    field('topicId', 'uuid', '6+'),
  )), '6+'),
  field('topicNames', array('string'), '0-5'),
  field('timeoutMs', 'int32', '0+'),
);

const response = message('DeleteTopicsResponse', '0-6', '4+',
  field('throttleTimeMs', 'int32', '1+'),
  field('responses', array(struct(
    field('name', 'string', '0+', { nullableVersions: '6+' }),
    field('topicId', 'uuid', '6+'),
    field('errorCode', 'int16', '0+'),
    field('errorMessage', 'string', '5+', { nullableVersions: '5+', default: null }),
  )), '0+'),
);

function resultStruct(r: DeletableTopicResult): Record<string, unknown> {
  return { name: r.name, errorCode: r.errorCode, errorMessage: r.errorMessage === '' ? null : r.errorMessage };
}

export const deleteTopicsCodec: DomainKafkaCodec<typeof ApiKey.DeleteTopics> = {
  apiKey: ApiKey.DeleteTopics,
  versions: versions('0-5'),
  request,
  response,
  decode: (body) => ({ topicNames: body.topicNames as string[], timeoutMs: body.timeoutMs as number }),
  encode: (resp) => ({ throttleTimeMs: 0, responses: resp.responses.map(resultStruct) }),
  errorResponse: (req, errorCode, errorMessage) => ({
    throttleTimeMs: 0,
    responses: req.topicNames.map((name) => resultStruct({ name, errorCode, errorMessage })),
  }),
};
