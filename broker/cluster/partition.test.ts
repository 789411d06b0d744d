import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import { encodeRecordBatchUncompressed } from '../../proto/record-batch';
import { AppendOrigin, checkBatchHeaders } from '../log/log-validator';
import { Partition, type PartitionLeadership } from './partition';
import { FakeLog } from '../../test/support/cluster-fakes';
import { systemClock } from '../clock';

const localBrokerId = 1;

function state(overrides: Partial<PartitionLeadership> = {}): PartitionLeadership {
  return { controllerEpoch: 1, leader: localBrokerId, leaderEpoch: 5, isr: [localBrokerId], zkVersion: 0, replicas: [localBrokerId], ...overrides };
}

function batch(count = 1): Buffer {
  return encodeRecordBatchUncompressed(Array.from({ length: count }, (_, i) => ({ value: `v${i}` })), { nowMs: 1_000 });
}

async function append(p: Partition, records: Buffer, acks = 1, nowMs = 0) {
  return p.appendRecordsToLeader(records, acks, nowMs);
}

async function codeOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return ErrorCode.NONE;
  } catch (err) {
    if (err instanceof SamsaProtocolError) return err.code;
    throw err;
  }
}

function newPartition(log = new FakeLog()): Partition {
  return new Partition('t', 0, log, { localBrokerId, replicaLagTimeMaxMs: 30_000, clock: systemClock });
}

