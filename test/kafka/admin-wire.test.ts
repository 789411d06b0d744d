/**
 * The admin and cluster APIs on real brokers' KAFKA listeners, spoken byte for byte as a Kafka
 * client speaks them (no Kafka client implements ElectLeaders v2 or DescribeCluster here, and
 * these need no Metadata): DescribeCluster, CreateTopics, DescribeConfigs, ListOffsets,
 * OffsetForLeaderEpoch, InitProducerId, ElectLeaders (a real preferred-leader election after the
 * preferred leader was killed and came back) and DeleteTopics.
 */
import { Samsa } from '../../client';
import { ErrorCode } from '../../proto/errors';
import { createTopicsCodec } from '../../broker/network/codecs/kafka/create-topics';
import { deleteTopicsCodec } from '../../broker/network/codecs/kafka/delete-topics';
import { describeClusterCodec } from '../../broker/network/codecs/kafka/describe-cluster';
import { describeConfigsCodec } from '../../broker/network/codecs/kafka/describe-configs';
import { electLeadersCodec } from '../../broker/network/codecs/kafka/elect-leaders';
import { initProducerIdCodec } from '../../broker/network/codecs/kafka/init-producer-id';
import { listOffsetsCodec } from '../../broker/network/codecs/kafka/list-offsets';
import { offsetForLeaderEpochCodec } from '../../broker/network/codecs/kafka/offset-for-leader-epoch';
import type { KafkaStruct } from '../../broker/network/codecs/kafka/schema';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { callOverSocket, type KafkaCall } from './admin-wire';

const topic = 'admin-wire';
const clusterStartTimeoutMs = 90_000;
const leaderMoveTimeoutMs = 60_000;

type Codec = typeof createTopicsCodec | typeof deleteTopicsCodec | typeof describeClusterCodec | typeof describeConfigsCodec
  | typeof electLeadersCodec | typeof initProducerIdCodec | typeof listOffsetsCodec | typeof offsetForLeaderEpochCodec;

