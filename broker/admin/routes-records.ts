/**
 * Samsa's extension to REST v3 for browsing records (the web console's message browser; Confluent's
 * v3 has no consume route): GET .../topics/{t}/partitions/{p}/records?offset=N|timestamp=ms&max_records=K
 * answers `{kind: 'KafkaRecordList', metadata, data: [...], next_offset}` with at most K records
 * from offset N (or from the first record at or after the timestamp; from the log start when
 * neither is given), below the high watermark. Keys, values and header values are base64: the
 * reader decodes them. The records are read by a consumer of the cluster client made for the
 * request (no group), bounded in records, bytes and time. Needs Read on the topic, as Fetch does.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ConsumerMessage } from '../../client/consumer/messages';
import { AclOperation, ResourceType } from '../security/acl';
import type { AdminClusterClient } from './cluster-access';
import { browsedRecord } from './rest-records';
import { type PartitionParams, type RouteContext, checkCluster, clusterAdmin, sendError, sendKafkaError, sendNotFound, topicUrl } from './routes-common';
import { errorSchema, partitionParams } from './schemas';
import { recordListSchema } from './schemas-records';

export const recordsBrowseDefault = 20;
export const recordsBrowseMax = 500;
/** Bound on waiting for records below the high watermark (control records of transactions never arrive). */
export const recordsBrowseWaitMs = 3_000;
/** Bound on the bytes one browse fetches from the partition. */
export const recordsBrowseFetchBytesMax = 4 * 1024 * 1024;

interface BrowseQuery { offset?: number; timestamp?: number; max_records?: number }

const browseQuery = {
  type: 'object',
  properties: {
    offset: { type: 'integer', minimum: 0 },
    timestamp: { type: 'integer', minimum: 0 },
    max_records: { type: 'integer', minimum: 1, maximum: recordsBrowseMax, default: recordsBrowseDefault },
  },
  additionalProperties: false,
} as const;

/** Records from `start` while below `end`, at most `max`, within `recordsBrowseWaitMs`. */
async function readRecords(cluster: AdminClusterClient, topic: string, partition: number, start: number, end: number, max: number): Promise<ConsumerMessage[]> {
  const consumer = cluster.samsa().consumer({ maxBytesPerPartition: recordsBrowseFetchBytesMax, maxBytes: recordsBrowseFetchBytesMax, prefetchBytesMax: recordsBrowseFetchBytesMax });
  const records: ConsumerMessage[] = [];
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => { timer = setTimeout(() => resolve('timeout'), recordsBrowseWaitMs); });
  try {
    await consumer.connect();
    consumer.assign([{ topic, partition }]);
    await consumer.seek({ topic, partition, offset: start });
    const iterator = consumer[Symbol.asyncIterator]();
    while (records.length < max) {
      const next = await Promise.race([iterator.next(), deadline]);
      if (next === 'timeout' || next.done === true) break;
      if (next.value.offset >= end) break;
      records.push(next.value);
      if (next.value.offset >= end - 1) break;
    }
  } finally {
    clearTimeout(timer);
    void consumer.disconnect().catch(() => undefined);
  }
  return records;
}

async function browse(ctx: RouteContext, request: FastifyRequest<{ Params: PartitionParams; Querystring: BrowseQuery }>, reply: FastifyReply) {
  const { cluster_id, topic_name, partition_id } = request.params;
  const { offset, timestamp, max_records: max = recordsBrowseDefault } = request.query;
  if (offset !== undefined && timestamp !== undefined) return sendError(reply, 400, 'give offset or timestamp, not both');
  const admin = await clusterAdmin(ctx, reply);
  if (admin === undefined) return reply;
  try {
    const bounds = (await admin.fetchTopicOffsets(topic_name)).find((o) => o.partition === partition_id);
    if (bounds === undefined) return sendNotFound(reply, `partition ${partition_id} of topic ${topic_name} not found`);
    let start = Math.min(Math.max(offset ?? bounds.low, bounds.low), bounds.high);
    if (timestamp !== undefined) {
      const found = (await admin.fetchTopicOffsetsByTimestamp(topic_name, timestamp)).find((o) => o.partition === partition_id);
      start = Math.max(found?.offset ?? bounds.high, bounds.low);
    }
    const records = start >= bounds.high ? [] : await readRecords(ctx.cluster!, topic_name, partition_id, start, bounds.high, max);
    const last = records.at(-1);
    const self = `${topicUrl(request, cluster_id, topic_name)}/partitions/${partition_id}/records`;
    return {
      kind: 'KafkaRecordList', metadata: { self, next: null },
      data: records.map(browsedRecord), next_offset: last === undefined ? start : last.offset + 1,
    };
  } catch (err) {
    return sendKafkaError(reply, err);
  }
}

export function registerRecordsRoute(app: FastifyInstance, ctx: RouteContext): void {
  app.get<{ Params: PartitionParams; Querystring: BrowseQuery }>('/v3/clusters/:cluster_id/topics/:topic_name/partitions/:partition_id/records', {
    schema: {
      description: 'Samsa extension: browse records of one partition from an offset or a timestamp.',
      params: partitionParams, querystring: browseQuery,
      response: { 200: recordListSchema, 400: errorSchema, 403: errorSchema, 404: errorSchema, 500: errorSchema, 503: errorSchema },
    },
  }, async (request, reply) => {
    const { cluster_id, topic_name, partition_id } = request.params;
    if (!checkCluster(ctx.source, cluster_id, reply) || !ctx.acl.check(request, reply, AclOperation.READ, ResourceType.TOPIC, topic_name)) return reply;
    const topic = ctx.source.topic(topic_name);
    if (topic === undefined) return sendNotFound(reply, `topic ${topic_name} not found`);
    if (!topic.partitions.some((p) => p.partitionId === partition_id)) return sendNotFound(reply, `partition ${partition_id} of topic ${topic_name} not found`);
    return browse(ctx, request, reply);
  });
}
