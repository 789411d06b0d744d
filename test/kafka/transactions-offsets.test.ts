/**
 * Transactional offset commits on real brokers, spoken over the KAFKA listener as a Kafka
 * producer speaks them: TxnOffsetCommit writes the offsets into `__consumer_offsets` as part of
 * the producer's transaction; until its marker they are not the group's offsets, OffsetFetch v7
 * with requireStable answers UNSTABLE_OFFSET_COMMIT (KIP-447), and that survives a SIGKILL of the
 * group coordinator (the new one replays the transactional records as pending). A plain commit
 * to another partition meanwhile is visible at once. The commit marker (WriteTxnMarkers, as the
 * transaction coordinator sends it) makes them the group's offsets, on the new coordinator and
 * after another failover.
 */
import { ErrorCode } from '../../proto/errors';
import { findCoordinatorCodec } from '../../broker/network/codecs/kafka/find-coordinator';
import { offsetCommitCodec } from '../../broker/network/codecs/kafka/offset-commit';
import { offsetFetchCodec } from '../../broker/network/codecs/kafka/offset-fetch';
import type { KafkaStruct } from '../../broker/network/codecs/kafka/schema';
import { txnOffsetCommitCodec } from '../../broker/network/codecs/kafka/txn-offset-commit';
import { writeTxnMarkersCodec } from '../../broker/network/codecs/kafka/write-txn-markers';
import { offsetsTopicName, partitionForGroup } from '../../broker/coordinator/offsets-topic';
import type { AnyKafkaApiCodec } from '../../broker/network/codecs/kafka/api-codec';
import { Samsa } from '../../client';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { groupBrokerOverrides } from '../groups-client/helpers';
import { callOverSocket } from './admin-wire';

const topic = 'txn-offsets-in';
const groupId = 'txn-offsets-group';
const producerId = 9_000;
/** offsets.topic.num.partitions in groupBrokerOverrides. */
const offsetsPartition = partitionForGroup(groupId, groupBrokerOverrides['offsets.topic.num.partitions']);
const clusterStartTimeoutMs = 90_000;
const coordinatorWaitMs = 60_000;
const testTimeoutMs = 180_000;
const retriableCoordinatorErrors: ReadonlySet<number> = new Set([ErrorCode.COORDINATOR_LOAD_IN_PROGRESS, ErrorCode.NOT_COORDINATOR, ErrorCode.COORDINATOR_NOT_AVAILABLE]);

