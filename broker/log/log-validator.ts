/**
 * Kafka's LogValidator for Samsa's batches: everything a Log checks before a byte of an append is
 * written, and the offsets, epoch and timestamps it stamps in place once the append has its
 * offsets. Every batch header is checked first; then every batch's records section is walked once (record-spans.ts; a compressed one decompressed once, within a bound) without
 * building records, and what it holds must agree with the header: the record count, offset
 * deltas, framing to the last byte, and, for a producer's batches, key and timestamp rules.
 * A batch that disagrees fails the whole append; nothing is reserved or written for it.
 *
 * Error codes follow Kafka 2.4+ (KIP-467): damaged bytes (sizes, magic, CRC, a stream that does
 * not decompress) are CORRUPT_MESSAGE; well-formed bytes that break a rule (counts, deltas,
 * record framing, keys on compacted topics) are INVALID_RECORD; a producer-set LogAppendTime
 * type is INVALID_TIMESTAMP; a batch over max.message.bytes is MESSAGE_TOO_LARGE.
 */
import { crc32c } from '@node-rs/crc32';
import {
  BatchField, batchCrcStart, batchHeaderBytes, batchLogOverheadBytes, batchMagic, Compression, compressionMask, controlBit,
  readInt64, timestampTypeLogAppendTimeBit, transactionalBit, writeInt64,
} from '../../proto/batch-header';
import { decompress, isCodecSupported, compressionNames } from '../../proto/compression';
import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import { batchLengthMin, decompressBytesMaxDefault, isBatchCrcValid, noProducerId } from '../../proto/record-batch';
import { newRecordSetSummary, OffsetDeltas, type RecordSetSummary, walkRecordSet } from '../../proto/record-spans';
import { baseOffsetAt, type BatchesSummary } from './batches';
import { readEndTxnMarker } from './control-batch';

/** Relative offsets in segment indexes are int32: one append never spans more offsets than this. */
export const relativeOffsetMax = 2_147_483_647;
/**
 * How far the broker lets one compressed batch expand while validating it. Equal to a
 * consumer's default bound, so that every batch the broker stores decodes in a default consumer.
 */
export const validationDecompressBytesMax = decompressBytesMaxDefault;

export interface LogValidatorConfig {
  maxMessageBytes: number;
  /** cleanup.policy includes compact: every record needs a key. */
  compacted: boolean;
  topicPartition: string;
}

/** What validation learnt, enough to assign offsets and update the log without reading again. */
export interface ValidatedRecords {
  batches: ValidatedBatch[];
  recordCount: number;
  /** Offsets the append takes: the sum of each batch's lastOffsetDelta + 1. */
  offsetCount: number;
  /** Per batch, the largest record timestamp the walk found (-1 for a batch without records). */
  recordsMaxTimestamps: number[];
}

/**
 * Who wrote the batches being appended (Kafka's AppendOrigin): a producer's batches must look as
 * a producer writes them; a leader's stored batches may also carry what the broker itself sets
 * (the LogAppendTime bit) or what the log cleaner leaves (fewer records than offsets).
 */
export const AppendOrigin = { Client: 0, Replication: 1, Coordinator: 2 } as const;
export type AppendOrigin = (typeof AppendOrigin)[keyof typeof AppendOrigin];

/** A batch whose header passed checkBatchHeaders; nothing past the header was read yet. */
export interface ValidatedBatch {
  position: number;
  sizeBytes: number;
  attributes: number;
  recordCount: number;
  lastOffsetDelta: number;
  firstTimestamp: number;
  maxTimestamp: number;
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  compression: Compression;
}

function refused(code: number, problem: string): SamsaProtocolError {
  return new SamsaProtocolError(code, problem);
}

