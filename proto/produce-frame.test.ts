import { encodeRequestFrame, samsa } from './frame';
import { encodeProduceRequestFrame, type ProduceFrameBody } from './produce-frame';

const header = { apiKey: 0, apiVersion: 0, correlationId: 77, clientId: 'tést-client' };

function bytes(n: number, fill: number): Buffer {
  return Buffer.alloc(n, fill);
}

const bodies: Record<string, ProduceFrameBody> = {
  'acks=all, two topics, several partitions': {
    acks: -1, timeoutMs: 30_000,
    topics: [
      { name: 'orders', partitions: [{ partition: 0, records: bytes(300, 1) }, { partition: 5, records: bytes(70_000, 2) }] },
      { name: 'ünïcode-topic', partitions: [{ partition: 2, records: bytes(1, 3) }] },
    ],
  },
  'acks=1, a transactional id, a zero partition and empty records': {
    acks: 1, timeoutMs: 0, transactionalId: 'txn-ä', topics: [{ name: 't', partitions: [{ partition: 0, records: Buffer.alloc(0) }] }],
  },
  'acks=0, no topics': { acks: 0, timeoutMs: 1500, topics: [] },
  'negative values and absent fields': { acks: -1, timeoutMs: -5, topics: [{ name: 'x', partitions: [{ partition: 3 }] }] },
  'records as a view into a larger buffer': {
    acks: 1, timeoutMs: 100, topics: [{ name: 'v', partitions: [{ partition: 1, records: bytes(500, 9).subarray(100, 350) }] }],
  },
};

describe('encodeProduceRequestFrame', () => {
  it.each(Object.entries(bodies))('writes the bytes protobufjs writes: %s', (_name, produce) => {
    const pieces = encodeProduceRequestFrame(header, produce);
    const expected = encodeRequestFrame({ header, produce });
    expect(Buffer.concat(pieces).equals(expected)).toBe(true);
    const decoded = samsa.v1.Request.decode(Buffer.concat(pieces).subarray(4));
    expect(decoded.produce?.topics?.length ?? 0).toBe(produce.topics?.length ?? 0);
  });

  it('hands over the batches themselves, not copies', () => {
    const records = bytes(4096, 7);
    const pieces = encodeProduceRequestFrame(header, { acks: 1, timeoutMs: 1, topics: [{ name: 't', partitions: [{ partition: 0, records }] }] });
    expect(pieces.some((p) => p.buffer === records.buffer && p.byteOffset === records.byteOffset && p.length === records.length)).toBe(true);
  });
});
