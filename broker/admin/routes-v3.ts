/**
 * Read-only cluster resources shaped like Confluent REST Proxy API v3: clusters, brokers,
 * topics and partitions, answered from this broker's metadata (what the controller last sent it)
 * plus, for partitions this broker leads, the offsets of its local log. Cluster and broker
 * resources need Describe on the Cluster; topics need Describe on the topic (route-authorization.ts).
 */

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AdminDataSource, AdminPartitionView, AdminTopicView } from './data-source';
import { RouteAuthorizer } from './route-authorization';
import {
  brokerParams, brokerSchema, clusterParams, clusterSchema, errorSchema, listSchema, partitionParams, partitionSchema,
  topicParams, topicSchema,
} from './schemas';

interface ClusterParams { cluster_id: string }
interface BrokerParams extends ClusterParams { broker_id: number }
interface TopicParams extends ClusterParams { topic_name: string }
interface PartitionParams extends TopicParams { partition_id: number }

const notFound = { 403: errorSchema, 404: errorSchema };

function baseUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}/v3`;
}

function list(self: string, kind: string, data: unknown[]) {
  return { kind, metadata: { self, next: null }, data };
}

function sendNotFound(reply: FastifyReply, message: string) {
  return reply.code(404).send({ error_code: 404, message });
}

function clusterUrl(request: FastifyRequest, clusterId: string): string {
  return `${baseUrl(request)}/clusters/${clusterId}`;
}

function clusterResource(source: AdminDataSource, request: FastifyRequest, clusterId: string) {
  const self = clusterUrl(request, clusterId);
  const controllerId = source.controllerId();
  return {
    kind: 'KafkaCluster',
    metadata: { self, resource_name: `crn:///kafka=${clusterId}` },
    cluster_id: clusterId,
    controller: controllerId < 0 ? null : { related: `${self}/brokers/${controllerId}` },
    brokers: { related: `${self}/brokers` },
    topics: { related: `${self}/topics` },
  };
}

function brokerResources(source: AdminDataSource, request: FastifyRequest, clusterId: string) {
  return source.brokers().map((b) => ({
    kind: 'KafkaBroker',
    metadata: { self: `${clusterUrl(request, clusterId)}/brokers/${b.brokerId}`, resource_name: `crn:///kafka=${clusterId}/broker=${b.brokerId}` },
    cluster_id: clusterId, broker_id: b.brokerId, host: b.host, port: b.port, rack: b.rack,
  }));
}

function topicResource(request: FastifyRequest, clusterId: string, t: AdminTopicView) {
  const self = `${clusterUrl(request, clusterId)}/topics/${encodeURIComponent(t.name)}`;
  return {
    kind: 'KafkaTopic',
    metadata: { self, resource_name: `crn:///kafka=${clusterId}/topic=${t.name}` },
    cluster_id: clusterId, topic_name: t.name, is_internal: t.isInternal,
    replication_factor: t.partitions[0]?.replicas.length ?? 0,
    partitions_count: t.partitions.length,
    partitions: { related: `${self}/partitions` },
  };
}

function partitionResource(request: FastifyRequest, clusterId: string, topic: string, p: AdminPartitionView) {
  const cluster = clusterUrl(request, clusterId);
  return {
    kind: 'KafkaPartition',
    metadata: {
      self: `${cluster}/topics/${encodeURIComponent(topic)}/partitions/${p.partitionId}`,
      resource_name: `crn:///kafka=${clusterId}/topic=${topic}/partition=${p.partitionId}`,
    },
    cluster_id: clusterId, topic_name: topic, partition_id: p.partitionId,
    leader: p.leader < 0 ? null : { related: `${cluster}/brokers/${p.leader}` },
    leader_id: p.leader, leader_epoch: p.leaderEpoch, replicas: p.replicas, isr: p.isr,
    high_watermark: p.local?.highWatermark ?? null,
    log_start_offset: p.local?.logStartOffset ?? null,
    log_end_offset: p.local?.logEndOffset ?? null,
  };
}

/** Whether the cluster id in the path is this cluster's; answers 404 when it is not. */
function checkCluster(source: AdminDataSource, clusterId: string, reply: FastifyReply): boolean {
  const own = source.clusterId();
  if (own !== '' && own === clusterId) return true;
  void sendNotFound(reply, `cluster ${clusterId} not found`);
  return false;
}

export function registerV3Routes(app: FastifyInstance, source: AdminDataSource, acl: RouteAuthorizer = new RouteAuthorizer()): void {
  registerClusterRoutes(app, source, acl);
  registerTopicRoutes(app, source, acl);
}

