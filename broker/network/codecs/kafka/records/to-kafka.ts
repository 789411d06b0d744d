/**
 * Samsa's RecordSet (proto/record.proto) into Kafka's records (DefaultRecord), for Fetch on the
 * Kafka listener. Two passes and no per-record object, as in to-samsa.ts: the first walks each
 * Record message (fields in any order, as protobuf allows; the last key or value wins) and notes
 * where its fields lie and what its Kafka form takes, the second writes Kafka's layout. Offset
 * deltas are copied, so a batch the log cleaner thinned keeps its gaps; header order, null and
 * empty keys, values and header values are kept.
 */
import {
  Reader, tagHeaderKey, tagHeaderValue, tagHeaders, tagKey, tagOffsetDelta, tagRecordSetRecords, tagTimestampDelta, tagValue, unzigzag,
} from '../../../../../proto/records-codec';
import { corruptRecords, uvarintSize, writeUvarint, zigzag } from './kafka-varint';

/** The smallest Record message: its tag and a zero length. */
const samsaRecordBytesMin = 2;

const Slot = { timestampDelta: 0, offsetDelta: 1, keyStart: 2, keyLength: 3, valueStart: 4, valueLength: 5, recordStart: 6, headerCount: 7, bodySize: 8 } as const;
const slotCount = 9;

/** Key and value of one Header message: [keyStart, keyLength, valueStart, valueLength (-1 null)]. */
const header = new Float64Array(4);

function readHeader(r: Reader, end: number): void {
  header[0] = 0;
  header[1] = 0;
  header[2] = 0;
  header[3] = -1;
  while (r.pos < end) {
    const tag = r.varint(end);
    if (tag === tagHeaderKey || tag === tagHeaderValue) {
      const fieldEnd = r.lengthDelimitedEnd(end);
      const i = tag === tagHeaderKey ? 0 : 2;
      header[i] = r.pos;
      header[i + 1] = fieldEnd - r.pos;
      r.pos = fieldEnd;
    } else {
      r.skip(tag & 7, end);
    }
  }
}

/** A Kafka length field's size: zigzag varint, -1 for null. */
function lengthFieldSize(length: number): number {
  return length < 0 ? 1 : uvarintSize(zigzag(length)) + length;
}

/** First pass over one Record message at r.pos..end: fills the slots of record `index`. */
function measureRecord(r: Reader, end: number, index: number, layout: Float64Array): number {
  const at = index * slotCount;
  const recordStart = r.pos;
  let timestampDelta = 0;
  let offsetDelta = 0;
  let keyStart = 0;
  let keyLength = -1;
  let valueStart = 0;
  let valueLength = -1;
  let headerCount = 0;
  let headersSize = 0;
  while (r.pos < end) {
    const tag = r.varint(end);
    if (tag === tagKey || tag === tagValue || tag === tagHeaders) {
      const fieldEnd = r.lengthDelimitedEnd(end);
      if (tag === tagKey) {
        keyStart = r.pos;
        keyLength = fieldEnd - r.pos;
      } else if (tag === tagValue) {
        valueStart = r.pos;
        valueLength = fieldEnd - r.pos;
      } else {
        readHeader(r, fieldEnd);
        headerCount++;
        headersSize += lengthFieldSize(header[1] as number) + lengthFieldSize(header[3] as number);
      }
      r.pos = fieldEnd;
    } else if (tag === tagTimestampDelta) {
      timestampDelta = unzigzag(r.varint(end));
    } else if (tag === tagOffsetDelta) {
      offsetDelta = r.int32(end);
    } else {
      r.skip(tag & 7, end);
    }
  }
  const body = 1 + uvarintSize(zigzag(timestampDelta)) + uvarintSize(zigzag(offsetDelta))
    + lengthFieldSize(keyLength) + lengthFieldSize(valueLength) + uvarintSize(zigzag(headerCount)) + headersSize;
  layout[at + Slot.timestampDelta] = timestampDelta;
  layout[at + Slot.offsetDelta] = offsetDelta;
  layout[at + Slot.keyStart] = keyStart;
  layout[at + Slot.keyLength] = keyLength;
  layout[at + Slot.valueStart] = valueStart;
  layout[at + Slot.valueLength] = valueLength;
  layout[at + Slot.recordStart] = recordStart;
  layout[at + Slot.headerCount] = headerCount;
  layout[at + Slot.bodySize] = body;
  return uvarintSize(zigzag(body)) + body;
}

