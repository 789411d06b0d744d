/**
 * Kafka's kafka.network:type=RequestMetrics per request type: RequestsPerSec and ErrorsPerSec as
 * counters, TotalTimeMs as a histogram in seconds (Prometheus base units; Kafka's own is a
 * percentile histogram in ms). The dispatcher reports each answered request (RequestObserver).
 *
 * Label values are bounded by construction: request names come from the broker's API table (or
 * 'Unknown'), error names from the error catalogue; `seriesMax` still caps them, so that a bug
 * there cannot grow the scrape without limit.
 */

import { errorName } from '../../proto/errors';
import type { RequestObserver } from '../network/request-dispatcher';
import { MetricType, type MetricFamily, type MetricSample } from './metrics-format';

/** Upper bounds of the latency buckets, in seconds: from a fast Metadata to a long-polled Fetch. */
export const requestLatencyBucketsSeconds: readonly number[] = [
  0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60,
];
/** Most request types (or request/error pairs) kept; further ones are counted under 'Other'. */
export const requestMetricSeriesMax = 256;

interface RequestStats {
  count: number;
  totalTimeSeconds: number;
  /** Per bucket (not cumulative); the rendering accumulates. */
  bucketCounts: number[];
}

export class RequestMetrics implements RequestObserver {
  private readonly byRequest = new Map<string, RequestStats>();
  private readonly errors = new Map<string, { request: string; error: string; count: number }>();

  onRequestCompleted(request: string, errorCode: number, totalTimeSeconds: number): void {
    const name = this.byRequest.has(request) || this.byRequest.size < requestMetricSeriesMax ? request : 'Other';
    let stats = this.byRequest.get(name);
    if (stats === undefined) {
      stats = { count: 0, totalTimeSeconds: 0, bucketCounts: new Array<number>(requestLatencyBucketsSeconds.length).fill(0) };
      this.byRequest.set(name, stats);
    }
    stats.count++;
    stats.totalTimeSeconds += totalTimeSeconds;
    const bucket = requestLatencyBucketsSeconds.findIndex((upper) => totalTimeSeconds <= upper);
    if (bucket >= 0) stats.bucketCounts[bucket] = (stats.bucketCounts[bucket] ?? 0) + 1;
    if (errorCode !== 0) this.countError(name, errorName(errorCode));
  }

  private countError(request: string, error: string): void {
    const key = `${request}\u0000${error}`;
    const entry = this.errors.get(key);
    if (entry !== undefined) entry.count++;
    else if (this.errors.size < requestMetricSeriesMax) this.errors.set(key, { request, error, count: 1 });
  }

  families(): MetricFamily[] {
    const sorted = [...this.byRequest].sort(([a], [b]) => a.localeCompare(b));
    const errors = [...this.errors.values()].sort((a, b) => a.request.localeCompare(b.request) || a.error.localeCompare(b.error));
    return [
      {
        name: 'kafka_network_requestmetrics_requests_total', type: MetricType.Counter,
        help: 'Requests answered, by request type (Kafka RequestMetrics RequestsPerSec).',
        samples: sorted.map(([request, s]) => ({ labels: { request }, value: s.count })),
      },
      {
        name: 'kafka_network_requestmetrics_errors_total', type: MetricType.Counter,
        help: 'Requests answered with a response-level error, by request type and error (Kafka RequestMetrics ErrorsPerSec).',
        samples: errors.map((e) => ({ labels: { request: e.request, error: e.error }, value: e.count })),
      },
      {
        name: 'kafka_network_requestmetrics_totaltime_seconds', type: MetricType.Histogram,
        help: 'Time from receiving a request to having its response ready, by request type (Kafka RequestMetrics TotalTimeMs).',
        samples: sorted.flatMap(([request, s]) => histogramSamples(request, s)),
      },
    ];
  }
}

function histogramSamples(request: string, s: RequestStats): MetricSample[] {
  const samples: MetricSample[] = [];
  let cumulative = 0;
  requestLatencyBucketsSeconds.forEach((upper, i) => {
    cumulative += s.bucketCounts[i] ?? 0;
    samples.push({ suffix: '_bucket', labels: { request, le: String(upper) }, value: cumulative });
  });
  samples.push(
    { suffix: '_bucket', labels: { request, le: '+Inf' }, value: s.count },
    { suffix: '_sum', labels: { request }, value: s.totalTimeSeconds },
    { suffix: '_count', labels: { request }, value: s.count },
  );
  return samples;
}
