import { allowAllAuthorizer } from '../../security/authorizer';
import { systemClock } from '../../clock';
import pino from 'pino';
import { ApiKey } from '../../../proto/api';
import { ErrorCode } from '../../../proto/errors';
import type { samsa } from '../../../proto/generated/samsa';
import { updateMetadataRequest } from '../../../test/support/domain-requests';
import { TopicExistsError, type KafkaZkClient } from '../../../zk/kafka-zk-client';
import { MetadataCache } from '../../cluster/metadata-cache';
import type { ReplicaDataPlane } from '../../cluster/replica-data-plane';
import type { ReplicaManager } from '../../cluster/replica-manager';
import type { BrokerConfig } from '../../config';
import { logConfigDefaults } from '../../config';
import { callThroughProtobuf, testRequestContext } from '../../../test/support/protobuf-handler-call';
import { buildHandlerTable, implementedApiKeys, type BrokerServices } from './index';
import { unused } from '../../../test/support/unused';

class FakeZk {
  readonly topics = new Map<string, { assignment: Map<number, number[]>; config: Record<string, string> }>();
  readonly deletions: string[] = [];
  async createTopic(topic: string, assignment: Map<number, number[]>, config: Record<string, string>): Promise<void> {
    if (this.topics.has(topic)) throw new TopicExistsError(topic);
    this.topics.set(topic, { assignment, config });
  }
  async getAllTopics(): Promise<string[]> {
    return [...this.topics.keys()];
  }
  async markTopicForDeletion(topic: string): Promise<void> {
    this.deletions.push(topic);
  }
}

function liveBroker(id: number): samsa.v1.UpdateMetadataRequest.ILiveBroker {
  return { id, endpoints: [{ listener: 'INTERNAL', host: `b${id}`, port: 29092, securityProtocol: 'PLAINTEXT' }, { listener: 'EXTERNAL', host: 'localhost', port: 9090 + id, securityProtocol: 'PLAINTEXT' }] };
}

function setup(configOverrides: Partial<BrokerConfig> = {}) {
  const cache = new MetadataCache(1, systemClock);
  cache.clusterId = 'cluster-x';
  cache.updateMetadata(updateMetadataRequest({
    controllerId: 2, controllerEpoch: 1, liveBrokers: [liveBroker(1), liveBroker(2)],
    partitionStates: [{ topic: 'known', partition: 0, leader: 2, leaderEpoch: 1, isr: [2], replicas: [2] }],
  }));
  const zk = new FakeZk();
  const appended: unknown[] = [];
  const replicaDataPlane = {
    appendRecords: async (opts: { entries: { topic: string; partition: number }[] }) => {
      appended.push(opts);
      return opts.entries.map((e) => ({ ...e, errorCode: e.topic === 'known' ? ErrorCode.NONE : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: '', baseOffset: 0, logAppendTimeMs: -1, logStartOffset: 0, leaderEpoch: 1 }));
    },
  };
  const config = {
    brokerId: 1, numPartitions: 3, defaultReplicationFactor: 1, autoCreateTopicsEnable: true, deleteTopicEnable: true,
    logDefaults: logConfigDefaults, ...configOverrides,
  } as unknown as BrokerConfig;
  const services: BrokerServices = {
    config, metadataCache: cache, replicaManager: {} as ReplicaManager, replicaDataPlane: replicaDataPlane as unknown as ReplicaDataPlane, zk: zk as unknown as KafkaZkClient,
    logger: pino({ level: 'silent' }), getBrokerEpoch: () => 1, controllerRequestFence: { check: async () => ErrorCode.STALE_CONTROLLER_EPOCH },
    controller: unused('controller'), groupCoordinator: unused('groupCoordinator'), producerIdManager: unused('producerIdManager'), transactionCoordinator: unused('transactionCoordinator'), authorizer: allowAllAuthorizer,
  };
  const table = buildHandlerTable(services);
  const closed: string[] = [];
  // Response bodies are inspected loosely in these tests.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const call = async (apiKey: number, body: object, listenerName = 'EXTERNAL'): Promise<any> => {
    return callThroughProtobuf(table, testRequestContext(apiKey, listenerName), body, { closeConnection: (reason) => closed.push(reason) });
  };
  return { cache, zk, call, closed, appended };
}

