/**
 * Process metrics under the names prom-client's default collectors use, so that stock Node.js
 * dashboards work: resident memory, CPU time, and event-loop delay from perf_hooks'
 * monitorEventLoopDelay (a libuv timer sampling the loop; `stop()` disables it).
 */

import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { counter, gauge, type MetricFamily } from './metrics-format';

/** Sampling period of the event-loop delay monitor (prom-client's default). */
export const eventLoopMonitorResolutionMs = 10;

const nanosPerSecond = 1e9;
const microsPerSecond = 1e6;

export class ProcessMetrics {
  private readonly eventLoopDelay: IntervalHistogram;
  private readonly startTimeSeconds = Math.round(Date.now() / 1000 - process.uptime());

  constructor() {
    this.eventLoopDelay = monitorEventLoopDelay({ resolution: eventLoopMonitorResolutionMs });
    this.eventLoopDelay.enable();
  }

  stop(): void {
    this.eventLoopDelay.disable();
  }

  /**
   * Event-loop figures cover the time since the previous scrape (the histogram is reset after
   * each read, as prom-client does), so a spike shows once rather than forever in the max.
   */
  families(): MetricFamily[] {
    const cpu = process.cpuUsage();
    const h = this.eventLoopDelay;
    const sampled = h.count > 0;
    const seconds = (nanos: number): number => (sampled ? nanos / nanosPerSecond : 0);
    const families = [
      gauge('process_resident_memory_bytes', 'Resident memory size in bytes.', process.memoryUsage.rss()),
      counter('process_cpu_seconds_total', 'Total user and system CPU time spent in seconds.', (cpu.user + cpu.system) / microsPerSecond),
      counter('process_cpu_user_seconds_total', 'Total user CPU time spent in seconds.', cpu.user / microsPerSecond),
      counter('process_cpu_system_seconds_total', 'Total system CPU time spent in seconds.', cpu.system / microsPerSecond),
      gauge('process_start_time_seconds', 'Start time of the process since the Unix epoch in seconds.', this.startTimeSeconds),
      gauge('nodejs_eventloop_lag_seconds', 'Mean event-loop delay since the previous scrape, in seconds.', seconds(h.mean)),
      gauge('nodejs_eventloop_lag_max_seconds', 'Largest event-loop delay since the previous scrape, in seconds.', seconds(h.max)),
      gauge('nodejs_eventloop_lag_p99_seconds', '99th percentile of event-loop delay since the previous scrape, in seconds.', seconds(h.percentile(99))),
    ];
    h.reset();
    return families;
  }
}
