import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { SimulatedDisk, type DiskRandom } from '../../test/support/simulated-disk';
import { asLeader, buildBatch } from '../../test/support/log-batches';
import { nodeFileSystem, type LogFileSystem } from './file-system';
import { Log } from './log';
import { type LogConfig } from './log-config';
import { logConfigDefaults } from '../config';
import { LogManager } from './log-manager';
import { type SegmentRecoveryResult } from './log-recovery';
import { logFileSuffix, segmentFileName } from './log-segment';
import { systemClock } from '../clock';

/** 200-byte batches: five fill a 1000-byte segment. */
const config: LogConfig = { ...logConfigDefaults, segmentBytes: 1000, indexIntervalBytes: 200 };
const dir = '/data/orders-0';
const batchBytes = 200;
const readAll = { maxBytes: 1 << 20, maxOffset: Number.MAX_SAFE_INTEGER, minOneBatch: true };

function batch(i: number): Buffer {
  return buildBatch({ recordCount: 2, payloadBytes: 139, fill: i, firstTimestamp: 1_000 + i, maxTimestamp: 1_000 + i });
}

async function load(fileSystem: LogFileSystem, cleanShutdown: boolean, path = dir, scans: SegmentRecoveryResult[] = [], recoveryPoint = 0): Promise<Log> {
  return Log.load({
    clock: systemClock,
    fileSystem, dir: path, topic: 'orders', partition: 0, config, cleanShutdown, recoveryPoint,
    recoveryListener: { onSegmentScanned: (_dir, _base, result) => scans.push(result) },
  });
}

async function appendBatches(log: Log, from: number, count: number): Promise<void> {
  for (let i = from; i < from + count; i += 1) {
    const b = batch(i);
    await log.appendAsLeader(b, asLeader(b, 1));
  }
}

async function readEverything(log: Log): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let offset = log.logStartOffset; offset < log.logEndOffset; ) {
    const { records } = await log.read({ startOffset: offset, ...readAll });
    if (records.length === 0) break;
    parts.push(records);
    offset += (records.length / batchBytes) * 2;
  }
  return Buffer.concat(parts);
}

/** mulberry32: a small seeded generator, so that a failing seed replays. */
function seededRandom(seed: number): DiskRandom {
  let a = seed >>> 0;
  return (bound) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * bound);
  };
}

