import { Compression, batchHeaderBytes } from './batch-header';
import { ErrorCode, SamsaProtocolError } from './errors';
import { samsa } from './generated/samsa';
import { encodeRecordBatch, validateRecordBatches } from './record-batch';
import { findRecordWithoutKey } from './record-keys';
import { firstRecordWithoutKey } from './record-spans';
import { type ProducerRecord, encodeRecordSet } from './records-codec';

const nowMs = 1_700_000_000_000;

function scan(records: ProducerRecord[]): number {
  const { data } = encodeRecordSet(records, nowMs);
  return firstRecordWithoutKey(data, 0, data.length);
}

async function findIn(...batches: ProducerRecord[][]): Promise<ReturnType<typeof findRecordWithoutKey>> {
  return findWith(batches.map((records) => ({ records, compression: Compression.None })));
}

async function findWith(batches: { records: ProducerRecord[]; compression: Compression }[]): Promise<ReturnType<typeof findRecordWithoutKey>> {
  const encoded = await Promise.all(batches.map((b) => encodeRecordBatch(b.records, { compression: b.compression, nowMs })));
  const buf = Buffer.concat(encoded);
  const validation = validateRecordBatches(buf, { maxBatchBytes: 1 << 20 });
  if (!validation.ok) throw new Error(validation.message);
  return findRecordWithoutKey(buf, validation.batches);
}

function corruptError(fn: () => unknown): SamsaProtocolError {
  try {
    fn();
  } catch (err) {
    if (err instanceof SamsaProtocolError) return err;
    throw err;
  }
  throw new Error('expected a SamsaProtocolError');
}

describe('firstRecordWithoutKey', () => {
  it('returns -1 when every record has a key', () => {
    expect(scan([{ key: 'a', value: '1' }, { key: Buffer.from([0, 1]), value: null }, { key: 'c', value: 'x'.repeat(500), headers: { h: 'v' } }])).toBe(-1);
  });

  it('returns the index of a null key in the middle', () => {
    expect(scan([{ key: 'a', value: '1' }, { key: 'b', value: '2' }, { key: null, value: '3' }, { key: 'd', value: '4' }])).toBe(2);
    expect(scan([{ value: 'no key at all' }])).toBe(0);
  });

  it('counts an empty key that is present as a key', () => {
    expect(scan([{ key: Buffer.alloc(0), value: 'v' }, { key: '', value: null }])).toBe(-1);
  });

  it('returns -1 for an empty record set', () => {
    expect(firstRecordWithoutKey(Buffer.alloc(0), 0, 0)).toBe(-1);
  });

  it('agrees with the generated protobufjs code, unknown fields included', () => {
    const bytes = samsa.v1.RecordSet.encode({
      records: [{ key: Buffer.alloc(0), offsetDelta: 0 }, { value: Buffer.from('v'), offsetDelta: 1, headers: [{ key: 'k', value: Buffer.from('h') }] }],
    }).finish();
    // An unknown fixed64 field (number 9) ahead of the records must be skipped, not counted.
    const withUnknown = Buffer.concat([Buffer.from([0x49, 1, 2, 3, 4, 5, 6, 7, 8]), Buffer.from(bytes)]);
    expect(firstRecordWithoutKey(withUnknown, 0, withUnknown.length)).toBe(1);
  });

  it('scans only the range it is given', () => {
    const { data } = encodeRecordSet([{ key: 'a', value: '1' }], nowMs);
    const padded = Buffer.concat([Buffer.from([0xff, 0xff]), data, Buffer.from([0xff])]);
    expect(firstRecordWithoutKey(padded, 2, 2 + data.length)).toBe(-1);
    expect(() => firstRecordWithoutKey(data, 0, data.length + 1)).toThrow(RangeError);
  });

  it.each([
    ['a record length past the end', Buffer.from([0x0a, 0x10, 0x1a, 0x01, 0x61])],
    ['a key length past its record', Buffer.from([0x0a, 0x03, 0x1a, 0x05, 0x61])],
    ['a truncated varint tag', Buffer.from([0x0a, 0x02, 0x1a, 0x00, 0x80])],
    ['a varint longer than 10 bytes', Buffer.from([0x08, ...Array<number>(11).fill(0xff)])],
    ['a group wire type', Buffer.from([0x0b])],
    ['a fixed64 field running past the end', Buffer.from([0x0a, 0x03, 0x49, 0x01, 0x02])],
  ])('reports %s as CORRUPT_MESSAGE', (_label, bytes) => {
    const err = corruptError(() => firstRecordWithoutKey(bytes, 0, bytes.length));
    expect(err.code).toBe(ErrorCode.CORRUPT_MESSAGE);
    expect(err.message).toMatch(/^record set is corrupt: /);
  });
});

