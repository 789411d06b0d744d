import { buildBatch, stampOffsets } from '../../test/support/log-batches';
import { decodeFetched } from './corrupt-batch';
import { positionAfterBatches } from './fetcher';
import { recordsFromPosition } from './subscription-state';

function batchAt(offset: number, count: number): Buffer {
  const batch = buildBatch({ recordCount: count, payloadBytes: 40 * count });
  stampOffsets(batch, offset, 0);
  return batch;
}

describe('positionAfterBatches (the next fetch position, from batch headers alone)', () => {
  it('is the position decoding would give: past every whole batch, a partial last batch left for the next fetch', async () => {
    const whole = Buffer.concat([batchAt(10, 3), batchAt(13, 2), batchAt(20, 4)]);
    const cases = [
      { buf: whole, fetchOffset: 10 },
      { buf: whole, fetchOffset: 11 }, // mid-batch: the broker returns the whole batch holding it
      { buf: Buffer.concat([whole, batchAt(24, 5).subarray(0, 70)]), fetchOffset: 10 },
      { buf: batchAt(30, 2).subarray(0, 40), fetchOffset: 30 },
    ];
    for (const { buf, fetchOffset } of cases) {
      const { batches } = await decodeFetched(buf, fetchOffset);
      expect(positionAfterBatches(buf, fetchOffset)).toBe(recordsFromPosition(batches, fetchOffset).nextPosition);
    }
    expect(positionAfterBatches(whole, 10)).toBe(24);
  });

  it('gives up on a header whose size cannot be a batch, so the decoder reports it first', () => {
    const bad = batchAt(0, 1);
    bad.writeInt32BE(3, 8); // batchLength below the header's own size
    expect(positionAfterBatches(Buffer.concat([batchAt(0, 1), bad]), 0)).toBeUndefined();
  });
});