describe('handler table', () => {
  it('has one handler per implemented API and ApiVersions lists them', async () => {
    const { call } = setup();
    const resp = await call(ApiKey.ApiVersions, {});
    expect(resp.errorCode).toBe(ErrorCode.NONE);
    expect(resp.apiKeys.map((k: { apiKey: number }) => k.apiKey)).toEqual([...implementedApiKeys]);
  });
});

describe('Metadata', () => {
  it('answers brokers and leaders for the listener the request arrived on', async () => {
    const { call } = setup();
    const resp = await call(ApiKey.Metadata, { topics: ['known'] }, 'EXTERNAL');
    expect(resp.clusterId).toBe('cluster-x');
    expect(resp.controllerId).toBe(2);
    expect(resp.brokers.map((b: { port: number }) => b.port)).toEqual([9091, 9092]);
    expect(resp.topics[0]).toMatchObject({ name: 'known', errorCode: ErrorCode.NONE });
    const internal = await call(ApiKey.Metadata, { allTopics: true }, 'INTERNAL');
    expect(internal.brokers.map((b: { host: string }) => b.host)).toEqual(['b1', 'b2']);
    expect(internal.topics.map((t: { name: string }) => t.name)).toEqual(['known']);
  });

  it('auto-creates an unknown topic when both the broker and the request allow it', async () => {
    const { call, zk } = setup();
    const resp = await call(ApiKey.Metadata, { topics: ['fresh'], allowAutoTopicCreation: true });
    expect(resp.topics[0]).toMatchObject({ name: 'fresh', errorCode: ErrorCode.LEADER_NOT_AVAILABLE });
    expect(zk.topics.get('fresh')?.assignment.size).toBe(3);
  });

  it('answers UNKNOWN_TOPIC_OR_PARTITION without auto-creation and INVALID_TOPIC_EXCEPTION for illegal names', async () => {
    const { call, zk } = setup({ autoCreateTopicsEnable: false });
    const resp = await call(ApiKey.Metadata, { topics: ['fresh', 'bad name'], allowAutoTopicCreation: true });
    expect(resp.topics.map((t: { errorCode: number }) => t.errorCode)).toEqual([ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.INVALID_TOPIC_EXCEPTION]);
    expect(zk.topics.size).toBe(0);
  });
});