/** /v3/clusters, one cluster, its brokers and one broker. */
function registerClusterRoutes(app: FastifyInstance, source: AdminDataSource, acl: RouteAuthorizer): void {
  app.get('/v3/clusters', { schema: { response: { 200: listSchema(clusterSchema), 403: errorSchema } } }, async (request, reply) => {
    if (!acl.checkClusterDescribe(request, reply)) return reply;
    const own = source.clusterId();
    return list(`${baseUrl(request)}/clusters`, 'KafkaClusterList', own === '' ? [] : [clusterResource(source, request, own)]);
  });

  app.get<{ Params: ClusterParams }>('/v3/clusters/:cluster_id',
    { schema: { params: clusterParams, response: { 200: clusterSchema, ...notFound } } },
    async (request, reply) => {
      if (!checkCluster(source, request.params.cluster_id, reply) || !acl.checkClusterDescribe(request, reply)) return reply;
      return clusterResource(source, request, request.params.cluster_id);
    });

  app.get<{ Params: ClusterParams }>('/v3/clusters/:cluster_id/brokers',
    { schema: { params: clusterParams, response: { 200: listSchema(brokerSchema), ...notFound } } },
    async (request, reply) => {
      const { cluster_id } = request.params;
      if (!checkCluster(source, cluster_id, reply) || !acl.checkClusterDescribe(request, reply)) return reply;
      return list(`${clusterUrl(request, cluster_id)}/brokers`, 'KafkaBrokerList', brokerResources(source, request, cluster_id));
    });

  app.get<{ Params: BrokerParams }>('/v3/clusters/:cluster_id/brokers/:broker_id',
    { schema: { params: brokerParams, response: { 200: brokerSchema, ...notFound } } },
    async (request, reply) => {
      const { cluster_id, broker_id } = request.params;
      if (!checkCluster(source, cluster_id, reply) || !acl.checkClusterDescribe(request, reply)) return reply;
      const broker = brokerResources(source, request, cluster_id).find((b) => b.broker_id === broker_id);
      return broker ?? sendNotFound(reply, `broker ${broker_id} not found`);
    });
}

/** Topics, one topic, its partitions and one partition. */
function registerTopicRoutes(app: FastifyInstance, source: AdminDataSource, acl: RouteAuthorizer): void {
  app.get<{ Params: ClusterParams }>('/v3/clusters/:cluster_id/topics',
    { schema: { params: clusterParams, response: { 200: listSchema(topicSchema), ...notFound } } },
    async (request, reply) => {
      const { cluster_id } = request.params;
      if (!checkCluster(source, cluster_id, reply)) return reply;
      const topics = source.topicNames().filter((n) => acl.mayDescribeTopic(request, n)).map((n) => source.topic(n)).filter((t): t is AdminTopicView => t !== undefined);
      return list(`${clusterUrl(request, cluster_id)}/topics`, 'KafkaTopicList', topics.map((t) => topicResource(request, cluster_id, t)));
    });

  app.get<{ Params: TopicParams }>('/v3/clusters/:cluster_id/topics/:topic_name',
    { schema: { params: topicParams, response: { 200: topicSchema, ...notFound } } },
    async (request, reply) => {
      const { cluster_id, topic_name } = request.params;
      if (!checkCluster(source, cluster_id, reply) || !acl.checkTopicDescribe(request, reply, topic_name)) return reply;
      const topic = source.topic(topic_name);
      return topic === undefined ? sendNotFound(reply, `topic ${topic_name} not found`) : topicResource(request, cluster_id, topic);
    });

  app.get<{ Params: TopicParams }>('/v3/clusters/:cluster_id/topics/:topic_name/partitions',
    { schema: { params: topicParams, response: { 200: listSchema(partitionSchema), ...notFound } } },
    async (request, reply) => {
      const { cluster_id, topic_name } = request.params;
      if (!checkCluster(source, cluster_id, reply) || !acl.checkTopicDescribe(request, reply, topic_name)) return reply;
      const topic = source.topic(topic_name);
      if (topic === undefined) return sendNotFound(reply, `topic ${topic_name} not found`);
      const self = `${clusterUrl(request, cluster_id)}/topics/${encodeURIComponent(topic_name)}/partitions`;
      return list(self, 'KafkaPartitionList', topic.partitions.map((p) => partitionResource(request, cluster_id, topic_name, p)));
    });

  app.get<{ Params: PartitionParams }>('/v3/clusters/:cluster_id/topics/:topic_name/partitions/:partition_id',
    { schema: { params: partitionParams, response: { 200: partitionSchema, ...notFound } } },
    async (request, reply) => {
      const { cluster_id, topic_name, partition_id } = request.params;
      if (!checkCluster(source, cluster_id, reply) || !acl.checkTopicDescribe(request, reply, topic_name)) return reply;
      const topic = source.topic(topic_name);
      if (topic === undefined) return sendNotFound(reply, `topic ${topic_name} not found`);
      const partition = topic.partitions.find((p) => p.partitionId === partition_id);
      return partition === undefined
        ? sendNotFound(reply, `partition ${partition_id} of topic ${topic_name} not found`)
        : partitionResource(request, cluster_id, topic_name, partition);
    });
}
