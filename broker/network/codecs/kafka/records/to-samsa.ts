/**
 * Kafka's records (DefaultRecord: length, attributes, timestampDelta, offsetDelta, key, value,
 * headers, with zigzag varints and -1 for null) into Samsa's RecordSet (proto/record.proto),
 * for Produce on the Kafka listener. Two passes and no per-record object: the first parses and
 * checks every record as Kafka's DefaultRecord.readFrom does and notes where its fields lie, the
 * second writes the protobuf into one buffer sized from the first.
 *
 * Bytes that lie are refused before anything is written: a varint or field running past its
 * record or a record past the section is CORRUPT_MESSAGE; a record whose length disagrees with
 * its fields, a negative length, count or offset delta, a null header key, or a recordCount
 * that disagrees with the records is INVALID_RECORD (Kafka's InvalidRecordException, KIP-467).
 * Everything Kafka's record format carries survives except the per-record attributes byte,
 * which Kafka defines as unused and writes as 0.
 */
import {
  tagHeaderKey, tagHeaderValue, tagHeaders, tagKey, tagOffsetDelta, tagRecordSetRecords, tagTimestampDelta, tagValue,
} from '../../../../../proto/records-codec';
import { SamsaProtocolError } from '../../../../../proto/errors';
import { KafkaRecordCursor, RecordError, corruptRecords, invalidRecords, uvarintSize, writeUvarint, zigzag } from './kafka-varint';

/** The smallest Kafka record: a length and six one-byte fields (attributes to header count). */
const kafkaRecordBytesMin = 7;
/** The smallest Kafka header: a key length and a value length. */
const kafkaHeaderBytesMin = 2;

/** Per record, what the first pass found; the second writes from it without parsing again. */
const Slot = { timestampDelta: 0, offsetDelta: 1, keyStart: 2, keyLength: 3, valueStart: 4, valueLength: 5, headersStart: 6, headerCount: 7, bodySize: 8 } as const;
const slotCount = 9;

function headerSize(keyLength: number, valueLength: number): number {
  return (keyLength > 0 ? 1 + uvarintSize(keyLength) + keyLength : 0) + (valueLength >= 0 ? 1 + uvarintSize(valueLength) + valueLength : 0);
}

function fieldSize(length: number): number {
  return length >= 0 ? 1 + uvarintSize(length) + length : 0;
}

/** Parses the headers after a record's header count; returns their protobuf size. */
function measureHeaders(c: KafkaRecordCursor, count: number): number {
  let size = 0;
  for (let h = 0; h < count; h++) {
    const keyStart = c.nullableBytes('header key');
    if (keyStart < 0) throw invalidRecords(`header ${h} has a null key`);
    const keyLength = c.pos - keyStart;
    const valueStart = c.nullableBytes('header value');
    const n = headerSize(keyLength, valueStart < 0 ? -1 : c.pos - valueStart);
    size += 1 + uvarintSize(n) + n;
  }
  return size;
}

/** First pass over record `index` at the cursor: checks it and fills its slots. */
function measureRecord(c: KafkaRecordCursor, index: number, layout: Float64Array): number {
  const length = c.varint();
  if (length < kafkaRecordBytesMin - 1) throw invalidRecords(`record ${index} has length ${length}`);
  const sectionEnd = c.end;
  const recordEnd = c.pos + length;
  if (recordEnd > sectionEnd) throw corruptRecords(`record ${index} of ${length} bytes runs past the records section`);
  c.end = recordEnd;
  c.int8();
  const timestampDelta = c.varlong();
  const offsetDelta = c.varint();
  if (offsetDelta < 0) throw invalidRecords(`record ${index} has offset delta ${offsetDelta}`);
  const keyStart = c.nullableBytes('key');
  const keyLength = keyStart < 0 ? -1 : c.pos - keyStart;
  const valueStart = c.nullableBytes('value');
  const valueLength = valueStart < 0 ? -1 : c.pos - valueStart;
  const headerCount = c.varint();
  if (headerCount < 0 || headerCount > (recordEnd - c.pos) / kafkaHeaderBytesMin) {
    throw invalidRecords(`record ${index} declares ${headerCount} headers in ${recordEnd - c.pos} bytes`);
  }
  const headersStart = c.pos;
  let body = measureHeaders(c, headerCount);
  if (c.pos !== recordEnd) throw invalidRecords(`record ${index} declares ${length} bytes but its fields take ${length - (recordEnd - c.pos)}`);
  c.end = sectionEnd;
  body += (timestampDelta !== 0 ? 1 + uvarintSize(zigzag(timestampDelta)) : 0) + (offsetDelta !== 0 ? 1 + uvarintSize(offsetDelta) : 0);
  body += fieldSize(keyLength) + fieldSize(valueLength);
  const at = index * slotCount;
  layout[at + Slot.timestampDelta] = timestampDelta;
  layout[at + Slot.offsetDelta] = offsetDelta;
  layout[at + Slot.keyStart] = keyStart;
  layout[at + Slot.keyLength] = keyLength;
  layout[at + Slot.valueStart] = valueStart;
  layout[at + Slot.valueLength] = valueLength;
  layout[at + Slot.headersStart] = headersStart;
  layout[at + Slot.headerCount] = headerCount;
  layout[at + Slot.bodySize] = body;
  return 1 + uvarintSize(body) + body;
}

