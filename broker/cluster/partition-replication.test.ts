import { ErrorCode, type SamsaProtocolError } from '../../proto/errors';
import { encodeRecordBatchUncompressed } from '../../proto/record-batch';
import { DelayedOperationPurgatory } from './delayed-operation';
import { DelayedProduce, type ProducePartitionStatus } from './delayed-produce';
import { Partition, type IsrWriter, type PartitionLeadership } from './partition';
import { FakeLog, ManualClock } from '../../test/support/cluster-fakes';

const lagMs = 10_000;
const t0 = 1_000_000;

function setup(opts: { isr?: number[]; replicas?: number[]; minIsr?: number; writeOk?: boolean } = {}) {
  const clock = { now: t0 };
  const writes: { isr: number[]; expectedZkVersion: number }[] = [];
  const events: string[] = [];
  let zkVersion = 0;
  const writer: IsrWriter = async (_t, _p, state, expectedZkVersion) => {
    writes.push({ isr: state.isr, expectedZkVersion });
    if (opts.writeOk === false) return { ok: false };
    zkVersion = expectedZkVersion + 1;
    return { ok: true, zkVersion };
  };
  const log = new FakeLog({ minInsyncReplicas: opts.minIsr ?? 1 });
  const p = new Partition('t', 0, log, {
    localBrokerId: 1, replicaLagTimeMaxMs: lagMs, isrWriter: writer, clock: { nowMs: () => clock.now },
    listener: { onIsrChanged: (_p, change) => events.push(change), onIsrUpdateFailed: () => events.push('failed') },
  });
  const replicas = opts.replicas ?? [1, 2, 3];
  const state: PartitionLeadership = { controllerEpoch: 1, leader: 1, leaderEpoch: 3, isr: opts.isr ?? replicas, zkVersion: 0, replicas };
  p.makeLeader(state, clock.now);
  return { p, log, clock, writes, events, state };
}

