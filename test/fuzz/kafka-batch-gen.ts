/**
 * Kafka v2 record batches that lie, for the Kafka listener's Produce path: the v2 header (the
 * same 61 bytes Samsa stores, built by batch-gen's assembleBatch) over Kafka's varint records
 * (DefaultRecord: length, attributes, timestampDelta, offsetDelta, key, value, headers), with a
 * lie in one place and the CRC valid unless the case is about the CRC. Every case here must be
 * refused whole by the broker: none is one the broker could repair and store, so a log end
 * offset that moves is a failure.
 */
import { gzipSync } from 'node:zlib';
import { KafkaWriter } from '../../broker/network/codecs/kafka/primitives';
import { BatchField, Compression, batchHeaderBytes, controlBit } from '../../proto/batch-header';
import { type BatchSpec, assembleBatch, validSpec } from './batch-gen';
import { type Rng, int32Max } from './rng';

export interface KafkaFuzzRecord {
  timestampDelta: number;
  offsetDelta: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: Array<[string, Buffer | null]>;
}

/** A varint whose continuation bit never stops within Kafka's 5 (varint) or 10 (varlong) bytes. */
export const overlongVarint = Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
const gzipBombExpandedBytes = 80 * 1024 * 1024;
let gzipBomb: Buffer | undefined;

function writeVarBytes(w: KafkaWriter, b: Buffer | null): void {
  if (b === null) w.varint(-1);
  else w.varint(b.length).raw(b);
}

/** One record's body (everything after its length varint). */
function recordBody(r: KafkaFuzzRecord): Buffer {
  const w = new KafkaWriter(64);
  w.int8(0).varlong(r.timestampDelta).varint(r.offsetDelta);
  writeVarBytes(w, r.key);
  writeVarBytes(w, r.value);
  w.varint(r.headers.length);
  for (const [k, v] of r.headers) {
    writeVarBytes(w, Buffer.from(k));
    writeVarBytes(w, v);
  }
  return Buffer.from(w.finish());
}

function lengthPrefixed(body: Buffer, length = body.length): Buffer {
  return Buffer.concat([Buffer.from(new KafkaWriter(8).varint(length).finish()), body]);
}

export function encodeKafkaRecords(records: readonly KafkaFuzzRecord[]): Buffer {
  return Buffer.concat(records.map((r) => lengthPrefixed(recordBody(r))));
}

function kafkaRecordsOf(spec: BatchSpec, rng: Rng): KafkaFuzzRecord[] {
  return spec.records.map((r) => ({ ...r, headers: rng.chance(0.5) ? [['h', rng.bytes(rng.below(8))]] : [] }));
}

/** The records section with the i-th record's body replaced by `body` (its length prefix kept honest). */
function withRecordBody(records: KafkaFuzzRecord[], index: number, body: Buffer): Buffer {
  return Buffer.concat(records.map((r, i) => lengthPrefixed(i === index ? body : recordBody(r))));
}

type KafkaCase = (rng: Rng, spec: BatchSpec, records: KafkaFuzzRecord[]) => Buffer;

function batch(spec: BatchSpec, section: Buffer, overrides: Partial<BatchSpec> = {}): Buffer {
  return assembleBatch({ ...spec, ...overrides, section });
}

function lyingCount(spec: BatchSpec, records: KafkaFuzzRecord[], count: number): Buffer {
  return batch(spec, encodeKafkaRecords(records), { recordCount: count, lastOffsetDelta: count - 1 });
}

