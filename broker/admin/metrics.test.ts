import pino from 'pino';

// light-my-request (behind app.inject) requires `cookie` 2.x, which ships only as an ES module
// that Jest's CommonJS runtime cannot load; these tests send no cookies, so a stand-in will do.
jest.mock('cookie', () => ({
  stringifySetCookie: (): string => {
    throw new Error('cookies are not used by these tests');
  },
}));

import type { FastifyInstance } from 'fastify';
import { buildAdminApp } from './admin-server';
import type { AdminControllerMetricsView, AdminDataSource, AdminLogCleanerMetricsView, AdminReplicaMetricsView, Readiness } from './data-source';
import { RequestMetrics } from './metrics-requests';
import { prometheusSamples } from '../../test/support/prometheus-text';

const logger = pino({ level: 'silent' });

class FakeSource implements AdminDataSource {
  controller: AdminControllerMetricsView | undefined = {
    activeControllerCount: 1, offlinePartitionsCount: 2, preferredReplicaImbalanceCount: 3, globalPartitionCount: 12,
    globalTopicCount: 4, uncleanLeaderElections: 0, leaderElections: 7, eventQueueSize: 5,
  };
  replicas: AdminReplicaMetricsView | undefined = {
    partitionCount: 9, leaderCount: 3, underReplicatedPartitions: 1, underMinIsrPartitionCount: 1, atMinIsrPartitionCount: 2,
    offlineReplicaCount: 0, isrShrinks: 4, isrExpands: 6, failedIsrUpdates: 0, maxFollowerLag: 17,
  };
  cleaner: AdminLogCleanerMetricsView | undefined = {
    maxDirtyPercent: 62.5, cleanerRecopyPercent: 20, maxCleanTimeSecs: 0.25, maxBufferUtilizationPercent: 3,
    timeSinceLastRunMs: 1500, uncleanablePartitionsCount: 0, cleaningsTotal: 4,
  };
  clusterId() { return 'c1'; }
  controllerId() { return 1; }
  brokers() { return []; }
  topicNames() { return []; }
  topic() { return undefined; }
  readiness(): Readiness { return { ready: true, reasons: [] }; }
  controllerMetrics() { return this.controller; }
  replicaMetrics() { return this.replicas; }
  logCleanerMetrics() { return this.cleaner; }
}

/** Sample lines keyed by series (name plus labels), values as numbers. */
const samples = prometheusSamples;

