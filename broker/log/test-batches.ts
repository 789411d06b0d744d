/**
 * Test-only builders for record batches: a valid 61-byte v2 header, an arbitrary payload in
 * place of the RecordSet, and a correct CRC-32C. The storage layer never looks at the payload.
 */
import { crc32c } from '@node-rs/crc32';
import { BatchField, batchCrcStart, batchHeaderBytes, batchLogOverheadBytes, batchMagic, batchSizeAt, writeInt64 } from '../../proto/batch-header';

export interface TestBatchOptions {
  baseOffset?: number;
  recordCount?: number;
  leaderEpoch?: number;
  firstTimestamp?: number;
  maxTimestamp?: number;
  payloadBytes?: number;
  /** Byte the payload is filled with, to tell batches apart. */
  fill?: number;
}

export function buildBatch(opts: TestBatchOptions = {}): Buffer {
  const recordCount = opts.recordCount ?? 1;
  const payloadBytes = opts.payloadBytes ?? 100;
  const firstTimestamp = opts.firstTimestamp ?? 1_000;
  const buf = Buffer.alloc(batchHeaderBytes + payloadBytes, opts.fill ?? 0x61);
  writeInt64(buf, BatchField.baseOffset, opts.baseOffset ?? 0);
  buf.writeInt32BE(buf.length - batchLogOverheadBytes, BatchField.batchLength);
  buf.writeInt32BE(opts.leaderEpoch ?? 0, BatchField.partitionLeaderEpoch);
  buf.writeInt8(batchMagic, BatchField.magic);
  buf.writeInt16BE(0, BatchField.attributes);
  buf.writeInt32BE(recordCount - 1, BatchField.lastOffsetDelta);
  writeInt64(buf, BatchField.firstTimestamp, firstTimestamp);
  writeInt64(buf, BatchField.maxTimestamp, opts.maxTimestamp ?? firstTimestamp);
  writeInt64(buf, BatchField.producerId, -1);
  buf.writeInt16BE(-1, BatchField.producerEpoch);
  buf.writeInt32BE(-1, BatchField.baseSequence);
  buf.writeInt32BE(recordCount, BatchField.recordCount);
  buf.writeUInt32BE(crc32c(buf.subarray(batchCrcStart)), BatchField.crc);
  return buf;
}

/** What proto/record-batch's assignOffsets does for the leader: stamp offsets and epoch in place. */
export function stampOffsets(records: Buffer, firstOffset: number, leaderEpoch: number): void {
  let position = 0;
  let next = firstOffset;
  while (position < records.length) {
    writeInt64(records, position + BatchField.baseOffset, next);
    records.writeInt32BE(leaderEpoch, position + BatchField.partitionLeaderEpoch);
    next += records.readInt32BE(position + BatchField.lastOffsetDelta) + 1;
    position += batchSizeAt(records, position);
  }
}

/** Leader-append options that stamp offsets into `records` the way the produce path does. */
export function asLeader(
  records: Buffer,
  leaderEpoch = 0,
  nowMs = 1_000,
): { leaderEpoch: number; nowMs: number; assignOffsets: (firstOffset: number) => void } {
  return { leaderEpoch, nowMs, assignOffsets: (firstOffset) => stampOffsets(records, firstOffset, leaderEpoch) };
}

/** Base offsets of every batch in `records`, in order. */
export function baseOffsetsOf(records: Buffer): number[] {
  const offsets: number[] = [];
  let position = 0;
  while (position < records.length) {
    offsets.push(records.readInt32BE(position) * 4294967296 + records.readUInt32BE(position + 4));
    position += batchSizeAt(records, position);
  }
  return offsets;
}
