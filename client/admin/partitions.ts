/**
 * Kafka AdminClient's createPartitions, deleteRecords and describeLogDirs in KafkaJS's shapes.
 * CreatePartitions goes to the controller (NOT_CONTROLLER refreshes metadata and retries; any
 * other per-topic error fails the call, as Kafka's AdminClient completes that topic's future);
 * DeleteRecords to each partition's leader (a partition whose leader moved is retried there);
 * DescribeLogDirs to each broker asked about.
 */

import { ApiKey } from '../../proto/api';
import { ErrorCode, errorFor, errorName } from '../../proto/errors';
import { type samsa } from '../../proto/generated/samsa';
import { type Cluster } from '../cluster/cluster';
import { listOffsets } from '../consumer/list-offsets';
import { SamsaUnknownTopic, protocolError } from '../errors';

export interface CreatePartitionsOptions {
  validateOnly?: boolean;
  /** How long the controller waits for the new partitions' leaders (ms). */
  timeout?: number;
  topicPartitions: Array<{ topic: string; count: number; assignments?: number[][] }>;
}

export const createPartitionsTimeoutMsDefault = 5000;
export const deleteRecordsTimeoutMsDefault = 30_000;
/** Added to a request's own timeout for the client-side deadline of the round trip. */
const requestTimeoutMarginMs = 5000;

export async function createPartitions(cluster: Cluster, options: CreatePartitionsOptions): Promise<boolean> {
  const timeoutMs = options.timeout ?? createPartitionsTimeoutMsDefault;
  const request: samsa.v1.ICreatePartitionsRequest = {
    timeoutMs,
    validateOnly: options.validateOnly ?? false,
    topics: options.topicPartitions.map((t) => ({ name: t.topic, count: t.count, assignments: (t.assignments ?? []).map((brokerIds) => ({ brokerIds })) })),
  };
  const results = await cluster.retry(async () => {
    const response = await cluster.sendToController<samsa.v1.ICreatePartitionsResponse>(ApiKey.CreatePartitions, request, { timeoutMs: timeoutMs + requestTimeoutMarginMs });
    const list = response.results ?? [];
    const moved = list.find((r) => r.errorCode === ErrorCode.NOT_CONTROLLER);
    if (moved) throw protocolError(ErrorCode.NOT_CONTROLLER, moved.errorMessage ?? undefined);
    return list;
  });
  const failed = results.find((r) => (r.errorCode ?? 0) !== ErrorCode.NONE);
  if (failed) {
    const code = failed.errorCode ?? 0;
    const message = failed.errorMessage || `${errorName(code)}: cannot add partitions to ${failed.name}`;
    if (code === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION) throw new SamsaUnknownTopic(failed.name ?? '', message);
    throw protocolError(code, message);
  }
  if (!options.validateOnly) await cluster.refreshMetadata().catch(() => undefined);
  return true;
}

export interface RecordsToDelete {
  topic: string;
  partition: number;
  /** Records below it are deleted; -1 (or '-1'): up to the high watermark. */
  offset: number | string;
}

export interface DeleteRecordsResult {
  topic: string;
  partition: number;
  /** The partition's log start offset after the deletion; -1 on an error. */
  lowWatermark: number;
  errorCode: number;
}

function parseOffset(offset: number | string): number {
  const n = typeof offset === 'number' ? offset : Number(offset);
  if (!Number.isSafeInteger(n) || n < -1) throw protocolError(ErrorCode.OFFSET_OUT_OF_RANGE, `Invalid offset to delete records before: ${String(offset)}`);
  return n;
}

function groupByLeader(cluster: Cluster, entries: readonly RecordsToDelete[], results: Map<string, DeleteRecordsResult>): Map<number, RecordsToDelete[]> {
  const byLeader = new Map<number, RecordsToDelete[]>();
  for (const e of entries) {
    const partition = cluster.metadata.partition(e.topic, e.partition);
    if (partition === undefined) {
      results.set(`${e.partition}:${e.topic}`, { topic: e.topic, partition: e.partition, lowWatermark: -1, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION });
      continue;
    }
    if (partition.leader < 0) throw protocolError(ErrorCode.LEADER_NOT_AVAILABLE, `${e.topic}-${e.partition} has no leader`);
    byLeader.set(partition.leader, [...(byLeader.get(partition.leader) ?? []), e]);
  }
  return byLeader;
}

async function sendDeleteRecords(cluster: Cluster, leader: number, entries: readonly RecordsToDelete[], timeoutMs: number): Promise<DeleteRecordsResult[]> {
  const byTopic = new Map<string, Array<{ partition: number; offset: number }>>();
  for (const e of entries) byTopic.set(e.topic, [...(byTopic.get(e.topic) ?? []), { partition: e.partition, offset: parseOffset(e.offset) }]);
  const response = await cluster.sendToBroker<samsa.v1.IDeleteRecordsResponse>(leader, ApiKey.DeleteRecords, {
    timeoutMs, topics: [...byTopic].map(([name, partitions]) => ({ name, partitions })),
  }, { timeoutMs: timeoutMs + requestTimeoutMarginMs });
  return (response.topics ?? []).flatMap((t) => (t.partitions ?? []).map((p) => ({
    topic: t.name ?? '', partition: p.partition ?? 0, lowWatermark: p.lowWatermark ?? -1, errorCode: p.errorCode ?? 0,
  })));
}

