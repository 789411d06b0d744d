import {
  controlledShutdownPartitionLeaderElection, isrAfterOfflineElection, offlinePartitionLeaderElection,
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
