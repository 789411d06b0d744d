/**
 * Kafka's `ControllerContext`: the controller's in-memory view of the cluster, rebuilt from
 * ZooKeeper on failover and changed only by the controller's event thread.
 */

import type { BrokerInfo, LeaderAndIsr } from '../../zk/kafka-zk-client';
import { type TopicPartition, compareTopicPartitions, parseTopicPartitionKey, topicPartitionKey } from '../../proto/topic-partition';

export interface PartitionReplica { topic: string; partition: number; replica: number }

export function replicaKey(r: PartitionReplica): string {
  return `${r.topic}:${r.partition}:${r.replica}`;
}

/** KIP-455 in-flight reassignment of one partition: RS = TRS ∪ ORS, adding = TRS − ORS, removing = ORS − TRS. */
export interface PartitionReassignmentState { adding: number[]; removing: number[] }

/** Counters that survive resignation (Kafka's controller meters are per process, not per term). */
export interface ControllerStats { leaderElections: number; uncleanLeaderElections: number }

export class ControllerContext {
  epoch = 0;
  readonly stats: ControllerStats = { leaderElections: 0, uncleanLeaderElections: 0 };
  private readonly reassignments = new Map<string, PartitionReassignmentState>();
  epochZkVersion = 0;
  private readonly liveBrokers = new Map<number, BrokerInfo>();
  readonly shuttingDownBrokerIds = new Set<number>();
  readonly allTopics = new Set<string>();
  private readonly assignments = new Map<string, Map<number, number[]>>();
  private readonly leadership = new Map<string, LeaderAndIsr>();
  readonly topicsToBeDeleted = new Set<string>();
  readonly topicsIneligibleForDeletion = new Set<string>();

  setLiveBrokers(brokers: BrokerInfo[]): void {
    this.liveBrokers.clear();
    for (const b of brokers) this.liveBrokers.set(b.id, b);
  }

  addLiveBrokers(brokers: BrokerInfo[]): void {
    for (const b of brokers) this.liveBrokers.set(b.id, b);
  }

  removeLiveBrokers(ids: number[]): void {
    for (const id of ids) this.liveBrokers.delete(id);
  }

  liveBrokerIds(): Set<number> {
    return new Set(this.liveBrokers.keys());
  }

  liveBrokerList(): BrokerInfo[] {
    return [...this.liveBrokers.values()].sort((a, b) => a.id - b.id);
  }

  liveBroker(id: number): BrokerInfo | undefined {
    return this.liveBrokers.get(id);
  }

  isReplicaOnline(brokerId: number): boolean {
    return this.liveBrokers.has(brokerId);
  }

  setTopicAssignment(topic: string, assignment: Map<number, number[]>): void {
    this.allTopics.add(topic);
    this.assignments.set(topic, new Map(assignment));
  }

  /** Replaces one partition's replica list (reassignment, partition addition). */
  setPartitionReplicas(tp: TopicPartition, replicas: number[]): void {
    const assignment = this.assignments.get(tp.topic);
    if (!assignment) throw new Error(`assertion failed: no assignment for topic ${tp.topic}`);
    assignment.set(tp.partition, [...replicas]);
  }

  setPartitionReassignment(tp: TopicPartition, state: PartitionReassignmentState | undefined): void {
    if (!state || (state.adding.length === 0 && state.removing.length === 0)) this.reassignments.delete(topicPartitionKey(tp));
    else this.reassignments.set(topicPartitionKey(tp), { adding: [...state.adding], removing: [...state.removing] });
  }

  partitionReassignment(tp: TopicPartition): PartitionReassignmentState | undefined {
    return this.reassignments.get(topicPartitionKey(tp));
  }

  /** Target replicas: RS without the removing ones (order kept, so TRS order survives). */
  targetReplicas(tp: TopicPartition): number[] {
    const removing = this.reassignments.get(topicPartitionKey(tp))?.removing ?? [];
    return this.partitionReplicas(tp).filter((id) => !removing.includes(id));
  }