describe('the real Log on the simulated disk', () => {
  it('appends, rolls segments, closes and reopens after a clean shutdown without scanning', async () => {
    const disk = new SimulatedDisk();
    const log = await load(disk.mount(), true);
    await appendBatches(log, 0, 12);
    const written = await readEverything(log);
    expect(written.length).toBe(12 * batchBytes);
    expect(disk.listFiles().filter((f) => f.endsWith('.log'))).toHaveLength(3);
    await log.flush();
    await log.close();
    const scans: SegmentRecoveryResult[] = [];
    const reopened = await load(disk.mount(), true, dir, scans);
    expect(scans).toEqual([]);
    expect(reopened.logEndOffset).toBe(24);
    expect((await readEverything(reopened)).equals(written)).toBe(true);
  });

  it('after a process crash recovers every written batch, synced or not', async () => {
    const disk = new SimulatedDisk();
    const log = await load(disk.mount(), true);
    await appendBatches(log, 0, 7);
    const written = await readEverything(log);
    disk.crash();
    const scans: SegmentRecoveryResult[] = [];
    const recovered = await load(disk.mount(), false, dir, scans);
    expect(scans.length).toBeGreaterThan(0);
    expect(recovered.logEndOffset).toBe(14);
    expect((await readEverything(recovered)).equals(written)).toBe(true);
  });

  it('after a power loss that tears the tail, recovers exactly as the log does on node:fs', async () => {
    const disk = new SimulatedDisk();
    const log = await load(disk.mount(), true);
    await appendBatches(log, 0, 3);
    await log.flush();
    const synced = await readEverything(log);
    await appendBatches(log, 3, 2);
    // Every unsynced write is torn half way: batch 3 keeps its header but not its CRC-covered body.
    const tearHalfWay: DiskRandom = (bound) => (bound === 3 ? 2 : Math.floor(bound / 2));
    disk.powerLoss(tearHalfWay);
    const segmentPath = join(dir, segmentFileName(0, logFileSuffix));
    const tornBytes = disk.fileContent(segmentPath) as Buffer;
    expect(tornBytes.length).toBeGreaterThan(3 * batchBytes);

    const simulatedScans: SegmentRecoveryResult[] = [];
    const simulated = await load(disk.mount(), false, dir, simulatedScans);

    const root = await mkdtemp(join(tmpdir(), 'samsa-simdisk-'));
    try {
      const realDir = join(root, 'orders-0');
      await nodeFileSystem.mkdir(realDir);
      await writeFile(join(realDir, segmentFileName(0, logFileSuffix)), tornBytes);
      const realScans: SegmentRecoveryResult[] = [];
      const real = await load(nodeFileSystem, false, realDir, realScans);
      expect(simulatedScans).toEqual(realScans);
      expect(simulated.logEndOffset).toBe(real.logEndOffset);
      expect((await readEverything(simulated)).equals(await readEverything(real))).toBe(true);
      await real.close();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
    expect(simulated.logEndOffset).toBe(6);
    expect(simulatedScans[0]).toEqual({ validBytes: 3 * batchBytes, truncatedBytes: tornBytes.length - 3 * batchBytes });
    expect((await readEverything(simulated)).equals(synced)).toBe(true);
    // The log appends after the cut as if the torn batches had never been written.
    await appendBatches(simulated, 3, 1);
    expect(simulated.logEndOffset).toBe(8);
  });

  it('fails an append on a write error without crashing, and keeps what was written before', async () => {
    const disk = new SimulatedDisk();
    const log = await load(disk.mount(), true);
    await appendBatches(log, 0, 2);
    disk.injectFault = (op) => (op.syscall === 'writev' ? 'EIO' : undefined);
    await expect(appendBatches(log, 2, 1)).rejects.toThrow();
    disk.injectFault = undefined;
    disk.crash();
    const recovered = await load(disk.mount(), false);
    expect(recovered.logEndOffset).toBe(4);
  });

  it('runs a LogManager: create, append, clean shutdown, restart on a new mount', async () => {
    const disk = new SimulatedDisk();
    const start = async (): Promise<LogManager> => {
      const manager = new LogManager({
        fileSystem: disk.mount(), logDirs: ['/data'], defaultConfig: config, retentionCheckIntervalMs: 600_000,
        recoveryPointCheckpointIntervalMs: 600_000, highWatermarkCheckpointIntervalMs: 600_000, logger: pino({ level: 'silent' }), clock: systemClock,
      });
      await manager.startup();
      return manager;
    };
    const first = await start();
    const log = await first.getOrCreateLog('orders', 0);
    await appendBatches(log, 0, 6);
    log.setHighWatermark(12);
    const written = await readEverything(log);
    await first.shutdown();
    expect(disk.listFiles()).toEqual(expect.arrayContaining(['/data/.kafka_cleanshutdown', '/data/replication-offset-checkpoint']));
    const second = await start();
    const reloaded = second.getLog('orders', 0) as Log;
    expect(reloaded.logEndOffset).toBe(12);
    expect(reloaded.highWatermark).toBe(12);
    expect((await readEverything(reloaded)).equals(written)).toBe(true);
    await second.shutdown();
  });

  it.each(Array.from({ length: 40 }, (_, seed) => seed))('keeps every flushed batch and a prefix of the rest across a power loss (seed %i)', async (seed) => {
    const random = seededRandom(seed);
    const disk = new SimulatedDisk();
    const log = await load(disk.mount(), true);
    const total = 4 + random(14);
    const flushAfter = random(total + 1);
    await appendBatches(log, 0, flushAfter);
    await log.flush();
    const recoveryPoint = log.recoveryPoint;
    await appendBatches(log, flushAfter, total - flushAfter);
    const written = await readEverything(log);
    disk.powerLoss(random);

    const recovered = await load(disk.mount(), false, dir, [], recoveryPoint);
    expect(recovered.logEndOffset).toBeGreaterThanOrEqual(flushAfter * 2);
    const survived = await readEverything(recovered);
    expect(survived.equals(written.subarray(0, survived.length))).toBe(true);
    await appendBatches(recovered, recovered.logEndOffset / 2, 1);
    expect(recovered.logEndOffset).toBe(survived.length / batchBytes * 2 + 2);
    await recovered.close();
    const reopened = await load(disk.mount(), true);
    expect(reopened.logEndOffset).toBe(recovered.logEndOffset);
  });
});
