/**
 * Topic creation shared by CreateTopics and Metadata auto-creation (Kafka's `AdminManager.createTopics`
 * and `AdminZkClient.createTopic`): validate name, counts, explicit assignment and configs; compute
 * the assignment over the live brokers of the metadata cache; write /config/topics/<t> and
 * /brokers/topics/<t> to ZooKeeper. The controller reacts to the new znode and elects leaders.
 */
import { ErrorCode } from '../../../proto/errors';
import { topicNameProblem } from '../../../proto/topic-name';
import { TopicExistsError } from '../../../zk/kafka-zk-client';
import { InvalidPartitionsError, InvalidReplicationFactorError, assignReplicasToBrokers } from '../../controller/replica-assignment';
import { LogConfigError, parseTopicConfig } from '../../log/log-config';
import type { BrokerServices } from './index';

/** Bound on partitions per topic from one request. */
export const topicPartitionsMax = 10_000;

export interface TopicCreationSpec {
  name: string;
  /** 0 or -1: the broker's num.partitions. */
  numPartitions: number;
  /** 0 or -1: the broker's default.replication.factor. */
  replicationFactor: number;
  assignments: { partition: number; brokerIds: number[] }[];
  configs: Record<string, string>;
}

export interface TopicCreationResult {
  errorCode: number;
  errorMessage: string;
  numPartitions: number;
  replicationFactor: number;
}

type Plan = { ok: true; assignment: Map<number, number[]>; numPartitions: number; replicationFactor: number } | { ok: false; errorCode: number; errorMessage: string };

function fail(errorCode: number, errorMessage: string): Plan {
  return { ok: false, errorCode, errorMessage };
}

function planExplicitAssignment(spec: TopicCreationSpec, liveBrokerIds: ReadonlySet<number>): Plan {
  if (spec.numPartitions > 0 || spec.replicationFactor > 0) {
    return fail(ErrorCode.INVALID_REQUEST, 'Both numPartitions or replicationFactor and replicasAssignments were set. Both cannot be used at the same time.');
  }
  const sorted = [...spec.assignments].sort((a, b) => a.partition - b.partition);
  if (sorted.length > topicPartitionsMax) return fail(ErrorCode.INVALID_PARTITIONS, `Number of partitions ${sorted.length} is above ${topicPartitionsMax}.`);
  const replicationFactor = sorted[0]?.brokerIds.length ?? 0;
  const assignment = new Map<number, number[]>();
  for (const [index, a] of sorted.entries()) {
    if (a.partition !== index) return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, 'Partitions should be a consecutive 0-based integer sequence.');
    if (a.brokerIds.length === 0) return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `Partition ${a.partition} has an empty replica list.`);
    if (new Set(a.brokerIds).size !== a.brokerIds.length) {
      return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `Duplicate replica assignment found for partition ${a.partition}: ${a.brokerIds.join(',')}.`);
    }
    if (a.brokerIds.length !== replicationFactor) return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, 'All partitions should have the same number of replicas.');
    const unknown = a.brokerIds.filter((id) => !liveBrokerIds.has(id));
    if (unknown.length > 0) return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `Unknown broker(s) in replica assignment: ${unknown.join(', ')}.`);
    assignment.set(a.partition, [...a.brokerIds]);
  }
  return { ok: true, assignment, numPartitions: sorted.length, replicationFactor };
}

