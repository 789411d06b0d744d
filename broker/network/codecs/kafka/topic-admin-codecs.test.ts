/**
 * CreateTopics, DeleteTopics, DescribeConfigs, ElectLeaders and DescribeCluster on the Kafka
 * listener: each at its lowest, a middle and its highest advertised version, the request mapped
 * onto the domain and the domain response (and the error response) read back as a client reads it.
 */
import { ApiKey } from '../../../../proto/api';
import { ErrorCode } from '../../../../proto/errors';
import { exchange, requestMessage, type KafkaCall } from '../../../../test/kafka/admin-wire';
import type { ParsedRequest } from '../../codec';
import { implementedApiKeys } from '../../handlers/implemented-apis';
import { createKafkaProtocol } from '.';
import type { AnyKafkaApiCodec } from './api-codec';
import { createTopicsCodec } from './create-topics';
import { deleteTopicsCodec } from './delete-topics';
import { describeClusterCodec } from './describe-cluster';
import { describeConfigsCodec } from './describe-configs';
import { electLeadersCodec } from './elect-leaders';
import { KafkaReader } from './primitives';

const protocol = createKafkaProtocol({ servedApiKeys: implementedApiKeys });
const call = (codec: AnyKafkaApiCodec, version: number): KafkaCall => ({ apiKey: codec.apiKey, version, request: codec.request, response: codec.response });

describe('CreateTopics (19) on the Kafka listener', () => {
  const topic = { name: 'orders', numPartitions: 3, replicationFactor: 2, assignments: [], configs: [{ name: 'retention.ms', value: '1000' }] };
  const created = {
    name: 'orders', errorCode: 0, errorMessage: '', numPartitions: 3, replicationFactor: 2,
    configs: [
      { name: 'retention.ms', value: '1000', readOnly: false, isDefault: false, isSensitive: false },
      { name: 'cleanup.policy', value: 'delete', readOnly: false, isDefault: true, isSensitive: false },
    ],
  };
  const failed = { name: 'bad', errorCode: ErrorCode.INVALID_PARTITIONS, errorMessage: 'Number of partitions must be larger than 0.', numPartitions: -1, replicationFactor: -1 };

  it('v0: topics with counts or assignments; the answer is a name and an error code', async () => {
    const body = { topics: [topic, { name: 'placed', numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 0, brokerIds: [1, 2] }], configs: [] }], timeoutMs: 5000 };
    const { decoded, response, errorResponse } = await exchange(protocol, call(createTopicsCodec, 0), body, { topics: [created, failed] });
    expect(decoded).toEqual({
      timeoutMs: 5000, validateOnly: false,
      topics: [
        { name: 'orders', numPartitions: 3, replicationFactor: 2, assignments: [], configs: [{ name: 'retention.ms', value: '1000' }] },
        { name: 'placed', numPartitions: -1, replicationFactor: -1, assignments: [{ partition: 0, brokerIds: [1, 2] }], configs: [] },
      ],
    });
    expect(response).toMatchObject({ topics: [{ name: 'orders', errorCode: 0 }, { name: 'bad', errorCode: ErrorCode.INVALID_PARTITIONS }] });
    expect(errorResponse(ErrorCode.NOT_CONTROLLER, 'x').topics).toMatchObject([{ name: 'orders', errorCode: ErrorCode.NOT_CONTROLLER }, { name: 'placed', errorCode: ErrorCode.NOT_CONTROLLER }]);
  });

  it('v3: validateOnly, error messages (null when none), throttle time', async () => {
    const { decoded, response } = await exchange(protocol, call(createTopicsCodec, 3), { topics: [topic], timeoutMs: 0, validateOnly: true }, { topics: [created, failed] });
    expect(decoded).toMatchObject({ validateOnly: true, timeoutMs: 0 });
    expect(response).toMatchObject({ throttleTimeMs: 0, topics: [{ errorMessage: null }, { errorMessage: 'Number of partitions must be larger than 0.' }] });
  });

  it('v6 (flexible): -1 defaults and a null config value pass to the domain; partitions, replication factor and configs come back', async () => {
    const body = { topics: [{ ...topic, numPartitions: -1, replicationFactor: -1, configs: [{ name: 'segment.ms', value: null }] }], timeoutMs: 100, validateOnly: false };
    const { decoded, response, errorResponse } = await exchange(protocol, call(createTopicsCodec, 6), body, { topics: [created, failed] });
    expect(decoded).toMatchObject({ topics: [{ numPartitions: -1, replicationFactor: -1, configs: [{ name: 'segment.ms', value: null }] }] });
    expect(response.topics).toEqual([
      {
        name: 'orders', topicId: Buffer.alloc(16), errorCode: 0, errorMessage: null, topicConfigErrorCode: 0, numPartitions: 3, replicationFactor: 2,
        configs: [
          { name: 'retention.ms', value: '1000', readOnly: false, configSource: 1, isSensitive: false },
          { name: 'cleanup.policy', value: 'delete', readOnly: false, configSource: 5, isSensitive: false },
        ],
      },
      { name: 'bad', topicId: Buffer.alloc(16), errorCode: ErrorCode.INVALID_PARTITIONS, errorMessage: failed.errorMessage, topicConfigErrorCode: 0, numPartitions: -1, replicationFactor: -1, configs: null },
    ]);
    expect(errorResponse(ErrorCode.UNKNOWN_SERVER_ERROR, 'boom').topics).toMatchObject([{ name: 'orders', errorCode: -1, errorMessage: 'boom', numPartitions: -1, configs: null }]);
  });

  it('v7 (topic ids) is not accepted', () => {
    expect(protocol.versionRange(ApiKey.CreateTopics)).toEqual([0, 6]);
  });
});

