import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CheckpointFormatError, readOffsetCheckpoint, writeOffsetCheckpoint } from './checkpoint-file';
import { nodeFileSystem } from './file-system';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samsa-ckpt-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('offset checkpoint files', () => {
  it('round-trips "0\\n<count>\\n<topic> <partition> <offset>" and leaves no temp file', async () => {
    const path = join(dir, 'replication-offset-checkpoint');
    const entries = [{ topic: 'a.b-c', partition: 3, offset: 17 }, { topic: 'x', partition: 0, offset: 0 }];
    await writeOffsetCheckpoint(nodeFileSystem, path, entries);
    expect(await readFile(path, 'utf8')).toBe('0\n2\na.b-c 3 17\nx 0 0\n');
    expect(await readdir(dir)).toEqual(['replication-offset-checkpoint']);
    expect(await readOffsetCheckpoint(nodeFileSystem, path)).toEqual(entries);
  });

  it('treats a missing file as empty', async () => {
    expect(await readOffsetCheckpoint(nodeFileSystem, join(dir, 'none'))).toEqual([]);
  });

  it.each([
    ['1\n0\n', 'unknown version'],
    ['0\n2\nt 0 1\n', 'expected 2 entries'],
    ['0\n1\nt zero 1\n', 'bad number'],
  ])('rejects malformed content %j', async (content, reason) => {
    const path = join(dir, 'bad');
    await writeFile(path, content);
    await expect(readOffsetCheckpoint(nodeFileSystem, path)).rejects.toThrow(CheckpointFormatError);
    await expect(readOffsetCheckpoint(nodeFileSystem, path)).rejects.toThrow(reason);
  });
});
