/**
 * The key check for compacted topics. Kafka's LogValidator refuses a record without a key on a
 * topic whose cleanup.policy includes `compact` (compaction keeps the latest record per key, so
 * a keyless one has no place in it): "Compacted topic cannot accept message without key",
 * INVALID_RECORD since Kafka 2.4 (KIP-467).
 *
 * This is the one place a broker looks past batch headers on the produce path, and only for
 * compacted topics: delete-policy topics keep the header-only path (record-batch.ts).
 */

import { batchHeaderBytes, Compression } from './batch-header';
import { decompress } from './compression';
import { ErrorCode, SamsaProtocolError } from './errors';
import { type ValidatedBatch, decompressBytesMaxDefault } from './record-batch';
import { firstRecordWithoutKey } from './record-spans';

export interface KeylessRecord {
  /** Index of the batch in the produced records, from 0. */
  batchIndex: number;
  /** Index of the record in its batch (its offset delta for a well-formed batch). */
  recordIndex: number;
}

export interface RecordKeyCheckOptions {
  /** How far one compressed records section may expand; a larger one is CORRUPT_MESSAGE. */
  decompressBytesMax?: number;
}

type BatchBounds = Pick<ValidatedBatch, 'position' | 'sizeBytes' | 'compression'>;

function inBatch(batchIndex: number, batch: BatchBounds, err: SamsaProtocolError): SamsaProtocolError {
  return new SamsaProtocolError(err.code, `batch ${batchIndex} at byte ${batch.position}: ${err.message}`, { cause: err });
}

async function decompressRecords(batch: BatchBounds, section: Buffer, decompressBytesMax: number): Promise<Buffer> {
  try {
    return await decompress(batch.compression, section, decompressBytesMax);
  } catch (err) {
    if (err instanceof SamsaProtocolError) throw err;
    // The native lz4 and zstd bindings throw plain errors on corrupt frames.
    const message = err instanceof Error ? err.message : String(err);
    throw new SamsaProtocolError(ErrorCode.CORRUPT_MESSAGE, `records section does not decompress: ${message}`, { cause: err });
  }
}

/**
 * The first record without a key in `batches` (already validated, see validateRecordBatches),
 * or undefined when every record has one. Compressed batches are decompressed one at a time,
 * each bounded by `decompressBytesMax`. Throws SamsaProtocolError: CORRUPT_MESSAGE when a
 * records section is malformed or does not decompress within the bound, INVALID_RECORD when its
 * codec is not supported here (the broker cannot vouch for keys it cannot read).
 */
export async function findRecordWithoutKey(
  buf: Buffer, batches: readonly BatchBounds[], opts: RecordKeyCheckOptions = {},
): Promise<KeylessRecord | undefined> {
  const decompressBytesMax = opts.decompressBytesMax ?? decompressBytesMaxDefault;
  for (let batchIndex = 0; batchIndex < batches.length; batchIndex++) {
    const batch = batches[batchIndex] as BatchBounds;
    const start = batch.position + batchHeaderBytes;
    const end = batch.position + batch.sizeBytes;
    let recordIndex: number;
    try {
      if (batch.compression === Compression.None) {
        recordIndex = firstRecordWithoutKey(buf, start, end);
      } else {
        const records = await decompressRecords(batch, buf.subarray(start, end), decompressBytesMax);
        recordIndex = firstRecordWithoutKey(records, 0, records.length);
      }
    } catch (err) {
      if (err instanceof SamsaProtocolError) throw inBatch(batchIndex, batch, err);
      throw err;
    }
    if (recordIndex >= 0) return { batchIndex, recordIndex };
  }
  return undefined;
}
