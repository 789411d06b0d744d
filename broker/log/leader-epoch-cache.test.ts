import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LeaderEpochFileCache } from './leader-epoch-cache';
import { nodeFileSystem } from './file-system';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samsa-epoch-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function cacheWith(entries: [number, number][]): LeaderEpochFileCache {
  const cache = new LeaderEpochFileCache(nodeFileSystem, join(dir, 'leader-epoch-checkpoint'));
  for (const [epoch, start] of entries) cache.assign(epoch, start);
  return cache;
}

describe('LeaderEpochFileCache', () => {
  it('assigns only new epochs and ignores negative ones', () => {
    const cache = cacheWith([[0, 0], [0, 5], [-1, 7], [2, 10]]);
    expect(cache.entries()).toEqual([{ epoch: 0, startOffset: 0 }, { epoch: 2, startOffset: 10 }]);
    expect(cache.latestEpoch()).toBe(2);
  });

  it('drops entries that conflict with a new assignment (Kafka truncateAndAppend)', () => {
    const cache = cacheWith([[1, 0], [3, 10], [5, 20]]);
    cache.assign(4, 15);
    expect(cache.entries()).toEqual([{ epoch: 1, startOffset: 0 }, { epoch: 3, startOffset: 10 }, { epoch: 4, startOffset: 15 }]);
    cache.assign(3, 5);
    expect(cache.entries()).toEqual([{ epoch: 1, startOffset: 0 }, { epoch: 3, startOffset: 5 }]);
  });

  it('answers endOffsetFor like Kafka', () => {
    const cache = cacheWith([[1, 0], [3, 10], [5, 20]]);
    expect(cache.endOffsetFor(5, 42)).toEqual({ epoch: 5, endOffset: 42 }); // latest: the LEO
    expect(cache.endOffsetFor(3, 42)).toEqual({ epoch: 3, endOffset: 20 });
    expect(cache.endOffsetFor(4, 42)).toEqual({ epoch: 3, endOffset: 20 }); // unknown, between: largest <= 4
    expect(cache.endOffsetFor(0, 42)).toEqual({ epoch: 0, endOffset: 0 }); // before every entry
    expect(cache.endOffsetFor(6, 42)).toEqual({ epoch: -1, endOffset: -1 }); // after the latest
    expect(cache.endOffsetFor(-1, 42)).toEqual({ epoch: -1, endOffset: -1 });
    expect(cacheWith([]).endOffsetFor(0, 42)).toEqual({ epoch: -1, endOffset: -1 });
  });

  it('truncates from the end and from the start', () => {
    const cache = cacheWith([[1, 0], [3, 10], [5, 20]]);
    cache.truncateFromEnd(20);
    expect(cache.entries()).toEqual([{ epoch: 1, startOffset: 0 }, { epoch: 3, startOffset: 10 }]);
    cache.truncateFromStart(12);
    expect(cache.entries()).toEqual([{ epoch: 3, startOffset: 12 }]);
    cache.truncateFromStart(5);
    expect(cache.entries()).toEqual([{ epoch: 3, startOffset: 12 }]);
  });

  it('persists as "0\\n<count>\\n<epoch> <offset>" and loads it back', async () => {
    const cache = cacheWith([[1, 0], [3, 10]]);
    expect(cache.needsFlush).toBe(true);
    await cache.flush();
    expect(cache.needsFlush).toBe(false);
    expect(await readFile(join(dir, 'leader-epoch-checkpoint'), 'utf8')).toBe('0\n2\n1 0\n3 10\n');
    const loaded = await LeaderEpochFileCache.load(nodeFileSystem, dir);
    expect(loaded.entries()).toEqual(cache.entries());
  });
});
