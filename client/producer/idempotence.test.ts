import { ErrorCode } from '../../proto/errors';
import { BatchField, readInt64 } from '../../proto/batch-header';
import { protocolError } from '../errors';
import { ProducerBatch } from './accumulator';
import { IdempotenceState, idempotenceInFlightMax, incrementSequence, type SequencedBatch } from './idempotence';
import { resolveIdempotence } from './producer';
import { fakeCluster, ok, send, senderFor, settings } from '../../test/support/producer-fakes';

function batchOf(records: number, topic = 't', partition = 0): SequencedBatch {
  const b = new ProducerBatch(topic, partition, settings, 0);
  for (let i = 0; i < records; i++) b.records.push({ key: null, value: `v${i}` });
  return b;
}

describe('IdempotenceState sequence bookkeeping', () => {
  it('numbers batches per partition from 0 by record count, once', () => {
    const state = new IdempotenceState(42, 0);
    const a = batchOf(3);
    const b = batchOf(2);
    const other = batchOf(1, 't', 1);
    state.assignSequence(a);
    state.assignSequence(b);
    state.assignSequence(other);
    state.assignSequence(a); // a retry keeps its sequence
    expect([a.baseSequence, b.baseSequence, other.baseSequence]).toEqual([0, 3, 0]);
    expect(a).toMatchObject({ producerId: 42, producerEpoch: 0 });
    expect(state.peek('t', 0).nextSequence).toBe(5);
  });

  it('wraps sequences from Int32 max to 0', () => {
    expect(incrementSequence(2_147_483_646, 3)).toBe(1);
    expect(incrementSequence(5, 3)).toBe(8);
  });

  it('bounds a partition to 5 outstanding batches', () => {
    const state = new IdempotenceState(1, 0);
    const batches = Array.from({ length: idempotenceInFlightMax }, () => batchOf(1));
    for (const b of batches) state.assignSequence(b);
    expect(state.canDrain('t', 0)).toBe(false);
    expect(state.canDrain('t', 1)).toBe(true);
    state.onCompleted(batches[0]!);
    expect(state.canDrain('t', 0)).toBe(true);
  });

  it('sends a batch only when every earlier batch of its partition is on the wire', () => {
    const state = new IdempotenceState(1, 0);
    const [a, b] = [batchOf(1), batchOf(1)];
    state.assignSequence(a);
    state.assignSequence(b);
    expect(state.canSend(a)).toBe(true);
    expect(state.canSend(b)).toBe(false);
    a.sending = true;
    expect(state.canSend(b)).toBe(true);
    expect(state.isOldestOutstanding(a)).toBe(true);
    expect(state.isOldestOutstanding(b)).toBe(false);
  });

  it('after a failure, restarts the partition at sequence 0 with the next epoch once all outstanding settle', () => {
    const state = new IdempotenceState(1, 0);
    const [a, b, c] = [batchOf(2), batchOf(2), batchOf(2, 't', 1)];
    for (const x of [a, b, c]) state.assignSequence(x);
    b.sending = true;
    state.onFailed(a);
    expect(state.canDrain('t', 0)).toBe(false);
    expect(state.mustAbandon(b)).toBe(false); // on the wire: its response decides
    b.sending = false;
    expect(state.mustAbandon(b)).toBe(true);
    state.onFailed(b);
    expect(state.peek('t', 0)).toEqual({ producerEpoch: 1, nextSequence: 0, outstanding: 0 });
    expect(state.peek('t', 1)).toMatchObject({ producerEpoch: 0, nextSequence: 2 });
  });
});

describe('IdempotenceState after UNKNOWN_PRODUCER_ID for the oldest batch', () => {
  it('renumbers every outstanding batch from 0 under the next epoch once none is on the wire, in order', () => {
    const state = new IdempotenceState(1, 0);
    const [a, b, c] = [batchOf(2), batchOf(3), batchOf(1)];
    for (const x of [a, b, c]) state.assignSequence(x);
    c.sending = true;
    expect(state.requestRestart(a)).toBe(true);
    expect(state.canDrain('t', 0)).toBe(false);
    expect(state.canSend(a)).toBe(false);
    expect(state.maybeRestartSequence('t', 0)).toEqual([]); // c's response is still to come
    c.sending = false;
    expect(state.maybeRestartSequence('t', 0)).toEqual([a, b, c]);
    expect([a, b, c].map((x) => [x.producerEpoch, x.baseSequence])).toEqual([[1, 0], [1, 2], [1, 5]]);
    expect(state.peek('t', 0)).toEqual({ producerEpoch: 1, nextSequence: 6, outstanding: 3 });
    expect(state.canSend(a)).toBe(true);
    expect(state.canDrain('t', 0)).toBe(true);
  });

  it('leaves a partition already restarting after a failure to that restart', () => {
    const state = new IdempotenceState(1, 0);
    const [a, b] = [batchOf(1), batchOf(1)];
    state.assignSequence(a);
    state.assignSequence(b);
    state.onFailed(a);
    expect(state.requestRestart(b)).toBe(false);
  });
});

