/**
 * Kafka's `ZkReplicaStateMachine`: NonExistent -> New -> Online <-> Offline ->
 * DeletionStarted -> DeletionSuccessful -> NonExistent, with DeletionIneligible for a deletion
 * that failed (retried later). Going Offline removes the replica from the ISR in ZooKeeper
 * (never emptying it) and tells the partition's other replicas.
 */

import { replicaKey, type PartitionReplica } from './controller-context';
import { IllegalStateTransitionError } from './partition-state-machine';
import { updateLeaderAndIsr, type StateMachineDeps } from './leader-and-isr-updates';
import { noLeader } from '../../proto/sentinels';
import { type TopicPartition } from '../../proto/topic-partition';

export const ReplicaState = {
  New: 'NewReplica',
  Online: 'OnlineReplica',
  Offline: 'OfflineReplica',
  DeletionStarted: 'ReplicaDeletionStarted',
  DeletionSuccessful: 'ReplicaDeletionSuccessful',
  DeletionIneligible: 'ReplicaDeletionIneligible',
  NonExistent: 'NonExistentReplica',
} as const;
export type ReplicaState = (typeof ReplicaState)[keyof typeof ReplicaState];

const S = ReplicaState;
export const validPreviousReplicaStates: Readonly<Record<ReplicaState, readonly ReplicaState[]>> = {
  [S.New]: [S.NonExistent],
  [S.Online]: [S.New, S.Online, S.Offline, S.DeletionIneligible],
  [S.Offline]: [S.New, S.Online, S.Offline, S.DeletionIneligible],
  [S.DeletionStarted]: [S.Offline],
  [S.DeletionSuccessful]: [S.DeletionStarted],
  [S.DeletionIneligible]: [S.Offline, S.DeletionStarted],
  [S.NonExistent]: [S.DeletionSuccessful],
};

export function assertValidReplicaTransition(r: PartitionReplica, from: ReplicaState, to: ReplicaState): void {
  if (!validPreviousReplicaStates[to].includes(from)) throw new IllegalStateTransitionError(`replica ${replicaKey(r)}`, from, to);
}

export class ReplicaStateMachine {
  private readonly states = new Map<string, ReplicaState>();

  constructor(private readonly deps: StateMachineDeps) {}

  state(r: PartitionReplica): ReplicaState {
    return this.states.get(replicaKey(r)) ?? S.NonExistent;
  }

  replicasInState(topic: string, state: ReplicaState): PartitionReplica[] {
    return this.deps.ctx.replicasForPartitions(this.deps.ctx.partitionsForTopic(topic)).filter((r) => this.state(r) === state);
  }

  /** Failover: replicas on live brokers go Online (LeaderAndIsr with the ZooKeeper state), others Offline. */
  async startup(): Promise<void> {
    const { ctx } = this.deps;
    const online: PartitionReplica[] = [];
    const offline: PartitionReplica[] = [];
    for (const r of ctx.replicasForPartitions(ctx.allPartitions())) {
      if (ctx.isReplicaOnline(r.replica)) {
        this.states.set(replicaKey(r), S.Online);
        online.push(r);
      } else {
        this.states.set(replicaKey(r), S.DeletionIneligible);
        offline.push(r);
      }
    }
    await this.handleStateChanges(online, S.Online);
    await this.handleStateChanges(offline, S.Offline);
  }

  shutdown(): void {
    this.states.clear();
  }

  async handleStateChanges(replicas: PartitionReplica[], target: ReplicaState): Promise<void> {
    if (replicas.length === 0) return;
    for (const r of replicas) assertValidReplicaTransition(r, this.state(r), target);
    const { batch } = this.deps;
    batch.newBatch();
    try {
      await this.doHandleStateChanges(replicas, target);
      batch.sendRequestsToBrokers();
    } finally {
      batch.clear();
    }
  }

  private async doHandleStateChanges(replicas: PartitionReplica[], target: ReplicaState): Promise<void> {
    const { ctx, batch } = this.deps;
    switch (target) {
      case S.New:
        for (const r of replicas) {
          const lai = ctx.partitionLeadership(r);
          if (lai && lai.leader !== r.replica) batch.addLeaderAndIsrRequestForBrokers([r.replica], r, lai, ctx.partitionReplicas(r), true);
          this.states.set(replicaKey(r), target);
        }
        return;
      case S.Online:
        for (const r of replicas) {
          const lai = ctx.partitionLeadership(r);
          // New -> Online only records the state: the partition's own New -> Online sent isNew LeaderAndIsr.
          if (this.state(r) !== S.New && lai) batch.addLeaderAndIsrRequestForBrokers([r.replica], r, lai, ctx.partitionReplicas(r), false);
          this.states.set(replicaKey(r), target);
        }
        return;
      case S.Offline:
        await this.transitionToOffline(replicas);
        return;
      case S.DeletionStarted:
        for (const r of replicas) {
          batch.addStopReplicaRequestForBrokers([r.replica], r, true);
          this.states.set(replicaKey(r), target);
        }
        return;
      case S.DeletionSuccessful:
      case S.DeletionIneligible:
        for (const r of replicas) this.states.set(replicaKey(r), target);
        return;
      case S.NonExistent:
        for (const r of replicas) this.states.delete(replicaKey(r));
        return;
    }
  }

  private async transitionToOffline(replicas: PartitionReplica[]): Promise<void> {
    const { ctx, batch } = this.deps;
    const byReplica = new Map<number, TopicPartition[]>();
    for (const r of replicas) {
      batch.addStopReplicaRequestForBrokers([r.replica], r, false);
      const list = byReplica.get(r.replica) ?? [];
      list.push({ topic: r.topic, partition: r.partition });
      byReplica.set(r.replica, list);
    }
    for (const [replicaId, partitions] of byReplica) {
      const withLeadership = partitions.filter((tp) => ctx.partitionLeadership(tp) !== undefined);
      const result = await this.removeReplicaFromIsr(replicaId, withLeadership);
      for (const { tp, lai } of [...result.updated, ...result.unchanged]) {
        if (ctx.isTopicQueuedForDeletion(tp.topic)) continue;
        const replicasOfTp = ctx.partitionReplicas(tp);
        const recipients = replicasOfTp.filter((id) => id !== replicaId && ctx.isReplicaOnline(id));
        batch.addLeaderAndIsrRequestForBrokers(recipients, tp, lai, replicasOfTp, false);
      }
      for (const tp of partitions) this.states.set(replicaKey({ ...tp, replica: replicaId }), S.Offline);
    }
  }

  /** Kafka's `removeReplicasFromIsr`: a leaving leader leaves no leader; the last ISR member stays. */
  private removeReplicaFromIsr(replicaId: number, partitions: TopicPartition[]): ReturnType<typeof updateLeaderAndIsr> {
    return updateLeaderAndIsr(this.deps, partitions, (_tp, current) => {
      if (!current.isr.includes(replicaId) && current.leader !== replicaId) return 'unchanged';
      const leader = current.leader === replicaId ? noLeader : current.leader;
      const isr = current.isr.length === 1 ? current.isr : current.isr.filter((id) => id !== replicaId);
      return { leader, leaderEpoch: current.leaderEpoch + 1, isr };
    });
  }
}
