/**
 * The transaction APIs on the Kafka listener (AddPartitionsToTxn, AddOffsetsToTxn, EndTxn,
 * WriteTxnMarkers, TxnOffsetCommit, DescribeProducers, DescribeTransactions, ListTransactions) and
 * InitProducerId's transactional side: each at its lowest and highest advertised version, golden
 * bytes where the layout changes, the domain request and response mapped both ways, Kafka's error
 * response, and KIP-588's fencing error shown to old request versions as INVALID_PRODUCER_EPOCH.
 */
import { ApiKey } from '../../../../proto/api';
import { ErrorCode } from '../../../../proto/errors';
import { exchange, type KafkaCall } from '../../../../test/kafka/admin-wire';
import type { ParsedRequest } from '../../codec';
import { implementedApiKeys } from '../../handlers/implemented-apis';
import { createKafkaProtocol } from '.';
import { addOffsetsToTxnCodec } from './add-offsets-to-txn';
import { addPartitionsToTxnCodec } from './add-partitions-to-txn';
import type { AnyKafkaApiCodec } from './api-codec';
import { describeProducersCodec } from './describe-producers';
import { describeTransactionsCodec } from './describe-transactions';
import { endTxnCodec } from './end-txn';
import { initProducerIdCodec } from './init-producer-id';
import { listTransactionsCodec } from './list-transactions';
import { KafkaReader, KafkaWriter } from './primitives';
import { txnOffsetCommitCodec } from './txn-offset-commit';
import { writeTxnMarkersCodec } from './write-txn-markers';

const protocol = createKafkaProtocol({ servedApiKeys: implementedApiKeys });
const call = (codec: AnyKafkaApiCodec, version: number): KafkaCall => ({ apiKey: codec.apiKey, version, request: codec.request, response: codec.response });
const { PRODUCER_FENCED, INVALID_PRODUCER_EPOCH } = ErrorCode;

/** Parses a hand-written request (header v1, or v2 when flexible) and returns its decoded body. */
async function decodeGolden(apiKey: number, version: number, flexible: boolean, body: (w: KafkaWriter) => void): Promise<{ decoded: unknown; parsed: ParsedRequest }> {
  const w = new KafkaWriter();
  w.int16(apiKey).int16(version).int32(5).string('librdkafka', false);
  if (flexible) w.uvarint(0);
  body(w);
  const parsed = protocol.parseRequest(Buffer.from(w.finish()));
  if (!parsed.ok) throw new Error(parsed.reason);
  return { decoded: await parsed.decode(), parsed };
}

describe('transaction APIs advertised on the Kafka listener', () => {
  it.each([
    [ApiKey.AddPartitionsToTxn, [0, 3]], [ApiKey.AddOffsetsToTxn, [0, 3]], [ApiKey.EndTxn, [0, 3]], [ApiKey.WriteTxnMarkers, [0, 1]],
    [ApiKey.TxnOffsetCommit, [0, 3]], [ApiKey.DescribeProducers, [0, 0]], [ApiKey.DescribeTransactions, [0, 0]], [ApiKey.ListTransactions, [0, 0]],
  ])('api key %i: versions %j', (apiKey, range) => {
    expect(protocol.versionRange(apiKey)).toEqual(range);
  });
});

