import { ControlRecordType, encodeEndTxnMarkerBatch } from './control-records';
import { crc32c } from '@node-rs/crc32';
import { BatchField, Compression, readBatchHeader, writeInt64 } from './batch-header';
import { ErrorCode } from './errors';
import {
  CompressedBatchError,
  type ProducerRecord,
  decodeRecordBatches,
  decodeRecordBatchesUncompressed,
  encodeRecordBatch,
  encodeRecordBatchUncompressed,
  isBatchCrcValid,
} from './record-batch';

const goldenRecords: ProducerRecord[] = [
  { key: 'k0', value: 'v0', timestamp: 1000 },
  { key: null, value: 'v1', timestamp: 999, headers: [{ key: 'h', value: Buffer.from('x') }] },
];

// baseOffset 0 | batchLength 77 | leaderEpoch -1 | magic 2 | crc | attributes 0 | lastOffsetDelta 1
// | firstTimestamp 1000 | maxTimestamp 1000 | producerId -1 | producerEpoch -1 | baseSequence -1
// | recordCount 2 | RecordSet { {key "k0", value "v0"}, {tsDelta -1, offsetDelta 1, value "v1",
// header h=x} }
const goldenHex =
  '0000000000000000' + '0000004d' + 'ffffffff' + '02' + '96bf6112' + '0000' + '00000001' +
  '00000000000003e8' + '00000000000003e8' + 'ffffffffffffffff' + 'ffff' + 'ffffffff' + '00000002' +
  '0a081a026b30220276300a1008011001220276312a060a0168120178';

function sampleRecords(n: number, prefix = 'r'): ProducerRecord[] {
  return Array.from({ length: n }, (_, i) => ({ key: `${prefix}k${i}`, value: `${prefix}v${i}`.repeat(20), timestamp: 10_000 + i }));
}

/** Re-seals a batch after a test edits a field inside the CRC range. */
function resealCrc(buf: Buffer, position = 0): void {
  const sizeBytes = 12 + buf.readInt32BE(position + BatchField.batchLength);
  buf.writeUInt32BE(crc32c(buf.subarray(position + BatchField.attributes, position + sizeBytes)), position + BatchField.crc);
}

describe('record batch encoding', () => {
  it('uses CRC-32C (Castagnoli), checked against its standard check value', () => {
    expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283);
  });

  it('matches the golden bytes for a small fixed batch', () => {
    const batch = encodeRecordBatchUncompressed(goldenRecords, { nowMs: 2000 });
    expect(batch.toString('hex')).toBe(goldenHex);
  });

  it('fills the header: placeholders, counts, timestamps and producer fields', async () => {
    const batch = await encodeRecordBatch(sampleRecords(3), { producerId: 42, producerEpoch: 3, baseSequence: 7 });
    const header = readBatchHeader(batch, 0);
    expect(header).toMatchObject({
      baseOffset: 0, batchLength: batch.length - 12, partitionLeaderEpoch: -1, magic: 2, attributes: 0, lastOffsetDelta: 2,
      firstTimestamp: 10_000, maxTimestamp: 10_002, producerId: 42, producerEpoch: 3, baseSequence: 7, recordCount: 3,
    });
    expect(isBatchCrcValid(batch, 0, batch.length)).toBe(true);
  });

  it('refuses to encode an empty batch', () => {
    expect(() => encodeRecordBatchUncompressed([])).toThrow(RangeError);
  });

  it.each([
    ['none', Compression.None],
    ['gzip', Compression.Gzip],
    ['snappy', Compression.Snappy],
    ['lz4', Compression.Lz4],
    ['zstd', Compression.Zstd],
  ])('round-trips records compressed with %s', async (_name, compression) => {
    const records = sampleRecords(50);
    const batch = await encodeRecordBatch(records, { compression });
    expect(batch.readInt16BE(BatchField.attributes) & 0x07).toBe(compression);
    expect(readBatchHeader(batch, 0)).toMatchObject({ recordCount: 50 });
    const [decoded, ...rest] = await decodeRecordBatches(batch);
    expect(rest).toHaveLength(0);
    expect(decoded?.records.map((r) => [r.offset, r.key?.toString(), r.value?.toString(), r.timestamp])).toEqual(
      records.map((r, i) => [i, r.key, r.value, r.timestamp]),
    );
  });

});

