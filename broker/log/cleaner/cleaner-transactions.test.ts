import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BatchField, writeInt64 } from '../../../proto/batch-header';
import { encodeEndTxnMarkerBatch } from '../../../proto/control-records';
import { decodeRecordBatches, encodeRecordBatchUncompressed } from '../../../proto/record-batch';
import { systemClock } from '../../clock';
import { logConfigDefaults } from '../../config';
import { nodeFileSystem } from '../file-system';
import { Log } from '../log';
import { AppendOrigin } from '../log-validator';
import { cleanableOf } from './cleanable';
import { cleanLog } from './cleaner';
import { OffsetMap } from './offset-map';
import { Throttler } from './throttler';
import { CleanedTransactionMetadata } from './transaction-metadata';

let root: string;
const openLogs: Log[] = [];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'samsa-txclean-'));
});

afterEach(async () => {
  for (const log of openLogs.splice(0)) await log.close();
  await rm(root, { recursive: true, force: true });
});

async function openLog(deleteRetentionMs = logConfigDefaults.deleteRetentionMs): Promise<Log> {
  const log = await Log.load({
    clock: systemClock, fileSystem: nodeFileSystem, dir: join(root, 'table-0'), topic: 'table', partition: 0,
    config: { ...logConfigDefaults, cleanupPolicy: 'compact', segmentBytes: 400, fileDeleteDelayMs: 0, deleteRetentionMs }, cleanShutdown: true,
  });
  openLogs.push(log);
  return log;
}

const leader = { leaderEpoch: 0, nowMs: 1_000 };
let sequence = 0;

async function put(log: Log, key: string, value: string, producerId?: number): Promise<void> {
  const txn = producerId === undefined ? {} : { producerId, producerEpoch: 0, baseSequence: sequence++, isTransactional: true };
  await log.appendAsLeader(encodeRecordBatchUncompressed([{ key, value }], { nowMs: 1_000, ...txn }), leader);
}

async function endTxn(log: Log, producerId: number, committed: boolean): Promise<void> {
  const marker = encodeEndTxnMarkerBatch({ producerId, producerEpoch: 0, coordinatorEpoch: 0, committed, nowMs: 1_000 });
  await log.appendAsLeader(marker, { ...leader, origin: AppendOrigin.Coordinator });
}

async function clean(log: Log, checkpoint?: number): Promise<number> {
  const options = { ioBufferBytes: 4096, decompressBytesMax: 1 << 20, throttler: new Throttler(Number.MAX_VALUE, systemClock), isAborted: () => false, nowMs: Date.now };
  return (await cleanLog(cleanableOf(log, checkpoint, Date.now()), new OffsetMap(1 << 20), options)).endOffset;
}

async function contents(log: Log): Promise<{ values: string[]; markers: number[] }> {
  const read = await log.read({ startOffset: log.logStartOffset, maxBytes: 1 << 20, maxOffset: Number.MAX_SAFE_INTEGER, minOneBatch: true });
  const values: string[] = [];
  const markers: number[] = [];
  for (const batch of await decodeRecordBatches(read.records)) {
    if (batch.isControl) markers.push(batch.baseOffset);
    for (const r of batch.records) values.push(`${r.key?.toString()}=${r.value?.toString()}`);
  }
  return { values, markers };
}

beforeEach(() => {
  sequence = 0;
});

