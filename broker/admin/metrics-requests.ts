/**
 * Kafka's kafka.network:type=RequestMetrics per request type: RequestsPerSec and ErrorsPerSec as
 * counters, TotalTimeMs as a histogram in seconds (Prometheus base units; Kafka's own is a
 * percentile histogram in ms). The dispatcher reports each answered request (RequestObserver).
 *
 * Counting is allocation-free: each request type has a cell made once (its name comes from the
 * broker's API table, a constant string), errors are counted per numeric code, and the bucket is
 * found by a plain loop. prom-client's own observe() and inc() hash their label objects on every
 * call, so the cells are copied into prom-client's metrics at scrape time instead.
 *
 * Label values are bounded by construction: request names come from the broker's API table (or
 * 'Unknown'), error names from the error catalogue; `requestMetricSeriesMax` still caps them, so
 * that a bug there cannot grow the scrape without limit.
 */

import { Counter, Histogram, Registry } from 'prom-client';
import { errorName } from '../../proto/errors';
import type { RequestObserver } from '../network/request-dispatcher';
import { type MetricGroup, setCounterTotal } from './metrics-format';

/** Upper bounds of the latency buckets, in seconds: from a fast Metadata to a long-polled Fetch. */
export const requestLatencyBucketsSeconds: readonly number[] = [
  0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60,
];
/** Most request types (or request/error pairs) kept; further ones are counted under 'Other'. */
export const requestMetricSeriesMax = 256;

interface RequestCell {
  readonly labels: { request: string };
  count: number;
  totalTimeSeconds: number;
  /** Per bucket (not cumulative); the export accumulates. */
  readonly bucketCounts: number[];
  /** Count per error code. */
  readonly errors: Map<number, number>;
}

function bucketIndex(seconds: number): number {
  for (let i = 0; i < requestLatencyBucketsSeconds.length; i++) {
    if (seconds <= requestLatencyBucketsSeconds[i]!) return i;
  }
  return -1;
}

interface HistogramSample {
  metricName: string;
  labels: Record<string, string | number>;
  sharedLabels: Record<string, string>;
  value: number;
}

/**
 * A prom-client histogram whose buckets the broker counts itself (RequestMetrics' cells). The
 * registry renders a histogram from getForPromString() (and get() builds on it), so that is what
 * this one answers; the request label comes before `le`, as before.
 */
class CountedHistogram extends Histogram<'request'> {
  constructor(private readonly familyName: string, private readonly familyHelp: string, registry: Registry,
    private readonly cells: () => Iterable<RequestCell>) {
    super({ name: familyName, help: familyHelp, labelNames: ['request'], buckets: [...requestLatencyBucketsSeconds], registers: [registry] });
  }

  getForPromString(): Promise<{ name: string; help: string; type: string; aggregator: string; values: HistogramSample[] }> {
    const name = this.familyName;
    const values: HistogramSample[] = [];
    const sample = (suffix: string, labels: Record<string, string | number>, value: number): void => {
      values.push({ metricName: `${name}${suffix}`, labels, sharedLabels: {}, value });
    };
    for (const cell of this.cells()) {
      const request = cell.labels.request;
      let cumulative = 0;
      requestLatencyBucketsSeconds.forEach((upper, i) => {
        cumulative += cell.bucketCounts[i] ?? 0;
        sample('_bucket', { request, le: upper }, cumulative);
      });
      sample('_bucket', { request, le: '+Inf' }, cell.count);
      sample('_sum', { request }, cell.totalTimeSeconds);
      sample('_count', { request }, cell.count);
    }
    return Promise.resolve({ name, help: this.familyHelp, type: 'histogram', aggregator: 'sum', values });
  }
}

export class RequestMetrics implements RequestObserver, MetricGroup {
  readonly registry = new Registry();
  private readonly cells = new Map<string, RequestCell>();
  private errorSeries = 0;
  private readonly requests: Counter<'request'>;
  private readonly errors: Counter<'request' | 'error'>;

  constructor() {
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'kafka_network_requestmetrics_requests_total', labelNames: ['request'], registers,
      help: 'Requests answered, by request type (Kafka RequestMetrics RequestsPerSec).',
    });
    this.errors = new Counter({
      name: 'kafka_network_requestmetrics_errors_total', labelNames: ['request', 'error'], registers,
      help: 'Requests answered with a response-level error, by request type and error (Kafka RequestMetrics ErrorsPerSec).',
    });
    new CountedHistogram('kafka_network_requestmetrics_totaltime_seconds',
      'Time from receiving a request to having its response ready, by request type (Kafka RequestMetrics TotalTimeMs).',
      this.registry, () => this.sortedCells());
  }

  onRequestCompleted(request: string, errorCode: number, totalTimeSeconds: number): void {
    let cell = this.cells.get(request);
    if (cell === undefined) cell = this.newCell(request);
    cell.count++;
    cell.totalTimeSeconds += totalTimeSeconds;
    const bucket = bucketIndex(totalTimeSeconds);
    if (bucket >= 0) cell.bucketCounts[bucket]! += 1;
    if (errorCode !== 0) {
      const errors = cell.errors.get(errorCode);
      if (errors !== undefined) cell.errors.set(errorCode, errors + 1);
      else if (this.errorSeries < requestMetricSeriesMax) {
        this.errorSeries++;
        cell.errors.set(errorCode, 1);
      }
    }
  }

  private newCell(request: string): RequestCell {
    const name = this.cells.size < requestMetricSeriesMax ? request : 'Other';
    let cell = this.cells.get(name);
    if (cell === undefined) {
      cell = { labels: { request: name }, count: 0, totalTimeSeconds: 0, bucketCounts: new Array<number>(requestLatencyBucketsSeconds.length).fill(0), errors: new Map() };
      this.cells.set(name, cell);
    }
    return cell;
  }

  private sortedCells(): RequestCell[] {
    return [...this.cells.values()].sort((a, b) => a.labels.request.localeCompare(b.labels.request));
  }

  refresh(): boolean {
    this.requests.reset();
    this.errors.reset();
    for (const cell of this.sortedCells()) {
      setCounterTotal(this.requests, cell.count, cell.labels);
      const byName = [...cell.errors].map(([code, count]) => ({ error: errorName(code), count })).sort((a, b) => a.error.localeCompare(b.error));
      for (const e of byName) setCounterTotal(this.errors, e.count, { request: cell.labels.request, error: e.error });
    }
    return true;
  }
}