/** The batch's size, after the checks that make it safe to read the rest of the header. */
function checkBatchFraming(buf: Buffer, position: number, maxBatchBytes: number): number {
  const remaining = buf.length - position;
  if (remaining < batchHeaderBytes) throw refused(ErrorCode.CORRUPT_MESSAGE, `${remaining} bytes left, fewer than the ${batchHeaderBytes}-byte batch header`);
  const batchLength = buf.readInt32BE(position + BatchField.batchLength);
  if (batchLength < batchLengthMin) throw refused(ErrorCode.CORRUPT_MESSAGE, `batchLength ${batchLength} is below the minimum ${batchLengthMin}`);
  const sizeBytes = batchLogOverheadBytes + batchLength;
  if (sizeBytes > maxBatchBytes) throw refused(ErrorCode.MESSAGE_TOO_LARGE, `${sizeBytes} bytes exceeds the maximum batch size ${maxBatchBytes}`);
  if (sizeBytes > remaining) throw refused(ErrorCode.CORRUPT_MESSAGE, `batchLength says ${sizeBytes} bytes but only ${remaining} are present`);
  const magic = buf.readInt8(position + BatchField.magic);
  if (magic !== batchMagic) throw refused(ErrorCode.CORRUPT_MESSAGE, `magic ${magic}, expected ${batchMagic}`);
  if (!isBatchCrcValid(buf, position, sizeBytes)) throw refused(ErrorCode.CORRUPT_MESSAGE, 'CRC-32C mismatch');
  return sizeBytes;
}

/**
 * Kafka's LogValidator.validateBatch for a producer's batch: no bits only the broker sets
 * (control, LogAppendTime: INVALID_TIMESTAMP as in validateTimestamp), at least one record,
 * lastOffsetDelta = recordCount - 1, a sequence when there is a producer id, and a producer id
 * on a transactional batch (KIP-98).
 */
function checkClientBatch(batch: ValidatedBatch): void {
  const { attributes, recordCount, lastOffsetDelta } = batch;
  if (attributes & controlBit) throw refused(ErrorCode.INVALID_RECORD, 'control batches may only be written by the broker');
  if ((attributes & transactionalBit) && batch.producerId < 0) {
    throw refused(ErrorCode.INVALID_RECORD, `a transactional batch needs a producer id, not ${batch.producerId}`);
  }
  if (attributes & timestampTypeLogAppendTimeBit) {
    throw refused(ErrorCode.INVALID_TIMESTAMP, 'the timestamp type is LogAppendTime: producers must not set it, the broker does for LogAppendTime topics');
  }
  if (recordCount < 1) throw refused(ErrorCode.INVALID_RECORD, `recordCount ${recordCount}, at least 1 expected`);
  if (lastOffsetDelta !== recordCount - 1) {
    throw refused(ErrorCode.INVALID_RECORD, `lastOffsetDelta ${lastOffsetDelta} does not match recordCount ${recordCount}`);
  }
  if (batch.producerId !== noProducerId && (batch.producerId < 0 || batch.baseSequence < 0)) {
    throw refused(ErrorCode.INVALID_RECORD, `invalid producerId ${batch.producerId} or sequence number ${batch.baseSequence}`);
  }
}

/**
 * A batch this broker's coordinators write (origin Coordinator): transaction markers, and
 * transactional offset commits that carry the producer's id and epoch but no sequence. A marker
 * must be exactly one abort or commit record (Kafka's EndTransactionMarker).
 */
function checkCoordinatorBatch(buf: Buffer, batch: ValidatedBatch): void {
  const { attributes, recordCount, lastOffsetDelta } = batch;
  if (recordCount < 1 || lastOffsetDelta !== recordCount - 1) {
    throw refused(ErrorCode.INVALID_RECORD, `recordCount ${recordCount} and lastOffsetDelta ${lastOffsetDelta} do not describe a fresh batch`);
  }
  if ((attributes & transactionalBit) && batch.producerId < 0) {
    throw refused(ErrorCode.INVALID_RECORD, `a transactional batch needs a producer id, not ${batch.producerId}`);
  }
  if (!(attributes & controlBit)) return;
  if (!(attributes & transactionalBit)) throw refused(ErrorCode.INVALID_RECORD, 'a control batch must be transactional');
  readEndTxnMarker(buf, batch.position);
}

/** A stored batch: the cleaner may have left fewer records than offsets, even none. */
function checkReplicatedBatch(batch: ValidatedBatch): void {
  if (batch.recordCount < 0) throw refused(ErrorCode.CORRUPT_MESSAGE, `recordCount ${batch.recordCount} is negative`);
  if (batch.lastOffsetDelta < Math.max(0, batch.recordCount - 1)) {
    throw refused(ErrorCode.CORRUPT_MESSAGE, `lastOffsetDelta ${batch.lastOffsetDelta} cannot hold ${batch.recordCount} records`);
  }
}