/** Kafka 2.x's LogValidator refuses each of these (CORRUPT_MESSAGE or INVALID_RECORD) or the request fails whole. */
export const kafkaBatchCases: Readonly<Record<string, KafkaCase>> = {
  'bad-crc': (_rng, spec, records) => {
    const b = batch(spec, encodeKafkaRecords(records));
    b.writeUInt32BE((b.readUInt32BE(BatchField.crc) ^ 0x10) >>> 0, BatchField.crc);
    return b;
  },
  'bad-magic': (rng, spec, records) => batch(spec, encodeKafkaRecords(records), { magic: rng.pick([0, 1, 3, -1]) }),
  'count-higher': (rng, spec, records) => lyingCount(spec, records, records.length + rng.between(1, 5)),
  'count-zero': (_rng, spec, records) => lyingCount(spec, records, 0),
  'count-negative': (rng, spec, records) => lyingCount(spec, records, rng.pick([-1, -0x80000000])),
  'count-huge': (rng, spec, records) => lyingCount(spec, records, rng.pick([int32Max, 2 ** 30])),
  'last-offset-delta-lies': (rng, spec, records) => batch(spec, encodeKafkaRecords(records), { lastOffsetDelta: records.length - 1 + rng.pick([1, 1000, int32Max]) }),
  'offset-delta-gap': (_rng, spec, records) => batch(spec, encodeKafkaRecords(records.map((r, i) => ({ ...r, offsetDelta: i * 2 + 1 })))),
  'offset-delta-negative': (_rng, spec, records) => batch(spec, encodeKafkaRecords(records.map((r, i) => ({ ...r, offsetDelta: -i - 1 })))),
  'garbage-records': (rng, spec) => batch(spec, rng.bytes(rng.between(1, 256))),
  'empty-records': (_rng, spec) => batch(spec, Buffer.alloc(0)),
  'trailing-bytes-in-batch': (rng, spec, records) => batch(spec, Buffer.concat([encodeKafkaRecords(records), rng.bytes(rng.between(1, 16))])),
  'truncated-records': (rng, spec, records) => {
    const section = encodeKafkaRecords(records);
    return batch(spec, section.subarray(0, rng.below(section.length)));
  },
  'truncated-batch': (rng, spec, records) => {
    const b = batch(spec, encodeKafkaRecords(records));
    return b.subarray(0, rng.between(batchHeaderBytes - 20, b.length - 1));
  },
  'batch-length-lies': (rng, spec, records) => {
    const b = batch(spec, encodeKafkaRecords(records));
    b.writeInt32BE(rng.pick([0, -1, 1, 48, b.length, b.length - 13, int32Max]), BatchField.batchLength);
    return b;
  },
  'record-length-lies': (rng, spec, records) => {
    const body = recordBody(records[0]!);
    const rest = encodeKafkaRecords(records.slice(1));
    return batch(spec, Buffer.concat([lengthPrefixed(body, body.length + rng.pick([-1, 1, 1000, int32Max, -5])), rest]));
  },
  'record-length-overlong-varint': (_rng, spec, records) => batch(spec, Buffer.concat([overlongVarint, encodeKafkaRecords(records)])),
  'timestamp-delta-overlong-varlong': (_rng, spec, records) => withRecordBodyCase(spec, records, Buffer.concat([Buffer.from([0]), overlongVarint, Buffer.from([0, 1, 0x61, 0])])),
  'key-length-lies': (rng, spec, records) => {
    const w = new KafkaWriter(32);
    w.int8(0).varlong(0).varint(0).varint(rng.pick([-2, 1000, int32Max])).raw(Buffer.from('key'));
    return withRecordBodyCase(spec, records, Buffer.from(w.finish()));
  },
  'header-count-huge': (rng, spec, records) => {
    const w = new KafkaWriter(32);
    w.int8(0).varlong(0).varint(0).varint(-1).varint(1).raw(Buffer.from('v')).varint(rng.pick([int32Max, 2 ** 20, -2]));
    return withRecordBodyCase(spec, records, Buffer.from(w.finish()));
  },
  'header-key-null': (_rng, spec, records) => {
    const w = new KafkaWriter(32);
    w.int8(0).varlong(0).varint(0).varint(-1).varint(1).raw(Buffer.from('v')).varint(1).varint(-1).varint(-1);
    return withRecordBodyCase(spec, records, Buffer.from(w.finish()));
  },
  'compressed-garbage': (rng, spec) => batch(spec, rng.bytes(rng.between(1, 128)), { codec: rng.pick([Compression.Gzip, Compression.Snappy, Compression.Lz4, Compression.Zstd]) }),
  'compressed-gzip-of-garbage': (rng, spec) => batch(spec, gzipSync(rng.bytes(64)), { codec: Compression.Gzip }),
  'compressed-count-lies': (rng, spec, records) => {
    const count = records.length + rng.pick([1, 100]);
    return batch(spec, gzipSync(encodeKafkaRecords(records)), { codec: Compression.Gzip, recordCount: count, lastOffsetDelta: count - 1 });
  },
  'compressed-bomb': (_rng, spec) => {
    gzipBomb ??= gzipSync(Buffer.alloc(gzipBombExpandedBytes));
    return batch(spec, gzipBomb, { codec: Compression.Gzip });
  },
  'unknown-codec': (rng, spec, records) => batch(spec, encodeKafkaRecords(records), { codec: rng.between(5, 7) }),
  'control-bit': (_rng, spec, records) => batch(spec, encodeKafkaRecords(records), { extraAttributes: controlBit }),
  'two-batches-second-lies': (_rng, spec, records) =>
    Buffer.concat([batch(spec, encodeKafkaRecords(records)), lyingCount(spec, records, records.length + 1)]),
};

function withRecordBodyCase(spec: BatchSpec, records: KafkaFuzzRecord[], body: Buffer): Buffer {
  return batch(spec, withRecordBody(records, 0, body), { recordCount: records.length, lastOffsetDelta: records.length - 1 });
}

export const kafkaBatchCaseNames = Object.keys(kafkaBatchCases);

/** One lying batch: its case name and the records field bytes. */
export function generateKafkaBatch(rng: Rng, nowMs: number): { caseName: string; records: Buffer } {
  const caseName = rng.pick(kafkaBatchCaseNames);
  const spec = validSpec(rng, nowMs);
  return { caseName, records: kafkaBatchCases[caseName]!(rng, spec, kafkaRecordsOf(spec, rng)) };
}

/** A batch the broker must accept (for the generator's own test: the lies are the only difference). */
export function validKafkaBatch(rng: Rng, nowMs: number): Buffer {
  const spec = validSpec(rng, nowMs);
  return batch(spec, encodeKafkaRecords(kafkaRecordsOf(spec, rng)));
}
