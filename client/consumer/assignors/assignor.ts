/**
 * The client-side assignor contract (Kafka's ConsumerPartitionAssignor): the group leader decodes
 * every member's subscription from the JoinGroup response, runs the group's chosen assignor and
 * sends each member's assignment with SyncGroup. The coordinator never looks inside.
 */

import { decodeSubscription, encodeAssignment, type TopicPartitions } from './consumer-protocol';

export interface AssignorMember {
  memberId: string;
  groupInstanceId?: string | null;
  topics: string[];
  userData?: Buffer | null;
  ownedPartitions?: TopicPartitions[];
}

export type GroupAssignment = Map<string, TopicPartitions[]>;

export interface PartitionAssignor {
  /** The protocol name in JoinGroup: range, roundrobin, sticky. */
  readonly name: string;
  assign(members: AssignorMember[], partitionsPerTopic: Map<string, number>): GroupAssignment;
  /** Bytes this member adds to its subscription (sticky: its previous assignment). */
  userData?(): Buffer | null;
  /** This member's assignment arrived (SyncGroup); sticky assignors remember it. */
  onAssignment?(assignment: TopicPartitions[], generationId: number): void;
}

/**
 * Kafka's MemberInfo order: members with a group.instance.id first, by instance id (stable across
 * restarts, KIP-345), then dynamic members by member id. JS string comparison is UTF-16 code
 * unit order, like Java's String.compareTo.
 */
export function compareMembers(a: AssignorMember, b: AssignorMember): number {
  const ai = a.groupInstanceId ?? null;
  const bi = b.groupInstanceId ?? null;
  if (ai !== null && bi !== null) return compareStrings(ai, bi);
  if (ai !== null) return -1;
  if (bi !== null) return 1;
  return compareStrings(a.memberId, b.memberId);
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Collects (topic, partition) pairs into the wire shape, topics and partitions sorted. */
export function toTopicPartitions(pairs: Iterable<{ topic: string; partition: number }>): TopicPartitions[] {
  const byTopic = new Map<string, number[]>();
  for (const { topic, partition } of pairs) {
    let list = byTopic.get(topic);
    if (list === undefined) byTopic.set(topic, (list = []));
    list.push(partition);
  }
  return [...byTopic.keys()].sort(compareStrings).map((topic) => ({ topic, partitions: (byTopic.get(topic) ?? []).sort((x, y) => x - y) }));
}

/**
 * The leader's step between JoinGroup and SyncGroup: decode subscriptions, assign, encode.
 * Every member gets an entry, empty if the assignor gave it nothing.
 */
export function performAssignment(
  assignor: PartitionAssignor,
  joinMembers: { memberId: string; groupInstanceId?: string | null; metadata: Uint8Array }[],
  partitionsPerTopic: Map<string, number>,
): { memberId: string; assignment: Buffer }[] {
  const members = joinMembers.map((m) => {
    const sub = decodeSubscription(Buffer.from(m.metadata));
    return { memberId: m.memberId, groupInstanceId: m.groupInstanceId || null, topics: sub.topics, userData: sub.userData, ownedPartitions: sub.ownedPartitions };
  });
  const result = assignor.assign(members, partitionsPerTopic);
  return members.map((m) => ({ memberId: m.memberId, assignment: encodeAssignment({ partitions: result.get(m.memberId) ?? [], userData: null }) }));
}