describe('CreateTopics', () => {
  it('validates names, counts, replication factor, assignments, configs and duplicates', async () => {
    const { call, zk } = setup();
    const resp = await call(ApiKey.CreateTopics, {
      topics: [
        { name: 'bad/name' },
        { name: 'known' },
        { name: 'rf3', numPartitions: 1, replicationFactor: 3 },
        { name: 'parts', numPartitions: -5 },
        { name: 'cfg', configs: [{ name: 'retention.ms', value: 'soon' }] },
        { name: 'dup' }, { name: 'dup' },
        { name: 'assigned', assignments: [{ partition: 0, brokerIds: [1] }, { partition: 2, brokerIds: [2] }] },
        { name: 'ghost', assignments: [{ partition: 0, brokerIds: [9] }] },
        { name: 'both', numPartitions: 2, assignments: [{ partition: 0, brokerIds: [1] }] },
      ],
      timeoutMs: 0,
    });
    expect(resp.topics.map((t: { name: string; errorCode: number }) => [t.name, t.errorCode])).toEqual([
      ['bad/name', ErrorCode.INVALID_TOPIC_EXCEPTION],
      ['known', ErrorCode.TOPIC_ALREADY_EXISTS],
      ['rf3', ErrorCode.INVALID_REPLICATION_FACTOR],
      ['parts', ErrorCode.INVALID_PARTITIONS],
      ['cfg', ErrorCode.INVALID_CONFIG],
      ['dup', ErrorCode.INVALID_REQUEST],
      ['dup', ErrorCode.INVALID_REQUEST],
      ['assigned', ErrorCode.INVALID_REPLICA_ASSIGNMENT],
      ['ghost', ErrorCode.INVALID_REPLICA_ASSIGNMENT],
      ['both', ErrorCode.INVALID_REQUEST],
    ]);
    expect(resp.topics[2].errorMessage).toContain('3');
    expect(resp.topics[4].errorMessage).toContain('retention.ms');
    expect(zk.topics.size).toBe(0);
  });

  it('accepts a replication factor above 1 and spreads the replicas over the live brokers', async () => {
    const { call, zk } = setup();
    const resp = await call(ApiKey.CreateTopics, { topics: [{ name: 'replicated', numPartitions: 2, replicationFactor: 2 }], timeoutMs: 0 });
    expect(resp.topics[0]).toMatchObject({ errorCode: ErrorCode.NONE, numPartitions: 2, replicationFactor: 2 });
    const assignment = zk.topics.get('replicated')?.assignment;
    expect([...assignment!.values()].map((r) => [...r].sort())).toEqual([[1, 2], [1, 2]]);
  });

  it('validate_only writes nothing', async () => {
    const { call, zk } = setup();
    const resp = await call(ApiKey.CreateTopics, { topics: [{ name: 'new', numPartitions: 2 }], validateOnly: true });
    expect(resp.topics[0]).toMatchObject({ errorCode: ErrorCode.NONE, numPartitions: 2, replicationFactor: 1 });
    expect(zk.topics.size).toBe(0);
  });

  it('writes the topic with an explicit assignment and waits until the cache shows its leaders', async () => {
    const { call, zk, cache } = setup();
    const pending = call(ApiKey.CreateTopics, {
      topics: [{ name: 'new', assignments: [{ partition: 0, brokerIds: [2] }, { partition: 1, brokerIds: [1] }], configs: [{ name: 'retention.ms', value: '1000' }] }],
      timeoutMs: 10_000,
    });
    await new Promise((r) => setImmediate(r));
    expect(zk.topics.get('new')).toEqual({ assignment: new Map([[0, [2]], [1, [1]]]), config: { 'retention.ms': '1000' } });
    cache.updateMetadata(updateMetadataRequest({
      controllerId: 2, controllerEpoch: 1, liveBrokers: [liveBroker(1), liveBroker(2)],
      partitionStates: [{ topic: 'new', partition: 0, leader: 2, leaderEpoch: 0, isr: [2], replicas: [2] }, { topic: 'new', partition: 1, leader: 1, leaderEpoch: 0, isr: [1], replicas: [1] }],
    }));
    expect((await pending).topics[0]).toMatchObject({ name: 'new', errorCode: ErrorCode.NONE, numPartitions: 2 });
  });

  it('answers REQUEST_TIMED_OUT when leaders do not appear in time, and TOPIC_ALREADY_EXISTS on a race', async () => {
    const { call, zk } = setup();
    const resp = await call(ApiKey.CreateTopics, { topics: [{ name: 'slow' }], timeoutMs: 5 });
    expect(resp.topics[0].errorCode).toBe(ErrorCode.REQUEST_TIMED_OUT);
    expect(zk.topics.has('slow')).toBe(true);
    const again = await call(ApiKey.CreateTopics, { topics: [{ name: 'slow' }], timeoutMs: 0 });
    expect(again.topics[0].errorCode).toBe(ErrorCode.TOPIC_ALREADY_EXISTS);
  });
});

