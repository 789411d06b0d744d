/**
 * Topic, partition and replica routes through app.inject(), over a FakeSource and the cluster
 * client's test double: success and every error each route answers.
 */
// light-my-request (behind app.inject) requires `cookie` 2.x, an ES module Jest's CommonJS runtime cannot load.
jest.mock('cookie', () => ({ stringifySetCookie: (): string => { throw new Error('cookies are not used by these tests'); } }));

import { SamsaError } from '../../proto/errors';
import { alice, base, bob, testApp } from '../../test/support/admin-cluster-fake';

const topics = '/v3/clusters/c1/topics';

describe('REST v3 topics', () => {
  it('POST topics creates a topic (201) through the cluster client and answers the resource', async () => {
    const { app, cluster, source } = testApp();
    const res = await app.inject({ method: 'POST', url: topics, headers: alice, payload: { topic_name: 'payments', partitions_count: 3, replication_factor: 1, configs: [{ name: 'cleanup.policy', value: 'compact' }] } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      kind: 'KafkaTopic', metadata: { self: `${base}/topics/payments`, resource_name: 'crn:///kafka=c1/topic=payments' },
      cluster_id: 'c1', topic_name: 'payments', is_internal: false, replication_factor: 1, partitions_count: 3,
      partitions: { related: `${base}/topics/payments/partitions` }, configs: { related: `${base}/topics/payments/configs` },
    });
    expect(cluster.topics.get('payments')).toBe(3);
    expect(source.topicWaits).toEqual(['payments present']);
  });

  it('POST topics with validate_only answers 200 and creates nothing', async () => {
    const { app, cluster } = testApp();
    const res = await app.inject({ method: 'POST', url: topics, headers: alice, payload: { topic_name: 'dry', partitions_count: 2, validate_only: true } });
    expect(res.statusCode).toBe(200);
    expect(res.json().partitions_count).toBe(2);
    expect(cluster.topics.has('dry')).toBe(false);
  });

  it('POST topics answers 409 for an existing topic, 400 for bad bodies and Kafka refusals, 403 without Create, 503 without a cluster client', async () => {
    const { app, cluster } = testApp();
    const post = (payload: object, headers = alice) => app.inject({ method: 'POST', url: topics, headers, payload });
    const exists = await post({ topic_name: 'orders' });
    expect(exists.statusCode).toBe(409);
    expect(exists.json()).toEqual({ error_code: 409, message: 'topic orders already exists' });
    for (const bad of [{}, { topic_name: '' }, { topic_name: 'a/b' }, { topic_name: '..' }, { topic_name: 'x', partitions_count: 0 }, { topic_name: 'x', extra: 1 }, { topic_name: 'x', configs: [{ value: 'v' }] }]) {
      const res = await post(bad);
      expect(res.statusCode).toBe(400);
      expect(res.json().error_code).toBe(400);
    }
    const refused = await post({ topic_name: 'big', partitions_count: 101 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toMatch(/INVALID_PARTITIONS/);
    expect((await post({ topic_name: 'bobs' }, bob)).statusCode).toBe(403);
    expect(cluster.topics.has('bobs')).toBe(false);
    const { app: without } = testApp({ cluster: false });
    expect((await without.inject({ method: 'POST', url: topics, headers: alice, payload: { topic_name: 'n' } })).statusCode).toBe(503);
  });

  it('answers 503 with the reason when the cluster cannot be reached, and 404 for another cluster id', async () => {
    const { app, cluster } = testApp();
    cluster.failWith = new SamsaError('connection refused', { retriable: true });
    const res = await app.inject({ method: 'POST', url: topics, headers: alice, payload: { topic_name: 'n' } });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ error_code: 503, message: 'connection refused' });
    expect((await app.inject({ method: 'POST', url: '/v3/clusters/other/topics', headers: alice, payload: { topic_name: 'n' } })).statusCode).toBe(404);
  });

  it('DELETE topics/{t} deletes (204); 404 when unknown; 403 without Delete', async () => {
    const { app, cluster, source } = testApp();
    expect((await app.inject({ method: 'DELETE', url: `${topics}/orders`, headers: bob })).statusCode).toBe(403);
    expect(cluster.topics.has('orders')).toBe(true);
    expect((await app.inject({ method: 'DELETE', url: `${topics}/orders`, headers: alice })).statusCode).toBe(204);
    expect(cluster.topics.has('orders')).toBe(false);
    // Answered only once this broker's own metadata dropped the topic (the controller's may be ahead).
    expect(source.topicWaits).toEqual(['orders gone']);
    const missing = await app.inject({ method: 'DELETE', url: `${topics}/nope`, headers: alice });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toMatch(/UNKNOWN_TOPIC_OR_PARTITION/);
  });

  it('PATCH topics/{t} adds partitions; 400 for fewer or a bad body; 404 unknown; 403 without Alter; 501 without CreatePartitions', async () => {
    const { app, cluster } = testApp();
    const patch = (url: string, payload: object, headers = alice) => app.inject({ method: 'PATCH', url, headers, payload });
    const res = await patch(`${topics}/orders`, { partitions_count: 4 });
    expect(res.statusCode).toBe(200);
    expect(res.json().partitions_count).toBe(4);
    expect(cluster.createdPartitions[0]!.topicPartitions).toEqual([{ topic: 'orders', count: 4 }]);
    const fewer = await patch(`${topics}/orders`, { partitions_count: 2 });
    expect(fewer.statusCode).toBe(400);
    expect(fewer.json().message).toMatch(/INVALID_PARTITIONS/);
    expect((await patch(`${topics}/orders`, { partitions_count: 'many' })).statusCode).toBe(400);
    expect((await patch(`${topics}/orders`, {})).statusCode).toBe(400);
    expect((await patch(`${topics}/nope`, { partitions_count: 5 })).statusCode).toBe(404);
    expect((await patch(`${topics}/orders`, { partitions_count: 5 }, bob)).statusCode).toBe(403);
    cluster.withoutNewApis = true;
    expect((await patch(`${topics}/orders`, { partitions_count: 6 })).statusCode).toBe(501);
  });
});

