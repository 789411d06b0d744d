import { ErrorCode } from '../../proto/errors';
import { encodeRecordBatchUncompressed } from '../../proto/record-batch';
import { DelayedFetch } from './delayed-fetch';
import { DelayedOperation, DelayedOperationPurgatory } from './delayed-operation';
import { DelayedProduce, type ProducePartitionStatus } from './delayed-produce';
import { Partition } from './partition';
import { FakeLog, ManualClock } from '../../test/support/cluster-fakes';

class Flag extends DelayedOperation {
  ready = false;
  outcome: 'completed' | 'expired' | undefined;
  private timedOut = false;
  tryComplete(): boolean {
    return this.ready ? this.forceComplete() : false;
  }
  protected onExpiration(): void {
    this.timedOut = true;
  }
  protected onComplete(): void {
    this.outcome = this.timedOut ? 'expired' : 'completed';
  }
}

describe('DelayedOperationPurgatory', () => {
  it('completes at once when the condition already holds', () => {
    const purgatory = new DelayedOperationPurgatory<Flag>({ name: 'T', waitingOperationsMax: 10, clock: new ManualClock() });
    const op = new Flag(100);
    op.ready = true;
    expect(purgatory.tryCompleteElseWatch(op, ['k'])).toBe(true);
    expect(op.outcome).toBe('completed');
    expect(purgatory.waiting).toBe(0);
  });

  it('parks under every key and completes once when any key is checked', () => {
    const clock = new ManualClock();
    const purgatory = new DelayedOperationPurgatory<Flag>({ name: 'T', waitingOperationsMax: 10, clock });
    const op = new Flag(100);
    expect(purgatory.tryCompleteElseWatch(op, ['a', 'b'])).toBe(false);
    expect(purgatory.checkAndComplete('a')).toBe(0);
    op.ready = true;
    expect(purgatory.checkAndComplete('b')).toBe(1);
    expect(op.outcome).toBe('completed');
    expect(purgatory.watched('a')).toBe(0);
    expect(purgatory.waiting).toBe(0);
    expect(clock.pending).toBe(0);
    clock.advance(1000);
    expect(op.outcome).toBe('completed');
  });

  it('expires an operation when its delay passes', () => {
    const clock = new ManualClock();
    const purgatory = new DelayedOperationPurgatory<Flag>({ name: 'T', waitingOperationsMax: 10, clock });
    const op = new Flag(100);
    purgatory.tryCompleteElseWatch(op, ['a']);
    clock.advance(99);
    expect(op.outcome).toBeUndefined();
    clock.advance(1);
    expect(op.outcome).toBe('expired');
    expect(purgatory.waiting).toBe(0);
    expect(purgatory.watched('a')).toBe(0);
  });

  it('expires new operations at once beyond its bound and on shutdown', () => {
    const purgatory = new DelayedOperationPurgatory<Flag>({ name: 'T', waitingOperationsMax: 1, clock: new ManualClock() });
    const first = new Flag(100);
    const second = new Flag(100);
    purgatory.tryCompleteElseWatch(first, ['a']);
    expect(purgatory.tryCompleteElseWatch(second, ['a'])).toBe(true);
    expect(second.outcome).toBe('expired');
    purgatory.shutdown();
    expect(first.outcome).toBe('expired');
    const late = new Flag(100);
    purgatory.tryCompleteElseWatch(late, ['a']);
    expect(late.outcome).toBe('expired');
  });
});

function leader(log = new FakeLog(), isr = [1]): Partition {
  const p = new Partition('t', 0, log, { localBrokerId: 1, replicaLagTimeMaxMs: 30_000, clock: new ManualClock() });
  p.makeLeader({ controllerEpoch: 1, leader: 1, leaderEpoch: 1, isr, zkVersion: 0, replicas: isr }, 0);
  return p;
}

async function append(p: Partition, count: number): Promise<number> {
  const records = encodeRecordBatchUncompressed(Array.from({ length: count }, () => ({ value: 'x'.repeat(50) })), { nowMs: 1 });
  const info = await p.appendRecordsToLeader(records, 1, 0);
  return info.lastOffset + 1;
}

