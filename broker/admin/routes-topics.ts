/**
 * Topics (Confluent REST v3's TopicData): list and describe from this broker's metadata; create,
 * delete and add partitions through the cluster client, so that the controller does the work and
 * its checks apply. Authorization as KafkaApis: Describe on the topic to see it (lists leave out
 * the rest), Create on the Cluster or on the topic to create it, Delete to delete it, Alter to add
 * partitions (CreatePartitions).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AclOperation, ResourceType, clusterResourceName } from '../security/acl';
import type { AdminTopicView } from './data-source';
import {
  type ClusterParams, type RouteContext, type TopicParams, checkCluster, clusterAdmin, clusterUrl, list, sendError, sendKafkaError,
  sendNotFound, topicUrl,
} from './routes-common';
import { clusterParams, errorSchema, listSchema, topicParams, topicSchema } from './schemas';
import { createTopicBody, updatePartitionCountBody } from './schemas-topics';

const errors = { 400: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema, 500: errorSchema, 501: errorSchema, 503: errorSchema };

/** Bound on a topic creation, deletion or partition addition, as the controller's timeout. */
export const topicChangeTimeoutMs = 30_000;

interface CreateTopicBody {
  topic_name: string;
  partitions_count?: number;
  replication_factor?: number;
  configs?: Array<{ name: string; value?: string | null }>;
  validate_only?: boolean;
}

export interface TopicShape {
  name: string;
  isInternal: boolean;
  partitionsCount: number;
  replicationFactor: number;
}

export function topicShape(t: AdminTopicView): TopicShape {
  return { name: t.name, isInternal: t.isInternal, partitionsCount: t.partitions.length, replicationFactor: t.partitions[0]?.replicas.length ?? 0 };
}

export function topicResource(request: FastifyRequest, clusterId: string, t: TopicShape) {
  const self = topicUrl(request, clusterId, t.name);
  return {
    kind: 'KafkaTopic',
    metadata: { self, resource_name: `crn:///kafka=${clusterId}/topic=${t.name}` },
    cluster_id: clusterId, topic_name: t.name, is_internal: t.isInternal,
    replication_factor: t.replicationFactor,
    partitions_count: t.partitionsCount,
    partitions: { related: `${self}/partitions` },
    configs: { related: `${self}/configs` },
  };
}

export function registerTopicRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const { source, acl } = ctx;
  app.get<{ Params: ClusterParams }>('/v3/clusters/:cluster_id/topics',
    { schema: { params: clusterParams, response: { 200: listSchema(topicSchema), 403: errorSchema, 404: errorSchema } } },
    async (request, reply) => {
      const { cluster_id } = request.params;
      if (!checkCluster(source, cluster_id, reply)) return reply;
      const topics = source.topicNames().filter((n) => acl.mayDescribeTopic(request, n)).map((n) => source.topic(n)).filter((t): t is AdminTopicView => t !== undefined);
      return list(`${clusterUrl(request, cluster_id)}/topics`, 'KafkaTopicList', topics.map((t) => topicResource(request, cluster_id, topicShape(t))));
    });

  app.get<{ Params: TopicParams }>('/v3/clusters/:cluster_id/topics/:topic_name',
    { schema: { params: topicParams, response: { 200: topicSchema, 403: errorSchema, 404: errorSchema } } },
    async (request, reply) => {
      const { cluster_id, topic_name } = request.params;
      if (!checkCluster(source, cluster_id, reply) || !acl.checkTopicDescribe(request, reply, topic_name)) return reply;
      const topic = source.topic(topic_name);
      return topic === undefined ? sendNotFound(reply, `topic ${topic_name} not found`) : topicResource(request, cluster_id, topicShape(topic));
    });

  registerCreateTopic(app, ctx);
  registerTopicChanges(app, ctx);
}