describe('DeleteTopics (20) on the Kafka listener', () => {
  const domain = { responses: [{ name: 'a', errorCode: 0, errorMessage: '' }, { name: 'b', errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: 'Topic b does not exist' }] };

  it('v0: names and a timeout; names and error codes back', async () => {
    const { decoded, response, errorResponse } = await exchange(protocol, call(deleteTopicsCodec, 0), { topicNames: ['a', 'b'], timeoutMs: 3000 }, domain);
    expect(decoded).toEqual({ topicNames: ['a', 'b'], timeoutMs: 3000 });
    expect(response).toEqual({ throttleTimeMs: 0, responses: [{ name: 'a', topicId: Buffer.alloc(16), errorCode: 0, errorMessage: null }, { name: 'b', topicId: Buffer.alloc(16), errorCode: 3, errorMessage: null }] });
    expect(errorResponse(ErrorCode.NOT_CONTROLLER, 'x').responses).toMatchObject([{ name: 'a', errorCode: ErrorCode.NOT_CONTROLLER }, { name: 'b', errorCode: ErrorCode.NOT_CONTROLLER }]);
  });

  it('v4 (flexible): no error message yet', async () => {
    const { response } = await exchange(protocol, call(deleteTopicsCodec, 4), { topicNames: ['a', 'b'], timeoutMs: 1 }, domain);
    expect(response).toMatchObject({ responses: [{ name: 'a', errorCode: 0, errorMessage: null }, { name: 'b', errorCode: 3, errorMessage: null }] });
  });

  it('v5: the error message', async () => {
    const { response, errorResponse } = await exchange(protocol, call(deleteTopicsCodec, 5), { topicNames: ['a', 'b'], timeoutMs: 1 }, domain);
    expect(response).toMatchObject({ responses: [{ name: 'a', errorMessage: null }, { name: 'b', errorMessage: 'Topic b does not exist' }] });
    expect(errorResponse(ErrorCode.REQUEST_TIMED_OUT, 'late').responses).toMatchObject([{ errorCode: ErrorCode.REQUEST_TIMED_OUT, errorMessage: 'late' }, { errorMessage: 'late' }]);
  });

  it('v6 (topic ids) is not accepted', () => {
    expect(protocol.parseRequest(requestMessage(call(deleteTopicsCodec, 6), 4, { topics: [], timeoutMs: 1 }))).toMatchObject({ ok: false, correlationId: 4 });
  });
});

