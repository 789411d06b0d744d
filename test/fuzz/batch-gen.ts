/**
 * Record batches whose header and records disagree in every way we could think of (defect 2 of
 * issue 8: a broker that trusts the header stores them). Each case builds a records section and
 * a header from a seeded Rng, then lies in one place, keeping the CRC valid unless the case is
 * about the CRC, so that only a broker that walks the records can tell.
 */

import { gzipSync } from 'node:zlib';
import { crc32c } from '@node-rs/crc32';
import {
  BatchField,
  Compression,
  batchCrcStart,
  batchHeaderBytes,
  batchLogOverheadBytes,
  batchMagic,
  controlBit,
  timestampTypeLogAppendTimeBit,
  transactionalBit,
  writeInt64,
} from '../../proto/batch-header';
import { samsa } from '../../proto/frame';
import { type Rng, int32Max } from './rng';

export interface FuzzRecord {
  timestampDelta: number;
  offsetDelta: number;
  key: Buffer | null;
  value: Buffer | null;
}

export interface BatchSpec {
  records: FuzzRecord[];
  /** The records section as sent; defaults to the encoded `records`, compressed by `codec`. */
  section?: Buffer;
  codec: number;
  extraAttributes: number;
  recordCount: number;
  lastOffsetDelta: number;
  firstTimestamp: number;
  maxTimestamp: number;
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  magic: number;
}

/** Bytes of zeros behind the gzip "bomb" case: beyond the 64 MiB a reader expands by default. */
const gzipBombExpandedBytes = 80 * 1024 * 1024;
/** Keeps values small enough that 100,000 frames stay cheap to build and send. */
const recordValueBytesMax = 512;
const recordsPerBatchMax = 12;

let gzipBomb: Buffer | undefined;

export function encodeRecords(records: readonly FuzzRecord[]): Buffer {
  const message = {
    records: records.map((r) => ({
      timestampDelta: r.timestampDelta,
      offsetDelta: r.offsetDelta,
      ...(r.key !== null ? { key: r.key } : {}),
      ...(r.value !== null ? { value: r.value } : {}),
    })),
  };
  return Buffer.from(samsa.v1.RecordSet.encode(message).finish());
}

/** Writes a batch (header + section) with a CRC over what is there. */
export function assembleBatch(spec: BatchSpec): Buffer {
  const plain = spec.section ?? encodeRecords(spec.records);
  const section = spec.section === undefined && spec.codec === Compression.Gzip ? gzipSync(plain) : plain;
  const buf = Buffer.alloc(batchHeaderBytes + section.length);
  section.copy(buf, batchHeaderBytes);
  writeInt64(buf, BatchField.baseOffset, 0);
  buf.writeInt32BE(buf.length - batchLogOverheadBytes, BatchField.batchLength);
  buf.writeInt32BE(-1, BatchField.partitionLeaderEpoch);
  buf.writeInt8(spec.magic, BatchField.magic);
  buf.writeInt16BE(((spec.codec & 0x07) | spec.extraAttributes) << 16 >> 16, BatchField.attributes);
  buf.writeInt32BE(spec.lastOffsetDelta | 0, BatchField.lastOffsetDelta);
  writeInt64(buf, BatchField.firstTimestamp, spec.firstTimestamp);
  writeInt64(buf, BatchField.maxTimestamp, spec.maxTimestamp);
  writeInt64(buf, BatchField.producerId, spec.producerId);
  buf.writeInt16BE(spec.producerEpoch, BatchField.producerEpoch);
  buf.writeInt32BE(spec.baseSequence | 0, BatchField.baseSequence);
  buf.writeInt32BE(spec.recordCount | 0, BatchField.recordCount);
  fixCrc(buf);
  return buf;
}

/**
 * Identifies a sent batch in the log: a CRC-32C of everything from producerId on, which a
 * broker never rewrites (it stamps baseOffset and the leader epoch, and on LogAppendTime
 * topics the attributes, maxTimestamp and so the CRC).
 */
export function batchFingerprint(buf: Buffer, position: number, sizeBytes: number): number {
  return crc32c(buf.subarray(position + BatchField.producerId, Math.min(buf.length, position + sizeBytes)));
}

export function fixCrc(batch: Buffer): void {
  batch.writeUInt32BE(crc32c(batch.subarray(batchCrcStart)), BatchField.crc);
}

