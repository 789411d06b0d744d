/**
 * A hand-written codec for the records section of a batch, `samsa.v1.RecordSet` in
 * record.proto, byte-compatible with the protobufjs code generated from it:
 *
 *   RecordSet { repeated Record records = 1 }
 *   Record    { sint64 timestamp_delta = 1; int32 offset_delta = 2; optional bytes key = 3;
 *               optional bytes value = 4; repeated Header headers = 5 }
 *   Header    { string key = 1; optional bytes value = 2 }
 *
 * Clients run it; brokers walk records sections without decoding them through record-spans.ts,
 * which shares this file's wire reader. The generic protobuf runtime
 * allocates a message object per record and copies every bytes field; this codec writes
 * straight into one buffer sized in a first pass, and decodes keys and values as views into
 * the input, which is what lets a consumer decode millions of records a second.
 *
 * Encoding follows protobufjs: proto3 scalars equal to 0 and empty header keys are omitted;
 * `optional` fields are written whenever present, even when empty, so null and empty stay
 * distinct on the wire.
 */

import { ErrorCode, SamsaProtocolError } from './errors';

export interface RecordHeader {
  key: string;
  value: Buffer | null;
}

export interface ProducerRecord {
  key?: Buffer | string | null;
  value: Buffer | string | null;
  headers?: RecordHeader[] | Record<string, Buffer | string | null>;
  timestamp?: number;
}

/**
 * A decoded record, as Kafka's ConsumerRecord: it names its topic and partition, so the consumer
 * hands the application the decoded object itself (one object per record, no second copy).
 * Records decoded outside a fetch (a broker reading markers) have topic '' and partition -1.
 */
export interface ConsumerRecord {
  topic: string;
  partition: number;
  offset: number;
  timestamp: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: RecordHeader[];
  leaderEpoch: number;
}

export const tagRecordSetRecords = 0x0a; // field 1, length-delimited
export const tagTimestampDelta = 0x08; // field 1, varint
export const tagOffsetDelta = 0x10; // field 2, varint
export const tagKey = 0x1a; // field 3, length-delimited
export const tagValue = 0x22; // field 4, length-delimited
export const tagHeaders = 0x2a; // field 5, length-delimited
export const tagHeaderKey = 0x0a;
export const tagHeaderValue = 0x12;

// ---------------------------------------------------------------------------------------------
// Encoding

/** The first pass's results, reused by the second so that nothing is measured twice. */
export interface RecordSetLayout {
  sizeBytes: number;
  /** Each Record message's body size, without its tag and length prefix. */
  recordSizes: Int32Array;
  firstTimestamp: number;
  maxTimestamp: number;
}

/** Bytes an unsigned varint takes (values below 2^53); Kafka's record varints share it. */
export function varintSize(value: number): number {
  if (value < 0x80) return 1;
  if (value < 0x4000) return 2;
  if (value < 0x200000) return 3;
  if (value < 0x10000000) return 4;
  let size = 5;
  for (let v = Math.floor(value / 0x800000000); v > 0; v = Math.floor(v / 0x80)) size++;
  return size;
}