describe('DescribeConfigs (32) on the Kafka listener', () => {
  const domain = { results: [
    { errorCode: 0, errorMessage: '', resourceType: 2, resourceName: 't', configs: [
      { name: 'retention.ms', value: '1000', readOnly: false, isDefault: false, isSensitive: false },
      { name: 'segment.ms', value: '604800000', readOnly: false, isDefault: true, isSensitive: false },
    ] },
    { errorCode: 0, errorMessage: '', resourceType: 4, resourceName: '1', configs: [
      { name: 'broker.id', value: '1', readOnly: true, isDefault: false, isSensitive: false },
      { name: 'ssl.key.password', value: '', readOnly: true, isDefault: true, isSensitive: true },
    ] },
    { errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: 'Topic x does not exist', resourceType: 2, resourceName: 'x', configs: [] },
  ] };
  const resources = [
    { resourceType: 2, resourceName: 't', configurationKeys: ['retention.ms', 'segment.ms'] },
    { resourceType: 4, resourceName: '1', configurationKeys: null },
    { resourceType: 2, resourceName: 'x', configurationKeys: [] },
  ];

  it('v0: null keys mean every key; isDefault, null for a sensitive value', async () => {
    const { decoded, response, errorResponse } = await exchange(protocol, call(describeConfigsCodec, 0), { resources }, domain);
    expect(decoded).toMatchObject({ resources: [{ configurationKeys: ['retention.ms', 'segment.ms'] }, { configurationKeys: [] }, { configurationKeys: [] }] });
    const [topic, broker, missing] = response.results as Record<string, unknown>[];
    expect(topic).toMatchObject({ errorCode: 0, errorMessage: null, configs: [{ name: 'retention.ms', value: '1000', isDefault: false, configSource: -1, synonyms: [] }, { isDefault: true }] });
    expect(broker).toMatchObject({ resourceType: 4, configs: [{ name: 'broker.id', readOnly: true }, { name: 'ssl.key.password', value: null, isSensitive: true }] });
    expect(missing).toMatchObject({ errorCode: 3, errorMessage: 'Topic x does not exist', configs: [] });
    expect(errorResponse(ErrorCode.UNKNOWN_SERVER_ERROR, 'x').results).toMatchObject([{ errorCode: -1, resourceType: 2, resourceName: 't' }, { errorCode: -1, resourceName: '1' }, { errorCode: -1 }]);
  });

  it('v1: config source (topic override, static broker key, default) and synonyms when asked', async () => {
    const { response } = await exchange(protocol, call(describeConfigsCodec, 1), { resources, includeSynonyms: true }, domain);
    const [topic, broker] = response.results as { configs: Record<string, unknown>[] }[];
    expect(topic!.configs.map((c) => [c.configSource, c.synonyms])).toEqual([
      [1, [{ name: 'retention.ms', value: '1000', source: 1 }]],
      [5, [{ name: 'segment.ms', value: '604800000', source: 5 }]],
    ]);
    expect(broker!.configs.map((c) => c.configSource)).toEqual([4, 5]);
    const without = await exchange(protocol, call(describeConfigsCodec, 2), { resources, includeSynonyms: false }, domain);
    expect((without.response.results as { configs: { synonyms: unknown[] }[] }[])[0]!.configs[0]!.synonyms).toEqual([]);
  });

  it('v1: the domain\'s sources and synonyms when it gives them (a sensitive synonym\'s value is null)', async () => {
    const withSynonyms = { results: [{ errorCode: 0, errorMessage: '', resourceType: 2, resourceName: 't', configs: [
      { name: 'retention.ms', value: '1000', readOnly: false, isDefault: true, isSensitive: false, configSource: 4,
        synonyms: [{ name: 'log.retention.ms', value: '1000', source: 4 }, { name: 'log.retention.hours', value: '168', source: 5 }] },
      { name: 'secret', value: '', readOnly: true, isDefault: false, isSensitive: true, configSource: 4, synonyms: [{ name: 'secret', value: 'x', source: 4 }] },
    ] }] };
    const { response } = await exchange(protocol, call(describeConfigsCodec, 1), { resources: [resources[0]], includeSynonyms: true }, withSynonyms);
    expect((response.results as { configs: Record<string, unknown>[] }[])[0]!.configs.map((c) => [c.value, c.configSource, c.synonyms])).toEqual([
      ['1000', 4, [{ name: 'log.retention.ms', value: '1000', source: 4 }, { name: 'log.retention.hours', value: '168', source: 5 }]],
      [null, 4, [{ name: 'secret', value: null, source: 4 }]],
    ]);
  });

  it('v4 (flexible): config type and documentation present (UNKNOWN and null)', async () => {
    const { response, errorResponse } = await exchange(protocol, call(describeConfigsCodec, 4), { resources, includeSynonyms: false, includeDocumentation: true }, domain);
    expect((response.results as { configs: Record<string, unknown>[] }[])[0]!.configs[0]).toEqual({
      name: 'retention.ms', value: '1000', readOnly: false, isDefault: false, configSource: 1, isSensitive: false, synonyms: [], configType: 0, documentation: null,
    });
    expect(errorResponse(ErrorCode.INVALID_REQUEST, 'bad').results).toMatchObject([{ errorCode: 42, errorMessage: 'bad', configs: [] }, {}, {}]);
  });
});

