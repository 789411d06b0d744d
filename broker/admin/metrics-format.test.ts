import { counter, escapeHelp, escapeLabelValue, formatSampleValue, gauge, MetricType, renderMetricFamilies } from './metrics-format';

describe('Prometheus text format', () => {
  it('writes HELP, TYPE and one line per sample', () => {
    const text = renderMetricFamilies([gauge('a_gauge', 'A gauge.', 3), counter('b_total', 'A counter.', 1.5, { topic: 'orders' })]);
    expect(text).toBe([
      '# HELP a_gauge A gauge.',
      '# TYPE a_gauge gauge',
      'a_gauge 3',
      '# HELP b_total A counter.',
      '# TYPE b_total counter',
      'b_total{topic="orders"} 1.5',
      '',
    ].join('\n'));
  });

  it('escapes backslash, double quote and newline in label values', () => {
    expect(escapeLabelValue('a\\b"c\nd')).toBe('a\\\\b\\"c\\nd');
    const text = renderMetricFamilies([gauge('g', 'h', 1, { topic: 'x"y' })]);
    expect(text).toContain('g{topic="x\\"y"} 1');
  });

  it('escapes backslash and newline in HELP text but not double quotes', () => {
    expect(escapeHelp('one\\two\n"three"')).toBe('one\\\\two\\n"three"');
  });

  it('writes special values as Prometheus spells them', () => {
    expect(formatSampleValue(NaN)).toBe('NaN');
    expect(formatSampleValue(Infinity)).toBe('+Inf');
    expect(formatSampleValue(-Infinity)).toBe('-Inf');
    expect(formatSampleValue(0.25)).toBe('0.25');
  });

  it('puts histogram suffixes after the family name and before the labels', () => {
    const text = renderMetricFamilies([{
      name: 'h_seconds', help: 'H.', type: MetricType.Histogram,
      samples: [{ suffix: '_bucket', labels: { le: '+Inf' }, value: 2 }, { suffix: '_sum', value: 0.5 }, { suffix: '_count', value: 2 }],
    }]);
    expect(text).toContain('h_seconds_bucket{le="+Inf"} 2\nh_seconds_sum 0.5\nh_seconds_count 2\n');
  });

  it('leaves out families without samples', () => {
    expect(renderMetricFamilies([{ name: 'empty', help: 'E.', type: MetricType.Counter, samples: [] }])).toBe('');
  });
});
