import { ErrorCode } from '../../proto/errors';
import { encodeRecordBatchUncompressed } from '../../proto/record-batch';
import { writeInt64, BatchField } from '../../proto/batch-header';
import {
  ProducerStateManager, isNextSequence, lastSequenceOf, producerBatchesOf, producerBatchesRetained, type ProducerBatchInfo,
} from './producer-state';
import { rebuildProducerState, type ReplayableSegment } from './producer-state-recovery';

const int32Max = 2_147_483_647;

function batch(producerId: number, producerEpoch: number, baseSequence: number, recordCount = 1, maxTimestamp = 1_000): ProducerBatchInfo {
  return { producerId, producerEpoch, baseSequence, lastOffsetDelta: recordCount - 1, maxTimestamp };
}

/** Appends like a leader: check, then record at the next offsets. */
function leaderAppend(state: ProducerStateManager, b: ProducerBatchInfo, firstOffset: number): ReturnType<ProducerStateManager['checkLeaderAppend']> {
  const duplicate = state.checkLeaderAppend([b]);
  if (duplicate === undefined) state.onBatchAppended(b, firstOffset, firstOffset + b.lastOffsetDelta);
  return duplicate;
}

function codeOf(fn: () => unknown): number | undefined {
  try {
    fn();
    return undefined;
  } catch (err) {
    return (err as { code?: number }).code;
  }
}

describe('sequence arithmetic', () => {
  it('computes the last sequence with the Int32 wrap', () => {
    expect(lastSequenceOf(0, 4)).toBe(4);
    expect(lastSequenceOf(int32Max, 0)).toBe(int32Max);
    expect(lastSequenceOf(int32Max - 1, 3)).toBe(1);
  });

  it('treats 0 as the successor of Int32 max', () => {
    expect(isNextSequence(4, 5)).toBe(true);
    expect(isNextSequence(int32Max, 0)).toBe(true);
    expect(isNextSequence(4, 6)).toBe(false);
  });
});

