import { allowAllAuthorizer } from '../../security/authorizer';
import { systemClock } from '../../clock';
import pino from 'pino';
import { ApiKey } from '../../../proto/api';
import { ErrorCode } from '../../../proto/errors';
import type { samsa } from '../../../proto/generated/samsa';
import { updateMetadataRequest } from '../../../test/support/domain-requests';
import type { KafkaZkClient } from '../../../zk/kafka-zk-client';
import { MetadataCache } from '../../cluster/metadata-cache';
import type { ReplicaDataPlane } from '../../cluster/replica-data-plane';
import type { ReplicaManager } from '../../cluster/replica-manager';
import { parseBrokerConfig } from '../../config';
import { topicConfigKeys } from '../../log/log-config';
import { callThroughProtobuf, testRequestContext } from '../../../test/support/protobuf-handler-call';
import { ConfigResourceType, topicConfigFields } from './describe-configs';
import { buildHandlerTable, type BrokerServices } from './index';
import { unused } from '../../../test/support/unused';

type Response = samsa.v1.IDescribeConfigsResponse;

function setup() {
  const cache = new MetadataCache(1, systemClock);
  cache.updateMetadata(updateMetadataRequest({
    controllerId: 1, controllerEpoch: 1, liveBrokers: [{ id: 1, endpoints: [{ listener: 'PLAINTEXT', host: 'h', port: 9092, securityProtocol: 'PLAINTEXT' }] }],
    partitionStates: [{ topic: 'orders', partition: 0, leader: 1, leaderEpoch: 0, isr: [1], replicas: [1] }],
  }));
  const topicConfigs: Record<string, Record<string, string>> = { orders: { 'retention.ms': '1000', 'min.insync.replicas': '2' }, fresh: { 'retention.ms': '7' } };
  // 'fresh' is in ZooKeeper but not yet in this broker's metadata (an UpdateMetadata on its way).
  const zkTopics = new Set(['orders', 'fresh']);
  const zk = {
    getTopicConfig: async (t: string) => topicConfigs[t] ?? {},
    getTopicAssignment: async (t: string) => (zkTopics.has(t) ? { partitions: { 0: [1] } } : undefined),
  };
  const config = parseBrokerConfig({
    'broker.id': '1', 'zookeeper.connect': 'localhost:2181', 'log.retention.hours': '24', 'admin.auth.token': 'secret-token',
  }, { hostname: () => 'h' });
  const services: BrokerServices = {
    config, metadataCache: cache, replicaManager: {} as ReplicaManager, replicaDataPlane: {} as ReplicaDataPlane, zk: zk as unknown as KafkaZkClient,
    logger: pino({ level: 'silent' }), getBrokerEpoch: () => 1, controllerRequestFence: { check: async () => ErrorCode.STALE_CONTROLLER_EPOCH },
    controller: unused('controller'), groupCoordinator: unused('groupCoordinator'), producerIdManager: unused('producerIdManager'), transactionCoordinator: unused('transactionCoordinator'), authorizer: allowAllAuthorizer,
  };
  const table = buildHandlerTable(services);
  const ctx = testRequestContext(ApiKey.DescribeConfigs);
  const call = async (resources: samsa.v1.DescribeConfigsRequest.IDescribeConfigsResource[]): Promise<Response> =>
    (await callThroughProtobuf(table, ctx, { resources }, { closeConnection: () => undefined })) as Response;
  return { call };
}

