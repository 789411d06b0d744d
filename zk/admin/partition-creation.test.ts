import { ErrorCode } from '../../proto/errors';
import type { TopicAssignmentData } from '../paths';
import { planPartitionCreation } from './partition-creation';

function topic(partitions: Record<number, number[]>, adding: Record<number, number[]> = {}): TopicAssignmentData {
  const toMap = (o: Record<number, number[]>): Map<number, number[]> => new Map(Object.entries(o).map(([p, r]) => [Number(p), r]));
  return { partitions: toMap(partitions), addingReplicas: toMap(adding), removingReplicas: new Map() };
}

const threePartitions = topic({ 0: [2, 3, 4], 1: [3, 4, 0], 2: [4, 0, 1] });
const brokers = [0, 1, 2, 3, 4];

describe('planPartitionCreation (ZkAdminManager.createPartitions)', () => {
  it("places new replicas continuing AdminUtils' pattern from partition 0's leader", () => {
    const plan = planPartitionCreation({ topic: 't', count: 5, assignments: null }, threePartitions, brokers);
    expect(plan).toEqual({ ok: true, newAssignment: new Map([[3, [0, 3, 4]], [4, [1, 4, 0]]]) });
  });

  it('takes an explicit assignment for the new partitions', () => {
    const plan = planPartitionCreation({ topic: 't', count: 4, assignments: [[1, 2, 3]] }, threePartitions, brokers);
    expect(plan).toEqual({ ok: true, newAssignment: new Map([[3, [1, 2, 3]]]) });
  });

  it.each([
    ['fewer partitions', { count: 2, assignments: null }, ErrorCode.INVALID_PARTITIONS, 'Topic currently has 3 partitions, which is higher than the requested 2.'],
    ['the same count', { count: 3, assignments: null }, ErrorCode.INVALID_PARTITIONS, 'Topic already has 3 partitions.'],
    ['an unknown broker', { count: 4, assignments: [[1, 2, 9]] }, ErrorCode.INVALID_REPLICA_ASSIGNMENT, 'Unknown broker(s) in replica assignment: 9.'],
    ['too few assignments', { count: 5, assignments: [[1, 2, 3]] }, ErrorCode.INVALID_REPLICA_ASSIGNMENT,
      'Increasing the number of partitions by 2 but 1 assignments provided.'],
    ['a repeated broker', { count: 4, assignments: [[1, 1, 2]] }, ErrorCode.INVALID_REPLICA_ASSIGNMENT,
      'Duplicate brokers not allowed in replica assignment: 1, 1, 2 for partition id 3.'],
    ['another replication factor', { count: 4, assignments: [[1, 2]] }, ErrorCode.INVALID_REPLICA_ASSIGNMENT,
      'Inconsistent replication factor between partitions, partition 0 has 3 while partitions [3] have replication factors [2], respectively.'],
  ])('refuses %s with Kafka\'s error', (_name, spec, errorCode, errorMessage) => {
    expect(planPartitionCreation({ topic: 't', ...spec }, threePartitions, brokers)).toEqual({ ok: false, errorCode, errorMessage });
  });

  it('refuses an unknown topic and a topic being reassigned', () => {
    expect(planPartitionCreation({ topic: 'gone', count: 2, assignments: null }, undefined, brokers))
      .toEqual({ ok: false, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: "The topic 'gone' does not exist." });
    const moving = topic({ 0: [0] }, { 0: [1] });
    expect(planPartitionCreation({ topic: 't', count: 2, assignments: null }, moving, brokers))
      .toMatchObject({ ok: false, errorCode: ErrorCode.REASSIGNMENT_IN_PROGRESS });
  });

  it('refuses a replication factor above the live broker count', () => {
    expect(planPartitionCreation({ topic: 't', count: 4, assignments: null }, threePartitions, [0, 1]))
      .toMatchObject({ ok: false, errorCode: ErrorCode.INVALID_REPLICATION_FACTOR });
  });
});