describe('findRecordWithoutKey', () => {
  it('finds nothing when every batch is keyed', async () => {
    await expect(findIn([{ key: 'a', value: '1' }], [{ key: 'b', value: '2' }, { key: '', value: '3' }])).resolves.toBeUndefined();
  });

  it('names the batch and the record of the first keyless record', async () => {
    await expect(findIn([{ key: 'a', value: '1' }], [{ key: 'b', value: '2' }, { key: null, value: '3' }])).resolves.toEqual({ batchIndex: 1, recordIndex: 1 });
  });

  it('decompresses a gzip batch to find a null key', async () => {
    const records: ProducerRecord[] = [{ key: 'a', value: 'x'.repeat(200) }, { key: null, value: 'y'.repeat(200) }, { key: 'c', value: 'z' }];
    await expect(findWith([{ records, compression: Compression.Gzip }])).resolves.toEqual({ batchIndex: 0, recordIndex: 1 });
    const keyed = records.map((r, i) => ({ ...r, key: `k${i}` }));
    await expect(findWith([{ records: keyed, compression: Compression.Gzip }, { records: keyed, compression: Compression.Zstd }])).resolves.toBeUndefined();
  });

  it('reports a compressed section that does not decompress as CORRUPT_MESSAGE', async () => {
    const batch = await encodeRecordBatch([{ key: 'a', value: 'v' }], { compression: Compression.Gzip, nowMs });
    batch.fill(0xff, batchHeaderBytes + 10); // a reserved deflate block type; the CRC is not checked here: the batches count as validated
    const bounds = [{ position: 0, sizeBytes: batch.length, compression: Compression.Gzip }];
    await expect(findRecordWithoutKey(batch, bounds)).rejects.toMatchObject({ code: ErrorCode.CORRUPT_MESSAGE, message: /^batch 0 at byte 0: / });
  });

  it('bounds decompression', async () => {
    const batch = await encodeRecordBatch([{ key: 'a', value: Buffer.alloc(100_000) }], { compression: Compression.Gzip, nowMs });
    const bounds = [{ position: 0, sizeBytes: batch.length, compression: Compression.Gzip }];
    await expect(findRecordWithoutKey(batch, bounds, { decompressBytesMax: 10_000 })).rejects.toMatchObject({ code: ErrorCode.CORRUPT_MESSAGE });
    await expect(findRecordWithoutKey(batch, bounds, { decompressBytesMax: 200_000 })).resolves.toBeUndefined();
  });

  it('reports a malformed uncompressed section with its batch', async () => {
    const good = await encodeRecordBatch([{ key: 'a', value: 'v' }], { nowMs });
    const bad = Buffer.concat([good.subarray(0, batchHeaderBytes), Buffer.from([0x0a, 0x7f])]);
    const buf = Buffer.concat([good, bad]);
    const bounds = [
      { position: 0, sizeBytes: good.length, compression: Compression.None },
      { position: good.length, sizeBytes: bad.length, compression: Compression.None },
    ];
    await expect(findRecordWithoutKey(buf, bounds)).rejects.toMatchObject({
      code: ErrorCode.CORRUPT_MESSAGE, message: `batch 1 at byte ${good.length}: record set is corrupt: length-delimited field runs past its message`,
    });
  });
});
