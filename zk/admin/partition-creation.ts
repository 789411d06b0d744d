/**
 * Adding partitions to a topic, as Kafka 2.8's ZkAdminManager.createPartitions and
 * AdminZkClient.createNewPartitionsAssignment do: refuse a topic being reassigned, a count that is
 * not an increase, and explicit assignments that are the wrong number, name unknown brokers,
 * repeat a broker or differ from partition 0's replication factor; otherwise place the new
 * replicas continuing AdminUtils' pattern from partition 0's leader. Pure: the caller writes the
 * merged assignment to the topic znode only when the plan is ok, so a refusal changes nothing.
 */
import { ErrorCode } from '../../proto/errors';
import type { TopicAssignmentData } from '../paths';
import { topicPartitionsMax } from './topic-creation';
import { assignReplicasToBrokers, InvalidReplicationFactorError } from './replica-assignment';

export interface PartitionCreationSpec {
  topic: string;
  count: number;
  /** One replica list per new partition; null: computed. */
  assignments: number[][] | null;
}

export type PartitionCreationPlan =
  | { ok: true; newAssignment: Map<number, number[]> }
  | { ok: false; errorCode: number; errorMessage: string };

function fail(errorCode: number, errorMessage: string): PartitionCreationPlan {
  return { ok: false, errorCode, errorMessage };
}

/** AdminZkClient.validateReplicaAssignment over the new partitions. */
function explicitAssignmentProblem(assignment: ReadonlyMap<number, number[]>, replicationFactor: number, brokers: ReadonlySet<number>): PartitionCreationPlan | undefined {
  for (const [partition, replicas] of assignment) {
    if (replicas.length === 0) return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `Cannot have replication factor of 0 for partition id ${partition}.`);
    if (new Set(replicas).size !== replicas.length) {
      return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `Duplicate brokers not allowed in replica assignment: ${replicas.join(', ')} for partition id ${partition}.`);
    }
    if (!replicas.every((id) => brokers.has(id))) {
      return fail(ErrorCode.BROKER_NOT_AVAILABLE, `Some brokers specified for partition id ${partition} are not available. `
        + `Specified brokers: ${replicas.join(', ')}, available brokers: ${[...brokers].join(', ')}.`);
    }
  }
  const bad = [...assignment].filter(([, replicas]) => replicas.length !== replicationFactor).sort(([a], [b]) => a - b);
  if (bad.length === 0) return undefined;
  return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `Inconsistent replication factor between partitions, partition 0 has ${replicationFactor} `
    + `while partitions [${bad.map(([p]) => p).join(', ')}] have replication factors [${bad.map(([, r]) => r.length).join(', ')}], respectively.`);
}

function explicitAssignment(spec: PartitionCreationSpec, existingCount: number, brokers: ReadonlySet<number>): Map<number, number[]> | PartitionCreationPlan {
  const assignments = spec.assignments ?? [];
  const unknown = [...new Set(assignments.flat().filter((id) => !brokers.has(id)))];
  if (unknown.length > 0) return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `Unknown broker(s) in replica assignment: ${unknown.join(', ')}.`);
  const increment = spec.count - existingCount;
  if (assignments.length !== increment) {
    return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `Increasing the number of partitions by ${increment} but ${assignments.length} assignments provided.`);
  }
  return new Map(assignments.map((replicas, index) => [existingCount + index, [...replicas]]));
}

/** `brokerIds`: the live brokers, any order. */
export function planPartitionCreation(spec: PartitionCreationSpec, existing: TopicAssignmentData | undefined, brokerIds: readonly number[]): PartitionCreationPlan {
  const { topic, count } = spec;
  if (existing === undefined || existing.partitions.size === 0) return fail(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `The topic '${topic}' does not exist.`);
  if (existing.addingReplicas.size > 0 || existing.removingReplicas.size > 0) {
    return fail(ErrorCode.REASSIGNMENT_IN_PROGRESS, `A partition reassignment is in progress for the topic '${topic}'.`);
  }
  const oldCount = existing.partitions.size;
  if (count < oldCount) return fail(ErrorCode.INVALID_PARTITIONS, `Topic currently has ${oldCount} partitions, which is higher than the requested ${count}.`);
  if (count === oldCount) return fail(ErrorCode.INVALID_PARTITIONS, `Topic already has ${oldCount} partitions.`);
  if (count > topicPartitionsMax) return fail(ErrorCode.INVALID_PARTITIONS, `Number of partitions ${count} is above ${topicPartitionsMax}.`);
  const partition0 = existing.partitions.get(0);
  if (partition0 === undefined || partition0.length === 0) {
    return fail(ErrorCode.UNKNOWN_SERVER_ERROR, `Unexpected existing replica assignment for topic '${topic}', partition id 0 is missing.`);
  }
  const brokers = new Set(brokerIds);
  const replicationFactor = partition0.length;
  if (spec.assignments !== null) {
    const planned = explicitAssignment(spec, oldCount, brokers);
    if (!(planned instanceof Map)) return planned;
    return explicitAssignmentProblem(planned, replicationFactor, brokers) ?? { ok: true, newAssignment: planned };
  }
  const sorted = [...brokers].sort((a, b) => a - b);
  const startIndex = Math.max(0, sorted.findIndex((id) => id >= (partition0[0] as number)));
  try {
    return { ok: true, newAssignment: assignReplicasToBrokers(sorted, count - oldCount, replicationFactor, { startIndex, shift: startIndex, startPartitionId: oldCount }) };
  } catch (err) {
    if (err instanceof InvalidReplicationFactorError) return fail(ErrorCode.INVALID_REPLICATION_FACTOR, err.message);
    throw err;
  }
}
