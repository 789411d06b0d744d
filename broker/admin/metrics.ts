/**
 * GET /metrics: the broker's figures in Prometheus text format (prom-client registries, one per
 * component: metrics-format.ts), named as Prometheus' jmx_exporter names Kafka's MBeans
 * (example_configs/kafka-2_0_0.yml, lowercased: `kafka_<domain>_<type>_<name>`, `*PerSec` meters
 * as `_total` counters), so that existing Kafka dashboards and alerts apply. Point-in-time figures
 * are read from the broker's components at scrape time; the hot paths' counters live in cells the
 * components own (allocation-free to update) and are copied into prom-client's metrics here.
 */

import type { FastifyInstance } from 'fastify';
import type { AdminControllerMetricsView, AdminDataSource, AdminLogCleanerMetricsView, AdminReplicaMetricsView } from './data-source';
import { type MetricGroup, prometheusContentType, renderMetricGroups, type ViewField, ViewMetricGroup } from './metrics-format';
import { LogMetricGroup } from './metrics-log';
import { processMetrics } from './metrics-process';

export interface MetricsSources {
  source: AdminDataSource;
  /** Further groups: request metrics, BrokerTopicMetrics, the cluster-wide exporter (each optional). */
  groups?: readonly (MetricGroup | undefined)[];
}

const c = 'kafka_controller_kafkacontroller_';
export const controllerFields: readonly ViewField<AdminControllerMetricsView>[] = [
  { name: `${c}activecontrollercount`, kind: 'gauge', help: 'Whether this broker is the active controller (1) or not (0).', value: (m) => m.activeControllerCount },
  { name: `${c}offlinepartitionscount`, kind: 'gauge', help: 'Partitions without an active leader (controller only).', value: (m) => m.offlinePartitionsCount },
  { name: `${c}preferredreplicaimbalancecount`, kind: 'gauge', help: 'Partitions whose leader is not their preferred replica (controller only).', value: (m) => m.preferredReplicaImbalanceCount },
  { name: `${c}globalpartitioncount`, kind: 'gauge', help: 'Partitions in the cluster (controller only).', value: (m) => m.globalPartitionCount },
  { name: `${c}globaltopiccount`, kind: 'gauge', help: 'Topics in the cluster (controller only).', value: (m) => m.globalTopicCount },
  { name: 'kafka_controller_controllerstats_uncleanleaderelections_total', kind: 'counter', help: 'Leaders elected from outside the ISR.', value: (m) => m.uncleanLeaderElections },
  { name: 'kafka_controller_controllerstats_leaderelections_total', kind: 'counter', help: 'Partition leader elections run by this controller.', value: (m) => m.leaderElections },
  { name: 'kafka_controller_controllereventmanager_eventqueuesize', kind: 'gauge', help: 'Events waiting on the controller event queue.', value: (m) => m.eventQueueSize },
];

const r = 'kafka_server_replicamanager_';
export const replicaManagerFields: readonly ViewField<AdminReplicaMetricsView>[] = [
  { name: `${r}partitioncount`, kind: 'gauge', help: 'Partitions hosted on this broker.', value: (m) => m.partitionCount },
  { name: `${r}leadercount`, kind: 'gauge', help: 'Partitions this broker leads.', value: (m) => m.leaderCount },
  { name: `${r}underreplicatedpartitions`, kind: 'gauge', help: 'Led partitions whose ISR is smaller than their replica set.', value: (m) => m.underReplicatedPartitions },
  { name: `${r}underminisrpartitioncount`, kind: 'gauge', help: 'Led partitions whose ISR is below min.insync.replicas.', value: (m) => m.underMinIsrPartitionCount },
  { name: `${r}atminisrpartitioncount`, kind: 'gauge', help: 'Led partitions whose ISR is exactly min.insync.replicas.', value: (m) => m.atMinIsrPartitionCount },
  { name: `${r}offlinereplicacount`, kind: 'gauge', help: 'Replicas hosted here whose partition has no leader.', value: (m) => m.offlineReplicaCount },
  { name: `${r}isrshrinks_total`, kind: 'counter', help: 'Replicas removed from the ISR of partitions led here.', value: (m) => m.isrShrinks },
  { name: `${r}isrexpands_total`, kind: 'counter', help: 'Replicas added to the ISR of partitions led here.', value: (m) => m.isrExpands },
  { name: `${r}failedisrupdates_total`, kind: 'counter', help: 'ISR writes that did not apply (ZooKeeper error or version conflict); each is retried or fenced.', value: (m) => m.failedIsrUpdates },
  { name: `${r}pendingisrupdatepartitions`, kind: 'gauge', help: 'Led partitions whose ISR change has not reached ZooKeeper yet (retrying, or waiting for the controller).', value: (m) => m.pendingIsrUpdatePartitions ?? 0 },
  { name: 'kafka_server_replicafetchermanager_maxlag', kind: 'gauge', help: 'Largest lag in messages of a follower replica on this broker.', value: (m) => m.maxFollowerLag },
];

const l = 'kafka_log_logcleaner_';
export const logCleanerFields: readonly ViewField<AdminLogCleanerMetricsView>[] = [
  { name: `${l}max_dirty_percent`, kind: 'gauge', help: 'Dirty share of the filthiest compacted log, in percent.', value: (m) => m.maxDirtyPercent },
  { name: `${l}cleaner_recopy_percent`, kind: 'gauge', help: 'Bytes written / bytes read by the last cleaning, in percent.', value: (m) => m.cleanerRecopyPercent },
  { name: `${l}max_clean_time_secs`, kind: 'gauge', help: 'Duration of the last cleaning in seconds.', value: (m) => m.maxCleanTimeSecs },
  { name: `${l}max_buffer_utilization_percent`, kind: 'gauge', help: 'Share of log.cleaner.dedupe.buffer.size the last cleaning used, in percent.', value: (m) => m.maxBufferUtilizationPercent },
  { name: 'kafka_log_logcleanermanager_time_since_last_run_ms', kind: 'gauge', help: 'Milliseconds since the cleaner last finished a round.', value: (m) => m.timeSinceLastRunMs },
  { name: 'kafka_log_logcleanermanager_uncleanable_partitions_count', kind: 'gauge', help: 'Compacted partitions the cleaner gave up on after an error.', value: (m) => m.uncleanablePartitionsCount },
  { name: `${l}cleanings_total`, kind: 'counter', help: 'Cleanings completed since the broker started.', value: (m) => m.cleaningsTotal },
];

/** The groups of one /metrics route, in the order they are written. */
export function metricGroups(sources: MetricsSources): MetricGroup[] {
  const s = sources.source;
  const groups: MetricGroup[] = [
    new ViewMetricGroup(() => s.controllerMetrics?.(), controllerFields),
    new ViewMetricGroup(() => s.replicaMetrics?.(), replicaManagerFields),
    new ViewMetricGroup(() => s.logCleanerMetrics?.(), logCleanerFields),
    new LogMetricGroup(s),
  ];
  for (const group of sources.groups ?? []) if (group !== undefined) groups.push(group);
  groups.push(processMetrics());
  return groups;
}

export function registerMetricsRoute(app: FastifyInstance, sources: MetricsSources): void {
  const groups = metricGroups(sources);
  app.get('/metrics', async (_request, reply) => reply.type(prometheusContentType).send(await renderMetricGroups(groups)));
}
