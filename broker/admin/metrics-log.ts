/**
 * Kafka's kafka.log:type=Log gauges per partition under jmx_exporter's names
 * (`kafka_log_log_size{topic,partition}`, `_logstartoffset`, `_logendoffset`, `_numlogsegments`),
 * for every log this broker holds, leader or follower, as Kafka registers them per log.
 */

import { Gauge, Registry } from 'prom-client';
import type { AdminDataSource, AdminLogMetricsView } from './data-source';
import type { MetricGroup } from './metrics-format';

const families: ReadonlyArray<{ name: string; help: string; value: (l: AdminLogMetricsView) => number }> = [
  { name: 'kafka_log_log_size', help: 'Bytes of the partition\'s log on this broker (Kafka Log Size).', value: (l) => l.sizeBytes },
  { name: 'kafka_log_log_logstartoffset', help: 'First offset of the partition\'s log on this broker (Kafka Log LogStartOffset).', value: (l) => l.logStartOffset },
  { name: 'kafka_log_log_logendoffset', help: 'Offset after the last record of the partition\'s log on this broker (Kafka Log LogEndOffset).', value: (l) => l.logEndOffset },
  { name: 'kafka_log_log_numlogsegments', help: 'Segments of the partition\'s log on this broker (Kafka Log NumLogSegments).', value: (l) => l.numLogSegments },
];

export class LogMetricGroup implements MetricGroup {
  readonly registry = new Registry();
  private readonly gauges: Array<{ gauge: Gauge<'topic' | 'partition'>; value: (l: AdminLogMetricsView) => number }>;

  constructor(private readonly source: AdminDataSource) {
    const registers = [this.registry];
    this.gauges = families.map((f) => ({ gauge: new Gauge({ name: f.name, help: f.help, labelNames: ['topic', 'partition'], registers }), value: f.value }));
  }

  refresh(): boolean {
    const logs = this.source.logMetrics?.();
    if (logs === undefined) return false;
    const sorted = [...logs].sort((x, y) => x.topic.localeCompare(y.topic) || x.partition - y.partition);
    for (const { gauge, value } of this.gauges) {
      gauge.reset();
      for (const l of sorted) gauge.set({ topic: l.topic, partition: String(l.partition) }, value(l));
    }
    return true;
  }
}
