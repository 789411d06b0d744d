/**
 * The Prometheus text exposition (format 0.0.4) of the broker's metric families, written by
 * prom-client's registries. Each component's families sit in their own registry (a MetricGroup),
 * so that a component that is not running (no controller yet, the log cleaner disabled, not the
 * active controller) leaves its families out rather than exporting zeros that would read as
 * facts. A family without samples (a labelled family nothing was counted under yet) is left out
 * too: a TYPE line without samples says nothing.
 */

import { Counter, Gauge, Registry } from 'prom-client';

export const prometheusContentType: string = Registry.PROMETHEUS_CONTENT_TYPE;

export interface MetricGroup {
  readonly registry: Registry;
  /** Reads the component's figures into the group's metrics; false leaves the group out of this scrape. */
  refresh(): boolean;
}

/** True when the rendered family has a sample line after its HELP and TYPE lines. */
function hasSamples(text: string): boolean {
  const afterHelp = text.indexOf('\n');
  return afterHelp >= 0 && text.indexOf('\n', afterHelp + 1) >= 0;
}

/** The groups' families, one after another, without blank lines between them. */
export async function renderMetricGroups(groups: readonly MetricGroup[]): Promise<string> {
  const parts: string[] = [];
  for (const group of groups) {
    if (!group.refresh()) continue;
    for (const metric of group.registry.getMetricsAsArray()) {
      const text = await group.registry.getSingleMetricAsString(metric.name);
      if (hasSamples(text)) parts.push(text);
    }
  }
  return parts.length === 0 ? '' : `${parts.join('\n')}\n`;
}

export type MetricKind = 'gauge' | 'counter';

/** One figure of a component's view: its family name (Kafka's jmx_exporter name), help, kind and how to read it. */
export interface ViewField<V> {
  name: string;
  help: string;
  kind: MetricKind;
  value: (view: V) => number;
}

/**
 * Sets a counter to a total its component keeps (prom-client counters only count up from 0):
 * the component's counter is the source of truth, read at scrape time.
 */
export function setCounterTotal(counter: Counter<string>, total: number, labels?: Record<string, string>): void {
  if (labels === undefined) counter.inc(Math.max(0, total));
  else counter.inc(labels, Math.max(0, total));
}

/** A group of unlabelled gauges and counters read from one plain view of a component at scrape time. */
export class ViewMetricGroup<V> implements MetricGroup {
  readonly registry = new Registry();
  private readonly metrics: Array<{ field: ViewField<V>; metric: Gauge<string> | Counter<string> }>;

  constructor(private readonly read: () => V | undefined, fields: readonly ViewField<V>[]) {
    const registers = [this.registry];
    this.metrics = fields.map((field) => ({
      field,
      metric: field.kind === 'gauge'
        ? new Gauge({ name: field.name, help: field.help, registers })
        : new Counter({ name: field.name, help: field.help, registers }),
    }));
  }

  refresh(): boolean {
    const view = this.read();
    if (view === undefined) return false;
    for (const { field, metric } of this.metrics) {
      const value = field.value(view);
      if (metric instanceof Gauge) metric.set(value);
      else {
        metric.reset();
        setCounterTotal(metric, value);
      }
    }
    return true;
  }
}
