/**
 * Kafka's TopicPartition, the one name for "partition p of topic t" in the broker, the client and
 * the tools, and its one string form `<topic>-<partition>` (TopicPartition.toString, also the name
 * of the partition's log directory). The form is unambiguous: a partition is a non-negative
 * integer, so the text after the last '-' is the partition and everything before it the topic.
 */

export interface TopicPartition {
  topic: string;
  partition: number;
}

export function topicPartitionKey(tp: TopicPartition): string {
  return `${tp.topic}-${tp.partition}`;
}

export function parseTopicPartitionKey(key: string): TopicPartition {
  const dash = key.lastIndexOf('-');
  return { topic: key.slice(0, dash), partition: Number(key.slice(dash + 1)) };
}

/** By topic, then by partition number (not by key text, which would put t-10 before t-2). */
export function compareTopicPartitions(a: TopicPartition, b: TopicPartition): number {
  return a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition;
}
