/**
 * Partitions and their replicas (Confluent REST v3's PartitionData, PartitionWithOffsetsData and
 * ReplicaData). Leader, replicas and ISR come from this broker's metadata; offsets from the
 * partitions' leaders, asked through the cluster client (ListOffsets earliest and latest), so any
 * broker answers them, not only the leader. Where the leaders cannot be asked in time, the
 * offsets this broker knows as leader are shown and the others are null. Describe on the topic.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PartitionOffsets } from '../../client/admin/admin';
import type { AdminPartitionView, AdminTopicView } from './data-source';
import {
  type PartitionParams, type RouteContext, type TopicParams, checkCluster, clusterUrl, list, sendNotFound, topicUrl,
} from './routes-common';
import { errorSchema, listSchema, partitionParams, partitionSchema, topicParams } from './schemas';
import { replicaSchema } from './schemas-topics';

/** Bound on asking the leaders for offsets; past it the route answers with what this broker knows. */
export const partitionOffsetsTimeoutMs = 5_000;

const notFound = { 403: errorSchema, 404: errorSchema };

interface ReplicaParams extends PartitionParams { broker_id: number }

export function partitionResource(request: FastifyRequest, clusterId: string, topic: string, p: AdminPartitionView, offsets: PartitionOffsets | undefined) {
  const cluster = clusterUrl(request, clusterId);
  const earliest = offsets?.low ?? p.local?.logStartOffset ?? null;
  const latest = offsets?.high ?? p.local?.highWatermark ?? null;
  return {
    kind: 'KafkaPartition',
    metadata: {
      self: `${topicUrl(request, clusterId, topic)}/partitions/${p.partitionId}`,
      resource_name: `crn:///kafka=${clusterId}/topic=${topic}/partition=${p.partitionId}`,
    },
    cluster_id: clusterId, topic_name: topic, partition_id: p.partitionId,
    leader: p.leader < 0 ? null : { related: `${cluster}/brokers/${p.leader}` },
    leader_id: p.leader, leader_epoch: p.leaderEpoch, replicas: p.replicas, isr: p.isr,
    high_watermark: latest,
    log_start_offset: earliest,
    log_end_offset: p.local?.logEndOffset ?? null,
    earliest_offset: earliest,
    latest_offset: latest,
  };
}

/** Earliest and latest offsets of every partition of `topic` from their leaders; empty when they cannot be had in time. */
async function leaderOffsets(ctx: RouteContext, topic: AdminTopicView, request: FastifyRequest): Promise<Map<number, PartitionOffsets>> {
  const byPartition = new Map<number, PartitionOffsets>();
  if (ctx.cluster === undefined || topic.partitions.every((p) => p.local !== undefined)) return byPartition;
  const cluster = ctx.cluster;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => { timer = setTimeout(() => resolve(undefined), partitionOffsetsTimeoutMs); });
  try {
    const work = cluster.admin().then((admin) => admin.fetchTopicOffsets(topic.name));
    work.catch(() => undefined);
    const offsets = await Promise.race([work, timeout]);
    for (const o of offsets ?? []) byPartition.set(o.partition, o);
  } catch (err) {
    request.log.warn({ err, topic: topic.name }, 'the partition leaders could not be asked for offsets');
  } finally {
    clearTimeout(timer);
  }
  return byPartition;
}

function findTopic(ctx: RouteContext, request: FastifyRequest, reply: FastifyReply, params: TopicParams): AdminTopicView | undefined {
  if (!checkCluster(ctx.source, params.cluster_id, reply) || !ctx.acl.checkTopicDescribe(request, reply, params.topic_name)) return undefined;
  const topic = ctx.source.topic(params.topic_name);
  if (topic === undefined) void sendNotFound(reply, `topic ${params.topic_name} not found`);
  return topic;
}