function writeBytesField(out: Buffer, pos: number, tag: number, src: Buffer, start: number, length: number): number {
  out[pos] = tag;
  const at = writeUvarint(out, pos + 1, length);
  return at + src.copy(out, at, start, start + length);
}

/** Second pass: the headers of a checked record as protobuf Header messages. */
function writeHeaders(src: Buffer, c: KafkaRecordCursor, count: number, out: Buffer, position: number): number {
  let pos = position;
  for (let h = 0; h < count; h++) {
    const keyStart = c.nullableBytes('header key');
    const keyLength = c.pos - keyStart;
    const valueStart = c.nullableBytes('header value');
    const valueLength = valueStart < 0 ? -1 : c.pos - valueStart;
    out[pos] = tagHeaders;
    pos = writeUvarint(out, pos + 1, headerSize(keyLength, valueLength));
    if (keyLength > 0) pos = writeBytesField(out, pos, tagHeaderKey, src, keyStart, keyLength);
    if (valueLength >= 0) pos = writeBytesField(out, pos, tagHeaderValue, src, valueStart, valueLength);
  }
  return pos;
}

function writeRecord(src: Buffer, layout: Float64Array, index: number, c: KafkaRecordCursor, out: Buffer, position: number): number {
  const at = index * slotCount;
  out[position] = tagRecordSetRecords;
  let pos = writeUvarint(out, position + 1, layout[at + Slot.bodySize] as number);
  const timestampDelta = layout[at + Slot.timestampDelta] as number;
  if (timestampDelta !== 0) {
    out[pos] = tagTimestampDelta;
    pos = writeUvarint(out, pos + 1, zigzag(timestampDelta));
  }
  const offsetDelta = layout[at + Slot.offsetDelta] as number;
  if (offsetDelta !== 0) {
    out[pos] = tagOffsetDelta;
    pos = writeUvarint(out, pos + 1, offsetDelta);
  }
  const keyLength = layout[at + Slot.keyLength] as number;
  if (keyLength >= 0) pos = writeBytesField(out, pos, tagKey, src, layout[at + Slot.keyStart] as number, keyLength);
  const valueLength = layout[at + Slot.valueLength] as number;
  if (valueLength >= 0) pos = writeBytesField(out, pos, tagValue, src, layout[at + Slot.valueStart] as number, valueLength);
  c.pos = layout[at + Slot.headersStart] as number;
  return writeHeaders(src, c, layout[at + Slot.headerCount] as number, out, pos);
}

/** Kafka records in src[start, end) as a Samsa RecordSet at out[reserveFront...]. */
export function kafkaRecordsToSamsa(src: Buffer, start: number, end: number, recordCount: number, reserveFront: number): Buffer {
  if (recordCount < 0 || recordCount > (end - start) / kafkaRecordBytesMin) {
    throw invalidRecords(`recordCount ${recordCount} cannot be the count of ${end - start} bytes of records`);
  }
  const layout = new Float64Array(recordCount * slotCount);
  const c = new KafkaRecordCursor(src, start, end);
  let size = 0;
  for (let i = 0; i < recordCount; i++) {
    if (c.pos >= end) throw invalidRecords(`recordCount ${recordCount} but the records end after ${i}`);
    try {
      size += measureRecord(c, i, layout);
    } catch (err) {
      throw err instanceof SamsaProtocolError ? new RecordError(err, i) : err;
    }
  }
  if (c.pos !== end) throw invalidRecords(`${end - c.pos} bytes follow the ${recordCount} records the batch declares`);
  const out = Buffer.allocUnsafe(reserveFront + size);
  let pos = reserveFront;
  for (let i = 0; i < recordCount; i++) pos = writeRecord(src, layout, i, c, out, pos);
  if (pos !== out.length) throw new Error(`converted records take ${pos - reserveFront} bytes, measured ${size}`);
  return out;
}
