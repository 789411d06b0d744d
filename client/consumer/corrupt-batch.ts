/**
 * Decoding a fetched partition's batches so that a batch the client cannot decode is never
 * skipped silently: the batches before it are delivered, then the consumer fails naming the
 * topic, partition and offset (Kafka's consumer: "Received exception when fetching the next
 * record from <tp>. If needed, please seek past the record to continue consumption.").
 */

import { BatchField, batchHeaderBytes, batchLogOverheadBytes, readInt64 } from '../../proto/batch-header';
import { CompressedBatchError, type DecodedBatch, type RecordOwner, decodeRecordBatches, decodeRecordBatchesUncompressed } from '../../proto/record-batch';
import { ErrorCode, SamsaError, messageOf } from '../errors';

/** A fetched batch that does not decode, or disagrees with its own header. Not retriable. */
export class SamsaCorruptRecord extends SamsaError {
  readonly code = ErrorCode.CORRUPT_MESSAGE;

  constructor(readonly topic: string, readonly partition: number, readonly offset: number, cause: unknown) {
    super(
      `corrupt record batch in ${topic}-${partition} at offset ${offset}: ${messageOf(cause)}. ` +
        `Consumption of ${topic}-${partition} stopped there; seek past offset ${offset} to continue.`,
      { retriable: false, cause },
    );
  }
}

async function decodeAll(buf: Buffer, owner: RecordOwner): Promise<DecodedBatch[]> {
  try {
    return decodeRecordBatchesUncompressed(buf, owner);
  } catch (err) {
    if (err instanceof CompressedBatchError) return decodeRecordBatches(buf, owner);
    throw err;
  }
}

export interface FetchedBatches {
  batches: DecodedBatch[];
  /** Set when a batch did not decode; `batches` then holds those before it. */
  corrupt?: { offset: number; cause: unknown };
}

/**
 * Decodes `buf` (a partition's fetched records; `owner` names it in every record). The whole
 * response is decoded at once; only when that fails are the batches decoded one by one to keep
 * the good ones and find the bad one.
 */
export async function decodeFetched(buf: Buffer, fetchOffset: number, owner: RecordOwner = {}): Promise<FetchedBatches> {
  try {
    return { batches: await decodeAll(buf, owner) };
  } catch (err) {
    return decodeUpToCorrupt(buf, fetchOffset, err, owner);
  }
}

async function decodeUpToCorrupt(buf: Buffer, fetchOffset: number, firstError: unknown, owner: RecordOwner): Promise<FetchedBatches> {
  const batches: DecodedBatch[] = [];
  let position = 0;
  let expectedOffset = fetchOffset;
  while (position + batchHeaderBytes <= buf.length) {
    const sizeBytes = batchLogOverheadBytes + buf.readInt32BE(position + BatchField.batchLength);
    const offset = Math.max(readInt64(buf, position + BatchField.baseOffset), expectedOffset);
    if (sizeBytes < batchHeaderBytes) return { batches, corrupt: { offset, cause: firstError } };
    if (position + sizeBytes > buf.length) break;
    try {
      batches.push(...(await decodeAll(buf.subarray(position, position + sizeBytes), owner)));
    } catch (err) {
      return { batches, corrupt: { offset, cause: err } };
    }
    expectedOffset = (batches[batches.length - 1]?.lastOffset ?? expectedOffset - 1) + 1;
    position += sizeBytes;
  }
  return { batches, corrupt: { offset: expectedOffset, cause: firstError } };
}
