/**
 * Produce and Fetch on the Kafka listener at their lowest, a middle and their highest version:
 * requests written field by field as a client writes them, responses read back the same way
 * (test/kafka/groups-frames.ts), records in Kafka's format on the wire and Samsa's in the domain.
 */
import { crc32 } from '@node-rs/crc32';
import { ApiKey } from '../../../../../proto/api';
import { BatchField, Compression, writeInt64 } from '../../../../../proto/batch-header';
import { ErrorCode } from '../../../../../proto/errors';
import { decodeRecordBatches, encodeRecordBatch } from '../../../../../proto/record-batch';
import { ClientReader, ClientWriter } from '../../../../../test/kafka/groups-frames';
import type { FetchRequest, FetchResponse } from '../../../../api/fetch';
import type { ProduceRequest, ProduceResponse } from '../../../../api/produce';
import { createKafkaProtocol } from '..';
import { KafkaReader } from '../primitives';
import { kafkaBatch, readKafkaBatches } from './kafka-batch-fixture';

const protocol = createKafkaProtocol({ servedApiKeys: [ApiKey.ApiVersions, ApiKey.Produce, ApiKey.Fetch] });
const correlationId = 77;

interface Exchange {
  request: unknown;
  respond(response: unknown): Promise<ClientReader>;
  error(code: number, message: string): ClientReader;
}

function open(frame: Buffer, flexible: boolean): ClientReader {
  const r = new KafkaReader(frame);
  expect(r.int32()).toBe(frame.length - 4);
  expect(r.int32()).toBe(correlationId);
  if (flexible) r.taggedFields();
  return new ClientReader(r, flexible);
}

async function exchange(apiKey: number, version: number, flexible: boolean, body: (w: ClientWriter) => void): Promise<Exchange> {
  const w = new ClientWriter(flexible);
  w.w.int16(apiKey).int16(version).int32(correlationId).string('kcat', false);
  if (flexible) w.w.uvarint(0);
  body(w);
  w.tags();
  const parsed = protocol.parseRequest(Buffer.from(w.w.finish()));
  if (!parsed.ok) throw new Error(parsed.reason);
  const request = await parsed.decode();
  return {
    request,
    respond: async (response) => open(await parsed.encodeResponse!(response), flexible),
    error: (code, message) => open(parsed.encodeError!(code, message)!, flexible),
  };
}

const kafkaRecord = { timestampDelta: 0, offsetDelta: 0, key: Buffer.from('k'), value: Buffer.from('v'), headers: [['h', null]] as Array<[string, Buffer | null]> };

test('ApiVersions advertises Produce 0-9 and Fetch 4-12', () => {
  expect([protocol.versionRange(ApiKey.Produce), protocol.versionRange(ApiKey.Fetch)]).toEqual([[0, 9], [4, 12]]);
});