describe('DelayedFetch', () => {
  function setup(minBytes: number, partition: Partition | undefined, fetchOffset = 0) {
    const clock = new ManualClock();
    const purgatory = new DelayedOperationPurgatory<DelayedFetch>({ name: 'Fetch', waitingOperationsMax: 10, clock });
    const answers: boolean[] = [];
    const op = new DelayedFetch(500, { replicaId: -1, minBytes, partitions: [{ topic: 't', partition: 0, fetchOffset, currentLeaderEpoch: -1 }] },
      () => partition, (expired) => answers.push(expired));
    const completedNow = purgatory.tryCompleteElseWatch(op, op.keys());
    return { clock, purgatory, answers, completedNow };
  }

  it('waits while no data is available and completes when an append brings min_bytes', async () => {
    const p = leader();
    const { purgatory, answers, completedNow } = setup(1, p);
    expect(completedNow).toBe(false);
    await append(p, 1);
    expect(purgatory.checkAndComplete('t-0')).toBe(1);
    expect(answers).toEqual([false]);
  });

  it('keeps waiting until the accumulated bytes reach min_bytes', async () => {
    const p = leader();
    const { purgatory, answers } = setup(400, p);
    await append(p, 1);
    expect(purgatory.checkAndComplete('t-0')).toBe(0);
    await append(p, 5);
    expect(purgatory.checkAndComplete('t-0')).toBe(1);
    expect(answers).toEqual([false]);
  });

  it('does not count bytes above the HW for consumers', async () => {
    const p = leader(new FakeLog(), [1, 2]);
    const { purgatory, answers } = setup(1, p);
    await append(p, 3);
    expect(p.highWatermark).toBe(0);
    expect(purgatory.checkAndComplete('t-0')).toBe(0);
    p.updateFollowerFetchState(2, 3, 0, 1);
    expect(purgatory.checkAndComplete('t-0')).toBe(1);
    expect(answers).toEqual([false]);
  });

  it('expires after max_wait_ms with nothing to read', () => {
    const { clock, answers } = setup(1, leader());
    clock.advance(499);
    expect(answers).toEqual([]);
    clock.advance(1);
    expect(answers).toEqual([true]);
  });

  it('completes at once when the partition is gone or led elsewhere', () => {
    expect(setup(1, undefined).answers).toEqual([false]);
    const p = leader();
    p.makeFollower({ controllerEpoch: 1, leader: 2, leaderEpoch: 2, isr: [2], zkVersion: 1, replicas: [1, 2] });
    expect(setup(1, p).answers).toEqual([false]);
  });

  it('completes at once when the fetch offset is past the fetchable end', () => {
    expect(setup(1, leader(), 5).answers).toEqual([false]);
  });
});

describe('DelayedProduce', () => {
  it('completes when the HW passes the required offset', async () => {
    const p = leader(new FakeLog(), [1, 2]);
    const end = await append(p, 2);
    const statuses: ProducePartitionStatus[] = [{ topic: 't', partition: 0, requiredOffset: end, acksPending: true, errorCode: ErrorCode.NONE }];
    const clock = new ManualClock();
    const purgatory = new DelayedOperationPurgatory<DelayedProduce>({ name: 'Produce', waitingOperationsMax: 10, clock });
    let answered = false;
    const op = new DelayedProduce(1000, statuses, () => p, () => { answered = true; });
    expect(purgatory.tryCompleteElseWatch(op, op.keys())).toBe(false);
    p.updateFollowerFetchState(2, end, 0, 1);
    purgatory.checkAndComplete('t-0');
    expect(answered).toBe(true);
    expect(statuses[0]!.errorCode).toBe(ErrorCode.NONE);
  });

  it('answers REQUEST_TIMED_OUT for partitions still waiting at the timeout', async () => {
    const p = leader(new FakeLog(), [1, 2]);
    const end = await append(p, 1);
    const statuses: ProducePartitionStatus[] = [{ topic: 't', partition: 0, requiredOffset: end, acksPending: true, errorCode: ErrorCode.NONE }];
    const clock = new ManualClock();
    const purgatory = new DelayedOperationPurgatory<DelayedProduce>({ name: 'Produce', waitingOperationsMax: 10, clock });
    const op = new DelayedProduce(1000, statuses, () => p, () => undefined);
    purgatory.tryCompleteElseWatch(op, op.keys());
    clock.advance(1000);
    expect(statuses[0]!.errorCode).toBe(ErrorCode.REQUEST_TIMED_OUT);
  });

  it('answers NOT_LEADER_OR_FOLLOWER when leadership moved while waiting', async () => {
    const p = leader(new FakeLog(), [1, 2]);
    const end = await append(p, 1);
    const statuses: ProducePartitionStatus[] = [{ topic: 't', partition: 0, requiredOffset: end, acksPending: true, errorCode: ErrorCode.NONE }];
    const purgatory = new DelayedOperationPurgatory<DelayedProduce>({ name: 'Produce', waitingOperationsMax: 10, clock: new ManualClock() });
    purgatory.tryCompleteElseWatch(new DelayedProduce(1000, statuses, () => p, () => undefined), ['t-0']);
    p.makeFollower({ controllerEpoch: 1, leader: 2, leaderEpoch: 2, isr: [2], zkVersion: 1, replicas: [1, 2] });
    purgatory.checkAndComplete('t-0');
    expect(statuses[0]!.errorCode).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
  });
});

