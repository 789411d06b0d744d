/**
 * Kafka's message sets of magic 0 and 1 (Produce v0-v2: offset, size, then a message with its
 * CRC-32, magic, attributes, a timestamp from magic 1, key and value; a compressed message wraps
 * a whole inner message set as its value) up-converted to the v2 batch Samsa stores, as Kafka's
 * LogValidator converts them for a log whose format is v2: one batch, the producer's codec kept,
 * records without headers, magic 0 records without a timestamp (-1). Rare input (clients of
 * the last five years send v2 batches), so it is written plainly, one object per record.
 */
import { crc32 } from '@node-rs/crc32';
import { Compression, compressionMask } from '../../../../../proto/batch-header';
import { decompress } from '../../../../../proto/compression';
import { ErrorCode, SamsaProtocolError } from '../../../../../proto/errors';
import { encodeRecordBatch, type ProducerRecord } from '../../../../../proto/record-batch';
import { conversionDecompressBytesMax } from './batch-convert';

/** Offset and message size before each message. */
const logOverheadBytes = 12;
/** CRC, magic, attributes, key length and value length: the smallest magic 0 message. */
const messageBytesMin = 14;
const timestampTypeBit = 0x08;
const noTimestamp = -1;

function refused(code: number, problem: string): SamsaProtocolError {
  return new SamsaProtocolError(code, `message set: ${problem}`);
}

function readBytes(buf: Buffer, pos: number, end: number, what: string): [Buffer | null, number] {
  if (pos + 4 > end) throw refused(ErrorCode.CORRUPT_MESSAGE, `${what} length runs past its message`);
  const length = buf.readInt32BE(pos);
  if (length === -1) return [null, pos + 4];
  if (length < -1 || pos + 4 + length > end) throw refused(ErrorCode.CORRUPT_MESSAGE, `${what} of ${length} bytes runs past its message`);
  return [buf.subarray(pos + 4, pos + 4 + length), pos + 4 + length];
}

interface Message {
  magic: number;
  attributes: number;
  timestamp: number;
  key: Buffer | null;
  value: Buffer | null;
}

function readMessage(buf: Buffer, start: number, end: number): Message {
  if (end - start < messageBytesMin) throw refused(ErrorCode.CORRUPT_MESSAGE, `a message of ${end - start} bytes`);
  // The magic sits where a v2 batch has its own, so a v2 batch is named before its CRC fails.
  const magic = buf.readInt8(start + 4);
  if (magic !== 0 && magic !== 1) throw refused(ErrorCode.INVALID_RECORD, `magic ${magic} in a Produce below v3`);
  if (crc32(buf.subarray(start + 4, end)) !== buf.readUInt32BE(start)) throw refused(ErrorCode.CORRUPT_MESSAGE, 'CRC-32 mismatch');
  const attributes = buf.readInt8(start + 5);
  let pos = start + 6;
  let timestamp = noTimestamp;
  if (magic === 1) {
    if (pos + 8 > end) throw refused(ErrorCode.CORRUPT_MESSAGE, 'timestamp runs past its message');
    timestamp = buf.readInt32BE(pos) * 4294967296 + buf.readUInt32BE(pos + 4);
    pos += 8;
  }
  const [key, afterKey] = readBytes(buf, pos, end, 'key');
  const [value, afterValue] = readBytes(buf, afterKey, end, 'value');
  if (afterValue !== end) throw refused(ErrorCode.CORRUPT_MESSAGE, `${end - afterValue} bytes after a message's value`);
  return { magic, attributes, timestamp, key, value };
}

/** Calls `visit` for each message of the message set buf[start, end). */
function forEachMessage(buf: Buffer, start: number, end: number, visit: (m: Message) => void): void {
  for (let pos = start; pos < end;) {
    if (pos + logOverheadBytes > end) throw refused(ErrorCode.CORRUPT_MESSAGE, 'a message header runs past the message set');
    const size = buf.readInt32BE(pos + 8);
    const messageEnd = pos + logOverheadBytes + size;
    if (size < messageBytesMin || messageEnd > end) throw refused(ErrorCode.CORRUPT_MESSAGE, `a message of ${size} bytes`);
    visit(readMessage(buf, pos + logOverheadBytes, messageEnd));
    pos = messageEnd;
  }
}

function toRecord(m: Message, wrapper?: Message): ProducerRecord {
  // A LogAppendTime wrapper is the broker's to set; its inner timestamps are the producer's.
  if ((m.attributes | (wrapper?.attributes ?? 0)) & timestampTypeBit) {
    throw refused(ErrorCode.INVALID_TIMESTAMP, 'the timestamp type is LogAppendTime: producers must not set it');
  }
  return { key: m.key, value: m.value, timestamp: m.magic === 0 ? noTimestamp : m.timestamp, headers: [] };
}

/** A Produce v0-v2 partition's message set as the single v2 batch Samsa stores. */
export async function legacyMessageSetToSamsa(buf: Buffer): Promise<Buffer> {
  const records: ProducerRecord[] = [];
  const wrappers: Message[] = [];
  let codec = Compression.None as number;
  forEachMessage(buf, 0, buf.length, (m) => {
    const c = m.attributes & compressionMask;
    if (c === Compression.None) records.push(toRecord(m));
    else wrappers.push(m);
    if (c !== Compression.None) codec = c;
  });
  if (codec === Compression.Zstd) throw refused(ErrorCode.UNSUPPORTED_COMPRESSION_TYPE, 'zstd needs Produce v7+ (KIP-110)');
  if (codec > Compression.Zstd) throw refused(ErrorCode.CORRUPT_MESSAGE, `unknown compression codec ${codec}`);
  for (const wrapper of wrappers) {
    if (wrapper.value === null) throw refused(ErrorCode.INVALID_RECORD, 'a compressed message without a value');
    const inner = await decompressWrapped(wrapper.attributes & compressionMask, wrapper.value);
    forEachMessage(inner, 0, inner.length, (m) => {
      if (m.attributes & compressionMask) throw refused(ErrorCode.INVALID_RECORD, 'a compressed message inside a compressed message');
      records.push(toRecord(m, wrapper));
    });
  }
  if (records.length === 0) throw refused(ErrorCode.INVALID_RECORD, 'a produce request must hold at least one message');
  return encodeRecordBatch(records, { compression: codec as Compression, nowMs: noTimestamp });
}

async function decompressWrapped(codec: number, value: Buffer): Promise<Buffer> {
  try {
    return await decompress(codec as Compression, value, conversionDecompressBytesMax);
  } catch (err) {
    if (err instanceof SamsaProtocolError) throw err;
    throw refused(ErrorCode.CORRUPT_MESSAGE, `a compressed message does not decompress: ${(err as Error).message}`);
  }
}
