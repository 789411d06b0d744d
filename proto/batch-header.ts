/**
 * The record batch header: Kafka's magic-v2 layout, 61 bytes, big-endian. Brokers read and
 * patch these fields in place (baseOffset and partitionLeaderEpoch sit outside the CRC so that
 * the leader can stamp them without recomputing it); only clients look past the header.
 *
 *   0  baseOffset int64        21 attributes int16        43 producerId int64
 *   8  batchLength int32       23 lastOffsetDelta int32   51 producerEpoch int16
 *   12 partitionLeaderEpoch    27 firstTimestamp int64    53 baseSequence int32
 *   16 magic int8              35 maxTimestamp int64      57 recordCount int32
 *   17 crc uint32 (CRC-32C of bytes 21..end)              61 records (RecordSet protobuf)
 */

export const BatchField = {
  baseOffset: 0,
  batchLength: 8,
  partitionLeaderEpoch: 12,
  magic: 16,
  crc: 17,
  attributes: 21,
  lastOffsetDelta: 23,
  firstTimestamp: 27,
  maxTimestamp: 35,
  producerId: 43,
  producerEpoch: 51,
  baseSequence: 53,
  recordCount: 57,
} as const;

export const batchHeaderBytes = 61;
/** Bytes before and including batchLength: batchLength counts what follows them. */
export const batchLogOverheadBytes = 12;
export const batchMagic = 2;
/** The CRC covers attributes through the end of the batch. */
export const batchCrcStart = BatchField.attributes;

export const Compression = { None: 0, Gzip: 1, Snappy: 2, Lz4: 3, Zstd: 4 } as const;
export type Compression = (typeof Compression)[keyof typeof Compression];
export const compressionMask = 0x07;
export const timestampTypeLogAppendTimeBit = 0x08;
export const transactionalBit = 0x10;
export const controlBit = 0x20;

export interface BatchHeader {
  baseOffset: number;
  batchLength: number;
  partitionLeaderEpoch: number;
  magic: number;
  crc: number;
  attributes: number;
  lastOffsetDelta: number;
  firstTimestamp: number;
  maxTimestamp: number;
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  recordCount: number;
}

/** Total size of the batch starting at `position` (header + records), from its batchLength. */
export function batchSizeAt(buf: Buffer, position: number): number {
  return batchLogOverheadBytes + buf.readInt32BE(position + BatchField.batchLength);
}

export function readInt64(buf: Buffer, position: number): number {
  // Offsets and timestamps stay below 2^53; reading as two halves avoids BigInt on hot paths.
  return buf.readInt32BE(position) * 4294967296 + buf.readUInt32BE(position + 4);
}

export function writeInt64(buf: Buffer, position: number, value: number): void {
  const high = Math.floor(value / 4294967296);
  buf.writeInt32BE(high, position);
  buf.writeUInt32BE(value - high * 4294967296, position + 4);
}

export function readBatchHeader(buf: Buffer, position: number): BatchHeader {
  return {
    baseOffset: readInt64(buf, position + BatchField.baseOffset),
    batchLength: buf.readInt32BE(position + BatchField.batchLength),
    partitionLeaderEpoch: buf.readInt32BE(position + BatchField.partitionLeaderEpoch),
    magic: buf.readInt8(position + BatchField.magic),
    crc: buf.readUInt32BE(position + BatchField.crc),
    attributes: buf.readInt16BE(position + BatchField.attributes),
    lastOffsetDelta: buf.readInt32BE(position + BatchField.lastOffsetDelta),
    firstTimestamp: readInt64(buf, position + BatchField.firstTimestamp),
    maxTimestamp: readInt64(buf, position + BatchField.maxTimestamp),
    producerId: readInt64(buf, position + BatchField.producerId),
    producerEpoch: buf.readInt16BE(position + BatchField.producerEpoch),
    baseSequence: buf.readInt32BE(position + BatchField.baseSequence),
    recordCount: buf.readInt32BE(position + BatchField.recordCount),
  };
}

/** The last offset in the batch at `position`: baseOffset + lastOffsetDelta. */
export function lastOffsetAt(buf: Buffer, position: number): number {
  return readInt64(buf, position + BatchField.baseOffset) + buf.readInt32BE(position + BatchField.lastOffsetDelta);
}
