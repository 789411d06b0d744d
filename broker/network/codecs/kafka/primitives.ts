/**
 * Kafka's protocol types (org.apache.kafka.common.protocol.types and KIP-482's compact forms):
 * big-endian fixed-width integers, unsigned and zigzag varints, STRING (int16 length) and
 * COMPACT_STRING (unsigned varint length + 1), BYTES (int32) and COMPACT_BYTES, ARRAY (int32
 * count) and COMPACT_ARRAY, UUID, and tagged-field sections. Every read is bounds-checked:
 * a short buffer, an over-long varint or a length that points past the end throws
 * KafkaDecodeError, which the listener turns into a closed connection as Kafka does.
 */
import { readInt64, writeInt64 } from '../../../../proto/batch-header';
import { ErrorCode, SamsaProtocolError } from '../../../../proto/errors';

export class KafkaDecodeError extends SamsaProtocolError {
  constructor(message: string) {
    super(ErrorCode.INVALID_REQUEST, message);
  }
}

/** An unsigned varint carries at most 32 bits: five bytes. */
const uvarintBytesMax = 5;
/** A varlong carries 64 bits: ten bytes. */
const uvarlongBytesMax = 10;

export class KafkaReader {
  position: number;

  constructor(readonly buf: Buffer, start = 0, readonly end = buf.length) {
    this.position = start;
  }

  remaining(): number {
    return this.end - this.position;
  }

  private need(n: number, what: string): void {
    if (n < 0 || this.position + n > this.end) {
      throw new KafkaDecodeError(`${what} needs ${n} bytes at position ${this.position}, only ${this.remaining()} left`);
    }
  }

  int8(): number {
    this.need(1, 'INT8');
    return this.buf.readInt8(this.position++);
  }

  bool(): boolean {
    return this.int8() !== 0;
  }

  int16(): number {
    this.need(2, 'INT16');
    const v = this.buf.readInt16BE(this.position);
    this.position += 2;
    return v;
  }

  uint16(): number {
    this.need(2, 'UINT16');
    const v = this.buf.readUInt16BE(this.position);
    this.position += 2;
    return v;
  }

  int32(): number {
    this.need(4, 'INT32');
    const v = this.buf.readInt32BE(this.position);
    this.position += 4;
    return v;
  }

  uint32(): number {
    this.need(4, 'UINT32');
    const v = this.buf.readUInt32BE(this.position);
    this.position += 4;
    return v;
  }

  /** int64 as a JS number: offsets, timestamps and ids stay below 2^53. */
  int64(): number {
    this.need(8, 'INT64');
    const v = readInt64(this.buf, this.position);
    this.position += 8;
    return v;
  }

  float64(): number {
    this.need(8, 'FLOAT64');
    const v = this.buf.readDoubleBE(this.position);
    this.position += 8;
    return v;
  }

  uuid(): Buffer {
    this.need(16, 'UUID');
    const v = this.buf.subarray(this.position, this.position + 16);
    this.position += 16;
    return v;
  }

  /** Kafka's UNSIGNED_VARINT: 32 bits, at most five bytes. */
  uvarint(): number {
    let value = 0;
    for (let i = 0; i < uvarintBytesMax; i++) {
      this.need(1, 'UNSIGNED_VARINT');
      const b = this.buf[this.position++]!;
      value += (b & 0x7f) * 2 ** (7 * i);
      if ((b & 0x80) === 0) {
        if (value > 0xffffffff) throw new KafkaDecodeError('UNSIGNED_VARINT exceeds 32 bits');
        return value;
      }
    }
    throw new KafkaDecodeError(`UNSIGNED_VARINT longer than ${uvarintBytesMax} bytes`);
  }

  /** Kafka's VARINT (zigzag, 32 bits). */
  varint(): number {
    const raw = this.uvarint();
    return raw % 2 === 0 ? raw / 2 : -(raw + 1) / 2;
  }

  /** Kafka's VARLONG (zigzag, 64 bits) as a JS number; values beyond 2^53 lose precision. */
  varlong(): number {
    let raw = 0;
    for (let i = 0; i < uvarlongBytesMax; i++) {
      this.need(1, 'VARLONG');
      const b = this.buf[this.position++]!;
      raw += (b & 0x7f) * 2 ** (7 * i);
      if ((b & 0x80) === 0) return raw % 2 === 0 ? raw / 2 : -(raw + 1) / 2;
    }
    throw new KafkaDecodeError(`VARLONG longer than ${uvarlongBytesMax} bytes`);
  }

  /** A length-prefixed byte run, as a view into the request (no copy). */
  take(length: number, what: string): Buffer {
    this.need(length, what);
    const v = this.buf.subarray(this.position, this.position + length);
    this.position += length;
    return v;
  }

  /** STRING / NULLABLE_STRING (int16 length) or their compact forms. */
  string(compact: boolean, nullable: boolean): string | null {
    const length = compact ? this.uvarint() - 1 : this.int16();
    if (length < 0) {
      if (!nullable) throw new KafkaDecodeError('null in a non-nullable string field');
      return null;
    }
    return this.take(length, 'STRING').toString('utf8');
  }