function checkBatchAt(buf: Buffer, position: number, maxBatchBytes: number, origin: AppendOrigin): ValidatedBatch {
  const sizeBytes = checkBatchFraming(buf, position, maxBatchBytes);
  const attributes = buf.readInt16BE(position + BatchField.attributes);
  const codec = attributes & compressionMask;
  if (codec > Compression.Zstd) throw refused(ErrorCode.CORRUPT_MESSAGE, `unknown compression codec ${codec}`);
  const batch: ValidatedBatch = {
    position,
    sizeBytes,
    attributes,
    recordCount: buf.readInt32BE(position + BatchField.recordCount),
    lastOffsetDelta: buf.readInt32BE(position + BatchField.lastOffsetDelta),
    firstTimestamp: readInt64(buf, position + BatchField.firstTimestamp),
    maxTimestamp: readInt64(buf, position + BatchField.maxTimestamp),
    producerId: readInt64(buf, position + BatchField.producerId),
    producerEpoch: buf.readInt16BE(position + BatchField.producerEpoch),
    baseSequence: buf.readInt32BE(position + BatchField.baseSequence),
    compression: codec as Compression,
  };
  if (origin === AppendOrigin.Client) checkClientBatch(batch);
  else if (origin === AppendOrigin.Coordinator) checkCoordinatorBatch(buf, batch);
  else checkReplicatedBatch(batch);
  return batch;
}

/**
 * The header checks of every batch in `buf`, which must hold one or more whole batches. A
 * batch's size counts its 12-byte log overhead, like Kafka's message.max.bytes check. Throws
 * SamsaProtocolError naming the batch; the records sections are the caller's to walk.
 */
export function checkBatchHeaders(buf: Buffer, opts: { maxBatchBytes: number; origin: AppendOrigin }): ValidatedBatch[] {
  if (buf.length === 0) throw refused(ErrorCode.CORRUPT_MESSAGE, 'the records field is empty');
  const batches: ValidatedBatch[] = [];
  for (let position = 0; position < buf.length; ) {
    try {
      batches.push(checkBatchAt(buf, position, opts.maxBatchBytes, opts.origin));
    } catch (err) {
      if (err instanceof SamsaProtocolError) throw inBatch(batches.length, position, err);
      throw err;
    }
    position += (batches[batches.length - 1] as ValidatedBatch).sizeBytes;
  }
  return batches;
}

/** The same error, its message prefixed with the batch it is about. */
export function inBatch(batchIndex: number, position: number, err: SamsaProtocolError, code = err.code): SamsaProtocolError {
  return new SamsaProtocolError(code, `batch ${batchIndex} at byte ${position}: ${err.message}`, { cause: err });
}

/** Leader: stamps consecutive base offsets and its epoch in place; returns the next offset. */
export function assignOffsets(buf: Buffer, batches: readonly ValidatedBatch[], firstOffset: number, leaderEpoch: number): number {
  let nextOffset = firstOffset;
  for (const batch of batches) {
    writeInt64(buf, batch.position + BatchField.baseOffset, nextOffset);
    buf.writeInt32BE(leaderEpoch, batch.position + BatchField.partitionLeaderEpoch);
    nextOffset += batch.lastOffsetDelta + 1;
  }
  return nextOffset;
}

/**
 * Kafka's DefaultRecordBatch.setMaxTimestamp: sets the timestamp-type bit and maxTimestamp of
 * the batch, which both sit inside the CRC, and re-seals it; a batch that already says so is
 * left alone (the common case costs no CRC). Readers give every record of a LogAppendTime batch
 * its maxTimestamp.
 */
export function setMaxTimestamp(buf: Buffer, batch: ValidatedBatch, logAppendTime: boolean, maxTimestamp: number): void {
  const attributesAt = batch.position + BatchField.attributes;
  const attributes = buf.readInt16BE(attributesAt);
  const wanted = logAppendTime ? attributes | timestampTypeLogAppendTimeBit : attributes & ~timestampTypeLogAppendTimeBit;
  if (wanted === attributes && readInt64(buf, batch.position + BatchField.maxTimestamp) === maxTimestamp) return;
  buf.writeInt16BE(wanted, attributesAt);
  writeInt64(buf, batch.position + BatchField.maxTimestamp, maxTimestamp);
  buf.writeUInt32BE(crc32c(buf.subarray(batch.position + batchCrcStart, batch.position + batch.sizeBytes)), batch.position + BatchField.crc);
  batch.attributes = wanted;
  batch.maxTimestamp = maxTimestamp;
}

