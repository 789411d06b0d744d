/**
 * /v3/clusters, one cluster, its brokers and one broker (Confluent REST v3's ClusterData and
 * BrokerData), answered from this broker's metadata: what the controller last sent it. They need
 * Describe on the Cluster, as Kafka's DescribeCluster does.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  type BrokerParams, type ClusterParams, type RouteContext, baseUrl, checkCluster, clusterUrl, list, sendNotFound,
} from './routes-common';
import { brokerParams, brokerSchema, clusterParams, clusterSchema, errorSchema, listSchema } from './schemas';

const notFound = { 403: errorSchema, 404: errorSchema };

function clusterResource(ctx: RouteContext, request: FastifyRequest, clusterId: string) {
  const self = clusterUrl(request, clusterId);
  const controllerId = ctx.source.controllerId();
  return {
    kind: 'KafkaCluster',
    metadata: { self, resource_name: `crn:///kafka=${clusterId}` },
    cluster_id: clusterId,
    controller: controllerId < 0 ? null : { related: `${self}/brokers/${controllerId}` },
    brokers: { related: `${self}/brokers` },
    broker_configs: { related: `${self}/broker-configs` },
    consumer_groups: { related: `${self}/consumer-groups` },
    topics: { related: `${self}/topics` },
  };
}

function brokerResources(ctx: RouteContext, request: FastifyRequest, clusterId: string) {
  return ctx.source.brokers().map((b) => {
    const self = `${clusterUrl(request, clusterId)}/brokers/${b.brokerId}`;
    return {
      kind: 'KafkaBroker',
      metadata: { self, resource_name: `crn:///kafka=${clusterId}/broker=${b.brokerId}` },
      cluster_id: clusterId, broker_id: b.brokerId, host: b.host, port: b.port, rack: b.rack,
      configs: { related: `${self}/configs` },
    };
  });
}

export function registerClusterRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const { source, acl } = ctx;
  app.get('/v3/clusters', { schema: { response: { 200: listSchema(clusterSchema), 403: errorSchema } } }, async (request, reply) => {
    if (!acl.checkClusterDescribe(request, reply)) return reply;
    const own = source.clusterId();
    return list(`${baseUrl(request)}/clusters`, 'KafkaClusterList', own === '' ? [] : [clusterResource(ctx, request, own)]);
  });

  app.get<{ Params: ClusterParams }>('/v3/clusters/:cluster_id',
    { schema: { params: clusterParams, response: { 200: clusterSchema, ...notFound } } },
    async (request, reply) => {
      if (!checkCluster(source, request.params.cluster_id, reply) || !acl.checkClusterDescribe(request, reply)) return reply;
      return clusterResource(ctx, request, request.params.cluster_id);
    });

  app.get<{ Params: ClusterParams }>('/v3/clusters/:cluster_id/brokers',
    { schema: { params: clusterParams, response: { 200: listSchema(brokerSchema), ...notFound } } },
    async (request, reply) => {
      const { cluster_id } = request.params;
      if (!checkCluster(source, cluster_id, reply) || !acl.checkClusterDescribe(request, reply)) return reply;
      return list(`${clusterUrl(request, cluster_id)}/brokers`, 'KafkaBrokerList', brokerResources(ctx, request, cluster_id));
    });

  app.get<{ Params: BrokerParams }>('/v3/clusters/:cluster_id/brokers/:broker_id',
    { schema: { params: brokerParams, response: { 200: brokerSchema, ...notFound } } },
    async (request, reply) => {
      const { cluster_id, broker_id } = request.params;
      if (!checkCluster(source, cluster_id, reply) || !acl.checkClusterDescribe(request, reply)) return reply;
      const broker = brokerResources(ctx, request, cluster_id).find((b) => b.broker_id === broker_id);
      return broker ?? sendNotFound(reply, `broker ${broker_id} not found`);
    });
}