describe('the cleaner and transactions', () => {
  it('never cleans at or past the last stable offset', async () => {
    const log = await openLog();
    await put(log, 'k', 'a');
    await put(log, 'k', 'open', 7);
    for (let i = 0; i < 12; i += 1) await put(log, `f${i}`, 'x'.repeat(100));
    log.setHighWatermark(log.logEndOffset);
    expect(log.lastStableOffset).toBe(1);
    expect(cleanableOf(log, undefined, Date.now()).firstUncleanableOffset).toBeLessThanOrEqual(1);
  });

  it('discards aborted records, keeps the committed value they would shadow, and keeps markers with their data', async () => {
    const log = await openLog();
    await put(log, 'k', 'committed'); // 0
    await put(log, 'k', 'aborted', 7); // 1
    await endTxn(log, 7, false); // 2
    await put(log, 'j', 'in-txn', 7); // 3
    await endTxn(log, 7, true); // 4
    for (let i = 0; i < 12; i += 1) await put(log, `f${i}`, 'x'.repeat(100));
    log.setHighWatermark(log.logEndOffset);
    await clean(log);
    const after = await contents(log);
    expect(after.values.slice(0, 2)).toEqual(['k=committed', 'j=in-txn']);
    expect(after.values.some((v) => v === 'k=aborted')).toBe(false);
    // The abort marker stays: the delete horizon has not passed (and the batch is kept empty as the producer's state).
    expect(after.markers).toEqual([2, 4]);
    expect(log.collectAbortedTransactions(0, 3)).toEqual([{ producerId: 7, firstOffset: 1, lastOffset: 2, lastStableOffset: 3 }]);
  });

  it('removes an abort marker only on a later pass, once its data is gone and the delete horizon passed', async () => {
    const log = await openLog(0);
    await put(log, 'k', 'committed'); // 0
    await put(log, 'k', 'aborted', 7); // 1
    await endTxn(log, 7, false); // 2
    await put(log, 'j', 'in-txn', 7); // 3: the producer's last batch, so the batch at 1 is not kept for its state
    await endTxn(log, 7, true); // 4
    for (let i = 0; i < 12; i += 1) await put(log, `f${i}`, 'x'.repeat(100));
    log.setHighWatermark(log.logEndOffset);
    const checkpoint = await clean(log);
    // First pass: the aborted data goes, its marker stays (the data was still there when the pass read it).
    expect((await contents(log)).markers).toEqual([2, 4]);
    await clean(log, checkpoint);
    const after = await contents(log);
    expect(after.markers).toEqual([4]);
    expect(after.values.slice(0, 2)).toEqual(['k=committed', 'j=in-txn']);
    expect(log.collectAbortedTransactions(0, 5)).toEqual([]);
  });
});

function batchAt(offset: number, opts: { producerId?: number; transactional?: boolean }): Buffer {
  const buf = encodeRecordBatchUncompressed([{ key: 'k', value: 'v' }], {
    nowMs: 1_000, producerId: opts.producerId, producerEpoch: 0, baseSequence: opts.producerId === undefined ? undefined : 0, isTransactional: opts.transactional,
  });
  writeInt64(buf, BatchField.baseOffset, offset);
  return buf;
}

function markerAt(offset: number, producerId: number, committed: boolean): Buffer {
  const buf = encodeEndTxnMarkerBatch({ producerId, producerEpoch: 0, coordinatorEpoch: 0, committed, nowMs: 1_000 });
  writeInt64(buf, BatchField.baseOffset, offset);
  return buf;
}

describe('CleanedTransactionMetadata (Kafka\'s marker rules)', () => {
  const abort = { producerId: 7, firstOffset: 1, lastOffset: 3, lastStableOffset: 4 };

  it('marks the batches of an aborted transaction and keeps its marker while they are in the log', async () => {
    const indexed: unknown[] = [];
    const txns = new CleanedTransactionMetadata([abort], { append: async (a) => void indexed.push(...a) });
    expect(txns.onBatchRead(batchAt(0, {}))).toBe(false);
    expect(txns.onBatchRead(batchAt(1, { producerId: 7, transactional: true }))).toBe(true);
    expect(txns.onBatchRead(batchAt(2, { producerId: 8, transactional: true }))).toBe(false);
    expect(await txns.onControlBatchRead(markerAt(3, 7, false))).toBe(false);
    expect(indexed).toEqual([abort]);
    // The commit marker of producer 8 has its batch in the log: it stays too.
    expect(await txns.onControlBatchRead(markerAt(4, 8, true))).toBe(false);
  });

  it('lets a marker go once no batch of its transaction is left', async () => {
    const indexed: unknown[] = [];
    const txns = new CleanedTransactionMetadata([abort], { append: async (a) => void indexed.push(...a) });
    expect(txns.onBatchRead(batchAt(0, {}))).toBe(false);
    expect(await txns.onControlBatchRead(markerAt(3, 7, false))).toBe(true);
    expect(await txns.onControlBatchRead(markerAt(4, 8, true))).toBe(true);
    expect(indexed).toEqual([]);
  });
});
