import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { InconsistentMetaPropertiesError, checkOrWriteMetaProperties, readMetaProperties } from './meta-properties';
import { nodeFileSystem } from './log/file-system';

describe('meta.properties', () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'samsa-meta-'));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('creates missing log dirs and writes version, broker.id and cluster.id', async () => {
    const dirs = [path.join(root, 'a'), path.join(root, 'b')];
    await checkOrWriteMetaProperties(nodeFileSystem, dirs, 3, 'cluster-x');
    for (const d of dirs) expect(await readMetaProperties(nodeFileSystem, d)).toEqual({ version: 0, brokerId: 3, clusterId: 'cluster-x' });
    expect(await readFile(path.join(dirs[0]!, 'meta.properties'), 'utf8')).toMatch(/^version=0$/m);
  });

  it('accepts a matching file on restart', async () => {
    await checkOrWriteMetaProperties(nodeFileSystem, [root], 3, 'cluster-x');
    await expect(checkOrWriteMetaProperties(nodeFileSystem, [root], 3, 'cluster-x')).resolves.toBeUndefined();
  });

  it('refuses a different broker id', async () => {
    await checkOrWriteMetaProperties(nodeFileSystem, [root], 3, 'cluster-x');
    await expect(checkOrWriteMetaProperties(nodeFileSystem, [root], 4, 'cluster-x')).rejects.toThrow(/broker\.id 4 does not match broker\.id 3/);
  });

  it('refuses a different cluster id', async () => {
    await checkOrWriteMetaProperties(nodeFileSystem, [root], 3, 'cluster-x');
    await expect(checkOrWriteMetaProperties(nodeFileSystem, [root], 3, 'cluster-y')).rejects.toBeInstanceOf(InconsistentMetaPropertiesError);
  });

  it('refuses an unknown version and fills in a missing cluster id', async () => {
    await writeFile(path.join(root, 'meta.properties'), 'version=1\nbroker.id=3\n');
    await expect(checkOrWriteMetaProperties(nodeFileSystem, [root], 3, 'c')).rejects.toThrow(/version 1/);
    await writeFile(path.join(root, 'meta.properties'), 'version=0\nbroker.id=3\n');
    await checkOrWriteMetaProperties(nodeFileSystem, [root], 3, 'c');
    expect((await readMetaProperties(nodeFileSystem, root))?.clusterId).toBe('c');
  });
});