describe('admin APIs over a real KAFKA listener', () => {
  let cluster: TestCluster;
  /** Partition 0's preferred leader (first in its assignment): a broker that is not the controller. */
  let preferred: number;
  const kafkaCall = (brokerId: number, codec: Codec, version: number, body: KafkaStruct): Promise<KafkaStruct> => {
    const call: KafkaCall = { apiKey: codec.apiKey, version, request: codec.request, response: codec.response };
    return callOverSocket('127.0.0.1', cluster.broker(brokerId).kafkaPort, call, body);
  };
  const partitionState = async (partition: number): Promise<{ leader: number; isr: number[]; leader_epoch: number }> => {
    const data = await cluster.zk.getData(`/brokers/topics/${topic}/partitions/${partition}/state`);
    if (data === undefined) throw new Error(`no state for ${topic}-${partition}`);
    return JSON.parse(data.toString()) as { leader: number; isr: number[]; leader_epoch: number };
  };

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 3, name: 'admin-wire' });
  }, clusterStartTimeoutMs);

  afterAll(async () => {
    await cluster?.stop();
  });

  test('DescribeCluster v0: the cluster id, the controller and every broker\'s KAFKA address', async () => {
    const controller = await cluster.waitForController();
    const resp = await waitFor(async () => {
      const r = await kafkaCall(1, describeClusterCodec, 0, { includeClusterAuthorizedOperations: true });
      return (r.brokers as unknown[]).length === 3 && r.controllerId === controller ? r : undefined;
    }, { timeoutMs: 30_000, description: 'three brokers and the controller in DescribeCluster' });
    expect(resp).toMatchObject({ errorCode: 0, errorMessage: null, controllerId: controller });
    expect(resp.clusterId).toMatch(/.+/);
    expect(resp.clusterAuthorizedOperations).toBeGreaterThan(0);
    const brokers = (resp.brokers as { brokerId: number; host: string; port: number }[]).sort((a, b) => a.brokerId - b.brokerId);
    expect(brokers.map((b) => [b.brokerId, b.host, b.port])).toEqual(cluster.brokers.map((b) => [b.brokerId, '127.0.0.1', b.kafkaPort]));
  });

  test('CreateTopics v6 with an explicit placement and a config answers partitions, replicas and configs; v1 validateOnly writes nothing', async () => {
    const controller = await cluster.waitForController();
    preferred = [1, 2, 3].find((id) => id !== controller)!;
    const created = await kafkaCall(1, createTopicsCodec, 6, {
      topics: [{
        name: topic, numPartitions: -1, replicationFactor: -1,
        assignments: [{ partitionIndex: 0, brokerIds: [preferred, ...[1, 2, 3].filter((id) => id !== preferred)] }, { partitionIndex: 1, brokerIds: [3, 2, 1] }],
        configs: [{ name: 'retention.ms', value: '3600000' }],
      }],
      timeoutMs: 30_000, validateOnly: false,
    });
    const result = (created.topics as KafkaStruct[])[0]!;
    expect(result).toMatchObject({ name: topic, errorCode: 0, errorMessage: null, numPartitions: 2, replicationFactor: 3 });
    expect((result.configs as KafkaStruct[]).find((c) => c.name === 'retention.ms')).toEqual({ name: 'retention.ms', value: '3600000', readOnly: false, configSource: 1, isSensitive: false });

    const again = await kafkaCall(2, createTopicsCodec, 3, { topics: [{ name: topic, numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 1000, validateOnly: false });
    expect(again.topics).toMatchObject([{ errorCode: ErrorCode.TOPIC_ALREADY_EXISTS }]);
    const validated = await kafkaCall(2, createTopicsCodec, 1, { topics: [{ name: 'only-validated', numPartitions: 4, replicationFactor: 2, assignments: [], configs: [] }], timeoutMs: 1000, validateOnly: true });
    expect(validated.topics).toMatchObject([{ name: 'only-validated', errorCode: 0 }]);
    const described = await kafkaCall(2, describeConfigsCodec, 0, { resources: [{ resourceType: 2, resourceName: 'only-validated', configurationKeys: null }] });
    expect(described.results).toMatchObject([{ errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION }]);
  });

  test('DescribeConfigs v4: the topic override and default, and the broker\'s own keys', async () => {
    // CreateTopics waited for broker 1's metadata cache; broker 3 learns of the topic a little later
    // and answers the retriable UNKNOWN_TOPIC_OR_PARTITION until it does.
    const resp = await waitFor(async () => {
      const r = await kafkaCall(3, describeConfigsCodec, 4, {
        resources: [
          { resourceType: 2, resourceName: topic, configurationKeys: ['retention.ms', 'cleanup.policy'] },
          { resourceType: 4, resourceName: '3', configurationKeys: ['broker.id'] },
          { resourceType: 4, resourceName: '1', configurationKeys: null },
        ],
        includeSynonyms: true, includeDocumentation: false,
      });
      return (r.results as KafkaStruct[])[0]!.errorCode === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION ? undefined : r;
    }, { timeoutMs: 30_000, description: `broker 3 to know ${topic}` });
    const [topicResult, self, other] = resp.results as KafkaStruct[];
    expect(topicResult!.configs).toMatchObject([
      { name: 'retention.ms', value: '3600000', configSource: 1, synonyms: [{ name: 'retention.ms', value: '3600000', source: 1 }, { name: 'log.retention.hours', value: '168', source: 5 }] },
      { name: 'cleanup.policy', value: 'delete', configSource: 5, synonyms: [{ name: 'log.cleanup.policy', value: 'delete', source: 5 }] },
    ]);
    expect(self!.configs).toMatchObject([{ name: 'broker.id', value: '3', readOnly: true }]);
    expect(other).toMatchObject({ errorCode: ErrorCode.INVALID_REQUEST, configs: [] });
  });

  test('ListOffsets v0, v1 and v6 on the leader by timestamp, earliest and latest; a follower answers NOT_LEADER_OR_FOLLOWER', async () => {
    const client = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'admin-wire' });
    const producer = client.producer({ acks: -1, lingerMs: 0 });
    await producer.connect();
    try {
      for (const timestamp of [1_000, 2_000, 3_000]) await producer.send({ topic, messages: [{ key: null, value: `at-${timestamp}`, partition: 0, timestamp }] });
    } finally {
      await producer.disconnect();
    }
    const { leader, leader_epoch: epoch } = await partitionState(0);
    const ask = async (brokerId: number, version: number, timestamp: number): Promise<KafkaStruct> => {
      const resp = await kafkaCall(brokerId, listOffsetsCodec, version, {
        replicaId: -1, isolationLevel: 0, topics: [{ name: topic, partitions: [{ partitionIndex: 0, currentLeaderEpoch: epoch, timestamp, maxNumOffsets: 1 }] }],
      });
      return (resp.topics as { partitions: KafkaStruct[] }[])[0]!.partitions[0]!;
    };
    expect(await ask(leader, 1, 1_500)).toMatchObject({ errorCode: 0, offset: 1, timestamp: 2_000 });
    expect(await ask(leader, 6, 2_000)).toMatchObject({ errorCode: 0, offset: 1, timestamp: 2_000, leaderEpoch: epoch });
    expect(await ask(leader, 6, 9_000)).toMatchObject({ errorCode: 0, offset: -1, timestamp: -1 });
    expect(await ask(leader, 4, -2)).toMatchObject({ errorCode: 0, offset: 0 });
    expect(await ask(leader, 4, -1)).toMatchObject({ errorCode: 0, offset: 3 });
    expect(await ask(leader, 0, -1)).toMatchObject({ errorCode: 0, oldStyleOffsets: [3] });
    const follower = [1, 2, 3].find((id) => id !== leader)!;
    expect(await ask(follower, 6, -1)).toMatchObject({ errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER, offset: -1 });
  });

  test('OffsetForLeaderEpoch v4 on the leader: the current epoch ends at the log end', async () => {
    const { leader, leader_epoch: epoch } = await partitionState(0);
    const resp = await kafkaCall(leader, offsetForLeaderEpochCodec, 4, {
      replicaId: -1, topics: [{ topic, partitions: [{ partition: 0, currentLeaderEpoch: epoch, leaderEpoch: epoch }, { partition: 0, currentLeaderEpoch: epoch + 5, leaderEpoch: epoch }] }],
    });
    expect((resp.topics as { partitions: KafkaStruct[] }[])[0]!.partitions).toEqual([
      { errorCode: 0, partition: 0, leaderEpoch: epoch, endOffset: 3 },
      { errorCode: ErrorCode.UNKNOWN_LEADER_EPOCH, partition: 0, leaderEpoch: -1, endOffset: -1 },
    ]);
  });

  test('InitProducerId v4: an idempotent producer gets a fresh id at epoch 0, a KIP-360 bump too; a transactional id goes to its transaction coordinator', async () => {
    const first = await kafkaCall(1, initProducerIdCodec, 4, { transactionalId: null, transactionTimeoutMs: 60_000 });
    expect(first).toMatchObject({ errorCode: 0, producerEpoch: 0 });
    expect(first.producerId).toBeGreaterThanOrEqual(0);
    const bumped = await kafkaCall(2, initProducerIdCodec, 3, { transactionalId: null, transactionTimeoutMs: 60_000, producerId: first.producerId, producerEpoch: 0 });
    expect(bumped).toMatchObject({ errorCode: 0, producerEpoch: 0 });
    expect(bumped.producerId).not.toBe(first.producerId);
    const transactional = await kafkaCall(1, initProducerIdCodec, 0, { transactionalId: 'tx-1', transactionTimeoutMs: 60_000 });
    // No broker leads a __transaction_state partition yet: this one is not the id's coordinator.
    expect(transactional).toEqual({ throttleTimeMs: 0, errorCode: ErrorCode.NOT_COORDINATOR, producerId: -1, producerEpoch: -1 });
  });

  test('ElectLeaders: NOT_CONTROLLER off the controller; on it, the preferred leader is restored after it came back', async () => {
    const controller = await cluster.waitForController();
    const other = [1, 2, 3].find((id) => id !== controller)!;
    const refused = await kafkaCall(other, electLeadersCodec, 2, { electionType: 0, topicPartitions: [{ topic, partitions: [0] }], timeoutMs: 10_000 });
    expect(refused).toMatchObject({ errorCode: ErrorCode.NOT_CONTROLLER, replicaElectionResults: [] });
    const refusedV0 = await kafkaCall(other, electLeadersCodec, 0, { topicPartitions: [{ topic, partitions: [0] }], timeoutMs: 10_000 });
    expect(refusedV0.replicaElectionResults).toEqual([{ topic, partitionResult: [{ partitionId: 0, errorCode: ErrorCode.NOT_CONTROLLER, errorMessage: null }] }]);

    // Move leadership of partition 0 away from its preferred leader and bring that broker back into
    // the ISR, where it does not lead until an election says so.
    if (controller === preferred) throw new Error('the controller moved between tests: the preferred leader was chosen as a non-controller');
    await cluster.broker(preferred).kill('SIGKILL');
    await waitFor(async () => ((await partitionState(0)).leader !== preferred ? true : undefined), { timeoutMs: leaderMoveTimeoutMs, description: `leadership of partition 0 moved off broker ${preferred}` });
    await cluster.broker(preferred).start();
    await waitFor(async () => ((await partitionState(0)).isr.includes(preferred) ? true : undefined), { timeoutMs: leaderMoveTimeoutMs, description: `broker ${preferred} back in the ISR of partition 0` });

    // The controller learns of the ISR change through /isr_change_notification, a little after
    // ZooKeeper shows it; until then it answers the retriable PREFERRED_LEADER_NOT_AVAILABLE.
    const elected = await waitFor(async () => {
      const r = await kafkaCall(controller, electLeadersCodec, 1, { electionType: 0, topicPartitions: [{ topic, partitions: [0] }], timeoutMs: 30_000 });
      const partitionError = (r.replicaElectionResults as { partitionResult: KafkaStruct[] }[])[0]?.partitionResult[0]?.errorCode;
      return partitionError === ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE ? undefined : r;
    }, { timeoutMs: leaderMoveTimeoutMs, description: `the controller to see broker ${preferred} in the ISR` });
    expect(elected).toEqual({ throttleTimeMs: 0, errorCode: 0, replicaElectionResults: [{ topic, partitionResult: [{ partitionId: 0, errorCode: 0, errorMessage: null }] }] });
    expect((await partitionState(0)).leader).toBe(preferred);
    const notNeeded = await kafkaCall(controller, electLeadersCodec, 0, { topicPartitions: [{ topic, partitions: [0] }], timeoutMs: 30_000 });
    expect(notNeeded.replicaElectionResults).toMatchObject([{ topic, partitionResult: [{ partitionId: 0, errorCode: ErrorCode.ELECTION_NOT_NEEDED }] }]);
  }, 3 * leaderMoveTimeoutMs);

  test('DeleteTopics v5: deleted, then unknown with a message', async () => {
    const deleted = await kafkaCall(1, deleteTopicsCodec, 5, { topicNames: [topic], timeoutMs: 30_000 });
    expect(deleted).toEqual({ throttleTimeMs: 0, responses: [{ name: topic, topicId: Buffer.alloc(16), errorCode: 0, errorMessage: null }] });
    const again = await kafkaCall(1, deleteTopicsCodec, 5, { topicNames: [topic], timeoutMs: 30_000 });
    expect(again.responses).toMatchObject([{ name: topic, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION }]);
    expect((again.responses as KafkaStruct[])[0]!.errorMessage).toMatch(/.+/);
  });
});
