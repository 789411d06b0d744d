/**
 * ListOffsets, OffsetForLeaderEpoch and InitProducerId on the Kafka listener: each at its lowest,
 * a middle and its highest advertised version, the request mapped onto the domain and the domain
 * response (and the error response) read back as a Kafka client reads it.
 */
import { ApiKey } from '../../../../proto/api';
import { ErrorCode } from '../../../../proto/errors';
import { exchange, readResponseFrame, requestMessage, type KafkaCall } from '../../../../test/kafka/admin-wire';
import type { ParsedRequest } from '../../codec';
import { implementedApiKeys } from '../../handlers/implemented-apis';
import { createKafkaProtocol } from '.';
import { initProducerIdCodec } from './init-producer-id';
import { listOffsetsCodec } from './list-offsets';
import { offsetForLeaderEpochCodec } from './offset-for-leader-epoch';
import { KafkaReader, KafkaWriter } from './primitives';

const protocol = createKafkaProtocol({ servedApiKeys: implementedApiKeys });
const call = (codec: typeof listOffsetsCodec | typeof offsetForLeaderEpochCodec | typeof initProducerIdCodec, version: number): KafkaCall =>
  ({ apiKey: codec.apiKey, version, request: codec.request, response: codec.response });

describe('ListOffsets (2) on the Kafka listener', () => {
  const domainResponse = {
    topics: [{ name: 't', partitions: [
      { partition: 0, errorCode: ErrorCode.NONE, timestamp: 1_700_000_000_123, offset: 42, leaderEpoch: 3 },
      { partition: 1, errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER, timestamp: -1, offset: -1, leaderEpoch: -1 },
    ] }],
  };

  it('advertises 0-6: v7 needs the max-timestamp lookup (-3) the log does not have', () => {
    expect(protocol.versionRange(ApiKey.ListOffsets)).toEqual([0, 6]);
  });

  it('v0 (golden bytes): old-style offsets, at most maxNumOffsets, none on an error', async () => {
    const w = new KafkaWriter();
    w.int16(ApiKey.ListOffsets).int16(0).int32(9).string('c', false);
    w.int32(-1).arrayLength(1, false).string('t', false).arrayLength(2, false);
    w.int32(0).int64(-1).int32(5);
    w.int32(1).int64(-2).int32(1);
    const parsed = protocol.parseRequest(Buffer.from(w.finish())) as ParsedRequest;
    expect(parsed.ok).toBe(true);
    expect(await parsed.decode()).toMatchObject({
      replicaId: -1, isolationLevel: 0,
      topics: [{ name: 't', partitions: [{ partition: 0, currentLeaderEpoch: -1, timestamp: -1 }, { partition: 1, currentLeaderEpoch: -1, timestamp: -2 }] }],
    });
    const r = new KafkaReader(await parsed.encodeResponse!(domainResponse));
    r.int32();
    expect(r.int32()).toBe(9);
    expect(r.arrayLength(false, false)).toBe(1);
    expect(r.string(false, false)).toBe('t');
    expect(r.arrayLength(false, false)).toBe(2);
    expect([r.int32(), r.int16(), r.arrayLength(false, false), r.int64()]).toEqual([0, 0, 1, 42]);
    expect([r.int32(), r.int16(), r.arrayLength(false, false)]).toEqual([1, ErrorCode.NOT_LEADER_OR_FOLLOWER, 0]);
    expect(r.remaining()).toBe(0);
  });

  it('v0 with maxNumOffsets 0 answers no offsets', async () => {
    const body = { replicaId: -1, topics: [{ name: 't', partitions: [{ partitionIndex: 0, timestamp: -1, maxNumOffsets: 0 }] }] };
    const one = { topics: [{ name: 't', partitions: [domainResponse.topics[0]!.partitions[0]!] }] };
    const { response } = await exchange(protocol, call(listOffsetsCodec, 0), body, one);
    expect(response).toMatchObject({ topics: [{ partitions: [{ partitionIndex: 0, errorCode: 0, oldStyleOffsets: [] }] }] });
  });

  it('v2: isolation level and throttle time; a timestamp and offset per partition, no leader epoch', async () => {
    const body = { replicaId: -1, isolationLevel: 1, topics: [{ name: 't', partitions: [{ partitionIndex: 0, timestamp: 1_700_000_000_000 }, { partitionIndex: 1, timestamp: -1 }] }] };
    const { decoded, response, errorResponse } = await exchange(protocol, call(listOffsetsCodec, 2), body, domainResponse);
    expect(decoded).toMatchObject({ isolationLevel: 1, topics: [{ partitions: [{ partition: 0, timestamp: 1_700_000_000_000, currentLeaderEpoch: -1 }, { partition: 1 }] }] });
    expect(response).toEqual({
      throttleTimeMs: 0,
      topics: [{ name: 't', partitions: [
        { partitionIndex: 0, errorCode: 0, oldStyleOffsets: [], timestamp: 1_700_000_000_123, offset: 42, leaderEpoch: -1 },
        { partitionIndex: 1, errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER, oldStyleOffsets: [], timestamp: -1, offset: -1, leaderEpoch: -1 },
      ] }],
    });
    expect(errorResponse(ErrorCode.UNKNOWN_SERVER_ERROR, 'x').topics).toEqual([{ name: 't', partitions: [
      { partitionIndex: 0, errorCode: ErrorCode.UNKNOWN_SERVER_ERROR, oldStyleOffsets: [], timestamp: -1, offset: -1, leaderEpoch: -1 },
      { partitionIndex: 1, errorCode: ErrorCode.UNKNOWN_SERVER_ERROR, oldStyleOffsets: [], timestamp: -1, offset: -1, leaderEpoch: -1 },
    ] }]);
  });

  it('v6 (flexible): current leader epoch in, leader epoch out', async () => {
    const body = { replicaId: -1, isolationLevel: 0, topics: [{ name: 't', partitions: [{ partitionIndex: 0, currentLeaderEpoch: 3, timestamp: -2 }, { partitionIndex: 1, currentLeaderEpoch: 7, timestamp: -1 }] }] };
    const { decoded, response, errorResponse } = await exchange(protocol, call(listOffsetsCodec, 6), body, domainResponse);
    expect(decoded).toMatchObject({ topics: [{ partitions: [{ partition: 0, currentLeaderEpoch: 3, timestamp: -2 }, { partition: 1, currentLeaderEpoch: 7 }] }] });
    expect(response).toMatchObject({ topics: [{ partitions: [{ offset: 42, leaderEpoch: 3 }, { errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER, leaderEpoch: -1 }] }] });
    expect(errorResponse(ErrorCode.CORRUPT_MESSAGE, 'x')).toMatchObject({ topics: [{ partitions: [{ errorCode: ErrorCode.CORRUPT_MESSAGE }, { errorCode: ErrorCode.CORRUPT_MESSAGE }] }] });
  });

  it('an unknown isolation level is refused (the connection is closed)', async () => {
    const parsed = protocol.parseRequest(requestMessage(call(listOffsetsCodec, 4), 1, { replicaId: -1, isolationLevel: 2, topics: [] })) as ParsedRequest;
    await expect(Promise.resolve().then(() => parsed.decode())).rejects.toThrow(/isolation level 2/);
    expect(parsed.encodeError!(ErrorCode.INVALID_REQUEST, 'bad')).toBeUndefined();
  });

  it('v7 is not accepted', () => {
    expect(protocol.parseRequest(requestMessage(call(listOffsetsCodec, 7), 3, { replicaId: -1, topics: [] }))).toMatchObject({ ok: false, correlationId: 3 });
  });
});

