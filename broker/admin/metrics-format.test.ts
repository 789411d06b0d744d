import { Counter, Gauge, Registry } from 'prom-client';
import { type MetricGroup, prometheusContentType, renderMetricGroups, setCounterTotal, ViewMetricGroup } from './metrics-format';

/** A group over one registry whose metrics the test sets itself. */
function group(fill: (registers: Registry[]) => void, running = true): MetricGroup {
  const registry = new Registry();
  fill([registry]);
  return { registry, refresh: () => running };
}

describe('Prometheus text format', () => {
  it('writes HELP, TYPE and one line per sample, with no blank line between families', async () => {
    const text = await renderMetricGroups([group((registers) => {
      new Gauge({ name: 'a_gauge', help: 'A gauge.', registers }).set(3);
      setCounterTotal(new Counter({ name: 'b_total', help: 'A counter.', labelNames: ['topic'], registers }), 1.5, { topic: 'orders' });
    })]);
    expect(text).toBe([
      '# HELP a_gauge A gauge.',
      '# TYPE a_gauge gauge',
      'a_gauge 3',
      '# HELP b_total A counter.',
      '# TYPE b_total counter',
      'b_total{topic="orders"} 1.5',
      '',
    ].join('\n'));
    expect(prometheusContentType).toBe('text/plain; version=0.0.4; charset=utf-8');
  });

  it('escapes backslash, double quote and newline in label values', async () => {
    const text = await renderMetricGroups([group((registers) => {
      new Gauge({ name: 'g', help: 'h', labelNames: ['topic'], registers }).set({ topic: 'x"y\\z\nw' }, 1);
    })]);
    expect(text).toContain('g{topic="x\\"y\\\\z\\nw"} 1');
  });

  it('escapes backslash and newline in HELP text but not double quotes', async () => {
    const text = await renderMetricGroups([group((registers) => {
      new Gauge({ name: 'g', help: 'one\\two\n"three"', registers }).set(1);
    })]);
    expect(text).toContain('# HELP g one\\\\two\\n"three"\n');
  });

  it('writes infinities as Prometheus spells them', async () => {
    const text = await renderMetricGroups([group((registers) => {
      const g = new Gauge({ name: 'g', help: 'h', labelNames: ['k'], registers });
      g.set({ k: 'up' }, Infinity);
      g.set({ k: 'down' }, -Infinity);
      g.set({ k: 'quarter' }, 0.25);
    })]);
    expect(text).toContain('g{k="up"} +Inf\ng{k="down"} -Inf\ng{k="quarter"} 0.25\n');
  });

  it('leaves out families without samples, and groups whose component is not running', async () => {
    expect(await renderMetricGroups([group((registers) => new Counter({ name: 'empty_total', help: 'E.', labelNames: ['k'], registers }))])).toBe('');
    expect(await renderMetricGroups([group((registers) => new Gauge({ name: 'g', help: 'h', registers }).set(1), false)])).toBe('');
  });

  it('reads a view into gauges and counters at scrape time, and leaves it out while there is none', async () => {
    let view: { a: number; b: number } | undefined = { a: 2, b: 5 };
    const viewGroup = new ViewMetricGroup(() => view, [
      { name: 'v_gauge', help: 'G.', kind: 'gauge', value: (v) => v.a },
      { name: 'v_total', help: 'C.', kind: 'counter', value: (v) => v.b },
    ]);
    expect(await renderMetricGroups([viewGroup])).toContain('v_gauge 2\n# HELP v_total C.\n# TYPE v_total counter\nv_total 5\n');
    view = { a: 1, b: 7 };
    expect(await renderMetricGroups([viewGroup])).toContain('v_gauge 1\n# HELP v_total C.\n# TYPE v_total counter\nv_total 7\n');
    view = undefined;
    expect(await renderMetricGroups([viewGroup])).toBe('');
  });
});
