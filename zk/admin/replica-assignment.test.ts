import { InvalidPartitionsError, InvalidReplicationFactorError, assignReplicasToBrokers } from './replica-assignment';

describe('assignReplicasToBrokers (rack-unaware)', () => {
  it('matches Kafka AdminUtils for 5 brokers, 10 partitions, RF 3, start 0, shift 0', () => {
    // Expected values from Kafka's AdminUtilsTest.testReplicaAssignment.
    const assignment = assignReplicasToBrokers([0, 1, 2, 3, 4], 10, 3, { startIndex: 0, shift: 0 });
    expect(Object.fromEntries(assignment)).toEqual({
      0: [0, 1, 2], 1: [1, 2, 3], 2: [2, 3, 4], 3: [3, 4, 0], 4: [4, 0, 1],
      5: [0, 2, 3], 6: [1, 3, 4], 7: [2, 4, 0], 8: [3, 0, 1], 9: [4, 1, 2],
    });
  });

  it('spreads leaders evenly and never repeats a broker within a partition', () => {
    const assignment = assignReplicasToBrokers([1, 2, 3], 6, 3);
    const leaders = [...assignment.values()].map((r) => r[0]);
    for (const id of [1, 2, 3]) expect(leaders.filter((l) => l === id)).toHaveLength(2);
    for (const replicas of assignment.values()) expect(new Set(replicas).size).toBe(3);
  });

  it('assigns a single broker for replication factor 1', () => {
    expect(assignReplicasToBrokers([7], 2, 1)).toEqual(new Map([[0, [7]], [1, [7]]]));
  });

  it('rejects a replication factor larger than the broker count', () => {
    expect(() => assignReplicasToBrokers([1, 2], 1, 3)).toThrow(InvalidReplicationFactorError);
    expect(() => assignReplicasToBrokers([1, 2], 1, 0)).toThrow(InvalidReplicationFactorError);
  });

  it('rejects fewer than one partition', () => {
    expect(() => assignReplicasToBrokers([1, 2], 0, 1)).toThrow(InvalidPartitionsError);
  });
});

describe('assignReplicasToBrokers for added partitions', () => {
  it("continues Kafka's pattern from the existing partition count", () => {
    // AdminUtils.assignReplicasToBrokersRackUnaware(5 brokers, 2 partitions, RF 3, fixedStartIndex 2, startPartitionId 3).
    const assignment = assignReplicasToBrokers([0, 1, 2, 3, 4], 2, 3, { startIndex: 2, shift: 2, startPartitionId: 3 });
    expect(Object.fromEntries(assignment)).toEqual({ 3: [0, 3, 4], 4: [1, 4, 0] });
  });
});
