/**
 * Consumer lag (Confluent REST v3's ConsumerLagData and ConsumerGroupLagSummaryData): for every
 * partition the group has committed an offset for, the committed offset, the partition's latest
 * offset (the high watermark, from its leader: ListOffsets), their difference, and the member the
 * partition is assigned to ('' when none), as kafka-consumer-groups.sh --describe computes it.
 * Needs Describe on the group (OffsetFetch); topics the caller may not Describe are left out.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { GroupDescription, MemberDescription } from '../../client/admin/groups';
import type { ClusterAdmin } from './cluster-access';
import { type RouteContext, clusterAdmin, list, sendKafkaError, sendNotFound, topicUrl } from './routes-common';
import { type GroupParams, describeGroup, groupUrl } from './routes-groups';
import { errorSchema, listSchema } from './schemas';
import { consumerLagSchema, groupParams, groupPartitionParams, lagSummarySchema } from './schemas-groups';

interface LagParams extends GroupParams { topic_name: string; partition_id: number }

const errors = { 403: errorSchema, 404: errorSchema, 500: errorSchema, 503: errorSchema };

export interface PartitionLag {
  topic: string;
  partition: number;
  currentOffset: number;
  logEndOffset: number;
  lag: number;
  member: MemberDescription | undefined;
}

/** Lag of every committed partition of `group` on topics the caller may Describe, sorted by topic and partition. */
export async function groupLags(ctx: RouteContext, admin: ClusterAdmin, request: FastifyRequest, group: GroupDescription): Promise<PartitionLag[]> {
  const committed = (await admin.fetchOffsets({ groupId: group.groupId })).filter((t) => ctx.acl.mayDescribeTopic(request, t.topic));
  const owners = new Map<string, MemberDescription>();
  for (const m of group.members) for (const tp of m.assignment) for (const p of tp.partitions) owners.set(`${tp.topic}\0${p}`, m);
  const lags: PartitionLag[] = [];
  for (const t of committed) {
    const ends = new Map((await admin.fetchTopicOffsets(t.topic)).map((o) => [o.partition, o.high]));
    for (const p of t.partitions) {
      const end = ends.get(p.partition);
      if (p.offset < 0 || end === undefined) continue;
      lags.push({
        topic: t.topic, partition: p.partition, currentOffset: p.offset, logEndOffset: end,
        lag: Math.max(0, end - p.offset), member: owners.get(`${t.topic}\0${p.partition}`),
      });
    }
  }
  return lags.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
}

function lagResource(request: FastifyRequest, clusterId: string, groupId: string, l: PartitionLag) {
  return {
    kind: 'KafkaConsumerLag',
    metadata: {
      self: `${groupUrl(request, clusterId, groupId)}/lags/${encodeURIComponent(l.topic)}/partitions/${l.partition}`,
      resource_name: `crn:///kafka=${clusterId}/consumer-group=${groupId}/lag=${l.topic}/partition=${l.partition}`,
    },
    cluster_id: clusterId, consumer_group_id: groupId, topic_name: l.topic, partition_id: l.partition,
    current_offset: l.currentOffset, log_end_offset: l.logEndOffset, lag: l.lag,
    consumer_id: l.member?.memberId ?? '', instance_id: l.member?.groupInstanceId ?? null, client_id: l.member?.clientId ?? '',
  };
}

function lagSummary(request: FastifyRequest, clusterId: string, groupId: string, lags: PartitionLag[]) {
  const self = groupUrl(request, clusterId, groupId);
  const max = lags.reduce<PartitionLag | undefined>((best, l) => (best === undefined || l.lag > best.lag ? l : best), undefined);
  return {
    kind: 'KafkaConsumerGroupLagSummary',
    metadata: { self: `${self}/lag-summary`, resource_name: `crn:///kafka=${clusterId}/consumer-group=${groupId}/lag-summary` },
    cluster_id: clusterId, consumer_group_id: groupId,
    max_lag_consumer_id: max?.member?.memberId ?? '', max_lag_instance_id: max?.member?.groupInstanceId ?? null,
    max_lag_client_id: max?.member?.clientId ?? '', max_lag_topic_name: max?.topic ?? '', max_lag_partition_id: max?.partition ?? -1,
    max_lag: max?.lag ?? 0, total_lag: lags.reduce((sum, l) => sum + l.lag, 0),
    max_lag_consumer: max?.member === undefined ? null : { related: `${self}/consumers/${encodeURIComponent(max.member.memberId)}` },
    max_lag_partition: max === undefined ? null : { related: `${topicUrl(request, clusterId, max.topic)}/partitions/${max.partition}` },
  };
}

async function lagsOf(ctx: RouteContext, request: FastifyRequest, reply: FastifyReply, params: GroupParams): Promise<PartitionLag[] | undefined> {
  const group = await describeGroup(ctx, request, reply, params);
  if (group === undefined) return undefined;
  const admin = await clusterAdmin(ctx, reply);
  if (admin === undefined) return undefined;
  try {
    return await groupLags(ctx, admin, request, group);
  } catch (err) {
    void sendKafkaError(reply, err);
    return undefined;
  }
}

export function registerLagRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get<{ Params: GroupParams }>('/v3/clusters/:cluster_id/consumer-groups/:consumer_group_id/lags',
    { schema: { params: groupParams, response: { 200: listSchema(consumerLagSchema), ...errors } } },
    async (request, reply) => {
      const lags = await lagsOf(ctx, request, reply, request.params);
      if (lags === undefined) return reply;
      const { cluster_id, consumer_group_id } = request.params;
      return list(`${groupUrl(request, cluster_id, consumer_group_id)}/lags`, 'KafkaConsumerLagList', lags.map((l) => lagResource(request, cluster_id, consumer_group_id, l)));
    });

  app.get<{ Params: LagParams }>('/v3/clusters/:cluster_id/consumer-groups/:consumer_group_id/lags/:topic_name/partitions/:partition_id',
    { schema: { params: groupPartitionParams, response: { 200: consumerLagSchema, ...errors } } },
    async (request, reply) => {
      const { cluster_id, consumer_group_id, topic_name, partition_id } = request.params;
      if (!ctx.acl.checkTopicDescribe(request, reply, topic_name)) return reply;
      const lags = await lagsOf(ctx, request, reply, request.params);
      if (lags === undefined) return reply;
      const lag = lags.find((l) => l.topic === topic_name && l.partition === partition_id);
      return lag === undefined
        ? sendNotFound(reply, `consumer group ${consumer_group_id} has no committed offset for ${topic_name}-${partition_id}`)
        : lagResource(request, cluster_id, consumer_group_id, lag);
    });

  app.get<{ Params: GroupParams }>('/v3/clusters/:cluster_id/consumer-groups/:consumer_group_id/lag-summary',
    { schema: { params: groupParams, response: { 200: lagSummarySchema, ...errors } } },
    async (request, reply) => {
      const lags = await lagsOf(ctx, request, reply, request.params);
      return lags === undefined ? reply : lagSummary(request, request.params.cluster_id, request.params.consumer_group_id, lags);
    });
}