function randomRecords(rng: Rng, count: number): FuzzRecord[] {
  const records: FuzzRecord[] = [];
  let timestampDelta = 0;
  for (let i = 0; i < count; i++) {
    timestampDelta += rng.below(3);
    records.push({
      timestampDelta,
      offsetDelta: i,
      key: rng.chance(0.5) ? rng.bytes(rng.below(16)) : null,
      value: rng.chance(0.9) ? rng.bytes(rng.below(recordValueBytesMax)) : null,
    });
  }
  return records;
}

/** A valid spec: the header says exactly what the records are. */
export function validSpec(rng: Rng, nowMs: number, count = rng.between(1, recordsPerBatchMax)): BatchSpec {
  const records = randomRecords(rng, count);
  const maxDelta = Math.max(...records.map((r) => r.timestampDelta));
  return {
    records,
    codec: Compression.None,
    extraAttributes: 0,
    recordCount: count,
    lastOffsetDelta: count - 1,
    firstTimestamp: nowMs,
    maxTimestamp: nowMs + maxDelta,
    producerId: -1,
    producerEpoch: -1,
    baseSequence: -1,
    magic: batchMagic,
  };
}

/** Header count disagrees with the records while lastOffsetDelta agrees with the header. */
function countLies(spec: BatchSpec, count: number): Buffer {
  return assembleBatch({ ...spec, recordCount: count, lastOffsetDelta: count - 1 });
}

function withSection(spec: BatchSpec, section: Buffer): Buffer {
  return assembleBatch({ ...spec, section });
}

function mapDeltas(spec: BatchSpec, delta: (i: number) => number): Buffer {
  return assembleBatch({ ...spec, records: spec.records.map((r, i) => ({ ...r, offsetDelta: delta(i) })) });
}

type CaseBuilder = (rng: Rng, spec: BatchSpec) => Buffer;

/**
 * Every case, by name. A case whose name starts with `valid` must be stored as is (or, on a
 * LogAppendTime topic, with the broker's time); every other one must be refused or repaired.
 */
