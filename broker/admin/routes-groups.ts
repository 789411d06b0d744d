/**
 * Consumer groups, their consumers and the consumers' assignments (Confluent REST v3), from the
 * groups' coordinators through the cluster client (ListGroups on every broker, DescribeGroups on
 * the coordinator). Authorization as KafkaApis: ListGroups shows every group to Describe on the
 * Cluster and otherwise the groups the caller may Describe; a group needs Describe on it.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { GroupDescription, MemberDescription } from '../../client/admin/groups';
import { AclOperation, ResourceType, clusterResourceName } from '../security/acl';
import { type ClusterParams, type RouteContext, checkCluster, clusterAdmin, clusterUrl, list, sendKafkaError, sendNotFound, topicUrl } from './routes-common';
import { clusterParams, errorSchema, listSchema } from './schemas';
import {
  consumerAssignmentParams, consumerAssignmentSchema, consumerGroupSchema, consumerParams, consumerSchema, groupParams,
} from './schemas-groups';

export interface GroupParams extends ClusterParams { consumer_group_id: string }
interface ConsumerParams extends GroupParams { consumer_id: string }
interface AssignmentParams extends ConsumerParams { topic_name: string; partition_id: number }

const errors = { 403: errorSchema, 404: errorSchema, 500: errorSchema, 503: errorSchema };

/** Kafka's group state names as Confluent's ConsumerGroupState values. */
const groupStates: Readonly<Record<string, string>> = {
  Empty: 'EMPTY', Stable: 'STABLE', PreparingRebalance: 'PREPARING_REBALANCE', CompletingRebalance: 'COMPLETING_REBALANCE', Dead: 'DEAD',
};

export function groupUrl(request: FastifyRequest, clusterId: string, groupId: string): string {
  return `${clusterUrl(request, clusterId)}/consumer-groups/${encodeURIComponent(groupId)}`;
}

/** A group the coordinator does not know describes as Dead with no protocol and no members (Kafka's DescribeGroups). */
export function groupExists(g: GroupDescription): boolean {
  return !(g.state === 'Dead' && g.protocolType === '' && g.members.length === 0);
}

function groupResource(request: FastifyRequest, clusterId: string, g: GroupDescription) {
  const self = groupUrl(request, clusterId, g.groupId);
  return {
    kind: 'KafkaConsumerGroup',
    metadata: { self, resource_name: `crn:///kafka=${clusterId}/consumer-group=${g.groupId}` },
    cluster_id: clusterId, consumer_group_id: g.groupId,
    is_simple: g.protocolType === '', partition_assignor: g.protocol, state: groupStates[g.state] ?? 'UNKNOWN',
    type: 'CLASSIC', is_mixed_consumer_group: false,
    coordinator: g.coordinator === undefined ? null : { related: `${clusterUrl(request, clusterId)}/brokers/${g.coordinator.nodeId}` },
    consumers: { related: `${self}/consumers` },
    lag_summary: { related: `${self}/lag-summary` },
  };
}

function consumerResource(request: FastifyRequest, clusterId: string, groupId: string, m: MemberDescription) {
  const self = `${groupUrl(request, clusterId, groupId)}/consumers/${encodeURIComponent(m.memberId)}`;
  return {
    kind: 'KafkaConsumer',
    metadata: { self, resource_name: `crn:///kafka=${clusterId}/consumer-group=${groupId}/consumer=${m.memberId}` },
    cluster_id: clusterId, consumer_group_id: groupId, consumer_id: m.memberId, instance_id: m.groupInstanceId,
    client_id: m.clientId, host: m.clientHost, assignments: { related: `${self}/assignments` },
  };
}

function assignmentResources(request: FastifyRequest, clusterId: string, groupId: string, m: MemberDescription) {
  const consumer = `${groupUrl(request, clusterId, groupId)}/consumers/${encodeURIComponent(m.memberId)}`;
  return m.assignment.flatMap((tp) => tp.partitions.map((partition) => ({
    kind: 'KafkaConsumerAssignment',
    metadata: {
      self: `${consumer}/assignments/${encodeURIComponent(tp.topic)}/partitions/${partition}`,
      resource_name: `crn:///kafka=${clusterId}/consumer-group=${groupId}/consumer=${m.memberId}/topic=${tp.topic}/partition=${partition}`,
    },
    cluster_id: clusterId, consumer_group_id: groupId, consumer_id: m.memberId, topic_name: tp.topic, partition_id: partition,
    partition: { related: `${topicUrl(request, clusterId, tp.topic)}/partitions/${partition}` },
    lag: { related: `${groupUrl(request, clusterId, groupId)}/lags/${encodeURIComponent(tp.topic)}/partitions/${partition}` },
  })));
}

/** The group after the cluster and ACL checks, or undefined after answering (403, 404, cluster errors). */
export async function describeGroup(ctx: RouteContext, request: FastifyRequest, reply: FastifyReply, params: GroupParams): Promise<GroupDescription | undefined> {
  const { cluster_id, consumer_group_id } = params;
  if (!checkCluster(ctx.source, cluster_id, reply) || !ctx.acl.check(request, reply, AclOperation.DESCRIBE, ResourceType.GROUP, consumer_group_id)) return undefined;
  const admin = await clusterAdmin(ctx, reply);
  if (admin === undefined) return undefined;
  try {
    const group = await admin.describeGroup(consumer_group_id);
    if (groupExists(group)) return group;
    void sendNotFound(reply, `consumer group ${consumer_group_id} not found`);
  } catch (err) {
    void sendKafkaError(reply, err);
  }
  return undefined;
}

