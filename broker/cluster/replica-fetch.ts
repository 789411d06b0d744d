/**
 * The fetch path of the replica manager (Kafka's `ReplicaManager.fetchMessages`): read whole stored
 * batches, verbatim, from each partition's leader log (up to the HW for consumers, the LEO for
 * followers) within the request's byte limits, and park the fetch in the purgatory when fewer than
 * `min_bytes` are available (long polling) unless an error makes waiting pointless.
 */
import { ErrorCode, errorCodeOf } from '../../proto/errors';
import { DelayedFetch } from './delayed-fetch';
import { consumerReplicaId } from './partition';
import { type ReplicaAccess } from './replica-access';

/** Used when a fetch asks max_bytes 0 (the consumer's fetch.max.bytes default). */
export const fetchResponseBytesDefault = 50 * 1024 * 1024;
/** Ceiling on any fetch response (Kafka's broker-side fetch.max.bytes default, 55 MiB). */
export const fetchResponseBytesMax = 55 * 1024 * 1024;
/** Used when a partition asks partition_max_bytes 0 (max.partition.fetch.bytes default). */
export const partitionFetchBytesDefault = 1024 * 1024;
/** Bound on a long poll, whatever max_wait_ms says. */
export const fetchWaitMsMax = 60_000;

export interface FetchPartitionRequest {
  topic: string;
  partition: number;
  fetchOffset: number;
  currentLeaderEpoch: number;
  partitionMaxBytes: number;
  /** A follower's own log start offset; -1 from consumers. */
  logStartOffset: number;
}

export interface FetchParams {
  replicaId: number;
  maxWaitMs: number;
  minBytes: number;
  maxBytes: number;
  partitions: readonly FetchPartitionRequest[];
}

export interface FetchPartitionResult {
  topic: string;
  partition: number;
  errorCode: number;
  errorMessage: string;
  highWatermark: number;
  lastStableOffset: number;
  logStartOffset: number;
  records: Buffer;
}

const empty = Buffer.alloc(0);

function failed(p: FetchPartitionRequest, errorCode: number, errorMessage: string): FetchPartitionResult {
  return {
    topic: p.topic, partition: p.partition, errorCode, errorMessage,
    highWatermark: -1, lastStableOffset: -1, logStartOffset: -1, records: empty,
  };
}

/**
 * Reads every requested partition in order, sharing one response budget: each partition gets at
 * most min(partition_max_bytes, what is left), and the first partition that has data returns at
 * least one whole batch even when it is larger (KIP-74), so that a consumer always progresses.
 */
export async function readFromLocalLog(access: ReplicaAccess, params: FetchParams): Promise<FetchPartitionResult[]> {
  const requested = params.maxBytes > 0 ? params.maxBytes : fetchResponseBytesDefault;
  let remainingBytes = Math.min(requested, fetchResponseBytesMax);
  let bytesRead = 0;
  const results: FetchPartitionResult[] = [];
  for (const p of params.partitions) {
    const partition = access.partitionOrError(p.topic, p.partition);
    if (typeof partition === 'number') {
      results.push(failed(p, partition, `${p.topic}-${p.partition} is not hosted by this broker`));
      continue;
    }
    const partitionBytes = p.partitionMaxBytes > 0 ? p.partitionMaxBytes : partitionFetchBytesDefault;
    try {
      const read = await partition.readRecords({
        replicaId: params.replicaId, fetchOffset: p.fetchOffset, currentLeaderEpoch: p.currentLeaderEpoch,
        maxBytes: Math.max(0, Math.min(partitionBytes, remainingBytes)), minOneBatch: bytesRead === 0,
      });
      remainingBytes -= read.records.length;
      bytesRead += read.records.length;
      results.push({
        topic: p.topic, partition: p.partition, errorCode: ErrorCode.NONE, errorMessage: '',
        highWatermark: read.highWatermark, lastStableOffset: read.highWatermark, logStartOffset: read.logStartOffset,
        records: read.records,
      });
      if (params.replicaId !== consumerReplicaId && partition.updateFollowerFetchState(params.replicaId, p.fetchOffset, p.logStartOffset, access.nowMs())) {
        access.completeDelayedRequests(p.topic, p.partition);
      }
    } catch (err) {
      const known = errorCodeOf(err);
      if (known === undefined) {
        access.logger.error({ err, topic: p.topic, partition: p.partition }, 'read from the local log failed');
        results.push(failed(p, ErrorCode.UNKNOWN_SERVER_ERROR, `read failed: ${String(err)}`));
      } else {
        results.push(failed(p, known.code, known.message));
      }
    }
  }
  return results;
}

/** Answers at once when there is enough data, an error, or no wait asked; otherwise long-polls. */
export async function fetchMessages(access: ReplicaAccess, params: FetchParams): Promise<FetchPartitionResult[]> {
  const results = await readFromLocalLog(access, params);
  const bytesRead = results.reduce((sum, r) => sum + r.records.length, 0);
  const errored = results.some((r) => r.errorCode !== ErrorCode.NONE);
  if (params.maxWaitMs <= 0 || params.partitions.length === 0 || bytesRead >= params.minBytes || errored) return results;

  const delayMs = Math.min(params.maxWaitMs, fetchWaitMsMax);
  return new Promise<FetchPartitionResult[]>((resolve, reject) => {
    const op = new DelayedFetch(
      delayMs,
      { replicaId: params.replicaId, minBytes: params.minBytes, partitions: params.partitions },
      (t, p) => access.getPartition(t, p),
      () => readFromLocalLog(access, params).then(resolve, reject),
    );
    access.fetchPurgatory.tryCompleteElseWatch(op, op.keys());
  });
}
