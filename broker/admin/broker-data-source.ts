/**
 * Adapts the broker's MetadataCache (cluster-wide view from UpdateMetadata) and ReplicaManager
 * (local logs) to the admin API's read-only AdminDataSource.
 */

import { internalTopics } from '../../proto/topic-name';
import type { AliveBroker, MetadataCache } from '../cluster/metadata-cache';
import type {
  AdminBrokerView, AdminControllerMetricsView, AdminDataSource, AdminLogMetricsView, AdminPartitionView, AdminReplicaMetricsView, AdminLogCleanerMetricsView,
  AdminTopicView, Readiness,
} from './data-source';

export interface LocalPartitionInfo {
  leader: number;
  highWatermark: number;
  logStartOffset: number;
  logEndOffset: number;
}

export interface BrokerDataSourceOptions {
  brokerId: number;
  metadataCache: Pick<MetadataCache, 'clusterId' | 'controllerId' | 'aliveBrokers' | 'allTopics' | 'partitionStates' | 'contains' | 'waitFor'>;
  partitionInfo: (topic: string, partition: number) => LocalPartitionInfo | undefined;
  /** The listener whose endpoint the brokers resource shows (inter.broker.listener.name). */
  listenerName: string;
  readiness: () => Readiness;
  controllerMetrics?: () => AdminControllerMetricsView | undefined;
  replicaMetrics?: () => AdminReplicaMetricsView | undefined;
  logCleanerMetrics?: () => AdminLogCleanerMetricsView | undefined;
  logMetrics?: () => AdminLogMetricsView[] | undefined;
}

export class BrokerDataSource implements AdminDataSource {
  constructor(private readonly opts: BrokerDataSourceOptions) {}

  clusterId(): string {
    return this.opts.metadataCache.clusterId;
  }

  controllerId(): number {
    return this.opts.metadataCache.controllerId();
  }

  brokers(): AdminBrokerView[] {
    return this.opts.metadataCache.aliveBrokers().map((b) => this.brokerView(b));
  }

  topicNames(): string[] {
    return this.opts.metadataCache.allTopics();
  }

  waitForTopic(name: string, present: boolean, timeoutMs: number): Promise<boolean> {
    const cache = this.opts.metadataCache;
    return cache.waitFor(() => cache.contains(name) === present, timeoutMs);
  }

  topic(name: string): AdminTopicView | undefined {
    if (!this.opts.metadataCache.contains(name)) return undefined;
    const partitions = this.opts.metadataCache.partitionStates(name).map((s): AdminPartitionView => {
      const local = this.opts.partitionInfo(name, s.partition);
      return {
        partitionId: s.partition, leader: s.leader, leaderEpoch: s.leaderEpoch, replicas: [...s.replicas], isr: [...s.isr],
        // Offsets are shown only where this broker leads: a follower's HW may lag the leader's.
        local: local !== undefined && local.leader === this.opts.brokerId
          ? { highWatermark: local.highWatermark, logStartOffset: local.logStartOffset, logEndOffset: local.logEndOffset }
          : undefined,
      };
    });
    return { name, isInternal: internalTopics.has(name), partitions };
  }

  readiness(): Readiness {
    return this.opts.readiness();
  }

  controllerMetrics(): AdminControllerMetricsView | undefined {
    return this.opts.controllerMetrics?.();
  }

  replicaMetrics(): AdminReplicaMetricsView | undefined {
    return this.opts.replicaMetrics?.();
  }

  logCleanerMetrics(): AdminLogCleanerMetricsView | undefined {
    return this.opts.logCleanerMetrics?.();
  }

  logMetrics(): AdminLogMetricsView[] | undefined {
    return this.opts.logMetrics?.();
  }

  private brokerView(b: AliveBroker): AdminBrokerView {
    const endpoint = b.endpoints.get(this.opts.listenerName) ?? b.endpoints.values().next().value;
    return { brokerId: b.id, host: endpoint?.host ?? '', port: endpoint?.port ?? 0, rack: b.rack };
  }
}
