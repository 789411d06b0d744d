/**
 * The peers benchmark's report: per-run figures of both systems become one row per metric
 * (the median over the runs, and the range when there was more than one), printed as one
 * Markdown table with the ratio Samsa/NATS. Pure: no I/O, so it is unit-tested.
 */

import type { ProduceResult, ThroughputResult } from './load';
import { type Spread, spread } from './stats';

/** A workload that did not run, and why (e.g. no Kafka client on the machine). */
export interface Skipped {
  skipped: string;
}

export interface SystemFigures {
  produce: ProduceResult;
  consume: ThroughputResult;
  fixedRate: ProduceResult;
}

export interface RunFigures {
  samsa: SystemFigures;
  nats: SystemFigures;
  /** A real Kafka client's producer against Samsa's KAFKA listener; NATS has no counterpart. */
  kafkaClientProduce: ThroughputResult | Skipped;
}

export interface RowLabels {
  recordSizeBytes: number;
  fixedRatePerSec: number;
  fixedRateSeconds: number;
}

export type Metric = 'rate' | 'latency';

export interface Side {
  value: Spread;
  /** For rate rows: MB/s (10^6 bytes) over the runs. */
  mbPerSec?: Spread;
  /** Failed sends or records short of a full read, summed over the runs. */
  failures: number;
}

export interface Row {
  workload: string;
  metric: Metric;
  samsa: Side | Skipped;
  /** Absent: NATS has no counterpart for this workload. */
  nats?: Side | Skipped;
}

const bytesPerMb = 1_000_000;

export function isSkipped(x: object): x is Skipped {
  return 'skipped' in x;
}

export function groupDigits(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function formatMs(ms: number): string {
  return ms < 10 ? ms.toFixed(1) : groupDigits(ms);
}

/** Samsa over NATS; one decimal from 10x up, two below; '-' when there is no ratio. */
export function formatRatio(ratio: number | undefined): string {
  if (ratio === undefined || !Number.isFinite(ratio)) return '-';
  return `${ratio >= 10 ? ratio.toFixed(1) : ratio.toFixed(2)}x`;
}

function recordsPerSec(r: ThroughputResult): number {
  return r.records / (r.elapsedMs / 1000);
}

function rateSide(results: ThroughputResult[]): Side {
  return {
    value: spread(results.map(recordsPerSec)),
    mbPerSec: spread(results.map((r) => r.bytes / bytesPerMb / (r.elapsedMs / 1000))),
    failures: results.reduce((sum, r) => sum + r.failures, 0),
  };
}

function latencySide(results: ProduceResult[], pick: (r: ProduceResult) => number): Side {
  return { value: spread(results.map(pick)), failures: 0 };
}

const percentiles: Array<[string, (r: ProduceResult) => number]> = [
  ['p50', (r) => r.latency.p50Ms],
  ['p99', (r) => r.latency.p99Ms],
  ['p99.9', (r) => r.latency.p999Ms],
];

export function buildRows(runs: RunFigures[], labels: RowLabels): Row[] {
  if (runs.length === 0) throw new Error('no runs to report');
  const of = <T>(pick: (f: SystemFigures) => T): { samsa: T[]; nats: T[] } =>
    ({ samsa: runs.map((r) => pick(r.samsa)), nats: runs.map((r) => pick(r.nats)) });
  const produce = of((f) => f.produce);
  const consume = of((f) => f.consume);
  const fixedRate = of((f) => f.fixedRate);
  const rows: Row[] = [
    { workload: `produce ${labels.recordSizeBytes} B, full replication ack`, metric: 'rate', samsa: rateSide(produce.samsa), nats: rateSide(produce.nats) },
    ...percentiles.map(([name, pick]): Row => ({
      workload: `produce: ack latency ${name}`, metric: 'latency', samsa: latencySide(produce.samsa, pick), nats: latencySide(produce.nats, pick),
    })),
    { workload: 'consume from the beginning', metric: 'rate', samsa: rateSide(consume.samsa), nats: rateSide(consume.nats) },
    ...percentiles.map(([name, pick]): Row => ({
      workload: `ack latency at ${groupDigits(labels.fixedRatePerSec)} rec/s for ${labels.fixedRateSeconds} s, ${name}`,
      metric: 'latency',
      samsa: { ...latencySide(fixedRate.samsa, pick), failures: sumFailures(fixedRate.samsa) },
      nats: { ...latencySide(fixedRate.nats, pick), failures: sumFailures(fixedRate.nats) },
    })),
  ];
  const kafka = runs.map((r) => r.kafkaClientProduce);
  const ran = kafka.filter((k): k is ThroughputResult => !isSkipped(k));
  rows.push({
    workload: `Kafka client (librdkafka) produce ${labels.recordSizeBytes} B to Samsa's KAFKA listener, acks=all`,
    metric: 'rate',
    samsa: ran.length === kafka.length ? rateSide(ran) : (kafka.find(isSkipped) as Skipped),
  });
  return rows;
}

function sumFailures(results: ThroughputResult[]): number {
  return results.reduce((sum, r) => sum + r.failures, 0);
}

export function formatSide(side: Side | Skipped | undefined, metric: Metric): string {
  if (side === undefined) return '-';
  if (isSkipped(side)) return `not run: ${side.skipped}`;
  const { value } = side;
  const many = value.runs.length > 1;
  let text: string;
  if (metric === 'rate') {
    text = `${groupDigits(value.median)} rec/s`;
    if (side.mbPerSec) text += ` (${side.mbPerSec.median.toFixed(1)} MB/s)`;
    if (many) text += `, range ${groupDigits(value.min)}–${groupDigits(value.max)}`;
  } else {
    text = `${formatMs(value.median)} ms`;
    if (many) text += `, range ${formatMs(value.min)}–${formatMs(value.max)}`;
  }
  if (side.failures > 0) text += `, ${groupDigits(side.failures)} failed`;
  return text;
}

/** The ratio of the medians, Samsa over NATS; none without a NATS figure. */
export function ratioOf(row: Row): number | undefined {
  const { samsa, nats } = row;
  if (nats === undefined || isSkipped(samsa) || isSkipped(nats) || !(nats.value.median > 0)) return undefined;
  return samsa.value.median / nats.value.median;
}

export function renderTable(rows: Row[], columns = { samsa: 'Samsa', nats: 'NATS JetStream R3' }): string {
  const lines = [`| workload | ${columns.samsa} | ${columns.nats} | ratio |`, '|---|---|---|---|'];
  for (const row of rows) {
    lines.push(`| ${row.workload} | ${formatSide(row.samsa, row.metric)} | ${formatSide(row.nats, row.metric)} | ${formatRatio(ratioOf(row))} |`);
  }
  lines.push('', 'ratio: Samsa/NATS of the medians; above 1 means a higher figure for Samsa (better for rec/s, worse for latency)');
  return lines.join('\n');
}

/** The rows as data for `--json`: medians, ranges, every run's value, and the ratio of medians. */
export function rowsAsJson(rows: Row[]): object[] {
  const side = (s: Side | Skipped | undefined): object | null => {
    if (s === undefined) return null;
    if (isSkipped(s)) return s;
    return { ...s.value, ...(s.mbPerSec ? { mbPerSec: s.mbPerSec } : {}), failures: s.failures };
  };
  return rows.map((row) => ({
    workload: row.workload,
    unit: row.metric === 'rate' ? 'records/s' : 'ms',
    samsa: side(row.samsa),
    nats: side(row.nats),
    ratio: ratioOf(row) ?? null,
  }));
}
