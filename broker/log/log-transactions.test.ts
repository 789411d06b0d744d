import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../clock';
import { logConfigDefaults } from '../config';
import { encodeEndTxnMarkerBatch } from '../../proto/control-records';
import { ErrorCode } from '../../proto/errors';
import { encodeRecordBatchUncompressed } from '../../proto/record-batch';
import { nodeFileSystem } from './file-system';
import { Log } from './log';
import { type LogConfig } from './log-config';
import { AppendOrigin } from './log-validator';

let root: string;
const openLogs: Log[] = [];
/**
 * Logs a test leaves open to simulate a crash (`track: false`). They are closed after the test
 * only to release their file handles (a handle closed by GC is a deprecation warning, and
 * later an error); a second close of one the test closed itself is ignored.
 */
const crashedLogs: Log[] = [];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'samsa-txlog-'));
});

afterEach(async () => {
  for (const log of openLogs.splice(0)) await log.close();
  for (const log of crashedLogs.splice(0)) await log.close().catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

async function openLog(opts: { cleanShutdown?: boolean; config?: Partial<LogConfig>; track?: boolean; recoveryPoint?: number } = {}): Promise<Log> {
  const log = await Log.load({
    clock: systemClock, fileSystem: nodeFileSystem, dir: join(root, 'orders-0'), topic: 'orders', partition: 0,
    config: { ...logConfigDefaults, ...opts.config }, cleanShutdown: opts.cleanShutdown ?? true, recoveryPoint: opts.recoveryPoint,
  });
  (opts.track ?? true ? openLogs : crashedLogs).push(log);
  return log;
}

const leader = { leaderEpoch: 0, nowMs: 1_000 };
const sequences = new Map<number, number>();

function txnBatch(producerId: number, producerEpoch = 0, count = 1): Buffer {
  const baseSequence = sequences.get(producerId) ?? 0;
  sequences.set(producerId, baseSequence + count);
  const records = Array.from({ length: count }, (_, i) => ({ key: null, value: `v${i}` }));
  return encodeRecordBatchUncompressed(records, { producerId, producerEpoch, baseSequence, isTransactional: true, nowMs: 1_000 });
}

function plainBatch(payload = 'x'): Buffer {
  return encodeRecordBatchUncompressed([{ key: null, value: payload }], { nowMs: 1_000 });
}

function marker(producerId: number, committed: boolean, opts: { producerEpoch?: number; coordinatorEpoch?: number } = {}): Buffer {
  return encodeEndTxnMarkerBatch({ producerId, producerEpoch: opts.producerEpoch ?? 0, coordinatorEpoch: opts.coordinatorEpoch ?? 0, committed, nowMs: 1_000 });
}

function appendMarker(log: Log, producerId: number, committed: boolean, opts: { producerEpoch?: number; coordinatorEpoch?: number } = {}): Promise<unknown> {
  return log.appendAsLeader(marker(producerId, committed, opts), { ...leader, origin: AppendOrigin.Coordinator });
}

async function codeOf(promise: Promise<unknown>): Promise<number | undefined> {
  try {
    await promise;
    return undefined;
  } catch (err) {
    return (err as { code?: number }).code;
  }
}

beforeEach(() => sequences.clear());

describe('transactions in the log', () => {
  it('holds the last stable offset at the first offset of an open transaction until its marker is replicated', async () => {
    const log = await openLog();
    await log.appendAsLeader(plainBatch(), leader);
    await log.appendAsLeader(txnBatch(7, 0, 2), leader);
    await log.appendAsLeader(plainBatch(), leader);
    log.setHighWatermark(log.logEndOffset);
    expect(log.producerState.entry(7)).toMatchObject({ currentTxnFirstOffset: 1, coordinatorEpoch: -1 });
    expect(log.lastStableOffset).toBe(1);
    await appendMarker(log, 7, true, { coordinatorEpoch: 3 });
    // The marker (offset 4) is above the HW: the LSO stays (Kafka's unreplicated transactions).
    expect(log.lastStableOffset).toBe(1);
    log.setHighWatermark(log.logEndOffset);
    expect(log.lastStableOffset).toBe(5);
    expect(log.producerState.entry(7)).toMatchObject({ currentTxnFirstOffset: -1, coordinatorEpoch: 3 });
    expect(log.collectAbortedTransactions(0, 5)).toEqual([]);
  });

  it('never puts the last stable offset above the high watermark', async () => {
    const log = await openLog();
    await log.appendAsLeader(plainBatch(), leader);
    log.setHighWatermark(0);
    expect(log.lastStableOffset).toBe(0);
  });

  it('indexes an abort in the segment of its marker and collects it for the ranges it overlaps', async () => {
    const log = await openLog();
    await log.appendAsLeader(txnBatch(7), leader); // 0
    await log.appendAsLeader(txnBatch(8), leader); // 1
    await appendMarker(log, 7, false); // 2
    await appendMarker(log, 8, true); // 3
    log.setHighWatermark(log.logEndOffset);
    expect(log.collectAbortedTransactions(0, 4)).toEqual([{ producerId: 7, firstOffset: 0, lastOffset: 2, lastStableOffset: 1 }]);
    expect(log.collectAbortedTransactions(3, 4)).toEqual([]);
    expect(log.collectAbortedTransactions(0, 0)).toEqual([]);
    const indexFile = join(root, 'orders-0', `${'0'.padStart(20, '0')}.txnindex`);
    expect((await stat(indexFile)).size).toBe(34);
  });

  it('refuses bad input and changes nothing', async () => {
    const log = await openLog();
    await log.appendAsLeader(txnBatch(7, 1), leader);
    await appendMarker(log, 7, true, { producerEpoch: 1, coordinatorEpoch: 5 });
    const before = { end: log.logEndOffset, entry: log.producerState.entry(7) };
    // A client may not write a marker.
    expect(await codeOf(log.appendAsLeader(marker(7, false, { producerEpoch: 1, coordinatorEpoch: 5 }), leader))).toBe(ErrorCode.INVALID_RECORD);
    // A transactional batch needs a producer id.
    const anonymous = encodeRecordBatchUncompressed([{ key: null, value: 'x' }], { isTransactional: true, nowMs: 1_000 });
    expect(await codeOf(log.appendAsLeader(anonymous, leader))).toBe(ErrorCode.INVALID_RECORD);
    // A marker of an older producer epoch, or from an older coordinator.
    expect(await codeOf(appendMarker(log, 7, false, { producerEpoch: 0, coordinatorEpoch: 5 }))).toBe(ErrorCode.INVALID_PRODUCER_EPOCH);
    expect(await codeOf(appendMarker(log, 7, false, { producerEpoch: 1, coordinatorEpoch: 4 }))).toBe(ErrorCode.TRANSACTION_COORDINATOR_FENCED);
    // A transactional batch of an older epoch.
    const zombie = encodeRecordBatchUncompressed([{ key: null, value: 'z' }], { producerId: 7, producerEpoch: 0, baseSequence: 0, isTransactional: true, nowMs: 1_000 });
    expect(await codeOf(log.appendAsLeader(zombie, leader))).toBe(ErrorCode.INVALID_PRODUCER_EPOCH);
    expect(log.logEndOffset).toBe(before.end);
    expect(log.producerState.entry(7)).toEqual(before.entry);
    expect(log.collectAbortedTransactions(0, 100)).toEqual([]);
  });

  it('refuses a non-transactional batch from a producer whose transaction is open (INVALID_TXN_STATE)', async () => {
    const log = await openLog();
    await log.appendAsLeader(txnBatch(7), leader);
    const outside = encodeRecordBatchUncompressed([{ key: null, value: 'x' }], { producerId: 7, producerEpoch: 0, baseSequence: 1, nowMs: 1_000 });
    expect(await codeOf(log.appendAsLeader(outside, leader))).toBe(ErrorCode.INVALID_TXN_STATE);
    expect(log.logEndOffset).toBe(1);
  });

  it('refuses a transactional and then a non-transactional batch of one producer in one append', async () => {
    const log = await openLog();
    const outside = encodeRecordBatchUncompressed([{ key: null, value: 'x' }], { producerId: 7, producerEpoch: 0, baseSequence: 1, nowMs: 1_000 });
    expect(await codeOf(log.appendAsLeader(Buffer.concat([txnBatch(7), outside]), leader))).toBe(ErrorCode.INVALID_TXN_STATE);
    expect(log.logEndOffset).toBe(0);
  });

  it('takes a coordinator batch with the transactional bit and no sequence', async () => {
    const log = await openLog();
    const commit = encodeRecordBatchUncompressed([{ key: 'k', value: 'v' }], { producerId: 9, producerEpoch: 2, isTransactional: true, nowMs: 1_000 });
    await log.appendAsLeader(commit, { ...leader, origin: AppendOrigin.Coordinator });
    expect(log.producerState.entry(9)).toMatchObject({ producerEpoch: 2, currentTxnFirstOffset: 0, batches: [] });
    await appendMarker(log, 9, true, { producerEpoch: 2 });
    expect(log.producerState.entry(9)?.currentTxnFirstOffset).toBe(-1);
  });

  it('forgets an open transaction whose data DeleteRecords removed (Kafka evicts the producer)', async () => {
    const log = await openLog();
    await log.appendAsLeader(txnBatch(7), leader); // 0
    await log.appendAsLeader(plainBatch(), leader); // 1
    log.setHighWatermark(log.logEndOffset);
    expect(log.lastStableOffset).toBe(0);
    log.maybeIncrementLogStartOffset(1);
    expect(log.producerState.entry(7)).toBeUndefined();
    expect(log.lastStableOffset).toBe(2);
  });

  it('follows a leader: the same state from replicated batches', async () => {
    const leaderLog = await openLog();
    await leaderLog.appendAsLeader(txnBatch(7), leader);
    await appendMarker(leaderLog, 7, false);
    const { records } = await leaderLog.read({ startOffset: 0, maxBytes: 1 << 20, maxOffset: 100, minOneBatch: true });
    const follower = await Log.load({
      clock: systemClock, fileSystem: nodeFileSystem, dir: join(root, 'orders-1'), topic: 'orders', partition: 1, config: logConfigDefaults, cleanShutdown: true,
    });
    openLogs.push(follower);
    await follower.appendAsFollower(Buffer.from(records));
    expect(follower.collectAbortedTransactions(0, 2)).toEqual(leaderLog.collectAbortedTransactions(0, 2));
    expect(follower.producerState.entry(7)).toEqual(leaderLog.producerState.entry(7));
  });
});

describe('transaction state across restarts and truncation', () => {
  const smallSegments = { segmentBytes: 400 };

  it('keeps a transaction opened in an old segment over a clean restart', async () => {
    const first = await openLog({ config: smallSegments, track: false });
    await first.appendAsLeader(txnBatch(7), leader);
    for (let i = 0; i < 12; i += 1) await first.appendAsLeader(plainBatch('p'.repeat(60)), leader);
    expect(first.numberOfSegments).toBeGreaterThan(3);
    await first.close();
    const second = await openLog({ config: smallSegments });
    second.setHighWatermark(second.logEndOffset);
    expect(second.producerState.entry(7)?.currentTxnFirstOffset).toBe(0);
    expect(second.lastStableOffset).toBe(0);
  });

  it('keeps it over a crash (no clean shutdown), rebuilding from the snapshot taken at a roll', async () => {
    const crashed = await openLog({ config: smallSegments, track: false });
    await crashed.appendAsLeader(txnBatch(7), leader);
    for (let i = 0; i < 12; i += 1) await crashed.appendAsLeader(plainBatch('p'.repeat(60)), leader);
    await crashed.flush();
    const names = await readdir(join(root, 'orders-0'));
    expect(names.some((n) => n.endsWith('.snapshot'))).toBe(true);
    const reopened = await openLog({ config: smallSegments, cleanShutdown: false, recoveryPoint: crashed.recoveryPoint });
    expect(crashed.recoveryPoint).toBeGreaterThan(0);
    reopened.setHighWatermark(reopened.logEndOffset);
    expect(reopened.lastStableOffset).toBe(0);
    await appendMarker(reopened, 7, false);
    reopened.setHighWatermark(reopened.logEndOffset);
    expect(reopened.lastStableOffset).toBe(reopened.logEndOffset);
    expect(reopened.collectAbortedTransactions(0, reopened.logEndOffset)).toHaveLength(1);
  });

  it('rebuilds a lost transaction index when recovery scans the segment', async () => {
    const crashed = await openLog({ track: false });
    await crashed.appendAsLeader(txnBatch(7), leader);
    await appendMarker(crashed, 7, false);
    await rm(join(root, 'orders-0', `${'0'.padStart(20, '0')}.txnindex`));
    const reopened = await openLog({ cleanShutdown: false });
    expect(reopened.collectAbortedTransactions(0, 2)).toEqual([{ producerId: 7, firstOffset: 0, lastOffset: 1, lastStableOffset: 2 }]);
  });

  it('reopens a transaction whose marker is truncated, and forgets one whose first batch is', async () => {
    const log = await openLog();
    await log.appendAsLeader(plainBatch(), leader); // 0
    await log.appendAsLeader(txnBatch(7), leader); // 1
    await appendMarker(log, 7, false); // 2
    log.setHighWatermark(log.logEndOffset);
    expect(log.lastStableOffset).toBe(3);
    await log.truncateTo(2);
    expect(log.producerState.entry(7)?.currentTxnFirstOffset).toBe(1);
    expect(log.collectAbortedTransactions(0, 2)).toEqual([]);
    log.setHighWatermark(log.logEndOffset);
    expect(log.lastStableOffset).toBe(1);
    await log.truncateTo(1);
    expect(log.producerState.entry(7)).toBeUndefined();
    expect(log.lastStableOffset).toBe(1);
  });
});
