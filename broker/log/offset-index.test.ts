import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OffsetIndex } from './offset-index';
import { TimeIndex } from './time-index';
import { nodeFileSystem, type LogFileSystem } from './file-system';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samsa-index-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('OffsetIndex', () => {
  it('finds the greatest entry <= target and persists 8-byte relative entries', async () => {
    const index = new OffsetIndex(nodeFileSystem, join(dir, 'x.index'), 100, 1024);
    index.append(104, 0);
    index.append(110, 4096);
    index.append(130, 8192);
    expect(index.lookup(99)).toEqual({ offset: 100, position: 0 });
    expect(index.lookup(120)).toEqual({ offset: 110, position: 4096 });
    expect(index.lookup(500)).toEqual({ offset: 130, position: 8192 });
    expect(() => index.append(130, 9000)).toThrow();
    await index.persist(true);
    const bytes = await readFile(join(dir, 'x.index'));
    expect([...bytes.subarray(8, 16)]).toEqual([0, 0, 0, 10, 0, 0, 16, 0]);
    index.truncateTo(110);
    await index.persist(false);
    expect((await readFile(join(dir, 'x.index'))).length).toBe(8);
  });

  it('reports full at segment.index.bytes and rejects corrupt files', async () => {
    const index = new OffsetIndex(nodeFileSystem, join(dir, 'y.index'), 0, 16);
    index.append(1, 10);
    index.append(2, 20);
    expect(index.isFull).toBe(true);
    await writeFile(join(dir, 'y.index'), Buffer.alloc(7));
    expect(await new OffsetIndex(nodeFileSystem, join(dir, 'y.index'), 0, 1024).loadFromFile()).toBe(false);
    await writeFile(join(dir, 'y.index'), Buffer.from([0, 0, 0, 5, 0, 0, 0, 9, 0, 0, 0, 3, 0, 0, 0, 20]));
    const loaded = new OffsetIndex(nodeFileSystem, join(dir, 'y.index'), 0, 1024);
    expect(await loaded.loadFromFile()).toBe(true);
    expect(loaded.isValidFor(1000)).toBe(false);
  });
});

describe('TimeIndex', () => {
  it('appends only growing timestamps and looks up the greatest entry <= target', () => {
    const index = new TimeIndex(nodeFileSystem, join(dir, 'x.timeindex'), 50, 1200);
    index.maybeAppend(1000, 55);
    index.maybeAppend(900, 60);
    index.maybeAppend(2000, 70);
    expect(index.entryCount).toBe(2);
    expect(index.lookup(500)).toEqual({ timestamp: -1, offset: 50 });
    expect(index.lookup(1500)).toEqual({ timestamp: 1000, offset: 55 });
    expect(index.lastEntry()).toEqual({ timestamp: 2000, offset: 70 });
    index.truncateTo(60);
    expect(index.lastEntry()).toEqual({ timestamp: 1000, offset: 55 });
  });
});

describe('index persistence of unchanged indexes', () => {
  /** nodeFileSystem, counting the files opened. */
  function countingFileSystem(): { fs: LogFileSystem; opens: () => number } {
    let opens = 0;
    const fs: LogFileSystem = {
      ...nodeFileSystem,
      open: (...args: Parameters<LogFileSystem['open']>) => {
        opens++;
        return nodeFileSystem.open(...args);
      },
    };
    return { fs, opens: () => opens };
  }

  it('skips the file when nothing changed since the last persist, and an fsync only once', async () => {
    const { fs, opens } = countingFileSystem();
    const path = join(dir, 'z.index');
    const index = new OffsetIndex(fs, path, 0, 1024);
    index.append(1, 10);
    await index.persist(false);
    expect(opens()).toBe(1);
    await index.persist(false);
    expect(opens()).toBe(1);
    await index.persist(true); // written but not yet fsynced
    expect(opens()).toBe(2);
    await index.persist(true);
    await index.persist(false);
    expect(opens()).toBe(2);
    index.append(2, 20);
    await index.persist(false);
    expect(opens()).toBe(3);
    expect((await readFile(path)).length).toBe(16);
    index.truncateTo(2);
    await index.persist(false);
    expect((await readFile(path)).length).toBe(8);
    // A loaded index matches its file.
    const loaded = new OffsetIndex(fs, path, 0, 1024);
    expect(await loaded.loadFromFile()).toBe(true);
    const before = opens();
    await loaded.persist(false);
    expect(opens()).toBe(before);
  });

  it('persists an entry appended while a persist was under way', async () => {
    const index = new TimeIndex(nodeFileSystem, join(dir, 'w.timeindex'), 0, 1024);
    index.maybeAppend(100, 1);
    const first = index.persist(false);
    index.maybeAppend(200, 2);
    await first;
    await index.persist(false);
    expect((await readFile(join(dir, 'w.timeindex'))).length).toBe(24);
  });
});
