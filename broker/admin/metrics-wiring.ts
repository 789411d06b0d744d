/**
 * The broker's /metrics groups beyond the admin API's own: Kafka's BrokerTopicMetrics counted by
 * the data plane, the per-partition log gauges, and the kafka_exporter families the active
 * controller reads through the admin API's internal client (server.ts passes them to the AdminServer).
 */

import type { Logger } from 'pino';
import type { Clock } from '../clock';
import type { BrokerTopicStats } from '../cluster/broker-topic-stats';
import type { Log } from '../log/log';
import type { AdminServerOptions } from './admin-server';
import type { AdminLogMetricsView } from './data-source';
import type { InternalClusterClient } from './internal-client';
import { BrokerTopicMetricGroup } from './metrics-broker-topic';
import { ClusterMetricsExporter, clusterMetricsRefreshTimeoutMs } from './metrics-cluster';

export interface BrokerMetricsWiring {
  brokerTopicStats: BrokerTopicStats;
  cluster: InternalClusterClient;
  isActiveController: () => boolean;
  /** admin.metrics.cluster.refresh.interval.ms */
  clusterRefreshIntervalMs: number;
  logger: Logger;
  clock: Clock;
}

export function brokerMetricsOptions(w: BrokerMetricsWiring): Pick<AdminServerOptions, 'metricGroups' | 'clusterMetrics'> {
  return {
    metricGroups: [new BrokerTopicMetricGroup(w.brokerTopicStats)],
    clusterMetrics: new ClusterMetricsExporter({
      admin: () => w.cluster.admin(), isActiveController: w.isActiveController,
      refreshIntervalMs: w.clusterRefreshIntervalMs, refreshTimeoutMs: clusterMetricsRefreshTimeoutMs, logger: w.logger, clock: w.clock,
    }),
  };
}

export function logMetricsViews(logs: readonly Log[]): AdminLogMetricsView[] {
  return logs.map((log) => ({
    topic: log.topic, partition: log.partition, sizeBytes: log.sizeInBytes, logStartOffset: log.logStartOffset,
    logEndOffset: log.logEndOffset, numLogSegments: log.numberOfSegments,
  }));
}
