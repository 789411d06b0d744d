/**
 * CreateTopics (19), v0-v6 (v1 validateOnly; v4 numPartitions and replicationFactor -1 for the
 * broker's defaults, KIP-464; v5 flexible, and the answer carries the topic's partitions,
 * replication factor and configs, KIP-525; v6 may answer THROTTLING_QUOTA_EXCEEDED, which this
 * broker never does). v7 (topic ids) is not advertised.
 */
import { ApiKey } from '../../../../proto/api';
import type { CreatableTopicResult, DescribeConfigsResourceResult } from '../../../api/topics';
import type { DomainKafkaCodec } from './api-codec';
import { configSourceOf } from './describe-configs';
import { array, field, message, struct, versions, type KafkaStruct } from './schema';

const request = message('CreateTopicsRequest', '0-7', '5+',
  field('topics', array(struct(
    field('name', 'string', '0+'),
    field('numPartitions', 'int32', '0+'),
    field('replicationFactor', 'int16', '0+'),
    field('assignments', array(struct(
      field('partitionIndex', 'int32', '0+'),
      field('brokerIds', array('int32'), '0+'),
    )), '0+'),
    field('configs', array(struct(
      field('name', 'string', '0+'),
      field('value', 'string', '0+', { nullableVersions: '0+' }),
    )), '0+'),
  )), '0+'),
  field('timeoutMs', 'int32', '0+', { default: 60_000 }),
  field('validateOnly', 'bool', '1+'),
);

const response = message('CreateTopicsResponse', '0-7', '5+',
  field('throttleTimeMs', 'int32', '2+'),
  field('topics', array(struct(
    field('name', 'string', '0+'),
    field('topicId', 'uuid', '7+'),
    field('errorCode', 'int16', '0+'),
    field('errorMessage', 'string', '1+', { nullableVersions: '0+' }),
    field('topicConfigErrorCode', 'int16', '5+', { tag: 0, taggedVersions: '5+' }),
    field('numPartitions', 'int32', '5+', { default: -1 }),
    field('replicationFactor', 'int16', '5+', { default: -1 }),
    field('configs', array(struct(
      field('name', 'string', '5+'),
      field('value', 'string', '5+', { nullableVersions: '5+' }),
      field('readOnly', 'bool', '5+'),
      field('configSource', 'int8', '5+', { default: -1 }),
      field('isSensitive', 'bool', '5+'),
    )), '5+', { nullableVersions: '5+' }),
  )), '0+'),
);

function configsStruct(configs: readonly DescribeConfigsResourceResult[]): KafkaStruct[] {
  return configs.map((c) => ({
    name: c.name, value: c.isSensitive ? null : c.value, readOnly: c.readOnly, configSource: configSourceOf(c, 'topic'), isSensitive: c.isSensitive,
  }));
}

function topicResult(t: CreatableTopicResult): KafkaStruct {
  return {
    name: t.name,
    errorCode: t.errorCode,
    errorMessage: t.errorMessage === '' ? null : t.errorMessage,
    topicConfigErrorCode: t.topicConfigErrorCode ?? 0,
    numPartitions: t.numPartitions,
    replicationFactor: t.replicationFactor,
    configs: t.configs === undefined ? null : configsStruct(t.configs),
  };
}

export const createTopicsCodec: DomainKafkaCodec<typeof ApiKey.CreateTopics> = {
  apiKey: ApiKey.CreateTopics,
  versions: versions('0-6'),
  request,
  response,
  decode: (body) => ({
    timeoutMs: body.timeoutMs as number,
    validateOnly: body.validateOnly as boolean,
    topics: (body.topics as KafkaStruct[]).map((t) => ({
      name: t.name as string,
      numPartitions: t.numPartitions as number,
      replicationFactor: t.replicationFactor as number,
      assignments: (t.assignments as KafkaStruct[]).map((a) => ({ partition: a.partitionIndex as number, brokerIds: a.brokerIds as number[] })),
      configs: (t.configs as KafkaStruct[]).map((c) => ({ name: c.name as string, value: c.value as string | null })),
    })),
  }),
  encode: (resp) => ({ throttleTimeMs: 0, topics: resp.topics.map(topicResult) }),
  errorResponse: (req, errorCode, errorMessage) => ({
    throttleTimeMs: 0,
    topics: req.topics.map((t) => topicResult({ name: t.name, errorCode, errorMessage, numPartitions: -1, replicationFactor: -1 })),
  }),
};