function registerCreateTopic(app: FastifyInstance, ctx: RouteContext): void {
  app.post<{ Params: ClusterParams; Body: CreateTopicBody }>('/v3/clusters/:cluster_id/topics',
    { schema: { params: clusterParams, body: createTopicBody, response: { 200: topicSchema, 201: topicSchema, ...errors } } },
    async (request, reply) => {
      const { cluster_id } = request.params;
      const body = request.body;
      const name = body.topic_name;
      if (!checkCluster(ctx.source, cluster_id, reply)) return reply;
      // KafkaApis.handleCreateTopicsRequest: Create on the Cluster, or else on the topic itself.
      if (!ctx.acl.allowed(request, AclOperation.CREATE, ResourceType.CLUSTER, clusterResourceName)
        && !ctx.acl.check(request, reply, AclOperation.CREATE, ResourceType.TOPIC, name)) return reply;
      const admin = await clusterAdmin(ctx, reply);
      if (admin === undefined) return reply;
      const validateOnly = body.validate_only ?? false;
      try {
        const created = await admin.createTopics({
          validateOnly, timeoutMs: topicChangeTimeoutMs,
          topics: [{
            topic: name, numPartitions: body.partitions_count, replicationFactor: body.replication_factor,
            configEntries: (body.configs ?? []).map((c) => ({ name: c.name, value: c.value ?? '' })),
          }],
        });
        if (!created) return sendError(reply, 409, `topic ${name} already exists`);
        if (validateOnly) {
          return reply.code(200).send(topicResource(request, cluster_id, {
            name, isInternal: false, partitionsCount: body.partitions_count ?? -1, replicationFactor: body.replication_factor ?? -1,
          }));
        }
        await ctx.source.waitForTopic?.(name, true, topicChangeTimeoutMs);
        const described = (await admin.fetchTopicMetadata({ topics: [name] })).topics[0];
        return reply.code(201).send(topicResource(request, cluster_id, {
          name, isInternal: false,
          partitionsCount: described?.partitions.length ?? body.partitions_count ?? -1,
          replicationFactor: described?.partitions[0]?.replicas.length ?? body.replication_factor ?? -1,
        }));
      } catch (err) {
        return sendKafkaError(reply, err);
      }
    });
}

function registerTopicChanges(app: FastifyInstance, ctx: RouteContext): void {
  const { source, acl } = ctx;
  app.delete<{ Params: TopicParams }>('/v3/clusters/:cluster_id/topics/:topic_name',
    { schema: { params: topicParams, response: { 204: { type: 'null' }, ...errors } } },
    async (request, reply) => {
      const { cluster_id, topic_name } = request.params;
      if (!checkCluster(source, cluster_id, reply) || !acl.check(request, reply, AclOperation.DELETE, ResourceType.TOPIC, topic_name)) return reply;
      const admin = await clusterAdmin(ctx, reply);
      if (admin === undefined) return reply;
      try {
        await admin.deleteTopics({ topics: [topic_name], timeoutMs: topicChangeTimeoutMs });
        // Read your writes on this broker: its topic list drops the topic before the answer.
        await source.waitForTopic?.(topic_name, false, topicChangeTimeoutMs);
        return reply.code(204).send();
      } catch (err) {
        return sendKafkaError(reply, err);
      }
    });

  app.patch<{ Params: TopicParams; Body: { partitions_count: number } }>('/v3/clusters/:cluster_id/topics/:topic_name',
    { schema: { params: topicParams, body: updatePartitionCountBody, response: { 200: topicSchema, ...errors } } },
    async (request, reply) => {
      const { cluster_id, topic_name } = request.params;
      const count = request.body.partitions_count;
      if (!checkCluster(source, cluster_id, reply) || !acl.check(request, reply, AclOperation.ALTER, ResourceType.TOPIC, topic_name)) return reply;
      const topic = source.topic(topic_name);
      if (topic === undefined) return sendNotFound(reply, `topic ${topic_name} not found`);
      const admin = await clusterAdmin(ctx, reply);
      if (admin === undefined) return reply;
      if (admin.createPartitions === undefined) return sendError(reply, 501, 'adding partitions is not supported by this broker');
      try {
        await admin.createPartitions({ timeout: topicChangeTimeoutMs, topicPartitions: [{ topic: topic_name, count }] });
        return topicResource(request, cluster_id, { ...topicShape(topic), partitionsCount: count });
      } catch (err) {
        return sendKafkaError(reply, err);
      }
    });
}
