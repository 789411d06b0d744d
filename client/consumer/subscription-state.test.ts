import { SubscriptionState, recordsFromPosition } from './subscription-state';
import { type DecodedBatch } from '../../proto/record-batch';

function batch(baseOffset: number, count: number, lastOffset = baseOffset + count - 1): DecodedBatch {
  return {
    baseOffset,
    lastOffset,
    partitionLeaderEpoch: 0,
    producerId: -1,
    producerEpoch: -1,
    baseSequence: -1,
    maxTimestamp: 0,
    isTransactional: false,
    isControl: false,
    controlType: -1,
    records: Array.from({ length: count }, (_, i) => ({ topic: 't', partition: 0, offset: baseOffset + i, timestamp: 0, key: null, value: Buffer.from(String(baseOffset + i)), headers: [], leaderEpoch: 0 })),
  };
}

describe('recordsFromPosition', () => {
  it('skips records below the position when a fetch returns a batch that starts before it', () => {
    const { records, nextPosition } = recordsFromPosition([batch(10, 5), batch(15, 5)], 13);
    expect(records.map((r) => r.offset)).toEqual([13, 14, 15, 16, 17, 18, 19]);
    expect(nextPosition).toBe(20);
  });

  it('skips whole batches that end before the position', () => {
    const { records, nextPosition } = recordsFromPosition([batch(0, 5), batch(5, 5)], 7);
    expect(records.map((r) => r.offset)).toEqual([7, 8, 9]);
    expect(nextPosition).toBe(10);
  });

  it('moves past a batch with no records left, such as a control batch', () => {
    const empty = { ...batch(20, 0, 20), records: [] };
    const { records, nextPosition } = recordsFromPosition([empty], 20);
    expect(records).toEqual([]);
    expect(nextPosition).toBe(21);
  });

  it('gives the records of one batch read from its start without copying, and skips into one read from its middle', () => {
    const whole = batch(30, 4);
    const fromStart = recordsFromPosition([whole], 30);
    expect(fromStart.records).toBe(whole.records);
    expect(fromStart.nextPosition).toBe(34);
    const fromMiddle = recordsFromPosition([whole], 32);
    expect(fromMiddle.records.map((r) => r.offset)).toEqual([32, 33]);
    expect(fromMiddle.nextPosition).toBe(34);
  });

  it('keeps the position when nothing was fetched', () => {
    expect(recordsFromPosition([], 42)).toEqual({ records: [], nextPosition: 42 });
  });
});

describe('SubscriptionState', () => {
  it('asks for a reset by the default policy on assignment and keeps positions of kept partitions', () => {
    const s = new SubscriptionState('earliest');
    s.assign([{ topic: 't', partition: 0 }, { topic: 't', partition: 1 }]);
    expect(s.state('t', 0)?.pendingReset).toEqual({ kind: 'earliest' });
    s.state('t', 1)!.seek(50);
    s.assign([{ topic: 't', partition: 1 }]);
    expect(s.state('t', 0)).toBeUndefined();
    expect(s.state('t', 1)?.position).toBe(50);
  });

  it('leaves the position undefined with the none policy', () => {
    const s = new SubscriptionState('none');
    s.assign([{ topic: 't', partition: 0 }]);
    expect(s.state('t', 0)?.pendingReset).toBeUndefined();
    expect(s.state('t', 0)?.isFetchable).toBe(false);
    expect(s.resetTargetForOutOfRange()).toBeUndefined();
  });

  it('bumps the seek epoch on seek so prefetched records are recognised as stale', () => {
    const s = new SubscriptionState('latest');
    s.assign([{ topic: 't', partition: 0 }]);
    const st = s.state('t', 0)!;
    st.seek(5);
    const epoch = st.seekEpoch;
    st.fetchPosition = 100;
    st.seek(7);
    expect(st.seekEpoch).toBe(epoch + 1);
    expect(st.fetchPosition).toBe(7);
  });

  it('pausing stops fetching for the partition', () => {
    const s = new SubscriptionState('latest');
    s.assign([{ topic: 't', partition: 0 }]);
    const st = s.state('t', 0)!;
    st.seek(0);
    expect(st.isFetchable).toBe(true);
    st.paused = true;
    expect(st.isFetchable).toBe(false);
  });
});
