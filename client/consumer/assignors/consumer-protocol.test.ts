import { decodeAssignment, decodeStickyUserData, decodeSubscription, encodeAssignment, encodeStickyUserData, encodeSubscription } from './consumer-protocol';

describe('ConsumerProtocol', () => {
  test('subscription v1 golden bytes: version, topics, user data, owned partitions', () => {
    const bytes = encodeSubscription({ topics: ['t'], userData: Buffer.from([0xab]), ownedPartitions: [{ topic: 't', partitions: [2] }] });
    expect(bytes.toString('hex')).toBe('0001' + '00000001' + '000174' + '00000001' + 'ab' + '00000001' + '000174' + '00000001' + '00000002');
    expect(decodeSubscription(bytes)).toEqual({ version: 1, topics: ['t'], userData: Buffer.from([0xab]), ownedPartitions: [{ topic: 't', partitions: [2] }] });
  });

  test('subscription v0 has no owned partitions and null user data is length -1', () => {
    const bytes = encodeSubscription({ topics: ['a', 'b'], userData: null, ownedPartitions: [] }, 0);
    expect(bytes.toString('hex')).toBe('0000' + '00000002' + '000161' + '000162' + 'ffffffff');
    expect(decodeSubscription(bytes)).toEqual({ version: 0, topics: ['a', 'b'], userData: null, ownedPartitions: [] });
  });

  test('assignment golden bytes and round trip; an empty buffer is no assignment', () => {
    const bytes = encodeAssignment({ partitions: [{ topic: 't', partitions: [0, 1] }], userData: null });
    expect(bytes.toString('hex')).toBe('0001' + '00000001' + '000174' + '00000002' + '00000000' + '00000001' + 'ffffffff');
    expect(decodeAssignment(bytes)).toEqual({ version: 1, partitions: [{ topic: 't', partitions: [0, 1] }], userData: null });
    expect(decodeAssignment(Buffer.alloc(0)).partitions).toEqual([]);
  });

  test('sticky user data round trip, and truncated input is rejected', () => {
    const data = { previousAssignment: [{ topic: 'x', partitions: [3, 4] }], generationId: 7 };
    expect(decodeStickyUserData(encodeStickyUserData(data))).toEqual(data);
    expect(() => decodeSubscription(Buffer.from('0001000000', 'hex'))).toThrow(/truncated/);
  });
});
