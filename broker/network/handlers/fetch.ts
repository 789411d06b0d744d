/**
 * Fetch (1): stored batches, verbatim, from each partition's leader: up to the high watermark for
 * consumers (replica_id -1), up to the log end for followers. Long-polls until min_bytes or
 * max_wait_ms (DelayedFetch); the response is bounded by max_bytes and partition_max_bytes but
 * always carries at least one batch when there is one (KIP-74).
 */
import { ErrorCode } from '../../../proto/errors';
import type { samsa } from '../../../proto/generated/samsa';
import type { FetchPartitionRequest, FetchPartitionResult } from '../../cluster/replica-fetch';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

type FetchResponse = samsa.v1.IFetchResponse;

function toPartitionRequests(body: samsa.v1.IFetchRequest): FetchPartitionRequest[] {
  const partitions: FetchPartitionRequest[] = [];
  for (const t of body.topics ?? []) {
    for (const p of t.partitions ?? []) {
      partitions.push({
        topic: t.name ?? '', partition: p.partition ?? 0, fetchOffset: p.fetchOffset ?? 0,
        currentLeaderEpoch: p.currentLeaderEpoch ?? -1, partitionMaxBytes: p.partitionMaxBytes ?? 0,
        logStartOffset: p.logStartOffset ?? -1,
      });
    }
  }
  return partitions;
}

function buildResponse(results: readonly FetchPartitionResult[]): FetchResponse {
  const byTopic = new Map<string, samsa.v1.FetchResponse.IPartitionData[]>();
  for (const r of results) {
    let list = byTopic.get(r.topic);
    if (list === undefined) {
      list = [];
      byTopic.set(r.topic, list);
    }
    list.push({
      partition: r.partition, errorCode: r.errorCode, highWatermark: r.highWatermark,
      lastStableOffset: r.lastStableOffset, logStartOffset: r.logStartOffset, records: r.records,
    });
  }
  return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, topics: [...byTopic].map(([name, partitions]) => ({ name, partitions })) };
}

export function fetchHandler(services: BrokerServices): RequestHandler {
  return async (_ctx, body: samsa.v1.IFetchRequest): Promise<FetchResponse> => {
    const results = await services.replicaManager.fetchMessages({
      replicaId: body.replicaId ?? -1, maxWaitMs: body.maxWaitMs ?? 0, minBytes: body.minBytes ?? 0,
      maxBytes: body.maxBytes ?? 0, partitions: toPartitionRequests(body),
    });
    return buildResponse(results);
  };
}