describe('ElectLeaders (43) on the Kafka listener', () => {
  const domain = { errorCode: 0, replicaElectionResults: [{ topic: 't', partitionResult: [{ partition: 0, errorCode: 0, errorMessage: '' }, { partition: 1, errorCode: ErrorCode.ELECTION_NOT_NEEDED, errorMessage: 'not needed' }] }] };
  const notController = { errorCode: ErrorCode.NOT_CONTROLLER, replicaElectionResults: [] };
  const topicPartitions = [{ topic: 't', partitions: [0, 1] }];

  it('v0: always preferred; no top-level error, so NOT_CONTROLLER goes into each named partition', async () => {
    const { decoded, response } = await exchange(protocol, call(electLeadersCodec, 0), { topicPartitions, timeoutMs: 1000 }, domain);
    expect(decoded).toEqual({ electionType: 0, allPartitions: false, timeoutMs: 1000, topicPartitions });
    expect(response).toEqual({ throttleTimeMs: 0, errorCode: 0, replicaElectionResults: [{ topic: 't', partitionResult: [
      { partitionId: 0, errorCode: 0, errorMessage: null }, { partitionId: 1, errorCode: ErrorCode.ELECTION_NOT_NEEDED, errorMessage: 'not needed' },
    ] }] });
    const refused = await exchange(protocol, call(electLeadersCodec, 0), { topicPartitions, timeoutMs: 1000 }, notController);
    expect(refused.response.replicaElectionResults).toEqual([{ topic: 't', partitionResult: [
      { partitionId: 0, errorCode: ErrorCode.NOT_CONTROLLER, errorMessage: null }, { partitionId: 1, errorCode: ErrorCode.NOT_CONTROLLER, errorMessage: null },
    ] }]);
    expect(refused.errorResponse(ErrorCode.UNKNOWN_SERVER_ERROR, 'x').replicaElectionResults).toMatchObject([{ partitionResult: [{ errorCode: -1, errorMessage: 'x' }, { errorCode: -1 }] }]);
  });

  it('v1: the election type, null partitions for all, the top-level error', async () => {
    const { decoded, response } = await exchange(protocol, call(electLeadersCodec, 1), { electionType: 1, topicPartitions: null, timeoutMs: 5 }, notController);
    expect(decoded).toEqual({ electionType: 1, allPartitions: true, timeoutMs: 5, topicPartitions: [] });
    expect(response).toEqual({ throttleTimeMs: 0, errorCode: ErrorCode.NOT_CONTROLLER, replicaElectionResults: [] });
  });

  it('v2 (flexible): results and the error response', async () => {
    const { response, errorResponse } = await exchange(protocol, call(electLeadersCodec, 2), { electionType: 0, topicPartitions, timeoutMs: 5 }, domain);
    expect(response).toMatchObject({ errorCode: 0, replicaElectionResults: [{ topic: 't', partitionResult: [{ partitionId: 0 }, { partitionId: 1, errorCode: 84 }] }] });
    expect(errorResponse(ErrorCode.UNKNOWN_SERVER_ERROR, 'x')).toMatchObject({ errorCode: -1, replicaElectionResults: [{ partitionResult: [{ errorCode: -1 }, { errorCode: -1 }] }] });
  });

  it('an unknown election type is refused (the connection is closed)', async () => {
    const parsed = protocol.parseRequest(requestMessage(call(electLeadersCodec, 2), 1, { electionType: 7, topicPartitions, timeoutMs: 5 })) as ParsedRequest;
    await expect(Promise.resolve().then(() => parsed.decode())).rejects.toThrow(/election type 7/);
  });
});

describe('DescribeCluster (60) on the Kafka listener', () => {
  const domain = {
    errorCode: 0, errorMessage: '', clusterId: 'c-1', controllerId: 2, clusterAuthorizedOperations: -2147483648,
    brokers: [{ nodeId: 1, host: 'h1', port: 19092, rack: '' }, { nodeId: 2, host: 'h2', port: 19093, rack: 'r2' }],
  };

  it('v0 (flexible, golden response bytes): cluster id, controller, brokers with null racks', async () => {
    const { decoded } = await exchange(protocol, call(describeClusterCodec, 0), { includeClusterAuthorizedOperations: true }, domain);
    expect(decoded).toEqual({ includeClusterAuthorizedOperations: true });
    const parsed = protocol.parseRequest(requestMessage(call(describeClusterCodec, 0), 8, { includeClusterAuthorizedOperations: false })) as ParsedRequest;
    await parsed.decode();
    const r = new KafkaReader(await parsed.encodeResponse!(domain));
    r.int32();
    expect(r.int32()).toBe(8);
    r.taggedFields();
    expect([r.int32(), r.int16(), r.string(true, true), r.string(true, false), r.int32(), r.arrayLength(true, false)]).toEqual([0, 0, null, 'c-1', 2, 2]);
    expect([r.int32(), r.string(true, false), r.int32(), r.string(true, true)]).toEqual([1, 'h1', 19092, null]);
    r.taggedFields();
    expect([r.int32(), r.string(true, false), r.int32(), r.string(true, true)]).toEqual([2, 'h2', 19093, 'r2']);
    r.taggedFields();
    expect(r.int32()).toBe(-2147483648);
    r.taggedFields();
    expect(r.remaining()).toBe(0);
  });

  it('the error response', async () => {
    const { errorResponse } = await exchange(protocol, call(describeClusterCodec, 0), { includeClusterAuthorizedOperations: false }, domain);
    expect(errorResponse(ErrorCode.UNKNOWN_SERVER_ERROR, 'boom')).toMatchObject({ errorCode: -1, errorMessage: 'boom', brokers: [], controllerId: -1 });
  });
});
