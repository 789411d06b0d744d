import { Compression } from './batch-header';
import { DecompressionLimitError, compress, decompress, supportedCodecs } from './compression';
import { ErrorCode } from './errors';

const text = Buffer.from('the quick brown fox jumps over the lazy dog; '.repeat(2_000));

describe('compression', () => {
  it('lists none, gzip, lz4 and zstd as supported, and not snappy', () => {
    expect(supportedCodecs()).toEqual([Compression.None, Compression.Gzip, Compression.Lz4, Compression.Zstd]);
  });

  it.each([
    ['gzip', Compression.Gzip],
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
    ['lz4', Compression.Lz4],
    ['zstd', Compression.Zstd],
  ])('rejects %s output larger than outputBytesMax (a decompression bomb)', async (_name, codec) => {
    const bomb = await compress(codec, Buffer.alloc(32 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    await expect(decompress(codec, bomb, 1024 * 1024)).rejects.toBeInstanceOf(DecompressionLimitError);
    await expect(decompress(codec, bomb, 1024 * 1024)).rejects.toMatchObject({ code: ErrorCode.CORRUPT_MESSAGE });
  });

  it('accepts output exactly at outputBytesMax', async () => {
    for (const codec of [Compression.Gzip, Compression.Lz4, Compression.Zstd]) {
      const compressed = await compress(codec, text);
      expect((await decompress(codec, compressed, text.length)).length).toBe(text.length);
      await expect(decompress(codec, compressed, text.length - 1)).rejects.toBeInstanceOf(DecompressionLimitError);
    }
  });

  it('reports corrupt input as CORRUPT_MESSAGE', async () => {
    const garbage = Buffer.from('definitely not compressed');
    for (const codec of [Compression.Gzip, Compression.Lz4, Compression.Zstd]) {
      await expect(decompress(codec, garbage, 1024)).rejects.toMatchObject({ code: ErrorCode.CORRUPT_MESSAGE });
    }
  });

  it('rejects snappy with INVALID_RECORD and a message naming it', async () => {
    await expect(compress(Compression.Snappy, text)).rejects.toMatchObject({ code: ErrorCode.INVALID_RECORD, message: expect.stringMatching(/snappy.*not supported/) });
    await expect(decompress(Compression.Snappy, text, 10)).rejects.toMatchObject({ code: ErrorCode.INVALID_RECORD });
  });
});
