/**
 * `samsa topics`: kafka-topics.sh over the protocol (CreateTopics, DeleteTopics, Metadata).
 * Describe output follows TopicCommand's lines; configs are not served over the protocol yet,
 * so `Configs:` is printed empty.
 */

import { type Admin, type TopicMetadataResult } from '../admin/admin';
import { type PartitionMetadata } from '../cluster/metadata-cache';
import { SamsaTopicAlreadyExists, SamsaUnknownTopic } from '../errors';
import { CliUsageError, type ParsedArgs, intArg, parseProperties, stringArg } from './args';
import { type CliIo, write } from './output';

export async function runTopics(admin: Admin, args: ParsedArgs, io: CliIo): Promise<void> {
  const actions = ['create', 'list', 'describe', 'delete'].filter((a) => args[a] === true);
  if (actions.length !== 1) throw new CliUsageError('topics: exactly one of --create, --list, --describe, --delete is required');
  const topic = stringArg(args, 'topic');
  switch (actions[0]) {
    case 'create':
      return createTopic(admin, args, requireTopic(topic, 'create'), io);
    case 'list': {
      const names = await listNames(admin, args);
      await write(io.stdout, names.map((n) => `${n}\n`).join(''));
      return;
    }
    case 'describe':
      return describeTopics(admin, args, topic, io);
    default:
      return deleteTopic(admin, args, requireTopic(topic, 'delete'));
  }
}

function requireTopic(topic: string | undefined, action: string): string {
  if (!topic) throw new CliUsageError(`topics --${action} needs --topic`);
  return topic;
}

async function listNames(admin: Admin, args: ParsedArgs): Promise<string[]> {
  const { topics } = await admin.fetchTopicMetadata();
  return topics.filter((t) => !(args['exclude-internal'] && t.isInternal)).map((t) => t.name);
}

async function createTopic(admin: Admin, args: ParsedArgs, topic: string, io: CliIo): Promise<void> {
  const configEntries = [...parseProperties(args.config as string[] | undefined, 'config')].map(([name, value]) => ({ name, value }));
  const assignment = stringArg(args, 'replica-assignment');
  const replicaAssignment = assignment?.split(',').map((replicas, partition) => ({
    partition,
    replicas: replicas.split(':').map((id) => {
      const n = Number(id);
      if (!Number.isInteger(n) || n < 0) throw new CliUsageError(`--replica-assignment: '${id}' is not a broker id`);
      return n;
    }),
  }));
  const created = await admin.createTopics({
    topics: [{ topic, numPartitions: intArg(args, 'partitions', 1), replicationFactor: intArg(args, 'replication-factor', 1), replicaAssignment, configEntries }],
  });
  if (!created) {
    if (args['if-not-exists']) return;
    throw new SamsaTopicAlreadyExists(topic);
  }
  await write(io.stdout, `Created topic ${topic}.\n`);
}

async function deleteTopic(admin: Admin, args: ParsedArgs, topic: string): Promise<void> {
  try {
    await admin.deleteTopics({ topics: [topic] });
  } catch (err) {
    if (err instanceof SamsaUnknownTopic && args['if-exists']) return;
    if (err instanceof SamsaUnknownTopic) throw new SamsaUnknownTopic(topic, `Topic '${topic}' does not exist as expected`);
    throw err;
  }
}

async function describeTopics(admin: Admin, args: ParsedArgs, topic: string | undefined, io: CliIo): Promise<void> {
  let topics: TopicMetadataResult[];
  try {
    topics = (await admin.fetchTopicMetadata({ topics: topic ? [topic] : undefined })).topics;
  } catch (err) {
    if (err instanceof SamsaUnknownTopic && args['if-exists']) return;
    if (err instanceof SamsaUnknownTopic) throw new SamsaUnknownTopic(topic ?? '', `Topic '${topic}' does not exist as expected`);
    throw err;
  }
  const out = describeLines(topics, {
    excludeInternal: args['exclude-internal'] === true,
    underReplicated: args['under-replicated-partitions'] === true,
    unavailable: args['unavailable-partitions'] === true,
  });
  await write(io.stdout, out.map((l) => `${l}\n`).join(''));
}

export interface DescribeFilter {
  excludeInternal?: boolean;
  underReplicated?: boolean;
  unavailable?: boolean;
}

/**
 * TopicCommand's describe lines. With a partition filter only matching partition lines are
 * printed, without the topic summary, as kafka-topics.sh does.
 */
export function describeLines(topics: readonly TopicMetadataResult[], filter: DescribeFilter = {}): string[] {
  const lines: string[] = [];
  const filtering = filter.underReplicated === true || filter.unavailable === true;
  for (const t of topics) {
    if (filter.excludeInternal && t.isInternal) continue;
    if (!filtering) {
      const replicationFactor = t.partitions[0]?.replicas.length ?? 0;
      lines.push(`Topic: ${t.name}\tPartitionCount: ${t.partitions.length}\tReplicationFactor: ${replicationFactor}\tConfigs: `);
    }
    for (const p of t.partitions) {
      if (filtering && !matches(p, filter)) continue;
      lines.push(partitionLine(t.name, p));
    }
  }
  return lines;
}

function matches(p: PartitionMetadata, filter: DescribeFilter): boolean {
  const unavailable = p.leader < 0;
  const underReplicated = p.isr.length < p.replicas.length;
  return (filter.unavailable === true && unavailable) || (filter.underReplicated === true && underReplicated);
}

function partitionLine(topic: string, p: PartitionMetadata): string {
  const leader = p.leader < 0 ? 'none' : String(p.leader);
  let line = `\tTopic: ${topic}\tPartition: ${p.partitionId}\tLeader: ${leader}\tReplicas: ${p.replicas.join(',')}\tIsr: ${p.isr.join(',')}`;
  if (p.offlineReplicas.length > 0) line += `\tOffline: ${p.offlineReplicas.join(',')}`;
  return line;
}
