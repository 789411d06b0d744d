/**
 * Batch compression codecs, numbered as Kafka numbers them in the batch attributes (bits 0..2):
 * none 0, gzip 1, snappy 2, lz4 3, zstd 4. The whole RecordSet of a batch is compressed as one
 * blob (Kafka compresses a batch's records section as one stream too).
 *
 * Decompression is bounded: a consumer must not let a small batch expand without limit (a
 * "decompression bomb"). gzip uses zlib's maxOutputLength. lz4 and zstd frames are walked
 * before decompressing: each block header states its stored size and either its exact
 * decompressed size (raw/RLE blocks) or a format-defined maximum (compressed blocks), so the
 * sum gives an upper bound on the output without decompressing anything. Snappy states each
 * block's exact decompressed length in the block's preamble, which is checked before decoding.
 *
 * Snappy is written in xerial's framing (snappy-java's SnappyOutputStream: a 16-byte header,
 * then 32 KiB blocks each prefixed with its compressed length), which is what Kafka's Java
 * producer writes and what every Kafka client reads; both that and a single raw snappy block
 * (what some non-Java producers send) are read.
 */

import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { compressFrame as lz4CompressFrame, decompressFrame as lz4DecompressFrame } from 'lz4-napi';
import { compress as zstdCompressNative, decompress as zstdDecompressNative } from '@mongodb-js/zstd';
import { compressSync as snappyCompressBlock, uncompressSync as snappyUncompressBlock } from 'snappy';
import { Compression } from './batch-header';
import { ErrorCode, SamsaProtocolError } from './errors';

const gzipAsync = promisify(zlib.gzip);
const gunzipAsync = promisify(zlib.gunzip);

/** zstd level 3 is zstd's own default and what Kafka's producer uses unless configured. */
const zstdLevel = 3;

export const compressionNames: Readonly<Record<number, string>> = {
  [Compression.None]: 'none',
  [Compression.Gzip]: 'gzip',
  [Compression.Snappy]: 'snappy',
  [Compression.Lz4]: 'lz4',
  [Compression.Zstd]: 'zstd',
};

export class DecompressionLimitError extends SamsaProtocolError {
  constructor(codec: string, outputBytesMax: number) {
    super(ErrorCode.CORRUPT_MESSAGE, `${codec} data decompresses to more than ${outputBytesMax} bytes`);
  }
}

/** The codecs this build can encode and decode: all of Kafka's. */
export function supportedCodecs(): Compression[] {
  return [Compression.None, Compression.Gzip, Compression.Snappy, Compression.Lz4, Compression.Zstd];
}

export function isCodecSupported(codec: number): boolean {
  return (supportedCodecs() as number[]).includes(codec);
}

function unsupported(codec: number): SamsaProtocolError {
  const name = compressionNames[codec] ?? `codec ${codec}`;
  return new SamsaProtocolError(ErrorCode.INVALID_RECORD, `compression ${name} (${codec}) is not supported`);
}

export async function compress(codec: Compression, data: Buffer): Promise<Buffer> {
  switch (codec) {
    case Compression.None:
      return data;
    case Compression.Gzip:
      return gzipAsync(data);
    case Compression.Snappy:
      return snappyCompressXerial(data);
    case Compression.Lz4:
      return lz4CompressFrame(data);
    case Compression.Zstd:
      return zstdCompressNative(data, zstdLevel);
    default:
      throw unsupported(codec);
  }
}

export async function decompress(codec: Compression, data: Buffer, outputBytesMax: number): Promise<Buffer> {
  let output: Buffer;
  switch (codec) {
    case Compression.None:
      output = data;
      break;
    case Compression.Gzip:
      output = await gunzipBounded(data, outputBytesMax);
      break;
    case Compression.Snappy:
      output = snappyDecompress(data, outputBytesMax);
      break;
    case Compression.Lz4:
      checkBound('lz4', lz4OutputBound(data), outputBytesMax);
      output = await lz4DecompressFrame(data);
      break;
    case Compression.Zstd:
      checkBound('zstd', zstdOutputBound(data), outputBytesMax);
      output = await zstdDecompressNative(data);
      break;
    default:
      throw unsupported(codec);
  }
  if (output.length > outputBytesMax) throw new DecompressionLimitError(compressionNames[codec] ?? 'data', outputBytesMax);
  return output;
}

