/**
 * `samsa topics`: kafka-topics.sh over the protocol (CreateTopics, CreatePartitions, DeleteTopics, Metadata).
 * Describe output follows TopicCommand's lines; `Configs:` lists the topic's overrides, read
 * with DescribeConfigs as Kafka's tool does.
 */

import { type Admin, type TopicMetadataResult } from '../admin/admin';
import { ConfigResourceTypes } from '../admin/configs';
import { type PartitionMetadata } from '../cluster/metadata-cache';
import { SamsaTopicAlreadyExists, SamsaUnknownTopic } from '../errors';
import { CliUsageError, type ParsedArgs, intArg, parseProperties, stringArg } from './args';
import { type CliIo, write } from './output';

export async function runTopics(admin: Admin, args: ParsedArgs, io: CliIo): Promise<void> {
  const actions = ['create', 'list', 'describe', 'delete', 'alter'].filter((a) => args[a] === true);
  if (actions.length !== 1) throw new CliUsageError('topics: exactly one of --create, --list, --describe, --alter, --delete is required');
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
    case 'alter':
      return alterTopic(admin, args, requireTopic(topic, 'alter'));
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

/** `--replica-assignment 1:2,2:3`: one replica list per partition, from partition 0. */
function replicaAssignmentArg(args: ParsedArgs): number[][] | undefined {
  return stringArg(args, 'replica-assignment')?.split(',').map((replicas) => replicas.split(':').map((id) => {
    const n = Number(id);
    if (!Number.isInteger(n) || n < 0) throw new CliUsageError(`--replica-assignment: '${id}' is not a broker id`);
    return n;
  }));
}

async function createTopic(admin: Admin, args: ParsedArgs, topic: string, io: CliIo): Promise<void> {
  const configEntries = [...parseProperties(args.config as string[] | undefined, 'config')].map(([name, value]) => ({ name, value }));
  const replicaAssignment = replicaAssignmentArg(args)?.map((replicas, partition) => ({ partition, replicas }));
  const created = await admin.createTopics({
    topics: [{ topic, numPartitions: intArg(args, 'partitions', 1), replicationFactor: intArg(args, 'replication-factor', 1), replicaAssignment, configEntries }],
  });
  if (!created) {
    if (args['if-not-exists']) return;
    throw new SamsaTopicAlreadyExists(topic);
  }
  await write(io.stdout, `Created topic ${topic}.\n`);
}

/**
 * TopicCommand.alterTopic (Kafka 2.8, --bootstrap-server): only the partition count can change;
 * with --replica-assignment the lists past the current count place the new partitions. Silent
 * on success, as Kafka's is.
 */
async function alterTopic(admin: Admin, args: ParsedArgs, topic: string): Promise<void> {
  const count = intArg(args, 'partitions', 1);
  if (count === undefined) throw new CliUsageError('topics --alter needs --partitions (only the partition count can be altered)');
  if (args.config !== undefined) throw new CliUsageError('Option combination "[bootstrap-server],[config]" can\'t be used with option "[alter]"');
  let current: TopicMetadataResult;
  try {
    [current] = (await admin.fetchTopicMetadata({ topics: [topic] })).topics as [TopicMetadataResult];
  } catch (err) {
    if (err instanceof SamsaUnknownTopic && args['if-exists']) return;
    if (err instanceof SamsaUnknownTopic) throw new SamsaUnknownTopic(topic, `Topic '${topic}' does not exist as expected`);
    throw err;
  }
  const assignments = replicaAssignmentArg(args)?.slice(current.partitions.length);
  await admin.createPartitions({ topicPartitions: [{ topic, count, assignments }] });
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
  const excludeInternal = args['exclude-internal'] === true;
  const configs = await topicConfigs(admin, topics.filter((t) => !(excludeInternal && t.isInternal)).map((t) => t.name));
  const out = describeLines(topics, {
    excludeInternal,
    underReplicated: args['under-replicated-partitions'] === true,
    unavailable: args['unavailable-partitions'] === true,
    underMinIsr: args['under-min-isr-partitions'] === true,
    atMinIsr: args['at-min-isr-partitions'] === true,
  }, configs);
  await write(io.stdout, out.map((l) => `${l}\n`).join(''));
}

/** What describe needs of a topic's config: its overrides (printed) and min.insync.replicas (filters). */
export interface TopicConfigSummary {
  overrides: Array<readonly [string, string]>;
  minInsyncReplicas: number | undefined;
}

async function topicConfigs(admin: Admin, names: readonly string[]): Promise<Map<string, TopicConfigSummary>> {
  if (names.length === 0) return new Map();
  const { resources } = await admin.describeConfigs({ resources: names.map((name) => ({ type: ConfigResourceTypes.TOPIC, name })) });
  return new Map(resources.map((r) => {
    const minIsr = r.configEntries.find((e) => e.configName === 'min.insync.replicas');
    const summary: TopicConfigSummary = {
      overrides: r.configEntries.filter((e) => !e.isDefault).map((e) => [e.configName, e.isSensitive ? '[hidden]' : e.configValue] as const),
      minInsyncReplicas: minIsr === undefined ? undefined : Number(minIsr.configValue),
    };
    return [r.resourceName, summary];
  }));
}

interface DescribeFilter {
  excludeInternal?: boolean;
  underReplicated?: boolean;
  unavailable?: boolean;
  /** ISR smaller than min.insync.replicas, or no leader (TopicCommand's isUnderMinIsr). */
  underMinIsr?: boolean;
  /** ISR exactly min.insync.replicas: one more failure blocks acks=all. */
  atMinIsr?: boolean;
}

/**
 * TopicCommand's describe lines. With a partition filter only matching partition lines are
 * printed, without the topic summary, as kafka-topics.sh does.
 */
export function describeLines(
  topics: readonly TopicMetadataResult[], filter: DescribeFilter = {}, configs: ReadonlyMap<string, TopicConfigSummary> = new Map(),
): string[] {
  const lines: string[] = [];
  const filtering = filter.underReplicated === true || filter.unavailable === true || filter.underMinIsr === true || filter.atMinIsr === true;
  for (const t of topics) {
    if (filter.excludeInternal && t.isInternal) continue;
    const config = configs.get(t.name);
    if (!filtering) {
      const replicationFactor = t.partitions[0]?.replicas.length ?? 0;
      const overrides = (config?.overrides ?? []).map(([k, v]) => `${k}=${v}`).join(',');
      lines.push(`Topic: ${t.name}\tPartitionCount: ${t.partitions.length}\tReplicationFactor: ${replicationFactor}\tConfigs: ${overrides}`);
    }
    for (const p of t.partitions) {
      if (filtering && !matches(p, filter, config?.minInsyncReplicas)) continue;
      lines.push(partitionLine(t.name, p));
    }
  }
  return lines;
}

function matches(p: PartitionMetadata, filter: DescribeFilter, minIsr: number | undefined): boolean {
  const unavailable = p.leader < 0;
  const underReplicated = p.isr.length < p.replicas.length;
  const underMinIsr = unavailable || (minIsr !== undefined && p.isr.length < minIsr);
  const atMinIsr = minIsr !== undefined && p.isr.length === minIsr;
  return (filter.unavailable === true && unavailable) || (filter.underReplicated === true && underReplicated)
    || (filter.underMinIsr === true && underMinIsr) || (filter.atMinIsr === true && atMinIsr);
}

function partitionLine(topic: string, p: PartitionMetadata): string {
  const leader = p.leader < 0 ? 'none' : String(p.leader);
  let line = `\tTopic: ${topic}\tPartition: ${p.partitionId}\tLeader: ${leader}\tReplicas: ${p.replicas.join(',')}\tIsr: ${p.isr.join(',')}`;
  if (p.offlineReplicas.length > 0) line += `\tOffline: ${p.offlineReplicas.join(',')}`;
  return line;
}