describe('OffsetForLeaderEpoch (23) on the Kafka listener', () => {
  const domainResponse = { topics: [{ topic: 't', partitions: [
    { errorCode: 0, partition: 0, leaderEpoch: 2, endOffset: 100 },
    { errorCode: ErrorCode.FENCED_LEADER_EPOCH, partition: 1, leaderEpoch: -1, endOffset: -1 },
  ] }] };
  const body = { replicaId: 3, topics: [{ topic: 't', partitions: [{ partition: 0, currentLeaderEpoch: 4, leaderEpoch: 2 }, { partition: 1, currentLeaderEpoch: 1, leaderEpoch: 0 }] }] };

  it('v0: no current leader epoch (-1), the debug replica id (-2), no leader epoch in the answer', async () => {
    const { decoded, response, errorResponse } = await exchange(protocol, call(offsetForLeaderEpochCodec, 0), body, domainResponse);
    expect(decoded).toEqual({ replicaId: -2, topics: [{ topic: 't', partitions: [{ partition: 0, currentLeaderEpoch: -1, leaderEpoch: 2 }, { partition: 1, currentLeaderEpoch: -1, leaderEpoch: 0 }] }] });
    expect(response).toEqual({ throttleTimeMs: 0, topics: [{ topic: 't', partitions: [
      { errorCode: 0, partition: 0, leaderEpoch: -1, endOffset: 100 },
      { errorCode: ErrorCode.FENCED_LEADER_EPOCH, partition: 1, leaderEpoch: -1, endOffset: -1 },
    ] }] });
    expect(errorResponse(ErrorCode.UNKNOWN_SERVER_ERROR, 'x').topics).toEqual([{ topic: 't', partitions: [
      { errorCode: ErrorCode.UNKNOWN_SERVER_ERROR, partition: 0, leaderEpoch: -1, endOffset: -1 },
      { errorCode: ErrorCode.UNKNOWN_SERVER_ERROR, partition: 1, leaderEpoch: -1, endOffset: -1 },
    ] }]);
  });

  it('v2: current leader epoch in, leader epoch out', async () => {
    const { decoded, response } = await exchange(protocol, call(offsetForLeaderEpochCodec, 2), body, domainResponse);
    expect(decoded).toMatchObject({ replicaId: -2, topics: [{ partitions: [{ currentLeaderEpoch: 4 }, { currentLeaderEpoch: 1 }] }] });
    expect(response).toMatchObject({ topics: [{ partitions: [{ leaderEpoch: 2, endOffset: 100 }, { errorCode: ErrorCode.FENCED_LEADER_EPOCH }] }] });
  });

  it('v4 (flexible): the replica id', async () => {
    const { decoded, response, errorResponse } = await exchange(protocol, call(offsetForLeaderEpochCodec, 4), body, domainResponse);
    expect(decoded).toMatchObject({ replicaId: 3 });
    expect(response).toEqual({ throttleTimeMs: 0, topics: domainResponse.topics });
    expect(errorResponse(ErrorCode.NOT_LEADER_OR_FOLLOWER, 'x')).toMatchObject({ topics: [{ partitions: [{ errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER }, { errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER }] }] });
  });
});