function planComputedAssignment(spec: TopicCreationSpec, services: BrokerServices, liveBrokerIds: ReadonlySet<number>): Plan {
  const numPartitions = spec.numPartitions === 0 || spec.numPartitions === -1 ? services.config.numPartitions : spec.numPartitions;
  const replicationFactor = spec.replicationFactor === 0 || spec.replicationFactor === -1
    ? services.config.defaultReplicationFactor : spec.replicationFactor;
  if (numPartitions < 1) return fail(ErrorCode.INVALID_PARTITIONS, 'Number of partitions must be larger than 0.');
  if (numPartitions > topicPartitionsMax) return fail(ErrorCode.INVALID_PARTITIONS, `Number of partitions ${numPartitions} is above ${topicPartitionsMax}.`);
  if (replicationFactor < 1) return fail(ErrorCode.INVALID_REPLICATION_FACTOR, 'Replication factor must be larger than 0.');
  try {
    const assignment = assignReplicasToBrokers([...liveBrokerIds], numPartitions, replicationFactor);
    return { ok: true, assignment, numPartitions, replicationFactor };
  } catch (err) {
    if (err instanceof InvalidReplicationFactorError) return fail(ErrorCode.INVALID_REPLICATION_FACTOR, err.message);
    if (err instanceof InvalidPartitionsError) return fail(ErrorCode.INVALID_PARTITIONS, err.message);
    throw err;
  }
}

/** Kafka's metric-name collision rule: '.' and '_' are the same character in metric names. */
function collidingTopic(name: string, existing: readonly string[]): string | undefined {
  const normalized = name.replace(/\./g, '_');
  return existing.find((t) => t !== name && t.replace(/\./g, '_') === normalized);
}

/** Validates a creation and computes its assignment; touches nothing. */
export function planTopicCreation(spec: TopicCreationSpec, services: BrokerServices): Plan {
  const problem = topicNameProblem(spec.name);
  if (problem !== undefined) return fail(ErrorCode.INVALID_TOPIC_EXCEPTION, problem);
  const cache = services.metadataCache;
  if (cache.contains(spec.name)) return fail(ErrorCode.TOPIC_ALREADY_EXISTS, `Topic '${spec.name}' already exists.`);
  const collision = collidingTopic(spec.name, cache.allTopics());
  if (collision !== undefined) return fail(ErrorCode.INVALID_TOPIC_EXCEPTION, `Topic '${spec.name}' collides with existing topic: ${collision}`);
  try {
    parseTopicConfig(spec.configs, services.config.logDefaults);
  } catch (err) {
    if (err instanceof LogConfigError) return fail(ErrorCode.INVALID_CONFIG, err.message);
    throw err;
  }
  const liveBrokerIds = new Set(cache.aliveBrokers().map((b) => b.id));
  return spec.assignments.length > 0 ? planExplicitAssignment(spec, liveBrokerIds) : planComputedAssignment(spec, services, liveBrokerIds);
}

/** Validates and (unless validateOnly) writes the topic to ZooKeeper; does not wait for leaders. */
export async function createTopic(services: BrokerServices, spec: TopicCreationSpec, validateOnly: boolean): Promise<TopicCreationResult> {
  const plan = planTopicCreation(spec, services);
  if (!plan.ok) return { errorCode: plan.errorCode, errorMessage: plan.errorMessage, numPartitions: -1, replicationFactor: -1 };
  const created = { errorCode: ErrorCode.NONE, errorMessage: '', numPartitions: plan.numPartitions, replicationFactor: plan.replicationFactor };
  const exists = { errorCode: ErrorCode.TOPIC_ALREADY_EXISTS, errorMessage: `Topic '${spec.name}' already exists.`, numPartitions: -1, replicationFactor: -1 };
  try {
    if (validateOnly) return (await services.zk.getAllTopics()).includes(spec.name) ? exists : created;
    await services.zk.createTopic(spec.name, plan.assignment, spec.configs);
    services.logger.info({ topic: spec.name, numPartitions: plan.numPartitions, replicationFactor: plan.replicationFactor }, 'created topic');
    return created;
  } catch (err) {
    if (err instanceof TopicExistsError) return exists;
    services.logger.error({ err, topic: spec.name }, 'topic creation failed');
    return { errorCode: ErrorCode.UNKNOWN_SERVER_ERROR, errorMessage: `topic creation failed: ${String(err)}`, numPartitions: -1, replicationFactor: -1 };
  }
}