function writeLengthField(out: Buffer, position: number, src: Buffer, start: number, length: number): number {
  if (length < 0) {
    out[position] = 1; // zigzag(-1)
    return position + 1;
  }
  const pos = writeUvarint(out, position, zigzag(length));
  return pos + src.copy(out, pos, start, start + length);
}

/** Second pass: the Header messages of one record, in order, as Kafka headers. */
function writeHeaders(r: Reader, end: number, out: Buffer, position: number): number {
  let pos = position;
  while (r.pos < end) {
    const tag = r.varint(end);
    if (tag !== tagHeaders) {
      r.skip(tag & 7, end);
      continue;
    }
    const fieldEnd = r.lengthDelimitedEnd(end);
    readHeader(r, fieldEnd);
    r.pos = fieldEnd;
    pos = writeLengthField(out, pos, r.buf, header[0] as number, header[1] as number);
    pos = writeLengthField(out, pos, r.buf, header[2] as number, header[3] as number);
  }
  return pos;
}

function writeRecord(r: Reader, layout: Float64Array, index: number, out: Buffer, position: number, recordEnd: number): number {
  const at = index * slotCount;
  const src = r.buf;
  let pos = writeUvarint(out, position, zigzag(layout[at + Slot.bodySize] as number));
  out[pos++] = 0; // record attributes: unused by Kafka
  pos = writeUvarint(out, pos, zigzag(layout[at + Slot.timestampDelta] as number));
  pos = writeUvarint(out, pos, zigzag(layout[at + Slot.offsetDelta] as number));
  pos = writeLengthField(out, pos, src, layout[at + Slot.keyStart] as number, layout[at + Slot.keyLength] as number);
  pos = writeLengthField(out, pos, src, layout[at + Slot.valueStart] as number, layout[at + Slot.valueLength] as number);
  pos = writeUvarint(out, pos, zigzag(layout[at + Slot.headerCount] as number));
  r.pos = layout[at + Slot.recordStart] as number;
  return writeHeaders(r, recordEnd, out, pos);
}

/** The Samsa RecordSet in src[start, end) as Kafka records at out[reserveFront...]. */
export function samsaRecordsToKafka(src: Buffer, start: number, end: number, recordCount: number, reserveFront: number): Buffer {
  if (recordCount < 0 || recordCount > (end - start) / samsaRecordBytesMin) {
    throw corruptRecords(`recordCount ${recordCount} cannot be the count of ${end - start} bytes of records`);
  }
  const layout = new Float64Array(recordCount * slotCount);
  const recordEnds = new Float64Array(recordCount);
  const r = new Reader(src, start);
  let size = 0;
  let count = 0;
  while (r.pos < end) {
    const tag = r.varint(end);
    if (tag !== tagRecordSetRecords) {
      r.skip(tag & 7, end);
      continue;
    }
    const recordEnd = r.lengthDelimitedEnd(end);
    if (count === recordCount) throw corruptRecords(`more records than the recordCount ${recordCount}`);
    size += measureRecord(r, recordEnd, count, layout);
    recordEnds[count++] = recordEnd;
  }
  if (count !== recordCount) throw corruptRecords(`recordCount ${recordCount} but the batch holds ${count} records`);
  const out = Buffer.allocUnsafe(reserveFront + size);
  let pos = reserveFront;
  for (let i = 0; i < recordCount; i++) pos = writeRecord(r, layout, i, out, pos, recordEnds[i] as number);
  if (pos !== out.length) throw new Error(`converted records take ${pos - reserveFront} bytes, measured ${size}`);
  return out;
}
