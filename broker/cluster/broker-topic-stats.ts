/**
 * Kafka's BrokerTopicStats (kafka.server:type=BrokerTopicMetrics): per topic and for all topics,
 * messages and bytes in, bytes out, bytes rejected, total and failed produce and fetch requests
 * (each counted per partition of a request, as Kafka's ReplicaManager marks them), and the
 * replication bytes out to followers. Plain counters, exported at scrape time by
 * admin/metrics-broker-topic.ts.
 *
 * The produce and fetch paths update them for every partition of every request, so updating
 * allocates nothing: a topic's counters are made once, on the first request that names a topic
 * the cluster knows, and found by one Map lookup after that. Topics nobody knows (a client's typo)
 * count only in the aggregate, so that client input cannot grow the series; `topicsMax` bounds
 * them anyway. A deleted topic's counters go with it (Kafka's removeMetrics).
 */

import { ErrorCode } from '../../proto/errors';

/** Most topics with their own counters; further topics count only in the aggregate. */
export const brokerTopicStatsTopicsMax = 10_000;

export class TopicStats {
  messagesIn = 0;
  bytesIn = 0;
  bytesOut = 0;
  bytesRejected = 0;
  totalProduceRequests = 0;
  failedProduceRequests = 0;
  totalFetchRequests = 0;
  failedFetchRequests = 0;
}

/**
 * Errors Kafka's ReplicaManager does not count as failed requests: the client's to handle by
 * refreshing metadata or resetting its position (appendToLocalLog and readFromLocalLog).
 */
const expectedProduceErrors: ReadonlySet<number> = new Set([
  ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.NOT_LEADER_OR_FOLLOWER, ErrorCode.MESSAGE_TOO_LARGE,
  ErrorCode.RECORD_LIST_TOO_LARGE, ErrorCode.CORRUPT_MESSAGE, ErrorCode.KAFKA_STORAGE_ERROR,
]);
const expectedFetchErrors: ReadonlySet<number> = new Set([
  ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.NOT_LEADER_OR_FOLLOWER, ErrorCode.UNKNOWN_LEADER_EPOCH,
  ErrorCode.FENCED_LEADER_EPOCH, ErrorCode.REPLICA_NOT_AVAILABLE, ErrorCode.KAFKA_STORAGE_ERROR, ErrorCode.OFFSET_OUT_OF_RANGE,
]);
/** Bytes refused for their size (Kafka's BytesRejectedPerSec). */
const rejectedForSize: ReadonlySet<number> = new Set([ErrorCode.MESSAGE_TOO_LARGE, ErrorCode.RECORD_LIST_TOO_LARGE]);

export class BrokerTopicStats {
  readonly allTopics = new TopicStats();
  /** Bytes sent to followers' fetches (ReplicationBytesOutPerSec, aggregate only as in Kafka). */
  replicationBytesOut = 0;
  private readonly byTopic = new Map<string, TopicStats>();
  /** Counters of topics past `topicsMax` or unknown to the cluster: counted, never exported. */
  private readonly untracked = new TopicStats();

  constructor(private readonly topicsMax = brokerTopicStatsTopicsMax) {}

  /** The topic's counters; `known`: the cluster knows the topic, so it may get its own. */
  topicStats(topic: string, known: boolean): TopicStats {
    const found = this.byTopic.get(topic);
    if (found !== undefined) return found;
    if (!known || this.byTopic.size >= this.topicsMax) return this.untracked;
    const created = new TopicStats();
    this.byTopic.set(topic, created);
    return created;
  }

  removeTopic(topic: string): void {
    this.byTopic.delete(topic);
  }

  topics(): ReadonlyMap<string, TopicStats> {
    return this.byTopic;
  }

  /** One partition of a Produce reached a partition this broker hosts (or failed trying). */
  markProduceRequest(t: TopicStats): void {
    t.totalProduceRequests++;
    this.allTopics.totalProduceRequests++;
  }

  markAppended(t: TopicStats, messages: number, bytes: number): void {
    t.messagesIn += messages;
    t.bytesIn += bytes;
    this.allTopics.messagesIn += messages;
    this.allTopics.bytesIn += bytes;
  }

  markProduceFailed(t: TopicStats, errorCode: number, bytes: number): void {
    if (rejectedForSize.has(errorCode)) {
      t.bytesRejected += bytes;
      this.allTopics.bytesRejected += bytes;
    }
    if (expectedProduceErrors.has(errorCode)) return;
    t.failedProduceRequests++;
    this.allTopics.failedProduceRequests++;
  }

  /** One partition of a Fetch answered: `bytes` sent to a consumer, or to a follower (replication). */
  markFetch(t: TopicStats, fromFollower: boolean, errorCode: number, bytes: number): void {
    t.totalFetchRequests++;
    this.allTopics.totalFetchRequests++;
    if (errorCode !== ErrorCode.NONE && !expectedFetchErrors.has(errorCode)) {
      t.failedFetchRequests++;
      this.allTopics.failedFetchRequests++;
    }
    if (fromFollower) this.replicationBytesOut += bytes;
    else {
      t.bytesOut += bytes;
      this.allTopics.bytesOut += bytes;
    }
  }
}