describe('Partition', () => {
  it('makeLeader adopts the controller state and opens the epoch at the LEO in the leader-epoch cache', () => {
    const log = new FakeLog();
    const p = newPartition(log);
    expect(p.makeLeader(state(), 0)).toBe(true);
    expect(p.isLeader).toBe(true);
    expect(p.leaderEpoch).toBe(5);
    expect(log.epochs).toEqual([{ epoch: 5, startOffset: 0 }]);
  });

  it('with RF=1 the HW follows the LEO after each append', async () => {
    const p = newPartition();
    p.makeLeader(state(), 0);
    const info = await append(p, batch(3));
    expect(info.firstOffset).toBe(0);
    expect(p.logEndOffset).toBe(3);
    expect(p.highWatermark).toBe(3);
    await append(p, batch(2));
    expect(p.highWatermark).toBe(5);
  });

  it('the HW is the minimum LEO over the ISR and waits for a follower in the ISR', async () => {
    const p = newPartition();
    p.makeLeader(state({ isr: [1, 2], replicas: [1, 2] }), 0);
    await append(p, batch(4));
    expect(p.highWatermark).toBe(0);
    expect(p.updateFollowerFetchState(2, 3, 0, 10)).toBe(true);
    expect(p.highWatermark).toBe(3);
    p.updateFollowerFetchState(2, 4, 0, 20);
    expect(p.highWatermark).toBe(4);
  });

  it('stamps the leader epoch and the reserved offsets into the batch', async () => {
    const p = newPartition();
    p.makeLeader(state(), 0);
    await append(p, batch(2));
    const records = batch(1);
    await append(p, records);
    expect(records.readBigInt64BE(0)).toBe(2n);
    expect(records.readInt32BE(12)).toBe(5);
  });

  it('refuses appends when not the leader', async () => {
    const p = newPartition();
    p.makeFollower(state({ leader: 2, replicas: [1, 2], isr: [2, 1] }));
    expect(p.isLeader).toBe(false);
    expect(p.isr).toEqual([]);
    expect(await codeOf(append(p, batch()))).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
  });

  it('acks=-1 with an ISR below min.insync.replicas is refused with nothing written; acks=1 is accepted', async () => {
    const log = new FakeLog({ minInsyncReplicas: 2 });
    const p = newPartition(log);
    p.makeLeader(state(), 0);
    expect(await codeOf(append(p, batch(), -1))).toBe(ErrorCode.NOT_ENOUGH_REPLICAS);
    expect(log.logEndOffset).toBe(0);
    expect(await codeOf(append(p, batch(), 1))).toBe(ErrorCode.NONE);
  });

  it('checkEnoughReplicasReachOffset waits for the HW and reports a shrunken ISR', async () => {
    const p = newPartition();
    p.makeLeader(state({ isr: [1, 2], replicas: [1, 2] }), 0);
    await append(p, batch(2));
    expect(p.checkEnoughReplicasReachOffset(2)).toEqual({ done: false, errorCode: ErrorCode.NONE });
    p.updateFollowerFetchState(2, 2, 0, 1);
    expect(p.checkEnoughReplicasReachOffset(2)).toEqual({ done: true, errorCode: ErrorCode.NONE });
    const strict = newPartition(new FakeLog({ minInsyncReplicas: 2 }));
    strict.makeLeader(state({ isr: [1, 2], replicas: [1, 2] }), 0);
    strict.isr = [1];
    expect(strict.checkEnoughReplicasReachOffset(0)).toEqual({ done: true, errorCode: ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND });
    strict.makeFollower(state({ leader: 2, leaderEpoch: 6 }));
    expect(strict.checkEnoughReplicasReachOffset(0).errorCode).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
  });

  it('fences reads by current leader epoch: older FENCED_LEADER_EPOCH, newer UNKNOWN_LEADER_EPOCH, -1 unchecked', async () => {
    const p = newPartition();
    p.makeLeader(state(), 0);
    const read = (currentLeaderEpoch: number) => codeOf(p.readRecords({ replicaId: -1, fetchOffset: 0, currentLeaderEpoch, maxBytes: 1000, minOneBatch: true }));
    expect(await read(4)).toBe(ErrorCode.FENCED_LEADER_EPOCH);
    expect(await read(6)).toBe(ErrorCode.UNKNOWN_LEADER_EPOCH);
    expect(await read(5)).toBe(ErrorCode.NONE);
    expect(await read(-1)).toBe(ErrorCode.NONE);
  });

  it('consumers read up to the HW, get nothing between HW and LEO, are out of range past the LEO; followers read up to the LEO', async () => {
    const p = newPartition();
    p.makeLeader(state({ isr: [1, 2], replicas: [1, 2] }), 0);
    await append(p, batch(2));
    p.updateFollowerFetchState(2, 2, 0, 1);
    await append(p, batch(3));
    expect(p.highWatermark).toBe(2);
    const consumer = await p.readRecords({ replicaId: -1, fetchOffset: 0, currentLeaderEpoch: -1, maxBytes: 1 << 20, minOneBatch: true });
    expect(checkBatchHeaders(consumer.records, { maxBatchBytes: 1 << 20, origin: AppendOrigin.Replication })).toHaveLength(1);
    expect(consumer.records.length).toBe(batch(2).length);
    expect(consumer.highWatermark).toBe(2);
    const atHw = await p.readRecords({ replicaId: -1, fetchOffset: 2, currentLeaderEpoch: -1, maxBytes: 1 << 20, minOneBatch: true });
    expect(atHw.records.length).toBe(0);
    const betweenHwAndLeo = await p.readRecords({ replicaId: -1, fetchOffset: 3, currentLeaderEpoch: -1, maxBytes: 1 << 20, minOneBatch: true });
    expect(betweenHwAndLeo.records.length).toBe(0);
    expect(betweenHwAndLeo.highWatermark).toBe(2);
    expect(await codeOf(p.readRecords({ replicaId: -1, fetchOffset: 6, currentLeaderEpoch: -1, maxBytes: 1 << 20, minOneBatch: true })))
      .toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
    const follower = await p.readRecords({ replicaId: 2, fetchOffset: 2, currentLeaderEpoch: -1, maxBytes: 1 << 20, minOneBatch: true });
    expect(follower.records.length).toBe(batch(3).length);
  });

  it('ListOffsets sentinels: -2 log start, -1 HW for consumers and LEO for replicas', async () => {
    const p = newPartition();
    p.makeLeader(state({ isr: [1, 2], replicas: [1, 2] }), 0);
    await append(p, batch(4));
    p.updateFollowerFetchState(2, 1, 0, 1);
    expect((await p.fetchOffsetForTimestamp(-2, -1, -1)).offset).toBe(0);
    expect((await p.fetchOffsetForTimestamp(-1, -1, -1)).offset).toBe(1);
    expect((await p.fetchOffsetForTimestamp(-1, -1, 2)).offset).toBe(4);
  });

  it('bytesAvailable counts appends after the fetch offset up to the fetchable end', async () => {
    const p = newPartition();
    p.makeLeader(state(), 0);
    const first = batch(1);
    await append(p, first);
    expect(p.bytesAvailable(1, -1)).toBe(0);
    const second = batch(2);
    await append(p, second);
    expect(p.bytesAvailable(1, -1)).toBe(second.length);
    expect(p.bytesAvailable(0, -1)).toBe(first.length + second.length);
  });
});
