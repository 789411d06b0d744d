/**
 * Kafka's classic "protocol types" (org.apache.kafka.common.protocol.types) as far as the
 * `__consumer_offsets` schemas and the ConsumerProtocol (subscriptions, assignments) need them: big-endian fixed-width integers, STRING (int16 length +
 * UTF-8), NULLABLE_STRING (length -1 = null), BYTES (int32 length) and ARRAY (int32 count).
 * Records written here are byte-for-byte what a Kafka 2.x coordinator writes.
 */

import { readInt64, writeInt64 } from './batch-header';
import { asBuffer } from './bytes';
import { SamsaError } from './errors';

/** A malformed `__consumer_offsets` key or value: the record is skipped or the load fails loudly. */
export class SchemaError extends SamsaError {
  constructor(message: string) {
    super(message);
  }
}

const int16Max = 0x7fff;

/** Accumulates fields, then concatenates them once. */
export class SchemaWriter {
  private readonly parts: Buffer[] = [];

  int8(value: number): this {
    const b = Buffer.allocUnsafe(1);
    b.writeInt8(value);
    return this.push(b);
  }

  int16(value: number): this {
    const b = Buffer.allocUnsafe(2);
    b.writeInt16BE(value);
    return this.push(b);
  }

  int32(value: number): this {
    const b = Buffer.allocUnsafe(4);
    b.writeInt32BE(value);
    return this.push(b);
  }

  int64(value: number): this {
    const b = Buffer.allocUnsafe(8);
    writeInt64(b, 0, value);
    return this.push(b);
  }

  string(value: string): this {
    const bytes = Buffer.from(value, 'utf8');
    if (bytes.length > int16Max) throw new SchemaError(`string of ${bytes.length} bytes exceeds the STRING limit of ${int16Max}`);
    return this.int16(bytes.length).push(bytes);
  }

  nullableString(value: string | null): this {
    return value === null ? this.int16(-1) : this.string(value);
  }

  bytes(value: Uint8Array): this {
    return this.int32(value.length).push(asBuffer(value));
  }

  nullableBytes(value: Uint8Array | null): this {
    return value === null ? this.int32(-1) : this.bytes(value);
  }

  array<T>(items: readonly T[], writeItem: (writer: this, item: T) => void): this {
    this.int32(items.length);
    for (const item of items) writeItem(this, item);
    return this;
  }

  toBuffer(): Buffer {
    return Buffer.concat(this.parts);
  }

  private push(b: Buffer): this {
    this.parts.push(b);
    return this;
  }
}

/** Reads fields in order; every read is bounds-checked so a truncated record throws SchemaError. */
export class SchemaReader {
  private position = 0;

  constructor(private readonly buf: Buffer) {}

  int8(): number {
    this.require(1);
    const v = this.buf.readInt8(this.position);
    this.position += 1;
    return v;
  }

  int16(): number {
    this.require(2);
    const v = this.buf.readInt16BE(this.position);
    this.position += 2;
    return v;
  }

  int32(): number {
    this.require(4);
    const v = this.buf.readInt32BE(this.position);
    this.position += 4;
    return v;
  }

  int64(): number {
    this.require(8);
    const v = readInt64(this.buf, this.position);
    this.position += 8;
    return v;
  }

  string(): string {
    const s = this.nullableString();
    if (s === null) throw new SchemaError('null in a non-nullable STRING field');
    return s;
  }

  nullableString(): string | null {
    const length = this.int16();
    if (length < 0) return null;
    return this.take(length).toString('utf8');
  }

  bytes(): Buffer {
    const length = this.int32();
    if (length < 0) throw new SchemaError('null in a non-nullable BYTES field');
    // A copy, so that decoded state does not pin the (possibly large) fetched batch in memory.
    return Buffer.from(this.take(length));
  }

  nullableBytes(): Buffer | null {
    const length = this.int32();
    return length < 0 ? null : Buffer.from(this.take(length));
  }

  array<T>(readItem: (reader: this) => T): T[] {
    const count = this.int32();
    if (count < 0) throw new SchemaError('null in a non-nullable ARRAY field');
    // Each item takes at least one byte: a larger count cannot be honest.
    if (count > this.remaining()) throw new SchemaError(`array count ${count} exceeds the ${this.remaining()} bytes left`);
    const items: T[] = [];
    for (let i = 0; i < count; i++) items.push(readItem(this));
    return items;
  }

  remaining(): number {
    return this.buf.length - this.position;
  }

  private take(length: number): Buffer {
    this.require(length);
    const slice = this.buf.subarray(this.position, this.position + length);
    this.position += length;
    return slice;
  }

  private require(length: number): void {
    if (this.position + length > this.buf.length) {
      throw new SchemaError(`truncated: need ${length} bytes at ${this.position}, have ${this.buf.length - this.position}`);
    }
  }
}
