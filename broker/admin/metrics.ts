/**
 * GET /metrics: the broker's figures in Prometheus text format, named as Prometheus' jmx_exporter
 * names Kafka's MBeans (example_configs/kafka-2_0_0.yml, lowercased: `kafka_<domain>_<type>_<name>`,
 * `*PerSec` meters as `_total` counters), so that existing Kafka dashboards and alerts apply.
 * Everything is read from the broker's components at scrape time; nothing is cached here.
 */

import type { FastifyInstance } from 'fastify';
import type { AdminControllerMetricsView, AdminDataSource, AdminLogCleanerMetricsView, AdminReplicaMetricsView } from './data-source';
import { counter, gauge, type MetricFamily, prometheusContentType, renderMetricFamilies } from './metrics-format';
import type { ProcessMetrics } from './metrics-process';
import type { RequestMetrics } from './metrics-requests';

export interface MetricsSources {
  source: AdminDataSource;
  requests?: RequestMetrics | undefined;
  process?: ProcessMetrics | undefined;
}

export function controllerMetricFamilies(m: AdminControllerMetricsView): MetricFamily[] {
  const c = 'kafka_controller_kafkacontroller_';
  return [
    gauge(`${c}activecontrollercount`, 'Whether this broker is the active controller (1) or not (0).', m.activeControllerCount),
    gauge(`${c}offlinepartitionscount`, 'Partitions without an active leader (controller only).', m.offlinePartitionsCount),
    gauge(`${c}preferredreplicaimbalancecount`, 'Partitions whose leader is not their preferred replica (controller only).', m.preferredReplicaImbalanceCount),
    gauge(`${c}globalpartitioncount`, 'Partitions in the cluster (controller only).', m.globalPartitionCount),
    gauge(`${c}globaltopiccount`, 'Topics in the cluster (controller only).', m.globalTopicCount),
    counter('kafka_controller_controllerstats_uncleanleaderelections_total', 'Leaders elected from outside the ISR.', m.uncleanLeaderElections),
    counter('kafka_controller_controllerstats_leaderelections_total', 'Partition leader elections run by this controller.', m.leaderElections),
    gauge('kafka_controller_controllereventmanager_eventqueuesize', 'Events waiting on the controller event queue.', m.eventQueueSize),
  ];
}

export function replicaManagerMetricFamilies(m: AdminReplicaMetricsView): MetricFamily[] {
  const r = 'kafka_server_replicamanager_';
  return [
    gauge(`${r}partitioncount`, 'Partitions hosted on this broker.', m.partitionCount),
    gauge(`${r}leadercount`, 'Partitions this broker leads.', m.leaderCount),
    gauge(`${r}underreplicatedpartitions`, 'Led partitions whose ISR is smaller than their replica set.', m.underReplicatedPartitions),
    gauge(`${r}underminisrpartitioncount`, 'Led partitions whose ISR is below min.insync.replicas.', m.underMinIsrPartitionCount),
    gauge(`${r}atminisrpartitioncount`, 'Led partitions whose ISR is exactly min.insync.replicas.', m.atMinIsrPartitionCount),
    gauge(`${r}offlinereplicacount`, 'Replicas hosted here whose partition has no leader.', m.offlineReplicaCount),
    counter(`${r}isrshrinks_total`, 'Replicas removed from the ISR of partitions led here.', m.isrShrinks),
    counter(`${r}isrexpands_total`, 'Replicas added to the ISR of partitions led here.', m.isrExpands),
    counter(`${r}failedisrupdates_total`, 'ISR writes that did not apply (ZooKeeper error or version conflict); each is retried or fenced.', m.failedIsrUpdates),
    gauge(`${r}pendingisrupdatepartitions`, 'Led partitions whose ISR change has not reached ZooKeeper yet (retrying, or waiting for the controller).', m.pendingIsrUpdatePartitions ?? 0),
    gauge('kafka_server_replicafetchermanager_maxlag', 'Largest lag in messages of a follower replica on this broker.', m.maxFollowerLag),
  ];
}

export function logCleanerMetricFamilies(m: AdminLogCleanerMetricsView): MetricFamily[] {
  const c = 'kafka_log_logcleaner_';
  return [
    gauge(`${c}max_dirty_percent`, 'Dirty share of the filthiest compacted log, in percent.', m.maxDirtyPercent),
    gauge(`${c}cleaner_recopy_percent`, 'Bytes written / bytes read by the last cleaning, in percent.', m.cleanerRecopyPercent),
    gauge(`${c}max_clean_time_secs`, 'Duration of the last cleaning in seconds.', m.maxCleanTimeSecs),
    gauge(`${c}max_buffer_utilization_percent`, 'Share of log.cleaner.dedupe.buffer.size the last cleaning used, in percent.', m.maxBufferUtilizationPercent),
    gauge('kafka_log_logcleanermanager_time_since_last_run_ms', 'Milliseconds since the cleaner last finished a round.', m.timeSinceLastRunMs),
    gauge('kafka_log_logcleanermanager_uncleanable_partitions_count', 'Compacted partitions the cleaner gave up on after an error.', m.uncleanablePartitionsCount),
    counter(`${c}cleanings_total`, 'Cleanings completed since the broker started.', m.cleaningsTotal),
  ];
}

export function collectMetricFamilies(sources: MetricsSources): MetricFamily[] {
  const families: MetricFamily[] = [];
  const controller = sources.source.controllerMetrics?.();
  if (controller !== undefined) families.push(...controllerMetricFamilies(controller));
  const replicas = sources.source.replicaMetrics?.();
  if (replicas !== undefined) families.push(...replicaManagerMetricFamilies(replicas));
  const cleaner = sources.source.logCleanerMetrics?.();
  if (cleaner !== undefined) families.push(...logCleanerMetricFamilies(cleaner));
  if (sources.requests !== undefined) families.push(...sources.requests.families());
  if (sources.process !== undefined) families.push(...sources.process.families());
  return families;
}

export function registerMetricsRoute(app: FastifyInstance, sources: MetricsSources): void {
  app.get('/metrics', async (_request, reply) =>
    reply.type(prometheusContentType).send(renderMetricFamilies(collectMetricFamilies(sources))));
}
