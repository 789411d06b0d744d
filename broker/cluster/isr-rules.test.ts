import { applyFollowerFetch, newFollowerState, nextHighWatermark, outOfSyncReplicas, shouldExpandIsr, type FollowerState } from './isr-rules';

const lagMs = 10_000;
const t0 = 1_000_000;

describe('lastCaughtUpTimeMs rule (applyFollowerFetch)', () => {
  it('a fetch at the leader LEO is caught up now', () => {
    const f = applyFollowerFetch(newFollowerState(false, t0), 10, 0, 10, t0 + 5);
    expect(f.lastCaughtUpTimeMs).toBe(t0 + 5);
    expect(f.logEndOffset).toBe(10);
  });

  it('a fetch reaching the leader LEO of the previous fetch is caught up as of the previous fetch', () => {
    let f = applyFollowerFetch(newFollowerState(false, t0), 5, 0, 10, t0 + 100);
    expect(f.lastCaughtUpTimeMs).toBe(0);
    f = applyFollowerFetch(f, 10, 0, 20, t0 + 200);
    expect(f.lastCaughtUpTimeMs).toBe(t0 + 100);
  });

  it('a fetch behind both LEOs leaves the time alone', () => {
    let f = applyFollowerFetch(newFollowerState(true, t0), 5, 0, 10, t0 + 100);
    f = applyFollowerFetch(f, 7, 0, 20, t0 + 200);
    expect(f.lastCaughtUpTimeMs).toBe(t0);
  });
});

describe('ISR expansion condition', () => {
  const base = { highWatermark: 10, leaderEpochStartOffset: 8, inIsr: false, isAssignedReplica: true };
  it('needs the follower LEO to reach the HW and the current epoch start offset', () => {
    expect(shouldExpandIsr({ ...base, followerLogEndOffset: 10 })).toBe(true);
    expect(shouldExpandIsr({ ...base, followerLogEndOffset: 9 })).toBe(false);
    expect(shouldExpandIsr({ ...base, highWatermark: 5, leaderEpochStartOffset: 8, followerLogEndOffset: 7 })).toBe(false);
    expect(shouldExpandIsr({ ...base, highWatermark: 5, leaderEpochStartOffset: 8, followerLogEndOffset: 8 })).toBe(true);
  });
  it('never adds a member twice or a replica that is not assigned', () => {
    expect(shouldExpandIsr({ ...base, followerLogEndOffset: 10, inIsr: true })).toBe(false);
    expect(shouldExpandIsr({ ...base, followerLogEndOffset: 10, isAssignedReplica: false })).toBe(false);
  });
});

describe('ISR shrink condition', () => {
  function followers(entries: [number, Partial<FollowerState>][]): Map<number, FollowerState> {
    return new Map(entries.map(([id, f]) => [id, { ...newFollowerState(true, t0), ...f }]));
  }
  it('drops a follower behind the LEO and not caught up for longer than replica.lag.time.max.ms', () => {
    const fs = followers([[2, { logEndOffset: 5, lastCaughtUpTimeMs: t0 }], [3, { logEndOffset: 10, lastCaughtUpTimeMs: t0 }]]);
    const at = (nowMs: number) => outOfSyncReplicas({ isr: [1, 2, 3], leaderId: 1, followers: fs, leaderLogEndOffset: 10, nowMs, replicaLagTimeMaxMs: lagMs });
    expect(at(t0 + lagMs)).toEqual([]);
    expect(at(t0 + lagMs + 1)).toEqual([2]);
  });
  it('never drops the leader', () => {
    expect(outOfSyncReplicas({ isr: [1], leaderId: 1, followers: new Map(), leaderLogEndOffset: 10, nowMs: t0 * 2, replicaLagTimeMaxMs: lagMs })).toEqual([]);
  });
});

describe('high watermark candidate', () => {
  it('is the minimum LEO over the ISR and never moves backwards', () => {
    const fs = new Map<number, FollowerState>([[2, { ...newFollowerState(true, t0), logEndOffset: 7 }]]);
    const opts = { leaderLogEndOffset: 10, isr: [1, 2], followers: fs, nowMs: t0, replicaLagTimeMaxMs: lagMs };
    expect(nextHighWatermark({ ...opts, currentHighWatermark: 5 })).toBe(7);
    expect(nextHighWatermark({ ...opts, currentHighWatermark: 7 })).toBeUndefined();
    expect(nextHighWatermark({ ...opts, currentHighWatermark: 9 })).toBeUndefined();
  });
  it('waits for an ISR member that has not fetched yet', () => {
    const fs = new Map<number, FollowerState>([[2, newFollowerState(true, t0)]]);
    expect(nextHighWatermark({ leaderLogEndOffset: 10, currentHighWatermark: 0, isr: [1, 2], followers: fs, nowMs: t0, replicaLagTimeMaxMs: lagMs })).toBeUndefined();
  });
  it('ignores a follower outside the ISR that is not caught up, and counts one that recently was', () => {
    const lagging = { ...newFollowerState(false, t0), logEndOffset: 3, lastCaughtUpTimeMs: 0 };
    const recent = { ...lagging, lastCaughtUpTimeMs: t0 - 1 };
    const opts = { leaderLogEndOffset: 10, currentHighWatermark: 0, isr: [1], nowMs: t0, replicaLagTimeMaxMs: lagMs };
    expect(nextHighWatermark({ ...opts, followers: new Map([[2, lagging]]) })).toBe(10);
    expect(nextHighWatermark({ ...opts, followers: new Map([[2, recent]]) })).toBe(3);
  });
});
