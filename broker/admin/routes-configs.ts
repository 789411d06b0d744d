/**
 * Topic configs, one broker's configs and the cluster-wide dynamic broker configs (Confluent
 * REST v3): read with DescribeConfigs and changed with IncrementalAlterConfigs through the cluster
 * client (a PUT is SET, a DELETE resets to the default, `configs:alter` does several at once).
 * Authorization as KafkaApis: DescribeConfigs / AlterConfigs on the topic, or on the Cluster for
 * broker configs. `broker-configs` lists only what is set dynamically for every broker (Kafka's
 * `<default>` entity), as Confluent's does.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ConfigResourceTypes, type ConfigEntry } from '../../client/admin/configs';
import { AclOperation, ResourceType, clusterResourceName } from '../security/acl';
import type { AlterConfigOperation } from './cluster-access';
import {
  type RouteContext, checkCluster, clusterAdmin, clusterUrl, list, sendError, sendIfKafkaErrorCode, sendKafkaError, sendNotFound, topicUrl,
} from './routes-common';
import { errorSchema, listSchema } from './schemas';
import { alterConfigBatchBody, configNameProperty, configSchema, updateConfigBody } from './schemas-configs';

const errors = { 400: errorSchema, 403: errorSchema, 404: errorSchema, 500: errorSchema, 501: errorSchema, 503: errorSchema };
const noContent = { 204: { type: 'null' } };

/** Kafka's ConfigSource ids (DescribeConfigsResponse v1+) by name, for clients that report them as numbers. */
const configSourceNames = ['UNKNOWN', 'DYNAMIC_TOPIC_CONFIG', 'DYNAMIC_BROKER_CONFIG', 'DYNAMIC_DEFAULT_BROKER_CONFIG',
  'STATIC_BROKER_CONFIG', 'DEFAULT_CONFIG', 'DYNAMIC_BROKER_LOGGER_CONFIG'];

/** Which configs a route works on: a topic's, a broker's, or the cluster-wide broker defaults. */
interface ConfigScope {
  resourceType: number;
  resourceName: string;
  aclType: ResourceType;
  aclName: string;
  kind: string;
  self: string;
  /** Fields that name the owner (topic_name, broker_id or config_type). */
  owner: Record<string, string | number>;
  /** Only dynamic cluster-wide entries are resources of `broker-configs`. */
  dynamicDefaultsOnly: boolean;
  missing: () => string | undefined;
}

type ScopeOf = (ctx: RouteContext, request: FastifyRequest, params: Record<string, string | number>) => ConfigScope;

interface LooseEntry extends ConfigEntry { configSource?: string | number; synonyms?: Array<Record<string, unknown>> }

function sourceName(source: unknown, fallback: string): string {
  if (typeof source === 'number') return configSourceNames[source] ?? 'UNKNOWN';
  return typeof source === 'string' && source !== '' ? source : fallback;
}

function configResource(scope: ConfigScope, clusterId: string, entry: ConfigEntry) {
  const e = entry as LooseEntry;
  const fallback = e.isDefault ? 'DEFAULT_CONFIG' : scope.resourceType === ConfigResourceTypes.TOPIC ? 'DYNAMIC_TOPIC_CONFIG' : 'STATIC_BROKER_CONFIG';
  return {
    kind: scope.kind,
    metadata: { self: `${scope.self}/${encodeURIComponent(e.configName)}`, resource_name: `crn:///kafka=${clusterId}/config=${e.configName}` },
    cluster_id: clusterId, ...scope.owner,
    name: e.configName, value: e.isSensitive ? null : e.configValue,
    is_default: e.isDefault, is_read_only: e.readOnly, is_sensitive: e.isSensitive,
    source: sourceName(e.configSource, fallback),
    synonyms: (e.synonyms ?? []).map((s) => ({
      name: typeof s.name === 'string' ? s.name : typeof s.configName === 'string' ? s.configName : '', value: e.isSensitive ? null : ((s.value ?? s.configValue ?? null) as string | null),
      source: sourceName(s.source ?? s.configSource, 'UNKNOWN'),
    })),
  };
}

