import { ErrorCode } from '../../proto/errors';
import { FakeLog, ManualClock } from '../../test/support/cluster-fakes';
import { DelayedDeleteRecords, type DeleteRecordsStatus, deleteRecordsOnLeader } from './delayed-delete-records';
import { DelayedOperationPurgatory } from './delayed-operation';
import { Partition } from './partition';

const leaderId = 1;
const followerId = 2;
const alive = (): boolean => true;

function leaderPartition(log = new FakeLog()): Partition {
  const p = new Partition('t', 0, log, { localBrokerId: leaderId, replicaLagTimeMaxMs: 30_000, clock: new ManualClock() });
  p.makeLeader({ controllerEpoch: 1, leader: leaderId, leaderEpoch: 1, isr: [leaderId, followerId], zkVersion: 0, replicas: [leaderId, followerId] }, 0);
  log.logEndOffset = 10;
  log.highWatermark = 10;
  return p;
}

function park(p: Partition, status: DeleteRecordsStatus, delayMs: number, clock: ManualClock) {
  const purgatory = new DelayedOperationPurgatory<DelayedDeleteRecords>({ name: 'DeleteRecords', waitingOperationsMax: 10, clock });
  let answered: readonly DeleteRecordsStatus[] | undefined;
  const op = new DelayedDeleteRecords(delayMs, [status], () => p, alive, (s) => { answered = s; });
  purgatory.tryCompleteElseWatch(op, op.keys());
  return { purgatory, answered: () => answered };
}

describe('DeleteRecords on the leader (Partition.deleteRecordsOnLeader, DelayedDeleteRecords)', () => {
  it('moves the log start offset at once and answers when the follower reports it reached it', () => {
    const log = new FakeLog();
    const p = leaderPartition(log);
    const status = deleteRecordsOnLeader(p, 4, alive);
    expect(log.logStartOffset).toBe(4);
    expect(status).toMatchObject({ errorCode: ErrorCode.NONE, requiredOffset: 4, pending: true });
    const clock = new ManualClock();
    const { purgatory, answered } = park(p, status, 30_000, clock);
    expect(answered()).toBeUndefined();
    p.updateFollowerFetchState(followerId, 10, 4, 0);
    purgatory.checkAndComplete('t-0');
    expect(answered()).toEqual([{ topic: 't', partition: 0, requiredOffset: 4, lowWatermark: 4, errorCode: ErrorCode.NONE, pending: false }]);
  });

  it('-1 deletes up to the high watermark', () => {
    const log = new FakeLog();
    expect(deleteRecordsOnLeader(leaderPartition(log), -1, alive)).toMatchObject({ requiredOffset: 10 });
    expect(log.logStartOffset).toBe(10);
  });

  it('refuses a compacted-only topic with POLICY_VIOLATION and deletes nothing', () => {
    const log = new FakeLog({ cleanupPolicy: 'compact' });
    expect(deleteRecordsOnLeader(leaderPartition(log), 4, alive)).toMatchObject({ errorCode: ErrorCode.POLICY_VIOLATION, lowWatermark: -1, pending: false });
    expect(log.logStartOffset).toBe(0);
  });

  it('answers REQUEST_TIMED_OUT when the follower never catches up, NOT_LEADER_OR_FOLLOWER when leadership moves', () => {
    const clock = new ManualClock();
    const p = leaderPartition();
    const slow = park(p, deleteRecordsOnLeader(p, 4, alive), 1_000, clock);
    clock.advance(1_000);
    expect(slow.answered()).toMatchObject([{ errorCode: ErrorCode.REQUEST_TIMED_OUT, pending: false }]);
    const moved = park(p, deleteRecordsOnLeader(p, 5, alive), 30_000, clock);
    p.makeFollower({ controllerEpoch: 1, leader: followerId, leaderEpoch: 2, isr: [followerId], zkVersion: 1, replicas: [leaderId, followerId] });
    moved.purgatory.checkAndComplete('t-0');
    expect(moved.answered()).toMatchObject([{ errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER, lowWatermark: -1 }]);
  });

  it('a follower on a dead broker does not hold the answer back (lowWatermarkIfLeader counts live brokers)', () => {
    const p = leaderPartition();
    expect(deleteRecordsOnLeader(p, 4, (id) => id !== followerId)).toMatchObject({ lowWatermark: 4 });
  });
});
