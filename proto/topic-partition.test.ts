import { compareTopicPartitions, parseTopicPartitionKey, topicPartitionKey } from './topic-partition';

describe('TopicPartition key', () => {
  it("is Kafka's toString and parses back, even when the topic contains dashes and digits", () => {
    for (const tp of [{ topic: 'orders', partition: 0 }, { topic: 'a-1', partition: 12 }, { topic: '__consumer_offsets', partition: 49 }, { topic: 'x-', partition: 3 }]) {
      expect(parseTopicPartitionKey(topicPartitionKey(tp))).toEqual(tp);
    }
    expect(topicPartitionKey({ topic: 'a-1', partition: 2 })).toBe('a-1-2');
  });

  it('orders by topic, then partition number', () => {
    const sorted = [{ topic: 'b', partition: 0 }, { topic: 'a', partition: 10 }, { topic: 'a', partition: 2 }].sort(compareTopicPartitions);
    expect(sorted).toEqual([{ topic: 'a', partition: 2 }, { topic: 'a', partition: 10 }, { topic: 'b', partition: 0 }]);
  });
});