describe('Produce', () => {
  test.each([3, 7, 9])('v%i: converted batches reach the handler; a partition that does not convert is answered in its own slot', async (v) => {
    const flexible = v >= 9;
    const good = await kafkaBatch([kafkaRecord], { codec: Compression.Gzip });
    const lying = await kafkaBatch([kafkaRecord], { recordCount: 2, lastOffsetDelta: 1 });
    const x = await exchange(ApiKey.Produce, v, flexible, (w) => {
      w.str(null).int16(-1).int32(5000);
      w.arr([0], () => {
        w.str('orders');
        w.arr([[0, good], [1, lying], [2, null]] as Array<[number, Buffer | null]>, ([index, records]) => {
          w.int32(index);
          if (records === null) w.w.bytes(null, flexible);
          else w.bytes(records);
        });
      });
    });
    const req = x.request as ProduceRequest;
    expect({ acks: req.acks, timeoutMs: req.timeoutMs, transactionalId: req.transactionalId }).toEqual({ acks: -1, timeoutMs: 5000, transactionalId: '' });
    const [p0, p1, p2] = req.topics[0]!.partitions;
    const [stored] = await decodeRecordBatches(p0!.records);
    expect(stored!.records.map((r) => [r.key?.toString(), r.value?.toString(), r.headers])).toEqual([['k', 'v', [{ key: 'h', value: null }]]]);
    expect(p0!.records.readInt16BE(BatchField.attributes)).toBe(Compression.Gzip);
    expect([p1!.records.length, p2!.records.length]).toEqual([0, 0]);

    const refusedByValidator = { errorCode: ErrorCode.CORRUPT_MESSAGE, baseOffset: -1, logAppendTimeMs: -1, logStartOffset: -1, errorMessage: 'the records field is empty', leaderEpoch: -1 };
    const resp: ProduceResponse = {
      throttleTimeMs: 0,
      topics: [{ name: 'orders', partitions: [
        { partition: 0, errorCode: 0, baseOffset: 41, logAppendTimeMs: -1, logStartOffset: 3, errorMessage: '', leaderEpoch: 2 },
        { partition: 1, ...refusedByValidator }, { partition: 2, ...refusedByValidator },
      ] }],
    };
    const r = await x.respond(resp);
    const partitions: unknown[] = [];
    r.arr(() => {
      expect(r.str()).toBe('orders');
      r.arr(() => {
        const p: Record<string, unknown> = { index: r.int32(), errorCode: r.int16(), baseOffset: r.int64(), logAppendTimeMs: r.int64() };
        if (v >= 5) p.logStartOffset = r.int64();
        if (v >= 8) {
          p.recordErrors = r.arr(() => [r.int32(), r.str()]);
          p.errorMessage = r.str();
        }
        partitions.push(p);
      });
    });
    expect(r.int32()).toBe(0);
    r.end();
    expect(partitions[0]).toMatchObject({ index: 0, errorCode: 0, baseOffset: 41, ...(v >= 5 ? { logStartOffset: 3 } : {}), ...(v >= 8 ? { recordErrors: [], errorMessage: null } : {}) });
    expect(partitions[1]).toMatchObject({ index: 1, errorCode: ErrorCode.INVALID_RECORD, baseOffset: -1 });
    expect(partitions[2]).toMatchObject({ index: 2, errorCode: ErrorCode.INVALID_RECORD, baseOffset: -1 });
    if (v >= 8) {
      expect(partitions[1]).toMatchObject({ recordErrors: [], errorMessage: expect.stringMatching(/records are invalid: recordCount 2/) });
      expect(partitions[2]).toMatchObject({ errorMessage: expect.stringMatching(/one record batch/) });
    }

    const e = x.error(ErrorCode.NOT_LEADER_OR_FOLLOWER, 'moved');
    e.arr(() => {
      e.str();
      e.arr(() => {
        expect([e.int32(), e.int16(), e.int64(), e.int64()]).toEqual([expect.any(Number), ErrorCode.NOT_LEADER_OR_FOLLOWER, -1, -1]);
        if (v >= 5) e.int64();
        if (v >= 8) expect([e.arr(() => e.int32()), e.str()]).toEqual([[], 'moved']);
      });
    });
    e.int32();
    e.end();
  });

  test.each([0, 2])('v%i: a message set of magic 0 or 1 is up-converted; a v2 batch is refused', async (v) => {
    const body = Buffer.concat([Buffer.from([1, 0]), Buffer.from([0, 0, 0, 0, 0, 0, 0, 7]), Buffer.from([0, 0, 0, 1, 0x6b, 0, 0, 0, 1, 0x76])]);
    const legacy = Buffer.alloc(16);
    legacy.writeInt32BE(body.length + 4, 8);
    legacy.writeUInt32BE(crc32(body), 12);
    const set = Buffer.concat([legacy, body]);
    const v2 = await kafkaBatch([kafkaRecord]);
    const x = await exchange(ApiKey.Produce, v, false, (w) => w.int16(1).int32(100).arr([0], () => w.str('t').arr([[0, set], [1, v2]] as Array<[number, Buffer]>, ([i, b]) => w.int32(i).bytes(b))));
    const [p0, p1] = (x.request as ProduceRequest).topics[0]!.partitions;
    const [stored] = await decodeRecordBatches(p0!.records);
    expect(stored!.records.map((r) => [r.key?.toString(), r.value?.toString(), r.timestamp])).toEqual([['k', 'v', 7]]);
    expect(p1!.records.length).toBe(0);
    const r = await x.respond({ throttleTimeMs: 0, topics: [{ name: 't', partitions: [
      { partition: 0, errorCode: 0, baseOffset: 5, logAppendTimeMs: -1, logStartOffset: 0, errorMessage: '', leaderEpoch: 0 },
      { partition: 1, errorCode: ErrorCode.CORRUPT_MESSAGE, baseOffset: -1, logAppendTimeMs: -1, logStartOffset: -1, errorMessage: 'empty', leaderEpoch: 0 },
    ] }] });
    const out: number[][] = [];
    r.arr(() => {
      r.str();
      r.arr(() => void out.push([r.int32(), r.int16(), r.int64(), ...(v >= 2 ? [r.int64()] : [])]));
    });
    if (v >= 1) r.int32();
    r.end();
    expect(out).toEqual([[0, 0, 5, ...(v >= 2 ? [-1] : [])], [1, ErrorCode.INVALID_RECORD, -1, ...(v >= 2 ? [-1] : [])]]);
  });

  test('v8 names the record at fault in recordErrors', async () => {
    const nullHeaderKey = Buffer.from([16, 0, 0, 0, 1, 1, 2, 1, 1]);
    const batch = await kafkaBatch([], { section: Buffer.concat([Buffer.from([12, 0, 0, 0, 1, 1, 0]), nullHeaderKey]), recordCount: 2, lastOffsetDelta: 1 });
    const x = await exchange(ApiKey.Produce, 8, false, (w) => w.str(null).int16(1).int32(100).arr([0], () => w.str('t').arr([0], () => w.int32(0).bytes(batch))));
    const resp = await x.respond({ throttleTimeMs: 0, topics: [{ name: 't', partitions: [{ partition: 0, errorCode: 2, baseOffset: -1, logAppendTimeMs: -1, logStartOffset: -1, errorMessage: 'x', leaderEpoch: -1 }] }] });
    const out: unknown[] = [];
    resp.arr(() => {
      resp.str();
      resp.arr(() => {
        out.push(resp.int32(), resp.int16(), resp.int64(), resp.int64(), resp.int64(), resp.arr(() => [resp.int32(), resp.str()]), resp.str());
      });
    });
    expect(out).toEqual([0, ErrorCode.INVALID_RECORD, -1, -1, -1, [[1, expect.stringMatching(/header 0 has a null key/)]], expect.stringMatching(/header 0 has a null key/)]);
    expect(resp.int32()).toBe(0);
    resp.end();
  });

  test('zstd below v7 is UNSUPPORTED_COMPRESSION_TYPE (KIP-110); at v7 it converts', async () => {
    const zstd = await kafkaBatch([kafkaRecord], { codec: Compression.Zstd });
    for (const v of [3, 7]) {
      const x = await exchange(ApiKey.Produce, v, false, (w) => w.str(null).int16(1).int32(100).arr([0], () => w.str('t').arr([0], () => w.int32(0).bytes(zstd))));
      const records = (x.request as ProduceRequest).topics[0]!.partitions[0]!.records;
      expect(records.length > 0).toBe(v >= 7);
      if (v === 3) {
        const r = await x.respond({ throttleTimeMs: 0, topics: [{ name: 't', partitions: [{ partition: 0, errorCode: 2, baseOffset: -1, logAppendTimeMs: -1, logStartOffset: -1, errorMessage: '', leaderEpoch: -1 }] }] });
        r.arr(() => { r.str(); r.arr(() => { r.int32(); expect(r.int16()).toBe(ErrorCode.UNSUPPORTED_COMPRESSION_TYPE); r.int64(); r.int64(); }); });
      }
    }
  });
});

