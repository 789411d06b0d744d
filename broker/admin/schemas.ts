/**
 * JSON schemas for the admin routes: parameters are validated on the way in, and responses are
 * serialised through these schemas on the way out (so a field missing here never leaks out).
 * Resource shapes follow Confluent REST Proxy API v3: snake_case fields, a `kind`, a
 * `metadata.self` link, and lists as `{kind, metadata, data}`.
 */

export const related = {
  type: 'object',
  properties: { related: { type: 'string' } },
  required: ['related'],
} as const;

export const resourceMetadata = {
  type: 'object',
  properties: { self: { type: 'string' }, resource_name: { type: 'string' } },
  required: ['self'],
} as const;

const listMetadata = {
  type: 'object',
  properties: { self: { type: 'string' }, next: { type: ['string', 'null'] } },
  required: ['self', 'next'],
} as const;

export const errorSchema = {
  type: 'object',
  properties: { error_code: { type: 'integer' }, message: { type: 'string' } },
  required: ['error_code', 'message'],
} as const;

export const clusterSchema = {
  type: 'object',
  properties: {
    kind: { type: 'string' },
    metadata: resourceMetadata,
    cluster_id: { type: 'string' },
    controller: { anyOf: [related, { type: 'null' }] },
    brokers: related,
    broker_configs: related,
    consumer_groups: related,
    topics: related,
  },
  required: ['kind', 'metadata', 'cluster_id', 'controller', 'brokers', 'broker_configs', 'consumer_groups', 'topics'],
} as const;

export const brokerSchema = {
  type: 'object',
  properties: {
    kind: { type: 'string' },
    metadata: resourceMetadata,
    cluster_id: { type: 'string' },
    broker_id: { type: 'integer' },
    host: { type: 'string' },
    port: { type: 'integer' },
    rack: { type: ['string', 'null'] },
    configs: related,
  },
  required: ['kind', 'metadata', 'cluster_id', 'broker_id', 'host', 'port', 'rack', 'configs'],
} as const;

export const topicSchema = {
  type: 'object',
  properties: {
    kind: { type: 'string' },
    metadata: resourceMetadata,
    cluster_id: { type: 'string' },
    topic_name: { type: 'string' },
    is_internal: { type: 'boolean' },
    replication_factor: { type: 'integer' },
    partitions_count: { type: 'integer' },
    partitions: related,
    configs: related,
  },
  required: ['kind', 'metadata', 'cluster_id', 'topic_name', 'is_internal', 'replication_factor', 'partitions_count', 'partitions', 'configs'],
} as const;

export const nullableInteger = { type: ['integer', 'null'] } as const;

export const partitionSchema = {
  type: 'object',
  properties: {
    kind: { type: 'string' },
    metadata: resourceMetadata,
    cluster_id: { type: 'string' },
    topic_name: { type: 'string' },
    partition_id: { type: 'integer' },
    leader: { anyOf: [related, { type: 'null' }] },
    leader_id: { type: 'integer' },
    leader_epoch: { type: 'integer' },
    replicas: { type: 'array', items: { type: 'integer' } },
    isr: { type: 'array', items: { type: 'integer' } },
    high_watermark: nullableInteger,
    log_start_offset: nullableInteger,
    log_end_offset: nullableInteger,
    earliest_offset: nullableInteger,
    latest_offset: nullableInteger,
  },
  required: ['kind', 'metadata', 'cluster_id', 'topic_name', 'partition_id', 'leader', 'leader_id', 'leader_epoch', 'replicas', 'isr',
    'high_watermark', 'log_start_offset', 'log_end_offset', 'earliest_offset', 'latest_offset'],
} as const;

export function listSchema(item: object) {
  return {
    type: 'object',
    properties: { kind: { type: 'string' }, metadata: listMetadata, data: { type: 'array', items: item } },
    required: ['kind', 'metadata', 'data'],
  } as const;
}

export const clusterParams = {
  type: 'object',
  properties: { cluster_id: { type: 'string', minLength: 1 } },
  required: ['cluster_id'],
} as const;

export const brokerParams = {
  type: 'object',
  properties: { cluster_id: { type: 'string', minLength: 1 }, broker_id: { type: 'integer', minimum: 0 } },
  required: ['cluster_id', 'broker_id'],
} as const;

export const topicParams = {
  type: 'object',
  properties: { cluster_id: { type: 'string', minLength: 1 }, topic_name: { type: 'string', minLength: 1, maxLength: 249 } },
  required: ['cluster_id', 'topic_name'],
} as const;

export const partitionParams = {
  type: 'object',
  properties: {
    cluster_id: { type: 'string', minLength: 1 },
    topic_name: { type: 'string', minLength: 1, maxLength: 249 },
    partition_id: { type: 'integer', minimum: 0 },
  },
  required: ['cluster_id', 'topic_name', 'partition_id'],
} as const;

export const healthSchema = {
  type: 'object',
  properties: { status: { type: 'string' }, reasons: { type: 'array', items: { type: 'string' } } },
  required: ['status'],
} as const;
