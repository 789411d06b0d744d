/** The header checks and in-place stamping of the log validator (Kafka's LogValidator.validateBatch, assignOffsets). */
import { crc32c } from '@node-rs/crc32';
import { BatchField, Compression, readBatchHeader } from '../../proto/batch-header';
import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import { type ProducerRecord, decodeRecordBatches, decodeRecordBatchesUncompressed, encodeRecordBatch, encodeRecordBatchUncompressed } from '../../proto/record-batch';
import { AppendOrigin, assignOffsets, checkBatchHeaders, setMaxTimestamp } from './log-validator';

const maxBatchBytes = 1024 * 1024;

function sampleRecords(n: number, prefix = 'r'): ProducerRecord[] {
  return Array.from({ length: n }, (_, i) => ({ key: `${prefix}k${i}`, value: `${prefix}v${i}`.repeat(20), timestamp: 10_000 + i }));
}

/** Re-seals a batch after a test edits a field inside the CRC range. */
function resealCrc(buf: Buffer, position = 0): void {
  const sizeBytes = 12 + buf.readInt32BE(position + BatchField.batchLength);
  buf.writeUInt32BE(crc32c(buf.subarray(position + BatchField.attributes, position + sizeBytes)), position + BatchField.crc);
}

function headersOf(buf: Buffer, max = maxBatchBytes, origin: AppendOrigin = AppendOrigin.Client): ReturnType<typeof checkBatchHeaders> {
  return checkBatchHeaders(buf, { maxBatchBytes: max, origin });
}

function expectInvalid(buf: Buffer, errorCode: number, messagePart: RegExp, max = maxBatchBytes, origin: AppendOrigin = AppendOrigin.Client): void {
  let thrown: unknown;
  try {
    headersOf(buf, max, origin);
  } catch (err) {
    thrown = err;
  }
  expect(thrown).toBeInstanceOf(SamsaProtocolError);
  expect(thrown).toMatchObject({ code: errorCode, message: expect.stringMatching(messagePart) });
}

describe('checkBatchHeaders', () => {
  const valid = (): Buffer => encodeRecordBatchUncompressed(sampleRecords(3));

  it('accepts several whole batches and reports each', () => {
    const a = valid();
    const b = encodeRecordBatchUncompressed(sampleRecords(2, 's'));
    const batches = headersOf(Buffer.concat([a, b]));
    expect(batches.map((x) => [x.position, x.sizeBytes, x.recordCount, x.lastOffsetDelta])).toEqual([
      [0, a.length, 3, 2],
      [a.length, b.length, 2, 1],
    ]);
  });

  it('rejects an empty buffer with CORRUPT_MESSAGE', () => {
    expectInvalid(Buffer.alloc(0), ErrorCode.CORRUPT_MESSAGE, /empty/);
  });

  it('rejects fewer bytes than a header with CORRUPT_MESSAGE', () => {
    expectInvalid(valid().subarray(0, 40), ErrorCode.CORRUPT_MESSAGE, /batch 0 .*fewer than the 61-byte/);
  });

  it('rejects a batchLength below 49 with CORRUPT_MESSAGE', () => {
    const buf = valid();
    buf.writeInt32BE(48, BatchField.batchLength);
    expectInvalid(buf, ErrorCode.CORRUPT_MESSAGE, /batchLength 48/);
  });

  it('rejects a partial second batch with CORRUPT_MESSAGE naming its index', () => {
    const b = valid();
    expectInvalid(Buffer.concat([valid(), b.subarray(0, b.length - 1)]), ErrorCode.CORRUPT_MESSAGE, /batch 1 .*only/);
  });

  it('rejects a batch larger than maxBatchBytes with MESSAGE_TOO_LARGE', () => {
    const buf = valid();
    expectInvalid(buf, ErrorCode.MESSAGE_TOO_LARGE, /exceeds the maximum batch size/, buf.length - 1);
    expect(headersOf(buf, buf.length)).toHaveLength(1);
  });

  it('rejects a magic other than 2 with CORRUPT_MESSAGE', () => {
    const buf = valid();
    buf.writeInt8(1, BatchField.magic);
    expectInvalid(buf, ErrorCode.CORRUPT_MESSAGE, /magic 1/);
  });

  it('rejects a CRC mismatch with CORRUPT_MESSAGE', () => {
    const buf = valid();
    buf.writeUInt8(buf.readUInt8(buf.length - 1) ^ 0xff, buf.length - 1);
    expectInvalid(buf, ErrorCode.CORRUPT_MESSAGE, /CRC-32C/);
  });

  it('rejects a recordCount of zero with INVALID_RECORD', () => {
    const buf = valid();
    buf.writeInt32BE(0, BatchField.recordCount);
    buf.writeInt32BE(-1, BatchField.lastOffsetDelta);
    resealCrc(buf);
    expectInvalid(buf, ErrorCode.INVALID_RECORD, /recordCount 0/);
  });

  it('rejects lastOffsetDelta != recordCount - 1 with INVALID_RECORD', () => {
    const buf = valid();
    buf.writeInt32BE(5, BatchField.lastOffsetDelta);
    resealCrc(buf);
    expectInvalid(buf, ErrorCode.INVALID_RECORD, /lastOffsetDelta 5 .*recordCount 3/);
  });

  it.each([
    ['control', 0x20],
    ['transactional', 0x10],
  ])('rejects the %s bit set by a client with INVALID_RECORD', (name, bit) => {
    const buf = valid();
    buf.writeInt16BE(bit, BatchField.attributes);
    resealCrc(buf);
    expectInvalid(buf, ErrorCode.INVALID_RECORD, new RegExp(name));
  });

  it.each([5, 6, 7])('rejects unknown compression codec %d with CORRUPT_MESSAGE', (codec) => {
    const buf = valid();
    buf.writeInt16BE(codec, BatchField.attributes);
    resealCrc(buf);
    expectInvalid(buf, ErrorCode.CORRUPT_MESSAGE, new RegExp(`codec ${codec}`));
  });

  it('rejects the LogAppendTime type set by a producer with INVALID_TIMESTAMP, as Kafka does', () => {
    const buf = valid();
    buf.writeInt16BE(0x08, BatchField.attributes);
    resealCrc(buf);
    expectInvalid(buf, ErrorCode.INVALID_TIMESTAMP, /LogAppendTime/);
    expect(headersOf(buf, maxBatchBytes, AppendOrigin.Replication)).toHaveLength(1);
  });

  it('rejects a producer id without a sequence number with INVALID_RECORD', () => {
    const buf = encodeRecordBatchUncompressed(sampleRecords(1), { producerId: 7, producerEpoch: 0, baseSequence: -1 });
    expectInvalid(buf, ErrorCode.INVALID_RECORD, /sequence number -1/);
  });

  it('accepts from a leader what its cleaner leaves: fewer records than offsets, even none', () => {
    const buf = valid();
    buf.writeInt32BE(0, BatchField.recordCount);
    resealCrc(buf);
    expect(headersOf(buf, maxBatchBytes, AppendOrigin.Replication)).toMatchObject([{ recordCount: 0, lastOffsetDelta: 2 }]);
    buf.writeInt32BE(4, BatchField.recordCount);
    resealCrc(buf);
    expectInvalid(buf, ErrorCode.CORRUPT_MESSAGE, /cannot hold 4 records/, maxBatchBytes, AppendOrigin.Replication);
  });
});