describe('ProducerStateManager leader validation', () => {
  it('accepts sequence 0 from an unknown producer and refuses any other with UNKNOWN_PRODUCER_ID, changing nothing', () => {
    const state = new ProducerStateManager();
    expect(codeOf(() => state.checkLeaderAppend([batch(7, 0, 42, 3)]))).toBe(ErrorCode.UNKNOWN_PRODUCER_ID);
    expect(state.entry(7)).toBeUndefined();
    expect(leaderAppend(state, batch(7, 0, 0, 3), 0)).toBeUndefined();
    expect(state.entry(7)?.batches.map((b) => [b.firstSeq, b.lastSeq])).toEqual([[0, 2]]);
  });

  it('never writes a later batch ahead of sequence 0 when the request carrying 0 was refused elsewhere', () => {
    // Requests 1 (seq 0) and 2 (seq 3) were pipelined; 1 failed before the append (not yet
    // leader), 2 arrives first: writing it would leave sequence 0 unwritable for good.
    const state = new ProducerStateManager();
    expect(codeOf(() => state.checkLeaderAppend([batch(7, 0, 3, 3)]))).toBe(ErrorCode.UNKNOWN_PRODUCER_ID);
    expect(leaderAppend(state, batch(7, 0, 0, 3), 0)).toBeUndefined();
    expect(leaderAppend(state, batch(7, 0, 3, 3), 3)).toBeUndefined();
    expect(state.entry(7)?.batches.map((b) => [b.firstSeq, b.firstOffset])).toEqual([[0, 0], [3, 3]]);
  });

  it('accepts a restarted sequence (new epoch, sequence 0) from a producer whose state this partition lost', () => {
    const state = new ProducerStateManager();
    leaderAppend(state, batch(7, 0, 0, 2), 0);
    state.truncateBefore(2);
    expect(codeOf(() => state.checkLeaderAppend([batch(7, 0, 2)]))).toBe(ErrorCode.UNKNOWN_PRODUCER_ID);
    expect(leaderAppend(state, batch(7, 1, 0), 2)).toBeUndefined();
    expect(state.entry(7)).toMatchObject({ producerEpoch: 1, batches: [{ firstSeq: 0, firstOffset: 2 }] });
  });

  it('refuses a retry with an older sequence that is not one of the last 5 batches with OUT_OF_ORDER_SEQUENCE_NUMBER', () => {
    const state = new ProducerStateManager();
    for (let i = 0; i < 3; i++) leaderAppend(state, batch(7, 0, i * 2, 2), i * 2);
    // Same first sequence as a kept batch but not the same batch, and a sequence inside one.
    expect(codeOf(() => state.checkLeaderAppend([batch(7, 0, 1)]))).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
    expect(codeOf(() => state.checkLeaderAppend([batch(7, 0, 2, 1)]))).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
  });

  it('takes any sequence on the follower and recovery path, which only records what the leader wrote', () => {
    const state = new ProducerStateManager();
    state.onBatchAppended(batch(7, 0, 42, 3), 10, 12);
    expect(leaderAppend(state, batch(7, 0, 45), 13)).toBeUndefined();
  });

  it('accepts the next sequence and refuses a gap with OUT_OF_ORDER_SEQUENCE_NUMBER', () => {
    const state = new ProducerStateManager();
    leaderAppend(state, batch(7, 0, 0, 5), 0);
    expect(leaderAppend(state, batch(7, 0, 5, 2), 5)).toBeUndefined();
    expect(codeOf(() => state.checkLeaderAppend([batch(7, 0, 8)]))).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
  });

  it('answers a retry of one of the last 5 batches with its original offsets, changing nothing', () => {
    const state = new ProducerStateManager();
    for (let i = 0; i < 6; i++) leaderAppend(state, batch(7, 0, i * 2, 2), 100 + i * 2);
    const before = state.entry(7);
    const duplicate = state.checkLeaderAppend([batch(7, 0, 4, 2)]);
    expect(duplicate).toMatchObject({ firstSeq: 4, lastSeq: 5, firstOffset: 104, lastOffset: 105 });
    expect(state.entry(7)).toEqual(before);
    expect(state.entry(7)?.batches).toHaveLength(producerBatchesRetained);
  });

  it('does not recognise a batch older than the last 5 as a duplicate', () => {
    const state = new ProducerStateManager();
    for (let i = 0; i < 6; i++) leaderAppend(state, batch(7, 0, i), i);
    expect(codeOf(() => state.checkLeaderAppend([batch(7, 0, 0)]))).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
  });

  it('does not treat a batch with the same first but a different last sequence as a duplicate', () => {
    const state = new ProducerStateManager();
    leaderAppend(state, batch(7, 0, 0, 2), 0);
    expect(codeOf(() => state.checkLeaderAppend([batch(7, 0, 0, 3)]))).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
  });

  it('fences an older epoch with INVALID_PRODUCER_EPOCH', () => {
    const state = new ProducerStateManager();
    leaderAppend(state, batch(7, 3, 0), 0);
    expect(codeOf(() => state.checkLeaderAppend([batch(7, 2, 1)]))).toBe(ErrorCode.INVALID_PRODUCER_EPOCH);
  });

  it('requires sequence 0 after an epoch bump, and then forgets the old epoch', () => {
    const state = new ProducerStateManager();
    leaderAppend(state, batch(7, 0, 0, 3), 0);
    expect(codeOf(() => state.checkLeaderAppend([batch(7, 1, 3)]))).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
    expect(leaderAppend(state, batch(7, 1, 0), 3)).toBeUndefined();
    expect(state.entry(7)).toMatchObject({ producerEpoch: 1, batches: [{ firstSeq: 0, firstOffset: 3 }] });
    // The old epoch's batch is now fenced, not a duplicate.
    expect(codeOf(() => state.checkLeaderAppend([batch(7, 0, 0, 3)]))).toBe(ErrorCode.INVALID_PRODUCER_EPOCH);
  });

  it('accepts a sequence that wraps from Int32 max to 0', () => {
    const state = new ProducerStateManager();
    state.onBatchAppended(batch(7, 0, int32Max - 1, 2), 0, 1);
    expect(leaderAppend(state, batch(7, 0, 0), 2)).toBeUndefined();
  });

  it('checks later batches of one append against the earlier ones, without updating state', () => {
    const state = new ProducerStateManager();
    leaderAppend(state, batch(7, 0, 0), 0);
    expect(state.checkLeaderAppend([batch(7, 0, 1, 2), batch(7, 0, 3)])).toBeUndefined();
    expect(codeOf(() => state.checkLeaderAppend([batch(7, 0, 1, 2), batch(7, 0, 4)]))).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
    expect(state.entry(7)?.batches).toHaveLength(1);
  });

  it('keeps producers independent', () => {
    const state = new ProducerStateManager();
    leaderAppend(state, batch(7, 0, 0), 0);
    expect(leaderAppend(state, batch(8, 0, 0), 1)).toBeUndefined();
    expect(state.producerCount).toBe(2);
  });
});

