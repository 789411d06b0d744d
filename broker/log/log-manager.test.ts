import { appendFile, mkdtemp, open, readFile, readdir, rm, stat, truncate, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { type Log } from './log';
import { type LogConfig } from './log-config';
import { logConfigDefaults } from '../config';
import { cleanShutdownFileName, LogManager, parseTopicPartitionDir } from './log-manager';
import { asLeader, baseOffsetsOf, buildBatch } from '../../test/support/log-batches';
import { systemClock } from '../clock';
import { nodeFileSystem } from './file-system';

let root: string;
let scans: number[];
let managers: LogManager[];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'samsa-logmgr-'));
  scans = [];
  managers = [];
});

afterEach(async () => {
  for (const m of managers) await m.shutdown().catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

const smallSegments: LogConfig = { ...logConfigDefaults, segmentBytes: 1000, indexIntervalBytes: 200, fileDeleteDelayMs: 10 };

async function startManager(config: LogConfig = smallSegments, logDirs = [join(root, 'data')]): Promise<LogManager> {
  const manager = new LogManager({
    fileSystem: nodeFileSystem,
    logDirs,
    clock: systemClock,
    defaultConfig: config,
    retentionCheckIntervalMs: 600_000,
    recoveryPointCheckpointIntervalMs: 600_000,
    highWatermarkCheckpointIntervalMs: 600_000,
    logger: pino({ level: 'silent' }),
    recoveryListener: { onSegmentScanned: (_dir, baseOffset) => scans.push(baseOffset) },
  });
  await manager.startup();
  managers.push(manager);
  return manager;
}

async function stopManager(manager: LogManager): Promise<void> {
  await manager.shutdown();
  managers = managers.filter((m) => m !== manager);
}

/** 200-byte batches of 2 records: five per 1000-byte segment. */
async function fill(log: Log, batches: number): Promise<void> {
  for (let i = 0; i < batches; i += 1) {
    const batch = buildBatch({ recordCount: 2, payloadBytes: 139, fill: i });
    await log.appendAsLeader(batch, asLeader(batch, 1));
  }
}

async function readOffsets(log: Log): Promise<number[]> {
  const offsets: number[] = [];
  let next = log.logStartOffset;
  while (next < log.logEndOffset) {
    const { records } = await log.read({ startOffset: next, maxBytes: 1 << 20, maxOffset: Number.MAX_SAFE_INTEGER, minOneBatch: true });
    const bases = baseOffsetsOf(records);
    offsets.push(...bases);
    next = (bases[bases.length - 1] as number) + 2;
  }
  return offsets;
}

const segmentPath = (log: Log, base: number, suffix = '.log'): string => join(log.dir, `${String(base).padStart(20, '0')}${suffix}`);

/** Simulates a crash after a clean stop: marker gone, nothing known flushed. */
async function forgetCleanShutdown(dir: string): Promise<void> {
  await unlink(join(dir, cleanShutdownFileName));
  await writeFile(join(dir, 'recovery-point-offset-checkpoint'), '0\n1\norders 0 0\n');
}

describe('LogManager checkpoints and lifecycle', () => {
  it('writes Kafka-format checkpoint files and the clean shutdown marker', async () => {
    const manager = await startManager();
    const log = await manager.getOrCreateLog('orders', 0);
    await fill(log, 7);
    log.setHighWatermark(10);
    await manager.getOrCreateLog('orders', 1);
    await stopManager(manager);
    const data = join(root, 'data');
    expect(await readFile(join(data, 'replication-offset-checkpoint'), 'utf8')).toBe('0\n2\norders 0 10\norders 1 0\n');
    expect(await readFile(join(data, 'recovery-point-offset-checkpoint'), 'utf8')).toBe('0\n2\norders 0 14\norders 1 0\n');
    expect(await readFile(join(data, 'log-start-offset-checkpoint'), 'utf8')).toBe('0\n2\norders 0 0\norders 1 0\n');
    expect(await readFile(join(data, 'orders-0', 'leader-epoch-checkpoint'), 'utf8')).toBe('0\n1\n1 0\n');
    expect((await stat(join(data, cleanShutdownFileName))).isFile()).toBe(true);
  });

  it('restores high watermark, log start and data after a clean restart, then removes the marker', async () => {
    const first = await startManager({ ...smallSegments, retentionBytes: 1400, fileDeleteDelayMs: 0 });
    const log = await first.getOrCreateLog('orders', 0);
    await fill(log, 12);
    log.setHighWatermark(24);
    await log.deleteRetentionExpiredSegments(0);
    expect(log.logStartOffset).toBe(10);
    await stopManager(first);
    const second = await startManager();
    const reloaded = second.getLog('orders', 0) as Log;
    expect([reloaded.logStartOffset, reloaded.highWatermark, reloaded.logEndOffset]).toEqual([10, 24, 24]);
    expect(await readOffsets(reloaded)).toEqual([10, 12, 14, 16, 18, 20, 22]);
    expect(await readdir(join(root, 'data'))).not.toContain(cleanShutdownFileName);
  });

  it('trusts the files after a clean shutdown: no segment is scanned, so a corrupt byte goes unnoticed', async () => {
    const first = await startManager();
    await fill(await first.getOrCreateLog('orders', 0), 12);
    await stopManager(first);
    const file = await open(join(root, 'data', 'orders-0', '00000000000000000000.log'), 'r+');
    await file.write(Buffer.from([0xff]), 0, 1, 480); // payload of the third batch
    await file.close();
    const second = await startManager();
    expect(scans).toEqual([]);
    const log = second.getLog('orders', 0) as Log;
    expect(log.logEndOffset).toBe(24);
    const { records } = await log.read({ startOffset: 4, maxBytes: 200, maxOffset: Number.MAX_SAFE_INTEGER, minOneBatch: true });
    expect(records[80]).toBe(0xff);
  });

  it('after a crash recovers from the recovery point: a corrupt batch cuts the log there', async () => {
    const first = await startManager();
    await fill(await first.getOrCreateLog('orders', 0), 12);
    await stopManager(first);
    const file = await open(join(root, 'data', 'orders-0', '00000000000000000000.log'), 'r+');
    await file.write(Buffer.from([0xff]), 0, 1, 480);
    await file.close();
    await forgetCleanShutdown(join(root, 'data'));
    const second = await startManager();
    const log = second.getLog('orders', 0) as Log;
    expect(scans).toEqual([0]);
    expect(log.logEndOffset).toBe(4);
    expect(log.numberOfSegments).toBe(1);
    expect(await readOffsets(log)).toEqual([0, 2]);
    expect(await readdir(log.dir)).not.toContain('00000000000000000010.log');
  });

  it('recovers a torn tail: LEO is the end of the last whole batch and earlier data stays readable', async () => {
    const first = await startManager();
    const log = await first.getOrCreateLog('orders', 0);
    await fill(log, 12);
    await stopManager(first);
    await truncate(segmentPath(log, 20), 300); // second batch of the last segment cut in half
    await forgetCleanShutdown(join(root, 'data'));
    const second = await startManager();
    const recovered = second.getLog('orders', 0) as Log;
    expect(recovered.logEndOffset).toBe(22);
    expect((await stat(segmentPath(log, 20))).size).toBe(200);
    expect(await readOffsets(recovered)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20]);
    const next = buildBatch({ recordCount: 2 });
    expect((await recovered.appendAsLeader(next, asLeader(next, 1))).firstOffset).toBe(22);
  });

  it('after a crash scans only segments from the one holding the recovery point', async () => {
    const first = await startManager();
    await fill(await first.getOrCreateLog('orders', 0), 12);
    await stopManager(first);
    await unlink(join(root, 'data', cleanShutdownFileName));
    await writeFile(join(root, 'data', 'recovery-point-offset-checkpoint'), '0\n1\norders 0 12\n');
    const log = (await startManager()).getLog('orders', 0) as Log;
    expect(scans).toEqual([10, 20]);
    expect(log.recoveryPoint).toBe(12);
    expect(log.logEndOffset).toBe(24);
  });

  it('recovers a segment extended with garbage', async () => {
    const first = await startManager();
    const log = await first.getOrCreateLog('orders', 0);
    await fill(log, 7);
    await stopManager(first);
    await appendFile(segmentPath(log, 10), Buffer.alloc(300, 0x5a));
    await forgetCleanShutdown(join(root, 'data'));
    const recovered = (await startManager()).getLog('orders', 0) as Log;
    expect(recovered.logEndOffset).toBe(14);
    expect((await stat(segmentPath(log, 10))).size).toBe(400);
    expect(await readOffsets(recovered)).toEqual([0, 2, 4, 6, 8, 10, 12]);
  });

  it('rebuilds a missing offset index even after a clean shutdown', async () => {
    const first = await startManager();
    const log = await first.getOrCreateLog('orders', 0);
    await fill(log, 7);
    await stopManager(first);
    await unlink(segmentPath(log, 0, '.index'));
    const second = await startManager();
    const reloaded = second.getLog('orders', 0) as Log;
    expect(scans).toEqual([0]);
    const { records } = await reloaded.read({ startOffset: 6, maxBytes: 200, maxOffset: Number.MAX_SAFE_INTEGER, minOneBatch: true });
    expect(baseOffsetsOf(records)).toEqual([6]);
    await stopManager(second);
    expect((await stat(segmentPath(log, 0, '.index'))).size).toBe(16);
  });

  it('deletes a log by renaming its dir and removing it after the delay', async () => {
    const manager = await startManager();
    await fill(await manager.getOrCreateLog('orders', 0), 2);
    await manager.deleteLog('orders', 0);
    expect(manager.getLog('orders', 0)).toBeUndefined();
    const names = await readdir(join(root, 'data'));
    expect(names.some((n) => /^orders-0\.[0-9a-f]{32}-delete$/.test(n))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect((await readdir(join(root, 'data'))).filter((n) => n.startsWith('orders-0'))).toEqual([]);
  });

  it('spreads new logs over log dirs and reloads them from each', async () => {
    const dirs = [join(root, 'a'), join(root, 'b')];
    const manager = await startManager(smallSegments, dirs);
    for (let p = 0; p < 4; p += 1) await fill(await manager.getOrCreateLog('orders', p), 1);
    expect((await readdir(dirs[0] as string)).filter((n) => n.startsWith('orders'))).toHaveLength(2);
    await stopManager(manager);
    const again = await startManager(smallSegments, dirs);
    expect(again.allLogs().map((l) => l.logEndOffset)).toEqual([2, 2, 2, 2]);
  });

  it('spreads logs created side by side over log dirs, and counts a deleted log out of its dir', async () => {
    const dirs = [join(root, 'a'), join(root, 'b')];
    const manager = await startManager(smallSegments, dirs);
    await Promise.all(Array.from({ length: 8 }, (_, p) => manager.getOrCreateLog('orders', p)));
    const inDir = async (dir: string) => (await readdir(dir)).filter((n) => /^orders-\d+$/.test(n));
    expect(await inDir(dirs[0]!)).toHaveLength(4);
    expect(await inDir(dirs[1]!)).toHaveLength(4);
    const first = new Set(await inDir(dirs[0]!));
    for (let p = 0; p < 8; p++) if (first.has(`orders-${p}`)) await manager.deleteLog('orders', p);
    await Promise.all([8, 9].map((p) => manager.getOrCreateLog('orders', p)));
    expect(await inDir(dirs[0]!)).toHaveLength(2);
  });

  it('parses partition directory names', () => {
    expect(parseTopicPartitionDir('my-topic.v2-12')).toEqual({ topic: 'my-topic.v2', partition: 12 });
    expect(parseTopicPartitionDir('orders-0.0123456789abcdef0123456789abcdef-delete')).toBeUndefined();
    expect(parseTopicPartitionDir('meta.properties')).toBeUndefined();
  });
});
