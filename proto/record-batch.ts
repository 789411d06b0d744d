/**
 * Record batches: Kafka's magic-v2 batch header (batch-header.ts) followed by a protobuf
 * RecordSet (records-codec.ts), compressed as one blob when the attributes name a codec.
 *
 * Three audiences, three paths:
 * - producers encode a batch once (encodeRecordBatch*), CRC-32C over bytes 21..end;
 * - brokers check batch headers and walk the records sections without decoding them
 *   (broker/log/log-validator.ts over record-spans.ts), then stamp offsets and the leader epoch
 *   in place (both outside the CRC: Kafka's LogValidator "in-place assignment" path, which is
 *   why magic v2 moved those fields before the CRC);
 * - consumers decode fetched bytes, ignoring the partial batch a fetch response may end with.
 */

import { crc32c } from '@node-rs/crc32';
import {
  BatchField,
  Compression,
  batchCrcStart,
  batchHeaderBytes,
  batchLogOverheadBytes,
  batchMagic,
  compressionMask,
  controlBit,
  readInt64,
  timestampTypeLogAppendTimeBit,
  transactionalBit,
  writeInt64,
} from './batch-header';
import { compress, compressionNames, decompress } from './compression';
import { ErrorCode, SamsaError, SamsaProtocolError } from './errors';
import {
  type ConsumerRecord,
  type ProducerRecord,
  type RecordSetLayout,
  decodeRecordSet,
  encodeRecordSet,
  measureRecordSet,
  writeRecordSet,
} from './records-codec';

export type { ConsumerRecord, ProducerRecord, RecordHeader } from './records-codec';

/** The smallest legal batchLength: the header after the length field, with no records. */
export const batchLengthMin = batchHeaderBytes - batchLogOverheadBytes;
/** How far a consumer lets one compressed batch expand unless told otherwise. */
export const decompressBytesMaxDefault = 64 * 1024 * 1024;
/** The producer id of a batch from a producer that is not idempotent. */
export const noProducerId = -1;
const noProducerEpoch = -1;
const noSequence = -1;
const noPartitionLeaderEpoch = -1;

export interface EncodeBatchOptions {
  compression?: Compression;
  nowMs?: number;
  producerId?: number;
  producerEpoch?: number;
  baseSequence?: number;
  /** Sets the transactional bit (a transactional producer's batches and markers). */
  isTransactional?: boolean;
  /** Sets the control bit: transaction markers, written only by brokers. */
  isControl?: boolean;
}

function attributesOf(codec: Compression, opts: EncodeBatchOptions): number {
  return codec | (opts.isTransactional === true ? transactionalBit : 0) | (opts.isControl === true ? controlBit : 0);
}

// ---------------------------------------------------------------------------------------------
// Producer side

function assertEncodable(records: readonly ProducerRecord[]): void {
  // Kafka rejects empty batches (recordCount must be >= 1), so never build one.
  if (records.length === 0) throw new RangeError('a record batch needs at least one record');
}

/** Fills the header of a batch whose records section is already in place, then its CRC. */
function writeBatchHeader(buf: Buffer, recordCount: number, attributes: number, layout: RecordSetLayout, opts: EncodeBatchOptions): void {
  writeInt64(buf, BatchField.baseOffset, 0);
  buf.writeInt32BE(buf.length - batchLogOverheadBytes, BatchField.batchLength);
  buf.writeInt32BE(noPartitionLeaderEpoch, BatchField.partitionLeaderEpoch);
  buf.writeInt8(batchMagic, BatchField.magic);
  buf.writeInt16BE(attributes, BatchField.attributes);
  buf.writeInt32BE(recordCount - 1, BatchField.lastOffsetDelta);
  writeInt64(buf, BatchField.firstTimestamp, layout.firstTimestamp);
  writeInt64(buf, BatchField.maxTimestamp, layout.maxTimestamp);
  writeInt64(buf, BatchField.producerId, opts.producerId ?? noProducerId);
  buf.writeInt16BE(opts.producerEpoch ?? noProducerEpoch, BatchField.producerEpoch);
  buf.writeInt32BE(opts.baseSequence ?? noSequence, BatchField.baseSequence);
  buf.writeInt32BE(recordCount, BatchField.recordCount);
  buf.writeUInt32BE(crc32c(buf.subarray(batchCrcStart)), BatchField.crc);
}

/** Synchronous encoding for Compression.None: one allocation, records written in place. */
export function encodeRecordBatchUncompressed(records: ProducerRecord[], opts: EncodeBatchOptions = {}): Buffer {
  assertEncodable(records);
  const nowMs = opts.nowMs ?? Date.now();
  const layout = measureRecordSet(records, nowMs);
  const buf = Buffer.allocUnsafe(batchHeaderBytes + layout.sizeBytes);
  writeRecordSet(records, layout, buf, batchHeaderBytes, nowMs);
  writeBatchHeader(buf, records.length, attributesOf(Compression.None, opts), layout, opts);
  return buf;
}