describe('DeleteTopics', () => {
  it('marks known topics for deletion and refuses unknown and internal ones', async () => {
    const { call, zk } = setup();
    const resp = await call(ApiKey.DeleteTopics, { topicNames: ['known', 'missing', '__consumer_offsets'], timeoutMs: 0 });
    expect(resp.responses.map((r: { errorCode: number }) => r.errorCode)).toEqual([ErrorCode.NONE, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.INVALID_TOPIC_EXCEPTION]);
    expect(zk.deletions).toEqual(['known']);
  });

  it('waits until the topic left the cache', async () => {
    const { call, cache } = setup();
    const pending = call(ApiKey.DeleteTopics, { topicNames: ['known'], timeoutMs: 10_000 });
    await new Promise((r) => setImmediate(r));
    cache.updateMetadata(updateMetadataRequest({ controllerId: 2, liveBrokers: [liveBroker(1)], partitionStates: [{ topic: 'known', partition: 0, leader: -2 }] }));
    expect((await pending).responses[0].errorCode).toBe(ErrorCode.NONE);
  });

  it('answers INVALID_REQUEST when topic deletion is disabled', async () => {
    const { call, zk } = setup({ deleteTopicEnable: false });
    const resp = await call(ApiKey.DeleteTopics, { topicNames: ['known'] });
    expect(resp.responses[0].errorCode).toBe(ErrorCode.INVALID_REQUEST);
    expect(resp.responses[0].errorMessage).toContain('delete.topic.enable');
    expect(zk.deletions).toEqual([]);
  });
});

describe('Produce', () => {
  const records = Buffer.from('irrelevant to the fake');

  it('answers INVALID_REQUIRED_ACKS for every partition and writes nothing for acks outside -1, 0, 1', async () => {
    const { call, appended } = setup();
    const resp = await call(ApiKey.Produce, { acks: 2, topics: [{ name: 'known', partitions: [{ partition: 0, records }, { partition: 1, records }] }] });
    expect(resp.topics[0].partitions.map((p: { errorCode: number }) => p.errorCode)).toEqual([ErrorCode.INVALID_REQUIRED_ACKS, ErrorCode.INVALID_REQUIRED_ACKS]);
    expect(appended).toEqual([]);
  });

  it('groups per-partition results by topic', async () => {
    const { call } = setup();
    const resp = await call(ApiKey.Produce, { acks: 1, topics: [{ name: 'known', partitions: [{ partition: 0, records }] }, { name: 'other', partitions: [{ partition: 0, records }] }] });
    expect(resp.topics.map((t: { name: string; partitions: { errorCode: number }[] }) => [t.name, t.partitions[0]!.errorCode]))
      .toEqual([['known', ErrorCode.NONE], ['other', ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]]);
  });

  it('acks=0 sends no response, and closes the connection when an append failed', async () => {
    const { call, closed } = setup();
    expect(await call(ApiKey.Produce, { acks: 0, topics: [{ name: 'known', partitions: [{ partition: 0, records }] }] })).toBeUndefined();
    expect(closed).toEqual([]);
    expect(await call(ApiKey.Produce, { acks: 0, topics: [{ name: 'other', partitions: [{ partition: 0, records }] }] })).toBeUndefined();
    expect(closed).toHaveLength(1);
  });
});