/** Values are non-negative integers below 2^53; returns the position after the varint. */
export function writeVarint(buf: Buffer, position: number, value: number): number {
  let v = value;
  let pos = position;
  while (v > 0xffffffff) {
    buf[pos++] = (v % 0x80) | 0x80;
    v = Math.floor(v / 0x80);
  }
  while (v > 0x7f) {
    buf[pos++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  buf[pos++] = v;
  return pos;
}

/** sint64 zigzag for a JS integer: 0, -1, 1, -2 ... map to 0, 1, 2, 3 ... */
export function zigzag(value: number): number {
  return value >= 0 ? value * 2 : -value * 2 - 1;
}

function fieldBytesSize(data: Buffer | string): number {
  return typeof data === 'string' ? Buffer.byteLength(data) : data.length;
}

function writeFieldBytes(buf: Buffer, position: number, tag: number, data: Buffer | string, size: number): number {
  buf[position] = tag;
  let pos = writeVarint(buf, position + 1, size);
  if (typeof data === 'string') pos += buf.write(data, pos);
  else pos += data.copy(buf, pos);
  return pos;
}

function headerSize(key: string, value: Buffer | string | null): number {
  const keyBytes = key.length === 0 ? 0 : Buffer.byteLength(key);
  let size = keyBytes === 0 ? 0 : 1 + varintSize(keyBytes) + keyBytes;
  if (value !== null && value !== undefined) {
    const valueBytes = fieldBytesSize(value);
    size += 1 + varintSize(valueBytes) + valueBytes;
  }
  return size;
}

function writeHeader(buf: Buffer, position: number, key: string, value: Buffer | string | null): number {
  const size = headerSize(key, value);
  buf[position] = tagHeaders;
  let pos = writeVarint(buf, position + 1, size);
  if (key.length > 0) pos = writeFieldBytes(buf, pos, tagHeaderKey, key, Buffer.byteLength(key));
  if (value !== null && value !== undefined) pos = writeFieldBytes(buf, pos, tagHeaderValue, value, fieldBytesSize(value));
  return pos;
}

/** Calls `visit` for each header of either accepted shape, without building an array. */
function forEachHeader(
  headers: NonNullable<ProducerRecord['headers']>,
  visit: (key: string, value: Buffer | string | null) => void,
): void {
  if (Array.isArray(headers)) {
    for (const h of headers) visit(h.key, h.value);
  } else {
    for (const key of Object.keys(headers)) visit(key, headers[key] ?? null);
  }
}

function recordBodySize(record: ProducerRecord, timestampDelta: number, offsetDelta: number): number {
  let size = 0;
  if (timestampDelta !== 0) size += 1 + varintSize(zigzag(timestampDelta));
  if (offsetDelta !== 0) size += 1 + varintSize(offsetDelta);
  const key = record.key;
  if (key !== null && key !== undefined) {
    const n = fieldBytesSize(key);
    size += 1 + varintSize(n) + n;
  }
  const value = record.value;
  if (value !== null && value !== undefined) {
    const n = fieldBytesSize(value);
    size += 1 + varintSize(n) + n;
  }
  if (record.headers !== undefined) {
    forEachHeader(record.headers, (k, v) => {
      const n = headerSize(k, v);
      size += 1 + varintSize(n) + n;
    });
  }
  return size;
}

/** First pass: timestamps (a record without one gets nowMs) and every message size. */
export function measureRecordSet(records: readonly ProducerRecord[], nowMs: number): RecordSetLayout {
  const recordSizes = new Int32Array(records.length);
  const firstTimestamp = records[0]?.timestamp ?? nowMs;
  let maxTimestamp = -1;
  let sizeBytes = 0;
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as ProducerRecord;
    const timestamp = record.timestamp ?? nowMs;
    if (timestamp > maxTimestamp) maxTimestamp = timestamp;
    const bodySize = recordBodySize(record, timestamp - firstTimestamp, i);
    recordSizes[i] = bodySize;
    sizeBytes += 1 + varintSize(bodySize) + bodySize;
  }
  return { sizeBytes, recordSizes, firstTimestamp, maxTimestamp };
}

/** Second pass: writes the RecordSet at `position`; returns the position after it. */
export function writeRecordSet(
  records: readonly ProducerRecord[],
  layout: RecordSetLayout,
  buf: Buffer,
  position: number,
  nowMs: number,
): number {
  let pos = position;
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as ProducerRecord;
    buf[pos] = tagRecordSetRecords;
    pos = writeVarint(buf, pos + 1, layout.recordSizes[i] ?? 0);
    const timestampDelta = (record.timestamp ?? nowMs) - layout.firstTimestamp;
    if (timestampDelta !== 0) {
      buf[pos] = tagTimestampDelta;
      pos = writeVarint(buf, pos + 1, zigzag(timestampDelta));
    }
    if (i !== 0) {
      buf[pos] = tagOffsetDelta;
      pos = writeVarint(buf, pos + 1, i);
    }
    const key = record.key;
    if (key !== null && key !== undefined) pos = writeFieldBytes(buf, pos, tagKey, key, fieldBytesSize(key));
    const value = record.value;
    if (value !== null && value !== undefined) pos = writeFieldBytes(buf, pos, tagValue, value, fieldBytesSize(value));
    if (record.headers !== undefined) {
      forEachHeader(record.headers, (k, v) => {
        pos = writeHeader(buf, pos, k, v);
      });
    }
  }
  return pos;
}

/** Encodes records with offset deltas 0..n-1 into a new buffer. */
export function encodeRecordSet(records: readonly ProducerRecord[], nowMs: number): { data: Buffer; layout: RecordSetLayout } {
  const layout = measureRecordSet(records, nowMs);
  const data = Buffer.allocUnsafe(layout.sizeBytes);
  writeRecordSet(records, layout, data, 0, nowMs);
  return { data, layout };
}

// ---------------------------------------------------------------------------------------------
// Decoding

function truncated(what: string): SamsaProtocolError {
  return new SamsaProtocolError(ErrorCode.CORRUPT_MESSAGE, `record set is corrupt: ${what}`);
}

/**
 * A tiny cursor over the input. The position lives on an object so that helpers can advance
 * it; V8 keeps this monomorphic and allocation-free in the loops below.
 */
export class Reader {
  constructor(
    readonly buf: Buffer,
    public pos: number,
  ) {}

  /** A varint as an exact number (inputs up to 2^53). */
  varint(end: number): number {
    const buf = this.buf;
    if (this.pos >= end) throw truncated('varint runs past its message');
    let b = buf[this.pos++] as number;
    if (b < 0x80) return b;
    let value = b & 0x7f;
    let multiplier = 0x80;
    for (let i = 1; i < 10; i++) {
      if (this.pos >= end) throw truncated('varint runs past its message');
      b = buf[this.pos++] as number;
      value += (b & 0x7f) * multiplier;
      if (b < 0x80) return value;
      multiplier *= 0x80;
    }
    throw truncated('varint longer than 10 bytes');
  }

