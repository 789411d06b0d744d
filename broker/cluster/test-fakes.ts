/**
 * Test-only doubles for the cluster package: an in-memory log with the Partition's view of a Log
 * (whole batches, offsets assigned through the caller's callback, HW clamped to the LEO), and a
 * manual scheduler that fires delayed-operation timers when a test advances its clock.
 */
import { batchSizeAt, lastOffsetAt, readInt64 } from '../../proto/batch-header';
import { logConfigDefaults, type LogConfig } from '../log/log-config';
import type { Scheduler } from './delayed-operation';
import type { PartitionAppendInfo, PartitionLog } from './partition';

interface StoredBatch { baseOffset: number; lastOffset: number; bytes: Buffer }

export class FakeLog implements PartitionLog {
  config: LogConfig;
  logStartOffset = 0;
  logEndOffset = 0;
  highWatermark = 0;
  readonly epochs: { epoch: number; startOffset: number }[] = [];
  readonly leaderEpochCache = { assign: (epoch: number, startOffset: number): void => void this.epochs.push({ epoch, startOffset }) };
  private readonly batches: StoredBatch[] = [];
  private nextOffset = 0;

  constructor(config: Partial<LogConfig> = {}) {
    this.config = { ...logConfigDefaults, ...config };
  }

  setHighWatermark(offset: number): void {
    this.highWatermark = Math.min(Math.max(offset, this.logStartOffset), this.logEndOffset);
  }

  async appendAsLeader(records: Buffer, opts: { leaderEpoch: number; nowMs: number; assignOffsets: (firstOffset: number) => void }): Promise<PartitionAppendInfo> {
    const firstOffset = this.nextOffset;
    opts.assignOffsets(firstOffset);
    let position = 0;
    let lastOffset = firstOffset - 1;
    while (position < records.length) {
      const size = batchSizeAt(records, position);
      lastOffset = lastOffsetAt(records, position);
      this.batches.push({ baseOffset: readInt64(records, position), lastOffset, bytes: records.subarray(position, position + size) });
      position += size;
    }
    this.nextOffset = lastOffset + 1;
    await Promise.resolve();
    this.logEndOffset = this.nextOffset;
    return { firstOffset, lastOffset, logAppendTimeMs: -1, recordCount: lastOffset - firstOffset + 1, sizeBytes: records.length };
  }

  async read(opts: { startOffset: number; maxBytes: number; maxOffset: number; minOneBatch: boolean }): Promise<{ records: Buffer; logStartOffset: number; logEndOffset: number }> {
    const out: Buffer[] = [];
    let bytes = 0;
    for (const b of this.batches) {
      if (b.lastOffset < opts.startOffset || b.lastOffset >= opts.maxOffset) continue;
      if (bytes + b.bytes.length > opts.maxBytes && !(opts.minOneBatch && out.length === 0)) break;
      out.push(b.bytes);
      bytes += b.bytes.length;
    }
    return { records: Buffer.concat(out), logStartOffset: this.logStartOffset, logEndOffset: this.logEndOffset };
  }

  async fetchOffsetByTimestamp(timestamp: number): Promise<{ offset: number; timestamp: number } | undefined> {
    const b = this.batches.find((x) => x.lastOffset >= 0 && timestamp <= 1_000);
    return b === undefined ? undefined : { offset: b.baseOffset, timestamp: 1_000 };
  }
}

/** Fires scheduled callbacks when `advance` moves the clock past their due time. */
export class ManualScheduler implements Scheduler {
  nowMs = 0;
  private tasks: { dueMs: number; fn: () => void; cancelled: boolean }[] = [];

  schedule(delayMs: number, fn: () => void): () => void {
    const task = { dueMs: this.nowMs + delayMs, fn, cancelled: false };
    this.tasks.push(task);
    return () => { task.cancelled = true; };
  }

  advance(ms: number): void {
    this.nowMs += ms;
    const due = this.tasks.filter((t) => t.dueMs <= this.nowMs && !t.cancelled);
    this.tasks = this.tasks.filter((t) => !due.includes(t));
    for (const t of due) t.fn();
  }

  get pending(): number {
    return this.tasks.filter((t) => !t.cancelled).length;
  }
}
