/**
 * Config resources and bodies after Confluent REST v3's TopicConfigData, BrokerConfigData,
 * ClusterConfigData, UpdateConfigRequestData and AlterConfigBatchRequestData.
 */
import { resourceMetadata } from './schemas';

const synonym = {
  type: 'object',
  properties: { name: { type: 'string' }, value: { type: ['string', 'null'] }, source: { type: 'string' } },
  required: ['name', 'value', 'source'],
} as const;

export const configSchema = {
  type: 'object',
  properties: {
    kind: { type: 'string' },
    metadata: resourceMetadata,
    cluster_id: { type: 'string' },
    topic_name: { type: 'string' },
    broker_id: { type: 'integer' },
    config_type: { type: 'string' },
    name: { type: 'string' },
    value: { type: ['string', 'null'] },
    is_default: { type: 'boolean' },
    is_read_only: { type: 'boolean' },
    is_sensitive: { type: 'boolean' },
    source: { type: 'string' },
    synonyms: { type: 'array', items: synonym },
  },
  required: ['kind', 'metadata', 'cluster_id', 'name', 'value', 'is_default', 'is_read_only', 'is_sensitive', 'source', 'synonyms'],
} as const;

const configName = { type: 'string', minLength: 1, maxLength: 255 } as const;

export const updateConfigBody = {
  type: 'object',
  properties: { value: { type: 'string' } },
  required: ['value'],
  additionalProperties: false,
} as const;

export const alterConfigBatchBody = {
  type: 'object',
  properties: {
    data: {
      type: 'array', minItems: 1, maxItems: 1_000,
      items: {
        type: 'object',
        properties: { name: configName, value: { type: ['string', 'null'] }, operation: { type: ['string', 'null'], enum: ['SET', 'DELETE', null] } },
        required: ['name'],
        additionalProperties: false,
      },
    },
    validate_only: { type: 'boolean' },
  },
  required: ['data'],
  additionalProperties: false,
} as const;

export const configNameProperty = configName;
