import pino from 'pino';

// light-my-request (behind app.inject) requires `cookie` 2.x, which ships only as an ES module
// that Jest's CommonJS runtime cannot load; these tests send no cookies, so a stand-in will do.
jest.mock('cookie', () => ({
  stringifySetCookie: (): string => {
    throw new Error('cookies are not used by these tests');
  },
}));

import type { AdminDataSource, AdminTopicView, Readiness } from './data-source';
import { buildAdminApp } from './admin-server';

const logger = pino({ level: 'silent' });

class FakeSource implements AdminDataSource {
  cluster = 'c1';
  controller = 2;
  readinessValue: Readiness = { ready: true, reasons: [] };
  topics = new Map<string, AdminTopicView>([
    ['orders', {
      name: 'orders', isInternal: false,
      partitions: [
        { partitionId: 0, leader: 1, leaderEpoch: 3, replicas: [1], isr: [1], local: { highWatermark: 10, logStartOffset: 2, logEndOffset: 12 } },
        { partitionId: 1, leader: -1, leaderEpoch: 0, replicas: [2], isr: [], local: undefined },
      ],
    }],
    ['__consumer_offsets', { name: '__consumer_offsets', isInternal: true, partitions: [] }],
  ]);

  clusterId() { return this.cluster; }
  controllerId() { return this.controller; }
  brokers() { return [{ brokerId: 1, host: 'h1', port: 9092, rack: null }, { brokerId: 2, host: 'h2', port: 9093, rack: 'r2' }]; }
  topicNames() { return [...this.topics.keys()].sort(); }
  topic(name: string) { return this.topics.get(name); }
  readiness() { return this.readinessValue; }
}

function setup(authToken?: string) {
  const source = new FakeSource();
  const app = buildAdminApp({ source, logger, authToken });
  return { source, app };
}

const base = 'http://localhost:80/v3/clusters/c1';

