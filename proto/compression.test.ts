import { Compression } from './batch-header';
import { compressSync as snappyRawBlock } from 'snappy';
import { DecompressionLimitError, compress, decompress, snappyXerialBlockBytes, supportedCodecs } from './compression';
import { ErrorCode } from './errors';

const text = Buffer.from('the quick brown fox jumps over the lazy dog; '.repeat(2_000));

describe('compression', () => {
  it('lists every Kafka codec as supported', () => {
    expect(supportedCodecs()).toEqual([Compression.None, Compression.Gzip, Compression.Snappy, Compression.Lz4, Compression.Zstd]);
  });

  it.each([
    ['gzip', Compression.Gzip],
    ['snappy', Compression.Snappy],
    ['lz4', Compression.Lz4],
    ['zstd', Compression.Zstd],
  ])('round-trips %s and actually shrinks repetitive data', async (_name, codec) => {
    const compressed = await compress(codec, text);
    expect(compressed.length).toBeLessThan(text.length / 10);
    expect((await decompress(codec, compressed, text.length)).equals(text)).toBe(true);
  });

  it('passes data through unchanged for none', async () => {
    expect(await compress(Compression.None, text)).toBe(text);
    expect(await decompress(Compression.None, text, text.length)).toBe(text);
  });

  it.each([
    ['gzip', Compression.Gzip],
    ['snappy', Compression.Snappy],
    ['lz4', Compression.Lz4],
    ['zstd', Compression.Zstd],
  ])('rejects %s output larger than outputBytesMax (a decompression bomb)', async (_name, codec) => {
    const bomb = await compress(codec, Buffer.alloc(32 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    await expect(decompress(codec, bomb, 1024 * 1024)).rejects.toBeInstanceOf(DecompressionLimitError);
    await expect(decompress(codec, bomb, 1024 * 1024)).rejects.toMatchObject({ code: ErrorCode.CORRUPT_MESSAGE });
  });

  it('accepts output exactly at outputBytesMax', async () => {
    for (const codec of [Compression.Gzip, Compression.Snappy, Compression.Lz4, Compression.Zstd]) {
      const compressed = await compress(codec, text);
      expect((await decompress(codec, compressed, text.length)).length).toBe(text.length);
      await expect(decompress(codec, compressed, text.length - 1)).rejects.toBeInstanceOf(DecompressionLimitError);
    }
  });

  it('reports corrupt input as CORRUPT_MESSAGE', async () => {
    const garbage = Buffer.from('definitely not compressed');
    for (const codec of [Compression.Gzip, Compression.Snappy, Compression.Lz4, Compression.Zstd]) {
      await expect(decompress(codec, garbage, 1024)).rejects.toMatchObject({ code: ErrorCode.CORRUPT_MESSAGE });
    }
  });

  it('writes snappy in xerial framing, as Kafka\'s Java producer does: header, then 32 KiB blocks', async () => {
    const compressed = await compress(Compression.Snappy, text);
    expect(compressed.subarray(0, 16).toString('hex')).toBe('82534e41505059000000000100000001');
    let pos = 16;
    let blocks = 0;
    while (pos < compressed.length) {
      pos += 4 + compressed.readInt32BE(pos);
      blocks++;
    }
    expect(pos).toBe(compressed.length);
    expect(blocks).toBe(Math.ceil(text.length / snappyXerialBlockBytes));
  });

  it('reads a raw snappy block too (what some non-Java producers send), within the bound', async () => {
    const raw = snappyRawBlock(text);
    expect((await decompress(Compression.Snappy, raw, text.length)).equals(text)).toBe(true);
    await expect(decompress(Compression.Snappy, raw, text.length - 1)).rejects.toBeInstanceOf(DecompressionLimitError);
  });

  it('refuses a snappy block whose preamble lies about its length, or a truncated xerial stream', async () => {
    const raw = Buffer.from(snappyRawBlock(text));
    raw[0] = (raw[0] as number) ^ 0x01;
    await expect(decompress(Compression.Snappy, raw, 1024 * 1024)).rejects.toMatchObject({ code: ErrorCode.CORRUPT_MESSAGE });
    const framed = await compress(Compression.Snappy, text);
    await expect(decompress(Compression.Snappy, framed.subarray(0, framed.length - 3), 1024 * 1024)).rejects.toMatchObject({ code: ErrorCode.CORRUPT_MESSAGE });
  });
});
