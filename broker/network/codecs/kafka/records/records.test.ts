import { BatchField, Compression, readBatchHeader, timestampTypeLogAppendTimeBit, writeInt64 } from '../../../../../proto/batch-header';
import { ErrorCode } from '../../../../../proto/errors';
import { decodeRecordBatches, encodeRecordBatch, isBatchCrcValid } from '../../../../../proto/record-batch';
import { forEachRecordSpan } from '../../../../../proto/record-spans';
import { kafkaBatchToSamsa, samsaBatchesToKafka } from '.';
import { type KafkaTestRecord, kafkaBatch, kafkaRecordBytes, readKafkaBatches, reseal } from './kafka-batch-fixture';

const codecs: Array<[string, Compression]> = [
  ['none', Compression.None], ['gzip', Compression.Gzip], ['snappy', Compression.Snappy], ['lz4', Compression.Lz4], ['zstd', Compression.Zstd],
];

/** Nulls and empties of every kind, headers in a non-sorted order with a repeated key, negative and large deltas. */
function awkwardRecords(): KafkaTestRecord[] {
  return [
    { timestampDelta: 0, offsetDelta: 0, key: Buffer.from('k0'), value: Buffer.from('v0'), headers: [['z', Buffer.from('1')], ['a', null], ['z', Buffer.alloc(0)], ['', Buffer.from('e')]] },
    { timestampDelta: -5, offsetDelta: 1, key: null, value: Buffer.from('no key'), headers: [] },
    { timestampDelta: 3_000_000_000, offsetDelta: 2, key: Buffer.alloc(0), value: null, headers: [['only', null]] },
    { timestampDelta: 7, offsetDelta: 3, key: Buffer.from([0, 0xff, 0x80]), value: Buffer.alloc(0), headers: [['ü', Buffer.from([0xc3])]] },
    { timestampDelta: 1, offsetDelta: 4, key: Buffer.alloc(300, 1), value: Buffer.alloc(20_000, 2), headers: [] },
  ];
}

const producerFields = { producerId: 4_000_000_001, producerEpoch: 7, baseSequence: 123_456, partitionLeaderEpoch: 9, baseOffset: 1_000_000_007 };

async function expectRefused(batch: Buffer, code: number, message: RegExp): Promise<void> {
  await expect(kafkaBatchToSamsa(batch)).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
}

