/**
 * The cluster as the REST v3 routes describe it, in the shapes the console reads. Partitions
 * carry Samsa's `leader_id`/`replicas`/`isr` arrays and offsets; a field the API leaves out is
 * shown as unknown rather than guessed.
 */
import { type Related, clusterPath, get, idOf, listAll, mapBounded, seg } from './api.js';

export interface Broker { broker_id: number; host: string; port: number; rack: string | null }
export interface Cluster { cluster_id: string; controller: Related | null }
export interface Topic { topic_name: string; is_internal: boolean; replication_factor: number; partitions_count: number }
export interface Partition {
  partition_id: number;
  leader?: Related | null;
  leader_id?: number;
  replicas?: number[] | Related;
  isr?: number[];
  log_start_offset?: number | null;
  high_watermark?: number | null;
  log_end_offset?: number | null;
  earliest_offset?: number | null;
  latest_offset?: number | null;
  size?: number | null;
  size_bytes?: number | null;
}

/** Topics fetched at once for the overview's health counts. */
export const partitionFetchConcurrency = 6;

export async function fetchTopics(): Promise<Topic[]> {
  const topics = await listAll<Topic>(`${await clusterPath()}/topics`);
  return topics.sort((a, b) => a.topic_name.localeCompare(b.topic_name));
}

export async function fetchPartitions(topic: string): Promise<Partition[]> {
  const partitions = await listAll<Partition>(`${await clusterPath()}/topics/${seg(topic)}/partitions`);
  return partitions.sort((a, b) => a.partition_id - b.partition_id);
}

export async function fetchAllPartitions(topics: Topic[]): Promise<Array<{ topic: string; partitions: Partition[] }>> {
  return mapBounded(topics, partitionFetchConcurrency, async (t) => ({ topic: t.topic_name, partitions: await fetchPartitions(t.topic_name) }));
}

export function leaderOf(p: Partition): number | undefined {
  if (typeof p.leader_id === 'number') return p.leader_id >= 0 ? p.leader_id : undefined;
  return idOf(p.leader);
}

export function replicasOf(p: Partition): number[] | undefined {
  return Array.isArray(p.replicas) ? p.replicas : undefined;
}

export const isOffline = (p: Partition): boolean => leaderOf(p) === undefined;

export function isUnderReplicated(p: Partition): boolean {
  const replicas = replicasOf(p);
  return replicas !== undefined && p.isr !== undefined && p.isr.length < replicas.length;
}

export function earliestOffset(p: Partition): number | null {
  return p.log_start_offset ?? p.earliest_offset ?? null;
}

export function latestOffset(p: Partition): number | null {
  return p.high_watermark ?? p.latest_offset ?? null;
}

export function sizeOf(p: Partition): number | null {
  return p.size_bytes ?? p.size ?? null;
}

export async function fetchCluster(): Promise<{ cluster: Cluster; brokers: Broker[] }> {
  const path = await clusterPath();
  const [cluster, brokers] = await Promise.all([get<Cluster>(path), listAll<Broker>(`${path}/brokers`)]);
  return { cluster, brokers: brokers.sort((a, b) => a.broker_id - b.broker_id) };
}
