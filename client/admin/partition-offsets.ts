/**
 * Log start and end offsets of many partitions at once, as Kafka's AdminClient.listOffsets answers
 * them: one ListOffsets per leader for the earliest and one for the latest offset, whatever the
 * number of topics, and an error per partition rather than for the whole call, so that one
 * leaderless partition leaves the others' figures standing (a monitoring caller wants what can be
 * known). The cluster metadata must already name the partitions' leaders.
 */

import { ApiKey } from '../../proto/api';
import { ErrorCode, errorCodeOf } from '../../proto/errors';
import { type samsa } from '../../proto/generated/samsa';
import { earliestTimestamp, latestTimestamp } from '../../proto/sentinels';
import { type TopicPartition } from '../../proto/topic-partition';
import { type Cluster } from '../cluster/cluster';
import { int64 } from '../errors';

export interface PartitionOffsetsResult {
  topic: string;
  partition: number;
  /** Log start offset; -1 when unknown. */
  earliest: number;
  /** High watermark (what consumers can read up to); -1 when unknown. */
  latest: number;
  /** The first error met for this partition; NONE when both offsets are known. */
  errorCode: number;
}

type Offsets = Map<string, Map<number, PartitionOffsetsResult>>;

function resultFor(results: Offsets, topic: string, partition: number): PartitionOffsetsResult | undefined {
  return results.get(topic)?.get(partition);
}

async function askLeader(cluster: Cluster, leader: number, partitions: readonly TopicPartition[], timestamp: number, results: Offsets): Promise<void> {
  const topics = new Map<string, samsa.v1.ListOffsetsRequest.IListOffsetsPartition[]>();
  for (const p of partitions) {
    const list = topics.get(p.topic) ?? [];
    list.push({ partition: p.partition, timestamp, currentLeaderEpoch: cluster.metadata.partition(p.topic, p.partition)?.leaderEpoch ?? -1 });
    topics.set(p.topic, list);
  }
  try {
    const response = await cluster.sendToBroker<samsa.v1.IListOffsetsResponse>(leader, ApiKey.ListOffsets, {
      replicaId: -1, isolationLevel: 0, topics: [...topics].map(([name, list]) => ({ name, partitions: list })),
    });
    for (const t of response.topics ?? []) {
      for (const p of t.partitions ?? []) {
        const result = resultFor(results, t.name ?? '', p.partition ?? -1);
        if (result === undefined) continue;
        const code = p.errorCode ?? ErrorCode.NONE;
        if (code !== ErrorCode.NONE) result.errorCode ||= code;
        else if (timestamp === latestTimestamp) result.latest = int64(p.offset);
        else result.earliest = int64(p.offset);
      }
    }
  } catch (err) {
    const code = errorCodeOf(err)?.code ?? ErrorCode.NETWORK_EXCEPTION;
    for (const p of partitions) {
      const result = resultFor(results, p.topic, p.partition);
      if (result !== undefined) result.errorCode ||= code;
    }
  }
}

/** Earliest and latest offsets of `partitions`, asked of their leaders in the current metadata. */
export async function listPartitionOffsets(cluster: Cluster, partitions: readonly TopicPartition[]): Promise<PartitionOffsetsResult[]> {
  const results: Offsets = new Map();
  const byLeader = new Map<number, TopicPartition[]>();
  const ordered: PartitionOffsetsResult[] = [];
  for (const p of partitions) {
    const result: PartitionOffsetsResult = { topic: p.topic, partition: p.partition, earliest: -1, latest: -1, errorCode: ErrorCode.NONE };
    ordered.push(result);
    let byPartition = results.get(p.topic);
    if (byPartition === undefined) results.set(p.topic, byPartition = new Map());
    byPartition.set(p.partition, result);
    const leader = cluster.metadata.partition(p.topic, p.partition)?.leader ?? -1;
    if (leader < 0) {
      result.errorCode = ErrorCode.LEADER_NOT_AVAILABLE;
      continue;
    }
    const list = byLeader.get(leader) ?? [];
    list.push(p);
    byLeader.set(leader, list);
  }
  await Promise.all([...byLeader].flatMap(([leader, list]) => [
    askLeader(cluster, leader, list, latestTimestamp, results),
    askLeader(cluster, leader, list, earliestTimestamp, results),
  ]));
  return ordered;
}
