/**
 * Topic-creation planning, Kafka's `AdminZkClient.validateTopicCreate` with
 * `AdminUtils.assignReplicasToBrokers`: validate the name, the counts, an explicit assignment and
 * the configs, and compute the assignment over the live brokers. Pure: the caller supplies what
 * the cluster looks like and writes the plan (KafkaZkClient.createTopic) only when it is ok, so a
 * refused creation changes nothing.
 */
import { ErrorCode } from '../../proto/errors';
import { topicNameProblem } from '../../proto/topic-name';
import { InvalidPartitionsError, InvalidReplicationFactorError, assignReplicasToBrokers } from './replica-assignment';

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

/** What planning needs to know about the cluster; the broker fills it from its metadata cache. */
export interface TopicCreationContext {
  existingTopics: readonly string[];
  liveBrokerIds: readonly number[];
  numPartitionsDefault: number;
  replicationFactorDefault: number;
  /** Why `configs` are not valid topic configs, or undefined (LogConfig validation lives with the log). */
  configProblem(configs: Record<string, string>): string | undefined;
}

type TopicCreationPlan =
  | { ok: true; assignment: Map<number, number[]>; numPartitions: number; replicationFactor: number }
  | { ok: false; errorCode: number; errorMessage: string };

function fail(errorCode: number, errorMessage: string): TopicCreationPlan {
  return { ok: false, errorCode, errorMessage };
}

function planExplicitAssignment(spec: TopicCreationSpec, liveBrokerIds: ReadonlySet<number>): TopicCreationPlan {
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

function planComputedAssignment(spec: TopicCreationSpec, ctx: TopicCreationContext, liveBrokerIds: ReadonlySet<number>): TopicCreationPlan {
  const numPartitions = spec.numPartitions === 0 || spec.numPartitions === -1 ? ctx.numPartitionsDefault : spec.numPartitions;
  const replicationFactor = spec.replicationFactor === 0 || spec.replicationFactor === -1 ? ctx.replicationFactorDefault : spec.replicationFactor;
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
export function planTopicCreation(spec: TopicCreationSpec, ctx: TopicCreationContext): TopicCreationPlan {
  const problem = topicNameProblem(spec.name);
  if (problem !== undefined) return fail(ErrorCode.INVALID_TOPIC_EXCEPTION, problem);
  if (ctx.existingTopics.includes(spec.name)) return fail(ErrorCode.TOPIC_ALREADY_EXISTS, `Topic '${spec.name}' already exists.`);
  const collision = collidingTopic(spec.name, ctx.existingTopics);
  if (collision !== undefined) return fail(ErrorCode.INVALID_TOPIC_EXCEPTION, `Topic '${spec.name}' collides with existing topic: ${collision}`);
  const configProblem = ctx.configProblem(spec.configs);
  if (configProblem !== undefined) return fail(ErrorCode.INVALID_CONFIG, configProblem);
  const liveBrokerIds = new Set(ctx.liveBrokerIds);
  return spec.assignments.length > 0 ? planExplicitAssignment(spec, liveBrokerIds) : planComputedAssignment(spec, ctx, liveBrokerIds);
}
