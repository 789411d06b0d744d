/**
 * The client's view of the cluster, built from Metadata responses. Pure: no sockets, time is
 * passed in. Follows Kafka's client Metadata rules (Kafka's Metadata and its NetworkClient refresh rules):
 * - the highest leader epoch seen per partition wins; a response carrying an older epoch for
 *   a partition (from a broker whose cache lags) does not replace the newer entry (KIP-320);
 * - a topic reported UNKNOWN_TOPIC_OR_PARTITION is dropped;
 * - a full ("all topics") response also drops topics it no longer lists.
 */

import { ErrorCode } from '../../proto/errors';
import { type samsa } from '../../proto/generated/samsa';

export interface BrokerMetadata {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null;
}

export interface PartitionMetadata {
  partitionId: number;
  partitionErrorCode: number;
  leader: number;
  leaderEpoch: number;
  replicas: number[];
  isr: number[];
  offlineReplicas: number[];
}

export interface TopicMetadata {
  name: string;
  isInternal: boolean;
  errorCode: number;
  partitions: PartitionMetadata[];
}

export class MetadataCache {
  readonly brokers = new Map<number, BrokerMetadata>();
  readonly topics = new Map<string, TopicMetadata>();
  controllerId = -1;
  clusterId = '';
  lastUpdateMs = -Infinity;
  /** hasLeaders' answers since the last update, per topic object. */
  private leadersKnown = new WeakMap<TopicMetadata, boolean>();

  /** Applies a response. `allTopics` says whether it described every topic. */
  update(response: samsa.v1.IMetadataResponse, nowMs: number, allTopics = false): void {
    this.leadersKnown = new WeakMap();
    this.brokers.clear();
    for (const b of response.brokers ?? []) {
      const nodeId = b.nodeId ?? -1;
      this.brokers.set(nodeId, { nodeId, host: b.host ?? '', port: b.port ?? 0, rack: b.rack || null });
    }
    this.controllerId = response.controllerId ?? -1;
    this.clusterId = response.clusterId ?? '';
    const seen = new Set<string>();
    for (const t of response.topics ?? []) {
      const name = t.name ?? '';
      seen.add(name);
      const errorCode = t.errorCode ?? 0;
      if (errorCode === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION || errorCode === ErrorCode.INVALID_TOPIC_EXCEPTION) {
        this.topics.delete(name);
        continue;
      }
      this.topics.set(name, this.mergeTopic(this.topics.get(name), t, name, errorCode));
    }
    if (allTopics) for (const name of [...this.topics.keys()]) if (!seen.has(name)) this.topics.delete(name);
    this.lastUpdateMs = nowMs;
  }

  private mergeTopic(previous: TopicMetadata | undefined, t: samsa.v1.MetadataResponse.ITopicMetadata, name: string, errorCode: number): TopicMetadata {
    const oldById = new Map((previous?.partitions ?? []).map((p) => [p.partitionId, p]));
    const partitions = (t.partitions ?? []).map((p) => {
      const fresh: PartitionMetadata = {
        partitionId: p.partition ?? 0,
        partitionErrorCode: p.errorCode ?? 0,
        leader: p.leaderId ?? -1,
        leaderEpoch: p.leaderEpoch ?? -1,
        replicas: p.replicaNodes ?? [],
        isr: p.isrNodes ?? [],
        offlineReplicas: p.offlineReplicas ?? [],
      };
      const old = oldById.get(fresh.partitionId);
      // Kafka's Metadata.updateLatestMetadata: keep the cached entry when the response is older.
      return old !== undefined && old.leaderEpoch > fresh.leaderEpoch ? old : fresh;
    });
    partitions.sort((a, b) => a.partitionId - b.partitionId);
    // A topic's error with no partitions (LEADER_NOT_AVAILABLE while auto-creating) keeps what
    // we had rather than forgetting every partition.
    if (partitions.length === 0 && previous) return { ...previous, errorCode };
    return { name, isInternal: t.isInternal ?? false, errorCode, partitions };
  }

  isStale(nowMs: number, maxAgeMs: number): boolean {
    return nowMs - this.lastUpdateMs >= maxAgeMs;
  }

  topic(name: string): TopicMetadata | undefined {
    return this.topics.get(name);
  }

  partition(topic: string, partition: number): PartitionMetadata | undefined {
    return this.topics.get(topic)?.partitions.find((p) => p.partitionId === partition);
  }

  /** The leader broker of a partition, when it has one and we know its address. */
  leaderFor(topic: string, partition: number): BrokerMetadata | undefined {
    const p = this.partition(topic, partition);
    if (!p || p.leader < 0) return undefined;
    return this.brokers.get(p.leader);
  }

  /** Whether every partition of `topic` is known with a leader. */
  hasLeaders(topic: string): boolean {
    const t = this.topics.get(topic);
    if (t === undefined) return false;
    // Asked on every send: answered from a cache that each update() starts afresh, not by a
    // walk over every partition (a topic may have thousands).
    let known = this.leadersKnown.get(t);
    if (known === undefined) {
      known = t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0 && this.brokers.has(p.leader));
      this.leadersKnown.set(t, known);
    }
    return known;
  }
}
