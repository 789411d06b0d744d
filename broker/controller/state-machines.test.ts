import {
  IllegalStateTransitionError, PartitionState, assertValidPartitionTransition, validPreviousPartitionStates,
} from './partition-state-machine';
import { ReplicaState, assertValidReplicaTransition, validPreviousReplicaStates } from './replica-state-machine';

const tp = { topic: 't', partition: 0 };
const replica = { ...tp, replica: 1 };

describe('partition state machine transition table', () => {
  it('allows exactly Kafka\'s valid previous states', () => {
    expect(validPreviousPartitionStates).toEqual({
      NonExistentPartition: ['OfflinePartition'],
      NewPartition: ['NonExistentPartition'],
      OnlinePartition: ['NewPartition', 'OnlinePartition', 'OfflinePartition'],
      OfflinePartition: ['NewPartition', 'OnlinePartition', 'OfflinePartition'],
    });
  });

  it('throws an assertion error on an illegal transition', () => {
    expect(() => assertValidPartitionTransition(tp, PartitionState.NonExistent, PartitionState.Online)).toThrow(IllegalStateTransitionError);
    expect(() => assertValidPartitionTransition(tp, PartitionState.Online, PartitionState.NonExistent)).toThrow(/illegal state transition/);
    expect(() => assertValidPartitionTransition(tp, PartitionState.Offline, PartitionState.Online)).not.toThrow();
  });
});

describe('replica state machine transition table', () => {
  it('allows exactly Kafka\'s valid previous states', () => {
    expect(validPreviousReplicaStates).toEqual({
      NewReplica: ['NonExistentReplica'],
      OnlineReplica: ['NewReplica', 'OnlineReplica', 'OfflineReplica', 'ReplicaDeletionIneligible'],
      OfflineReplica: ['NewReplica', 'OnlineReplica', 'OfflineReplica', 'ReplicaDeletionIneligible'],
      ReplicaDeletionStarted: ['OfflineReplica'],
      ReplicaDeletionSuccessful: ['ReplicaDeletionStarted'],
      ReplicaDeletionIneligible: ['OfflineReplica', 'ReplicaDeletionStarted'],
      NonExistentReplica: ['ReplicaDeletionSuccessful'],
    });
  });

  it('throws an assertion error on an illegal transition', () => {
    expect(() => assertValidReplicaTransition(replica, ReplicaState.Online, ReplicaState.DeletionStarted)).toThrow(IllegalStateTransitionError);
    expect(() => assertValidReplicaTransition(replica, ReplicaState.New, ReplicaState.NonExistent)).toThrow(IllegalStateTransitionError);
    expect(() => assertValidReplicaTransition(replica, ReplicaState.Offline, ReplicaState.DeletionStarted)).not.toThrow();
  });
});