const topicScope: ScopeOf = (ctx, request, p) => ({
  resourceType: ConfigResourceTypes.TOPIC, resourceName: String(p.topic_name), aclType: ResourceType.TOPIC, aclName: String(p.topic_name),
  kind: 'KafkaTopicConfig', self: `${topicUrl(request, String(p.cluster_id), String(p.topic_name))}/configs`, owner: { topic_name: String(p.topic_name) },
  dynamicDefaultsOnly: false,
  missing: () => (ctx.source.topic(String(p.topic_name)) === undefined ? `topic ${p.topic_name} not found` : undefined),
});

const brokerScope: ScopeOf = (ctx, request, p) => ({
  resourceType: ConfigResourceTypes.BROKER, resourceName: String(p.broker_id), aclType: ResourceType.CLUSTER, aclName: clusterResourceName,
  kind: 'KafkaBrokerConfig', self: `${clusterUrl(request, String(p.cluster_id))}/brokers/${p.broker_id}/configs`, owner: { broker_id: Number(p.broker_id) },
  dynamicDefaultsOnly: false,
  missing: () => (ctx.source.brokers().some((b) => b.brokerId === Number(p.broker_id)) ? undefined : `broker ${p.broker_id} not found`),
});

const clusterScope: ScopeOf = (_ctx, request, p) => ({
  resourceType: ConfigResourceTypes.BROKER, resourceName: '', aclType: ResourceType.CLUSTER, aclName: clusterResourceName,
  kind: 'KafkaClusterConfig', self: `${clusterUrl(request, String(p.cluster_id))}/broker-configs`, owner: { config_type: 'BROKER' },
  dynamicDefaultsOnly: true, missing: () => undefined,
});

/** The scope after the cluster, ACL and existence checks, or undefined after answering. */
function checkedScope(ctx: RouteContext, request: FastifyRequest, reply: FastifyReply, scopeOf: ScopeOf, operation: AclOperation): ConfigScope | undefined {
  const params = request.params as Record<string, string | number>;
  if (!checkCluster(ctx.source, String(params.cluster_id), reply)) return undefined;
  const scope = scopeOf(ctx, request, params);
  if (!ctx.acl.check(request, reply, operation, scope.aclType, scope.aclName)) return undefined;
  const missing = scope.missing();
  if (missing !== undefined) {
    void sendNotFound(reply, missing);
    return undefined;
  }
  return scope;
}

async function describe(ctx: RouteContext, reply: FastifyReply, scope: ConfigScope): Promise<ConfigEntry[] | undefined> {
  const admin = await clusterAdmin(ctx, reply);
  if (admin === undefined) return undefined;
  try {
    const { resources } = await admin.describeConfigs({ resources: [{ type: scope.resourceType as 2 | 4, name: scope.resourceName }] });
    const entries = resources[0]?.configEntries ?? [];
    return scope.dynamicDefaultsOnly ? entries.filter((e) => (e as LooseEntry).configSource === 'DYNAMIC_DEFAULT_BROKER_CONFIG' || (e as LooseEntry).configSource === 3) : entries;
  } catch (err) {
    void sendKafkaError(reply, err);
    return undefined;
  }
}

async function alter(ctx: RouteContext, reply: FastifyReply, scope: ConfigScope, entries: Array<{ name: string; value?: string | null; operation: AlterConfigOperation }>, validateOnly: boolean): Promise<FastifyReply> {
  const admin = await clusterAdmin(ctx, reply);
  if (admin === undefined) return reply;
  if (admin.incrementalAlterConfigs === undefined) return sendError(reply, 501, 'altering configs is not supported by this broker');
  try {
    const result = await admin.incrementalAlterConfigs({ validateOnly, resources: [{ type: scope.resourceType, name: scope.resourceName, configEntries: entries }] });
    const r = result.resources[0];
    if (r !== undefined && sendIfKafkaErrorCode(reply, r.errorCode, r.errorMessage)) return reply;
    return reply.code(204).send();
  } catch (err) {
    return sendKafkaError(reply, err);
  }
}

