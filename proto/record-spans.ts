/**
 * The broker's walks over a RecordSet (record.proto): the validating walk every appended batch
 * gets (walkRecordSet), and where each record sits for the log cleaner (forEachRecordSpan).
 * Nothing is decoded or allocated per record; the wire reader is records-codec.ts's, so
 * malformed input fails there the same way (SamsaProtocolError CORRUPT_MESSAGE).
 */
import { ErrorCode, SamsaProtocolError } from './errors';
import {
  Reader, tagHeaderKey, tagHeaderValue, tagHeaders, tagKey, tagOffsetDelta, tagRecordSetRecords, tagTimestampDelta, tagValue, unzigzag,
} from './records-codec';

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

/** How a walk checks offset deltas against the records' order. */
export const OffsetDeltas = {
  /** 0, 1, ..., n-1: what a producer writes (Kafka's LogValidator for client appends). */
  contiguous: 0,
  /** Strictly increasing from 0 up: a batch the log cleaner thinned keeps its records' deltas. */
  increasing: 1,
} as const;
export type OffsetDeltas = (typeof OffsetDeltas)[keyof typeof OffsetDeltas];

/** What one walk found; the caller owns the object and may reuse it across batches. */
export interface RecordSetSummary {
  recordCount: number;
  /** The last record's offset delta; -1 without records. */
  lastOffsetDelta: number;
  /** Largest firstTimestamp + timestampDelta; -1 without records. */
  maxTimestamp: number;
  /** Index of the first record whose key is null; -1 when every record has one. */
  firstKeylessRecord: number;
}

export function newRecordSetSummary(): RecordSetSummary {
  return { recordCount: 0, lastOffsetDelta: -1, maxTimestamp: -1, firstKeylessRecord: -1 };
}

function invalid(index: number, what: string): SamsaProtocolError {
  return new SamsaProtocolError(ErrorCode.INVALID_RECORD, `record ${index}: ${what}`);
}

/** Walks one Header message, refusing fields record.proto does not define. */
function walkHeader(reader: Reader, end: number, index: number): void {
  while (reader.pos < end) {
    const tag = reader.varint(end);
    if (tag !== tagHeaderKey && tag !== tagHeaderValue) throw invalid(index, `unexpected field tag ${tag} in a header`);
    reader.pos = reader.lengthDelimitedEnd(end);
  }
}

/**
 * Walks one Record message ending at `end`, leaving the reader there. Returns the offset delta
 * and stores the timestamp delta and key presence in `out` (index 0 and 1), so nothing is
 * allocated per record.
 */
function walkRecord(reader: Reader, end: number, index: number, out: Float64Array): number {
  const buf = reader.buf;
  let offsetDelta = 0;
  let timestampDelta = 0;
  let hasKey = 0;
  while (reader.pos < end) {
    const first = buf[reader.pos] as number;
    const tag = first < 0x80 ? first : reader.varint(end);
    if (first < 0x80) reader.pos++;
    if (tag === tagValue || tag === tagKey) {
      if (tag === tagKey) hasKey = 1;
      reader.pos = reader.lengthDelimitedEnd(end);
    } else if (tag === tagOffsetDelta) {
      offsetDelta = reader.int32(end);
    } else if (tag === tagTimestampDelta) {
      timestampDelta = unzigzag(reader.varint(end));
    } else if (tag === tagHeaders) {
      const headerEnd = reader.lengthDelimitedEnd(end);
      walkHeader(reader, headerEnd, index);
    } else {
      throw invalid(index, `unexpected field tag ${tag}`);
    }
  }
  out[0] = timestampDelta;
  out[1] = hasKey;
  return offsetDelta;
}

const scratch = new Float64Array(2);

/**
 * The broker's check of a records section against its batch header (Kafka's LogValidator walk,
 * without building records): every byte of buf[start, end) must belong to a Record message of
 * record.proto (no other field, no trailing bytes, no length running past its message), and
 * offset deltas must follow `deltas`. Fills `out`; throws SamsaProtocolError INVALID_RECORD
 * naming the record (or CORRUPT_MESSAGE from the wire reader) on the first violation.
 */
export function walkRecordSet(
  buf: Buffer, start: number, end: number, firstTimestamp: number, deltas: OffsetDeltas, out: RecordSetSummary,
): void {
  if (start < 0 || start > end || end > buf.length) throw new RangeError(`record set bounds [${start}, ${end}) outside a ${buf.length}-byte buffer`);
  const reader = new Reader(buf, start);
  let count = 0;
  let lastDelta = -1;
  let maxTimestamp = -1;
  let firstKeyless = -1;
  while (reader.pos < end) {
    if (buf[reader.pos] !== tagRecordSetRecords) throw invalid(count, `byte ${reader.pos - start} of the records section is not the start of a record`);
    reader.pos++;
    const recordEnd = reader.lengthDelimitedEnd(end);
    const offsetDelta = walkRecord(reader, recordEnd, count, scratch);
    if (deltas === OffsetDeltas.contiguous ? offsetDelta !== count : offsetDelta <= lastDelta) {
      throw invalid(count, `offset delta ${offsetDelta} out of order (${deltas === OffsetDeltas.contiguous ? `expected ${count}` : `previous ${lastDelta}`})`);
    }
    lastDelta = offsetDelta;
    const timestamp = firstTimestamp + (scratch[0] as number);
    if (timestamp > maxTimestamp) maxTimestamp = timestamp;
    if (firstKeyless < 0 && scratch[1] === 0) firstKeyless = count;
    count++;
  }
  out.recordCount = count;
  out.lastOffsetDelta = lastDelta;
  out.maxTimestamp = maxTimestamp;
  out.firstKeylessRecord = firstKeyless;
}
