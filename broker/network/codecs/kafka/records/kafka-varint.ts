/**
 * Kafka's record-level integers (org.apache.kafka.common.utils.ByteUtils): zigzag varints of at
 * most 5 bytes (int32) and zigzag varlongs of at most 10 bytes (int64), as a bounds-checked
 * cursor for the record converters. Damaged bytes (a varint running past its record, longer than
 * its type, or beyond 2^53) are CORRUPT_MESSAGE, as a batch failing its framing is.
 */
import { ErrorCode, SamsaProtocolError } from '../../../../../proto/errors';

/** A record that failed its checks: Produce v8+ names it in recordErrors (KIP-467). */
export class RecordError extends SamsaProtocolError {
  constructor(cause: SamsaProtocolError, readonly batchIndex: number) {
    super(cause.code, cause.message, { cause });
  }
}

export function corruptRecords(what: string): SamsaProtocolError {
  return new SamsaProtocolError(ErrorCode.CORRUPT_MESSAGE, `records are corrupt: ${what}`);
}

export function invalidRecords(what: string): SamsaProtocolError {
  return new SamsaProtocolError(ErrorCode.INVALID_RECORD, `records are invalid: ${what}`);
}

export class KafkaRecordCursor {
  constructor(
    readonly buf: Buffer,
    public pos: number,
    public end: number,
  ) {}

  int8(): number {
    if (this.pos >= this.end) throw corruptRecords('record ends inside its attributes');
    return this.buf[this.pos++] as number;
  }

  /** A zigzag varint as Kafka's readVarint reads it: at most 5 bytes, an int32 value. */
  varint(): number {
    const buf = this.buf;
    let raw = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (this.pos >= this.end) throw corruptRecords('varint runs past its record');
      const b = buf[this.pos++] as number;
      if (shift === 28 && b > 0x0f) throw corruptRecords('varint overflows an int32');
      raw = (raw | ((b & 0x7f) << shift)) >>> 0;
      if (b < 0x80) return (raw >>> 1) ^ -(raw & 1);
    }
    throw corruptRecords('varint longer than 5 bytes');
  }

  /** A zigzag varlong as a JS number: at most 10 bytes, |value| below 2^53. */
  varlong(): number {
    const buf = this.buf;
    let raw = 0;
    let multiplier = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw corruptRecords('varlong runs past its record');
      const b = buf[this.pos++] as number;
      raw += (b & 0x7f) * multiplier;
      if (b < 0x80) {
        if (raw > Number.MAX_SAFE_INTEGER) throw corruptRecords('varlong beyond 2^53');
        return raw % 2 === 0 ? raw / 2 : -(raw + 1) / 2;
      }
      multiplier *= 0x80;
    }
    throw corruptRecords('varlong longer than 10 bytes');
  }

  /** A length-prefixed field: -1 null, else its start (the cursor moves past its bytes). */
  nullableBytes(what: string): number {
    const length = this.varint();
    if (length === -1) return -1;
    if (length < -1) throw invalidRecords(`${what} length ${length}`);
    if (length > this.end - this.pos) throw corruptRecords(`${what} of ${length} bytes runs past its record`);
    const start = this.pos;
    this.pos += length;
    return start;
  }
}

/** The protobuf records codec's varint writers: Kafka's record varints have the same encoding. */
export { varintSize as uvarintSize, writeVarint as writeUvarint, zigzag } from '../../../../../proto/records-codec';
