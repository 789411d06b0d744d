/**
 * The checker's self-test (reliability plan T0): clean histories, full of indefinite sends, pass;
 * each injected anomaly is reported under its own name. Starts no cluster.
 */
import { ErrorCode } from '../../proto/errors';
import { anomalyCounts, checkQueue, classifyProduceError, type FinalRead, type ReadRecord, type SendOp } from './checker';

/** Two partitions, three acknowledged sends each, at offsets 0..2. */
function cleanHistory(): SendOp[] {
  const history: SendOp[] = [];
  for (let offset = 0; offset < 3; offset++) {
    for (const partition of [0, 1]) history.push({ value: `p${partition}-${offset}`, partition, outcome: 'ok', offset });
  }
  return history;
}

function readOf(history: SendOp[]): FinalRead {
  const reads: FinalRead = new Map();
  for (const op of history) {
    if (op.outcome !== 'ok' || op.offset === undefined) continue;
    const list: ReadRecord[] = reads.get(op.partition) ?? [];
    list.push({ offset: op.offset, value: op.value });
    reads.set(op.partition, list);
  }
  for (const list of reads.values()) list.sort((a, b) => a.offset - b.offset);
  return reads;
}

describe('queue checker', () => {
  it('passes a clean history, with indefinite sends both read and unread', () => {
    const history = cleanHistory();
    const reads = readOf(history);
    history.push({ value: 'info-read', partition: 0, outcome: 'info' }, { value: 'info-unread', partition: 1, outcome: 'info' });
    history.push({ value: 'failed', partition: 0, outcome: 'fail', error: 'NOT_ENOUGH_REPLICAS' });
    reads.get(0)!.push({ offset: 3, value: 'info-read' });
    const result = checkQueue(history, reads);
    expect(result.valid).toBe(true);
    expect(result.acknowledgedExactlyOnceInOrder).toBe(true);
    expect(result.counts).toEqual({ ok: 6, fail: 1, info: 2, read: 7, infoRead: 1 });
    expect(Object.values(anomalyCounts(result)).every((n) => n === 0)).toBe(true);
  });

  it('reports a lost acknowledged write', () => {
    const history = cleanHistory();
    const reads = readOf(history);
    reads.set(1, reads.get(1)!.filter((r) => r.value !== 'p1-2'));
    const result = checkQueue(history, reads);
    expect(result.lost).toEqual([{ value: 'p1-2', partition: 1, offset: 2 }]);
    expect(result.acknowledgedExactlyOnceInOrder).toBe(false);
    expect(result.valid).toBe(false);
  });

  it('reports a duplicate: one value at two offsets', () => {
    const history = cleanHistory();
    const reads = readOf(history);
    reads.get(0)!.push({ offset: 3, value: 'p0-1' });
    const result = checkQueue(history, reads);
    expect(result.duplicates).toEqual([{ value: 'p0-1', partition: 0, offsets: [1, 3] }]);
    expect(result.lost).toEqual([]);
    expect(result.acknowledgedExactlyOnceInOrder).toBe(false);
  });

  it('reports an offset read with a different value than acknowledged', () => {
    const history = cleanHistory();
    history.push({ value: 'p0-late', partition: 0, outcome: 'info' });
    const reads = readOf(history);
    // The info send took offset 1 in the log; the acknowledged p0-1 ended up at offset 3.
    reads.set(0, [{ offset: 0, value: 'p0-0' }, { offset: 1, value: 'p0-late' }, { offset: 2, value: 'p0-2' }, { offset: 3, value: 'p0-1' }]);
    const result = checkQueue(history, reads);
    expect(result.inconsistentOffsets).toEqual([{ partition: 0, offset: 1, acknowledged: 'p0-1', read: 'p0-late' }]);
    expect(result.moved).toEqual([{ value: 'p0-1', partition: 0, acknowledgedOffset: 1, readOffset: 3 }]);
    expect(result.valid).toBe(false);
  });

  it('reports a moved record: acknowledged at one offset, read at another, nothing else at the first', () => {
    const history = cleanHistory();
    const reads = readOf(history);
    // p1-2 was acknowledged at offset 2 but the log holds it at offset 3, behind an info send.
    history.push({ value: 'p1-info', partition: 1, outcome: 'info' });
    reads.set(1, [{ offset: 0, value: 'p1-0' }, { offset: 1, value: 'p1-1' }, { offset: 2, value: 'p1-info' }, { offset: 3, value: 'p1-2' }]);
    const result = checkQueue(history, reads);
    expect(result.moved).toEqual([{ value: 'p1-2', partition: 1, acknowledgedOffset: 2, readOffset: 3 }]);
    expect(result.lost).toEqual([]);
    expect(result.order).toEqual([]);
    expect(result.gaps).toEqual([]);
    expect(result.acknowledgedExactlyOnceInOrder).toBe(false);
    expect(anomalyCounts(result).moved).toBe(1);
  });

  it('reports offset gaps: a missing offset in the middle, and a log that does not start at 0', () => {
    const history = cleanHistory();
    history.push({ value: 'p0-3', partition: 0, outcome: 'info' }, { value: 'p0-4', partition: 0, outcome: 'info' });
    const reads = readOf(history);
    // Offset 3 of partition 0 was never readable; partition 1 lost offset 0 and its record.
    reads.get(0)!.push({ offset: 4, value: 'p0-4' });
    reads.set(1, reads.get(1)!.filter((r) => r.offset !== 0));
    const result = checkQueue(history, reads);
    expect(result.gaps).toEqual(expect.arrayContaining([{ partition: 0, expected: 3, read: 4 }, { partition: 1, expected: 0, read: 1 }]));
    expect(result.gaps).toHaveLength(2);
    expect(result.lost).toEqual([{ value: 'p1-0', partition: 1, offset: 0 }]);
    expect(result.valid).toBe(false);
  });

  it('reports a gap alone when only unacknowledged records sit around it', () => {
    const history = cleanHistory();
    history.push({ value: 'p0-info', partition: 0, outcome: 'info' });
    const reads = readOf(history);
    reads.get(0)!.push({ offset: 5, value: 'p0-info' });
    const result = checkQueue(history, reads);
    expect(result.gaps).toEqual([{ partition: 0, expected: 3, read: 5 }]);
    expect(result.acknowledgedExactlyOnceInOrder).toBe(true);
    expect(result.valid).toBe(false);
  });

  it('reports offsets read going backwards as a gap', () => {
    const history = cleanHistory();
    const reads = readOf(history);
    reads.get(1)!.push({ offset: 1, value: 'p1-1' });
    const result = checkQueue(history, reads);
    expect(result.gaps).toEqual([{ partition: 1, expected: 3, read: 1 }]);
    expect(result.duplicates).toEqual([{ value: 'p1-1', partition: 1, offsets: [1, 1] }]);
  });

  it('reports two acknowledgements for one offset', () => {
    const history = cleanHistory();
    history.push({ value: 'p1-again', partition: 1, outcome: 'ok', offset: 2 });
    const reads = readOf(cleanHistory());
    const result = checkQueue(history, reads);
    expect(result.inconsistentOffsets).toContainEqual({ partition: 1, offset: 2, acknowledged: 'p1-again', read: 'p1-2' });
    expect(result.lost).toEqual([{ value: 'p1-again', partition: 1, offset: 2 }]);
  });

  it('reports reordering: acknowledged order differs from read order', () => {
    const history = cleanHistory();
    const reads = readOf(history);
    // Read order swaps p0-1 and p0-2 (offsets swapped too, so it is also at the wrong offsets).
    reads.set(0, [{ offset: 0, value: 'p0-0' }, { offset: 1, value: 'p0-2' }, { offset: 2, value: 'p0-1' }]);
    const result = checkQueue(history, reads);
    expect(result.order).toEqual([{ partition: 0, earlier: 'p0-1', later: 'p0-2', earlierReadOffset: 2, laterReadOffset: 1 }]);
    expect(result.lost).toEqual([]);
    expect(result.acknowledgedExactlyOnceInOrder).toBe(false);
  });

  it('reports values never attempted, or read in another partition', () => {
    const history = cleanHistory();
    const reads = readOf(history);
    reads.get(0)!.push({ offset: 3, value: 'ghost' });
    reads.get(1)!.push({ offset: 3, value: 'p0-0' });
    const result = checkQueue(history, reads);
    expect(result.unexpected).toHaveLength(2);
    expect(result.unexpected).toEqual(expect.arrayContaining([
      { value: 'ghost', partition: 0, offset: 3, reason: 'never-attempted' },
      { value: 'p0-0', partition: 1, offset: 3, reason: 'wrong-partition' },
    ]));
    expect(result.valid).toBe(false);
  });

  it('reports a read of a definitely failed send (aborted read)', () => {
    const history = cleanHistory();
    history.push({ value: 'rejected', partition: 1, outcome: 'fail', error: 'NOT_ENOUGH_REPLICAS' });
    const reads = readOf(history);
    reads.get(1)!.push({ offset: 3, value: 'rejected' });
    const result = checkQueue(history, reads);
    expect(result.abortedReads).toEqual([{ value: 'rejected', partition: 1, offset: 3 }]);
    expect(result.acknowledgedExactlyOnceInOrder).toBe(true);
    expect(result.valid).toBe(false);
  });

  it('classifies NOT_ENOUGH_REPLICAS as a definite failure, timeouts and NOT_ENOUGH_REPLICAS_AFTER_APPEND as indefinite', () => {
    expect(classifyProduceError(ErrorCode.NONE)).toBe('ok');
    expect(classifyProduceError(ErrorCode.NOT_ENOUGH_REPLICAS)).toBe('fail');
    expect(classifyProduceError(ErrorCode.CORRUPT_MESSAGE)).toBe('fail');
    expect(classifyProduceError(ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND)).toBe('info');
    expect(classifyProduceError(ErrorCode.REQUEST_TIMED_OUT)).toBe('info');
    expect(classifyProduceError(undefined)).toBe('info');
  });
});