/**
 * Per partition, in the order asked: its low watermark or its error code. A topic that does not
 * exist throws SamsaUnknownTopic (Kafka's AdminClient fails on its metadata first).
 */
export async function deleteRecords(cluster: Cluster, entries: readonly RecordsToDelete[], timeoutMs = deleteRecordsTimeoutMsDefault): Promise<DeleteRecordsResult[]> {
  for (const e of entries) parseOffset(e.offset);
  const results = new Map<string, DeleteRecordsResult>();
  const key = (e: { topic: string; partition: number }): string => `${e.partition}:${e.topic}`;
  await cluster.ensureTopicMetadata([...new Set(entries.map((e) => e.topic))]);
  await cluster.retry(async () => {
    const pending = entries.filter((e) => !results.has(key(e)));
    const byLeader = groupByLeader(cluster, pending, results);
    const answers = await Promise.all([...byLeader].map(([leader, list]) => sendDeleteRecords(cluster, leader, list, timeoutMs)));
    let retriable: DeleteRecordsResult | undefined;
    for (const r of answers.flat()) {
      // A moved leader or a not yet known partition is asked again; other errors are final.
      if (r.errorCode !== ErrorCode.NONE && r.errorCode !== ErrorCode.REQUEST_TIMED_OUT && errorFor(r.errorCode).retriable) retriable = r;
      else results.set(key(r), r);
    }
    if (retriable) throw protocolError(retriable.errorCode, `DeleteRecords ${retriable.topic}-${retriable.partition}: ${errorName(retriable.errorCode)}`);
  });
  return entries.map((e) => results.get(key(e)) ?? { topic: e.topic, partition: e.partition, lowWatermark: -1, errorCode: ErrorCode.UNKNOWN_SERVER_ERROR });
}

export interface ReplicaLogInfo {
  topic: string;
  partition: number;
  size: number;
  offsetLag: number;
  isFuture: boolean;
}

export interface BrokerLogDirs {
  broker: number;
  logDirs: Array<{ logDir: string; error: number; partitions: ReplicaLogInfo[] }>;
}

/** Every broker in the metadata when `brokers` is omitted; `topics` limits the partitions described. */
export async function describeLogDirs(cluster: Cluster, options: { brokers?: number[]; topics?: string[] } = {}): Promise<BrokerLogDirs[]> {
  await cluster.retry(() => cluster.refreshMetadata());
  const known = [...cluster.metadata.brokers.keys()].sort((a, b) => a - b);
  const brokers = options.brokers ?? known;
  const missing = brokers.filter((id) => !known.includes(id));
  if (missing.length > 0) throw protocolError(ErrorCode.BROKER_NOT_AVAILABLE, `The given brokers do not exist: ${missing.join(',')}. Current existent brokers: ${known.join(',')}`);
  const request: samsa.v1.IDescribeLogDirsRequest = { allTopics: true, topics: [] };
  return Promise.all(brokers.map(async (broker) => {
    const response = await cluster.retry(() => cluster.sendToBroker<samsa.v1.IDescribeLogDirsResponse>(broker, ApiKey.DescribeLogDirs, request));
    const code = response.errorCode ?? 0;
    if (code !== ErrorCode.NONE) throw protocolError(code, `DescribeLogDirs on broker ${broker}: ${errorName(code)}`);
    const wanted = options.topics === undefined || options.topics.length === 0 ? undefined : new Set(options.topics);
    return {
      broker,
      logDirs: (response.results ?? []).map((d) => ({
        logDir: d.logDir ?? '',
        error: d.errorCode ?? 0,
        partitions: (d.topics ?? []).filter((t) => wanted === undefined || wanted.has(t.name ?? '')).flatMap((t) => (t.partitions ?? []).map((p) => ({
          topic: t.name ?? '', partition: p.partition ?? 0, size: p.sizeBytes ?? 0, offsetLag: p.offsetLag ?? 0, isFuture: p.isFuture ?? false,
        }))),
      })),
    };
  }));
}

/** ListOffsets at `timestamp` (-1 latest, -2 earliest, or ms) for some partitions; -1 where no offset matches. */
export async function fetchOffsetsAtTime(
  cluster: Cluster, topic: string, partitions: readonly number[], timestamp: number,
): Promise<Array<{ partition: number; offset: number }>> {
  return cluster.retry(async () => {
    await cluster.ensureTopicMetadata([topic]);
    const found = await listOffsets(cluster, partitions.map((partition) => ({ topic, partition, timestamp })));
    return partitions.map((partition) => ({ partition, offset: found.find((r) => r.partition === partition)?.offset ?? -1 }));
  });
}
