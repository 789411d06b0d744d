/**
 * Confluent REST Proxy API v3 under /v3 (https://docs.confluent.io/platform/current/kafka-rest/api.html):
 * one module per resource. Reads come from this broker's metadata where it has them; changes, other
 * brokers' data, group state and records go through the admin API's client of the cluster
 * (internal-client.ts), after the caller is authorized with Kafka's ACL operations
 * (route-authorization.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { AdminClusterClient } from './cluster-access';
import type { AdminDataSource } from './data-source';
import { RouteAuthorizer } from './route-authorization';
import { registerClusterRoutes } from './routes-clusters';
import type { RouteContext } from './routes-common';
import { registerConfigRoutes } from './routes-configs';
import { registerGroupRoutes } from './routes-groups';
import { registerLagRoutes } from './routes-lags';
import { registerPartitionRoutes } from './routes-partitions';
import { registerProduceRoute } from './routes-produce';
import { registerRecordsRoute } from './routes-records';
import { registerTopicRoutes } from './routes-topics';

export function registerV3Routes(app: FastifyInstance, source: AdminDataSource, acl: RouteAuthorizer = new RouteAuthorizer(), cluster?: AdminClusterClient): void {
  const ctx: RouteContext = { source, acl, cluster };
  registerClusterRoutes(app, ctx);
  registerTopicRoutes(app, ctx);
  registerPartitionRoutes(app, ctx);
  registerConfigRoutes(app, ctx);
  registerGroupRoutes(app, ctx);
  registerLagRoutes(app, ctx);
  registerProduceRoute(app, ctx);
  registerRecordsRoute(app, ctx);
}
