/**
 * Process metrics: prom-client's default collectors (process_cpu_*, process_resident_memory_bytes,
 * process_start_time_seconds, open file descriptors, nodejs_heap_*, nodejs_gc_duration_seconds,
 * nodejs_version_info, ...), so that stock Node.js dashboards work.
 *
 * The event-loop delay family keeps prom-client's names but is computed here: prom-client reports
 * the mean and standard deviation of an interval with no samples as NaN (two scrapes closer than
 * the monitor's resolution, or a loop blocked for the whole interval), which Prometheus stores as
 * points that poison avg() and rate(). Here such an interval reads 0, as it did before.
 *
 * One set per process: the collectors observe the process (GC, event loop), not a broker, and
 * prom-client's own monitors cannot be stopped, so several admin apps in one process share it.
 */

import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import type { MetricGroup } from './metrics-format';

/** Sampling period of the event-loop delay monitor (prom-client's default). */
export const eventLoopMonitorResolutionMs = 10;

const nanosPerSecond = 1e9;

/** prom-client's event-loop family, replaced by EventLoopDelay's gauges of the same names. */
const eventLoopFamily = [
  ['nodejs_eventloop_lag_seconds', 'Mean event-loop delay since the previous scrape, in seconds.', (h: IntervalHistogram) => h.mean],
  ['nodejs_eventloop_lag_min_seconds', 'Smallest event-loop delay since the previous scrape, in seconds.', (h: IntervalHistogram) => h.min],
  ['nodejs_eventloop_lag_max_seconds', 'Largest event-loop delay since the previous scrape, in seconds.', (h: IntervalHistogram) => h.max],
  ['nodejs_eventloop_lag_mean_seconds', 'Mean event-loop delay since the previous scrape, in seconds.', (h: IntervalHistogram) => h.mean],
  ['nodejs_eventloop_lag_stddev_seconds', 'Standard deviation of the event-loop delay since the previous scrape, in seconds.', (h: IntervalHistogram) => h.stddev],
  ['nodejs_eventloop_lag_p50_seconds', 'Median event-loop delay since the previous scrape, in seconds.', (h: IntervalHistogram) => h.percentile(50)],
  ['nodejs_eventloop_lag_p90_seconds', '90th percentile of event-loop delay since the previous scrape, in seconds.', (h: IntervalHistogram) => h.percentile(90)],
  ['nodejs_eventloop_lag_p99_seconds', '99th percentile of event-loop delay since the previous scrape, in seconds.', (h: IntervalHistogram) => h.percentile(99)],
] as const;

export class ProcessMetrics implements MetricGroup {
  readonly registry = new Registry();
  private readonly eventLoopDelay: IntervalHistogram;
  private readonly eventLoopGauges: Array<{ gauge: Gauge<string>; read: (h: IntervalHistogram) => number }>;

  constructor() {
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: eventLoopMonitorResolutionMs });
    for (const [name] of eventLoopFamily) this.registry.removeSingleMetric(name);
    this.eventLoopDelay = monitorEventLoopDelay({ resolution: eventLoopMonitorResolutionMs });
    this.eventLoopDelay.enable();
    const registers = [this.registry];
    this.eventLoopGauges = eventLoopFamily.map(([name, help, read]) => ({ gauge: new Gauge({ name, help, registers }), read }));
  }

  /** Event-loop figures cover the time since the previous scrape (the histogram is reset after each read, as prom-client does). */
  refresh(): boolean {
    const h = this.eventLoopDelay;
    const sampled = h.count > 0;
    for (const { gauge, read } of this.eventLoopGauges) gauge.set(sampled ? read(h) / nanosPerSecond : 0);
    h.reset();
    return true;
  }
}

let shared: ProcessMetrics | undefined;

/** The process's one set of process metrics, made on first use. */
export function processMetrics(): ProcessMetrics {
  shared ??= new ProcessMetrics();
  return shared;
}