describe('REST v3 partitions and replicas', () => {
  it('GET partitions shows offsets from the leaders for partitions this broker does not lead', async () => {
    const { app, cluster } = testApp();
    cluster.logs.set('orders-1', [{ offset: 0, timestamp: 1, key: null, value: null, headers: [] }]);
    const body = (await app.inject({ method: 'GET', url: `${topics}/orders/partitions`, headers: alice })).json();
    expect(body.kind).toBe('KafkaPartitionList');
    expect(body.data[1]).toMatchObject({ partition_id: 1, leader_id: 2, earliest_offset: 0, latest_offset: 1, high_watermark: 1, log_end_offset: null });
    expect(body.data[0]).toMatchObject({ partition_id: 0, earliest_offset: 0, latest_offset: 0 });
  });

  it('GET partitions falls back to local offsets without a cluster client', async () => {
    const { app } = testApp({ cluster: false });
    const body = (await app.inject({ method: 'GET', url: `${topics}/orders/partitions/1`, headers: alice })).json();
    expect(body).toMatchObject({ partition_id: 1, earliest_offset: null, latest_offset: null });
    const local = (await app.inject({ method: 'GET', url: `${topics}/orders/partitions/0`, headers: alice })).json();
    expect(local).toMatchObject({ earliest_offset: 2, latest_offset: 10, log_end_offset: 12 });
  });

  it('GET replicas lists each replica with leadership and ISR membership; one replica; 404s', async () => {
    const { app } = testApp();
    const list = (await app.inject({ method: 'GET', url: `${topics}/orders/partitions/1/replicas`, headers: alice })).json();
    expect(list.kind).toBe('KafkaReplicaList');
    expect(list.data).toEqual([
      {
        kind: 'KafkaReplica', metadata: { self: `${base}/topics/orders/partitions/1/replicas/2`, resource_name: 'crn:///kafka=c1/topic=orders/partition=1/replica=2' },
        cluster_id: 'c1', topic_name: 'orders', partition_id: 1, broker_id: 2, is_leader: true, is_in_sync: true, broker: { related: `${base}/brokers/2` },
      },
      expect.objectContaining({ broker_id: 1, is_leader: false, is_in_sync: false }),
    ]);
    expect((await app.inject({ method: 'GET', url: `${topics}/orders/partitions/1/replicas/1`, headers: alice })).json().broker_id).toBe(1);
    expect((await app.inject({ method: 'GET', url: `${topics}/orders/partitions/1/replicas/3`, headers: alice })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `${topics}/orders/partitions/7/replicas`, headers: alice })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `${topics}/nope/partitions/0/replicas`, headers: alice })).statusCode).toBe(404);
  });
});
