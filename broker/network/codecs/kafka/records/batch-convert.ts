/**
 * One v2 record batch from one records format to the other: the 61-byte header is kept field for
 * field (baseOffset, partitionLeaderEpoch, attributes with the codec and timestamp-type bit,
 * lastOffsetDelta, timestamps, producerId/epoch, baseSequence, recordCount), the records section
 * is decompressed (bounded), converted, and compressed again with the batch's own codec (Kafka
 * keeps a batch's codec), and the batch is sealed with its new batchLength and CRC-32C.
 */
import { crc32c } from '@node-rs/crc32';
import {
  BatchField, Compression, batchCrcStart, batchHeaderBytes, batchLogOverheadBytes, compressionMask,
} from '../../../../../proto/batch-header';
import { compress, decompress, isCodecSupported } from '../../../../../proto/compression';
import { ErrorCode, SamsaProtocolError } from '../../../../../proto/errors';
import { decompressBytesMaxDefault } from '../../../../../proto/record-batch';

/**
 * How far one batch's records may expand while being converted: the broker's validation bound
 * (log-validator.ts), so that every batch it would store converts and every stored one serves.
 */
export const conversionDecompressBytesMax = decompressBytesMaxDefault;

/**
 * Converts the records section buf[start, end) holding `recordCount` records into a new buffer
 * whose first `reserveFront` bytes are left for the caller (the header, saving a copy).
 */
export type SectionConverter = (buf: Buffer, start: number, end: number, recordCount: number, reserveFront: number) => Buffer;

/** The whole converted batch for the checked batch at buf[position, position + sizeBytes). */
export async function convertBatch(buf: Buffer, position: number, sizeBytes: number, convertSection: SectionConverter): Promise<Buffer> {
  const codec = buf.readInt16BE(position + BatchField.attributes) & compressionMask;
  if (!isCodecSupported(codec)) throw new SamsaProtocolError(ErrorCode.CORRUPT_MESSAGE, `unknown compression codec ${codec}`);
  const recordCount = buf.readInt32BE(position + BatchField.recordCount);
  const sectionStart = position + batchHeaderBytes;
  const end = position + sizeBytes;
  if (codec === Compression.None) return sealBatch(buf, position, convertSection(buf, sectionStart, end, recordCount, batchHeaderBytes));
  const plain = await decompressSection(codec as Compression, buf.subarray(sectionStart, end));
  const section = await compress(codec as Compression, convertSection(plain, 0, plain.length, recordCount, 0));
  const out = Buffer.allocUnsafe(batchHeaderBytes + section.length);
  section.copy(out, batchHeaderBytes);
  return sealBatch(buf, position, out);
}

async function decompressSection(codec: Compression, section: Buffer): Promise<Buffer> {
  try {
    return await decompress(codec, section, conversionDecompressBytesMax);
  } catch (err) {
    if (err instanceof SamsaProtocolError) throw err;
    // The native bindings throw plain errors on corrupt frames.
    throw new SamsaProtocolError(ErrorCode.CORRUPT_MESSAGE, `records section does not decompress: ${(err as Error).message}`);
  }
}

/** Copies the header of the batch at buf[position] into `out`, whose section is in place; seals it. */
function sealBatch(buf: Buffer, position: number, out: Buffer): Buffer {
  buf.copy(out, 0, position, position + batchHeaderBytes);
  out.writeInt32BE(out.length - batchLogOverheadBytes, BatchField.batchLength);
  out.writeUInt32BE(crc32c(out.subarray(batchCrcStart)), BatchField.crc);
  return out;
}
