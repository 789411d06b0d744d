/**
 * The leader's side of a rebalance (Kafka's ConsumerCoordinator.performAssignment): decode every
 * member's subscription, run the group's chosen assignor over the partitions of the topics they
 * subscribe to, and encode one assignment per member (members the assignor left out get an
 * empty one, so every member's SyncGroup completes). Assignors and the ConsumerProtocol
 * encodings live in ../assignors; this adds the checks and the decoding around them.
 */

import { SamsaError } from '../../errors';
import { type Assignment, type AssignorMember, type PartitionAssignor, type Subscription, type TopicPartitions } from '../assignors';
import { type JoinedMember } from './membership';

export type { TopicPartitions, PartitionAssignor, AssignorMember };

/** The ConsumerProtocol encodings, injected so the group logic can be driven without them in tests. */
export interface SubscriptionCodec {
  encodeSubscription(s: Subscription): Buffer;
  decodeSubscription(bytes: Buffer): Subscription;
  encodeAssignment(a: Assignment): Buffer;
  decodeAssignment(bytes: Buffer): Assignment;
}

export function findAssigner(assigners: readonly PartitionAssignor[], name: string): PartitionAssignor {
  const assigner = assigners.find((a) => a.name === name);
  if (!assigner) throw new SamsaError(`the group chose assignor '${name}', which this consumer does not have`);
  return assigner;
}

/** The union of the members' subscribed topics: the topics the leader needs partition counts for. */
export function subscribedTopics(members: readonly AssignorMember[]): string[] {
  return [...new Set(members.flatMap((m) => m.topics))].sort();
}

export function decodeMembers(codec: SubscriptionCodec, members: readonly JoinedMember[]): AssignorMember[] {
  return members.map((m) => {
    const s = codec.decodeSubscription(m.metadata);
    return { memberId: m.memberId, groupInstanceId: m.groupInstanceId, topics: s.topics, userData: s.userData, ownedPartitions: s.ownedPartitions };
  });
}

/** Runs the assignor; checks that no partition went to two members (an assignor bug). */
export function assignPartitions(assigner: PartitionAssignor, members: AssignorMember[], partitionsPerTopic: Map<string, number>): Map<string, TopicPartitions[]> {
  const result = assigner.assign(members, partitionsPerTopic);
  const owner = new Map<string, string>();
  for (const [memberId, list] of result) {
    for (const { topic, partitions } of list) {
      for (const p of partitions) {
        const key = `${topic}-${p}`;
        const previous = owner.get(key);
        if (previous !== undefined) throw new SamsaError(`assignor ${assigner.name} gave ${key} to both ${previous} and ${memberId}`);
        owner.set(key, memberId);
      }
    }
  }
  const out = new Map<string, TopicPartitions[]>();
  for (const m of members) out.set(m.memberId, result.get(m.memberId) ?? []);
  return out;
}

/** `{topic: [partitions]}` for events and logs (KafkaJS's memberAssignment shape). */
export function assignmentRecord(partitions: readonly TopicPartitions[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const { topic, partitions: list } of partitions) out[topic] = [...(out[topic] ?? []), ...list].sort((a, b) => a - b);
  return out;
}

export function flatten(partitions: readonly TopicPartitions[]): Array<{ topic: string; partition: number }> {
  return partitions.flatMap(({ topic, partitions: list }) => list.map((partition) => ({ topic, partition })));
}
