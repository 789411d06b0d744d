/**
 * Request bodies of the topic routes and the replica resource, after Confluent REST v3's
 * CreateTopicRequestData, UpdatePartitionCountRequestData and ReplicaData.
 */
import { related, resourceMetadata } from './schemas';

/** Kafka's topic name rule (Topic.scala): legal characters, at most 249 of them, not '.' or '..'. */
export const topicNamePattern = '^(?!\\.{1,2}$)[a-zA-Z0-9._-]{1,249}$';

const configEntry = {
  type: 'object',
  properties: { name: { type: 'string', minLength: 1 }, value: { type: ['string', 'null'] } },
  required: ['name'],
  additionalProperties: false,
} as const;

export const createTopicBody = {
  type: 'object',
  properties: {
    topic_name: { type: 'string', pattern: topicNamePattern },
    partitions_count: { type: 'integer', minimum: 1, maximum: 1_000_000 },
    replication_factor: { type: 'integer', minimum: 1, maximum: 32_767 },
    configs: { type: 'array', items: configEntry, maxItems: 1_000 },
    validate_only: { type: 'boolean' },
  },
  required: ['topic_name'],
  additionalProperties: false,
} as const;

export const updatePartitionCountBody = {
  type: 'object',
  properties: { partitions_count: { type: 'integer', minimum: 1, maximum: 1_000_000 } },
  required: ['partitions_count'],
  additionalProperties: false,
} as const;

export const replicaSchema = {
  type: 'object',
  properties: {
    kind: { type: 'string' },
    metadata: resourceMetadata,
    cluster_id: { type: 'string' },
    topic_name: { type: 'string' },
    partition_id: { type: 'integer' },
    broker_id: { type: 'integer' },
    is_leader: { type: 'boolean' },
    is_in_sync: { type: 'boolean' },
    broker: related,
  },
  required: ['kind', 'metadata', 'cluster_id', 'topic_name', 'partition_id', 'broker_id', 'is_leader', 'is_in_sync', 'broker'],
} as const;