export const batchCases: Readonly<Record<string, CaseBuilder>> = {
  'valid': (_rng, spec) => assembleBatch(spec),
  'valid-gzip': (_rng, spec) => assembleBatch({ ...spec, codec: Compression.Gzip }),
  'valid-producer-edges': (rng, spec) =>
    assembleBatch({ ...spec, producerId: rng.pick([0, 1, 2 ** 53 - 1]), producerEpoch: rng.pick([0, 1, 32767]), baseSequence: rng.pick([0, 1, int32Max]) }),
  'count-higher': (rng, spec) => countLies(spec, spec.recordCount + rng.between(1, 5)),
  'count-lower': (rng, spec) => countLies({ ...spec, ...moreRecords(rng, spec) }, 1),
  'count-zero': (_rng, spec) => countLies(spec, 0),
  'count-negative': (rng, spec) => countLies(spec, rng.pick([-1, -2, -0x80000000])),
  'count-huge': (rng, spec) => countLies(spec, rng.pick([int32Max, 2 ** 30, 65536])),
  'last-offset-delta-lies': (rng, spec) => assembleBatch({ ...spec, lastOffsetDelta: spec.lastOffsetDelta + rng.pick([1, -1, 1000, int32Max]) }),
  'offset-deltas-duplicate': (rng, spec) => mapDeltas({ ...spec, ...moreRecords(rng, spec) }, () => 0),
  'offset-deltas-gap': (_rng, spec) => mapDeltas(spec, (i) => i * 2 + 1),
  'offset-deltas-reversed': (rng, spec) => {
    const longer = { ...spec, ...moreRecords(rng, spec) };
    return mapDeltas(longer, (i) => longer.recordCount - 1 - i);
  },
  'offset-deltas-negative': (_rng, spec) => mapDeltas(spec, (i) => -i - 1),
  'garbage-records': (rng, spec) => withSection(spec, rng.bytes(rng.between(1, 256))),
  'empty-records': (_rng, spec) => withSection(spec, Buffer.alloc(0)),
  'trailing-bytes-in-batch': (rng, spec) => withSection(spec, Buffer.concat([encodeRecords(spec.records), rng.bytes(rng.between(1, 16))])),
  'truncated-records': (rng, spec) => {
    const section = encodeRecords(spec.records);
    return withSection(spec, section.subarray(0, rng.below(section.length)));
  },
  'truncated-batch': (rng, spec) => {
    const batch = assembleBatch(spec);
    return batch.subarray(0, rng.between(batchHeaderBytes - 20, batch.length - 1));
  },
  'trailing-bytes-after-batch': (rng, spec) => Buffer.concat([assembleBatch(spec), rng.bytes(rng.between(1, 70))]),
  'batch-length-lies': (rng, spec) => {
    const batch = assembleBatch(spec);
    batch.writeInt32BE(rng.pick([0, -1, 1, 48, 49, batch.length, batch.length - 13, int32Max]), BatchField.batchLength);
    return batch;
  },
  'bad-crc': (_rng, spec) => {
    const batch = assembleBatch(spec);
    batch.writeUInt32BE((batch.readUInt32BE(BatchField.crc) ^ 1) >>> 0, BatchField.crc);
    return batch;
  },
  'bad-magic': (rng, spec) => assembleBatch({ ...spec, magic: rng.pick([0, 1, 3, -1]) }),
  'compressed-count-lies': (rng, spec) => {
    const count = spec.recordCount + rng.pick([1, -1, 100]);
    return assembleBatch({ ...spec, codec: Compression.Gzip, recordCount: count, lastOffsetDelta: count - 1 });
  },
  'compressed-garbage': (rng, spec) => assembleBatch({ ...spec, codec: rng.pick([1, 3, 4]), section: rng.bytes(rng.between(1, 128)) }),
  'compressed-gzip-of-garbage': (rng, spec) => assembleBatch({ ...spec, codec: Compression.Gzip, section: gzipSync(rng.bytes(64)) }),
  'compressed-codec-mismatch': (rng, spec) =>
    assembleBatch({ ...spec, codec: rng.pick([Compression.Lz4, Compression.Zstd, Compression.Snappy]), section: gzipSync(encodeRecords(spec.records)) }),
  'compressed-bomb': (_rng, spec) => {
    gzipBomb ??= gzipSync(Buffer.alloc(gzipBombExpandedBytes));
    return assembleBatch({ ...spec, codec: Compression.Gzip, section: gzipBomb });
  },
  'unknown-codec': (rng, spec) => assembleBatch({ ...spec, codec: rng.between(5, 7) }),
  'log-append-time-bit': (_rng, spec) => assembleBatch({ ...spec, extraAttributes: timestampTypeLogAppendTimeBit }),
  'transactional-or-control-bit': (rng, spec) => assembleBatch({ ...spec, extraAttributes: rng.pick([transactionalBit, controlBit]) }),
  'max-timestamp-lies': (rng, spec) => assembleBatch({ ...spec, maxTimestamp: spec.maxTimestamp + rng.pick([-1000, 1000, -spec.maxTimestamp - 1]) }),
  'two-batches-second-lies': (_rng, spec) => Buffer.concat([assembleBatch(spec), countLies(spec, spec.recordCount + 1)]),
};

export const batchCaseNames = Object.keys(batchCases);

function moreRecords(rng: Rng, spec: BatchSpec): Pick<BatchSpec, 'records' | 'recordCount' | 'lastOffsetDelta' | 'maxTimestamp'> {
  if (spec.records.length >= 2) return spec;
  const records = [...spec.records, ...randomRecords(rng, 2).map((r, i) => ({ ...r, timestampDelta: 0, offsetDelta: spec.records.length + i }))];
  return { records, recordCount: records.length, lastOffsetDelta: records.length - 1, maxTimestamp: spec.maxTimestamp };
}

export function isValidCase(name: string): boolean {
  return name.startsWith('valid');
}

const caseByRecords = new WeakMap<Buffer, string>();

/** The case a generated records field came from, for reporting what a broker stored. */
export function caseNameOf(records: Buffer): string | undefined {
  return caseByRecords.get(records);
}

/** One random case: its name and the records field bytes. */
export function generateBatch(rng: Rng, nowMs: number, validShare: number): { caseName: string; records: Buffer } {
  const caseName = rng.chance(validShare) ? rng.pick(['valid', 'valid-gzip', 'valid-producer-edges']) : rng.pick(batchCaseNames);
  const builder = batchCases[caseName]!;
  const records = builder(rng, validSpec(rng, nowMs));
  caseByRecords.set(records, caseName);
  return { caseName, records };
}