describe('admin API', () => {
  it('GET /healthz answers ok', async () => {
    const { app } = setup();
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz is 200 when ready and 503 with reasons otherwise', async () => {
    const { app, source } = setup();
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    source.readinessValue = { ready: false, reasons: ['not registered in ZooKeeper', 'shutting down'] };
    const res = await app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ status: 'not_ready', reasons: ['not registered in ZooKeeper', 'shutting down'] });
  });

  it('GET /v3/clusters lists this cluster', async () => {
    const { app } = setup();
    const res = await app.inject({ method: 'GET', url: '/v3/clusters', headers: { host: 'localhost:80' } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.kind).toBe('KafkaClusterList');
    expect(body.metadata).toEqual({ self: 'http://localhost:80/v3/clusters', next: null });
    expect(body.data).toHaveLength(1);
    expect(body.data[0].cluster_id).toBe('c1');
  });

  it('GET /v3/clusters is empty before the cluster id is known', async () => {
    const { app, source } = setup();
    source.cluster = '';
    expect((await app.inject({ method: 'GET', url: '/v3/clusters' })).json().data).toEqual([]);
  });

  it('GET /v3/clusters/:cluster_id describes the cluster and its controller', async () => {
    const { app } = setup();
    const res = await app.inject({ method: 'GET', url: '/v3/clusters/c1', headers: { host: 'localhost:80' } });
    expect(res.json()).toEqual({
      kind: 'KafkaCluster',
      metadata: { self: base, resource_name: 'crn:///kafka=c1' },
      cluster_id: 'c1',
      controller: { related: `${base}/brokers/2` },
      brokers: { related: `${base}/brokers` },
      broker_configs: { related: `${base}/broker-configs` },
      consumer_groups: { related: `${base}/consumer-groups` },
      topics: { related: `${base}/topics` },
    });
  });

  it('answers 404 with {error_code, message} for another cluster id', async () => {
    const { app } = setup();
    const res = await app.inject({ method: 'GET', url: '/v3/clusters/other/topics' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error_code: 404, message: 'cluster other not found' });
  });

  it('GET /v3/clusters/:cluster_id/brokers lists live brokers', async () => {
    const { app } = setup();
    const body = (await app.inject({ method: 'GET', url: '/v3/clusters/c1/brokers', headers: { host: 'localhost:80' } })).json();
    expect(body.kind).toBe('KafkaBrokerList');
    expect(body.data.map((b: { broker_id: number }) => b.broker_id)).toEqual([1, 2]);
    expect(body.data[1]).toEqual({
      kind: 'KafkaBroker', metadata: { self: `${base}/brokers/2`, resource_name: 'crn:///kafka=c1/broker=2' },
      cluster_id: 'c1', broker_id: 2, host: 'h2', port: 9093, rack: 'r2', configs: { related: `${base}/brokers/2/configs` },
    });
  });

  it('GET /v3/clusters/:cluster_id/brokers/:broker_id finds one broker or 404s', async () => {
    const { app } = setup();
    expect((await app.inject({ method: 'GET', url: '/v3/clusters/c1/brokers/1' })).json().host).toBe('h1');
    const missing = await app.inject({ method: 'GET', url: '/v3/clusters/c1/brokers/9' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toMatch(/broker 9/);
  });

  it('validates path parameters against the route schema', async () => {
    const { app } = setup();
    const res = await app.inject({ method: 'GET', url: '/v3/clusters/c1/brokers/abc' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error_code).toBe(400);
  });

  it('GET /v3/clusters/:cluster_id/topics lists topics', async () => {
    const { app } = setup();
    const body = (await app.inject({ method: 'GET', url: '/v3/clusters/c1/topics' })).json();
    expect(body.kind).toBe('KafkaTopicList');
    expect(body.data.map((t: { topic_name: string; is_internal: boolean }) => [t.topic_name, t.is_internal]))
      .toEqual([['__consumer_offsets', true], ['orders', false]]);
  });

  it('GET /v3/clusters/:cluster_id/topics/:topic_name describes a topic or 404s', async () => {
    const { app } = setup();
    const res = await app.inject({ method: 'GET', url: '/v3/clusters/c1/topics/orders', headers: { host: 'localhost:80' } });
    expect(res.json()).toEqual({
      kind: 'KafkaTopic', metadata: { self: `${base}/topics/orders`, resource_name: 'crn:///kafka=c1/topic=orders' },
      cluster_id: 'c1', topic_name: 'orders', is_internal: false, replication_factor: 1, partitions_count: 2,
      partitions: { related: `${base}/topics/orders/partitions` }, configs: { related: `${base}/topics/orders/configs` },
    });
    const missing = await app.inject({ method: 'GET', url: '/v3/clusters/c1/topics/nope' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error_code: 404, message: 'topic nope not found' });
  });

  it('GET .../partitions lists partitions with local offsets only where this broker leads', async () => {
    const { app } = setup();
    const body = (await app.inject({ method: 'GET', url: '/v3/clusters/c1/topics/orders/partitions' })).json();
    expect(body.kind).toBe('KafkaPartitionList');
    expect(body.data[0]).toMatchObject({ partition_id: 0, leader_id: 1, leader_epoch: 3, replicas: [1], isr: [1],
      high_watermark: 10, log_start_offset: 2, log_end_offset: 12 });
    expect(body.data[1]).toMatchObject({ partition_id: 1, leader: null, leader_id: -1, isr: [],
      high_watermark: null, log_start_offset: null, log_end_offset: null });
  });

  it('GET .../partitions/:partition_id describes one partition or 404s', async () => {
    const { app } = setup();
    const res = await app.inject({ method: 'GET', url: '/v3/clusters/c1/topics/orders/partitions/0', headers: { host: 'localhost:80' } });
    expect(res.json()).toEqual({
      kind: 'KafkaPartition',
      metadata: { self: `${base}/topics/orders/partitions/0`, resource_name: 'crn:///kafka=c1/topic=orders/partition=0' },
      cluster_id: 'c1', topic_name: 'orders', partition_id: 0, leader: { related: `${base}/brokers/1` }, leader_id: 1,
      leader_epoch: 3, replicas: [1], isr: [1], high_watermark: 10, log_start_offset: 2, log_end_offset: 12,
      earliest_offset: 2, latest_offset: 10,
    });
    expect((await app.inject({ method: 'GET', url: '/v3/clusters/c1/topics/orders/partitions/5' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/v3/clusters/c1/topics/nope/partitions/0' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/v3/clusters/c1/topics/nope/partitions' })).statusCode).toBe(404);
  });

  it('answers unknown routes with {error_code, message}', async () => {
    const { app } = setup();
    const res = await app.inject({ method: 'GET', url: '/v2/anything' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error_code: 404, message: 'no route for GET /v2/anything' });
  });

  it('requires the bearer token on mutating methods when one is configured', async () => {
    const { app } = setup('s3cret');
    expect((await app.inject({ method: 'POST', url: '/v3/clusters/c1/topics' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/v3/clusters/c1/topics', headers: { authorization: 'Bearer wrong!' } })).statusCode).toBe(401);
    // Past the token check the route itself answers: an empty body is refused by its schema.
    const authorized = await app.inject({ method: 'POST', url: '/v3/clusters/c1/topics', headers: { authorization: 'Bearer s3cret' } });
    expect(authorized.statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/v3/clusters/c1/topics' })).statusCode).toBe(200);
  });

  it('leaves mutating methods open when no token is configured', async () => {
    const { app } = setup();
    expect((await app.inject({ method: 'POST', url: '/v3/clusters/c1/topics' })).statusCode).toBe(400);
  });
});