describe('AddPartitionsToTxn (24)', () => {
  const resp = { throttleTimeMs: 0, results: [{ name: 't', partitions: [{ partitionIndex: 0, errorCode: 0 }, { partitionIndex: 1, errorCode: PRODUCER_FENCED }] }] };

  it('v0 (golden bytes): transactional id, producer, topics with partitions', async () => {
    const { decoded, parsed } = await decodeGolden(ApiKey.AddPartitionsToTxn, 0, false, (w) => {
      w.string('tx-1', false).int64(4000).int16(3).arrayLength(1, false).string('t', false).arrayLength(2, false).int32(0).int32(1);
    });
    expect(decoded).toEqual({ transactionalId: 'tx-1', producerId: 4000, producerEpoch: 3, topics: [{ name: 't', partitions: [0, 1] }] });
    const r = new KafkaReader(await parsed.encodeResponse!(resp));
    r.int32();
    expect(r.int32()).toBe(5);
    expect(r.int32()).toBe(0); // throttle
    expect(r.arrayLength(false, false)).toBe(1);
    expect(r.string(false, false)).toBe('t');
    expect(r.arrayLength(false, false)).toBe(2);
    expect([r.int32(), r.int16(), r.int32(), r.int16()]).toEqual([0, 0, 1, INVALID_PRODUCER_EPOCH]);
    expect(r.remaining()).toBe(0);
  });

  it('v2 and v3 (flexible) pass PRODUCER_FENCED through; the error response names every partition', async () => {
    const body = { transactionalId: 'tx-1', producerId: 4000, producerEpoch: 3, topics: [{ name: 't', partitions: [0, 1] }] };
    for (const version of [2, 3]) {
      const { decoded, response, errorResponse } = await exchange(protocol, call(addPartitionsToTxnCodec, version), body, resp);
      expect(decoded).toEqual(body);
      expect(response).toEqual({ throttleTimeMs: 0, results: [{ name: 't', results: [{ partitionIndex: 0, errorCode: 0 }, { partitionIndex: 1, errorCode: PRODUCER_FENCED }] }] });
      expect(errorResponse(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS, 'x').results).toEqual([{ name: 't', results: [
        { partitionIndex: 0, errorCode: ErrorCode.COORDINATOR_LOAD_IN_PROGRESS }, { partitionIndex: 1, errorCode: ErrorCode.COORDINATOR_LOAD_IN_PROGRESS },
      ] }]);
    }
  });

  it('v1: a fencing error response is INVALID_PRODUCER_EPOCH', async () => {
    const body = { transactionalId: 'tx-1', producerId: 4000, producerEpoch: 3, topics: [{ name: 't', partitions: [0] }] };
    const { errorResponse } = await exchange(protocol, call(addPartitionsToTxnCodec, 1), body, resp);
    expect(errorResponse(PRODUCER_FENCED, 'fenced').results).toEqual([{ name: 't', results: [{ partitionIndex: 0, errorCode: INVALID_PRODUCER_EPOCH }] }]);
  });
});

describe.each([
  ['AddOffsetsToTxn (25)', addOffsetsToTxnCodec, { transactionalId: 'tx-1', producerId: 4000, producerEpoch: 3, groupId: 'g' }],
  ['EndTxn (26)', endTxnCodec, { transactionalId: 'tx-1', producerId: 4000, producerEpoch: 3, committed: true }],
])('%s', (_name, codec, body) => {
  it.each([0, 1, 2, 3])('v%i: the request maps to the domain and back; PRODUCER_FENCED below v2 is INVALID_PRODUCER_EPOCH', async (version) => {
    const { decoded, response, errorResponse } = await exchange(protocol, call(codec, version), body, { throttleTimeMs: 0, errorCode: PRODUCER_FENCED });
    expect(decoded).toEqual(body);
    const fenced = version < 2 ? INVALID_PRODUCER_EPOCH : PRODUCER_FENCED;
    expect(response).toEqual({ throttleTimeMs: 0, errorCode: fenced });
    expect(errorResponse(PRODUCER_FENCED, 'x')).toEqual({ throttleTimeMs: 0, errorCode: fenced });
    expect(errorResponse(ErrorCode.CONCURRENT_TRANSACTIONS, 'x')).toEqual({ throttleTimeMs: 0, errorCode: ErrorCode.CONCURRENT_TRANSACTIONS });
  });
});

describe('EndTxn golden bytes', () => {
  it('v0: id, producer id, epoch, committed; v3 the same in compact form with tagged fields', async () => {
    const v0 = await decodeGolden(ApiKey.EndTxn, 0, false, (w) => { w.string('tx', false).int64(7).int16(1).bool(false); });
    expect(v0.decoded).toEqual({ transactionalId: 'tx', producerId: 7, producerEpoch: 1, committed: false });
    const v3 = await decodeGolden(ApiKey.EndTxn, 3, true, (w) => { w.string('tx', true).int64(7).int16(1).bool(true).uvarint(0); });
    expect(v3.decoded).toEqual({ transactionalId: 'tx', producerId: 7, producerEpoch: 1, committed: true });
    const r = new KafkaReader(await v3.parsed.encodeResponse!({ throttleTimeMs: 0, errorCode: ErrorCode.INVALID_TXN_STATE }));
    r.int32();
    expect(r.int32()).toBe(5);
    r.taggedFields();
    expect([r.int32(), r.int16(), r.uvarint()]).toEqual([0, ErrorCode.INVALID_TXN_STATE, 0]);
    expect(r.remaining()).toBe(0);
  });
});

