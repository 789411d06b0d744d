/**
 * Config, consumer group and lag routes through app.inject(), over a FakeSource and the cluster
 * client's test double: success and every error each route answers.
 */
// light-my-request (behind app.inject) requires `cookie` 2.x, an ES module Jest's CommonJS runtime cannot load.
jest.mock('cookie', () => ({ stringifySetCookie: (): string => { throw new Error('cookies are not used by these tests'); } }));

import { ErrorCode } from '../../proto/errors';
import { ResourceType } from '../security/acl';
import { allowAllAuthorizer, type Authorizer } from '../security/authorizer';
import { alice, base, bob, testApp } from '../../test/support/admin-cluster-fake';
import type { FakeCluster } from '../../test/support/admin-cluster-fake';

const c1 = '/v3/clusters/c1';

/** bob may not Describe the group g1 nor the Cluster; everything else is allowed. */
const bobDeniedGroupG1: Authorizer = {
  ...allowAllAuthorizer, enabled: true,
  authorize: (s, _op, type, name) => s.principal.name !== 'bob' || (type === ResourceType.GROUP ? name !== 'g1' : type !== ResourceType.CLUSTER),
};

describe('REST v3 configs', () => {
  it('GET topic configs lists and finds configs with source and synonyms; 404 for an unknown topic or name; 403 for bob on a broker', async () => {
    const { app } = testApp();
    const body = (await app.inject({ method: 'GET', url: `${c1}/topics/orders/configs`, headers: alice })).json();
    expect(body.kind).toBe('KafkaTopicConfigList');
    expect(body.data).toEqual([{
      kind: 'KafkaTopicConfig', metadata: { self: `${base}/topics/orders/configs/retention.ms`, resource_name: 'crn:///kafka=c1/config=retention.ms' },
      cluster_id: 'c1', topic_name: 'orders', name: 'retention.ms', value: '1000', is_default: false, is_read_only: false, is_sensitive: false,
      source: 'DYNAMIC_TOPIC_CONFIG', synonyms: [],
    }]);
    expect((await app.inject({ method: 'GET', url: `${c1}/topics/orders/configs/retention.ms`, headers: alice })).json().value).toBe('1000');
    expect((await app.inject({ method: 'GET', url: `${c1}/topics/orders/configs/nope`, headers: alice })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `${c1}/topics/nope/configs`, headers: alice })).statusCode).toBe(404);
    const broker = (await app.inject({ method: 'GET', url: `${c1}/brokers/1/configs`, headers: alice })).json();
    expect(broker.data[0]).toMatchObject({ kind: 'KafkaBrokerConfig', broker_id: 1, name: 'log.retention.hours', source: 'DEFAULT_CONFIG', is_read_only: true });
    expect((await app.inject({ method: 'GET', url: `${c1}/brokers/9/configs`, headers: alice })).statusCode).toBe(404);
    const cluster = (await app.inject({ method: 'GET', url: `${c1}/broker-configs`, headers: alice })).json();
    expect(cluster.data).toEqual([expect.objectContaining({ kind: 'KafkaClusterConfig', config_type: 'BROKER', name: 'log.retention.ms', source: 'DYNAMIC_DEFAULT_BROKER_CONFIG' })]);
  });

  it('PUT sets, DELETE resets and configs:alter changes several configs through IncrementalAlterConfigs (204)', async () => {
    const { app, cluster } = testApp();
    expect((await app.inject({ method: 'PUT', url: `${c1}/topics/orders/configs/retention.ms`, headers: alice, payload: { value: '5' } })).statusCode).toBe(204);
    expect((await app.inject({ method: 'DELETE', url: `${c1}/brokers/2/configs/log.cleaner.threads`, headers: alice })).statusCode).toBe(204);
    const batch = await app.inject({
      method: 'POST', url: `${c1}/broker-configs:alter`, headers: alice,
      payload: { data: [{ name: 'log.retention.ms', value: '9' }, { name: 'log.segment.bytes', operation: 'DELETE' }], validate_only: true },
    });
    expect(batch.statusCode).toBe(204);
    expect(cluster.altered).toEqual([
      { validateOnly: false, resources: [{ type: 2, name: 'orders', configEntries: [{ name: 'retention.ms', value: '5', operation: 'SET' }] }] },
      { validateOnly: false, resources: [{ type: 4, name: '2', configEntries: [{ name: 'log.cleaner.threads', operation: 'DELETE' }] }] },
      { validateOnly: true, resources: [{ type: 4, name: '', configEntries: [{ name: 'log.retention.ms', value: '9', operation: 'SET' }, { name: 'log.segment.bytes', value: null, operation: 'DELETE' }] }] },
    ]);
    expect((await app.inject({ method: 'POST', url: `${c1}/topics/orders/configs:alter`, headers: alice, payload: { data: [{ name: 'cleanup.policy', value: 'compact' }] } })).statusCode).toBe(204);
  });

  it('config changes answer 400 for bad bodies and refused configs, 404 unknown, 403 without AlterConfigs, 501 without IncrementalAlterConfigs', async () => {
    const { app, cluster } = testApp();
    const put = (url: string, payload: unknown, headers = alice) => app.inject({ method: 'PUT', url, headers, payload: payload as object });
    expect((await put(`${c1}/topics/orders/configs/retention.ms`, {})).statusCode).toBe(400);
    expect((await put(`${c1}/topics/orders/configs/retention.ms`, { value: {} })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: `${c1}/topics/orders/configs:alter`, headers: alice, payload: { data: [] } })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: `${c1}/topics/orders/configs:alter`, headers: alice, payload: { data: [{ name: 'a', operation: 'APPEND' }] } })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: `${c1}/topics/orders/configs:alter`, headers: alice, payload: { data: [{ name: 'a' }] } })).statusCode).toBe(400);
    expect((await put(`${c1}/topics/nope/configs/retention.ms`, { value: '1' })).statusCode).toBe(404);
    expect((await put(`${c1}/brokers/7/configs/x`, { value: '1' })).statusCode).toBe(404);
    expect((await put(`${c1}/topics/orders/configs/retention.ms`, { value: '1' }, bob)).statusCode).toBe(403);
    expect(cluster.altered).toEqual([]);
    cluster.alterError = { code: ErrorCode.INVALID_CONFIG, message: 'Unknown topic config name: nope' };
    const refused = await put(`${c1}/topics/orders/configs/nope`, { value: '1' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toEqual({ error_code: 400, message: 'INVALID_CONFIG: Unknown topic config name: nope' });
    cluster.withoutNewApis = true;
    expect((await put(`${c1}/topics/orders/configs/retention.ms`, { value: '1' })).statusCode).toBe(501);
  });
});

