/**
 * Consumer group resources after Confluent REST v3's ConsumerGroupData, ConsumerData,
 * ConsumerAssignmentData, ConsumerLagData and ConsumerGroupLagSummaryData.
 */
import { related, resourceMetadata } from './schemas';

const resource = { kind: { type: 'string' }, metadata: resourceMetadata, cluster_id: { type: 'string' }, consumer_group_id: { type: 'string' } } as const;
const nullableRelated = { anyOf: [related, { type: 'null' }] } as const;

export const groupParams = {
  type: 'object',
  properties: { cluster_id: { type: 'string', minLength: 1 }, consumer_group_id: { type: 'string', minLength: 1, maxLength: 32_767 } },
  required: ['cluster_id', 'consumer_group_id'],
} as const;

export const consumerParams = {
  type: 'object',
  properties: { ...groupParams.properties, consumer_id: { type: 'string', minLength: 1 } },
  required: [...groupParams.required, 'consumer_id'],
} as const;

export const groupPartitionParams = {
  type: 'object',
  properties: {
    ...groupParams.properties, topic_name: { type: 'string', minLength: 1, maxLength: 249 }, partition_id: { type: 'integer', minimum: 0 },
  },
  required: [...groupParams.required, 'topic_name', 'partition_id'],
} as const;

export const consumerAssignmentParams = {
  type: 'object',
  properties: { ...groupPartitionParams.properties, consumer_id: { type: 'string', minLength: 1 } },
  required: [...groupPartitionParams.required, 'consumer_id'],
} as const;

export const consumerGroupSchema = {
  type: 'object',
  properties: {
    ...resource,
    is_simple: { type: 'boolean' },
    partition_assignor: { type: 'string' },
    state: { type: 'string' },
    type: { type: 'string' },
    is_mixed_consumer_group: { type: 'boolean' },
    coordinator: nullableRelated,
    consumers: related,
    lag_summary: related,
  },
  required: ['kind', 'metadata', 'cluster_id', 'consumer_group_id', 'is_simple', 'partition_assignor', 'state', 'type',
    'is_mixed_consumer_group', 'coordinator', 'consumers', 'lag_summary'],
} as const;

export const consumerSchema = {
  type: 'object',
  properties: {
    ...resource,
    consumer_id: { type: 'string' },
    instance_id: { type: ['string', 'null'] },
    client_id: { type: 'string' },
    host: { type: 'string' },
    assignments: related,
  },
  required: ['kind', 'metadata', 'cluster_id', 'consumer_group_id', 'consumer_id', 'instance_id', 'client_id', 'host', 'assignments'],
} as const;

export const consumerAssignmentSchema = {
  type: 'object',
  properties: {
    ...resource,
    consumer_id: { type: 'string' },
    topic_name: { type: 'string' },
    partition_id: { type: 'integer' },
    partition: related,
    lag: related,
  },
  required: ['kind', 'metadata', 'cluster_id', 'consumer_group_id', 'consumer_id', 'topic_name', 'partition_id', 'partition', 'lag'],
} as const;

export const consumerLagSchema = {
  type: 'object',
  properties: {
    ...resource,
    topic_name: { type: 'string' },
    partition_id: { type: 'integer' },
    current_offset: { type: 'integer' },
    log_end_offset: { type: 'integer' },
    lag: { type: 'integer' },
    consumer_id: { type: 'string' },
    instance_id: { type: ['string', 'null'] },
    client_id: { type: 'string' },
  },
  required: ['kind', 'metadata', 'cluster_id', 'consumer_group_id', 'topic_name', 'partition_id', 'current_offset', 'log_end_offset', 'lag',
    'consumer_id', 'instance_id', 'client_id'],
} as const;

export const lagSummarySchema = {
  type: 'object',
  properties: {
    ...resource,
    max_lag_consumer_id: { type: 'string' },
    max_lag_instance_id: { type: ['string', 'null'] },
    max_lag_client_id: { type: 'string' },
    max_lag_topic_name: { type: 'string' },
    max_lag_partition_id: { type: 'integer' },
    max_lag: { type: 'integer' },
    total_lag: { type: 'integer' },
    max_lag_consumer: nullableRelated,
    max_lag_partition: nullableRelated,
  },
  required: ['kind', 'metadata', 'cluster_id', 'consumer_group_id', 'max_lag_consumer_id', 'max_lag_instance_id', 'max_lag_client_id',
    'max_lag_topic_name', 'max_lag_partition_id', 'max_lag', 'total_lag', 'max_lag_consumer', 'max_lag_partition'],
} as const;