describe('DescribeConfigs', () => {
  it('maps every topic-level key to a LogConfig field', () => {
    expect(Object.keys(topicConfigFields).sort()).toEqual([...topicConfigKeys].sort());
  });

  it('describes a topic: overrides are not default, the rest come from the broker defaults', async () => {
    const { call } = setup();
    const resp = await call([{ resourceType: ConfigResourceType.Topic, resourceName: 'orders' }]);
    const result = resp.results![0]!;
    expect(result.errorCode).toBe(ErrorCode.NONE);
    const byName = new Map(result.configs!.map((c) => [c.name, c]));
    expect([...byName.keys()].sort()).toEqual([...topicConfigKeys].sort());
    expect(byName.get('retention.ms')).toMatchObject({ value: '1000', isDefault: false });
    expect(byName.get('min.insync.replicas')).toMatchObject({ value: '2', isDefault: false });
    expect(byName.get('cleanup.policy')).toMatchObject({ value: 'delete', isDefault: true });
    expect(byName.get('segment.ms')).toMatchObject({ isDefault: true });
  });

  it('takes a default from the broker config, not the Kafka constant', async () => {
    const { call } = setup();
    const resp = await call([{ resourceType: ConfigResourceType.Topic, resourceName: 'orders', configurationKeys: ['retention.bytes', 'segment.bytes'] }]);
    expect(resp.results![0]!.configs!.map((c) => c.name)).toEqual(['segment.bytes', 'retention.bytes']);
    const other = await call([{ resourceType: ConfigResourceType.Topic, resourceName: 'orders', configurationKeys: ['retention.ms'] }]);
    expect(other.results![0]!.configs![0]).toMatchObject({ value: '1000' });
  });

  it('describes a topic created but not yet in this broker\'s metadata, from ZooKeeper', async () => {
    const { call } = setup();
    const resp = await call([{ resourceType: ConfigResourceType.Topic, resourceName: 'fresh', configurationKeys: ['retention.ms'] }]);
    expect(resp.results![0]).toMatchObject({ errorCode: ErrorCode.NONE, resourceName: 'fresh' });
    expect(resp.results![0]!.configs![0]).toMatchObject({ name: 'retention.ms', value: '7' });
  });

  it('answers UNKNOWN_TOPIC_OR_PARTITION for a topic neither its metadata nor ZooKeeper knows', async () => {
    const { call } = setup();
    const resp = await call([{ resourceType: ConfigResourceType.Topic, resourceName: 'nope' }]);
    expect(resp.results![0]).toMatchObject({ errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, resourceName: 'nope' });
  });

  it("describes this broker's keys and hides sensitive values", async () => {
    const { call } = setup();
    const resp = await call([{ resourceType: ConfigResourceType.Broker, resourceName: '1' }]);
    const result = resp.results![0]!;
    expect(result.errorCode).toBe(ErrorCode.NONE);
    const byName = new Map(result.configs!.map((c) => [c.name, c]));
    expect(byName.get('broker.id')).toMatchObject({ value: '1' });
    expect(byName.get('num.partitions')).toMatchObject({ value: '1', isDefault: true });
    expect(byName.get('admin.auth.token')).toMatchObject({ value: '', isSensitive: true, isDefault: false });
    expect(JSON.stringify(result)).not.toContain('secret-token');
  });

  it('refuses a broker resource naming another broker', async () => {
    const { call } = setup();
    const resp = await call([{ resourceType: ConfigResourceType.Broker, resourceName: '2' }]);
    expect(resp.results![0]!.errorCode).toBe(ErrorCode.INVALID_REQUEST);
  });
});

describe('DescribeConfigs sources of broker keys', () => {
  it('reports a key set in the broker config (listeners) as STATIC_BROKER_CONFIG with its value, not as a default', async () => {
    const { brokerConfigEntries } = await import('./describe-configs');
    const config = parseBrokerConfig({ 'broker.id': '1', 'zookeeper.connect': '127.0.0.1:2181', listeners: 'PLAINTEXT://:19092,KAFKA://:19093' });
    const [entry] = brokerConfigEntries(config, ['listeners']);
    expect(entry).toMatchObject({ name: 'listeners', value: 'PLAINTEXT://:19092,KAFKA://:19093', isDefault: false, configSource: 4, readOnly: true });
    expect(entry!.synonyms![0]).toEqual({ name: 'listeners', value: 'PLAINTEXT://:19092,KAFKA://:19093', source: 4 });
  });
});
