import pino from 'pino';
import { ApiKey } from '../../proto/api';
import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import { samsa } from '../../proto/frame';
import { RequestDispatcher } from '../network/request-dispatcher';
import type { HandlerTable } from '../network/request';
import { requestLatencyBucketsSeconds, requestMetricSeriesMax, RequestMetrics } from './metrics-requests';
import { renderMetricGroups } from './metrics-format';

const logger = pino({ level: 'silent' });
const conn = { listenerName: 'PLAINTEXT', clientAddress: '127.0.0.1:1', connectionId: 'c1', closeConnection: () => undefined };

function requestBytes(apiKey: number, body: Record<string, unknown>): Buffer {
  return Buffer.from(samsa.v1.Request.encode(samsa.v1.Request.fromObject({
    header: { apiKey, apiVersion: 0, correlationId: 7, clientId: 't' }, ...body,
  })).finish());
}

describe('RequestMetrics', () => {
  it('keeps cumulative histogram buckets, sum and count per request type', async () => {
    const metrics = new RequestMetrics();
    metrics.onRequestCompleted('Produce', 0, 0.0004);
    metrics.onRequestCompleted('Produce', 0, 0.003);
    metrics.onRequestCompleted('Produce', 0, 1000);
    const text = await renderMetricGroups([metrics]);
    expect(text).toContain('kafka_network_requestmetrics_totaltime_seconds_bucket{request="Produce",le="0.0005"} 1\n');
    expect(text).toContain('kafka_network_requestmetrics_totaltime_seconds_bucket{request="Produce",le="0.005"} 2\n');
    expect(text).toContain(`kafka_network_requestmetrics_totaltime_seconds_bucket{request="Produce",le="${requestLatencyBucketsSeconds.at(-1)}"} 2\n`);
    expect(text).toContain('kafka_network_requestmetrics_totaltime_seconds_bucket{request="Produce",le="+Inf"} 3\n');
    expect(text).toContain('kafka_network_requestmetrics_totaltime_seconds_sum{request="Produce"} 1000.0034\n');
    expect(text).toContain('kafka_network_requestmetrics_totaltime_seconds_count{request="Produce"} 3\n');
    expect(text).toContain('# TYPE kafka_network_requestmetrics_totaltime_seconds histogram\n');
  });

  it('counts errors by request type and error name, and only errors', async () => {
    const metrics = new RequestMetrics();
    metrics.onRequestCompleted('Metadata', 0, 0.001);
    metrics.onRequestCompleted('Metadata', ErrorCode.UNSUPPORTED_VERSION, 0.001);
    const text = await renderMetricGroups([metrics]);
    expect(text).toContain('kafka_network_requestmetrics_requests_total{request="Metadata"} 2\n');
    expect(text).toContain('kafka_network_requestmetrics_errors_total{request="Metadata",error="UNSUPPORTED_VERSION"} 1\n');
  });

  it('bounds the number of request series', async () => {
    const metrics = new RequestMetrics();
    for (let i = 0; i < requestMetricSeriesMax + 10; i++) metrics.onRequestCompleted(`R${i}`, 0, 0.001);
    metrics.refresh();
    const requests = await metrics.registry.getSingleMetric('kafka_network_requestmetrics_requests_total')!.get();
    expect(requests.values).toHaveLength(requestMetricSeriesMax + 1);
    expect(requests.values.find((s) => s.labels.request === 'Other')?.value).toBe(10);
  });
});

describe('RequestDispatcher reporting to RequestMetrics', () => {
  function dispatcher(metrics: RequestMetrics): RequestDispatcher {
    const handlers: HandlerTable = new Map([
      [ApiKey.Metadata, async () => ({ brokers: [], topics: [] })],
      [ApiKey.Fetch, async () => ({ topics: [] })],
      [ApiKey.ListOffsets, async () => { throw new SamsaProtocolError(ErrorCode.NOT_LEADER_OR_FOLLOWER); }],
    ]);
    return new RequestDispatcher(handlers, logger, metrics);
  }

  function counts(metrics: RequestMetrics): Promise<string> {
    return renderMetricGroups([metrics]);
  }

  it('counts each answered request under its API name', async () => {
    const metrics = new RequestMetrics();
    await dispatcher(metrics).dispatch(requestBytes(ApiKey.Metadata, { metadata: {} }), conn);
    expect(await counts(metrics)).toContain('kafka_network_requestmetrics_requests_total{request="Metadata"} 1\n');
    expect(await counts(metrics)).toContain('kafka_network_requestmetrics_totaltime_seconds_count{request="Metadata"} 1\n');
  });

  it('labels consumer and follower fetches apart, as Kafka does', async () => {
    const metrics = new RequestMetrics();
    const d = dispatcher(metrics);
    await d.dispatch(requestBytes(ApiKey.Fetch, { fetch: { replicaId: -1 } }), conn);
    await d.dispatch(requestBytes(ApiKey.Fetch, { fetch: { replicaId: 2 } }), conn);
    expect(await counts(metrics)).toContain('kafka_network_requestmetrics_requests_total{request="FetchConsumer"} 1\n');
    expect(await counts(metrics)).toContain('kafka_network_requestmetrics_requests_total{request="FetchFollower"} 1\n');
  });

  it('counts a handler error and an unimplemented API as errors', async () => {
    const metrics = new RequestMetrics();
    const d = dispatcher(metrics);
    await d.dispatch(requestBytes(ApiKey.ListOffsets, { listOffsets: {} }), conn);
    await d.dispatch(requestBytes(ApiKey.CreateTopics, { createTopics: {} }), conn);
    const text = await counts(metrics);
    expect(text).toContain('kafka_network_requestmetrics_errors_total{request="ListOffsets",error="NOT_LEADER_OR_FOLLOWER"} 1\n');
    expect(text).toContain('kafka_network_requestmetrics_errors_total{request="CreateTopics",error="UNSUPPORTED_VERSION"} 1\n');
  });

  it('counts undecodable requests under Unknown', async () => {
    const metrics = new RequestMetrics();
    await dispatcher(metrics).dispatch(Buffer.from([0xff, 0xff, 0xff]), conn);
    expect(await counts(metrics)).toContain('kafka_network_requestmetrics_errors_total{request="Unknown",error="INVALID_REQUEST"} 1\n');
  });
});