function findPartition(ctx: RouteContext, request: FastifyRequest, reply: FastifyReply, params: PartitionParams) {
  const topic = findTopic(ctx, request, reply, params);
  if (topic === undefined) return undefined;
  const partition = topic.partitions.find((p) => p.partitionId === params.partition_id);
  if (partition === undefined) {
    void sendNotFound(reply, `partition ${params.partition_id} of topic ${params.topic_name} not found`);
    return undefined;
  }
  return { topic, partition };
}

function replicaResources(request: FastifyRequest, clusterId: string, topic: string, p: AdminPartitionView) {
  const partitionUrl = `${topicUrl(request, clusterId, topic)}/partitions/${p.partitionId}`;
  return p.replicas.map((brokerId) => ({
    kind: 'KafkaReplica',
    metadata: {
      self: `${partitionUrl}/replicas/${brokerId}`,
      resource_name: `crn:///kafka=${clusterId}/topic=${topic}/partition=${p.partitionId}/replica=${brokerId}`,
    },
    cluster_id: clusterId, topic_name: topic, partition_id: p.partitionId, broker_id: brokerId,
    is_leader: brokerId === p.leader, is_in_sync: p.isr.includes(brokerId),
    broker: { related: `${clusterUrl(request, clusterId)}/brokers/${brokerId}` },
  }));
}

export function registerPartitionRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get<{ Params: TopicParams }>('/v3/clusters/:cluster_id/topics/:topic_name/partitions',
    { schema: { params: topicParams, response: { 200: listSchema(partitionSchema), ...notFound } } },
    async (request, reply) => {
      const topic = findTopic(ctx, request, reply, request.params);
      if (topic === undefined) return reply;
      const { cluster_id, topic_name } = request.params;
      const offsets = await leaderOffsets(ctx, topic, request);
      const data = topic.partitions.map((p) => partitionResource(request, cluster_id, topic_name, p, offsets.get(p.partitionId)));
      return list(`${topicUrl(request, cluster_id, topic_name)}/partitions`, 'KafkaPartitionList', data);
    });

  app.get<{ Params: PartitionParams }>('/v3/clusters/:cluster_id/topics/:topic_name/partitions/:partition_id',
    { schema: { params: partitionParams, response: { 200: partitionSchema, ...notFound } } },
    async (request, reply) => {
      const found = findPartition(ctx, request, reply, request.params);
      if (found === undefined) return reply;
      const offsets = await leaderOffsets(ctx, found.topic, request);
      return partitionResource(request, request.params.cluster_id, request.params.topic_name, found.partition, offsets.get(found.partition.partitionId));
    });

  app.get<{ Params: PartitionParams }>('/v3/clusters/:cluster_id/topics/:topic_name/partitions/:partition_id/replicas',
    { schema: { params: partitionParams, response: { 200: listSchema(replicaSchema), ...notFound } } },
    async (request, reply) => {
      const found = findPartition(ctx, request, reply, request.params);
      if (found === undefined) return reply;
      const { cluster_id, topic_name, partition_id } = request.params;
      const self = `${topicUrl(request, cluster_id, topic_name)}/partitions/${partition_id}/replicas`;
      return list(self, 'KafkaReplicaList', replicaResources(request, cluster_id, topic_name, found.partition));
    });

  app.get<{ Params: ReplicaParams }>('/v3/clusters/:cluster_id/topics/:topic_name/partitions/:partition_id/replicas/:broker_id',
    { schema: { params: { ...partitionParams, properties: { ...partitionParams.properties, broker_id: { type: 'integer', minimum: 0 } }, required: [...partitionParams.required, 'broker_id'] }, response: { 200: replicaSchema, ...notFound } } },
    async (request, reply) => {
      const found = findPartition(ctx, request, reply, request.params);
      if (found === undefined) return reply;
      const { cluster_id, topic_name, broker_id } = request.params;
      const replica = replicaResources(request, cluster_id, topic_name, found.partition).find((r) => r.broker_id === broker_id);
      return replica ?? sendNotFound(reply, `broker ${broker_id} holds no replica of ${topic_name}-${request.params.partition_id}`);
    });
}