describe('GET /metrics', () => {
  const apps: FastifyInstance[] = [];
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((a) => a.close()));
  });

  function setup(source: AdminDataSource = new FakeSource(), requestMetrics?: RequestMetrics) {
    const app = buildAdminApp({ source, logger, requestMetrics });
    apps.push(app);
    return app;
  }

  it('answers in the Prometheus text format with HELP and TYPE before every family', async () => {
    const res = await setup().inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(res.body.endsWith('\n')).toBe(true);
    const lines = res.body.trimEnd().split('\n');
    const typed = new Set<string>();
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const help = /^# HELP ([a-z_:][a-z0-9_:]*) \S/.exec(line);
      if (help !== null) {
        expect(lines[i + 1]).toMatch(new RegExp(`^# TYPE ${help[1]} (gauge|counter|histogram)$`));
        typed.add(help[1]!);
        continue;
      }
      if (line.startsWith('# TYPE')) continue;
      const series = /^([a-z_:][a-z0-9_:]*)(\{[^}]*\})? (\S+)$/.exec(line);
      expect(series).not.toBeNull();
      expect(Number.isNaN(Number(series![3]))).toBe(false);
      const family = [...typed].find((name) => series![1] === name || series![1]!.startsWith(`${name}_`));
      expect(family).toBeDefined();
    }
  });

  it('reports the controller and replica manager figures under Kafka jmx_exporter names', async () => {
    const m = samples((await setup().inject({ method: 'GET', url: '/metrics' })).body);
    expect(m.get('kafka_controller_kafkacontroller_activecontrollercount')).toBe(1);
    expect(m.get('kafka_controller_kafkacontroller_offlinepartitionscount')).toBe(2);
    expect(m.get('kafka_controller_kafkacontroller_preferredreplicaimbalancecount')).toBe(3);
    expect(m.get('kafka_controller_kafkacontroller_globalpartitioncount')).toBe(12);
    expect(m.get('kafka_controller_kafkacontroller_globaltopiccount')).toBe(4);
    expect(m.get('kafka_controller_controllerstats_uncleanleaderelections_total')).toBe(0);
    expect(m.get('kafka_controller_controllerstats_leaderelections_total')).toBe(7);
    expect(m.get('kafka_controller_controllereventmanager_eventqueuesize')).toBe(5);
    expect(m.get('kafka_server_replicamanager_underreplicatedpartitions')).toBe(1);
    expect(m.get('kafka_server_replicamanager_underminisrpartitioncount')).toBe(1);
    expect(m.get('kafka_server_replicamanager_atminisrpartitioncount')).toBe(2);
    expect(m.get('kafka_server_replicamanager_partitioncount')).toBe(9);
    expect(m.get('kafka_server_replicamanager_leadercount')).toBe(3);
    expect(m.get('kafka_server_replicamanager_isrshrinks_total')).toBe(4);
    expect(m.get('kafka_server_replicamanager_isrexpands_total')).toBe(6);
    expect(m.get('kafka_server_replicafetchermanager_maxlag')).toBe(17);
  });

  it('reports the log cleaner under Kafka jmx_exporter names, and nothing of it when no cleaner runs', async () => {
    const m = samples((await setup().inject({ method: 'GET', url: '/metrics' })).body);
    expect(m.get('kafka_log_logcleaner_max_dirty_percent')).toBe(62.5);
    expect(m.get('kafka_log_logcleaner_cleaner_recopy_percent')).toBe(20);
    expect(m.get('kafka_log_logcleaner_max_clean_time_secs')).toBe(0.25);
    expect(m.get('kafka_log_logcleaner_max_buffer_utilization_percent')).toBe(3);
    expect(m.get('kafka_log_logcleanermanager_time_since_last_run_ms')).toBe(1500);
    expect(m.get('kafka_log_logcleanermanager_uncleanable_partitions_count')).toBe(0);
    expect(m.get('kafka_log_logcleaner_cleanings_total')).toBe(4);
    const disabled = new FakeSource();
    disabled.cleaner = undefined;
    const body = (await setup(disabled).inject({ method: 'GET', url: '/metrics' })).body;
    expect(body).not.toContain('kafka_log_logcleaner');
  });

  it('types counters as counter and gauges as gauge', async () => {
    const body = (await setup().inject({ method: 'GET', url: '/metrics' })).body;
    expect(body).toContain('# TYPE kafka_server_replicamanager_isrshrinks_total counter');
    expect(body).toContain('# TYPE kafka_controller_controllerstats_leaderelections_total counter');
    expect(body).toContain('# TYPE kafka_server_replicamanager_underreplicatedpartitions gauge');
    expect(body).toContain('# TYPE process_cpu_seconds_total counter');
  });

  it('reports process metrics', async () => {
    const m = samples((await setup().inject({ method: 'GET', url: '/metrics' })).body);
    expect(m.get('process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(m.get('process_cpu_seconds_total')).toBeGreaterThan(0);
    expect(m.get('nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
  });

  it('leaves out controller and replica figures while those components are not running', async () => {
    const source = new FakeSource();
    source.controller = undefined;
    source.replicas = undefined;
    const body = (await setup(source).inject({ method: 'GET', url: '/metrics' })).body;
    expect(body).not.toContain('kafka_controller_');
    expect(body).not.toContain('kafka_server_replicamanager_');
    expect(body).toContain('process_resident_memory_bytes');
  });

  it('reports request counts, errors and latency per request type', async () => {
    const requests = new RequestMetrics();
    requests.onRequestCompleted('Produce', 0, 0.002);
    requests.onRequestCompleted('Produce', 0, 0.2);
    requests.onRequestCompleted('Metadata', 41, 0.001);
    const m = samples((await setup(new FakeSource(), requests).inject({ method: 'GET', url: '/metrics' })).body);
    expect(m.get('kafka_network_requestmetrics_requests_total{request="Produce"}')).toBe(2);
    expect(m.get('kafka_network_requestmetrics_requests_total{request="Metadata"}')).toBe(1);
    expect(m.get('kafka_network_requestmetrics_errors_total{request="Metadata",error="NOT_CONTROLLER"}')).toBe(1);
    expect(m.get('kafka_network_requestmetrics_totaltime_seconds_count{request="Produce"}')).toBe(2);
    expect(m.get('kafka_network_requestmetrics_totaltime_seconds_bucket{request="Produce",le="+Inf"}')).toBe(2);
  });

  it('needs no token even when one is configured', async () => {
    const app = buildAdminApp({ source: new FakeSource(), logger, authToken: 'secret' });
    apps.push(app);
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(200);
  });
});
