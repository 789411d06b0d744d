import type { ProduceResult, ThroughputResult } from './load';
import { natsServerConfig } from './nats-cluster';
import { LatencyRecorder, percentile, spread, summarizeLatencies } from './stats';
import { buildRows, formatMs, formatRatio, formatSide, groupDigits, renderTable, rowsAsJson, type RunFigures } from './table';

const labels = { recordSizeBytes: 100, fixedRatePerSec: 2_000, fixedRateSeconds: 10 };

function produced(recordsPerSec: number, p50Ms: number, p99Ms: number, p999Ms: number, failures = 0): ProduceResult {
  return {
    records: recordsPerSec * 2, bytes: recordsPerSec * 2 * 100, elapsedMs: 2_000, failures,
    latency: { p50Ms, p99Ms, p999Ms, maxMs: p999Ms, samples: recordsPerSec * 2 },
  };
}

function consumed(recordsPerSec: number): ThroughputResult {
  return { records: recordsPerSec, bytes: recordsPerSec * 100, elapsedMs: 1_000, failures: 0 };
}

function run(samsaRate: number, natsRate: number): RunFigures {
  return {
    samsa: { produce: produced(samsaRate, 120, 300, 350), consume: consumed(400_000), fixedRate: produced(2_000, 2.5, 8, 12) },
    nats: { produce: produced(natsRate, 600, 900, 1_000), consume: consumed(50_000), fixedRate: produced(2_000, 1.2, 4, 6) },
    kafkaClientProduce: consumed(150_000),
  };
}

