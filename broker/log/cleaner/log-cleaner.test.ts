import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { decodeRecordBatches, encodeRecordBatch } from '../../../proto/record-batch';
import { type Log } from '../log';
import { logConfigDefaults, type LogConfig } from '../log-config';
import { LogManager } from '../log-manager';
import { asLeader } from '../../../test/support/log-batches';
import { cleanerCheckpointFileName, logCleanerConfigDefaults } from './log-cleaner';
import { nodeFileSystem } from '../file-system';

let root: string;
let managers: LogManager[];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'samsa-log-cleaner-'));
  managers = [];
});

afterEach(async () => {
  for (const m of managers) await m.shutdown().catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

const compacted: LogConfig = { ...logConfigDefaults, cleanupPolicy: 'compact', segmentBytes: 600, fileDeleteDelayMs: 0 };

async function startManager(enable = true, maxIoBytesPerSecond = Number.MAX_VALUE, nowMs: () => number = Date.now): Promise<LogManager> {
  const manager = new LogManager({
    fileSystem: nodeFileSystem,
    logDirs: [join(root, 'data')],
    defaultConfig: compacted,
    retentionCheckIntervalMs: 600_000,
    recoveryPointCheckpointIntervalMs: 600_000,
    highWatermarkCheckpointIntervalMs: 600_000,
    cleaner: { ...logCleanerConfigDefaults, enable, backoffMs: 20, maxIoBytesPerSecond },
    logger: pino({ level: 'silent' }),
    nowMs,
  });
  await manager.startup();
  managers.push(manager);
  return manager;
}

async function writeRounds(log: Log, rounds: number): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    const batch = await encodeRecordBatch([0, 1, 2, 3, 4].map((k) => ({ key: `k${k}`, value: `v${round}` })));
    await log.appendAsLeader(batch, asLeader(batch));
  }
  log.setHighWatermark(log.logEndOffset);
}

async function countRecords(log: Log): Promise<number> {
  let count = 0;
  let offset = log.logStartOffset;
  while (offset < log.logEndOffset) {
    const read = await log.read({ startOffset: offset, maxBytes: 1 << 20, maxOffset: Number.MAX_SAFE_INTEGER, minOneBatch: true });
    if (read.records.length === 0) break;
    for (const batch of await decodeRecordBatches(read.records)) {
      count += batch.records.length;
      offset = batch.lastOffset + 1;
    }
  }
  return count;
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('LogCleaner in the log manager', () => {
  it('cleans compacted logs in the background and checkpoints where the dirty section starts', async () => {
    const manager = await startManager();
    const log = await manager.getOrCreateLog('table', 0);
    const plain = await manager.getOrCreateLog('events', 0, { ...compacted, cleanupPolicy: 'delete' });
    await writeRounds(log, 20);
    await writeRounds(plain, 20);
    const cleaner = manager.cleaner!;
    await waitFor(() => cleaner.checkpointOf(log) === log.activeSegment.baseOffset, 'the first cleaning');
    expect(await countRecords(log)).toBeLessThan(100);
    expect(await countRecords(plain)).toBe(100);
    expect(cleaner.checkpointOf(plain)).toBeUndefined();
    const metrics = cleaner.metrics();
    expect(metrics.cleaningsTotal).toBeGreaterThanOrEqual(1);
    expect(metrics.cleanerRecopyPercent).toBeLessThan(100);
    const file = await readFile(join(root, 'data', cleanerCheckpointFileName), 'utf8');
    expect(file).toBe(`0\n1\ntable 0 ${log.activeSegment.baseOffset}\n`);
  });

  it('reads its checkpoint back after a restart', async () => {
    let manager = await startManager();
    let log = await manager.getOrCreateLog('table', 0);
    await writeRounds(log, 20);
    await waitFor(() => manager.cleaner!.checkpointOf(log) !== undefined, 'a cleaning');
    const checkpoint = manager.cleaner!.checkpointOf(log);
    await manager.shutdown();
    managers = [];
    manager = await startManager();
    log = manager.getLog('table', 0)!;
    expect(manager.cleaner!.checkpointOf(log)).toBe(checkpoint);
  });

  it('lowers the checkpoint when the log is truncated below it, and forgets deleted logs', async () => {
    const manager = await startManager();
    const log = await manager.getOrCreateLog('table', 0);
    await writeRounds(log, 20);
    const cleaner = manager.cleaner!;
    await waitFor(() => (cleaner.checkpointOf(log) ?? 0) > 10, 'a cleaning');
    await log.truncateTo(7);
    // Compaction may have emptied the offsets just below 7: the end lands on the last batch kept.
    expect(log.logEndOffset).toBeLessThanOrEqual(7);
    expect(cleaner.checkpointOf(log)).toBe(log.logEndOffset);
    await manager.deleteLog('table', 0);
    expect(cleaner.checkpointOf(log)).toBeUndefined();
  });

  it('aborts a cleaning in progress when its log is deleted, and when the broker shuts down', async () => {
    // A clock that jumps a second per reading makes the 1 byte/s throttle engage at once: each
    // cleaning then pauses for hours unless an abort cuts the pause short.
    let ticks = 0;
    const manager = await startManager(true, 1, () => Date.now() + (ticks += 1_000));
    const doomed = await manager.getOrCreateLog('doomed', 0);
    await writeRounds(doomed, 20);
    const cleaner = manager.cleaner!;
    await waitFor(() => cleaner.cleaning === doomed, 'the cleaning of doomed-0 to start');
    await manager.deleteLog('doomed', 0);
    expect(cleaner.cleaning).toBeUndefined();
    expect(cleaner.metrics().cleaningsTotal).toBe(0);
    expect(cleaner.checkpointOf(doomed)).toBeUndefined();

    const kept = await manager.getOrCreateLog('kept', 0);
    await writeRounds(kept, 20);
    await waitFor(() => cleaner.cleaning === kept, 'the cleaning of kept-0 to start');
    await manager.shutdown();
    managers = [];
    expect(cleaner.cleaning).toBeUndefined();
    expect(cleaner.metrics().cleaningsTotal).toBe(0);
    expect((await readdir(join(root, 'data', 'kept-0'))).filter((n) => n.endsWith('.cleaned') || n.endsWith('.swap'))).toEqual([]);
  });

  it('runs no cleaner when log.cleaner.enable is false', async () => {
    const manager = await startManager(false);
    const log = await manager.getOrCreateLog('table', 0);
    await writeRounds(log, 20);
    expect(manager.cleaner).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await countRecords(log)).toBe(100);
  });
});