async function gunzipBounded(data: Buffer, outputBytesMax: number): Promise<Buffer> {
  try {
    return await gunzipAsync(data, { maxOutputLength: Math.max(1, outputBytesMax) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new DecompressionLimitError('gzip', outputBytesMax);
    throw new SamsaProtocolError(ErrorCode.CORRUPT_MESSAGE, `gzip data is corrupt: ${(err as Error).message}`);
  }
}

/** An upper bound on decompressed size plus the largest single block it counted. */
interface OutputBound {
  bytes: number;
  blockBytesMax: number;
}

/**
 * Compressors emit full blocks except the last of each frame, so a legitimate payload's bound
 * exceeds its real size by less than one block; allowing that slack keeps the check exact
 * enough for real data while capping what a crafted payload can make us allocate.
 */
function checkBound(codec: string, bound: OutputBound, outputBytesMax: number): void {
  if (bound.bytes > outputBytesMax + bound.blockBytesMax) throw new DecompressionLimitError(codec, outputBytesMax);
}

function corrupt(codec: string, what: string): SamsaProtocolError {
  return new SamsaProtocolError(ErrorCode.CORRUPT_MESSAGE, `${codec} frame is corrupt: ${what}`);
}

const lz4Magic = 0x184d2204;
const zstdMagic = 0xfd2fb528;
/** Skippable frames (both formats share the range): magic 0x184D2A5?, then a 4-byte size. */
function isSkippableMagic(magic: number): boolean {
  return (magic & 0xfffffff0) === 0x184d2a50;
}

/** Walks LZ4 frames (lz4 frame format spec v1.6) summing block sizes. */
function lz4OutputBound(data: Buffer): OutputBound {
  const bound: OutputBound = { bytes: 0, blockBytesMax: 0 };
  let pos = 0;
  while (pos < data.length) {
    if (pos + 4 > data.length) throw corrupt('lz4', 'truncated magic');
    const magic = data.readUInt32LE(pos);
    if (isSkippableMagic(magic)) {
      pos += 8 + readSkippableSize(data, pos, 'lz4');
      continue;
    }
    if (magic !== lz4Magic) throw corrupt('lz4', 'bad magic number');
    if (pos + 7 > data.length) throw corrupt('lz4', 'truncated frame descriptor');
    const flags = data[pos + 4] ?? 0;
    const blockSizeId = ((data[pos + 5] ?? 0) >> 4) & 0x07;
    if (blockSizeId < 4) throw corrupt('lz4', `block size id ${blockSizeId}`);
    const blockMax = 1 << (2 * blockSizeId + 8);
    bound.blockBytesMax = Math.max(bound.blockBytesMax, blockMax);
    const blockChecksumBytes = flags & 0x10 ? 4 : 0;
    pos += 4 + 2 + (flags & 0x08 ? 8 : 0) + (flags & 0x01 ? 4 : 0) + 1;
    for (;;) {
      if (pos + 4 > data.length) throw corrupt('lz4', 'truncated block header');
      const word = data.readUInt32LE(pos);
      pos += 4;
      if (word === 0) break;
      const size = word & 0x7fffffff;
      bound.bytes += word & 0x80000000 ? size : blockMax;
      pos += size + blockChecksumBytes;
    }
    pos += flags & 0x04 ? 4 : 0;
  }
  return bound;
}

/** zstd's Block_Maximum_Size: no block decompresses to more than this (RFC 8878 §3.1.1.2). */
const zstdBlockBytesMax = 128 * 1024;

/** Walks zstd frames (RFC 8878) summing block sizes. */
function zstdOutputBound(data: Buffer): OutputBound {
  const bound: OutputBound = { bytes: 0, blockBytesMax: zstdBlockBytesMax };
  let pos = 0;
  while (pos < data.length) {
    if (pos + 4 > data.length) throw corrupt('zstd', 'truncated magic');
    const magic = data.readUInt32LE(pos);
    if (isSkippableMagic(magic)) {
      pos += 8 + readSkippableSize(data, pos, 'zstd');
      continue;
    }
    if (magic !== zstdMagic) throw corrupt('zstd', 'bad magic number');
    const descriptor = data[pos + 4];
    if (descriptor === undefined) throw corrupt('zstd', 'truncated frame header');
    const contentSizeFlag = descriptor >> 6;
    const singleSegment = (descriptor >> 5) & 1;
    const dictionaryIdBytes = [0, 1, 2, 4][descriptor & 0x03] ?? 0;
    const contentSizeBytes = [singleSegment ? 1 : 0, 2, 4, 8][contentSizeFlag] ?? 0;
    pos += 4 + 1 + (singleSegment ? 0 : 1) + dictionaryIdBytes + contentSizeBytes;
    for (let last = false; !last; ) {
      if (pos + 3 > data.length) throw corrupt('zstd', 'truncated block header');
      const header = data.readUIntLE(pos, 3);
      pos += 3;
      last = (header & 1) === 1;
      const type = (header >> 1) & 0x03;
      const size = header >>> 3;
      if (type === 3) throw corrupt('zstd', 'reserved block type');
      bound.bytes += type === 2 ? zstdBlockBytesMax : size;
      pos += type === 1 ? 1 : size;
    }
    pos += descriptor & 0x04 ? 4 : 0;
  }
  return bound;
}

function readSkippableSize(data: Buffer, pos: number, codec: string): number {
  if (pos + 8 > data.length) throw corrupt(codec, 'truncated skippable frame');
  return data.readUInt32LE(pos + 4);
}

// ---------------------------------------------------------------------------------------------
// Snappy

/** xerial's stream header: magic "\x82SNAPPY\0", then version 1 and compatible version 1. */
const xerialMagic = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00]);
const xerialHeaderBytes = 16;
const xerialVersion = 1;
const xerialCompatibleVersion = 1;
/** snappy-java's SnappyOutputStream default block size, which Kafka's producer uses. */
export const snappyXerialBlockBytes = 32 * 1024;

