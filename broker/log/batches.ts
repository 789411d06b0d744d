/**
 * Header-only walks over concatenated record batches, for code that needs only the few fixed
 * fields the log keeps (offsets, sizes, timestamps, leader epoch): reads, indexing, recovery.
 * Records are walked once per append by the log validator (log-validator.ts) and read by the
 * log cleaner; nothing else looks past the 61-byte header.
 */
import { BatchField, batchHeaderBytes, batchSizeAt, lastOffsetAt, readInt64 } from '../../proto/batch-header';
import { SamsaError } from '../../proto/errors';

/** Bytes of a batch header needed to know its size and last offset (through lastOffsetDelta). */
export const offsetHeaderBytes = BatchField.lastOffsetDelta + 4;

export interface BatchesSummary {
  firstOffset: number;
  lastOffset: number;
  recordCount: number;
  batchCount: number;
  maxTimestamp: number;
}

export class MalformedBatchesError extends SamsaError {
  constructor(message: string) {
    super(message);
  }
}

/** Calls `visit(position, size)` for each batch; throws when the buffer is not whole batches. */
export function forEachBatch(records: Buffer, visit: (position: number, sizeBytes: number) => void): void {
  let position = 0;
  while (position < records.length) {
    if (records.length - position < batchHeaderBytes) {
      throw new MalformedBatchesError(`truncated batch header at byte ${position} of ${records.length}`);
    }
    const size = batchSizeAt(records, position);
    if (size < batchHeaderBytes || position + size > records.length) {
      throw new MalformedBatchesError(`batch at byte ${position} claims ${size} bytes; ${records.length - position} remain`);
    }
    visit(position, size);
    position += size;
  }
}

export function summarizeBatches(records: Buffer): BatchesSummary {
  if (records.length === 0) throw new MalformedBatchesError('no batches to append');
  const summary: BatchesSummary = { firstOffset: -1, lastOffset: -1, recordCount: 0, batchCount: 0, maxTimestamp: -1 };
  forEachBatch(records, (position) => {
    if (summary.batchCount === 0) summary.firstOffset = readInt64(records, position + BatchField.baseOffset);
    summary.lastOffset = lastOffsetAt(records, position);
    summary.recordCount += records.readInt32BE(position + BatchField.recordCount);
    summary.maxTimestamp = Math.max(summary.maxTimestamp, readInt64(records, position + BatchField.maxTimestamp));
    summary.batchCount += 1;
  });
  return summary;
}

export function baseOffsetAt(buf: Buffer, position: number): number {
  return readInt64(buf, position + BatchField.baseOffset);
}

export function maxTimestampAt(buf: Buffer, position: number): number {
  return readInt64(buf, position + BatchField.maxTimestamp);
}

export function leaderEpochAt(buf: Buffer, position: number): number {
  return buf.readInt32BE(position + BatchField.partitionLeaderEpoch);
}