async function append(p: Partition, count: number, acks = 1, nowMs = t0): Promise<number> {
  const records = encodeRecordBatchUncompressed(Array.from({ length: count }, () => ({ value: 'x' })), { nowMs: 1 });
  const info = await p.appendRecordsToLeader(records, acks, nowMs);
  return info.lastOffset + 1;
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('Partition ISR management', () => {
  it('expands the ISR once a follower reaches the HW and the epoch start offset, writing ZooKeeper conditionally', async () => {
    const { p, writes, events } = setup({ isr: [1] });
    await append(p, 5);
    expect(p.highWatermark).toBe(5);
    p.updateFollowerFetchState(2, 3, 0, t0 + 1);
    await settle();
    expect(writes).toEqual([]);
    p.updateFollowerFetchState(2, 5, 0, t0 + 2);
    await settle();
    expect(writes).toEqual([{ isr: [1, 2], expectedZkVersion: 0 }]);
    expect(p.isr).toEqual([1, 2]);
    expect(p.zkVersion).toBe(1);
    expect(events).toEqual(['expand']);
  });

  it('a follower below the start offset of the current leader epoch does not join even at the HW', async () => {
    const { p, log, writes } = setup({ isr: [1] });
    await append(p, 4);
    // Re-elected with a new epoch at LEO 4 while the HW lagged at 2.
    log.highWatermark = 2;
    p.makeLeader({ controllerEpoch: 1, leader: 1, leaderEpoch: 4, isr: [1], zkVersion: 1, replicas: [1, 2, 3] }, t0);
    p.updateFollowerFetchState(2, 3, 0, t0 + 1);
    await settle();
    expect(writes).toEqual([]);
    p.updateFollowerFetchState(2, 4, 0, t0 + 2);
    await settle();
    expect(writes.map((w) => w.isr)).toEqual([[1, 2]]);
  });

  it('shrinks the ISR when a follower is not caught up for replica.lag.time.max.ms, and the HW can then advance', async () => {
    const { p, clock, writes, events } = setup();
    await append(p, 3);
    p.updateFollowerFetchState(2, 3, 0, t0 + 1);
    expect(p.highWatermark).toBe(0);
    clock.now = t0 + lagMs;
    expect(await p.maybeShrinkIsr(clock.now)).toBe(false);
    clock.now = t0 + lagMs + 1;
    p.updateFollowerFetchState(2, 3, 0, clock.now);
    expect(await p.maybeShrinkIsr(clock.now)).toBe(true);
    expect(writes.map((w) => w.isr)).toEqual([[1, 2]]);
    expect(p.isr).toEqual([1, 2]);
    expect(p.highWatermark).toBe(3);
    expect(events).toEqual(['shrink']);
  });

  it('after a lost conditional write keeps the old ISR and stops changing it until a new LeaderAndIsr', async () => {
    const { p, clock, writes, events, state } = setup({ writeOk: false });
    clock.now = t0 + lagMs + 1;
    expect(await p.maybeShrinkIsr(clock.now)).toBe(false);
    expect(p.isr).toEqual([1, 2, 3]);
    expect(p.isrChangesFenced).toBe(true);
    expect(events).toEqual(['failed']);
    expect(await p.maybeShrinkIsr(clock.now + 1)).toBe(false);
    expect(writes).toHaveLength(1);
    p.makeLeader({ ...state, leaderEpoch: 4, zkVersion: 7 }, clock.now);
    expect(p.isrChangesFenced).toBe(false);
  });
});

describe('acks=all', () => {
  function park(p: Partition, requiredOffset: number, clock: ManualClock) {
    const purgatory = new DelayedOperationPurgatory<DelayedProduce>({ name: 'Produce', waitingOperationsMax: 10, clock });
    const status: ProducePartitionStatus = { topic: 't', partition: 0, requiredOffset, acksPending: true, errorCode: ErrorCode.NONE };
    let answered = false;
    const op = new DelayedProduce(1_000, [status], () => p, () => { answered = true; });
    purgatory.tryCompleteElseWatch(op, op.keys());
    return { purgatory, status, answered: () => answered };
  }

  it('refuses with NOT_ENOUGH_REPLICAS when the ISR is below min.insync.replicas, writing nothing', async () => {
    const { p } = setup({ isr: [1], minIsr: 2 });
    await expect(append(p, 1, -1)).rejects.toMatchObject({ code: ErrorCode.NOT_ENOUGH_REPLICAS });
    expect(p.logEndOffset).toBe(0);
    await expect(append(p, 1, 1)).resolves.toBe(1);
  });

  it('completes when the HW passes the batch', async () => {
    const { p } = setup({ isr: [1, 2], replicas: [1, 2], minIsr: 2 });
    const end = await append(p, 2, -1);
    const parked = park(p, end, new ManualClock());
    expect(parked.answered()).toBe(false);
    p.updateFollowerFetchState(2, end, 0, t0 + 1);
    parked.purgatory.checkAndComplete('t-0');
    expect(parked.status.errorCode).toBe(ErrorCode.NONE);
    expect(parked.answered()).toBe(true);
  });

  it('times out with REQUEST_TIMED_OUT', async () => {
    const { p } = setup({ isr: [1, 2], replicas: [1, 2], minIsr: 2 });
    const clock = new ManualClock();
    const parked = park(p, await append(p, 1, -1), clock);
    clock.advance(1_000);
    expect(parked.status.errorCode).toBe(ErrorCode.REQUEST_TIMED_OUT);
  });

  it('answers NOT_ENOUGH_REPLICAS_AFTER_APPEND when the ISR shrank below min ISR before completion', async () => {
    const { p, clock } = setup({ isr: [1, 2], replicas: [1, 2], minIsr: 2 });
    const parked = park(p, await append(p, 1, -1), new ManualClock());
    clock.now = t0 + lagMs + 1;
    await p.maybeShrinkIsr(clock.now);
    expect(p.isr).toEqual([1]);
    parked.purgatory.checkAndComplete('t-0');
    expect(parked.status.errorCode).toBe(ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND);
  });

  it('answers NOT_LEADER_OR_FOLLOWER when leadership moved away meanwhile', async () => {
    const { p, state } = setup({ isr: [1, 2], replicas: [1, 2], minIsr: 2 });
    const parked = park(p, await append(p, 1, -1), new ManualClock());
    p.makeFollower({ ...state, leader: 2, leaderEpoch: 4, isr: [2] });
    parked.purgatory.checkAndComplete('t-0');
    expect(parked.status.errorCode).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
  });
});

describe('OffsetForLeaderEpoch on the leader', () => {
  it('answers from the epoch cache and fences on the current leader epoch', async () => {
    const { p, state } = setup({ isr: [1] });
    await append(p, 3);
    p.makeLeader({ ...state, isr: [1], leaderEpoch: 5 }, t0);
    await append(p, 2);
    expect(p.lastOffsetForLeaderEpoch(5, 5)).toEqual({ leaderEpoch: 5, endOffset: 5 });
    expect(p.lastOffsetForLeaderEpoch(-1, 3)).toEqual({ leaderEpoch: 3, endOffset: 3 });
    expect(p.lastOffsetForLeaderEpoch(-1, 4)).toEqual({ leaderEpoch: 3, endOffset: 3 });
    expect(p.lastOffsetForLeaderEpoch(-1, 9)).toEqual({ leaderEpoch: -1, endOffset: -1 });
    const codeOf = (current: number) => {
      try {
        p.lastOffsetForLeaderEpoch(current, 5);
        return ErrorCode.NONE;
      } catch (err) {
        return (err as SamsaProtocolError).code;
      }
    };
    expect(codeOf(4)).toBe(ErrorCode.FENCED_LEADER_EPOCH);
    expect(codeOf(6)).toBe(ErrorCode.UNKNOWN_LEADER_EPOCH);
    p.makeFollower({ ...state, leader: 2, leaderEpoch: 6, isr: [2] });
    expect(codeOf(6)).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
  });
});