function failure(code: number, message: string): SamsaProtocolError {
  return new SamsaProtocolError(code, message);
}

/** Decompresses a batch's records section once; codec trouble is the batch's fault. */
async function decompressedRecords(buf: Buffer, batch: ValidatedBatch): Promise<Buffer> {
  if (!isCodecSupported(batch.compression)) {
    const name = compressionNames[batch.compression] ?? String(batch.compression);
    throw failure(ErrorCode.INVALID_RECORD, `compression ${name} is not supported by this broker, which must read every batch it stores`);
  }
  const section = buf.subarray(batch.position + batchHeaderBytes, batch.position + batch.sizeBytes);
  try {
    return await decompress(batch.compression, section, validationDecompressBytesMax);
  } catch (err) {
    if (err instanceof SamsaProtocolError) throw err;
    // The native lz4 and zstd bindings throw plain errors on corrupt frames.
    throw failure(ErrorCode.CORRUPT_MESSAGE, `records section does not decompress: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Walks one records section and compares it with its batch header. */
function checkRecords(section: Buffer, start: number, end: number, batch: ValidatedBatch, origin: AppendOrigin, summary: RecordSetSummary): void {
  try {
    walkRecordSet(section, start, end, batch.firstTimestamp, origin === AppendOrigin.Client ? OffsetDeltas.contiguous : OffsetDeltas.increasing, summary);
  } catch (err) {
    // A records section that does not parse is a bad record set, whatever the wire reader says.
    if (err instanceof SamsaProtocolError) throw failure(ErrorCode.INVALID_RECORD, err.message);
    throw err;
  }
  if (summary.recordCount !== batch.recordCount) {
    throw failure(ErrorCode.INVALID_RECORD, `the header says ${batch.recordCount} records but the records section holds ${summary.recordCount}`);
  }
  if (summary.lastOffsetDelta > batch.lastOffsetDelta) {
    throw failure(ErrorCode.INVALID_RECORD, `a record has offset delta ${summary.lastOffsetDelta}, past lastOffsetDelta ${batch.lastOffsetDelta}`);
  }
}

/** Kafka's LogValidator.validateKey: compaction keeps the latest record per key, so none may lack one. */
function checkKeys(index: number, origin: AppendOrigin, config: LogValidatorConfig, summary: RecordSetSummary): void {
  if (origin !== AppendOrigin.Client || !config.compacted || summary.firstKeylessRecord < 0) return;
  throw failure(ErrorCode.INVALID_RECORD,
    `Compacted topic cannot accept message without key in topic partition ${config.topicPartition} (batch ${index}, record ${summary.firstKeylessRecord})`);
}

/** Walks batch `index` and checks it, prefixing what it throws with the batch it is about. */
function walkBatch(
  index: number, section: Buffer, start: number, end: number, batch: ValidatedBatch, origin: AppendOrigin, config: LogValidatorConfig, summary: RecordSetSummary,
): void {
  try {
    checkRecords(section, start, end, batch, origin, summary);
  } catch (err) {
    if (err instanceof SamsaProtocolError) throw inBatch(index, batch.position, err);
    throw err;
  }
  checkKeys(index, origin, config, summary);
}

function newResult(batches: ValidatedBatch[]): ValidatedRecords {
  let offsetCount = 0;
  let recordCount = 0;
  for (const batch of batches) {
    offsetCount += batch.lastOffsetDelta + 1;
    recordCount += batch.recordCount;
  }
  return { batches, recordCount, offsetCount, recordsMaxTimestamps: [] };
}

function checkOffsetSpan(records: Buffer, result: ValidatedRecords, origin: AppendOrigin): void {
  if (result.offsetCount - 1 > relativeOffsetMax) {
    throw failure(ErrorCode.RECORD_LIST_TOO_LARGE, `the batches span ${result.offsetCount} offsets; one append may span at most ${relativeOffsetMax + 1}`);
  }
  if (origin !== AppendOrigin.Replication) return;
  // A leader's batches follow each other: each starts after the previous one's last offset.
  let next = -1;
  for (const batch of result.batches) {
    const baseOffset = baseOffsetAt(records, batch.position);
    if (baseOffset < next || baseOffset < 0) throw failure(ErrorCode.CORRUPT_MESSAGE, `batch at byte ${batch.position} starts at offset ${baseOffset}, before ${next}`);
    next = baseOffset + batch.lastOffsetDelta + 1;
  }
  const first = baseOffsetAt(records, 0);
  if (next - 1 - first > relativeOffsetMax) throw failure(ErrorCode.CORRUPT_MESSAGE, `the batches span offsets ${first} to ${next - 1}, more than a segment can index`);
}

async function walkCompressed(records: Buffer, result: ValidatedRecords, origin: AppendOrigin, config: LogValidatorConfig): Promise<ValidatedRecords> {
  const summary = newRecordSetSummary();
  for (let i = 0; i < result.batches.length; i++) {
    const batch = result.batches[i] as ValidatedBatch;
    let section = records;
    let start = batch.position + batchHeaderBytes;
    let end = batch.position + batch.sizeBytes;
    if (batch.compression !== Compression.None) {
      try {
        section = await decompressedRecords(records, batch);
      } catch (err) {
        if (err instanceof SamsaProtocolError) throw inBatch(i, batch.position, err);
        throw err;
      }
      start = 0;
      end = section.length;
    }
    walkBatch(i, section, start, end, batch, origin, config, summary);
    result.recordsMaxTimestamps.push(summary.maxTimestamp);
  }
  return result;
}

/**
 * Validates `records` (one or more whole batches) for an append from `origin`. Synchronous when
 * no batch is compressed, the common case; a Promise otherwise. Throws (or rejects with)
 * SamsaProtocolError naming the topic partition's batch and the rule it broke.
 */
export function validateRecords(
  records: Buffer, origin: AppendOrigin, config: LogValidatorConfig,
): ValidatedRecords | Promise<ValidatedRecords> {
  const batches = checkBatchHeaders(records, { maxBatchBytes: config.maxMessageBytes, origin });
  const result = newResult(batches);
  if (batches.some((b) => b.compression !== Compression.None)) {
    return walkCompressed(records, result, origin, config).then((walked) => {
      checkOffsetSpan(records, walked, origin);
      return walked;
    });
  }
  const summary = newRecordSetSummary();
  for (let i = 0; i < batches.length; i++) {
    const batch = batches[i] as ValidatedBatch;
    walkBatch(i, records, batch.position + batchHeaderBytes, batch.position + batch.sizeBytes, batch, origin, config, summary);
    result.recordsMaxTimestamps.push(summary.maxTimestamp);
  }
  checkOffsetSpan(records, result, origin);
  return result;
}

/**
 * The leader's in-place assignment (Kafka's assignOffsetsNonCompressed and the in-place branch
 * of validateMessagesAndAssignOffsetsCompressed): consecutive offsets from `firstOffset`, the
 * leader epoch, and the timestamp type: LogAppendTime topics get `logAppendTimeMs`; CreateTime
 * batches get the largest record timestamp as maxTimestamp, whatever the producer wrote there.
 */
export function assignOffsetsAndTimestamps(
  records: Buffer, validated: ValidatedRecords, opts: { firstOffset: number; leaderEpoch: number; logAppendTimeMs: number },
): BatchesSummary {
  assignOffsets(records, validated.batches, opts.firstOffset, opts.leaderEpoch);
  const logAppendTime = opts.logAppendTimeMs >= 0;
  let maxTimestamp = -1;
  validated.batches.forEach((batch, i) => {
    const timestamp = logAppendTime ? opts.logAppendTimeMs : (validated.recordsMaxTimestamps[i] as number);
    setMaxTimestamp(records, batch, logAppendTime, timestamp);
    if (timestamp > maxTimestamp) maxTimestamp = timestamp;
  });
  return {
    firstOffset: opts.firstOffset, lastOffset: opts.firstOffset + validated.offsetCount - 1,
    recordCount: validated.recordCount, batchCount: validated.batches.length, maxTimestamp,
  };
}