describe('ProducerStateManager maintenance', () => {
  it('forgets batches at or above a truncation offset and drops emptied producers', () => {
    const state = new ProducerStateManager();
    leaderAppend(state, batch(7, 0, 0, 2), 0);
    leaderAppend(state, batch(7, 0, 2, 2), 2);
    leaderAppend(state, batch(8, 0, 0), 4);
    state.truncateFrom(2);
    expect(state.entry(7)?.batches.map((b) => b.lastOffset)).toEqual([1]);
    expect(state.entry(8)).toBeUndefined();
    // After truncation the producer continues from what the log still holds.
    expect(leaderAppend(state, batch(7, 0, 2, 2), 2)).toBeUndefined();
    // A dropped producer is unknown: only a restarted sequence is taken.
    expect(codeOf(() => state.checkLeaderAppend([batch(8, 0, 1)]))).toBe(ErrorCode.UNKNOWN_PRODUCER_ID);
  });

  it('drops producers whose last batch is below the log start', () => {
    const state = new ProducerStateManager();
    leaderAppend(state, batch(7, 0, 0), 0);
    leaderAppend(state, batch(8, 0, 0), 1);
    state.truncateBefore(1);
    expect(state.entry(7)).toBeUndefined();
    expect(state.entry(8)).toBeDefined();
  });

  it('expires producers idle for producerIdExpirationMs', () => {
    const state = new ProducerStateManager(10_000);
    leaderAppend(state, batch(7, 0, 0, 1, 1_000), 0);
    leaderAppend(state, batch(8, 0, 0, 1, 5_000), 1);
    expect(state.removeExpiredProducers(10_999)).toBe(0);
    expect(state.removeExpiredProducers(11_000)).toBe(1);
    expect(state.entry(7)).toBeUndefined();
    expect(state.entry(8)).toBeDefined();
  });
});

function producerBatchBytes(producerId: number, baseSequence: number, baseOffset: number, values: string[]): Buffer {
  const buf = encodeRecordBatchUncompressed(values.map((v) => ({ key: null, value: v })), { producerId, producerEpoch: 0, baseSequence, nowMs: 1_000 });
  writeInt64(buf, BatchField.baseOffset, baseOffset);
  return buf;
}

describe('producer state from batch headers', () => {
  it('reads the producer fields of each idempotent batch and skips plain ones', () => {
    const plain = encodeRecordBatchUncompressed([{ key: null, value: 'x' }]);
    const records = Buffer.concat([producerBatchBytes(9, 10, 0, ['a', 'b']), plain]);
    expect(producerBatchesOf(records)).toEqual([
      { baseOffset: 0, producerId: 9, producerEpoch: 0, baseSequence: 10, lastOffsetDelta: 1, maxTimestamp: 1_000 },
    ]);
  });

  it('rebuilds state from the newest segments so a retried batch is still a duplicate', async () => {
    const segmentOf = (bytes: Buffer): ReplayableSegment => ({
      sizeBytes: bytes.length,
      read: (position, length) => Promise.resolve(bytes.subarray(position, position + length)),
    });
    const segments = [
      segmentOf(producerBatchBytes(9, 0, 0, ['a'])),
      segmentOf(Buffer.concat([producerBatchBytes(9, 1, 1, ['b', 'c']), encodeRecordBatchUncompressed([{ key: null, value: 'x' }])])),
    ];
    const state = new ProducerStateManager();
    await rebuildProducerState(segments, state);
    expect(state.checkLeaderAppend([batch(9, 0, 1, 2)])).toMatchObject({ firstOffset: 1, lastOffset: 2 });
    expect(state.checkLeaderAppend([batch(9, 0, 3)])).toBeUndefined();
  });
});