describe('operations over many partitions check only the partition that changed', () => {
  const partitions = 300;
  const key = (p: number) => `t-${p}`;

  it('an acks=all produce over N partitions costs O(N) partition checks as each HW advances, not O(N^2)', () => {
    let lookups = 0;
    const replicated = new Set<number>();
    const fakePartition = (p: number) => ({
      checkEnoughReplicasReachOffset: () => ({ done: replicated.has(p), errorCode: ErrorCode.NONE }),
    }) as unknown as Partition;
    const statuses: ProducePartitionStatus[] = Array.from({ length: partitions }, (_, p) => ({ topic: 't', partition: p, requiredOffset: 1, acksPending: true, errorCode: 0 }));
    let answered: readonly ProducePartitionStatus[] | undefined;
    const op = new DelayedProduce(30_000, statuses, (_t, p) => { lookups++; return fakePartition(p); }, (s) => (answered = s));
    const purgatory = new DelayedOperationPurgatory<DelayedProduce>({ name: 'Produce', waitingOperationsMax: 10, clock: new ManualClock() });
    expect(purgatory.tryCompleteElseWatch(op, op.keys())).toBe(false);
    const afterParking = lookups;
    for (let p = 0; p < partitions; p++) {
      replicated.add(p);
      purgatory.checkAndComplete(key(p));
    }
    expect(answered).toHaveLength(partitions);
    expect(answered!.every((s) => !s.acksPending && s.errorCode === ErrorCode.NONE)).toBe(true);
    expect(lookups - afterParking).toBe(partitions);
  });

  it('a fetch with minBytes 1 over N partitions checks only the appended partition', () => {
    let lookups = 0;
    const withBytes = new Set<number>();
    const fakePartition = (p: number) => ({
      isLeader: true, logEndOffset: 10, checkCurrentLeaderEpoch: () => ErrorCode.NONE, bytesAvailable: () => (withBytes.has(p) ? 100 : 0),
    }) as unknown as Partition;
    const fetchPartitions = Array.from({ length: partitions }, (_, p) => ({ topic: 't', partition: p, fetchOffset: 0, currentLeaderEpoch: -1 }));
    let expired: boolean | undefined;
    const op = new DelayedFetch(500, { replicaId: 2, minBytes: 1, partitions: fetchPartitions }, (_t, p) => { lookups++; return fakePartition(p); }, (e) => (expired = e));
    const purgatory = new DelayedOperationPurgatory<DelayedFetch>({ name: 'Fetch', waitingOperationsMax: 10, clock: new ManualClock() });
    expect(purgatory.tryCompleteElseWatch(op, op.keys())).toBe(false);
    const afterParking = lookups;
    purgatory.checkAndComplete(key(5)); // nothing new there
    expect(expired).toBeUndefined();
    withBytes.add(250);
    expect(purgatory.checkAndComplete(key(250))).toBe(1);
    expect(expired).toBe(false);
    expect(lookups - afterParking).toBe(2);
  });
});
