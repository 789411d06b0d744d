import { crc32 } from '@node-rs/crc32';
import { BatchField, Compression, readBatchHeader } from '../../../../../proto/batch-header';
import { compress } from '../../../../../proto/compression';
import { ErrorCode } from '../../../../../proto/errors';
import { decodeRecordBatches } from '../../../../../proto/record-batch';
import { legacyMessageSetToSamsa } from '.';

interface LegacyMessage {
  magic: 0 | 1;
  attributes?: number;
  timestamp?: number;
  key: Buffer | null;
  value: Buffer | null;
}

const sized = (b: Buffer | null): Buffer => {
  const length = Buffer.alloc(4);
  length.writeInt32BE(b === null ? -1 : b.length);
  return b === null ? length : Buffer.concat([length, b]);
};

/** One entry of a message set as Kafka's LegacyRecord writes it: offset, size, CRC-32, magic, attributes, [timestamp], key, value. */
function entry(m: LegacyMessage, offset = 0): Buffer {
  const timestamp = Buffer.alloc(m.magic === 1 ? 8 : 0);
  if (m.magic === 1) timestamp.writeBigInt64BE(BigInt(m.timestamp ?? 0));
  const body = Buffer.concat([Buffer.from([m.magic, m.attributes ?? 0]), timestamp, sized(m.key), sized(m.value)]);
  const head = Buffer.alloc(16);
  head.writeBigInt64BE(BigInt(offset), 0);
  head.writeInt32BE(body.length + 4, 8);
  head.writeUInt32BE(crc32(body), 12);
  return Buffer.concat([head, body]);
}

const messageSet = (messages: LegacyMessage[]): Buffer => Buffer.concat(messages.map((m, i) => entry(m, i)));

async function wrapped(codec: Compression, inner: LegacyMessage[], magic: 0 | 1 = 1): Promise<Buffer> {
  return entry({ magic, attributes: codec, timestamp: 5000, key: null, value: await compress(codec, messageSet(inner)) }, inner.length - 1);
}

async function decoded(batch: Buffer): Promise<Array<[string | undefined, string | undefined, number]>> {
  const [b] = await decodeRecordBatches(batch);
  return b!.records.map((r) => [r.key?.toString(), r.value?.toString(), r.timestamp]);
}

describe('message sets of magic 0 and 1 (Produce v0-v2) -> one Samsa v2 batch', () => {
  test('magic 0 records keep null and empty keys and values and get no timestamp; magic 1 keeps its timestamps', async () => {
    const v0 = await legacyMessageSetToSamsa(messageSet([
      { magic: 0, key: null, value: Buffer.from('a') }, { magic: 0, key: Buffer.alloc(0), value: null }, { magic: 0, key: Buffer.from('k'), value: Buffer.alloc(0) },
    ]));
    expect(await decoded(v0)).toEqual([[undefined, 'a', -1], ['', undefined, -1], ['k', '', -1]]);
    expect(readBatchHeader(v0, 0)).toMatchObject({ magic: 2, recordCount: 3, lastOffsetDelta: 2, producerId: -1 });
    const v1 = await legacyMessageSetToSamsa(messageSet([{ magic: 1, timestamp: 1000, key: Buffer.from('x'), value: Buffer.from('1') }, { magic: 1, timestamp: 990, key: null, value: Buffer.from('2') }]));
    expect(await decoded(v1)).toEqual([['x', '1', 1000], [undefined, '2', 990]]);
    expect(readBatchHeader(v1, 0)).toMatchObject({ firstTimestamp: 1000, maxTimestamp: 1000 });
  });

  test.each([['gzip', Compression.Gzip], ['snappy', Compression.Snappy], ['lz4', Compression.Lz4]])('a %s wrapper message: its inner messages, in a batch with the same codec', async (_name, codec) => {
    const batch = await legacyMessageSetToSamsa(await wrapped(codec, [
      { magic: 1, timestamp: 2000, key: Buffer.from('a'), value: Buffer.from('1') }, { magic: 1, timestamp: 2001, key: Buffer.from('b'), value: null },
    ]));
    expect(batch.readInt16BE(BatchField.attributes) & 7).toBe(codec);
    expect(await decoded(batch)).toEqual([['a', '1', 2000], ['b', undefined, 2001]]);
  });

  test('refuses what Kafka refuses: CRC, truncation, magic 2, nested compression, LogAppendTime, zstd, nothing', async () => {
    const good = messageSet([{ magic: 1, timestamp: 1, key: null, value: Buffer.from('v') }]);
    const flipped = Buffer.from(good);
    flipped.writeUInt8(flipped.readUInt8(flipped.length - 1) ^ 1, flipped.length - 1);
    await expect(legacyMessageSetToSamsa(flipped)).rejects.toMatchObject({ code: ErrorCode.CORRUPT_MESSAGE, message: expect.stringMatching(/CRC-32 mismatch/) });
    await expect(legacyMessageSetToSamsa(good.subarray(0, good.length - 2))).rejects.toMatchObject({ code: ErrorCode.CORRUPT_MESSAGE });
    const lyingKey = messageSet([{ magic: 0, key: Buffer.from('kk'), value: null }]);
    lyingKey.writeInt32BE(1000, 18);
    const resealed = Buffer.from(lyingKey);
    resealed.writeUInt32BE(crc32(resealed.subarray(16)), 12);
    await expect(legacyMessageSetToSamsa(resealed)).rejects.toMatchObject({ code: ErrorCode.CORRUPT_MESSAGE, message: expect.stringMatching(/key of 1000 bytes/) });
    const magic2 = Buffer.from(good);
    magic2.writeInt8(2, 16);
    magic2.writeUInt32BE(crc32(magic2.subarray(16)), 12);
    await expect(legacyMessageSetToSamsa(magic2)).rejects.toMatchObject({ code: ErrorCode.INVALID_RECORD, message: expect.stringMatching(/magic 2/) });
    const nested = await wrapped(Compression.Gzip, [{ magic: 1, attributes: Compression.Gzip, timestamp: 1, key: null, value: Buffer.from('x') }]);
    await expect(legacyMessageSetToSamsa(nested)).rejects.toMatchObject({ code: ErrorCode.INVALID_RECORD, message: expect.stringMatching(/inside a compressed/) });
    await expect(legacyMessageSetToSamsa(messageSet([{ magic: 1, attributes: 0x08, timestamp: 1, key: null, value: null }]))).rejects.toMatchObject({ code: ErrorCode.INVALID_TIMESTAMP });
    const zstd = entry({ magic: 1, attributes: Compression.Zstd, timestamp: 1, key: null, value: await compress(Compression.Zstd, good) });
    await expect(legacyMessageSetToSamsa(zstd)).rejects.toMatchObject({ code: ErrorCode.UNSUPPORTED_COMPRESSION_TYPE });
    await expect(legacyMessageSetToSamsa(Buffer.alloc(0))).rejects.toMatchObject({ code: ErrorCode.INVALID_RECORD });
    const bomb = entry({ magic: 1, attributes: Compression.Gzip, timestamp: 1, key: null, value: await compress(Compression.Gzip, Buffer.alloc(65 * 1024 * 1024)) });
    await expect(legacyMessageSetToSamsa(bomb)).rejects.toMatchObject({ code: ErrorCode.CORRUPT_MESSAGE, message: expect.stringMatching(/decompresses to more than/) });
  });
});