describe('TxnOffsetCommit over a real KAFKA listener', () => {
  let cluster: TestCluster;
  const kafkaCall = (brokerId: number, codec: AnyKafkaApiCodec, version: number, body: KafkaStruct): Promise<KafkaStruct> =>
    callOverSocket('127.0.0.1', cluster.broker(brokerId).kafkaPort, { apiKey: codec.apiKey, version, request: codec.request, response: codec.response }, body);

  /** The group's coordinator as a live broker names it (the offsets topic is created on first ask). */
  const coordinator = (askVia: number, other = -1): Promise<number> => waitFor(async () => {
    const r = await kafkaCall(askVia, findCoordinatorCodec, 3, { key: groupId, keyType: 0 });
    return r.errorCode === ErrorCode.NONE && r.nodeId !== other ? (r.nodeId as number) : undefined;
  }, { timeoutMs: coordinatorWaitMs, description: `a coordinator for ${groupId} other than ${other}` });

  /** OffsetFetch v7 of in-0 and in-1: [offset, error] each. */
  const fetchOffsets = async (brokerId: number, requireStable: boolean): Promise<[number, number][]> => {
    const r = await kafkaCall(brokerId, offsetFetchCodec, 7, { groupId, topics: [{ name: topic, partitionIndexes: [0, 1] }], requireStable });
    if (r.errorCode !== ErrorCode.NONE) throw new Error(`OffsetFetch error ${r.errorCode as number}`);
    return (r.topics as { partitions: { committedOffset: number; errorCode: number }[] }[])[0]!.partitions.map((p) => [p.committedOffset, p.errorCode]);
  };

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 3, name: 'txn-offsets', overrides: groupBrokerOverrides });
    const samsa = new Samsa({ clientId: 'txn-offsets', brokers: cluster.bootstrap.split(',') });
    const admin = samsa.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 2, replicationFactor: 3 }] });
    await admin.disconnect();
  }, clusterStartTimeoutMs);

  afterAll(async () => {
    await cluster?.stop();
  });

  test('pending (UNSTABLE_OFFSET_COMMIT with requireStable) across a coordinator SIGKILL; the commit marker makes them the group\'s offsets, also after the next failover', async () => {
    const first = await coordinator(1);
    const commit = await waitFor(async () => {
      const r = await kafkaCall(first, txnOffsetCommitCodec, 3, {
        transactionalId: 'txn-offsets-tx', groupId, producerId, producerEpoch: 0, generationId: -1, memberId: '', groupInstanceId: null,
        topics: [{ name: topic, partitions: [{ partitionIndex: 0, committedOffset: 42, committedLeaderEpoch: -1, committedMetadata: 'tx' }] }],
      });
      const code = (r.topics as { partitions: { errorCode: number }[] }[])[0]!.partitions[0]!.errorCode;
      // The offsets topic was just created: its leader may not have been elected or loaded yet.
      if (retriableCoordinatorErrors.has(code)) throw new Error(`TxnOffsetCommit answered ${code}`);
      return { code };
    }, { timeoutMs: coordinatorWaitMs, description: 'TxnOffsetCommit past the coordinator load' });
    expect(commit).toEqual({ code: ErrorCode.NONE });
    const plain = await kafkaCall(first, offsetCommitCodec, 8, {
      groupId, generationId: -1, memberId: '', groupInstanceId: null,
      topics: [{ name: topic, partitions: [{ partitionIndex: 1, committedOffset: 7, committedLeaderEpoch: -1, committedMetadata: null }] }],
    });
    expect((plain.topics as { partitions: { errorCode: number }[] }[])[0]!.partitions[0]!.errorCode).toBe(ErrorCode.NONE);

    expect(await fetchOffsets(first, false)).toEqual([[-1, ErrorCode.NONE], [7, ErrorCode.NONE]]);
    expect(await fetchOffsets(first, true)).toEqual([[-1, ErrorCode.UNSTABLE_OFFSET_COMMIT], [7, ErrorCode.NONE]]);

    await cluster.broker(first).kill('SIGKILL');
    const survivor = [1, 2, 3].find((id) => id !== first)!;
    const second = await coordinator(survivor, first);
    const replayed = await waitFor(async () => {
      const offsets = await fetchOffsets(second, true);
      return offsets[1]![0] === 7 ? offsets : undefined;
    }, { timeoutMs: coordinatorWaitMs, description: 'the new coordinator has loaded the group' });
    expect(replayed).toEqual([[-1, ErrorCode.UNSTABLE_OFFSET_COMMIT], [7, ErrorCode.NONE]]);

    const markers = await kafkaCall(second, writeTxnMarkersCodec, 1, {
      markers: [{ producerId, producerEpoch: 0, transactionResult: true, coordinatorEpoch: 0, topics: [{ name: offsetsTopicName, partitionIndexes: [offsetsPartition] }] }],
    });
    expect(markers).toEqual({ markers: [{ producerId, topics: [{ name: offsetsTopicName, partitions: [{ partitionIndex: offsetsPartition, errorCode: ErrorCode.NONE }] }] }] });
    expect(await fetchOffsets(second, true)).toEqual([[42, ErrorCode.NONE], [7, ErrorCode.NONE]]);

    await cluster.broker(second).kill('SIGKILL');
    await cluster.broker(first).restart();
    const third = await coordinator(first, second);
    const afterMarker = await waitFor(async () => {
      const offsets = await fetchOffsets(third, true);
      return offsets[1]![0] === 7 ? offsets : undefined;
    }, { timeoutMs: coordinatorWaitMs, description: 'the third coordinator has loaded the group' });
    expect(afterMarker).toEqual([[42, ErrorCode.NONE], [7, ErrorCode.NONE]]);
  }, testTimeoutMs);
});
