/**
 * Test-only builders for record batches: a valid 61-byte v2 header, a RecordSet of exactly
 * `payloadBytes` bytes holding `recordCount` records whose values are filled with `fill` (so
 * batches can be told apart and sized exactly), and a correct CRC-32C. The last record's
 * timestamp is maxTimestamp, the others' firstTimestamp, so the batch passes the log validator.
 */
import { crc32c } from '@node-rs/crc32';
import { BatchField, batchCrcStart, batchHeaderBytes, batchLogOverheadBytes, batchMagic, batchSizeAt, writeInt64 } from '../../proto/batch-header';

export interface TestBatchOptions {
  baseOffset?: number;
  recordCount?: number;
  leaderEpoch?: number;
  firstTimestamp?: number;
  maxTimestamp?: number;
  payloadBytes?: number;
  /** Byte the values are filled with, to tell batches apart. */
  fill?: number;
  /** Attribute bits (compression must stay 0: the payload is written uncompressed). */
  attributes?: number;
  producerId?: number;
  producerEpoch?: number;
  baseSequence?: number;
}

function varintBytes(value: number): number {
  let n = 1;
  for (let v = value; v >= 0x80; v = Math.floor(v / 0x80)) n++;
  return n;
}

function writeVarint(buf: Buffer, position: number, value: number): number {
  let pos = position;
  let v = value;
  while (v >= 0x80) {
    buf[pos++] = (v % 0x80) | 0x80;
    v = Math.floor(v / 0x80);
  }
  buf[pos++] = v;
  return pos;
}

/** A record's fields before its value: timestamp delta (when not 0), offset delta (when not 0). */
function recordPrefixBytes(index: number, timestampDelta: number): number {
  const zigzag = timestampDelta >= 0 ? timestampDelta * 2 : -timestampDelta * 2 - 1;
  return (timestampDelta !== 0 ? 1 + varintBytes(zigzag) : 0) + (index !== 0 ? 1 + varintBytes(index) : 0);
}

function recordBytes(index: number, timestampDelta: number, valueBytes: number): number {
  const body = recordPrefixBytes(index, timestampDelta) + 1 + varintBytes(valueBytes) + valueBytes;
  return 1 + varintBytes(body) + body;
}

/** Value sizes that make the RecordSet exactly `payloadBytes` long. */
function valueSizes(recordCount: number, payloadBytes: number, timestampDelta: (i: number) => number): number[] {
  const sizes = new Array<number>(recordCount).fill(0);
  const total = (): number => sizes.reduce((sum, v, i) => sum + recordBytes(i, timestampDelta(i), v), 0);
  const spare = payloadBytes - total();
  if (spare < 0) throw new RangeError(`${recordCount} records need more than ${payloadBytes} bytes`);
  const each = Math.floor(spare / recordCount);
  sizes.fill(each);
  // Length prefixes grow with the values: settle the difference on the last record.
  for (let attempt = 0; attempt < 8 && total() !== payloadBytes; attempt++) {
    const last = recordCount - 1;
    sizes[last] = Math.max(0, (sizes[last] as number) + payloadBytes - total());
  }
  if (total() !== payloadBytes) throw new RangeError(`cannot lay out ${recordCount} records in exactly ${payloadBytes} bytes`);
  return sizes;
}

function writeRecords(buf: Buffer, recordCount: number, sizes: number[], timestampDelta: (i: number) => number, fill: number): void {
  let pos = batchHeaderBytes;
  for (let i = 0; i < recordCount; i++) {
    const valueBytes = sizes[i] as number;
    const delta = timestampDelta(i);
    const body = recordPrefixBytes(i, delta) + 1 + varintBytes(valueBytes) + valueBytes;
    buf[pos++] = 0x0a;
    pos = writeVarint(buf, pos, body);
    if (delta !== 0) {
      buf[pos++] = 0x08;
      pos = writeVarint(buf, pos, delta >= 0 ? delta * 2 : -delta * 2 - 1);
    }
    if (i !== 0) {
      buf[pos++] = 0x10;
      pos = writeVarint(buf, pos, i);
    }
    buf[pos++] = 0x22;
    pos = writeVarint(buf, pos, valueBytes);
    buf.fill(fill, pos, pos + valueBytes);
    pos += valueBytes;
  }
}

export function buildBatch(opts: TestBatchOptions = {}): Buffer {
  const recordCount = opts.recordCount ?? 1;
  const payloadBytes = opts.payloadBytes ?? 100;
  const firstTimestamp = opts.firstTimestamp ?? 1_000;
  const maxTimestamp = opts.maxTimestamp ?? firstTimestamp;
  const timestampDelta = (i: number): number => (i === recordCount - 1 ? maxTimestamp - firstTimestamp : 0);
  const buf = Buffer.alloc(batchHeaderBytes + payloadBytes);
  writeRecords(buf, recordCount, valueSizes(recordCount, payloadBytes, timestampDelta), timestampDelta, opts.fill ?? 0x61);
  writeInt64(buf, BatchField.baseOffset, opts.baseOffset ?? 0);
  buf.writeInt32BE(buf.length - batchLogOverheadBytes, BatchField.batchLength);
  buf.writeInt32BE(opts.leaderEpoch ?? 0, BatchField.partitionLeaderEpoch);
  buf.writeInt8(batchMagic, BatchField.magic);
  buf.writeInt16BE(opts.attributes ?? 0, BatchField.attributes);
  buf.writeInt32BE(recordCount - 1, BatchField.lastOffsetDelta);
  writeInt64(buf, BatchField.firstTimestamp, firstTimestamp);
  writeInt64(buf, BatchField.maxTimestamp, maxTimestamp);
  writeInt64(buf, BatchField.producerId, opts.producerId ?? -1);
  buf.writeInt16BE(opts.producerEpoch ?? -1, BatchField.producerEpoch);
  buf.writeInt32BE(opts.baseSequence ?? -1, BatchField.baseSequence);
  buf.writeInt32BE(recordCount, BatchField.recordCount);
  resealBatch(buf);
  return buf;
}

/** Recomputes the CRC of the single batch `buf` after a test edited it. */
export function resealBatch(buf: Buffer): void {
  buf.writeUInt32BE(crc32c(buf.subarray(batchCrcStart)), BatchField.crc);
}

/** What the leader's offset assignment does, without validation (for fakes): offsets and epoch in place. */
export function stampOffsets(records: Buffer, firstOffset: number, leaderEpoch: number): void {
  let position = 0;
  let next = firstOffset;
  while (position < records.length) {
    writeInt64(records, position + BatchField.baseOffset, next);
    records.writeInt32BE(leaderEpoch, position + BatchField.partitionLeaderEpoch);
    next += records.readInt32BE(position + BatchField.lastOffsetDelta) + 1;
    position += batchSizeAt(records, position);
  }
}

/** Leader-append options (`_records` kept so call sites read as the append they configure). */
export function asLeader(_records: Buffer, leaderEpoch = 0, nowMs = 1_000): { leaderEpoch: number; nowMs: number } {
  return { leaderEpoch, nowMs };
}

/** Base offsets of every batch in `records`, in order. */
export function baseOffsetsOf(records: Buffer): number[] {
  const offsets: number[] = [];
  let position = 0;
  while (position < records.length) {
    offsets.push(records.readInt32BE(position) * 4294967296 + records.readUInt32BE(position + 4));
    position += batchSizeAt(records, position);
  }
  return offsets;
}