describe('decodeRecordBatches', () => {
  it('ignores a partial trailing batch, as fetch responses may end with one', async () => {
    const a = encodeRecordBatchUncompressed(sampleRecords(2));
    const b = encodeRecordBatchUncompressed(sampleRecords(2, 's'));
    writeInt64(b, BatchField.baseOffset, 2);
    for (const cut of [1, 30, 61, b.length - 1]) {
      const buf = Buffer.concat([a, b.subarray(0, cut)]);
      const decoded = await decodeRecordBatches(buf);
      expect(decoded.map((d) => d.records.length)).toEqual([2]);
      expect(decodeRecordBatchesUncompressed(buf).map((d) => d.lastOffset)).toEqual([1]);
    }
    expect(await decodeRecordBatches(Buffer.alloc(0))).toEqual([]);
  });

  it('names the topic and partition it is given in every record, compressed or not', async () => {
    const plain = encodeRecordBatchUncompressed(sampleRecords(2));
    const gzip = await encodeRecordBatch(sampleRecords(2), { compression: Compression.Gzip });
    const owner = { topic: 'orders', partition: 7 };
    for (const decoded of [decodeRecordBatchesUncompressed(plain, owner), await decodeRecordBatches(plain, owner), await decodeRecordBatches(gzip, owner)]) {
      expect(decoded[0]!.records.map((r) => [r.topic, r.partition, r.offset])).toEqual([['orders', 7, 0], ['orders', 7, 1]]);
    }
    expect(decodeRecordBatchesUncompressed(plain)[0]!.records[0]).toMatchObject({ topic: '', partition: -1 });
  });

  it('throws CORRUPT_MESSAGE on a CRC mismatch unless verifyCrc is false', async () => {
    const buf = encodeRecordBatchUncompressed(sampleRecords(2));
    buf.writeUInt8(buf.readUInt8(buf.length - 1) ^ 0x01, buf.length - 1);
    await expect(decodeRecordBatches(buf)).rejects.toMatchObject({ code: ErrorCode.CORRUPT_MESSAGE });
    expect(() => decodeRecordBatchesUncompressed(buf)).toThrow(expect.objectContaining({ code: ErrorCode.CORRUPT_MESSAGE }));
    expect((await decodeRecordBatches(buf, { verifyCrc: false }))[0]?.records).toHaveLength(2);
  });

  it('bounds decompression with decompressBytesMax', async () => {
    const buf = await encodeRecordBatch(sampleRecords(100), { compression: Compression.Gzip });
    await expect(decodeRecordBatches(buf, { decompressBytesMax: 100 })).rejects.toMatchObject({ code: ErrorCode.CORRUPT_MESSAGE });
  });

  it('synchronous decoding refuses compressed batches with CompressedBatchError', async () => {
    const buf = await encodeRecordBatch(sampleRecords(2), { compression: Compression.Lz4 });
    expect(() => decodeRecordBatchesUncompressed(buf)).toThrow(CompressedBatchError);
  });

  it('returns no records for a control batch', async () => {
    const buf = encodeRecordBatchUncompressed(sampleRecords(1));
    buf.writeInt16BE(0x20, BatchField.attributes);
    resealCrc(buf);
    const [decoded] = await decodeRecordBatches(buf);
    expect(decoded?.records).toEqual([]);
    expect(decoded).toMatchObject({ isControl: true, isTransactional: false, controlType: -1 });
  });

  it('decodes a transaction marker: control and transactional, with its type', async () => {
    const abort = encodeEndTxnMarkerBatch({ producerId: 7, producerEpoch: 3, coordinatorEpoch: 2, committed: false, nowMs: 1 });
    const commit = encodeEndTxnMarkerBatch({ producerId: 7, producerEpoch: 3, coordinatorEpoch: 2, committed: true, nowMs: 1 });
    const [a, c] = await decodeRecordBatches(Buffer.concat([abort, commit]));
    expect(a).toMatchObject({ isControl: true, isTransactional: true, controlType: ControlRecordType.Abort, producerId: 7, producerEpoch: 3, baseSequence: -1, records: [] });
    expect(c).toMatchObject({ controlType: ControlRecordType.Commit });
  });

  it('marks a transactional producer batch', async () => {
    const buf = encodeRecordBatchUncompressed(sampleRecords(2), { producerId: 9, producerEpoch: 0, baseSequence: 0, isTransactional: true });
    const [decoded] = await decodeRecordBatches(buf);
    expect(decoded).toMatchObject({ isTransactional: true, isControl: false, controlType: -1 });
    expect(decoded?.records).toHaveLength(2);
  });

  it('throws CORRUPT_MESSAGE naming the offset when the records disagree with the header count', async () => {
    const buf = encodeRecordBatchUncompressed(sampleRecords(2));
    writeInt64(buf, BatchField.baseOffset, 40);
    buf.writeInt32BE(3, BatchField.recordCount);
    buf.writeInt32BE(2, BatchField.lastOffsetDelta);
    resealCrc(buf);
    await expect(decodeRecordBatches(buf)).rejects.toMatchObject({ code: ErrorCode.CORRUPT_MESSAGE, message: expect.stringMatching(/offset 40 declares 3 records but holds 2/) });
  });

  it('throws CORRUPT_MESSAGE when a record offset falls outside its batch', () => {
    const buf = encodeRecordBatchUncompressed(sampleRecords(2));
    buf.writeInt32BE(0, BatchField.lastOffsetDelta);
    resealCrc(buf);
    expect(() => decodeRecordBatchesUncompressed(buf)).toThrow(expect.objectContaining({ code: ErrorCode.CORRUPT_MESSAGE, message: expect.stringMatching(/outside/) }));
  });
});
