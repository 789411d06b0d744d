import { decodeRecordBatchesUncompressed, encodeRecordBatchUncompressed } from '../../proto/record-batch';
import { encodeEndTxnMarkerBatch } from '../../proto/control-records';
import { recordsFromPosition } from './subscription-state';
import { isolationLevelOf, withoutAbortedRecords } from './read-committed';

/** A stored log as a read_committed fetch returns it: batches at consecutive offsets. */
class LogBuilder {
  private readonly parts: Buffer[] = [];
  private nextOffset = 0;

  data(producerId: number, values: string[], transactional = true): this {
    const opts = producerId < 0 ? {} : { producerId, producerEpoch: 0, baseSequence: 0, isTransactional: transactional };
    return this.add(encodeRecordBatchUncompressed(values.map((v) => ({ key: null, value: v })), { ...opts, nowMs: 1 }), values.length);
  }

  marker(producerId: number, committed: boolean): this {
    return this.add(encodeEndTxnMarkerBatch({ producerId, producerEpoch: 0, coordinatorEpoch: 3, committed, nowMs: 1 }), 1);
  }

  /** The offset the next batch gets. */
  get offset(): number {
    return this.nextOffset;
  }

  private add(batch: Buffer, count: number): this {
    // The base offset lies outside the CRC: the leader stamps it the same way.
    batch.writeBigInt64BE(BigInt(this.nextOffset), 0);
    this.parts.push(batch);
    this.nextOffset += count;
    return this;
  }

  decode() {
    return decodeRecordBatchesUncompressed(Buffer.concat(this.parts));
  }
}

function values(log: LogBuilder, aborted: Array<{ producerId: number; firstOffset: number }>, position = 0) {
  const { records, nextPosition } = recordsFromPosition(withoutAbortedRecords(log.decode(), aborted), position);
  return { values: records.map((r) => r.value!.toString()), nextPosition };
}

describe('read_committed filtering (withoutAbortedRecords)', () => {
  it('drops an aborted transaction, keeps a committed one, and never returns markers', () => {
    const log = new LogBuilder().data(7, ['a1', 'a2']).marker(7, false).data(8, ['c1']).marker(8, true);
    expect(values(log, [{ producerId: 7, firstOffset: 0 }])).toEqual({ values: ['c1'], nextPosition: 5 });
  });

  it('returns aborted records to read_uncommitted readers (no aborted list) but still no markers', () => {
    const log = new LogBuilder().data(7, ['a1']).marker(7, false).data(-1, ['plain']);
    expect(values(log, []).values).toEqual(['a1', 'plain']);
  });

  it('drops a producer only from its first offset until its abort marker: its next transaction is kept', () => {
    const log = new LogBuilder().data(7, ['x1']).marker(7, true);
    const abortedStart = log.offset;
    log.data(7, ['y1']).data(9, ['z1']).data(7, ['y2']).marker(7, false).data(7, ['w1']).marker(7, true).marker(9, true);
    expect(values(log, [{ producerId: 7, firstOffset: abortedStart }]).values).toEqual(['x1', 'z1', 'w1']);
  });

  it('handles interleaved aborted transactions of two producers, listed in any order', () => {
    const log = new LogBuilder().data(1, ['p1a']).data(2, ['p2a']).data(1, ['p1b']).marker(2, false).data(3, ['keep']).marker(1, false).marker(3, true);
    const aborted = [{ producerId: 2, firstOffset: 1 }, { producerId: 1, firstOffset: 0 }];
    expect(values(log, aborted)).toEqual({ values: ['keep'], nextPosition: 7 });
  });

  it('keeps non-transactional batches of an aborted producer id and idempotent batches alike', () => {
    const log = new LogBuilder().data(5, ['txn']).data(5, ['idem'], false).marker(5, false);
    expect(values(log, [{ producerId: 5, firstOffset: 0 }]).values).toEqual(['idem']);
  });

  it('moves the position past a fetch that holds only markers and dropped records', () => {
    const log = new LogBuilder().data(7, ['a', 'b', 'c']).marker(7, false);
    expect(values(log, [{ producerId: 7, firstOffset: 0 }])).toEqual({ values: [], nextPosition: 4 });
  });

  it('starts dropping mid-fetch when the aborted transaction begins after the fetch offset', () => {
    const log = new LogBuilder().data(7, ['ok']).marker(7, true).data(7, ['bad']).marker(7, false);
    expect(values(log, [{ producerId: 7, firstOffset: 2 }], 0).values).toEqual(['ok']);
  });
});

describe('isolationLevelOf', () => {
  it('maps the names Kafka uses and refuses anything else', () => {
    expect(isolationLevelOf('read_committed')).toBe(1);
    expect(isolationLevelOf('read_uncommitted')).toBe(0);
    expect(() => isolationLevelOf('committed' as never)).toThrow(/read_committed or read_uncommitted/);
  });
});
