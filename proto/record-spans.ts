/**
 * The broker's only walks over a RecordSet (record.proto), for compacted topics: where each record
 * sits, its offset delta, whether it has a key and a value. Nothing is decoded or allocated per
 * record; the wire reader is records-codec.ts's, so malformed input fails there the same way
 * (SamsaProtocolError CORRUPT_MESSAGE).
 */
import { Reader, tagKey, tagOffsetDelta, tagRecordSetRecords, tagValue } from './records-codec';

/**
 * Where one record sits in a RecordSet, for code that keeps or drops records without decoding
 * them: the cleaner copies retained records' bytes (tag and length prefix included) verbatim,
 * so their offset and timestamp deltas stay valid under the original batch header.
 */
export interface RecordSpan {
  /** Position of the record's tag in the buffer. */
  start: number;
  /** Exclusive end of the record. */
  end: number;
  offsetDelta: number;
  /**
   * The key's bytes are buf[keyStart, keyEnd); both -1 when the record has no key (null). An
   * empty key that is present counts as a key: Kafka tells a zero-length key from a null one.
   */
  keyStart: number;
  keyEnd: number;
  /** False for a tombstone (null value). */
  hasValue: boolean;
}

/**
 * Calls `visit` for each record of the RecordSet in buf[start, end), in order, until it returns
 * false. The span object is reused between calls: copy what must outlive the call.
 */
export function forEachRecordSpan(buf: Buffer, start: number, end: number, visit: (span: RecordSpan) => boolean | void): void {
  if (start < 0 || start > end || end > buf.length) throw new RangeError(`record set bounds [${start}, ${end}) outside a ${buf.length}-byte buffer`);
  const reader = new Reader(buf, start);
  const span: RecordSpan = { start: 0, end: 0, offsetDelta: 0, keyStart: -1, keyEnd: -1, hasValue: false };
  while (reader.pos < end) {
    const tagStart = reader.pos;
    const tag = reader.varint(end);
    if (tag !== tagRecordSetRecords) {
      reader.skip(tag & 7, end);
      continue;
    }
    const recordEnd = reader.lengthDelimitedEnd(end);
    span.start = tagStart;
    span.end = recordEnd;
    span.offsetDelta = 0;
    span.keyStart = -1;
    span.keyEnd = -1;
    span.hasValue = false;
    while (reader.pos < recordEnd) {
      const field = reader.varint(recordEnd);
      if (field === tagKey || field === tagValue) {
        const fieldEnd = reader.lengthDelimitedEnd(recordEnd);
        if (field === tagKey) {
          span.keyStart = reader.pos;
          span.keyEnd = fieldEnd;
        } else {
          span.hasValue = true;
        }
        reader.pos = fieldEnd;
      } else if (field === tagOffsetDelta) {
        span.offsetDelta = reader.int32(recordEnd);
      } else {
        reader.skip(field & 7, recordEnd);
      }
    }
    if (visit(span) === false) return;
  }
}

/**
 * The index of the first record in the RecordSet buf[start, end) that has no key, or -1 when
 * every record has one (Kafka's LogValidator refuses keyless records on compacted topics).
 * Records are counted exactly as decodeRecordSet counts them.
 */
export function firstRecordWithoutKey(buf: Buffer, start: number, end: number): number {
  let index = 0;
  let found = -1;
  forEachRecordSpan(buf, start, end, (span) => {
    if (span.keyStart < 0) {
      found = index;
      return false;
    }
    index += 1;
    return true;
  });
  return found;
}
