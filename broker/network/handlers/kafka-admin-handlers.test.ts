/**
 * What the Kafka listener needs of the admin handlers: DescribeCluster, CreateTopics' effective
 * configs (KIP-525) and null config values, and DescribeConfigs' sources and synonyms (KIP-226).
 */
import { allowAllAuthorizer } from '../../security/authorizer';
import pino from 'pino';
import { ApiKey } from '../../../proto/api';
import { ErrorCode } from '../../../proto/errors';
import { samsa } from '../../../proto/generated/samsa';
import { updateMetadataRequest } from '../../../test/support/domain-requests';
import { testRequestContext } from '../../../test/support/protobuf-handler-call';
import { unused } from '../../../test/support/unused';
import { TopicExistsError, type KafkaZkClient } from '../../../zk/kafka-zk-client';
import { clusterAuthorizedOperationsOmitted } from '../../api/describe-cluster';
import { ConfigSource, type CreateTopicsResponse } from '../../api/topics';
import { systemClock } from '../../clock';
import { MetadataCache } from '../../cluster/metadata-cache';
import { logConfigDefaults, type BrokerConfig } from '../../config';
import { createTopicsHandler } from './create-topics';
import { allClusterOperations, describeClusterHandler } from './describe-cluster';
import { describeConfigsHandler } from './describe-configs';
import type { BrokerServices } from './index';

function services(configOverrides: Record<string, unknown> = {}): { services: BrokerServices; created: Map<string, Record<string, string>> } {
  const cache = new MetadataCache(1, systemClock);
  cache.clusterId = 'cluster-x';
  const endpoints = (id: number) => [
    { listener: 'INTERNAL', host: `b${id}`, port: 29092, securityProtocol: 'PLAINTEXT' },
    { listener: 'KAFKA', host: 'localhost', port: 19091 + id, securityProtocol: 'PLAINTEXT' },
  ];
  cache.updateMetadata(updateMetadataRequest({
    controllerId: 2, controllerEpoch: 1, liveBrokers: [{ id: 1, endpoints: endpoints(1) }, { id: 2, endpoints: endpoints(2), rack: 'r2' }],
    partitionStates: [{ topic: 'known', partition: 0, leader: 2, leaderEpoch: 1, isr: [2], replicas: [2] }],
  }));
  const created = new Map<string, Record<string, string>>();
  const zk = {
    createTopic: async (topic: string, _assignment: unknown, config: Record<string, string>) => {
      if (created.has(topic)) throw new TopicExistsError(topic);
      created.set(topic, config);
    },
    getAllTopics: async () => [...created.keys()],
    getTopicConfig: async () => ({ 'cleanup.policy': 'compact' }),
  };
  const config = {
    brokerId: 1, numPartitions: 1, defaultReplicationFactor: 1, logDefaults: logConfigDefaults, logRetentionMs: 3_600_000, ...configOverrides,
  } as unknown as BrokerConfig;
  return {
    created,
    services: {
      config, metadataCache: cache, zk: zk as unknown as KafkaZkClient, logger: pino({ level: 'silent' }), getBrokerEpoch: () => 1,
      replicaManager: unused('replicaManager'), replicaDataPlane: unused('replicaDataPlane'), controllerRequestFence: unused('fence'),
      controller: unused('controller'), groupCoordinator: unused('groupCoordinator'), producerIdManager: unused('producerIdManager'), transactionCoordinator: unused('transactionCoordinator'), authorizer: allowAllAuthorizer,
    },
  };
}

const conn = { closeConnection: () => undefined };

describe('DescribeCluster handler', () => {
  it('answers the cluster id, the controller and the live brokers on the request\'s listener', async () => {
    const handler = describeClusterHandler(services().services);
    const resp = await handler(testRequestContext(ApiKey.DescribeCluster, 'KAFKA'), { includeClusterAuthorizedOperations: false }, conn);
    expect(resp).toEqual({
      errorCode: ErrorCode.NONE, errorMessage: '', clusterId: 'cluster-x', controllerId: 2,
      brokers: [{ nodeId: 1, host: 'localhost', port: 19092, rack: '' }, { nodeId: 2, host: 'localhost', port: 19093, rack: 'r2' }],
      clusterAuthorizedOperations: clusterAuthorizedOperationsOmitted,
    });
    const internal = await handler(testRequestContext(ApiKey.DescribeCluster, 'INTERNAL'), { includeClusterAuthorizedOperations: true }, conn);
    expect(internal?.brokers.map((b) => b.host)).toEqual(['b1', 'b2']);
    // Kafka's cluster operations with no authorizer: CREATE, ALTER, DESCRIBE, CLUSTER_ACTION, DESCRIBE_CONFIGS, ALTER_CONFIGS, IDEMPOTENT_WRITE.
    expect(internal?.clusterAuthorizedOperations).toBe(allClusterOperations);
    expect(allClusterOperations).toBe(0b1_1111_1010_0000);
  });
});

