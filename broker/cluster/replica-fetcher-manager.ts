/**
 * Kafka's `ReplicaFetcherManager`: one ReplicaFetcher per source broker endpoint
 * (num.replica.fetchers = 1), created when a partition starts following that broker and shut down
 * once it follows nothing there. Moving a partition between leaders is remove-then-add, and
 * removal waits until the old fetcher no longer touches the partition's log.
 */
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import type { LeaderEndpoint, LeaderRpcFactory } from './leader-rpc';
import type { Partition } from './partition';
import type { ReplicationQuotaManager } from './replication-quota';
import { ReplicaFetcher, type ReplicaFetcherConfig } from './replica-fetcher';
import { topicPartitionKey } from '../../proto/topic-partition';

export interface FollowedPartition {
  topic: string;
  partition: number;
  leaderEpoch: number;
  leader: LeaderEndpoint;
}

function fetcherKey(e: LeaderEndpoint): string {
  return `${e.brokerId}@${e.host}:${e.port}`;
}

export class ReplicaFetcherManager {
  private readonly fetchers = new Map<string, ReplicaFetcher>();
  private closed = false;

  constructor(
    private readonly config: ReplicaFetcherConfig,
    private readonly deps: {
      rpcFactory: LeaderRpcFactory;
      lookup: (topic: string, partition: number) => Partition | undefined;
      logger: Logger;
      clock: Clock;
      followerQuota?: ReplicationQuotaManager;
    },
  ) {}

  /** Kafka's `addFetcherForPartitions`: each partition starts truncating, then fetches from its leader. */
  addFetcherForPartitions(partitions: readonly FollowedPartition[]): void {
    if (this.closed) return;
    for (const p of partitions) {
      const key = fetcherKey(p.leader);
      let fetcher = this.fetchers.get(key);
      if (fetcher === undefined) {
        fetcher = new ReplicaFetcher(p.leader, this.config, { ...this.deps, logger: this.deps.logger.child({ fetcherLeader: p.leader.brokerId }) });
        this.fetchers.set(key, fetcher);
        fetcher.start();
      }
      fetcher.addPartitions([{ topic: p.topic, partition: p.partition, leaderEpoch: p.leaderEpoch }]);
    }
  }

  /** Kafka's `removeFetcherForPartitions`; resolves once no fetcher works on them. */
  async removeFetcherForPartitions(partitions: readonly { topic: string; partition: number }[]): Promise<void> {
    const keys = partitions.map((p) => topicPartitionKey({ topic: p.topic, partition: p.partition }));
    await Promise.all([...this.fetchers.values()].map((f) => f.removePartitions(keys)));
  }

  /** Kafka's `shutdownIdleFetcherThreads`. */
  async shutdownIdleFetchers(): Promise<void> {
    const idle = [...this.fetchers].filter(([, f]) => f.partitionCount === 0);
    for (const [key] of idle) this.fetchers.delete(key);
    await Promise.all(idle.map(([, f]) => f.shutdown()));
  }

  isFetching(topic: string, partition: number): boolean {
    const key = topicPartitionKey({ topic, partition });
    return [...this.fetchers.values()].some((f) => f.hasPartition(key));
  }

  get fetcherCount(): number {
    return this.fetchers.size;
  }

  /** Kafka's ReplicaFetcherManager MaxLag: the largest follower lag on this broker, in messages. */
  get maxLag(): number {
    let max = 0;
    for (const f of this.fetchers.values()) max = Math.max(max, f.maxLag);
    return max;
  }

  async shutdown(): Promise<void> {
    this.closed = true;
    const all = [...this.fetchers.values()];
    this.fetchers.clear();
    await Promise.all(all.map((f) => f.shutdown()));
  }
}
