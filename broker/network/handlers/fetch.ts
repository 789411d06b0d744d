/**
 * Fetch (1): stored batches, verbatim, from each partition's leader: up to the high watermark for
 * consumers (replica_id -1), up to the last stable offset for read_committed consumers (isolation
 * level 1, with the aborted transactions overlapping what is returned), up to the log end for
 * followers. Every answer carries the last stable offset. Long-polls until min_bytes or
 * max_wait_ms (DelayedFetch); the response is bounded by max_bytes and partition_max_bytes but
 * always carries at least one batch when there is one (KIP-74).
 *
 * Fetch sizes must be positive (proto/README.md, INVALID_FETCH_SIZE): a size of 0 or less could
 * only mean "nothing", and proto3 cannot tell 0 from a field the client forgot, so the broker
 * refuses it rather than guess. A bad max_bytes fails the whole request (a top-level error with
 * no partitions, the shape of Kafka's request-wide fetch errors); a bad partition_max_bytes
 * fails only its partition, and the others are read at once without a long poll, as when any
 * partition fails in Kafka's ReplicaManager.
 *
 * Authorization (KafkaApis.handleFetchRequest): a follower (replica_id >= 0) needs ClusterAction
 * on the cluster, else every partition is answered TOPIC_AUTHORIZATION_FAILED; a consumer needs
 * Read on each topic, else that topic's partitions are. Refused partitions are never read, and
 * the rest long-poll as usual.
 */
import { ErrorCode } from '../../../proto/errors';
import type { FetchPartitionData, FetchRequest, FetchResponse } from '../../api/fetch';
import type { FetchPartitionRequest, FetchPartitionResult } from '../../cluster/replica-data-plane';
import { AclOperation, ResourceType } from '../../security/acl';
import { requestAuthorization } from '../../security/authorize';
import type { RequestContext, RequestHandler } from '../request';
import type { BrokerServices } from './index';

function toPartitionRequests(body: FetchRequest): FetchPartitionRequest[] {
  const partitions: FetchPartitionRequest[] = [];
  for (const t of body.topics) {
    for (const p of t.partitions) {
      partitions.push({
        topic: t.name, partition: p.partition, fetchOffset: p.fetchOffset, currentLeaderEpoch: p.currentLeaderEpoch,
        partitionMaxBytes: p.partitionMaxBytes, logStartOffset: p.logStartOffset,
      });
    }
  }
  return partitions;
}

function refusedPartition(p: FetchPartitionRequest, errorCode: number, errorMessage: string): FetchPartitionResult {
  return {
    topic: p.topic, partition: p.partition, errorCode, errorMessage, highWatermark: -1, lastStableOffset: -1, logStartOffset: -1, records: Buffer.alloc(0),
  };
}

/** The topics this fetch may read: all for a follower with ClusterAction, none for one without, else those with Read. */
function readableTopics(services: BrokerServices, ctx: RequestContext, body: FetchRequest): (topic: string) => boolean {
  const auth = requestAuthorization(services, ctx);
  if (body.replicaId >= 0) {
    const allowed = auth.allowsCluster(AclOperation.CLUSTER_ACTION);
    return () => allowed;
  }
  const readable = auth.authorizedNames(AclOperation.READ, ResourceType.TOPIC, body.topics.map((t) => t.name));
  return (topic) => readable.has(topic);
}

function buildResponse(results: readonly FetchPartitionResult[]): FetchResponse {
  const byTopic = new Map<string, FetchPartitionData[]>();
  for (const r of results) {
    let list = byTopic.get(r.topic);
    if (list === undefined) {
      list = [];
      byTopic.set(r.topic, list);
    }
    const data: FetchPartitionData = {
      partition: r.partition, errorCode: r.errorCode, highWatermark: r.highWatermark,
      lastStableOffset: r.lastStableOffset, logStartOffset: r.logStartOffset, records: r.records,
    };
    if (r.abortedTransactions !== undefined) data.abortedTransactions = r.abortedTransactions;
    list.push(data);
  }
  return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, topics: [...byTopic].map(([name, partitions]) => ({ name, partitions })) };
}

export function fetchHandler(services: BrokerServices): RequestHandler<FetchRequest, FetchResponse> {
  return async (ctx, body) => {
    const maxBytes = body.maxBytes;
    if (maxBytes <= 0) return { throttleTimeMs: 0, errorCode: ErrorCode.INVALID_FETCH_SIZE, topics: [] };
    const authorized = readableTopics(services, ctx, body);
    const requested = toPartitionRequests(body);
    const refusal = (p: FetchPartitionRequest): FetchPartitionResult | undefined => {
      if (!authorized(p.topic)) return refusedPartition(p, ErrorCode.TOPIC_AUTHORIZATION_FAILED, `not authorized to read topic '${p.topic}'`);
      if (p.partitionMaxBytes <= 0) return refusedPartition(p, ErrorCode.INVALID_FETCH_SIZE, `partition_max_bytes ${p.partitionMaxBytes} is not positive`);
      return undefined;
    };
    const refusals = requested.map(refusal);
    const readable = requested.filter((_p, i) => refusals[i] === undefined);
    const anyInvalid = refusals.some((r) => r?.errorCode === ErrorCode.INVALID_FETCH_SIZE);
    const read = readable.length === 0 ? [] : await services.replicaDataPlane.fetchMessages({
      replicaId: body.replicaId, maxWaitMs: anyInvalid ? 0 : body.maxWaitMs, minBytes: body.minBytes,
      maxBytes, partitions: readable, isolationLevel: body.isolationLevel,
    });
    // The replica manager answers its partitions in the order given: merge back in request order.
    let next = 0;
    return buildResponse(refusals.map((r) => r ?? read[next++]!));
  };
}