describe('OffsetCommit', () => {
  it('answers UNKNOWN_TOPIC_OR_PARTITION for a partition the cache does not know and commits only the rest', async () => {
    const cache = new MetadataCache(1, systemClock);
    cache.updateMetadata(updateMetadataRequest({
      controllerId: 1, controllerEpoch: 1, liveBrokers: [liveBroker(1)],
      partitionStates: [{ topic: 'known', partition: 0, leader: 1, leaderEpoch: 1, isr: [1], replicas: [1] }],
    }));
    const seen: unknown[] = [];
    const groupCoordinator = {
      handleCommitOffsets: async (req: { topics: { name: string; partitions: { partition: number }[] }[] }) => {
        seen.push(req.topics);
        return { topics: req.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partition: p.partition, errorCode: ErrorCode.NONE })) })) };
      },
    };
    const services = { metadataCache: cache, groupCoordinator, authorizer: allowAllAuthorizer } as unknown as BrokerServices;
    const handler = buildHandlerTable(services).get(ApiKey.OffsetCommit)!;
    const commit = (topics: { name: string; partitions: number[] }[]): Promise<unknown> => handler(testRequestContext(ApiKey.OffsetCommit, 'EXTERNAL'), {
      groupId: 'g', generationId: -1, memberId: '', groupInstanceId: '',
      topics: topics.map((t) => ({ name: t.name, partitions: t.partitions.map((partition) => ({ partition, committedOffset: 5, committedLeaderEpoch: -1, committedMetadata: '' })) })),
    } as never, { closeConnection: () => undefined });

    expect(await commit([{ name: 'no-such-topic', partitions: [0] }, { name: 'known', partitions: [0, 7] }])).toEqual({
      topics: [
        { name: 'no-such-topic', partitions: [{ partition: 0, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION }] },
        { name: 'known', partitions: [{ partition: 0, errorCode: ErrorCode.NONE }, { partition: 7, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION }] },
      ],
    });
    expect(seen).toEqual([[expect.objectContaining({ name: 'known', partitions: [expect.objectContaining({ partition: 0 })] })]]);
    expect(await commit([{ name: 'no-such-topic', partitions: [1] }])).toEqual({
      topics: [{ name: 'no-such-topic', partitions: [{ partition: 1, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION }] }],
    });
    expect(seen).toHaveLength(1);
  });
});

describe('ListOffsets', () => {
  it('answers INVALID_REQUEST for each appearance of a partition named twice and looks up the others once', async () => {
    const looked: string[] = [];
    const replicaDataPlane = {
      fetchOffsetForTimestamp: async (topic: string, partition: number) => {
        looked.push(`${topic}-${partition}`);
        return { timestamp: -1, offset: 42, leaderEpoch: 3 };
      },
    };
    const services = { replicaDataPlane, logger: pino({ level: 'silent' }), authorizer: allowAllAuthorizer } as unknown as BrokerServices;
    const handler = buildHandlerTable(services).get(ApiKey.ListOffsets)!;
    const lookup = (partition: number) => ({ partition, currentLeaderEpoch: -1, timestamp: -1 });
    const resp = await handler(testRequestContext(ApiKey.ListOffsets, 'EXTERNAL'), {
      replicaId: -1, isolationLevel: 0, topics: [{ name: 't', partitions: [lookup(0), lookup(1), lookup(0)] }],
    } as never, { closeConnection: () => undefined }) as { topics: { partitions: { partition: number; errorCode: number; offset: number }[] }[] };
    expect(resp.topics[0]!.partitions.map((p) => [p.partition, p.errorCode, p.offset])).toEqual([
      [0, ErrorCode.INVALID_REQUEST, -1], [1, ErrorCode.NONE, 42], [0, ErrorCode.INVALID_REQUEST, -1],
    ]);
    expect(looked).toEqual(['t-1']);
  });
});

describe('InitProducerId', () => {
  it('refuses a producer id without an epoch (or the reverse) with INVALID_REQUEST and hands out no id', async () => {
    let generated = 0;
    const producerIdManager = { generateProducerId: async () => ++generated };
    const services = { producerIdManager, logger: pino({ level: 'silent' }), authorizer: allowAllAuthorizer } as unknown as BrokerServices;
    const handler = buildHandlerTable(services).get(ApiKey.InitProducerId)!;
    const init = (producerId: number, producerEpoch: number): Promise<unknown> => handler(testRequestContext(ApiKey.InitProducerId, 'EXTERNAL'),
      { transactionalId: '', transactionTimeoutMs: 60_000, producerId, producerEpoch } as never, { closeConnection: () => undefined });
    await expect(init(5, -1)).rejects.toMatchObject({ code: ErrorCode.INVALID_REQUEST });
    await expect(init(-1, 3)).rejects.toMatchObject({ code: ErrorCode.INVALID_REQUEST });
    expect(generated).toBe(0);
    expect(await init(-1, -1)).toEqual({ errorCode: ErrorCode.NONE, producerId: 1, producerEpoch: 0 });
    expect(await init(7, 2)).toEqual({ errorCode: ErrorCode.NONE, producerId: 2, producerEpoch: 0 });
  });
});