describe('stats', () => {
  it('reads percentiles by nearest rank, as Kafka’s perf tool does', () => {
    const sorted = Array.from({ length: 1_000 }, (_, i) => i + 1);
    expect(percentile(sorted, 0.5)).toBe(501);
    expect(percentile(sorted, 0.99)).toBe(991);
    expect(percentile(sorted, 0.999)).toBe(1_000);
    expect(percentile(sorted, 1)).toBe(1_000);
    expect(percentile([], 0.5)).toBe(0);
    expect(() => percentile(sorted, 1.5)).toThrow();
  });

  it('summarizes unsorted latencies', () => {
    expect(summarizeLatencies([5, 1, 3, 2, 4])).toEqual({ p50Ms: 3, p99Ms: 5, p999Ms: 5, maxMs: 5, samples: 5 });
  });

  it('takes the median of odd and even run counts, and the range', () => {
    expect(spread([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, runs: [3, 1, 2] });
    expect(spread([4, 1, 2, 3]).median).toBe(2.5);
    expect(() => spread([])).toThrow();
  });

  it('keeps a bounded sample of latencies', () => {
    const recorder = new LatencyRecorder(1_000, 100);
    for (let i = 0; i < 1_000; i++) recorder.record(i);
    expect(recorder.samplesMs).toHaveLength(100);
    expect(recorder.samplesMs.slice(0, 3)).toEqual([0, 10, 20]);
  });
});

describe('formatting', () => {
  it('groups digits and rounds', () => {
    expect(groupDigits(190_000.4)).toBe('190,000');
    expect(groupDigits(1_234_567.6)).toBe('1,234,568');
    expect(groupDigits(999)).toBe('999');
    expect(groupDigits(-1_000)).toBe('-1,000');
  });

  it('gives milliseconds a decimal below 10', () => {
    expect(formatMs(2.345)).toBe('2.3');
    expect(formatMs(300.4)).toBe('300');
    expect(formatMs(1_205.6)).toBe('1,206');
  });

  it('prints the ratio with one decimal from 10x, two below, and a dash without one', () => {
    expect(formatRatio(190_000 / 13_700)).toBe('13.9x');
    expect(formatRatio(0.4)).toBe('0.40x');
    expect(formatRatio(undefined)).toBe('-');
    expect(formatRatio(Infinity)).toBe('-');
  });

  it('shows a range and failures only when there are some', () => {
    const one = { value: spread([190_000]), mbPerSec: spread([19]), failures: 0 };
    expect(formatSide(one, 'rate')).toBe('190,000 rec/s (19.0 MB/s)');
    const three = { value: spread([190_000, 175_000, 201_000]), mbPerSec: spread([19, 17.5, 20.1]), failures: 12 };
    expect(formatSide(three, 'rate')).toBe('190,000 rec/s (19.0 MB/s), range 175,000–201,000, 12 failed');
    expect(formatSide({ value: spread([300, 280, 320]), failures: 0 }, 'latency')).toBe('300 ms, range 280–320');
    expect(formatSide({ skipped: 'no client' }, 'rate')).toBe('not run: no client');
    expect(formatSide(undefined, 'rate')).toBe('-');
  });
});

describe('buildRows and renderTable', () => {
  it('gives one row per metric with both systems and the ratio of the medians', () => {
    const table = renderTable(buildRows([run(190_000, 13_700)], labels));
    expect(table.split('\n')).toEqual([
      '| workload | Samsa | NATS JetStream R3 | ratio |',
      '|---|---|---|---|',
      '| produce 100 B, full replication ack | 190,000 rec/s (19.0 MB/s) | 13,700 rec/s (1.4 MB/s) | 13.9x |',
      '| produce: ack latency p50 | 120 ms | 600 ms | 0.20x |',
      '| produce: ack latency p99 | 300 ms | 900 ms | 0.33x |',
      '| produce: ack latency p99.9 | 350 ms | 1,000 ms | 0.35x |',
      '| consume from the beginning | 400,000 rec/s (40.0 MB/s) | 50,000 rec/s (5.0 MB/s) | 8.00x |',
      '| ack latency at 2,000 rec/s for 10 s, p50 | 2.5 ms | 1.2 ms | 2.08x |',
      '| ack latency at 2,000 rec/s for 10 s, p99 | 8.0 ms | 4.0 ms | 2.00x |',
      '| ack latency at 2,000 rec/s for 10 s, p99.9 | 12 ms | 6.0 ms | 2.00x |',
      "| Kafka client (librdkafka) produce 100 B to Samsa's KAFKA listener, acks=all | 150,000 rec/s (15.0 MB/s) | - | - |",
      '',
      'ratio: Samsa/NATS of the medians; above 1 means a higher figure for Samsa (better for rec/s, worse for latency)',
    ]);
  });

  it('reports the median and range over runs', () => {
    const rows = buildRows([run(190_000, 13_000), run(170_000, 14_000), run(200_000, 15_000)], labels);
    expect(renderTable(rows).split('\n')[2]).toBe('| produce 100 B, full replication ack | 190,000 rec/s (19.0 MB/s), range 170,000–200,000 | 14,000 rec/s (1.4 MB/s), range 13,000–15,000 | 13.6x |');
  });

  it('names a workload that did not run', () => {
    const skipped = { ...run(190_000, 13_700), kafkaClientProduce: { skipped: 'no confluent_kafka' } };
    expect(renderTable(buildRows([skipped], labels))).toContain('| not run: no confluent_kafka | - | - |');
  });

  it('gives the figures as JSON with the numeric ratio', () => {
    const json = rowsAsJson(buildRows([run(190_000, 10_000)], labels)) as Array<{ workload: string; ratio: number | null; nats: unknown }>;
    expect(json[0]).toMatchObject({ workload: 'produce 100 B, full replication ack', unit: 'records/s', ratio: 19, samsa: { median: 190_000, failures: 0 } });
    expect(json[json.length - 1]).toMatchObject({ ratio: null, nats: null });
  });
});

describe('natsServerConfig', () => {
  it('listens on loopback only, with JetStream on file storage and routes to every node', () => {
    const conf = natsServerConfig({ name: 'peers-n1', clientPort: 4222, clusterPort: 6222, monitorPort: 8222, storeDir: '/tmp/x/n1', routePorts: [6222, 6223] });
    expect(conf).toContain('listen: "127.0.0.1:4222"');
    expect(conf).toContain('http: "127.0.0.1:8222"');
    expect(conf).toContain('store_dir: "/tmp/x/n1"');
    expect(conf).toContain('routes: ["nats-route://127.0.0.1:6222", "nats-route://127.0.0.1:6223"]');
    expect(conf).not.toMatch(/0\.0\.0\.0/);
  });
});