describe('broker-side stamping', () => {
  it('assignOffsets stamps consecutive base offsets and the epoch in place, keeping the CRC valid', async () => {
    const a = encodeRecordBatchUncompressed(sampleRecords(3));
    const b = await encodeRecordBatch(sampleRecords(2, 's'), { compression: Compression.Gzip });
    const buf = Buffer.concat([a, b]);
    expect(assignOffsets(buf, headersOf(buf), 100, 9)).toBe(105);
    expect(readBatchHeader(buf, 0)).toMatchObject({ baseOffset: 100, partitionLeaderEpoch: 9 });
    expect(readBatchHeader(buf, a.length)).toMatchObject({ baseOffset: 103, partitionLeaderEpoch: 9 });
    expect(headersOf(buf)).toHaveLength(2);
    const decoded = await decodeRecordBatches(buf);
    expect(decoded.flatMap((d) => d.records.map((r) => [r.offset, r.leaderEpoch]))).toEqual([
      [100, 9], [101, 9], [102, 9], [103, 9], [104, 9],
    ]);
    expect(decoded.map((d) => [d.baseOffset, d.lastOffset])).toEqual([[100, 102], [103, 104]]);
  });

  it('setMaxTimestamp sets maxTimestamp and the type bit, re-seals the CRC, and readers use it', () => {
    const buf = encodeRecordBatchUncompressed(sampleRecords(3));
    const [batch] = headersOf(buf);
    setMaxTimestamp(buf, batch!, true, 123_456);
    expect(batch?.maxTimestamp).toBe(123_456);
    expect(readBatchHeader(buf, 0).attributes & 0x08).toBe(0x08);
    expect(headersOf(buf, maxBatchBytes, AppendOrigin.Replication)).toHaveLength(1);
    const [decoded] = decodeRecordBatchesUncompressed(buf);
    expect(decoded?.maxTimestamp).toBe(123_456);
    expect(decoded?.records.map((r) => r.timestamp)).toEqual([123_456, 123_456, 123_456]);
    setMaxTimestamp(buf, batch!, false, 10_002);
    expect(readBatchHeader(buf, 0)).toMatchObject({ attributes: 0, maxTimestamp: 10_002 });
    expect(headersOf(buf)).toHaveLength(1);
  });

  it('setMaxTimestamp leaves a batch that already agrees untouched', () => {
    const buf = encodeRecordBatchUncompressed(sampleRecords(3));
    const copy = Buffer.from(buf);
    setMaxTimestamp(buf, headersOf(buf)[0]!, false, 10_002);
    expect(buf.equals(copy)).toBe(true);
  });
});
