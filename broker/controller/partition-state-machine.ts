/**
 * Kafka's `ZkPartitionStateMachine`: NonExistent -> New -> Online <-> Offline ->
 * NonExistent, with an explicit table of valid previous states. Moving to Online creates or
 * rewrites the state znode (fenced) and queues LeaderAndIsr + UpdateMetadata in the batch.
 */

import { electPartitionLeader, offlineElection, type ElectionStrategy } from './elections';
import { mapPipelined } from '../../zk/pipeline';

import { updateLeaderAndIsr, type StateMachineDeps } from './leader-and-isr-updates';
import { type TopicPartition, topicPartitionKey } from '../../proto/topic-partition';
import { SamsaError } from '../../proto/errors';

export const PartitionState = {
  NonExistent: 'NonExistentPartition',
  New: 'NewPartition',
  Online: 'OnlinePartition',
  Offline: 'OfflinePartition',
} as const;
export type PartitionState = (typeof PartitionState)[keyof typeof PartitionState];

export const validPreviousPartitionStates: Readonly<Record<PartitionState, readonly PartitionState[]>> = {
  [PartitionState.NonExistent]: [PartitionState.Offline],
  [PartitionState.New]: [PartitionState.NonExistent],
  [PartitionState.Online]: [PartitionState.New, PartitionState.Online, PartitionState.Offline],
  [PartitionState.Offline]: [PartitionState.New, PartitionState.Online, PartitionState.Offline],
};

export class IllegalStateTransitionError extends SamsaError {
  constructor(subject: string, from: string, to: string) {
    super(`assertion failed: illegal state transition of ${subject} from ${from} to ${to}`);
  }
}

export function assertValidPartitionTransition(tp: TopicPartition, from: PartitionState, to: PartitionState): void {
  if (!validPreviousPartitionStates[to].includes(from)) throw new IllegalStateTransitionError(`partition ${topicPartitionKey(tp)}`, from, to);
}

export const uncleanLeaderElectionConfig = 'unclean.leader.election.enable';

export class PartitionStateMachine {
  private readonly states = new Map<string, PartitionState>();

  constructor(private readonly deps: StateMachineDeps) {}

  state(tp: TopicPartition): PartitionState {
    return this.states.get(topicPartitionKey(tp)) ?? PartitionState.NonExistent;
  }

  partitionsInState(...states: PartitionState[]): TopicPartition[] {
    return this.deps.ctx.allPartitions().filter((tp) => states.includes(this.state(tp)));
  }

  /** Failover: Online when the recorded leader is live, Offline otherwise, New without state. */
  async startup(): Promise<void> {
    const { ctx } = this.deps;
    for (const tp of ctx.allPartitions()) {
      const lai = ctx.partitionLeadership(tp);
      if (!lai) this.states.set(topicPartitionKey(tp), PartitionState.New);
      else if (ctx.isReplicaOnline(lai.leader)) this.states.set(topicPartitionKey(tp), PartitionState.Online);
      else this.states.set(topicPartitionKey(tp), PartitionState.Offline);
    }
    await this.triggerOnlinePartitionStateChange();
  }

  shutdown(): void {
    this.states.clear();
  }

  /** Elect leaders for every New or Offline partition not being deleted. */
  async triggerOnlinePartitionStateChange(): Promise<void> {
    const candidates = this.partitionsInState(PartitionState.New, PartitionState.Offline)
      .filter((tp) => !this.deps.ctx.isTopicQueuedForDeletion(tp.topic));
    if (candidates.length > 0) await this.handleStateChanges(candidates, PartitionState.Online);
  }

  /**
   * Validates, applies and sends; illegal transitions throw before anything changes. Returns the
   * partitions that reached the target (for Online: those that got a leader).
   */
  async handleStateChanges(partitions: TopicPartition[], target: PartitionState, strategy: ElectionStrategy = offlineElection): Promise<TopicPartition[]> {
    for (const tp of partitions) assertValidPartitionTransition(tp, this.state(tp), target);
    const { batch } = this.deps;
    batch.newBatch();
    try {
      const done = await this.doHandleStateChanges(partitions, target, strategy);
      batch.sendRequestsToBrokers();
      return done;
    } finally {
      batch.clear();
    }
  }