describe('resolveIdempotence', () => {
  const base = { idempotent: true, acks: -1 as const, maxInFlightRequests: 5 };
  it('is on by default with acks=-1', () => {
    expect(resolveIdempotence(base, false)).toBe(true);
  });
  it('refuses acks 0/1 or more than 5 in flight when asked for explicitly', () => {
    expect(() => resolveIdempotence({ ...base, acks: 1 }, true)).toThrow(/acks=1 cannot be used with idempotent: true/);
    expect(() => resolveIdempotence({ ...base, acks: 0 }, true)).toThrow(/acks=0/);
    expect(() => resolveIdempotence({ ...base, maxInFlightRequests: 6 }, true)).toThrow(/maxInFlightRequests/);
  });
  it('turns off quietly when left at the default with conflicting settings', () => {
    expect(resolveIdempotence({ ...base, acks: 1 }, false)).toBe(false);
    expect(resolveIdempotence({ ...base, idempotent: false, acks: 0 }, true)).toBe(false);
  });
});

describe('Sender with idempotence', () => {
  it('retries the same encoded batch, with its sequence, after a lost response', async () => {
    const { cluster, sent } = fakeCluster((_r, call) => (call === 1 ? protocolError(ErrorCode.REQUEST_TIMED_OUT, 'lost') : ok(10)));
    const { sender, accumulator } = senderFor(cluster);
    await expect(send(accumulator, sender, 'a')).resolves.toEqual([expect.objectContaining({ baseOffset: 10 })]);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toBe(sent[0]);
    expect(readInt64(sent[0]!, BatchField.producerId)).toBe(77);
    expect(sent[0]!.readInt32BE(BatchField.baseSequence)).toBe(0);
    sender.stop();
  });

  it('counts DUPLICATE_SEQUENCE_NUMBER as success', async () => {
    const { cluster } = fakeCluster(() => ok(-1, ErrorCode.DUPLICATE_SEQUENCE_NUMBER));
    const { sender, accumulator } = senderFor(cluster);
    await expect(send(accumulator, sender, 'a')).resolves.toHaveLength(1);
    sender.stop();
  });

  it('keeps per-partition order: a retried batch is written before the batch after it', async () => {
    // A broker that checks sequences like the real one: next expected, else duplicate or out of order.
    let nextSequence = 0;
    const { cluster } = fakeCluster((records, call) => {
      if (call === 1) return protocolError(ErrorCode.NOT_LEADER_OR_FOLLOWER, 'moved');
      const seq = records.readInt32BE(BatchField.baseSequence);
      if (seq > nextSequence) return ok(-1, ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
      if (seq < nextSequence) return ok(-1, ErrorCode.DUPLICATE_SEQUENCE_NUMBER);
      nextSequence += 1;
      return ok(seq);
    });
    const { sender, accumulator } = senderFor(cluster);
    const first = send(accumulator, sender, 'a');
    const second = send(accumulator, sender, 'b');
    const [a, b] = await Promise.all([first, second]);
    expect(a).toEqual([expect.objectContaining({ baseOffset: 0 })]);
    expect(b).toEqual([expect.objectContaining({ baseOffset: 1 })]);
    sender.stop();
  });

  it('fails the send on OUT_OF_ORDER_SEQUENCE_NUMBER for the oldest batch, then restarts the partition at sequence 0 with a new epoch', async () => {
    const { cluster, sent } = fakeCluster((_r, call) => (call === 1 ? ok(-1, ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER) : ok(5)));
    const { sender, accumulator } = senderFor(cluster);
    await expect(send(accumulator, sender, 'a')).rejects.toMatchObject({ code: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER });
    await send(accumulator, sender, 'b');
    expect(sent[1]!.readInt32BE(BatchField.baseSequence)).toBe(0);
    expect(sent[1]!.readInt16BE(BatchField.producerEpoch)).toBe(1);
    sender.stop();
  });
});

describe('IdempotenceState of a transactional producer', () => {
  it('never bumps its epoch on its own: a restart is refused and a failed batch blocks its partition until the transaction is aborted', () => {
    const state = new IdempotenceState(1, 3, { transactional: true });
    const [a, b] = [batchOf(2), batchOf(3)];
    for (const x of [a, b]) state.assignSequence(x);
    expect(state.requestRestart(a)).toBe(false);
    state.onFailed(a);
    state.onFailed(b);
    expect(state.peek('t', 0)).toEqual({ producerEpoch: 3, nextSequence: 5, outstanding: 0 });
    expect(state.canDrain('t', 0)).toBe(false);
    expect(state.maybeRestartSequence('t', 0)).toEqual([]);
  });
});
