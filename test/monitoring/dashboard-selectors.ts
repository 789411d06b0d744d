/**
 * The series a Grafana dashboard's PromQL queries select, and whether a /metrics scrape has them:
 * enough PromQL to find every vector selector (a metric name with optional label matchers) in
 * the dashboard's expressions and to evaluate its matchers against scraped samples.
 */

/** PromQL functions, aggregations and keywords: words in an expression that are not metric names. */
const promqlWords: ReadonlySet<string> = new Set([
  'sum', 'avg', 'min', 'max', 'count', 'topk', 'bottomk', 'stddev', 'quantile', 'by', 'without', 'on', 'ignoring',
  'group_left', 'group_right', 'and', 'or', 'unless', 'offset', 'bool', 'rate', 'irate', 'increase', 'delta', 'deriv',
  'histogram_quantile', 'vector', 'scalar', 'abs', 'clamp_min', 'clamp_max', 'label_replace', 'avg_over_time',
  'max_over_time', 'min_over_time', 'sum_over_time', 'time', 'absent',
]);

export interface LabelMatcher {
  label: string;
  op: '=' | '!=' | '=~' | '!~';
  value: string;
}

export interface VectorSelector {
  /** The selector as written, for messages. */
  text: string;
  metric: string;
  matchers: LabelMatcher[];
}

export interface Sample {
  name: string;
  labels: Record<string, string>;
}

function parseMatchers(body: string): LabelMatcher[] {
  const matchers: LabelMatcher[] = [];
  for (const m of body.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"/g)) {
    matchers.push({ label: m[1]!, op: m[2] as LabelMatcher['op'], value: m[3]!.replace(/\\(.)/g, '$1') });
  }
  return matchers;
}

/** Every vector selector of one PromQL expression. */
export function vectorSelectors(expr: string): VectorSelector[] {
  const stripped = expr
    .replace(/\b(by|without|on|ignoring)\s*\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ');
  const selectors: VectorSelector[] = [];
  for (const m of stripped.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(\{[^}]*\})?(\s*\()?/g)) {
    const metric = m[1]!;
    if (m[3] !== undefined || promqlWords.has(metric) || /^\d/.test(metric)) continue;
    selectors.push({ text: `${metric}${m[2] ?? ''}`, metric, matchers: parseMatchers(m[2] ?? '') });
  }
  return selectors;
}

/** Every vector selector of every panel target of a Grafana dashboard (rows' nested panels too). */
export function dashboardSelectors(dashboard: { panels?: unknown[] }): VectorSelector[] {
  const out: VectorSelector[] = [];
  const visit = (panels: unknown[] | undefined): void => {
    for (const panel of panels ?? []) {
      const p = panel as { targets?: Array<{ expr?: string }>; panels?: unknown[] };
      for (const t of p.targets ?? []) if (t.expr !== undefined) out.push(...vectorSelectors(t.expr));
      visit(p.panels);
    }
  };
  visit(dashboard.panels);
  return out;
}

function unescapeLabelValue(value: string): string {
  return value.replace(/\\(["\\n])/g, (_all, c: string) => (c === 'n' ? '\n' : c));
}

/** The samples of a Prometheus text exposition (name and labels; values are not needed here). */
export function parseSamples(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? \S+$/.exec(line);
    if (m === null) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]!] = unescapeLabelValue(l[2]!);
    samples.push({ name: m[1]!, labels });
  }
  return samples;
}

function matches(sample: Sample, m: LabelMatcher): boolean {
  const actual = sample.labels[m.label] ?? '';
  switch (m.op) {
    case '=': return actual === m.value;
    case '!=': return actual !== m.value;
    case '=~': return new RegExp(`^(?:${m.value})$`).test(actual);
    case '!~': return !new RegExp(`^(?:${m.value})$`).test(actual);
  }
}

/** Whether a scrape has a sample the selector selects. */
export function selects(selector: VectorSelector, samples: readonly Sample[]): boolean {
  return samples.some((s) => s.name === selector.metric && selector.matchers.every((m) => matches(s, m)));
}
