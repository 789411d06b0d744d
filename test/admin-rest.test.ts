/**
 * The REST v3 API against real brokers (2, so that a partition is led elsewhere than the broker
 * asked): create a topic, produce records, read partition offsets and records from either broker,
 * see a group's lag, read configs, delete the topic. The routes' errors are covered by the
 * app.inject() tests beside them (broker/admin/routes-*.test.ts).
 */
import { Samsa } from '../client/samsa';
import { startCluster, waitFor } from './fixtures/cluster';

type Cluster = Awaited<ReturnType<typeof startCluster>>;

const topic = 'rest-it';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are read field by field in the assertions
async function call(url: string, method = 'GET', body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(url, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, json: text === '' ? undefined : JSON.parse(text) };
}

describe('admin REST v3 on a live cluster', () => {
  let cluster: Cluster;
  let v3: [string, string];

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 2, name: 'admin-rest' });
    const clusterId = await waitFor(async () => (await call(`${cluster.broker(1).adminUrl}/v3/clusters`)).json.data[0]?.cluster_id as string | undefined,
      { timeoutMs: 30_000, description: 'the admin API knows the cluster id' });
    v3 = [`${cluster.broker(1).adminUrl}/v3/clusters/${clusterId}`, `${cluster.broker(2).adminUrl}/v3/clusters/${clusterId}`];
  }, 90_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  it('creates a topic, produces to it, and answers offsets and records from either broker', async () => {
    const created = await call(`${v3[0]}/topics`, 'POST', { topic_name: topic, partitions_count: 2, replication_factor: 1, configs: [{ name: 'retention.ms', value: '3600000' }] });
    expect([created.status, created.json.partitions_count]).toEqual([201, 2]);
    expect((await call(`${v3[0]}/topics`, 'POST', { topic_name: topic })).status).toBe(409);
    for (const v of v3) await waitFor(async () => (await call(`${v}/topics/${topic}`)).status === 200, { timeoutMs: 15_000, description: 'both brokers know the topic' });

    for (const [partition, data] of [[0, 'a'], [0, 'b'], [1, 'c']] as const) {
      const report = await call(`${v3[0]}/topics/${topic}/records`, 'POST', { partition_id: partition, key: { type: 'STRING', data: 'k' }, value: { type: 'STRING', data } });
      expect([report.status, report.json.error_code, report.json.partition_id]).toEqual([200, 200, partition]);
    }
    for (const v of v3) {
      const partitions = (await call(`${v}/topics/${topic}/partitions`)).json.data;
      expect(partitions.map((p: { latest_offset: number; earliest_offset: number }) => [p.earliest_offset, p.latest_offset])).toEqual([[0, 2], [0, 1]]);
    }
    for (const v of v3) {
      const page = (await call(`${v}/topics/${topic}/partitions/0/records?offset=0`)).json;
      expect(page.data.map((r: { value: { data: string } }) => Buffer.from(r.value.data, 'base64').toString())).toEqual(['a', 'b']);
      expect(page.next_offset).toBe(2);
    }
  }, 60_000);

  it('alters topic and cluster-wide configs and adds partitions; bad values change nothing', async () => {
    const topicConfig = `${v3[0]}/topics/${topic}/configs`;
    expect((await call(`${topicConfig}/retention.ms`, 'PUT', { value: '7200000' })).status).toBe(204);
    await waitFor(async () => (await call(`${v3[1]}/topics/${topic}/configs/retention.ms`)).json.value === '7200000',
      { timeoutMs: 15_000, description: 'the other broker sees the new retention' });
    expect((await call(`${topicConfig}/retention.ms`)).json).toMatchObject({ value: '7200000', is_default: false, source: 'DYNAMIC_TOPIC_CONFIG' });
    const bad = await call(`${topicConfig}/retention.ms`, 'PUT', { value: 'soon' });
    expect(bad.status).toBe(400);
    expect((await call(`${topicConfig}/retention.ms`)).json.value).toBe('7200000');
    expect((await call(`${topicConfig}:alter`, 'POST', { data: [{ name: 'segment.ms', value: '600000' }, { name: 'retention.ms', operation: 'DELETE' }] })).status).toBe(204);
    const after = (await call(topicConfig)).json.data as Array<{ name: string; value: string; is_default: boolean }>;
    expect(after.find((c) => c.name === 'segment.ms')).toMatchObject({ value: '600000', is_default: false });
    expect(after.find((c) => c.name === 'retention.ms')?.is_default).toBe(true);
    expect((await call(`${topicConfig}/retention.ms`, 'PUT', { value: '3600000' })).status).toBe(204);

    expect((await call(`${v3[0]}/broker-configs/log.retention.bytes`, 'PUT', { value: '1073741824' })).status).toBe(204);
    await waitFor(async () => ((await call(`${v3[1]}/broker-configs`)).json.data as Array<{ name: string; value: string }>)
      .some((c) => c.name === 'log.retention.bytes' && c.value === '1073741824'), { timeoutMs: 15_000, description: 'the cluster-wide default is listed' });
    expect((await call(`${v3[0]}/broker-configs/broker.id`, 'PUT', { value: '7' })).status).toBe(400);
    expect((await call(`${v3[0]}/broker-configs/log.retention.bytes`, 'DELETE')).status).toBe(204);

    expect((await call(`${v3[0]}/topics/${topic}`, 'PATCH', { partitions_count: 1 })).status).toBe(400);
    expect((await call(`${v3[0]}/topics/${topic}`, 'PATCH', { partitions_count: 3 })).status).toBe(200);
    await waitFor(async () => (await call(`${v3[1]}/topics/${topic}`)).json.partitions_count === 3,
      { timeoutMs: 15_000, description: 'the other broker sees three partitions' });
  }, 60_000);

  it("shows a group's lag and the topic's configs, then deletes the topic", async () => {
    const samsa = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'rest-it' });
    const admin = samsa.admin();
    await admin.connect();
    try {
      await admin.setOffsets({ groupId: 'rest-group', topic, partitions: [{ partition: 0, offset: 1 }] });
    } finally {
      await admin.disconnect();
    }
    const lags = (await call(`${v3[1]}/consumer-groups/rest-group/lags`)).json;
    expect(lags.data.map((l: Record<string, unknown>) => [l.topic_name, l.partition_id, l.current_offset, l.log_end_offset, l.lag])).toEqual([[topic, 0, 1, 2, 1]]);
    expect((await call(`${v3[1]}/consumer-groups/rest-group/lag-summary`)).json).toMatchObject({ max_lag: 1, total_lag: 1, max_lag_partition_id: 0 });
    expect((await call(`${v3[0]}/consumer-groups/rest-group`)).json.is_simple).toBe(true);

    const retention = (await call(`${v3[1]}/topics/${topic}/configs/retention.ms`)).json;
    expect([retention.value, retention.is_default]).toEqual(['3600000', false]);

    expect((await call(`${v3[0]}/topics/${topic}`, 'DELETE')).status).toBe(204);
    await waitFor(async () => (await call(`${v3[0]}/topics/${topic}`)).status === 404, { timeoutMs: 15_000, description: 'the topic is gone' });
  }, 60_000);
});