describe('InitProducerId (22) on the Kafka listener', () => {
  const granted = { errorCode: 0, producerId: 9_007_199_254_740_000, producerEpoch: 0 };

  it('v0 (golden bytes): a null transactional id is an idempotent producer', async () => {
    const w = new KafkaWriter();
    w.int16(ApiKey.InitProducerId).int16(0).int32(5).string(null, false);
    w.string(null, false).int32(60_000);
    const parsed = protocol.parseRequest(Buffer.from(w.finish())) as ParsedRequest;
    expect(await parsed.decode()).toEqual({ transactionalId: '', transactionTimeoutMs: 60_000, producerId: -1, producerEpoch: -1 });
    const r = new KafkaReader(await parsed.encodeResponse!(granted));
    r.int32();
    expect([r.int32(), r.int32(), r.int16(), r.int64(), r.int16()]).toEqual([5, 0, 0, granted.producerId, 0]);
    expect(r.remaining()).toBe(0);
  });

  it('v2 (flexible): the answer and the error response', async () => {
    const { decoded, response, errorResponse } = await exchange(protocol, call(initProducerIdCodec, 2), { transactionalId: null, transactionTimeoutMs: 1000 }, granted);
    expect(decoded).toEqual({ transactionalId: '', transactionTimeoutMs: 1000, producerId: -1, producerEpoch: -1 });
    expect(response).toEqual({ throttleTimeMs: 0, ...granted });
    expect(errorResponse(ErrorCode.INVALID_REQUEST, 'transactions are not supported')).toEqual({ throttleTimeMs: 0, errorCode: ErrorCode.INVALID_REQUEST, producerId: -1, producerEpoch: -1 });
  });

  it('v4: a KIP-360 epoch bump names the current producer id and epoch; a transactional id reaches the handler', async () => {
    const { decoded } = await exchange(protocol, call(initProducerIdCodec, 4), { transactionalId: 'tx', transactionTimeoutMs: 1000, producerId: 17, producerEpoch: 3 }, granted);
    expect(decoded).toEqual({ transactionalId: 'tx', transactionTimeoutMs: 1000, producerId: 17, producerEpoch: 3 });
  });

  it('the flexible response header carries tagged fields (v3)', async () => {
    const parsed = protocol.parseRequest(requestMessage(call(initProducerIdCodec, 3), 6, { transactionalId: null, transactionTimeoutMs: 1 })) as ParsedRequest;
    await parsed.decode();
    const frame = await parsed.encodeResponse!(granted);
    expect(readResponseFrame(call(initProducerIdCodec, 3), frame).body).toEqual({ throttleTimeMs: 0, ...granted });
    expect(frame.readUInt8(8)).toBe(0);
  });
});