/**
 * Compresses synchronously block by block: snappy is fast enough (see bench/kafka-records-bench)
 * that a batch of max.message.bytes blocks the event loop about as long as a thread-pool hop.
 */
function snappyCompressXerial(data: Buffer): Buffer {
  const blocks: Buffer[] = [];
  const header = Buffer.alloc(xerialHeaderBytes);
  xerialMagic.copy(header, 0);
  header.writeInt32BE(xerialVersion, 8);
  header.writeInt32BE(xerialCompatibleVersion, 12);
  blocks.push(header);
  for (let pos = 0; pos < data.length; pos += snappyXerialBlockBytes) {
    const block = snappyCompressBlock(data.subarray(pos, Math.min(pos + snappyXerialBlockBytes, data.length)));
    const length = Buffer.allocUnsafe(4);
    length.writeInt32BE(block.length, 0);
    blocks.push(length, block);
  }
  return Buffer.concat(blocks);
}

function isXerialFramed(data: Buffer): boolean {
  return data.length >= xerialHeaderBytes && data.subarray(0, xerialMagic.length).equals(xerialMagic);
}

/** A raw snappy block's preamble: its decompressed length as a little-endian varint (<= 2^32 - 1). */
function snappyBlockLength(block: Buffer): number {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    const b = block[i];
    if (b === undefined) throw corrupt('snappy', 'truncated block preamble');
    value += (b & 0x7f) * 2 ** (7 * i);
    if (b < 0x80) return value;
  }
  throw corrupt('snappy', 'block preamble longer than 5 bytes');
}

/** Checks each block's stated length against what is left of the bound, then decodes it. */
function snappyDecompress(data: Buffer, outputBytesMax: number): Buffer {
  const blocks: Buffer[] = [];
  if (!isXerialFramed(data)) blocks.push(data);
  else {
    for (let pos = xerialHeaderBytes; pos < data.length; ) {
      if (pos + 4 > data.length) throw corrupt('snappy', 'truncated xerial block length');
      const length = data.readInt32BE(pos);
      pos += 4;
      if (length < 0 || pos + length > data.length) throw corrupt('snappy', `xerial block of ${length} bytes runs past the data`);
      blocks.push(data.subarray(pos, pos + length));
      pos += length;
    }
  }
  let total = 0;
  for (const block of blocks) {
    total += snappyBlockLength(block);
    if (total > outputBytesMax) throw new DecompressionLimitError('snappy', outputBytesMax);
  }
  const output = Buffer.allocUnsafe(total);
  let written = 0;
  for (const block of blocks) {
    let decoded: Buffer;
    try {
      decoded = snappyUncompressBlock(block, { asBuffer: true }) as Buffer;
    } catch (err) {
      throw corrupt('snappy', (err as Error).message);
    }
    written += decoded.copy(output, written);
  }
  if (written !== total) throw corrupt('snappy', `blocks decoded to ${written} bytes, their preambles say ${total}`);
  return output;
}
