import {
  controlledShutdownPartitionLeaderElection, electPartitionLeader, partitionsNeedingPreferredElection, isrAfterOfflineElection, offlinePartitionLeaderElection,
  preferredReplicaPartitionLeaderElection, reassignPartitionLeaderElection,
} from './elections';

describe('leader election strategies', () => {
  it('offline election picks the first live ISR member in assignment order', () => {
    expect(offlinePartitionLeaderElection([1, 2, 3], [3, 2], [1, 2, 3], false)).toBe(2);
    expect(offlinePartitionLeaderElection([1, 2, 3], [1, 2, 3], new Set([3]), false)).toBe(3);
  });

  it('offline election without a live ISR member fails unless unclean election is enabled', () => {
    expect(offlinePartitionLeaderElection([1, 2], [1], [2], false)).toBeUndefined();
    expect(offlinePartitionLeaderElection([1, 2], [1], [2], true)).toBe(2);
    expect(offlinePartitionLeaderElection([1], [1], [], true)).toBeUndefined();
  });

  it('keeps the live ISR after a clean election and only the leader after an unclean one', () => {
    expect(isrAfterOfflineElection(2, [1, 2, 3], [2, 3])).toEqual([2, 3]);
    expect(isrAfterOfflineElection(2, [1], [2])).toEqual([2]);
  });

  it('preferred election takes the assignment head only when live and in the ISR', () => {
    expect(preferredReplicaPartitionLeaderElection([1, 2], [1, 2], [1, 2])).toBe(1);
    expect(preferredReplicaPartitionLeaderElection([1, 2], [2], [1, 2])).toBeUndefined();
    expect(preferredReplicaPartitionLeaderElection([1, 2], [1, 2], [2])).toBeUndefined();
  });

  it('reassignment election picks from the target replicas', () => {
    expect(reassignPartitionLeaderElection([4, 5], [1, 5, 4], [1, 4, 5])).toBe(4);
    expect(reassignPartitionLeaderElection([4, 5], [1], [1, 4, 5])).toBeUndefined();
  });

  it('controlled shutdown election skips shutting-down brokers', () => {
    expect(controlledShutdownPartitionLeaderElection([1, 2, 3], [1, 2, 3], [1, 2, 3], new Set([1]))).toBe(2);
    expect(controlledShutdownPartitionLeaderElection([1], [1], [1], new Set([1]))).toBeUndefined();
  });
});

describe('electPartitionLeader per strategy', () => {
  const base = {
    replicas: [1, 2, 3], isr: [1, 2, 3], eligible: new Set([1, 2, 3]), liveOrShuttingDown: new Set([1, 2, 3]),
    shuttingDown: new Set<number>(), uncleanEnabled: false,
  };

  it('offline: live ISR shrinks to live members; unclean leaves only the new leader and is flagged', () => {
    expect(electPartitionLeader({ kind: 'offline', allowUnclean: false }, { ...base, eligible: new Set([2, 3]) }))
      .toEqual({ leader: 2, isr: [2, 3], recipients: [2, 3], replicas: [1, 2, 3], unclean: false });
    expect(electPartitionLeader({ kind: 'offline', allowUnclean: false }, { ...base, isr: [1], eligible: new Set([3]) })).toBeUndefined();
    expect(electPartitionLeader({ kind: 'offline', allowUnclean: true }, { ...base, isr: [1], eligible: new Set([3]), uncleanEnabled: true }))
      .toEqual({ leader: 3, isr: [3], recipients: [3], replicas: [1, 2, 3], unclean: true });
  });

  it('controlled shutdown excludes the shutting-down broker from leader and ISR but still tells it', () => {
    const input = { ...base, eligible: new Set([2, 3]), shuttingDown: new Set([1]) };
    expect(electPartitionLeader({ kind: 'controlledShutdown' }, input)).toEqual({ leader: 2, isr: [2, 3], recipients: [1, 2, 3], replicas: [1, 2, 3], unclean: false });
  });

  it('reassign picks from the target, drops removed replicas from the ISR and sends the target list', () => {
    const input = { ...base, replicas: [4, 2, 1], isr: [1, 2, 4], eligible: new Set([1, 2, 4]), liveOrShuttingDown: new Set([1, 2, 4]) };
    expect(electPartitionLeader({ kind: 'reassign', targetReplicas: [4, 2] }, input)).toEqual({ leader: 4, isr: [2, 4], recipients: [4, 2], replicas: [4, 2], unclean: false });
  });

  it('preferred keeps the ISR and fails when the head is not in it', () => {
    expect(electPartitionLeader({ kind: 'preferred' }, base)?.leader).toBe(1);
    expect(electPartitionLeader({ kind: 'preferred' }, { ...base, isr: [2, 3] })).toBeUndefined();
  });
});

describe('leader imbalance', () => {
  const p = (partition: number, replicas: number[], leader: number) => ({ tp: { topic: 't', partition }, replicas, leader });

  it('returns the partitions of brokers whose not-led ratio exceeds the percentage', () => {
    const partitions = [p(0, [1, 2], 2), p(1, [1, 2], 1), p(2, [2, 1], 2), p(3, [2, 1], 2)];
    expect(partitionsNeedingPreferredElection(partitions, 10)).toEqual([{ topic: 't', partition: 0 }]);
    expect(partitionsNeedingPreferredElection(partitions, 50)).toEqual([]);
  });
});
