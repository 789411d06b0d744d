/**
 * The protobuf wire encoding, by hand, for the frames that carry record batches (Produce
 * requests, Fetch responses): they are written as a measured outer part plus the batches
 * themselves, so that the batches go to the socket as they are instead of being copied into
 * protobufjs's output buffer. Everything here writes exactly what protobufjs writes for the same
 * value (proto3: implicit presence, negative int32/int64 as ten-byte varints).
 */

/** A field's tag: field number << 3 | wire type. */
export function fieldTag(fieldNumber: number, wireType: 0 | 2): number {
  return (fieldNumber << 3) | wireType;
}

/** Bytes of an unsigned varint. */
export function varintBytes(value: number): number {
  let n = 1;
  for (let v = value; v >= 0x80; v = Math.floor(v / 0x80)) n++;
  return n;
}

/** Bytes of an int32 or int64 field's varint: a negative value is sign-extended to ten bytes. */
export function signedVarintBytes(value: number): number {
  return value < 0 ? 10 : varintBytes(value);
}

/** Bytes of a length-delimited field (tag of one byte, length, body). */
export function delimitedFieldBytes(bodyBytes: number): number {
  return 1 + varintBytes(bodyBytes) + bodyBytes;
}

/** proto3 implicit presence: a field is written unless null or its default (0, '', no bytes). */
export function present<T extends number | string | Uint8Array>(value: T | null | undefined): value is T {
  if (value === null || value === undefined) return false;
  return typeof value === 'number' ? value !== 0 : value.length > 0;
}

const twoTo64 = 1n << 64n;

/** Writes into `buf` from `pos`, which each call moves on. */
export class ProtobufOut {
  pos = 0;
  constructor(readonly buf: Buffer) {}

  varint(value: number): void {
    let v = value;
    while (v >= 0x80) {
      this.buf[this.pos++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.pos++] = v;
  }

  /** An int32 or int64 field's value (a safe integer): negatives in 64-bit two's complement. */
  signedVarint(value: number): void {
    if (value >= 0) {
      this.varint(value);
      return;
    }
    if (value >= -0x80000000) {
      // The low 32 bits as given, then all-ones: byte 5 holds the last 4 low bits and the first
      // 3 bits of the all-ones high word.
      let low = value >>> 0;
      for (let i = 0; i < 4; i++) {
        this.buf[this.pos++] = (low & 0x7f) | 0x80;
        low >>>= 7;
      }
      this.buf[this.pos++] = (low & 0x0f) | 0x70 | 0x80;
      for (let i = 0; i < 4; i++) this.buf[this.pos++] = 0xff;
      this.buf[this.pos++] = 0x01;
      return;
    }
    let v = twoTo64 + BigInt(value);
    for (let i = 0; i < 9; i++) {
      this.buf[this.pos++] = Number(v & 0x7fn) | 0x80;
      v >>= 7n;
    }
    this.buf[this.pos++] = Number(v);
  }

  string(value: string, bytes: number): void {
    this.varint(bytes);
    this.pos += this.buf.write(value, this.pos, bytes, 'utf8');
  }

  bytes(value: Uint8Array): void {
    this.buf.set(value, this.pos);
    this.pos += value.length;
  }
}
