/**
 * Kafka's RangeAssignor (the default): per topic, subscribed members in MemberInfo order each get
 * a contiguous range of floor(P/M) partitions, the first P mod M one more. Partition i of every
 * co-partitioned topic lands on the same member, at the price of skew across many topics.
 */

import { type AssignorMember, compareMembers, type GroupAssignment, type PartitionAssignor, toTopicPartitions } from './assignor';

export class RangeAssignor implements PartitionAssignor {
  readonly name = 'range';

  assign(members: AssignorMember[], partitionsPerTopic: Map<string, number>): GroupAssignment {
    const assigned = new Map<string, { topic: string; partition: number }[]>(members.map((m) => [m.memberId, []]));
    const topics = new Set(members.flatMap((m) => m.topics));
    for (const topic of topics) {
      const partitionCount = partitionsPerTopic.get(topic);
      if (partitionCount === undefined) continue; // not (yet) in metadata
      const consumers = members.filter((m) => m.topics.includes(topic)).sort(compareMembers);
      const perConsumer = Math.floor(partitionCount / consumers.length);
      const withExtra = partitionCount % consumers.length;
      consumers.forEach((consumer, i) => {
        const start = perConsumer * i + Math.min(i, withExtra);
        const length = perConsumer + (i < withExtra ? 1 : 0);
        for (let p = start; p < start + length; p++) assigned.get(consumer.memberId)?.push({ topic, partition: p });
      });
    }
    return new Map([...assigned].map(([id, pairs]) => [id, toTopicPartitions(pairs)]));
  }
}