  partitionsBeingReassigned(): TopicPartition[] {
    return [...this.reassignments.keys()].map(parseTopicPartitionKey).sort(compareTopicPartitions);
  }

  isPartitionBeingReassigned(tp: TopicPartition): boolean {
    return this.reassignments.has(topicPartitionKey(tp));
  }

  /** Brokers that may lead: live and not in controlled shutdown (Kafka's liveBrokerIds). */
  isBrokerEligibleLeader(id: number): boolean {
    return this.liveBrokers.has(id) && !this.shuttingDownBrokerIds.has(id);
  }

  partitionReplicas(tp: TopicPartition): number[] {
    return this.assignments.get(tp.topic)?.get(tp.partition) ?? [];
  }

  partitionsForTopic(topic: string): TopicPartition[] {
    const assignment = this.assignments.get(topic);
    if (!assignment) return [];
    return [...assignment.keys()].sort((a, b) => a - b).map((partition) => ({ topic, partition }));
  }

  allPartitions(): TopicPartition[] {
    return [...this.allTopics].sort().flatMap((t) => this.partitionsForTopic(t));
  }

  replicasForPartitions(partitions: TopicPartition[]): PartitionReplica[] {
    return partitions.flatMap((tp) => this.partitionReplicas(tp).map((replica) => ({ ...tp, replica })));
  }

  replicasOnBrokers(brokerIds: ReadonlySet<number>): PartitionReplica[] {
    return this.replicasForPartitions(this.allPartitions()).filter((r) => brokerIds.has(r.replica));
  }

  partitionLeadership(tp: TopicPartition): LeaderAndIsr | undefined {
    return this.leadership.get(topicPartitionKey(tp));
  }

  putPartitionLeadership(tp: TopicPartition, lai: LeaderAndIsr): void {
    const replicas = this.partitionReplicas(tp);
    // Invariant (as Kafka's controller keeps it): leader ∈ ISR ⊆ assigned replicas, and the ISR is never empty.
    if (lai.isr.length === 0) throw new Error(`assertion failed: empty ISR for ${topicPartitionKey(tp)}`);
    if (lai.leader >= 0 && !lai.isr.includes(lai.leader)) throw new Error(`assertion failed: leader ${lai.leader} not in ISR of ${topicPartitionKey(tp)}`);
    if (replicas.length > 0 && lai.isr.some((id) => !replicas.includes(id))) {
      throw new Error(`assertion failed: ISR ${lai.isr} of ${topicPartitionKey(tp)} not within replicas ${replicas}`);
    }
    this.leadership.set(topicPartitionKey(tp), lai);
  }

  isTopicQueuedForDeletion(topic: string): boolean {
    return this.topicsToBeDeleted.has(topic);
  }

  removeTopic(topic: string): void {
    for (const tp of this.partitionsForTopic(topic)) {
      this.leadership.delete(topicPartitionKey(tp));
      this.reassignments.delete(topicPartitionKey(tp));
    }
    this.assignments.delete(topic);
    this.allTopics.delete(topic);
    this.topicsToBeDeleted.delete(topic);
    this.topicsIneligibleForDeletion.delete(topic);
  }

  /** Partitions led by `brokerId` (what ControlledShutdown reports as remaining). */
  partitionsLedBy(brokerId: number): TopicPartition[] {
    return this.allPartitions().filter((tp) => this.partitionLeadership(tp)?.leader === brokerId);
  }

  reset(): void {
    this.liveBrokers.clear();
    this.shuttingDownBrokerIds.clear();
    this.allTopics.clear();
    this.assignments.clear();
    this.leadership.clear();
    this.reassignments.clear();
    this.topicsToBeDeleted.clear();
    this.topicsIneligibleForDeletion.clear();
    this.epoch = 0;
    this.epochZkVersion = 0;
  }
}
