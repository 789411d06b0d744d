import { murmur2, toPositive } from './murmur2';
import { DefaultPartitioner, type PartitionInfo } from './partitioner';

describe('murmur2', () => {
  // The vectors of Kafka's UtilsTest.testMurmur2.
  const cases: Array<[string, number]> = [
    ['21', -973932308],
    ['foobar', -790332482],
    ['a-little-bit-long-string', -985981536],
    ['a-little-bit-longer-string', -1486304829],
    ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
    ['abc', 479470107],
  ];
  it.each(cases)('murmur2(%p) = %p', (input, expected) => {
    expect(murmur2(Buffer.from(input))).toBe(expected);
  });

  it('toPositive clears the sign bit', () => {
    expect(toPositive(-1)).toBe(0x7fffffff);
    expect(toPositive(-2147483648)).toBe(0);
  });
});

describe('DefaultPartitioner', () => {
  const meta = (n: number, leaderless: number[] = []): PartitionInfo[] =>
    Array.from({ length: n }, (_, i) => ({ partitionId: i, leader: leaderless.includes(i) ? -1 : 1 }));

  it('uses an explicit partition as given', () => {
    const p = new DefaultPartitioner();
    expect(p.partition({ topic: 't', partitionMetadata: meta(3), message: { key: 'k', partition: 2 } })).toBe(2);
  });

  it('hashes keys with murmur2 over all partitions as Java does', () => {
    const p = new DefaultPartitioner();
    const expected = toPositive(murmur2(Buffer.from('foobar'))) % 7;
    expect(p.partition({ topic: 't', partitionMetadata: meta(7), message: { key: 'foobar' } })).toBe(expected);
    expect(p.partition({ topic: 't', partitionMetadata: meta(7), message: { key: Buffer.from('foobar') } })).toBe(expected);
    // Leaderless partitions still receive their keys: the mapping must not move.
    expect(p.partition({ topic: 't', partitionMetadata: meta(7, [expected]), message: { key: 'foobar' } })).toBe(expected);
  });

  it('sticks to one partition for null keys until a batch completes, then moves to another', () => {
    let r = 0;
    const randoms = [0.1, 0.9];
    const p = new DefaultPartitioner(() => randoms[r++ % randoms.length]!);
    const m = meta(4);
    const first = p.partition({ topic: 't', partitionMetadata: m, message: { key: null } });
    for (let i = 0; i < 10; i++) expect(p.partition({ topic: 't', partitionMetadata: m, message: {} })).toBe(first);
    p.onNewBatch('t', first, m);
    const second = p.partition({ topic: 't', partitionMetadata: m, message: {} });
    expect(second).not.toBe(first);
    p.onNewBatch('t', first, m); // a stale completion does not move the sticky choice
    expect(p.partition({ topic: 't', partitionMetadata: m, message: {} })).toBe(second);
  });

  it('picks only partitions with a leader for null keys', () => {
    const p = new DefaultPartitioner(() => 0);
    expect(p.partition({ topic: 't', partitionMetadata: meta(3, [0, 1]), message: {} })).toBe(2);
  });
});
