/**
 * Rewrites one record batch keeping only the records the cleaner retains (Kafka's
 * MemoryRecords.filterTo for magic v2). Retained records are copied byte for byte, so their
 * offset and timestamp deltas stay valid; the new batch keeps the original header's base
 * offset, last offset delta, timestamps, leader epoch and producer fields, so offsets never
 * change and producer sequence numbers stay checkable. Only the batch length, record count and
 * CRC are recomputed (and the records recompressed with the batch's codec).
 */
import { crc32c } from '@node-rs/crc32';
import {
  BatchField, Compression, batchCrcStart, batchHeaderBytes, batchLogOverheadBytes, compressionMask, controlBit, readInt64,
} from '../../../proto/batch-header';
import { compress, decompress } from '../../../proto/compression';
import { forEachRecordSpan, type RecordSpan } from '../../../proto/record-spans';

export interface BatchFilterOptions {
  /** Keep the record at `offset` whose bytes `buf` holds at `span`. */
  retainRecord: (buf: Buffer, span: RecordSpan, offset: number) => boolean;
  /**
   * Keep a header-only batch when no record survives: true for the last batch a still-known
   * producer wrote, whose sequence numbers the broker must go on checking (Kafka's RETAIN_EMPTY).
   */
  retainEmptyBatch: (producerId: number, lastOffset: number) => boolean;
  /** Bound on one batch's decompressed records. */
  decompressBytesMax: number;
}

export interface FilteredBatch {
  /** The batch to write: `batch` itself when nothing was removed; undefined when it is dropped. */
  bytes: Buffer | undefined;
  recordsRead: number;
  recordsRetained: number;
}

const noProducerId = -1;

/** The RecordSet bytes of one whole batch: a view when uncompressed, else decompressed (bounded). */
export function recordsSectionOf(batch: Buffer, decompressBytesMax: number): Promise<Buffer> | Buffer {
  const codec = (batch.readInt16BE(BatchField.attributes) & compressionMask) as Compression;
  const section = batch.subarray(batchHeaderBytes);
  return codec === Compression.None ? section : decompress(codec, section, decompressBytesMax);
}

/** Filters the single whole batch `batch` (a view of exactly one batch). */
export async function filterBatch(batch: Buffer, opts: BatchFilterOptions): Promise<FilteredBatch> {
  const attributes = batch.readInt16BE(BatchField.attributes);
  // Control batches (transaction markers) are kept whole here; the cleaner decides on them (transaction-metadata.ts).
  if ((attributes & controlBit) !== 0) return { bytes: batch, recordsRead: 0, recordsRetained: 0 };
  const codec = (attributes & compressionMask) as Compression;
  const baseOffset = readInt64(batch, BatchField.baseOffset);
  const lastOffset = baseOffset + batch.readInt32BE(BatchField.lastOffsetDelta);
  const records = await recordsSectionOf(batch, opts.decompressBytesMax);
  const retained: Array<[number, number]> = [];
  let recordsRead = 0;
  let recordsRetained = 0;
  let retainedBytes = 0;
  forEachRecordSpan(records, 0, records.length, (span) => {
    recordsRead += 1;
    if (!opts.retainRecord(records, span, baseOffset + span.offsetDelta)) return;
    recordsRetained += 1;
    const last = retained[retained.length - 1];
    // Neighbouring retained records are copied as one range.
    if (last !== undefined && last[1] === span.start) last[1] = span.end;
    else retained.push([span.start, span.end]);
    retainedBytes += span.end - span.start;
  });
  if (recordsRetained === recordsRead && recordsRead > 0) return { bytes: batch, recordsRead, recordsRetained };
  if (recordsRetained === 0) {
    const producerId = readInt64(batch, BatchField.producerId);
    const keep = producerId !== noProducerId && opts.retainEmptyBatch(producerId, lastOffset);
    if (!keep) return { bytes: undefined, recordsRead, recordsRetained };
    // A header-only batch kept by an earlier cleaning stays as it is.
    if (recordsRead === 0) return { bytes: batch, recordsRead, recordsRetained };
    // No records to decompress: the empty batch is written uncompressed.
    return { bytes: rebuildBatch(batch, Buffer.alloc(0), 0, attributes & ~compressionMask), recordsRead, recordsRetained };
  }
  const section = Buffer.allocUnsafe(retainedBytes);
  let at = 0;
  for (const [start, end] of retained) at += records.copy(section, at, start, end);
  const body = codec === Compression.None ? section : await compress(codec, section);
  return { bytes: rebuildBatch(batch, body, recordsRetained, attributes), recordsRead, recordsRetained };
}

/** A new batch: the old header with a new records section, record count, length and CRC. */
function rebuildBatch(original: Buffer, body: Buffer, recordCount: number, attributes: number): Buffer {
  const out = Buffer.allocUnsafe(batchHeaderBytes + body.length);
  original.copy(out, 0, 0, batchHeaderBytes);
  body.copy(out, batchHeaderBytes);
  out.writeInt32BE(out.length - batchLogOverheadBytes, BatchField.batchLength);
  out.writeInt16BE(attributes, BatchField.attributes);
  out.writeInt32BE(recordCount, BatchField.recordCount);
  out.writeUInt32BE(crc32c(out.subarray(batchCrcStart)), BatchField.crc);
  return out;
}