async function describeMember(ctx: RouteContext, request: FastifyRequest, reply: FastifyReply, params: ConsumerParams) {
  const group = await describeGroup(ctx, request, reply, params);
  if (group === undefined) return undefined;
  const member = group.members.find((m) => m.memberId === params.consumer_id);
  if (member === undefined) void sendNotFound(reply, `consumer ${params.consumer_id} not found in consumer group ${params.consumer_group_id}`);
  return member;
}

export function registerGroupRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get<{ Params: ClusterParams }>('/v3/clusters/:cluster_id/consumer-groups',
    { schema: { params: clusterParams, response: { 200: listSchema(consumerGroupSchema), ...errors } } },
    async (request, reply) => {
      const { cluster_id } = request.params;
      if (!checkCluster(ctx.source, cluster_id, reply)) return reply;
      const admin = await clusterAdmin(ctx, reply);
      if (admin === undefined) return reply;
      const all = ctx.acl.allowed(request, AclOperation.DESCRIBE, ResourceType.CLUSTER, clusterResourceName);
      try {
        const { groups } = await admin.listGroups();
        const visible = groups.filter((g) => all || ctx.acl.allowed(request, AclOperation.DESCRIBE, ResourceType.GROUP, g.groupId));
        const described = await Promise.all(visible.map((g) => admin.describeGroup(g.groupId)));
        const data = described.filter(groupExists).map((g) => groupResource(request, cluster_id, g));
        return list(`${clusterUrl(request, cluster_id)}/consumer-groups`, 'KafkaConsumerGroupList', data);
      } catch (err) {
        return sendKafkaError(reply, err);
      }
    });

  app.get<{ Params: GroupParams }>('/v3/clusters/:cluster_id/consumer-groups/:consumer_group_id',
    { schema: { params: groupParams, response: { 200: consumerGroupSchema, ...errors } } },
    async (request, reply) => {
      const group = await describeGroup(ctx, request, reply, request.params);
      return group === undefined ? reply : groupResource(request, request.params.cluster_id, group);
    });

  registerConsumerRoutes(app, ctx);
}

function registerConsumerRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get<{ Params: GroupParams }>('/v3/clusters/:cluster_id/consumer-groups/:consumer_group_id/consumers',
    { schema: { params: groupParams, response: { 200: listSchema(consumerSchema), ...errors } } },
    async (request, reply) => {
      const group = await describeGroup(ctx, request, reply, request.params);
      if (group === undefined) return reply;
      const { cluster_id, consumer_group_id } = request.params;
      const data = group.members.map((m) => consumerResource(request, cluster_id, consumer_group_id, m));
      return list(`${groupUrl(request, cluster_id, consumer_group_id)}/consumers`, 'KafkaConsumerList', data);
    });

  app.get<{ Params: ConsumerParams }>('/v3/clusters/:cluster_id/consumer-groups/:consumer_group_id/consumers/:consumer_id',
    { schema: { params: consumerParams, response: { 200: consumerSchema, ...errors } } },
    async (request, reply) => {
      const member = await describeMember(ctx, request, reply, request.params);
      return member === undefined ? reply : consumerResource(request, request.params.cluster_id, request.params.consumer_group_id, member);
    });

  app.get<{ Params: ConsumerParams }>('/v3/clusters/:cluster_id/consumer-groups/:consumer_group_id/consumers/:consumer_id/assignments',
    { schema: { params: consumerParams, response: { 200: listSchema(consumerAssignmentSchema), ...errors } } },
    async (request, reply) => {
      const member = await describeMember(ctx, request, reply, request.params);
      if (member === undefined) return reply;
      const { cluster_id, consumer_group_id, consumer_id } = request.params;
      const self = `${groupUrl(request, cluster_id, consumer_group_id)}/consumers/${encodeURIComponent(consumer_id)}/assignments`;
      return list(self, 'KafkaConsumerAssignmentList', assignmentResources(request, cluster_id, consumer_group_id, member));
    });

  app.get<{ Params: AssignmentParams }>('/v3/clusters/:cluster_id/consumer-groups/:consumer_group_id/consumers/:consumer_id/assignments/:topic_name/partitions/:partition_id',
    { schema: { params: consumerAssignmentParams, response: { 200: consumerAssignmentSchema, ...errors } } },
    async (request, reply) => {
      const member = await describeMember(ctx, request, reply, request.params);
      if (member === undefined) return reply;
      const { cluster_id, consumer_group_id, consumer_id, topic_name, partition_id } = request.params;
      const found = assignmentResources(request, cluster_id, consumer_group_id, member)
        .find((a) => a.topic_name === topic_name && a.partition_id === partition_id);
      return found ?? sendNotFound(reply, `${topic_name}-${partition_id} is not assigned to consumer ${consumer_id}`);
    });
}
