/**
 * Test-only doubles for the cluster package: an in-memory log with the Partition's view of a Log
 * (whole batches, offsets stamped as the leader does but unvalidated, HW clamped to the LEO), and a
 * manual scheduler that fires delayed-operation timers when a test advances its clock.
 */
import { batchSizeAt, lastOffsetAt, readInt64 } from '../../proto/batch-header';
import { LeaderEpochFileCache } from '../../broker/log/leader-epoch-cache';
import { type LogConfig } from '../../broker/log/log-config';
import { logConfigDefaults } from '../../broker/config';
import { stampOffsets } from './log-batches';
import type { Clock, Timer } from '../../broker/clock';
import type { PartitionAppendInfo, PartitionLog } from '../../broker/cluster/partition';
import { nodeFileSystem } from '../../broker/log/file-system';

interface StoredBatch { baseOffset: number; lastOffset: number; bytes: Buffer }

export class FakeLog implements PartitionLog {
  config: LogConfig;
  logStartOffset = 0;
  logEndOffset = 0;
  highWatermark = 0;
  /** A real epoch cache that is never flushed (its path is not written). */
  readonly leaderEpochCache = new LeaderEpochFileCache(nodeFileSystem, '/nonexistent/leader-epoch-checkpoint');
  private readonly batches: StoredBatch[] = [];
  private nextOffset = 0;

  constructor(config: Partial<LogConfig> = {}) {
    this.config = { ...logConfigDefaults, ...config };
  }

  get epochs(): { epoch: number; startOffset: number }[] {
    return this.leaderEpochCache.entries();
  }

  /** Base and last offset of every stored batch, in order. */
  get batchRanges(): { baseOffset: number; lastOffset: number }[] {
    return this.batches.map((b) => ({ baseOffset: b.baseOffset, lastOffset: b.lastOffset }));
  }

  /** No transactions here: nothing is unstable. */
  get lastStableOffset(): number {
    return this.highWatermark;
  }

  collectAbortedTransactions(): { producerId: number; firstOffset: number }[] {
    return [];
  }

  activeProducers(): [] {
    return [];
  }

  setHighWatermark(offset: number): void {
    this.highWatermark = Math.min(Math.max(offset, this.logStartOffset), this.logEndOffset);
  }

  async appendAsLeader(records: Buffer, opts: { leaderEpoch: number; nowMs: number }): Promise<PartitionAppendInfo> {
    const firstOffset = this.nextOffset;
    stampOffsets(records, firstOffset, opts.leaderEpoch);
    let position = 0;
    let lastOffset = firstOffset - 1;
    while (position < records.length) {
      const size = batchSizeAt(records, position);
      lastOffset = lastOffsetAt(records, position);
      this.batches.push({ baseOffset: readInt64(records, position), lastOffset, bytes: records.subarray(position, position + size) });
      position += size;
    }
    this.nextOffset = lastOffset + 1;
    if (opts.leaderEpoch > this.leaderEpochCache.latestEpoch()) this.leaderEpochCache.assign(opts.leaderEpoch, firstOffset);
    await Promise.resolve();
    this.logEndOffset = this.nextOffset;
    return { firstOffset, lastOffset, logAppendTimeMs: -1, recordCount: lastOffset - firstOffset + 1, sizeBytes: records.length };
  }

  /** Stores batches as the leader numbered them, taking their epochs into the cache (as Log does). */
  async appendAsFollower(records: Buffer): Promise<PartitionAppendInfo> {
    let position = 0;
    let firstOffset = -1;
    let lastOffset = this.nextOffset - 1;
    while (position < records.length) {
      const size = batchSizeAt(records, position);
      const baseOffset = readInt64(records, position);
      if (baseOffset < this.nextOffset) throw new Error(`follower append at ${baseOffset} below ${this.nextOffset}`);
      if (firstOffset < 0) firstOffset = baseOffset;
      lastOffset = lastOffsetAt(records, position);
      const epoch = records.readInt32BE(position + 12);
      if (epoch > this.leaderEpochCache.latestEpoch()) this.leaderEpochCache.assign(epoch, baseOffset);
      this.batches.push({ baseOffset, lastOffset, bytes: records.subarray(position, position + size) });
      position += size;
    }
    this.nextOffset = lastOffset + 1;
    this.logEndOffset = this.nextOffset;
    return { firstOffset, lastOffset, logAppendTimeMs: -1, recordCount: lastOffset - firstOffset + 1, sizeBytes: records.length };
  }

  /** Drops every batch holding an offset >= `offset`; the LEO lands on a batch boundary. */
  async truncateTo(offset: number): Promise<void> {
    if (offset >= this.logEndOffset) return;
    const kept = this.batches.filter((b) => b.lastOffset < offset);
    this.batches.length = 0;
    this.batches.push(...kept);
    this.logEndOffset = kept.length > 0 ? kept[kept.length - 1]!.lastOffset + 1 : this.logStartOffset;
    this.nextOffset = this.logEndOffset;
    this.highWatermark = Math.min(this.highWatermark, this.logEndOffset);
    this.leaderEpochCache.truncateFromEnd(this.logEndOffset);
  }

  async truncateFullyAndStartAt(offset: number): Promise<void> {
    this.batches.length = 0;
    this.logStartOffset = offset;
    this.logEndOffset = offset;
    this.nextOffset = offset;
    this.highWatermark = offset;
    this.leaderEpochCache.clear();
  }

  maybeIncrementLogStartOffset(offset: number): void {
    if (offset > this.highWatermark) throw new Error(`log start ${offset} above HW ${this.highWatermark}`);
    this.logStartOffset = Math.max(this.logStartOffset, offset);
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

  /** No time index here: timestamp lookups are tested on a real Log (partition-timestamps.test.ts). */
  async fetchOffsetByTimestamp(timestamp: number): Promise<{ offset: number; timestamp: number } | undefined> {
    throw new Error(`FakeLog keeps no time index (asked for ${timestamp}): use a real Log`);
  }
}

/** A clock that stands still until `advance` moves it, firing the timers that fall due (synchronously). */
export class ManualClock implements Clock {
  private now = 0;
  private tasks: { dueMs: number; fn: () => void; cancelled: boolean }[] = [];

  nowMs(): number {
    return this.now;
  }

  setTimeout(fn: () => void, delayMs: number): Timer {
    const task = { dueMs: this.now + delayMs, fn, cancelled: false };
    this.tasks.push(task);
    return { cancel: () => { task.cancelled = true; } };
  }

  sleep(delayMs: number): Promise<void> {
    return new Promise((resolve) => this.setTimeout(resolve, delayMs));
  }

  advance(ms: number): void {
    this.now += ms;
    const due = this.tasks.filter((t) => t.dueMs <= this.now && !t.cancelled);
    this.tasks = this.tasks.filter((t) => !due.includes(t));
    for (const t of due) t.fn();
  }

  get pending(): number {
    return this.tasks.filter((t) => !t.cancelled).length;
  }
}