describe('InitProducerId (22) with a transactional id', () => {
  const body = { transactionalId: 'tx-1', transactionTimeoutMs: 60_000, producerId: 4000, producerEpoch: 2 };

  it.each([0, 2, 3, 4])('v%i passes the transactional id through; PRODUCER_FENCED below v4 is INVALID_PRODUCER_EPOCH', async (version) => {
    const { decoded, response, errorResponse } = await exchange(protocol, call(initProducerIdCodec, version), body,
      { errorCode: PRODUCER_FENCED, producerId: -1, producerEpoch: -1 });
    expect(decoded).toEqual(version >= 3 ? body : { ...body, producerId: -1, producerEpoch: -1 });
    const fenced = version < 4 ? INVALID_PRODUCER_EPOCH : PRODUCER_FENCED;
    expect(response).toMatchObject({ errorCode: fenced, producerId: -1, producerEpoch: -1 });
    expect(errorResponse(PRODUCER_FENCED, 'x')).toMatchObject({ errorCode: fenced });
  });

  it('a null transactional id is the domain\'s idempotent producer', async () => {
    const { decoded } = await exchange(protocol, call(initProducerIdCodec, 4), { ...body, transactionalId: null }, { errorCode: 0, producerId: 1, producerEpoch: 0 });
    expect(decoded).toMatchObject({ transactionalId: '' });
  });
});

describe('WriteTxnMarkers (27)', () => {
  const body = { markers: [{ producerId: 4000, producerEpoch: 3, transactionResult: true, topics: [{ name: 't', partitionIndexes: [0, 2] }], coordinatorEpoch: 9 }] };
  const resp = { markers: [{ producerId: 4000, topics: [{ name: 't', partitions: [{ partitionIndex: 0, errorCode: 0 }, { partitionIndex: 2, errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER }] }] }] };

  it.each([0, 1])('v%i: markers in, per-partition results out; the error response names every partition', async (version) => {
    const { decoded, response, errorResponse } = await exchange(protocol, call(writeTxnMarkersCodec, version), body, resp);
    expect(decoded).toEqual(body);
    expect(response).toEqual(resp);
    expect(errorResponse(ErrorCode.CLUSTER_AUTHORIZATION_FAILED, 'x')).toEqual({ markers: [{ producerId: 4000, topics: [{ name: 't', partitions: [
      { partitionIndex: 0, errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED }, { partitionIndex: 2, errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED },
    ] }] }] });
  });

  it('v0 (golden bytes): the coordinator epoch follows the topics', async () => {
    const { decoded } = await decodeGolden(ApiKey.WriteTxnMarkers, 0, false, (w) => {
      w.arrayLength(1, false).int64(4000).int16(3).bool(false).arrayLength(1, false).string('t', false).arrayLength(1, false).int32(5).int32(12);
    });
    expect(decoded).toEqual({ markers: [{ producerId: 4000, producerEpoch: 3, transactionResult: false, topics: [{ name: 't', partitionIndexes: [5] }], coordinatorEpoch: 12 }] });
  });
});

describe('TxnOffsetCommit (28)', () => {
  const topics = [{ name: 't', partitions: [{ partitionIndex: 0, committedOffset: 41, committedLeaderEpoch: 4, committedMetadata: 'm' }] }];
  const resp = { throttleTimeMs: 0, topics: [{ name: 't', partitions: [{ partitionIndex: 0, errorCode: PRODUCER_FENCED }] }] };
  const v3Body = { transactionalId: 'tx-1', groupId: 'g', producerId: 4000, producerEpoch: 3, generationId: 5, memberId: 'm-1', groupInstanceId: 'i-1', topics };

  it('v0: no leader epoch, no generation or member: -1 and empty reach the domain', async () => {
    const { decoded } = await exchange(protocol, call(txnOffsetCommitCodec, 0), v3Body, resp);
    expect(decoded).toEqual({ ...v3Body, generationId: -1, memberId: '', groupInstanceId: '', topics: [{ name: 't', partitions: [{ ...topics[0]!.partitions[0]!, committedLeaderEpoch: -1 }] }] });
  });

  it('v2: the committed leader epoch', async () => {
    const { decoded } = await exchange(protocol, call(txnOffsetCommitCodec, 2), v3Body, resp);
    expect(decoded).toMatchObject({ generationId: -1, topics });
  });

  it('v3 (flexible): generation, member and instance id (KIP-447); a null instance id and metadata are empty', async () => {
    expect((await exchange(protocol, call(txnOffsetCommitCodec, 3), v3Body, resp)).decoded).toEqual(v3Body);
    const nulls = { ...v3Body, groupInstanceId: null, topics: [{ name: 't', partitions: [{ partitionIndex: 0, committedOffset: 41, committedLeaderEpoch: 4, committedMetadata: null }] }] };
    expect((await exchange(protocol, call(txnOffsetCommitCodec, 3), nulls, resp)).decoded).toMatchObject({ groupInstanceId: '', topics: [{ partitions: [{ committedMetadata: '' }] }] });
  });

  it.each([0, 3])('v%i: no version knows PRODUCER_FENCED, so a fenced producer reads INVALID_PRODUCER_EPOCH', async (version) => {
    const { response, errorResponse } = await exchange(protocol, call(txnOffsetCommitCodec, version), v3Body, resp);
    expect(response).toEqual({ throttleTimeMs: 0, topics: [{ name: 't', partitions: [{ partitionIndex: 0, errorCode: INVALID_PRODUCER_EPOCH }] }] });
    expect(errorResponse(ErrorCode.NOT_COORDINATOR, 'x').topics).toEqual([{ name: 't', partitions: [{ partitionIndex: 0, errorCode: ErrorCode.NOT_COORDINATOR }] }]);
  });
});