function paramsSchema(base: string[], extra: Record<string, object>) {
  const properties: Record<string, object> = { cluster_id: { type: 'string', minLength: 1 }, ...extra };
  return { type: 'object', properties, required: [...base, ...Object.keys(extra)] } as const;
}

function registerScope(app: FastifyInstance, ctx: RouteContext, path: string, owner: Record<string, object>, scopeOf: ScopeOf): void {
  const params = paramsSchema(['cluster_id'], owner);
  const nameParams = paramsSchema(['cluster_id'], { ...owner, name: configNameProperty });
  app.get(path, { schema: { params, response: { 200: listSchema(configSchema), ...errors } } }, async (request, reply) => {
    const scope = checkedScope(ctx, request, reply, scopeOf, AclOperation.DESCRIBE_CONFIGS);
    const entries = scope === undefined ? undefined : await describe(ctx, reply, scope);
    if (scope === undefined || entries === undefined) return reply;
    const clusterId = String((request.params as Record<string, string>).cluster_id);
    return list(scope.self, `${scope.kind}List`, entries.map((e) => configResource(scope, clusterId, e)));
  });

  app.get<{ Params: { name: string } }>(`${path}/:name`, { schema: { params: nameParams, response: { 200: configSchema, ...errors } } }, async (request, reply) => {
    const scope = checkedScope(ctx, request, reply, scopeOf, AclOperation.DESCRIBE_CONFIGS);
    const entries = scope === undefined ? undefined : await describe(ctx, reply, scope);
    if (scope === undefined || entries === undefined) return reply;
    const entry = entries.find((e) => e.configName === request.params.name);
    return entry === undefined ? sendNotFound(reply, `config ${request.params.name} not found`)
      : configResource(scope, String((request.params as Record<string, string>).cluster_id), entry);
  });

  app.put<{ Params: { name: string }; Body: { value: string } }>(`${path}/:name`,
    { schema: { params: nameParams, body: updateConfigBody, response: { ...noContent, ...errors } } }, async (request, reply) => {
      const scope = checkedScope(ctx, request, reply, scopeOf, AclOperation.ALTER_CONFIGS);
      return scope === undefined ? reply : alter(ctx, reply, scope, [{ name: request.params.name, value: request.body.value, operation: 'SET' }], false);
    });

  app.delete<{ Params: { name: string } }>(`${path}/:name`, { schema: { params: nameParams, response: { ...noContent, ...errors } } }, async (request, reply) => {
    const scope = checkedScope(ctx, request, reply, scopeOf, AclOperation.ALTER_CONFIGS);
    return scope === undefined ? reply : alter(ctx, reply, scope, [{ name: request.params.name, operation: 'DELETE' }], false);
  });

  app.post<{ Body: { data: Array<{ name: string; value?: string | null; operation?: 'SET' | 'DELETE' | null }>; validate_only?: boolean } }>(`${path}::alter`,
    { schema: { params, body: alterConfigBatchBody, response: { ...noContent, ...errors } } }, async (request, reply) => {
      const scope = checkedScope(ctx, request, reply, scopeOf, AclOperation.ALTER_CONFIGS);
      if (scope === undefined) return reply;
      const entries = request.body.data.map((d) => ({ name: d.name, value: d.value ?? null, operation: d.operation ?? 'SET' }));
      const unset = entries.find((e) => e.operation === 'SET' && e.value === null);
      if (unset !== undefined) return sendError(reply, 400, `config ${unset.name}: SET needs a value`);
      return alter(ctx, reply, scope, entries, request.body.validate_only ?? false);
    });
}

export function registerConfigRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const topicName = { type: 'string', minLength: 1, maxLength: 249 };
  registerScope(app, ctx, '/v3/clusters/:cluster_id/topics/:topic_name/configs', { topic_name: topicName }, topicScope);
  registerScope(app, ctx, '/v3/clusters/:cluster_id/brokers/:broker_id/configs', { broker_id: { type: 'integer', minimum: 0 } }, brokerScope);
  registerScope(app, ctx, '/v3/clusters/:cluster_id/broker-configs', {}, clusterScope);
}