function addGroup(cluster: FakeCluster): void {
  const member = {
    memberId: 'm-1', groupInstanceId: null, clientId: 'app', clientHost: '/127.0.0.1', memberMetadata: Buffer.alloc(0), memberAssignment: Buffer.alloc(0),
    assignment: [{ topic: 'orders', partitions: [0] }],
  };
  cluster.groups.set('g1', { groupId: 'g1', errorCode: 0, state: 'Stable', protocolType: 'consumer', protocol: 'range', members: [member], coordinator: { nodeId: 2, host: 'h2', port: 9093 } });
  cluster.committed.set('g1', new Map([['orders', new Map([[0, 1], [1, 2]])]]));
  const record = (offset: number) => ({ offset, timestamp: offset, key: null, value: null, headers: [] });
  cluster.logs.set('orders-0', [0, 1, 2, 3, 4].map(record));
  cluster.logs.set('orders-1', [0, 1, 2].map(record));
}

describe('REST v3 consumer groups and lags', () => {
  it('lists and describes groups, consumers and assignments', async () => {
    const { app, cluster } = testApp();
    addGroup(cluster);
    const groups = (await app.inject({ method: 'GET', url: `${c1}/consumer-groups`, headers: alice })).json();
    expect(groups.kind).toBe('KafkaConsumerGroupList');
    expect(groups.data).toEqual([{
      kind: 'KafkaConsumerGroup', metadata: { self: `${base}/consumer-groups/g1`, resource_name: 'crn:///kafka=c1/consumer-group=g1' },
      cluster_id: 'c1', consumer_group_id: 'g1', is_simple: false, partition_assignor: 'range', state: 'STABLE', type: 'CLASSIC',
      is_mixed_consumer_group: false, coordinator: { related: `${base}/brokers/2` }, consumers: { related: `${base}/consumer-groups/g1/consumers` },
      lag_summary: { related: `${base}/consumer-groups/g1/lag-summary` },
    }]);
    expect((await app.inject({ method: 'GET', url: `${c1}/consumer-groups/g1`, headers: alice })).json().state).toBe('STABLE');
    const consumers = (await app.inject({ method: 'GET', url: `${c1}/consumer-groups/g1/consumers`, headers: alice })).json();
    expect(consumers.data[0]).toMatchObject({ kind: 'KafkaConsumer', consumer_id: 'm-1', client_id: 'app', instance_id: null, host: '/127.0.0.1' });
    expect((await app.inject({ method: 'GET', url: `${c1}/consumer-groups/g1/consumers/m-1`, headers: alice })).json().consumer_id).toBe('m-1');
    const assignments = (await app.inject({ method: 'GET', url: `${c1}/consumer-groups/g1/consumers/m-1/assignments`, headers: alice })).json();
    expect(assignments.data).toEqual([expect.objectContaining({
      kind: 'KafkaConsumerAssignment', topic_name: 'orders', partition_id: 0, partition: { related: `${base}/topics/orders/partitions/0` },
      lag: { related: `${base}/consumer-groups/g1/lags/orders/partitions/0` },
    })]);
    expect((await app.inject({ method: 'GET', url: `${c1}/consumer-groups/g1/consumers/m-1/assignments/orders/partitions/0`, headers: alice })).statusCode).toBe(200);
  });

  it('answers 404 for unknown groups, consumers and assignments, 403 without Describe on the group, and lists only described groups without Describe on the Cluster', async () => {
    const { app, cluster } = testApp({ authorizer: bobDeniedGroupG1 });
    addGroup(cluster);
    for (const url of ['consumer-groups/nope', 'consumer-groups/nope/consumers', 'consumer-groups/g1/consumers/m-9', 'consumer-groups/g1/consumers/m-9/assignments',
      'consumer-groups/g1/consumers/m-1/assignments/orders/partitions/1', 'consumer-groups/nope/lags', 'consumer-groups/g1/lags/orders/partitions/5']) {
      expect([url, (await app.inject({ method: 'GET', url: `${c1}/${url}`, headers: alice })).statusCode]).toEqual([url, 404]);
    }
    expect((await app.inject({ method: 'GET', url: `${c1}/consumer-groups/g1`, headers: bob })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: `${c1}/consumer-groups/g1/lags`, headers: bob })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: `${c1}/consumer-groups`, headers: bob })).json().data).toEqual([]);
  });

  it('computes lag per committed partition with its consumer, one partition, and the summary', async () => {
    const { app, cluster } = testApp();
    addGroup(cluster);
    const lags = (await app.inject({ method: 'GET', url: `${c1}/consumer-groups/g1/lags`, headers: alice })).json();
    expect(lags.kind).toBe('KafkaConsumerLagList');
    expect(lags.data.map((l: Record<string, unknown>) => [l.partition_id, l.current_offset, l.log_end_offset, l.lag, l.consumer_id, l.client_id]))
      .toEqual([[0, 1, 5, 4, 'm-1', 'app'], [1, 2, 3, 1, '', '']]);
    const one = (await app.inject({ method: 'GET', url: `${c1}/consumer-groups/g1/lags/orders/partitions/1`, headers: alice })).json();
    expect(one).toMatchObject({ kind: 'KafkaConsumerLag', metadata: { self: `${base}/consumer-groups/g1/lags/orders/partitions/1` }, lag: 1 });
    const summary = (await app.inject({ method: 'GET', url: `${c1}/consumer-groups/g1/lag-summary`, headers: alice })).json();
    expect(summary).toMatchObject({
      kind: 'KafkaConsumerGroupLagSummary', max_lag_consumer_id: 'm-1', max_lag_client_id: 'app', max_lag_topic_name: 'orders', max_lag_partition_id: 0,
      max_lag: 4, total_lag: 5, max_lag_consumer: { related: `${base}/consumer-groups/g1/consumers/m-1` },
      max_lag_partition: { related: `${base}/topics/orders/partitions/0` },
    });
  });
});
