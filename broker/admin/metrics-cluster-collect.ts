/**
 * What kafka_exporter (danielqsj/kafka_exporter) reads of a cluster, read here through the admin
 * API's own client (internal-client.ts) with the same requests any client sends: Metadata for
 * brokers and partitions, ListOffsets (one per leader) for each partition's oldest and current
 * offset, ListGroups, DescribeGroups and OffsetFetch for every group. A group or partition whose
 * figures cannot be had this time is left out, and the rest still reported.
 */

import type { Admin } from '../../client/admin/admin';
import type { GroupOffsets } from '../../client/admin/groups';
import type { TopicPartition } from '../../proto/topic-partition';

/** Bounds on one refresh: series a cluster this size would export, and groups described at once. */
export const clusterMetricsPartitionsMax = 100_000;
export const clusterMetricsGroupsMax = 5_000;
export const clusterMetricsGroupConcurrency = 8;

export interface PartitionSnapshot {
  partition: number;
  leader: number;
  replicas: number;
  inSyncReplicas: number;
  leaderIsPreferred: boolean;
  underReplicated: boolean;
  /** High watermark; undefined when it could not be read. */
  currentOffset: number | undefined;
  oldestOffset: number | undefined;
}

export interface GroupTopicSnapshot {
  topic: string;
  partitions: Array<{ partition: number; currentOffset: number; lag: number | undefined }>;
  currentOffsetSum: number;
  lagSum: number;
}

export interface ClusterSnapshot {
  brokers: Array<{ id: number; address: string }>;
  topics: Array<{ topic: string; partitions: PartitionSnapshot[] }>;
  groups: Array<{ group: string; members: number; topics: GroupTopicSnapshot[] }>;
  /** What the bounds left out (0 normally). */
  partitionsLeftOut: number;
  groupsLeftOut: number;
}

/**
 * kafka_exporter's lag: the partition's current offset (high watermark) minus the group's
 * committed offset, summed per topic. A topic with no partition committed is not the group's and
 * is skipped. A committed offset ahead of a high watermark read a moment earlier would give a
 * negative lag; it reads 0 instead. Lag is undefined where the high watermark is not known.
 */
export function groupTopicLags(offsets: readonly GroupOffsets[], currentOffset: (tp: TopicPartition) => number | undefined): GroupTopicSnapshot[] {
  const topics: GroupTopicSnapshot[] = [];
  for (const t of offsets) {
    const committed = t.partitions.filter((p) => p.offset >= 0);
    if (committed.length === 0) continue;
    let currentOffsetSum = 0;
    let lagSum = 0;
    const partitions = committed.map((p) => {
      currentOffsetSum += p.offset;
      const end = currentOffset({ topic: t.topic, partition: p.partition });
      const lag = end === undefined ? undefined : Math.max(0, end - p.offset);
      lagSum += lag ?? 0;
      return { partition: p.partition, currentOffset: p.offset, lag };
    });
    topics.push({ topic: t.topic, partitions, currentOffsetSum, lagSum });
  }
  return topics;
}

async function topicSnapshots(admin: Admin): Promise<Pick<ClusterSnapshot, 'topics' | 'partitionsLeftOut'>> {
  const metadata = (await admin.fetchTopicMetadata()).topics;
  let budget = clusterMetricsPartitionsMax;
  let partitionsLeftOut = 0;
  const kept = metadata.map((t) => {
    const take = Math.min(budget, t.partitions.length);
    budget -= take;
    partitionsLeftOut += t.partitions.length - take;
    return { topic: t.name, partitions: [...t.partitions].sort((a, b) => a.partitionId - b.partitionId).slice(0, take) };
  }).filter((t) => t.partitions.length > 0);
  const offsets = await admin.fetchPartitionOffsets(kept.flatMap((t) => t.partitions.map((p) => ({ topic: t.topic, partition: p.partitionId }))));
  const byKey = new Map(offsets.map((o) => [`${o.topic}\u0000${o.partition}`, o]));
  const topics = kept.map((t) => ({
    topic: t.topic,
    partitions: t.partitions.map((p): PartitionSnapshot => {
      const o = byKey.get(`${t.topic}\u0000${p.partitionId}`);
      return {
        partition: p.partitionId, leader: p.leader, replicas: p.replicas.length, inSyncReplicas: p.isr.length,
        leaderIsPreferred: p.leader >= 0 && p.leader === p.replicas[0], underReplicated: p.isr.length < p.replicas.length,
        currentOffset: o !== undefined && o.latest >= 0 ? o.latest : undefined,
        oldestOffset: o !== undefined && o.earliest >= 0 ? o.earliest : undefined,
      };
    }),
  }));
  return { topics, partitionsLeftOut };
}

async function groupSnapshots(admin: Admin, currentOffset: (tp: TopicPartition) => number | undefined): Promise<Pick<ClusterSnapshot, 'groups' | 'groupsLeftOut'>> {
  const listed = (await admin.listGroups()).groups.map((g) => g.groupId);
  const ids = listed.slice(0, clusterMetricsGroupsMax);
  const groups: ClusterSnapshot['groups'] = [];
  for (let i = 0; i < ids.length; i += clusterMetricsGroupConcurrency) {
    const batch = await Promise.all(ids.slice(i, i + clusterMetricsGroupConcurrency).map(async (group) => {
      try {
        const [description, offsets] = await Promise.all([admin.describeGroup(group), admin.fetchOffsets({ groupId: group })]);
        return { group, members: description.members.length, topics: groupTopicLags(offsets, currentOffset) };
      } catch {
        return undefined;
      }
    }));
    for (const g of batch) if (g !== undefined) groups.push(g);
  }
  return { groups, groupsLeftOut: listed.length - ids.length };
}

/** One refresh of the cluster-wide figures. */
export async function collectClusterSnapshot(admin: Admin): Promise<ClusterSnapshot> {
  const cluster = await admin.describeCluster();
  const brokers = cluster.brokers.map((b) => ({ id: b.nodeId, address: `${b.host}:${b.port}` }));
  const { topics, partitionsLeftOut } = await topicSnapshots(admin);
  const ends = new Map<string, Map<number, number>>();
  for (const t of topics) {
    const byPartition = new Map<number, number>();
    for (const p of t.partitions) if (p.currentOffset !== undefined) byPartition.set(p.partition, p.currentOffset);
    ends.set(t.topic, byPartition);
  }
  const { groups, groupsLeftOut } = await groupSnapshots(admin, (tp) => ends.get(tp.topic)?.get(tp.partition));
  return { brokers, topics, groups, partitionsLeftOut, groupsLeftOut };
}
