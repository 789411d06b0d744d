/**
 * The statistics of the peers benchmark, as plain functions over numbers: latency percentiles
 * from a bounded sample, and the median and range of a figure over repeated runs.
 */

/** Latency samples kept for percentiles (Kafka's producer perf tool keeps a bounded sample too). */
export const latencySamplesMax = 500_000;

export interface LatencySummary {
  p50Ms: number;
  p99Ms: number;
  p999Ms: number;
  maxMs: number;
  samples: number;
}

/** The median and the range of one figure over the runs, and every run's value in order. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

/** Nearest rank on an ascending array, as Kafka's ProducerPerformance reads its sample. */
export function percentile(sorted: readonly number[], q: number): number {
  if (!(q >= 0 && q <= 1)) throw new Error(`percentile ${q} is not within [0, 1]`);
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export function summarizeLatencies(samplesMs: readonly number[]): LatencySummary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return {
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    p999Ms: percentile(sorted, 0.999),
    maxMs: sorted[sorted.length - 1] ?? 0,
    samples: sorted.length,
  };
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('a spread needs at least one value');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: [...values] };
}

/**
 * Keeps every k-th latency so that at most `samplesMax` are held whatever the record count
 * (k from the expected count, as replication-perf does).
 */
export class LatencyRecorder {
  readonly samplesMs: number[] = [];
  private readonly keepEvery: number;
  private seen = 0;

  constructor(expectedCount: number, samplesMax = latencySamplesMax) {
    if (!(samplesMax > 0)) throw new Error(`samplesMax must be > 0, got ${samplesMax}`);
    this.keepEvery = Math.max(1, Math.ceil(expectedCount / samplesMax));
  }

  record(latencyMs: number): void {
    if (this.seen++ % this.keepEvery === 0) this.samplesMs.push(latencyMs);
  }
}