describe('CreateTopics handler: what the Kafka listener needs', () => {
  it('answers a created topic\'s effective configs (KIP-525), its overrides marked as not default', async () => {
    const { services: s } = services();
    const resp = await createTopicsHandler(s)(testRequestContext(ApiKey.CreateTopics), {
      topics: [{ name: 'orders', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [{ name: 'retention.ms', value: '1000' }] }],
      timeoutMs: 0, validateOnly: true,
    }, conn);
    const configs = resp!.topics[0]!.configs!;
    expect(configs.find((c) => c.name === 'retention.ms')).toEqual({
      name: 'retention.ms', value: '1000', readOnly: false, isDefault: false, isSensitive: false, configSource: ConfigSource.TopicConfig,
      synonyms: [
        { name: 'retention.ms', value: '1000', source: ConfigSource.TopicConfig },
        { name: 'log.retention.ms', value: '3600000', source: ConfigSource.StaticBrokerConfig },
        { name: 'log.retention.hours', value: '168', source: ConfigSource.DefaultConfig },
      ],
    });
    expect(configs.find((c) => c.name === 'cleanup.policy')).toMatchObject({ value: 'delete', isDefault: true, configSource: ConfigSource.DefaultConfig });
  });

  it('refuses a null config value (Kafka\'s wire allows one) with INVALID_REQUEST and writes nothing', async () => {
    const { services: s, created } = services();
    const resp = await createTopicsHandler(s)(testRequestContext(ApiKey.CreateTopics), {
      topics: [{ name: 'orders', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [{ name: 'retention.ms', value: null }] }],
      timeoutMs: 0, validateOnly: false,
    }, conn);
    expect(resp!.topics[0]).toMatchObject({ name: 'orders', errorCode: ErrorCode.INVALID_REQUEST, errorMessage: expect.stringContaining('retention.ms') });
    expect(resp!.topics[0]!.configs).toBeUndefined();
    expect(created.size).toBe(0);
  });

  it('the protobuf responses are byte for byte what they were: configs, sources and synonyms have no place there', () => {
    const base = { name: 'orders', errorCode: 0, errorMessage: '', numPartitions: 2, replicationFactor: 1 };
    const withConfigs: CreateTopicsResponse = { topics: [{ ...base, configs: [{ name: 'retention.ms', value: '1', readOnly: false, isDefault: false, isSensitive: false }] }] };
    const encode = (body: object) => Buffer.from(samsa.v1.Response.encode({ correlationId: 1, createTopics: body }).finish());
    expect(encode(withConfigs)).toEqual(encode({ topics: [base] }));
    const entry = { name: 'retention.ms', value: '1', readOnly: false, isDefault: false, isSensitive: false };
    const described = (configs: object[]) => Buffer.from(samsa.v1.Response.encode({
      correlationId: 1, describeConfigs: { results: [{ errorCode: 0, errorMessage: '', resourceType: 2, resourceName: 't', configs }] },
    }).finish());
    expect(described([{ ...entry, configSource: 1, synonyms: [{ name: 'retention.ms', value: '1', source: 1 }] }])).toEqual(described([entry]));
  });
});

describe('DescribeConfigs handler: sources and synonyms (KIP-226)', () => {
  it('a topic override, a default taken from a broker key set in its config, and a plain default', async () => {
    const handler = describeConfigsHandler(services().services);
    const resp = await handler(testRequestContext(ApiKey.DescribeConfigs), {
      resources: [{ resourceType: 2, resourceName: 'known', configurationKeys: ['cleanup.policy', 'retention.ms', 'segment.bytes'] }],
    }, conn);
    expect(resp!.results[0]!.configs).toEqual([
      {
        name: 'segment.bytes', value: String(logConfigDefaults.segmentBytes), readOnly: false, isDefault: true, isSensitive: false,
        configSource: ConfigSource.DefaultConfig, synonyms: [{ name: 'log.segment.bytes', value: '1073741824', source: ConfigSource.DefaultConfig }],
      },
      {
        name: 'retention.ms', value: String(logConfigDefaults.retentionMs), readOnly: false, isDefault: true, isSensitive: false,
        configSource: ConfigSource.StaticBrokerConfig,
        synonyms: [{ name: 'log.retention.ms', value: '3600000', source: ConfigSource.StaticBrokerConfig }, { name: 'log.retention.hours', value: '168', source: ConfigSource.DefaultConfig }],
      },
      {
        name: 'cleanup.policy', value: 'compact', readOnly: false, isDefault: false, isSensitive: false, configSource: ConfigSource.TopicConfig,
        synonyms: [{ name: 'cleanup.policy', value: 'compact', source: ConfigSource.TopicConfig }, { name: 'log.cleanup.policy', value: 'delete', source: ConfigSource.DefaultConfig }],
      },
    ]);
  });

  it('a broker key set in the config is STATIC_BROKER_CONFIG over its default; an unset one DEFAULT_CONFIG', async () => {
    const handler = describeConfigsHandler(services().services);
    const resp = await handler(testRequestContext(ApiKey.DescribeConfigs), {
      resources: [{ resourceType: 4, resourceName: '1', configurationKeys: ['log.retention.ms', 'log.retention.hours'] }],
    }, conn);
    expect(resp!.results[0]!.configs).toEqual([
      {
        // Dynamic keys (DynamicBrokerConfig) are not read-only, as Kafka reports them.
        name: 'log.retention.ms', value: '3600000', readOnly: false, isDefault: false, isSensitive: false, configSource: ConfigSource.StaticBrokerConfig,
        synonyms: [{ name: 'log.retention.ms', value: '3600000', source: ConfigSource.StaticBrokerConfig }],
      },
      {
        name: 'log.retention.hours', value: '168', readOnly: false, isDefault: true, isSensitive: false, configSource: ConfigSource.DefaultConfig,
        synonyms: [{ name: 'log.retention.hours', value: '168', source: ConfigSource.DefaultConfig }],
      },
    ]);
  });

  it('a key that cannot change at runtime is read-only', async () => {
    const handler = describeConfigsHandler(services().services);
    const resp = await handler(testRequestContext(ApiKey.DescribeConfigs), {
      resources: [{ resourceType: 4, resourceName: '1', configurationKeys: ['num.partitions'] }],
    }, conn);
    expect(resp!.results[0]!.configs[0]).toMatchObject({ name: 'num.partitions', readOnly: true });
  });
});
