/**
 * DescribeConfigs (32), v0-v4 (v1 includeSynonyms and configSource; v3 includeDocumentation and
 * configType; v4 flexible). Topic (2) and broker (4) resources. Each value's source and synonyms
 * come from the domain (a topic override is TOPIC_CONFIG, a broker key set in its config
 * STATIC_BROKER_CONFIG, anything else DEFAULT_CONFIG). Sensitive values are null. Documentation
 * is null and the config type UNKNOWN: the domain carries neither yet.
 */
import { ApiKey } from '../../../../proto/api';
import {
  ConfigSource, type DescribeConfigsRequest, type DescribeConfigsResourceResult, type DescribeConfigsResponse, type DescribeConfigsResult,
} from '../../../api/topics';
import type { KafkaApiCodec } from './api-codec';
import { array, field, message, struct, versions, type KafkaStruct } from './schema';

const request = message('DescribeConfigsRequest', '0-4', '4+',
  field('resources', array(struct(
    field('resourceType', 'int8', '0+'),
    field('resourceName', 'string', '0+'),
    field('configurationKeys', array('string'), '0+', { nullableVersions: '0+' }),
  )), '0+'),
  field('includeSynonyms', 'bool', '1+'),
  field('includeDocumentation', 'bool', '3+'),
);

const response = message('DescribeConfigsResponse', '0-4', '4+',
  field('throttleTimeMs', 'int32', '0+'),
  field('results', array(struct(
    field('errorCode', 'int16', '0+'),
    field('errorMessage', 'string', '0+', { nullableVersions: '0+' }),
    field('resourceType', 'int8', '0+'),
    field('resourceName', 'string', '0+'),
    field('configs', array(struct(
      field('name', 'string', '0+'),
      field('value', 'string', '0+', { nullableVersions: '0+' }),
      field('readOnly', 'bool', '0+'),
      field('isDefault', 'bool', '0'),
      field('configSource', 'int8', '1+', { default: -1 }),
      field('isSensitive', 'bool', '0+'),
      field('synonyms', array(struct(
        field('name', 'string', '1+'),
        field('value', 'string', '1+', { nullableVersions: '0+' }),
        field('source', 'int8', '1+'),
      )), '1+'),
      field('configType', 'int8', '3+'),
      field('documentation', 'string', '3+', { nullableVersions: '0+' }),
    )), '0+'),
  )), '0+'),
);

/** Kafka's ConfigResource.Type ids for the resources the domain describes. */
const topicResourceType = 2;

/** The entry's source; when the domain left it out, what follows from the resource and isDefault. */
export function configSourceOf(entry: DescribeConfigsResourceResult, resource: 'topic' | 'broker'): number {
  if (entry.configSource !== undefined) return entry.configSource;
  if (entry.isDefault) return ConfigSource.DefaultConfig;
  return resource === 'topic' ? ConfigSource.TopicConfig : ConfigSource.StaticBrokerConfig;
}

/** The domain request plus what only the encoder reads. */
interface KafkaDescribeConfigsRequest extends DescribeConfigsRequest {
  includeSynonyms: boolean;
}

function configStruct(entry: DescribeConfigsResourceResult, resourceType: number, includeSynonyms: boolean): KafkaStruct {
  const source = configSourceOf(entry, resourceType === topicResourceType ? 'topic' : 'broker');
  const value = entry.isSensitive ? null : entry.value;
  return {
    name: entry.name, value, readOnly: entry.readOnly, isDefault: entry.isDefault, configSource: source, isSensitive: entry.isSensitive,
    synonyms: !includeSynonyms ? []
      : (entry.synonyms ?? [{ name: entry.name, value: entry.value, source }]).map((syn) => ({ ...syn, value: entry.isSensitive ? null : syn.value })),
    configType: 0, documentation: null,
  };
}

function resultStruct(r: DescribeConfigsResult, includeSynonyms: boolean): KafkaStruct {
  return {
    errorCode: r.errorCode,
    errorMessage: r.errorMessage === '' ? null : r.errorMessage,
    resourceType: r.resourceType,
    resourceName: r.resourceName,
    configs: r.configs.map((c) => configStruct(c, r.resourceType, includeSynonyms)),
  };
}

export const describeConfigsCodec: KafkaApiCodec<KafkaDescribeConfigsRequest, DescribeConfigsResponse> = {
  apiKey: ApiKey.DescribeConfigs,
  versions: versions('0-4'),
  request,
  response,
  decode: (body) => ({
    includeSynonyms: body.includeSynonyms as boolean,
    resources: (body.resources as KafkaStruct[]).map((r) => ({
      resourceType: r.resourceType as number,
      resourceName: r.resourceName as string,
      configurationKeys: (r.configurationKeys as string[] | null) ?? [],
    })),
  }),
  encode: (resp, _version, req) => ({
    throttleTimeMs: 0,
    results: resp.results.map((r) => resultStruct(r, req.includeSynonyms)),
  }),
  errorResponse: (req, errorCode, errorMessage) => ({
    throttleTimeMs: 0,
    results: req.resources.map((r) => resultStruct({ ...r, errorCode, errorMessage, configs: [] }, false)),
  }),
};
