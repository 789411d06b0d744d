/**
 * Test support: Kafka's v2 record batch written and read the way Kafka's DefaultRecordBatch and
 * DefaultRecord lay it out, independently of the converters (BigInt zigzag, one record at a
 * time), so that converter tests compare against Kafka's format rather than against themselves.
 */
import { crc32c } from '@node-rs/crc32';
import { BatchField, type BatchHeader, Compression, compressionMask, readBatchHeader, writeInt64 } from '../../../../../proto/batch-header';
import { compress, decompress } from '../../../../../proto/compression';

export interface KafkaTestRecord {
  timestampDelta: number;
  offsetDelta: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: Array<[string, Buffer | null]>;
}

export interface KafkaTestBatch {
  header: BatchHeader;
  records: KafkaTestRecord[];
}

function varlong(value: number): Buffer {
  let raw = BigInt.asUintN(64, (BigInt(value) << 1n) ^ (BigInt(value) >> 63n));
  const out: number[] = [];
  while (raw >= 0x80n) {
    out.push(Number(raw & 0x7fn) | 0x80);
    raw >>= 7n;
  }
  out.push(Number(raw));
  return Buffer.from(out);
}

function lengthPrefixed(data: Buffer | null): Buffer {
  return data === null ? varlong(-1) : Buffer.concat([varlong(data.length), data]);
}

export function kafkaRecordBytes(r: KafkaTestRecord, attributes = 0): Buffer {
  const body = Buffer.concat([
    Buffer.from([attributes]), varlong(r.timestampDelta), varlong(r.offsetDelta), lengthPrefixed(r.key), lengthPrefixed(r.value),
    varlong(r.headers.length), ...r.headers.map(([k, v]) => Buffer.concat([lengthPrefixed(Buffer.from(k)), lengthPrefixed(v)])),
  ]);
  return Buffer.concat([varlong(body.length), body]);
}

export interface KafkaTestBatchOptions {
  codec?: Compression;
  baseOffset?: number;
  partitionLeaderEpoch?: number;
  extraAttributes?: number;
  firstTimestamp?: number;
  maxTimestamp?: number;
  producerId?: number;
  producerEpoch?: number;
  baseSequence?: number;
  recordCount?: number;
  lastOffsetDelta?: number;
  /** The records section as sent, instead of the records' own bytes. */
  section?: Buffer;
}

/** A sealed Kafka batch (header, records compressed with `codec`, CRC-32C). */
export async function kafkaBatch(records: KafkaTestRecord[], o: KafkaTestBatchOptions = {}): Promise<Buffer> {
  const codec = o.codec ?? Compression.None;
  const plain = o.section ?? Buffer.concat(records.map((r) => kafkaRecordBytes(r)));
  const section = codec === Compression.None ? plain : await compress(codec, plain);
  const buf = Buffer.alloc(61 + section.length);
  section.copy(buf, 61);
  writeInt64(buf, BatchField.baseOffset, o.baseOffset ?? 0);
  buf.writeInt32BE(buf.length - 12, BatchField.batchLength);
  buf.writeInt32BE(o.partitionLeaderEpoch ?? -1, BatchField.partitionLeaderEpoch);
  buf.writeInt8(2, BatchField.magic);
  buf.writeInt16BE(codec | (o.extraAttributes ?? 0), BatchField.attributes);
  buf.writeInt32BE(o.lastOffsetDelta ?? Math.max(0, ...records.map((r) => r.offsetDelta)), BatchField.lastOffsetDelta);
  writeInt64(buf, BatchField.firstTimestamp, o.firstTimestamp ?? 1_700_000_000_000);
  writeInt64(buf, BatchField.maxTimestamp, o.maxTimestamp ?? (o.firstTimestamp ?? 1_700_000_000_000) + Math.max(0, ...records.map((r) => r.timestampDelta)));
  writeInt64(buf, BatchField.producerId, o.producerId ?? -1);
  buf.writeInt16BE(o.producerEpoch ?? -1, BatchField.producerEpoch);
  buf.writeInt32BE(o.baseSequence ?? -1, BatchField.baseSequence);
  buf.writeInt32BE(o.recordCount ?? records.length, BatchField.recordCount);
  return reseal(buf);
}

export function reseal(batch: Buffer): Buffer {
  batch.writeUInt32BE(crc32c(batch.subarray(BatchField.attributes)), BatchField.crc);
  return batch;
}

class Cursor {
  constructor(readonly buf: Buffer, public pos = 0) {}

  varlong(): number {
    let raw = 0n;
    for (let shift = 0n; ; shift += 7n) {
      const b = this.buf[this.pos++];
      if (b === undefined) throw new Error('varint past the end');
      raw |= BigInt(b & 0x7f) << shift;
      if (b < 0x80) break;
    }
    return Number((raw >> 1n) ^ -(raw & 1n));
  }

  bytes(): Buffer | null {
    const n = this.varlong();
    if (n < 0) return null;
    this.pos += n;
    return this.buf.subarray(this.pos - n, this.pos);
  }
}

/** Reads Kafka batches (every whole one), decompressing and parsing each record. */
export async function readKafkaBatches(buf: Buffer): Promise<KafkaTestBatch[]> {
  const batches: KafkaTestBatch[] = [];
  for (let pos = 0; pos + 61 <= buf.length; ) {
    const header = readBatchHeader(buf, pos);
    const size = 12 + header.batchLength;
    if (crc32c(buf.subarray(pos + BatchField.attributes, pos + size)) !== header.crc) throw new Error(`batch at ${pos}: bad CRC`);
    const codec = (header.attributes & compressionMask) as Compression;
    const section = await decompress(codec, buf.subarray(pos + 61, pos + size), 1 << 30);
    const c = new Cursor(section);
    const records: KafkaTestRecord[] = [];
    for (let i = 0; i < header.recordCount; i++) {
      const length = c.varlong();
      const end = c.pos + length;
      c.pos++; // attributes
      const timestampDelta = c.varlong();
      const offsetDelta = c.varlong();
      const key = c.bytes();
      const value = c.bytes();
      const headers: Array<[string, Buffer | null]> = [];
      for (let h = c.varlong(); h > 0; h--) headers.push([(c.bytes() as Buffer).toString(), c.bytes()]);
      if (c.pos !== end) throw new Error(`record ${i}: length ${length} disagrees with its fields`);
      records.push({ timestampDelta, offsetDelta, key, value, headers });
    }
    if (c.pos !== section.length) throw new Error(`batch at ${pos}: bytes after ${header.recordCount} records`);
    batches.push({ header, records });
    pos += size;
  }
  return batches;
}
