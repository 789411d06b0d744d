import { LeaderEpochFileCache } from '../log/leader-epoch-cache';
import { outOfRangeAction, truncationOffsetFor, type FollowerEpochView } from './follower-truncation';
import { nodeFileSystem } from '../log/file-system';

function follower(entries: [number, number][], logEndOffset: number, highWatermark = 0): FollowerEpochView & { cache: LeaderEpochFileCache } {
  const cache = new LeaderEpochFileCache(nodeFileSystem, '/nonexistent', entries.map(([epoch, startOffset]) => ({ epoch, startOffset })));
  return { cache, logEndOffset, highWatermark, endOffsetFor: (epoch) => cache.endOffsetFor(epoch, logEndOffset) };
}

/** A leader answering OffsetForLeaderEpoch from its own cache, as Partition.lastOffsetForLeaderEpoch does. */
function leaderAnswer(entries: [number, number][], logEndOffset: number, epoch: number): { epoch: number; endOffset: number } {
  return new LeaderEpochFileCache(nodeFileSystem, '/nonexistent', entries.map(([e, s]) => ({ epoch: e, startOffset: s }))).endOffsetFor(epoch, logEndOffset);
}

describe('follower truncation offset (KIP-101/279)', () => {
  it('same epoch on both sides: min of the leader end, the own end for that epoch and the LEO', () => {
    // KIP-101 scenario 2: the follower holds offset 1 from epoch 0 that the new leader (epoch 1) never had.
    const f = follower([[0, 0]], 2);
    const answer = leaderAnswer([[0, 0], [1, 1]], 3, 0);
    expect(answer).toEqual({ epoch: 0, endOffset: 1 });
    expect(truncationOffsetFor(answer.epoch, answer.endOffset, f)).toEqual({ offset: 1, completed: true });
  });

  it('keeps the whole log when the leader has all of it (KIP-101 scenario 1: no truncation to a stale HW)', () => {
    const f = follower([[0, 0]], 2, 1);
    const answer = leaderAnswer([[0, 0]], 2, 0);
    expect(truncationOffsetFor(answer.epoch, answer.endOffset, f)).toEqual({ offset: 2, completed: true });
  });

  it('KIP-279: a follower lacking the epoch of the answer truncates to its own end of the epoch below and asks again', () => {
    // Follower wrote epochs 1 and 3 (it led briefly in 3); the leader knows 1, 2 and 4.
    const f = follower([[1, 0], [3, 5]], 8);
    const first = leaderAnswer([[1, 0], [2, 4], [4, 9]], 12, 3);
    expect(first).toEqual({ epoch: 2, endOffset: 9 });
    const step1 = truncationOffsetFor(first.epoch, first.endOffset, f);
    expect(step1).toEqual({ offset: 5, completed: false });
    // The follower applies it: its latest epoch is now 1, which it asks about next.
    f.cache.truncateFromEnd(step1.offset);
    const next = { ...f, logEndOffset: 5, endOffsetFor: (e: number) => f.cache.endOffsetFor(e, 5) };
    expect(f.cache.latestEpoch()).toBe(1);
    const second = leaderAnswer([[1, 0], [2, 4], [4, 9]], 12, 1);
    expect(second).toEqual({ epoch: 1, endOffset: 4 });
    expect(truncationOffsetFor(second.epoch, second.endOffset, next)).toEqual({ offset: 4, completed: true });
  });

  it('falls back to the high watermark when the leader does not know the epoch', () => {
    expect(truncationOffsetFor(-1, -1, follower([[7, 0]], 10, 6))).toEqual({ offset: 6, completed: true });
  });

  it('never truncates above its own LEO', () => {
    expect(truncationOffsetFor(4, 50, follower([[4, 0]], 10))).toEqual({ offset: 10, completed: true });
  });
});

describe('OFFSET_OUT_OF_RANGE on a follower', () => {
  it('truncates to a leader LEO below its own (after an unclean election)', () => {
    expect(outOfRangeAction(10, 7, 0)).toEqual({ kind: 'truncate', offset: 7 });
  });
  it('restarts at the leader log start when its log ends before it', () => {
    expect(outOfRangeAction(3, 20, 5)).toEqual({ kind: 'truncateFully', offset: 5 });
  });
  it('otherwise fetches again from its LEO', () => {
    expect(outOfRangeAction(8, 20, 5)).toEqual({ kind: 'fetch', offset: 8 });
  });
});
