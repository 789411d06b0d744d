/**
 * The JSON files of kafka-reassign-partitions.sh: topics to move
 * ({"version":1,"topics":[{"topic":"t"}]}) and reassignments
 * ({"version":1,"partitions":[{"topic","partition","replicas",[..],"log_dirs":["any",..]}]}),
 * validated as ReassignPartitionsCommand does before anything is written.
 */

import { CliUsageError } from '../../client/cli/args';
import { type TopicPartition, compareTopicPartitions, topicPartitionKey } from '../../proto/topic-partition';

export interface PartitionReplicas {
  topic: string;
  partition: number;
  replicas: number[];
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CliUsageError(`${what}: not JSON (${(err as Error).message})`);
  }
}

export function parseTopicsToMoveJson(text: string): string[] {
  const topics = (parseJson(text, '--topics-to-move-json-file') as { topics?: unknown } | null)?.topics;
  if (!Array.isArray(topics)) throw new CliUsageError('--topics-to-move-json-file: expected {"version":1,"topics":[{"topic":"t"}]}');
  const names = topics.map((t: unknown) => {
    const name = (t as { topic?: unknown } | null)?.topic;
    if (typeof name !== 'string' || name.length === 0) throw new CliUsageError(`--topics-to-move-json-file: bad entry ${JSON.stringify(t)}`);
    return name;
  });
  const duplicates = names.filter((n, i) => names.indexOf(n) !== i);
  if (duplicates.length > 0) throw new CliUsageError(`List of topics to reassign contains duplicate entries: ${[...new Set(duplicates)].join(',')}`);
  return names;
}

/** Partitions with their target replicas; empty lists, duplicate partitions and duplicate replicas are refused. */
export function parseReassignmentJson(text: string): PartitionReplicas[] {
  const list = (parseJson(text, '--reassignment-json-file') as { partitions?: unknown } | null)?.partitions;
  if (!Array.isArray(list)) throw new CliUsageError('--reassignment-json-file: expected {"version":1,"partitions":[...]}');
  if (list.length === 0) throw new CliUsageError('Partition reassignment data file is empty');
  const entries = list.map((entry: unknown) => {
    const e = entry as { topic?: unknown; partition?: unknown; replicas?: unknown } | null;
    const ok = e !== null && typeof e.topic === 'string' && Number.isInteger(e.partition) && (e.partition as number) >= 0
      && Array.isArray(e.replicas) && e.replicas.length > 0 && e.replicas.every((r) => Number.isInteger(r) && r >= 0);
    if (!ok) throw new CliUsageError(`--reassignment-json-file: bad entry ${JSON.stringify(entry)}`);
    return { topic: e.topic as string, partition: e.partition as number, replicas: e.replicas as number[] };
  });
  const keys = entries.map(topicPartitionKey);
  const duplicates = keys.filter((k, i) => keys.indexOf(k) !== i);
  if (duplicates.length > 0) throw new CliUsageError(`Partition reassignment contains duplicate topic partitions: ${[...new Set(duplicates)].join(',')}`);
  for (const e of entries) {
    const repeated = e.replicas.find((r, i) => e.replicas.indexOf(r) !== i);
    if (repeated !== undefined) {
      throw new CliUsageError(`Partition replica lists may not contain duplicate entries: ${topicPartitionKey(e)} contains multiple entries for ${repeated}.`);
    }
  }
  return entries;
}

/** Kafka's compact JSON, sorted by topic then partition; log_dirs "any" for each replica. */
export function formatReassignmentJson(entries: readonly PartitionReplicas[]): string {
  const partitions = sortPartitions(entries).map((e) => ({
    topic: e.topic, partition: e.partition, replicas: e.replicas, log_dirs: e.replicas.map(() => 'any'),
  }));
  return JSON.stringify({ version: 1, partitions });
}

export function sortPartitions<T extends TopicPartition>(entries: readonly T[]): T[] {
  return [...entries].sort(compareTopicPartitions);
}

/** "1,2,3" with no duplicates (Kafka: "Broker list contains duplicate entries"). */
export function parseBrokerList(text: string | undefined): number[] {
  if (text === undefined) throw new CliUsageError('reassign-partitions --generate needs --broker-list');
  const ids = text.split(',').map((s) => s.trim()).filter((s) => s.length > 0).map((s) => {
    const n = Number(s);
    if (!Number.isInteger(n) || n < 0) throw new CliUsageError(`--broker-list: '${s}' is not a broker id`);
    return n;
  });
  if (ids.length === 0) throw new CliUsageError('--broker-list is empty');
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (duplicates.length > 0) throw new CliUsageError(`Broker list contains duplicate entries: ${[...new Set(duplicates)].join(',')}`);
  return ids;
}
