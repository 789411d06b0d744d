import { SimulatedDisk, type DiskRandom } from '../../test/support/simulated-disk';
import { writeFileAtomically, type LogFileSystem } from './file-system';

/** A random source that answers from a script, then with `otherwise`. */
function scripted(answers: number[], otherwise = 0): DiskRandom {
  return (bound) => {
    const next = answers.shift() ?? otherwise;
    if (next >= bound) throw new Error(`scripted answer ${next} is out of [0, ${bound})`);
    return next;
  };
}

async function writeAt(fs: LogFileSystem, path: string, text: string, position: number, sync = false): Promise<void> {
  const fh = await fs.open(path, 'create');
  await fh.write(Buffer.from(text), 0, text.length, position);
  if (sync) await fh.sync();
  await fh.close();
}

async function text(fs: LogFileSystem, path: string): Promise<string> {
  return (await fs.readFile(path)).toString();
}

describe('SimulatedDisk', () => {
  let disk: SimulatedDisk;
  let fs: LogFileSystem;

  beforeEach(async () => {
    disk = new SimulatedDisk();
    fs = disk.mount();
    await fs.mkdir('/data/t-0');
  });

  it('reads what was written at positions, zero-fills holes and truncates', async () => {
    const fh = await fs.open('/data/t-0/a', 'truncate');
    await fh.writev([Buffer.from('abc'), Buffer.from('def')], 0);
    await fh.write(Buffer.from('xyz'), 1, 2, 8);
    expect((await fh.stat()).size).toBe(10);
    const buf = Buffer.alloc(10);
    expect((await fh.read(buf, 0, 10, 0)).bytesRead).toBe(10);
    expect(buf).toEqual(Buffer.from('abcdef\0\0yz'));
    await fh.truncate(4);
    expect((await fh.read(buf, 0, 10, 2)).bytesRead).toBe(2);
    expect(buf.subarray(0, 2).toString()).toBe('cd');
    await fh.close();
    await expect(fh.read(buf, 0, 1, 0)).rejects.toMatchObject({ code: 'EBADF' });
    const again = await fs.open('/data/t-0/a', 'truncate');
    expect((await again.stat()).size).toBe(0);
  });

  it('follows node for missing files, directories and read-only handles', async () => {
    await expect(fs.open('/data/t-0/none', 'readWrite')).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(fs.open('/nodir/f', 'create')).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(fs.readFile('/data/t-0')).rejects.toMatchObject({ code: 'EISDIR' });
    await expect(fs.stat('/data/t-0/none')).rejects.toMatchObject({ code: 'ENOENT' });
    await fs.rm('/data/t-0/none');
    await writeAt(fs, '/data/t-0/f', 'x', 0);
    const reader = await fs.open('/data/t-0/f', 'read');
    await expect(reader.write(Buffer.from('y'), 0, 1, 0)).rejects.toMatchObject({ code: 'EBADF' });
  });

  it('lists a directory sorted, renames files and directories, removes recursively', async () => {
    await writeAt(fs, '/data/t-0/b.log', 'b', 0);
    await writeAt(fs, '/data/t-0/a.log', 'a', 0);
    await fs.mkdir('/data/t-0/sub');
    expect(await fs.readdir('/data/t-0')).toEqual([
      { name: 'a.log', isDirectory: false }, { name: 'b.log', isDirectory: false }, { name: 'sub', isDirectory: true },
    ]);
    await fs.rename('/data/t-0/a.log', '/data/t-0/b.log');
    expect(await text(fs, '/data/t-0/b.log')).toBe('a');
    await fs.rename('/data/t-0', '/data/t-0.x-delete');
    expect(disk.listFiles()).toEqual(['/data/t-0.x-delete/b.log']);
    expect((await fs.readdir('/data')).map((e) => e.name)).toEqual(['t-0.x-delete']);
    await expect(fs.rm('/data/t-0.x-delete')).rejects.toMatchObject({ code: 'EISDIR' });
    await fs.rm('/data/t-0.x-delete', { recursive: true });
    expect(await fs.readdir('/data')).toEqual([]);
  });

  it('keeps an open handle on a file renamed or removed under it', async () => {
    const fh = await fs.open('/data/t-0/a', 'truncate');
    await fs.rename('/data/t-0/a', '/data/t-0/a.deleted');
    await fh.write(Buffer.from('late'), 0, 4, 0);
    expect(await text(fs, '/data/t-0/a.deleted')).toBe('late');
  });

  it('a crash keeps every write, and the crashed mount fails every later call', async () => {
    await writeAt(fs, '/data/t-0/f', 'unsynced', 0);
    const stale = await fs.open('/data/t-0/f', 'readWrite');
    disk.crash();
    await expect(fs.readFile('/data/t-0/f')).rejects.toMatchObject({ code: 'EIO' });
    await expect(stale.write(Buffer.from('z'), 0, 1, 0)).rejects.toMatchObject({ code: 'EIO' });
    expect(await text(disk.mount(), '/data/t-0/f')).toBe('unsynced');
  });

  it('a power loss keeps synced bytes and loses, keeps or tears each unsynced write', async () => {
    await writeAt(fs, '/data/t-0/f', 'synced.', 0, true);
    const fh = await fs.open('/data/t-0/f', 'readWrite');
    await fh.write(Buffer.from('one.'), 0, 4, 7);
    await fh.write(Buffer.from('two.'), 0, 4, 11);
    await fh.write(Buffer.from('three.'), 0, 6, 15);
    // one: kept; two: lost; three: torn after 3 bytes.
    disk.powerLoss(scripted([1, 0, 2, 3]));
    const after = disk.mount();
    expect(await text(after, '/data/t-0/f')).toBe('synced.one.\0\0\0\0thr');
    // What survived a power loss is durable: a crash right after changes nothing.
    disk.crash();
    expect(await text(disk.mount(), '/data/t-0/f')).toBe('synced.one.\0\0\0\0thr');
  });

  it('a power loss may undo an unsynced truncation', async () => {
    await writeAt(fs, '/data/t-0/f', 'abcdef', 0, true);
    const fh = await fs.open('/data/t-0/f', 'readWrite');
    await fh.truncate(2);
    disk.powerLoss(scripted([0]));
    expect(await text(disk.mount(), '/data/t-0/f')).toBe('abcdef');
  });

  it('an atomic write leaves the old content or the new one across a power loss', async () => {
    await writeFileAtomically(fs, '/data/t-0/checkpoint', 'old');
    await writeFileAtomically(fs, '/data/t-0/checkpoint', 'new');
    disk.powerLoss(scripted([], 0));
    const after = disk.mount();
    expect(await text(after, '/data/t-0/checkpoint')).toBe('new');
    expect(disk.listFiles()).toEqual(['/data/t-0/checkpoint']);
  });

  it('fails the operation a fault hook chooses with EIO, and writes past capacity with ENOSPC', async () => {
    const full = new SimulatedDisk({ capacityBytes: 8 });
    const small = full.mount();
    await small.mkdir('/d');
    const fh = await small.open('/d/f', 'create');
    await fh.write(Buffer.from('12345678'), 0, 8, 0);
    await expect(fh.write(Buffer.from('9'), 0, 1, 8)).rejects.toMatchObject({ code: 'ENOSPC' });
    await fh.write(Buffer.from('x'), 0, 1, 0);
    full.injectFault = (op) => (op.syscall === 'fsync' ? 'EIO' : undefined);
    await expect(fh.sync()).rejects.toMatchObject({ code: 'EIO' });
    full.injectFault = undefined;
    await fh.sync();
    expect(full.fileContent('/d/f')?.toString()).toBe('x2345678');
  });

  it('completes every operation through promises alone, with no timer', async () => {
    jest.useFakeTimers();
    try {
      await writeAt(fs, '/data/t-0/f', 'no timers', 0, true);
      expect(await text(fs, '/data/t-0/f')).toBe('no timers');
      expect(jest.getTimerCount()).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });

  it('numbers operations so that a seed can target one', async () => {
    const seen: string[] = [];
    disk.injectFault = (op) => {
      seen.push(`${op.sequence} ${op.syscall} ${op.path}`);
      return undefined;
    };
    const before = disk.operationCount;
    await writeAt(fs, '/data/t-0/f', 'x', 0);
    expect(seen).toEqual([`${before + 1} open /data/t-0/f`, `${before + 2} write /data/t-0/f`]);
  });
});
