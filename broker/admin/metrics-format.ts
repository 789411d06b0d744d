/**
 * Prometheus text exposition format 0.0.4 (prometheus.io/docs/instrumenting/exposition_formats),
 * written by hand: the broker's figures are a few dozen series read on demand at scrape time, so a
 * client library's registry would only add a second copy of state the broker already keeps.
 */

export const prometheusContentType = 'text/plain; version=0.0.4; charset=utf-8';

export const MetricType = { Gauge: 'gauge', Counter: 'counter', Histogram: 'histogram' } as const;
export type MetricType = (typeof MetricType)[keyof typeof MetricType];

export type MetricLabels = Readonly<Record<string, string>>;

export interface MetricSample {
  /** Appended to the family name: '_bucket', '_sum' or '_count' for histograms. */
  suffix?: string;
  labels?: MetricLabels;
  value: number;
}

export interface MetricFamily {
  name: string;
  help: string;
  type: MetricType;
  samples: readonly MetricSample[];
}

export function gauge(name: string, help: string, value: number, labels?: MetricLabels): MetricFamily {
  return { name, help, type: MetricType.Gauge, samples: [labels === undefined ? { value } : { value, labels }] };
}

/** Counter names end in `_total` (Kafka's `*PerSec` meters export their Count that way). */
export function counter(name: string, help: string, value: number, labels?: MetricLabels): MetricFamily {
  return { name, help, type: MetricType.Counter, samples: [labels === undefined ? { value } : { value, labels }] };
}

/** HELP text escapes only backslash and newline; label values also escape the double quote. */
export function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

export function formatSampleValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

function formatLabels(labels: MetricLabels | undefined): string {
  if (labels === undefined) return '';
  const pairs = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabelValue(v)}"`);
  return pairs.length === 0 ? '' : `{${pairs.join(',')}}`;
}

/** Families with no samples are left out: a TYPE line without samples says nothing. */
export function renderMetricFamilies(families: readonly MetricFamily[]): string {
  const lines: string[] = [];
  for (const family of families) {
    if (family.samples.length === 0) continue;
    lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`, `# TYPE ${family.name} ${family.type}`);
    for (const s of family.samples) {
      lines.push(`${family.name}${s.suffix ?? ''}${formatLabels(s.labels)} ${formatSampleValue(s.value)}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