describe('Kafka records -> Samsa (Produce)', () => {
  test.each(codecs)('%s: Samsa\'s own decoder reads the same keys, values, headers, timestamps and offsets; the CRC is new and valid', async (_name, codec) => {
    const records = awkwardRecords();
    const kafka = await kafkaBatch(records, { codec, ...producerFields, firstTimestamp: 1_600_000_000_000 });
    const samsa = await kafkaBatchToSamsa(kafka);
    expect(isBatchCrcValid(samsa, 0, samsa.length)).toBe(true);
    const kh = readBatchHeader(kafka, 0);
    expect(readBatchHeader(samsa, 0)).toEqual({ ...kh, batchLength: samsa.length - 12, crc: samsa.readUInt32BE(BatchField.crc) });
    const [decoded] = await decodeRecordBatches(samsa);
    expect(decoded!.records.map((r) => ({ offset: r.offset, timestamp: r.timestamp, key: r.key, value: r.value, headers: r.headers.map((h) => [h.key, h.value]) }))).toEqual(
      records.map((r) => ({ offset: producerFields.baseOffset + r.offsetDelta, timestamp: 1_600_000_000_000 + r.timestampDelta, key: r.key, value: r.value, headers: r.headers })),
    );
  });

  test.each(codecs)('%s: Kafka -> Samsa -> Kafka gives back the same records and header fields', async (_name, codec) => {
    const records = awkwardRecords();
    const kafka = await kafkaBatch(records, { codec, ...producerFields });
    const back = await samsaBatchesToKafka(await kafkaBatchToSamsa(kafka));
    const [batch, ...rest] = await readKafkaBatches(back);
    expect(rest).toHaveLength(0);
    expect(batch!.records).toEqual(records);
    expect({ ...batch!.header, crc: 0, batchLength: 0 }).toEqual({ ...readBatchHeader(kafka, 0), crc: 0, batchLength: 0 });
    if (codec === Compression.None) expect(back.equals(kafka)).toBe(true);
  });

  test('keeps the timestamp type bit and the record count, and leaves the broker\'s checks to the LogValidator', async () => {
    const kafka = await kafkaBatch(awkwardRecords(), { extraAttributes: timestampTypeLogAppendTimeBit });
    const samsa = await kafkaBatchToSamsa(kafka);
    expect(samsa.readInt16BE(BatchField.attributes)).toBe(timestampTypeLogAppendTimeBit);
    expect(samsa.readInt32BE(BatchField.recordCount)).toBe(5);
  });

  test('writes the same protobuf as Samsa\'s own encoder for the same records', async () => {
    const native = await encodeRecordBatch([{ key: 'a', value: 'b', headers: [{ key: 'h', value: Buffer.from('x') }], timestamp: 1000 }, { key: null, value: 'c', timestamp: 998 }], { nowMs: 0 });
    const kafka = await kafkaBatch([
      { timestampDelta: 0, offsetDelta: 0, key: Buffer.from('a'), value: Buffer.from('b'), headers: [['h', Buffer.from('x')]] },
      { timestampDelta: -2, offsetDelta: 1, key: null, value: Buffer.from('c'), headers: [] },
    ], { firstTimestamp: 1000, maxTimestamp: 1000 });
    expect((await kafkaBatchToSamsa(kafka)).subarray(61).equals(native.subarray(61))).toBe(true);
  });

  describe('refuses what Kafka refuses, before anything is converted', () => {
    const one: KafkaTestRecord[] = [{ timestampDelta: 0, offsetDelta: 0, key: Buffer.from('k'), value: Buffer.from('v'), headers: [['h', Buffer.from('x')]] }];
    const two: KafkaTestRecord[] = [...one, { ...one[0]!, offsetDelta: 1 }];

    test('no batch, a magic other than 2, two batches', async () => {
      await expectRefused(Buffer.alloc(0), ErrorCode.INVALID_RECORD, /one record batch/);
      const batch = await kafkaBatch(one);
      const magic1 = Buffer.from(batch);
      magic1.writeInt8(1, BatchField.magic);
      await expectRefused(magic1, ErrorCode.INVALID_RECORD, /magic 2, not 1/);
      await expectRefused(Buffer.concat([batch, batch]), ErrorCode.INVALID_RECORD, /exactly one record batch/);
    });

    test('a short or truncated batch, a batchLength that lies, a CRC mismatch', async () => {
      const batch = await kafkaBatch(one);
      await expectRefused(batch.subarray(0, 40), ErrorCode.CORRUPT_MESSAGE, /fewer than a 61-byte/);
      await expectRefused(batch.subarray(0, batch.length - 1), ErrorCode.CORRUPT_MESSAGE, /batchLength says/);
      const small = Buffer.from(batch);
      small.writeInt32BE(10, BatchField.batchLength);
      await expectRefused(small, ErrorCode.CORRUPT_MESSAGE, /below the minimum/);
      const flipped = Buffer.from(batch);
      flipped.writeUInt8(flipped.readUInt8(flipped.length - 1) ^ 1, flipped.length - 1);
      await expectRefused(flipped, ErrorCode.CORRUPT_MESSAGE, /CRC/);
    });

    test.each(codecs)('%s: a recordCount above or below the records, and an absurd one (no allocation for it)', async (_name, codec) => {
      await expectRefused(await kafkaBatch(two, { codec, recordCount: 3 }), ErrorCode.INVALID_RECORD, /records end after 2/);
      await expectRefused(await kafkaBatch(two, { codec, recordCount: 1 }), ErrorCode.INVALID_RECORD, /follow the 1 records/);
      await expectRefused(await kafkaBatch(two, { codec, recordCount: 2_147_483_647 }), ErrorCode.INVALID_RECORD, /recordCount 2147483647 cannot/);
      await expectRefused(await kafkaBatch(two, { codec, recordCount: -1 }), ErrorCode.INVALID_RECORD, /recordCount -1/);
    });

    test('a record length longer or shorter than its fields', async () => {
      const record = kafkaRecordBytes(one[0]!);
      const longer = Buffer.concat([Buffer.from([record[0]! + 2]), record.subarray(1), Buffer.from([0, 0])]);
      await expectRefused(await kafkaBatch([], { section: longer, recordCount: 1 }), ErrorCode.INVALID_RECORD, /declares 13 bytes but its fields take 12/);
      const shorter = Buffer.concat([Buffer.from([record[0]! - 2]), record.subarray(1)]);
      await expectRefused(await kafkaBatch([], { section: shorter, recordCount: 1 }), ErrorCode.CORRUPT_MESSAGE, /runs past its record/);
      const pastSection = Buffer.concat([Buffer.from([0x7e]), record.subarray(1)]);
      await expectRefused(await kafkaBatch([], { section: pastSection, recordCount: 1 }), ErrorCode.CORRUPT_MESSAGE, /runs past the records section/);
    });

    test('truncated records and garbage', async () => {
      const section = Buffer.concat(two.map((r) => kafkaRecordBytes(r)));
      await expectRefused(await kafkaBatch([], { section: section.subarray(0, section.length - 3), recordCount: 2 }), ErrorCode.CORRUPT_MESSAGE, /past the records section/);
      const garbage = Buffer.alloc(64, 0xa5);
      await expectRefused(await kafkaBatch([], { section: garbage, recordCount: 2 }), ErrorCode.CORRUPT_MESSAGE, /varint overflows/);
      const notGzip = await kafkaBatch([], { section: garbage, recordCount: 2 });
      notGzip.writeInt16BE(Compression.Gzip, BatchField.attributes);
      await expectRefused(reseal(notGzip), ErrorCode.CORRUPT_MESSAGE, /gzip/);
    });

    test('varints too long or overflowing, and a negative key length, header count or offset delta', async () => {
      const tooLong = Buffer.from([0x20, 0, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01, 0, 0, 0, 0, 0]);
      await expectRefused(await kafkaBatch([], { section: tooLong, recordCount: 1 }), ErrorCode.CORRUPT_MESSAGE, /varlong longer than 10 bytes/);
      const overflow = Buffer.from([0x10, 0, 0, 0xff, 0xff, 0xff, 0xff, 0x7f, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
      await expectRefused(await kafkaBatch([], { section: overflow, recordCount: 1 }), ErrorCode.CORRUPT_MESSAGE, /overflows an int32/);
      // length 6: attributes, timestampDelta, offsetDelta, key length -3 (zigzag 5), value, headers
      await expectRefused(await kafkaBatch([], { section: Buffer.from([12, 0, 0, 0, 5, 0, 0]), recordCount: 1 }), ErrorCode.INVALID_RECORD, /key length -3/);
      await expectRefused(await kafkaBatch([], { section: Buffer.from([12, 0, 0, 0, 1, 1, 1]), recordCount: 1 }), ErrorCode.INVALID_RECORD, /-1 headers/);
      await expectRefused(await kafkaBatch([], { section: Buffer.from([12, 0, 0, 1, 1, 1, 0]), recordCount: 1 }), ErrorCode.INVALID_RECORD, /offset delta -1/);
      await expectRefused(await kafkaBatch([], { section: Buffer.from([12, 0, 0, 0, 1, 1, 2, 1, 1]), recordCount: 1 }), ErrorCode.INVALID_RECORD, /declares 1 headers in 0 bytes/);
    });

    test('a null header key', async () => {
      const section = Buffer.from([16, 0, 0, 0, 1, 1, 2, 1, 1]);
      await expectRefused(await kafkaBatch([], { section, recordCount: 1 }), ErrorCode.INVALID_RECORD, /header 0 has a null key/);
    });
  });
});

describe('Samsa batches -> Kafka records (Fetch)', () => {
  test.each(codecs)('%s: a batch from Samsa\'s producer reads back in Kafka\'s format with every field', async (_name, codec) => {
    const samsa = await encodeRecordBatch([
      { key: 'k', value: null, headers: [{ key: 'b', value: null }, { key: 'a', value: Buffer.alloc(0) }], timestamp: 5000 },
      { key: Buffer.alloc(0), value: 'v', timestamp: 4990 },
    ], { compression: codec, producerId: 77, producerEpoch: 2, baseSequence: 40 });
    writeInt64(samsa, BatchField.baseOffset, 12_345);
    const [batch] = await readKafkaBatches(await samsaBatchesToKafka(samsa));
    expect(batch!.header).toMatchObject({ baseOffset: 12_345, producerId: 77, producerEpoch: 2, baseSequence: 40, recordCount: 2, lastOffsetDelta: 1, firstTimestamp: 5000, maxTimestamp: 5000 });
    expect(batch!.records).toEqual([
      { timestampDelta: 0, offsetDelta: 0, key: Buffer.from('k'), value: null, headers: [['b', null], ['a', Buffer.alloc(0)]] },
      { timestampDelta: -10, offsetDelta: 1, key: Buffer.alloc(0), value: Buffer.from('v'), headers: [] },
    ]);
  });

  test('a compacted batch keeps its offset gaps, lastOffsetDelta and record count', async () => {
    const kept: KafkaTestRecord[] = [0, 3, 7].map((offsetDelta) => ({ timestampDelta: offsetDelta, offsetDelta, key: Buffer.from(`k${offsetDelta}`), value: Buffer.from('v'), headers: [] }));
    const stored = await kafkaBatchToSamsa(await kafkaBatch(kept, { lastOffsetDelta: 9 }));
    const offsets: number[] = [];
    forEachRecordSpan(stored, 61, stored.length, (span) => void offsets.push(span.offsetDelta));
    expect(offsets).toEqual([0, 3, 7]);
    const [batch] = await readKafkaBatches(await samsaBatchesToKafka(stored));
    expect(batch!.header).toMatchObject({ lastOffsetDelta: 9, recordCount: 3 });
    expect(batch!.records).toEqual(kept);
  });

  test('several batches convert in order; a trailing partial batch is left out; nothing is nothing', async () => {
    const a = await encodeRecordBatch([{ value: 'a' }], { compression: Compression.Gzip });
    const b = await encodeRecordBatch([{ value: 'b' }, { value: 'c' }]);
    writeInt64(b, BatchField.baseOffset, 1);
    const converted = await readKafkaBatches(await samsaBatchesToKafka(Buffer.concat([a, b, a.subarray(0, 70)])));
    expect(converted.map((x) => [x.header.baseOffset, x.records.map((r) => r.value?.toString())])).toEqual([[0, ['a']], [1, ['b', 'c']]]);
    expect((await samsaBatchesToKafka(Buffer.alloc(0))).length).toBe(0);
  });

  test('a stored batch whose records disagree with its count is CORRUPT_MESSAGE', async () => {
    const b = await encodeRecordBatch([{ value: 'b' }, { value: 'c' }]);
    b.writeInt32BE(3, BatchField.recordCount);
    await expect(samsaBatchesToKafka(reseal(b))).rejects.toMatchObject({ code: ErrorCode.CORRUPT_MESSAGE, message: expect.stringMatching(/recordCount 3 but the batch holds 2/) });
  });
});