/**
 * Client side: encode once. baseOffset 0 and partitionLeaderEpoch -1 are placeholders the
 * leader overwrites; producerId/epoch/baseSequence default to -1 (no idempotence).
 */
export async function encodeRecordBatch(records: ProducerRecord[], opts: EncodeBatchOptions = {}): Promise<Buffer> {
  const codec = opts.compression ?? Compression.None;
  if (codec === Compression.None) return encodeRecordBatchUncompressed(records, opts);
  assertEncodable(records);
  const { data, layout } = encodeRecordSet(records, opts.nowMs ?? Date.now());
  const compressed = await compress(codec, data);
  const buf = Buffer.allocUnsafe(batchHeaderBytes + compressed.length);
  compressed.copy(buf, batchHeaderBytes);
  writeBatchHeader(buf, records.length, attributesOf(codec, opts), layout, opts);
  return buf;
}

// ---------------------------------------------------------------------------------------------
// Shared: the CRC check (brokers validate with broker/log/log-validator.ts, consumers below)

/** Whether the CRC-32C of the batch at `position` matches its header. */
export function isBatchCrcValid(buf: Buffer, position: number, sizeBytes: number): boolean {
  const stored = buf.readUInt32BE(position + BatchField.crc);
  return crc32c(buf.subarray(position + batchCrcStart, position + sizeBytes)) === stored;
}

// ---------------------------------------------------------------------------------------------
// Consumer side

export interface DecodedBatch {
  baseOffset: number;
  lastOffset: number;
  partitionLeaderEpoch: number;
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  maxTimestamp: number;
  /** Written by a transactional producer (or a marker): read_committed consumers check it. */
  isTransactional: boolean;
  /** A transaction marker: `records` is empty and `controlType` says which. */
  isControl: boolean;
  /** Control batches only: 0 abort, 1 commit (proto/control-records.ts); -1 otherwise. */
  controlType: number;
  records: ConsumerRecord[];
}

/** The topic and partition decoded records name (ConsumerRecord); '' and -1 when not given. */
export interface RecordOwner {
  topic?: string;
  partition?: number;
}

/** Thrown by the synchronous decoder when a batch needs decompression. */
export class CompressedBatchError extends SamsaError {
  constructor(readonly compression: number) {
    super(`batch is compressed with ${compressionNames[compression] ?? compression}: use decodeRecordBatches`);
  }
}

/**
 * The size of the whole batch at `position`, or -1 when the buffer ends inside it: a fetch
 * response may end with a partial batch (Kafka cuts at partition_max_bytes), which is not an
 * error; the consumer fetches it again from its offset.
 */
function wholeBatchSizeAt(buf: Buffer, position: number): number {
  const remaining = buf.length - position;
  if (remaining < batchHeaderBytes) return -1;
  const batchLength = buf.readInt32BE(position + BatchField.batchLength);
  if (batchLength < batchLengthMin) {
    throw new SamsaProtocolError(ErrorCode.CORRUPT_MESSAGE, `batch at byte ${position}: batchLength ${batchLength} is below ${batchLengthMin}`);
  }
  const sizeBytes = batchLogOverheadBytes + batchLength;
  return sizeBytes > remaining ? -1 : sizeBytes;
}

function checkBatch(buf: Buffer, position: number, sizeBytes: number, verifyCrc: boolean): void {
  const magic = buf.readInt8(position + BatchField.magic);
  if (magic !== batchMagic) {
    throw new SamsaProtocolError(ErrorCode.CORRUPT_MESSAGE, `batch at byte ${position}: magic ${magic}, expected ${batchMagic}`);
  }
  if (verifyCrc && !isBatchCrcValid(buf, position, sizeBytes)) {
    throw new SamsaProtocolError(ErrorCode.CORRUPT_MESSAGE, `batch at byte ${position}: CRC-32C mismatch`);
  }
}