describe('DescribeProducers (61), DescribeTransactions (65), ListTransactions (66)', () => {
  it('DescribeProducers v0: producers per partition; an empty error message is null on the wire', async () => {
    const producer = { producerId: 4000, producerEpoch: 3, lastSequence: 9, lastTimestamp: 1_700_000_000_000, coordinatorEpoch: 2, currentTxnStartOffset: 120 };
    const body = { topics: [{ name: 't', partitionIndexes: [0, 1] }] };
    const { decoded, response, errorResponse } = await exchange(protocol, call(describeProducersCodec, 0), body, {
      throttleTimeMs: 0,
      topics: [{ name: 't', partitions: [
        { partitionIndex: 0, errorCode: 0, errorMessage: '', activeProducers: [producer] },
        { partitionIndex: 1, errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER, errorMessage: 'not leader', activeProducers: [] },
      ] }],
    });
    expect(decoded).toEqual(body);
    expect(response).toEqual({ throttleTimeMs: 0, topics: [{ name: 't', partitions: [
      { partitionIndex: 0, errorCode: 0, errorMessage: null, activeProducers: [producer] },
      { partitionIndex: 1, errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER, errorMessage: 'not leader', activeProducers: [] },
    ] }] });
    expect(errorResponse(ErrorCode.UNKNOWN_SERVER_ERROR, 'boom').topics).toEqual([{ name: 't', partitions: [
      { partitionIndex: 0, errorCode: ErrorCode.UNKNOWN_SERVER_ERROR, errorMessage: 'boom', activeProducers: [] },
      { partitionIndex: 1, errorCode: ErrorCode.UNKNOWN_SERVER_ERROR, errorMessage: 'boom', activeProducers: [] },
    ] }]);
  });

  it('DescribeTransactions v0: one state per id; the error response has one entry per id', async () => {
    const state = {
      errorCode: 0, transactionalId: 'tx-1', transactionState: 'Ongoing', transactionTimeoutMs: 60_000, transactionStartTimeMs: 1_700_000_000_000,
      producerId: 4000, producerEpoch: 3, topics: [{ topic: 't', partitions: [0, 1] }],
    };
    const { decoded, response, errorResponse } = await exchange(protocol, call(describeTransactionsCodec, 0), { transactionalIds: ['tx-1', 'tx-2'] }, {
      throttleTimeMs: 0, transactionStates: [state, { ...state, errorCode: ErrorCode.TRANSACTIONAL_ID_NOT_FOUND, transactionalId: 'tx-2', transactionState: '', topics: [] }],
    });
    expect(decoded).toEqual({ transactionalIds: ['tx-1', 'tx-2'] });
    expect(response.transactionStates).toEqual([state, expect.objectContaining({ errorCode: ErrorCode.TRANSACTIONAL_ID_NOT_FOUND, transactionalId: 'tx-2' })]);
    expect(errorResponse(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS, 'x').transactionStates).toEqual([
      expect.objectContaining({ errorCode: ErrorCode.COORDINATOR_LOAD_IN_PROGRESS, transactionalId: 'tx-1' }),
      expect.objectContaining({ errorCode: ErrorCode.COORDINATOR_LOAD_IN_PROGRESS, transactionalId: 'tx-2' }),
    ]);
  });

  it('ListTransactions v0: filters in; unknown state filters and the states out', async () => {
    const body = { stateFilters: ['Ongoing', 'Bogus'], producerIdFilters: [4000, 2 ** 40] };
    const listed = { throttleTimeMs: 0, errorCode: 0, unknownStateFilters: ['Bogus'], transactionStates: [{ transactionalId: 'tx-1', producerId: 4000, transactionState: 'Ongoing' }] };
    const { decoded, response, errorResponse } = await exchange(protocol, call(listTransactionsCodec, 0), body, listed);
    expect(decoded).toEqual(body);
    expect(response).toEqual(listed);
    expect(errorResponse(ErrorCode.COORDINATOR_NOT_AVAILABLE, 'x')).toEqual({ throttleTimeMs: 0, errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE, unknownStateFilters: [], transactionStates: [] });
  });
});