  /** BYTES / NULLABLE_BYTES (int32 length) or their compact forms; a view, not a copy. */
  bytes(compact: boolean, nullable: boolean): Buffer | null {
    const length = compact ? this.uvarint() - 1 : this.int32();
    if (length < 0) {
      if (!nullable) throw new KafkaDecodeError('null in a non-nullable bytes field');
      return null;
    }
    return this.take(length, 'BYTES');
  }

  /**
   * An array's element count (-1 for null). Every element takes at least one byte, so a count
   * above the bytes left cannot be honest: refusing it bounds what a lying count can allocate.
   */
  arrayLength(compact: boolean, nullable: boolean): number {
    const count = compact ? this.uvarint() - 1 : this.int32();
    if (count < 0) {
      if (!nullable) throw new KafkaDecodeError('null in a non-nullable array field');
      return -1;
    }
    if (count > this.remaining()) throw new KafkaDecodeError(`array count ${count} exceeds the ${this.remaining()} bytes left`);
    return count;
  }

  /** A tagged-field section: calls `onField` for each tag with a reader over its bytes. */
  taggedFields(onField?: (tag: number, field: KafkaReader) => void): void {
    const count = this.uvarint();
    if (count > this.remaining()) throw new KafkaDecodeError(`tagged field count ${count} exceeds the ${this.remaining()} bytes left`);
    let previousTag = -1;
    for (let i = 0; i < count; i++) {
      const tag = this.uvarint();
      if (tag <= previousTag) throw new KafkaDecodeError(`tagged fields out of order (tag ${tag} after ${previousTag})`);
      previousTag = tag;
      const size = this.uvarint();
      const body = this.take(size, 'tagged field');
      onField?.(tag, new KafkaReader(body));
    }
  }
}

/** A growable big-endian writer; `finish` returns one buffer. */
export class KafkaWriter {
  private buf: Buffer;
  position: number;

  constructor(initialBytes = 256, reserveFront = 0) {
    this.buf = Buffer.allocUnsafe(Math.max(initialBytes, reserveFront + 16));
    this.position = reserveFront;
  }

  private ensure(n: number): void {
    if (this.position + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.position + n) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.position);
    this.buf = next;
  }

  int8(v: number): this {
    this.ensure(1);
    this.buf.writeInt8(v, this.position);
    this.position += 1;
    return this;
  }

  bool(v: boolean): this {
    return this.int8(v ? 1 : 0);
  }

  int16(v: number): this {
    this.ensure(2);
    this.buf.writeInt16BE(v, this.position);
    this.position += 2;
    return this;
  }

  uint16(v: number): this {
    this.ensure(2);
    this.buf.writeUInt16BE(v, this.position);
    this.position += 2;
    return this;
  }

  int32(v: number): this {
    this.ensure(4);
    this.buf.writeInt32BE(v, this.position);
    this.position += 4;
    return this;
  }

  uint32(v: number): this {
    this.ensure(4);
    this.buf.writeUInt32BE(v, this.position);
    this.position += 4;
    return this;
  }

  int64(v: number): this {
    this.ensure(8);
    writeInt64(this.buf, this.position, v);
    this.position += 8;
    return this;
  }

  float64(v: number): this {
    this.ensure(8);
    this.buf.writeDoubleBE(v, this.position);
    this.position += 8;
    return this;
  }

  uvarint(v: number): this {
    this.ensure(uvarlongBytesMax);
    let value = v;
    while (value >= 0x80) {
      this.buf[this.position++] = (value % 0x80) | 0x80;
      value = Math.floor(value / 0x80);
    }
    this.buf[this.position++] = value;
    return this;
  }

  varint(v: number): this {
    return this.uvarint(v >= 0 ? v * 2 : -v * 2 - 1);
  }

  varlong(v: number): this {
    return this.uvarint(v >= 0 ? v * 2 : -v * 2 - 1);
  }

  raw(bytes: Uint8Array): this {
    this.ensure(bytes.length);
    this.buf.set(bytes, this.position);
    this.position += bytes.length;
    return this;
  }

  string(v: string | null, compact: boolean): this {
    if (v === null) return compact ? this.uvarint(0) : this.int16(-1);
    const length = Buffer.byteLength(v, 'utf8');
    if (compact) this.uvarint(length + 1);
    else this.int16(length);
    this.ensure(length);
    this.position += this.buf.write(v, this.position, 'utf8');
    return this;
  }

  bytes(v: Uint8Array | null, compact: boolean): this {
    if (v === null) return compact ? this.uvarint(0) : this.int32(-1);
    if (compact) this.uvarint(v.length + 1);
    else this.int32(v.length);
    return this.raw(v);
  }

  arrayLength(count: number | null, compact: boolean): this {
    if (count === null) return compact ? this.uvarint(0) : this.int32(-1);
    return compact ? this.uvarint(count + 1) : this.int32(count);
  }

  /** The buffer written so far (a view). */
  finish(): Buffer {
    return this.buf.subarray(0, this.position);
  }

  /** Writes the int32 length of everything after the first four bytes into them (a frame). */
  finishFrame(): Buffer {
    this.buf.writeInt32BE(this.position - 4, 0);
    return this.finish();
  }
}