/** Decodes one checked batch whose records section is `records[start, end)`. */
function decodeBatch(buf: Buffer, position: number, records: Buffer, start: number, end: number, owner: RecordOwner): DecodedBatch {
  const attributes = buf.readInt16BE(position + BatchField.attributes);
  const baseOffset = readInt64(buf, position + BatchField.baseOffset);
  const partitionLeaderEpoch = buf.readInt32BE(position + BatchField.partitionLeaderEpoch);
  const maxTimestamp = readInt64(buf, position + BatchField.maxTimestamp);
  const batch: DecodedBatch = {
    baseOffset,
    lastOffset: baseOffset + buf.readInt32BE(position + BatchField.lastOffsetDelta),
    partitionLeaderEpoch,
    producerId: readInt64(buf, position + BatchField.producerId),
    producerEpoch: buf.readInt16BE(position + BatchField.producerEpoch),
    baseSequence: buf.readInt32BE(position + BatchField.baseSequence),
    maxTimestamp,
    isTransactional: (attributes & transactionalBit) !== 0,
    isControl: (attributes & controlBit) !== 0,
    controlType: -1,
    records: [],
  };
  // Control batches (transaction markers) carry no application records; consumers skip them.
  if (batch.isControl) {
    batch.controlType = controlTypeOf(records, start, end, batch);
    return batch;
  }
  const context = {
    baseOffset,
    firstTimestamp: readInt64(buf, position + BatchField.firstTimestamp),
    logAppendTimeMs: attributes & timestampTypeLogAppendTimeBit ? maxTimestamp : -1,
    leaderEpoch: partitionLeaderEpoch,
    topic: owner.topic ?? '',
    partition: owner.partition ?? -1,
  };
  decodeRecordSet(records, start, end, context, batch.records);
  checkDecodedRecords(batch, buf.readInt32BE(position + BatchField.recordCount));
  return batch;
}

/**
 * The marker type of a control batch's one record (proto/control-records.ts key schema), or -1
 * for a control record this client does not know, which it ignores as Kafka's consumer does.
 */
function controlTypeOf(records: Buffer, start: number, end: number, batch: DecodedBatch): number {
  const decoded: ConsumerRecord[] = [];
  decodeRecordSet(records, start, end, { baseOffset: batch.baseOffset, firstTimestamp: batch.maxTimestamp, logAppendTimeMs: -1, leaderEpoch: batch.partitionLeaderEpoch }, decoded);
  const key = decoded[0]?.key ?? null;
  if (key === null || key.length < 4 || key.readInt16BE(0) < 0) return -1;
  const type = key.readInt16BE(2);
  return type === 0 || type === 1 ? type : -1;
}

/**
 * A batch whose records disagree with its header would show a consumer holes or two records at
 * one offset: refuse it rather than guess (Kafka's record iterator checks the count too).
 */
function checkDecodedRecords(batch: DecodedBatch, recordCount: number): void {
  const { records, baseOffset, lastOffset } = batch;
  if (records.length !== recordCount) {
    throw new SamsaProtocolError(ErrorCode.CORRUPT_MESSAGE, `batch at offset ${baseOffset} declares ${recordCount} records but holds ${records.length}`);
  }
  let previous = baseOffset - 1;
  for (const record of records) {
    if (record.offset <= previous || record.offset > lastOffset) {
      throw new SamsaProtocolError(ErrorCode.CORRUPT_MESSAGE, `batch at offset ${baseOffset} holds a record at offset ${record.offset}, outside (${previous}, ${lastOffset}]`);
    }
    previous = record.offset;
  }
}

/** Client side: decodes fetched bytes, decompressing where a batch says so. */
export async function decodeRecordBatches(
  buf: Buffer,
  opts: { verifyCrc?: boolean; decompressBytesMax?: number } & RecordOwner = {},
): Promise<DecodedBatch[]> {
  const verifyCrc = opts.verifyCrc ?? true;
  const decompressBytesMax = opts.decompressBytesMax ?? decompressBytesMaxDefault;
  const batches: DecodedBatch[] = [];
  for (let position = 0; position < buf.length; ) {
    const sizeBytes = wholeBatchSizeAt(buf, position);
    if (sizeBytes < 0) break;
    checkBatch(buf, position, sizeBytes, verifyCrc);
    const codec = buf.readInt16BE(position + BatchField.attributes) & compressionMask;
    const end = position + sizeBytes;
    if (codec === Compression.None) {
      batches.push(decodeBatch(buf, position, buf, position + batchHeaderBytes, end, opts));
    } else {
      const compressed = buf.subarray(position + batchHeaderBytes, end);
      const records = await decompress(codec as Compression, compressed, decompressBytesMax);
      batches.push(decodeBatch(buf, position, records, 0, records.length, opts));
    }
    position = end;
  }
  return batches;
}

/** Synchronous decoding for fetches with no compressed batch (the common fast path). */
export function decodeRecordBatchesUncompressed(buf: Buffer, opts: { verifyCrc?: boolean } & RecordOwner = {}): DecodedBatch[] {
  const verifyCrc = opts.verifyCrc ?? true;
  const batches: DecodedBatch[] = [];
  for (let position = 0; position < buf.length; ) {
    const sizeBytes = wholeBatchSizeAt(buf, position);
    if (sizeBytes < 0) break;
    checkBatch(buf, position, sizeBytes, verifyCrc);
    const codec = buf.readInt16BE(position + BatchField.attributes) & compressionMask;
    if (codec !== Compression.None) throw new CompressedBatchError(codec);
    batches.push(decodeBatch(buf, position, buf, position + batchHeaderBytes, position + sizeBytes, opts));
    position += sizeBytes;
  }
  return batches;
}
