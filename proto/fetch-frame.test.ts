import { encodeResponseFrame, type samsa } from './frame';
import { type FetchFrameBody, encodeFetchResponseFrame, fetchRecordsCopyBytesMax } from './fetch-frame';

function bytes(n: number, fill: number): Buffer {
  return Buffer.alloc(n, fill);
}

const large = fetchRecordsCopyBytesMax + 1;

const bodies: Record<string, FetchFrameBody> = {
  'two topics, small and large record sets, an empty one': {
    throttleTimeMs: 0, errorCode: 0,
    topics: [
      {
        name: 'orders',
        partitions: [
          { partition: 0, errorCode: 0, highWatermark: 1200, lastStableOffset: 1200, logStartOffset: 0, records: bytes(300, 1) },
          { partition: 5, errorCode: 0, highWatermark: 2 ** 40, lastStableOffset: 2 ** 40, logStartOffset: 17, records: bytes(70_000, 2) },
          { partition: 6, errorCode: 0, highWatermark: 0, lastStableOffset: 0, logStartOffset: 0, records: Buffer.alloc(0) },
        ],
      },
      { name: 'ünïcode-topic', partitions: [{ partition: 2, errorCode: 0, highWatermark: 3, lastStableOffset: 3, logStartOffset: 0, records: bytes(large, 3) }] },
    ],
  },
  'errors and -1 offsets': {
    throttleTimeMs: 250, errorCode: 0,
    topics: [{ name: 't', partitions: [{ partition: 1, errorCode: 6, highWatermark: -1, lastStableOffset: -1, logStartOffset: -1, records: Buffer.alloc(0) }] }],
  },
  'a top-level error, no topics': { throttleTimeMs: 0, errorCode: 73, topics: [] },
  'aborted transactions after the records, large producer ids': {
    throttleTimeMs: 0, errorCode: 0,
    topics: [{
      name: 'txn',
      partitions: [{
        partition: 0, errorCode: 0, highWatermark: 90, lastStableOffset: 80, logStartOffset: 0, records: bytes(large * 2, 4),
        abortedTransactions: [{ producerId: 2 ** 50 + 3, firstOffset: 10 }, { producerId: 0, firstOffset: 0 }, { producerId: -(2 ** 40), firstOffset: 12 }],
      }],
    }],
  },
  'records as views into a larger buffer': {
    throttleTimeMs: 0, errorCode: 0,
    topics: [{
      name: 'v',
      partitions: [
        { partition: 1, errorCode: 0, highWatermark: 5, lastStableOffset: 5, logStartOffset: 0, records: bytes(large + 500, 9).subarray(100, large + 300) },
        { partition: 2, errorCode: 0, highWatermark: 5, lastStableOffset: 5, logStartOffset: 0, records: bytes(400, 8).subarray(10, 90) },
      ],
    }],
  },
};

describe('encodeFetchResponseFrame', () => {
  it.each(Object.entries(bodies))('writes the bytes protobufjs writes: %s', (_name, fetch) => {
    for (const correlationId of [0, 1, 77, 2 ** 31 - 1, -5]) {
      const pieces = encodeFetchResponseFrame(correlationId, fetch);
      expect(Buffer.concat(pieces).equals(encodeResponseFrame({ correlationId, fetch: fetch as samsa.v1.IFetchResponse }))).toBe(true);
    }
  });

  it('hands over record sets above the copy bound without copying them, and copies the small ones', () => {
    const big = bytes(large, 5);
    const small = bytes(100, 6);
    const pieces = encodeFetchResponseFrame(9, {
      throttleTimeMs: 0, errorCode: 0,
      topics: [{ name: 't', partitions: [
        { partition: 0, errorCode: 0, highWatermark: 1, lastStableOffset: 1, logStartOffset: 0, records: big },
        { partition: 1, errorCode: 0, highWatermark: 1, lastStableOffset: 1, logStartOffset: 0, records: small },
      ] }],
    });
    // The outer bytes before the big set, the set itself, then the rest with the small set inside.
    expect(pieces).toHaveLength(3);
    expect(pieces[1]!.buffer).toBe(big.buffer);
    expect(pieces[1]!.byteOffset).toBe(big.byteOffset);
    expect(pieces.some((p) => p.buffer === small.buffer)).toBe(false);
    expect(pieces[2]!.includes(small)).toBe(true);
  });
});