  /** A varint truncated to int32, as protobuf does for int32 fields (negatives use 10 bytes). */
  int32(end: number): number {
    const buf = this.buf;
    let value = 0;
    for (let shift = 0; shift < 70; shift += 7) {
      if (this.pos >= end) throw truncated('varint runs past its message');
      const b = buf[this.pos++] as number;
      if (shift < 32) value |= (b & 0x7f) << shift;
      if (b < 0x80) return value | 0;
    }
    throw truncated('varint longer than 10 bytes');
  }

  /** The end position of a length-delimited field whose length prefix is next. */
  lengthDelimitedEnd(end: number): number {
    const length = this.varint(end);
    const fieldEnd = this.pos + length;
    if (fieldEnd > end) throw truncated('length-delimited field runs past its message');
    return fieldEnd;
  }

  skip(wireType: number, end: number): void {
    if (wireType === 0) this.varint(end);
    else if (wireType === 1) this.pos += 8;
    else if (wireType === 2) this.pos = this.lengthDelimitedEnd(end);
    else if (wireType === 5) this.pos += 4;
    else throw truncated(`unsupported wire type ${wireType}`);
    if (this.pos > end) throw truncated('field runs past its message');
  }
}

export function unzigzag(value: number): number {
  return value % 2 === 0 ? value / 2 : -(value + 1) / 2;
}

function decodeHeader(reader: Reader, end: number): RecordHeader {
  const buf = reader.buf;
  let key = '';
  let value: Buffer | null = null;
  while (reader.pos < end) {
    const tag = reader.varint(end);
    if (tag === tagHeaderKey) {
      const fieldEnd = reader.lengthDelimitedEnd(end);
      key = buf.toString('utf8', reader.pos, fieldEnd);
      reader.pos = fieldEnd;
    } else if (tag === tagHeaderValue) {
      const fieldEnd = reader.lengthDelimitedEnd(end);
      value = buf.subarray(reader.pos, fieldEnd);
      reader.pos = fieldEnd;
    } else {
      reader.skip(tag & 7, end);
    }
  }
  return { key, value };
}

function decodeRecord(
  reader: Reader,
  end: number,
  topic: string,
  partition: number,
  baseOffset: number,
  firstTimestamp: number,
  logAppendTimeMs: number,
  leaderEpoch: number,
): ConsumerRecord {
  const buf = reader.buf;
  let timestampDelta = 0;
  let offsetDelta = 0;
  let key: Buffer | null = null;
  let value: Buffer | null = null;
  const headers: RecordHeader[] = [];
  while (reader.pos < end) {
    // Every known tag fits in one byte: read it inline, fall back to a varint for others.
    const first = buf[reader.pos] as number;
    const tag = first < 0x80 ? first : reader.varint(end);
    if (first < 0x80) reader.pos++;
    if (tag === tagValue || tag === tagKey) {
      const fieldEnd = reader.lengthDelimitedEnd(end);
      const view = buf.subarray(reader.pos, fieldEnd);
      if (tag === tagValue) value = view;
      else key = view;
      reader.pos = fieldEnd;
    } else if (tag === tagTimestampDelta) {
      timestampDelta = unzigzag(reader.varint(end));
    } else if (tag === tagOffsetDelta) {
      offsetDelta = reader.int32(end);
    } else if (tag === tagHeaders) {
      const fieldEnd = reader.lengthDelimitedEnd(end);
      headers.push(decodeHeader(reader, fieldEnd));
    } else {
      reader.skip(tag & 7, end);
    }
  }
  const timestamp = logAppendTimeMs >= 0 ? logAppendTimeMs : firstTimestamp + timestampDelta;
  return { topic, partition, offset: baseOffset + offsetDelta, timestamp, key, value, headers, leaderEpoch };
}

export interface RecordSetContext {
  baseOffset: number;
  firstTimestamp: number;
  /** A LogAppendTime batch's maxTimestamp, which every record takes; -1 for CreateTime. */
  logAppendTimeMs: number;
  leaderEpoch: number;
  /** The records' topic and partition (ConsumerRecord); '' and -1 when decoded outside a fetch. */
  topic?: string;
  partition?: number;
}

/**
 * Decodes the RecordSet in buf[start, end) and appends its records to `out`. Keys, values and
 * header values are views into `buf`: a caller that keeps them past the buffer's reuse copies.
 */
export function decodeRecordSet(buf: Buffer, start: number, end: number, context: RecordSetContext, out: ConsumerRecord[]): void {
  const reader = new Reader(buf, start);
  const { baseOffset, firstTimestamp, logAppendTimeMs, leaderEpoch } = context;
  const topic = context.topic ?? '';
  const partition = context.partition ?? -1;
  while (reader.pos < end) {
    const tag = reader.varint(end);
    if (tag === tagRecordSetRecords) {
      const recordEnd = reader.lengthDelimitedEnd(end);
      out.push(decodeRecord(reader, recordEnd, topic, partition, baseOffset, firstTimestamp, logAppendTimeMs, leaderEpoch));
      reader.pos = recordEnd;
    } else {
      reader.skip(tag & 7, end);
    }
  }
}
