/**
 * ListOffsets against partition leaders, shared by the consumer (position resets) and the
 * admin (fetchTopicOffsets). Timestamps -1 (latest: the high watermark, or the last stable
 * offset with isolation level 1, read_committed) and -2 (earliest) are Kafka's sentinels.
 */

import { ApiKey } from '../../proto/api';
import { ErrorCode, errorName } from '../../proto/errors';
import { type samsa } from '../../proto/generated/samsa';
import { type Cluster } from '../cluster/cluster';
import { int64, protocolError } from '../errors';


export interface OffsetQuery {
  topic: string;
  partition: number;
  timestamp: number;
}

export interface OffsetResult extends OffsetQuery {
  offset: number;
}

/** One ListOffsets per leader; throws the first partition error (callers retry). */
export async function listOffsets(cluster: Cluster, queries: readonly OffsetQuery[], isolationLevel = 0): Promise<OffsetResult[]> {
  const byLeader = new Map<number, OffsetQuery[]>();
  for (const q of queries) {
    const p = cluster.metadata.partition(q.topic, q.partition);
    if (!p || p.leader < 0) throw protocolError(ErrorCode.LEADER_NOT_AVAILABLE, `no leader for ${q.topic}-${q.partition}`);
    const list = byLeader.get(p.leader) ?? [];
    list.push(q);
    byLeader.set(p.leader, list);
  }
  const results = await Promise.all([...byLeader].map(([leader, list]) => listOffsetsOn(cluster, leader, list, isolationLevel)));
  return results.flat();
}

async function listOffsetsOn(cluster: Cluster, brokerId: number, queries: OffsetQuery[], isolationLevel: number): Promise<OffsetResult[]> {
  const topics = new Map<string, samsa.v1.ListOffsetsRequest.IListOffsetsPartition[]>();
  for (const q of queries) {
    const list = topics.get(q.topic) ?? [];
    const leaderEpoch = cluster.metadata.partition(q.topic, q.partition)?.leaderEpoch ?? -1;
    list.push({ partition: q.partition, timestamp: q.timestamp, currentLeaderEpoch: leaderEpoch });
    topics.set(q.topic, list);
  }
  const response = await cluster.sendToBroker<samsa.v1.IListOffsetsResponse>(brokerId, ApiKey.ListOffsets, {
    replicaId: -1,
    isolationLevel,
    topics: [...topics].map(([name, partitions]) => ({ name, partitions })),
  });
  const out: OffsetResult[] = [];
  for (const t of response.topics ?? []) {
    for (const p of t.partitions ?? []) {
      const code = p.errorCode ?? 0;
      if (code !== 0) throw protocolError(code, `${errorName(code)}: ListOffsets for ${t.name}-${p.partition}`);
      const query = queries.find((q) => q.topic === t.name && q.partition === p.partition);
      if (query) out.push({ ...query, offset: int64(p.offset) });
    }
  }
  return out;
}