describe('Fetch', () => {
  test('a fetch naming a replica (a follower) is refused whole: followers speak protobuf on the inter-broker listener', async () => {
    const replicaFetch = exchange(ApiKey.Fetch, 4, false, (w) => {
      w.int32(2).int32(500).int32(1).int32(1_048_576).int8(0);
      w.arr([0], () => w.str('orders').arr([0], (p) => w.int32(p).int64(0).int32(1_048_576)));
    });
    await expect(replicaFetch).rejects.toThrow(/replica fetches \(replica id 2\)/);
  });

  async function storedBatch(codec: Compression, baseOffset: number): Promise<Buffer> {
    const batch = await encodeRecordBatch([{ key: 'k', value: `v${baseOffset}`, headers: [{ key: 'h', value: Buffer.from('x') }], timestamp: 1234 }], { compression: codec });
    writeInt64(batch, BatchField.baseOffset, baseOffset);
    return batch;
  }

  test.each([4, 11, 12])('v%i: sessionless full fetch; stored batches come back as Kafka records', async (v) => {
    const flexible = v >= 12;
    const x = await exchange(ApiKey.Fetch, v, flexible, (w) => {
      w.int32(-1).int32(500).int32(1).int32(52_428_800).int8(1);
      if (v >= 7) w.int32(0).int32(0);
      w.arr([0], () => {
        w.str('orders');
        w.arr([0, 1], (p) => {
          w.int32(p);
          if (v >= 9) w.int32(4);
          w.int64(10);
          if (v >= 12) w.int32(3);
          if (v >= 5) w.int64(-1);
          w.int32(1_048_576);
        });
      });
      if (v >= 7) w.arr([0], () => w.str('gone').arr([0, 1], (n) => w.int32(n), false));
      if (v >= 11) w.str('rack-a');
    });
    expect(x.request).toEqual({
      replicaId: -1, maxWaitMs: 500, minBytes: 1, maxBytes: 52_428_800, isolationLevel: 1,
      topics: [{ name: 'orders', partitions: [0, 1].map((partition) => ({ partition, currentLeaderEpoch: v >= 9 ? 4 : -1, fetchOffset: 10, logStartOffset: -1, partitionMaxBytes: 1_048_576 })) }],
    } satisfies FetchRequest);
    const stored = Buffer.concat([await storedBatch(Compression.Snappy, 10), await storedBatch(Compression.None, 11)]);
    const resp: FetchResponse = {
      throttleTimeMs: 0, errorCode: 0,
      topics: [{ name: 'orders', partitions: [
        { partition: 0, errorCode: 0, highWatermark: 12, lastStableOffset: 12, logStartOffset: 0, records: stored },
        { partition: 1, errorCode: ErrorCode.OFFSET_OUT_OF_RANGE, highWatermark: 5, lastStableOffset: 5, logStartOffset: 0, records: Buffer.alloc(0) },
      ] }],
    };
    const r = await x.respond(resp);
    expect(r.int32()).toBe(0);
    if (v >= 7) expect([r.int16(), r.int32()]).toEqual([0, 0]);
    const parts: Array<Record<string, unknown>> = [];
    r.arr(() => {
      expect(r.str()).toBe('orders');
      r.arr(() => {
        const p: Record<string, unknown> = { partitionIndex: r.int32(), errorCode: r.int16(), highWatermark: r.int64(), lastStableOffset: r.int64() };
        if (v >= 5) p.logStartOffset = r.int64();
        p.abortedTransactions = r.arr(() => [r.int64(), r.int64()]);
        if (v >= 11) p.preferredReadReplica = r.int32();
        p.records = r.bytes();
        parts.push(p);
      });
    });
    r.end();
    expect(parts[0]).toMatchObject({ partitionIndex: 0, errorCode: 0, highWatermark: 12, lastStableOffset: 12, abortedTransactions: [], ...(v >= 11 ? { preferredReadReplica: -1 } : {}) });
    const batches = await readKafkaBatches(parts[0]!.records as Buffer);
    expect(batches.map((b) => [b.header.baseOffset, b.header.attributes & 7, b.records.map((rec) => [rec.key?.toString(), rec.value?.toString(), rec.headers.map(([k, hv]) => [k, hv?.toString()])])])).toEqual([
      [10, Compression.Snappy, [['k', 'v10', [['h', 'x']]]]],
      [11, Compression.None, [['k', 'v11', [['h', 'x']]]]],
    ]);
    expect(parts[1]).toMatchObject({ partitionIndex: 1, errorCode: ErrorCode.OFFSET_OUT_OF_RANGE, highWatermark: 5 });
    expect((parts[1]!.records as Buffer).length).toBe(0);

    const e = x.error(ErrorCode.UNKNOWN_SERVER_ERROR, 'boom');
    e.int32();
    if (v >= 7) expect([e.int16(), e.int32()]).toEqual([ErrorCode.UNKNOWN_SERVER_ERROR, 0]);
    e.arr(() => {
      e.str();
      e.arr(() => {
        expect([e.int32(), e.int16(), e.int64(), e.int64()]).toEqual([expect.any(Number), ErrorCode.UNKNOWN_SERVER_ERROR, -1, -1]);
        if (v >= 5) e.int64();
        expect(e.arr(() => e.int64())).toBeNull();
        if (v >= 11) e.int32();
        e.bytes();
      });
    });
    e.end();
  });

  test('read_uncommitted answers abortedTransactions null; zstd below v10 is UNSUPPORTED_COMPRESSION_TYPE', async () => {
    const x = await exchange(ApiKey.Fetch, 4, false, (w) => w.int32(-1).int32(0).int32(0).int32(1000).int8(0).arr([0], () => w.str('t').arr([0], () => w.int32(0).int64(0).int32(1000))));
    const resp: FetchResponse = { throttleTimeMs: 0, errorCode: 0, topics: [{ name: 't', partitions: [{ partition: 0, errorCode: 0, highWatermark: 1, lastStableOffset: 1, logStartOffset: 0, records: await storedBatch(Compression.Zstd, 0) }] }] };
    const r = await x.respond(resp);
    r.int32();
    r.arr(() => {
      r.str();
      r.arr(() => {
        expect([r.int32(), r.int16(), r.int64(), r.int64()]).toEqual([0, ErrorCode.UNSUPPORTED_COMPRESSION_TYPE, 1, 1]);
        expect(r.arr(() => r.int64())).toBeNull();
        expect(r.bytes()!.length).toBe(0);
      });
    });
    r.end();
  });

  test('a stored batch that does not convert is that partition\'s CORRUPT_MESSAGE, not a failed response', async () => {
    const x = await exchange(ApiKey.Fetch, 11, false, (w) => w.int32(-1).int32(0).int32(0).int32(1000).int8(0).int32(0).int32(-1)
      .arr([0], () => w.str('t').arr([0, 1], (p) => w.int32(p).int32(-1).int64(0).int64(-1).int32(1000))).arr([], () => undefined).str(''));
    const damaged = await storedBatch(Compression.None, 0);
    damaged.writeInt32BE(5, BatchField.recordCount);
    const resp: FetchResponse = { throttleTimeMs: 0, errorCode: 0, topics: [{ name: 't', partitions: [
      { partition: 0, errorCode: 0, highWatermark: 1, lastStableOffset: 1, logStartOffset: 0, records: damaged },
      { partition: 1, errorCode: 0, highWatermark: 1, lastStableOffset: 1, logStartOffset: 0, records: await storedBatch(Compression.Lz4, 0) },
    ] }] };
    const r = await x.respond(resp);
    r.int32();
    expect([r.int16(), r.int32()]).toEqual([0, 0]);
    const out: Array<[number, number, number]> = [];
    r.arr(() => {
      r.str();
      r.arr(() => {
        const [p, code] = [r.int32(), r.int16()];
        r.int64(); r.int64(); r.int64();
        r.arr(() => r.int64());
        r.int32();
        out.push([p, code, r.bytes()!.length]);
      });
    });
    expect(out.map(([p, code, n]) => [p, code, n > 0])).toEqual([[0, ErrorCode.CORRUPT_MESSAGE, false], [1, ErrorCode.NONE, true]]);
  });
});
