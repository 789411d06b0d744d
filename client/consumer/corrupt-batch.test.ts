import { crc32c } from '@node-rs/crc32';
import { BatchField, Compression, writeInt64 } from '../../proto/batch-header';
import { encodeRecordBatch, encodeRecordBatchUncompressed } from '../../proto/record-batch';
import { SamsaCorruptRecord, decodeFetched } from './corrupt-batch';

function at(baseOffset: number, batch: Buffer): Buffer {
  writeInt64(batch, BatchField.baseOffset, baseOffset);
  return batch;
}

/** A batch with a valid CRC over a records section of garbage, as an old broker stored them. */
function garbageAt(baseOffset: number): Buffer {
  const batch = at(baseOffset, encodeRecordBatchUncompressed([{ value: 'x'.repeat(20) }]));
  batch.fill(0xff, 61);
  batch.writeUInt32BE(crc32c(batch.subarray(BatchField.attributes)), BatchField.crc);
  return batch;
}

describe('decodeFetched', () => {
  it('decodes a clean response at once', async () => {
    const buf = Buffer.concat([at(0, encodeRecordBatchUncompressed([{ value: 'a' }, { value: 'b' }])), at(2, await encodeRecordBatch([{ value: 'c' }], { compression: Compression.Gzip }))]);
    const { batches, corrupt } = await decodeFetched(buf, 0);
    expect(corrupt).toBeUndefined();
    expect(batches.flatMap((b) => b.records.map((r) => [r.offset, r.value?.toString()]))).toEqual([[0, 'a'], [1, 'b'], [2, 'c']]);
  });

  it('keeps the batches before an undecodable one and names its offset', async () => {
    const buf = Buffer.concat([at(5, encodeRecordBatchUncompressed([{ value: 'a' }, { value: 'b' }])), garbageAt(7), at(8, encodeRecordBatchUncompressed([{ value: 'c' }]))]);
    const { batches, corrupt } = await decodeFetched(buf, 5);
    expect(batches.flatMap((b) => b.records.map((r) => r.offset))).toEqual([5, 6]);
    expect(corrupt?.offset).toBe(7);
    const err = new SamsaCorruptRecord('t', 0, corrupt!.offset, corrupt!.cause);
    expect(err).toMatchObject({ retriable: false, code: 2, message: expect.stringMatching(/^corrupt record batch in t-0 at offset 7: .*seek past offset 7/) });
  });

  it('names the fetch offset when the first batch is already undecodable', async () => {
    const { batches, corrupt } = await decodeFetched(garbageAt(3), 3);
    expect(batches).toEqual([]);
    expect(corrupt?.offset).toBe(3);
  });
});