  private async doHandleStateChanges(partitions: TopicPartition[], target: PartitionState, strategy: ElectionStrategy): Promise<TopicPartition[]> {
    if (target === PartitionState.New || target === PartitionState.Offline) {
      for (const tp of partitions) this.states.set(topicPartitionKey(tp), target);
      return partitions;
    }
    if (target === PartitionState.NonExistent) {
      for (const tp of partitions) this.states.delete(topicPartitionKey(tp));
      return partitions;
    }
    const fresh = partitions.filter((tp) => this.state(tp) === PartitionState.New);
    const existing = partitions.filter((tp) => this.state(tp) !== PartitionState.New);
    const elected = [...await this.initializeLeaderAndIsrForPartitions(fresh), ...await this.electLeaderForPartitions(existing, strategy)];
    for (const tp of elected) this.states.set(topicPartitionKey(tp), PartitionState.Online);
    return elected;
  }

  /**
   * New -> Online: leader = first live replica, ISR = live replicas, leader epoch 0. The state
   * znodes are created pipelined (Kafka's createTopicPartitionStatesRaw): one round trip each,
   * awaited one by one, made creating 10,000 partitions take over a minute.
   */
  private async initializeLeaderAndIsrForPartitions(partitions: TopicPartition[]): Promise<TopicPartition[]> {
    const { ctx, zk, batch, logger } = this.deps;
    const initialized = await mapPipelined(partitions, async (tp): Promise<boolean> => {
      const replicas = ctx.partitionReplicas(tp);
      const live = replicas.filter((id) => ctx.isReplicaOnline(id));
      const leader = live[0];
      if (leader === undefined) {
        logger.error({ topic: tp.topic, partition: tp.partition, replicas }, 'no live replica to lead a new partition; it stays New');
        return false;
      }
      const state = { leader, leaderEpoch: 0, isr: live, controllerEpoch: ctx.epoch };
      if (!(await zk.createPartitionState(tp.topic, tp.partition, state, ctx.epochZkVersion))) {
        logger.error({ topic: tp.topic, partition: tp.partition }, 'partition state znode already exists; not initializing');
        return false;
      }
      const lai = { ...state, zkVersion: 0 };
      ctx.putPartitionLeadership(tp, lai);
      batch.addLeaderAndIsrRequestForBrokers(live, tp, lai, replicas, true);
      return true;
    });
    return partitions.filter((_, i) => initialized[i]);
  }

  /** Offline/Online -> Online with the given strategy (PartitionLeaderElectionAlgorithms); unclean only if the topic or the admin allows it. */
  private async electLeaderForPartitions(partitions: TopicPartition[], strategy: ElectionStrategy): Promise<TopicPartition[]> {
    const { ctx, batch, logger } = this.deps;
    const outcomes = new Map<string, { replicas: number[]; recipients: number[]; unclean: boolean }>();
    const result = await updateLeaderAndIsr(this.deps, partitions, async (tp, current) => {
      const input = {
        replicas: ctx.partitionReplicas(tp), isr: current.isr,
        eligible: new Set([...ctx.liveBrokerIds()].filter((id) => ctx.isBrokerEligibleLeader(id))),
        liveOrShuttingDown: ctx.liveBrokerIds(), shuttingDown: ctx.shuttingDownBrokerIds, uncleanEnabled: false,
      };
      let outcome = electPartitionLeader(strategy, input);
      if (outcome === undefined && strategy.kind === 'offline' && (strategy.allowUnclean || (await this.uncleanLeaderElectionEnabled(tp.topic)))) {
        outcome = electPartitionLeader(strategy, { ...input, uncleanEnabled: true });
      }
      if (outcome === undefined) {
        logger.warn({ topic: tp.topic, partition: tp.partition, strategy: strategy.kind, replicas: input.replicas, isr: current.isr }, 'no eligible leader');
        return 'failed';
      }
      if (outcome.unclean) logger.warn({ topic: tp.topic, partition: tp.partition, leader: outcome.leader }, 'unclean leader election: acknowledged records may be lost');
      outcomes.set(topicPartitionKey(tp), outcome);
      return { leader: outcome.leader, leaderEpoch: current.leaderEpoch + 1, isr: outcome.isr };
    });
    for (const { tp, lai } of result.updated) {
      const outcome = outcomes.get(topicPartitionKey(tp));
      if (!outcome) continue;
      ctx.stats.leaderElections += 1;
      if (outcome.unclean) ctx.stats.uncleanLeaderElections += 1;
      batch.addLeaderAndIsrRequestForBrokers(outcome.recipients, tp, lai, outcome.replicas, false);
    }
    return result.updated.map((u) => u.tp);
  }

  /** Topic override of unclean.leader.election.enable, else the broker default (Kafka's offlinePartitionLeaderElection). */
  async uncleanLeaderElectionEnabled(topic: string): Promise<boolean> {
    const config = await this.deps.zk.getTopicConfig(topic);
    const override = config[uncleanLeaderElectionConfig];
    return override === undefined ? this.deps.uncleanLeaderElectionEnable : override === 'true';
  }
}
