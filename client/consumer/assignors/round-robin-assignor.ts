/**
 * Kafka's RoundRobinAssignor: every subscribed partition, topics sorted, dealt in turn to the
 * members in MemberInfo order, skipping members not subscribed to the partition's topic.
 */

import { type AssignorMember, compareMembers, compareStrings, type GroupAssignment, type PartitionAssignor, toTopicPartitions } from './assignor';

export class RoundRobinAssignor implements PartitionAssignor {
  readonly name = 'roundrobin';

  assign(members: AssignorMember[], partitionsPerTopic: Map<string, number>): GroupAssignment {
    const assigned = new Map<string, { topic: string; partition: number }[]>(members.map((m) => [m.memberId, []]));
    const ring = [...members].sort(compareMembers);
    const topics = [...new Set(members.flatMap((m) => m.topics))].filter((t) => partitionsPerTopic.has(t)).sort(compareStrings);
    let next = 0;
    for (const topic of topics) {
      for (let partition = 0; partition < (partitionsPerTopic.get(topic) ?? 0); partition++) {
        // Some member subscribes to this topic, so the scan ends within one lap.
        while (!(ring[next % ring.length]?.topics.includes(topic) ?? false)) next++;
        const member = ring[next % ring.length];
        next++;
        if (member !== undefined) assigned.get(member.memberId)?.push({ topic, partition });
      }
    }
    return new Map([...assigned].map(([id, pairs]) => [id, toTopicPartitions(pairs)]));
  }
}
