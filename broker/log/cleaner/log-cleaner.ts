/**
 * The log cleaner (Kafka's LogCleaner with one cleaner thread, and LogCleanerManager): a
 * background task that, every log.cleaner.backoff.ms, cleans compacted logs one at a time,
 * filthiest first, while any has a dirty ratio of at least min.cleanable.dirty.ratio (or a
 * record older than max.compaction.lag.ms). Each log dir's `cleaner-offset-checkpoint` records
 * where each log's dirty section starts.
 *
 * Cleaning runs beside appends, fetches and retention: it reads closed segments only and swaps
 * its output in through the log's own operation queue, which refuses the swap if the segments
 * changed. Deleting a log or stopping the broker aborts the cleaning in progress and waits for it.
 */
import { dirname, join } from 'node:path';
import { type Logger } from 'pino';
import { decompressBytesMaxDefault } from '../../../proto/record-batch';
import { checkpointMap, partitionKey, readOffsetCheckpoint, writeOffsetCheckpoint } from '../checkpoint-file';
import { type LogFileSystem } from '../file-system';
import { type Log } from '../log';
import { hasCompactPolicy } from '../log-config';
import { PeriodicTask } from '../periodic-task';
import { cleanableOf, needsCleaning, type CleanableLog } from './cleanable';
import { cleanLog, LogCleaningAbortedError, type CleanerStats } from './cleaner';
import { OffsetMap } from './offset-map';
import { Throttler } from './throttler';

export const cleanerCheckpointFileName = 'cleaner-offset-checkpoint';

export interface LogCleanerConfig {
  enable: boolean;
  /** log.cleaner.backoff.ms: pause between rounds that found nothing to clean. */
  backoffMs: number;
  /** log.cleaner.dedupe.buffer.size: memory bound of the key map. */
  dedupeBufferSize: number;
  /** log.cleaner.io.buffer.size. */
  ioBufferSize: number;
  /** log.cleaner.io.buffer.load.factor: share of the map's bound it may fill. */
  dedupeBufferLoadFactor: number;
  /** log.cleaner.io.max.bytes.per.second. */
  maxIoBytesPerSecond: number;
}

export const logCleanerConfigDefaults: LogCleanerConfig = Object.freeze({
  enable: true,
  backoffMs: 15_000,
  dedupeBufferSize: 128 * 1024 * 1024,
  ioBufferSize: 512 * 1024,
  dedupeBufferLoadFactor: 0.9,
  maxIoBytesPerSecond: Number.MAX_VALUE,
});

/** What /metrics shows (Kafka's kafka.log:type=LogCleaner and LogCleanerManager gauges). */
export interface LogCleanerMetrics {
  maxDirtyPercent: number;
  /** Bytes written / bytes read by the last cleaning, in percent. */
  cleanerRecopyPercent: number;
  maxCleanTimeSecs: number;
  maxBufferUtilizationPercent: number;
  timeSinceLastRunMs: number;
  uncleanablePartitionsCount: number;
  cleaningsTotal: number;
}

interface InProgress {
  log: Log;
  aborted: boolean;
  done: Promise<void>;
  /** Ends a throttle pause early, so that an abort is not held up by log.cleaner.io.max.bytes.per.second. */
  wake: () => void;
}

/** Marks a cleaning aborted and cuts short any throttle pause it is in. */
function abort(running: InProgress): void {
  running.aborted = true;
  running.wake();
}

export interface LogCleanerOptions {
  fileSystem: LogFileSystem;
  config: LogCleanerConfig;
  logDirs: readonly string[];
  /** The logs to consider, read at each round. */
  logs: () => Log[];
  logger: Logger;
  nowMs?: () => number;
}

export class LogCleaner {
  private readonly opts: LogCleanerOptions;
  private readonly logger: Logger;
  private readonly nowMs: () => number;
  private readonly map: OffsetMap;
  /** `<topic>-<partition>` -> first dirty offset, per log dir. */
  private readonly checkpoints = new Map<string, Map<string, number>>();
  /** Logs whose cleaning failed with an error other than an abort: skipped from then on (KIP-346). */
  private readonly uncleanable = new Set<Log>();
  private checkpointWrites: Promise<void> = Promise.resolve();
  private inProgress: InProgress | undefined;
  private task: PeriodicTask | undefined;
  private stopped = false;
  private lastStats: CleanerStats | undefined;
  private lastRunMs: number;
  private maxDirtyPercent = 0;
  private cleanings = 0;

  constructor(opts: LogCleanerOptions) {
    this.opts = opts;
    this.logger = opts.logger.child({ component: 'log-cleaner' });
    this.nowMs = opts.nowMs ?? Date.now;
    this.map = new OffsetMap(opts.config.dedupeBufferSize, opts.config.dedupeBufferLoadFactor);
    this.lastRunMs = this.nowMs();
  }

  async startup(): Promise<void> {
    for (const dir of this.opts.logDirs) {
      try {
        this.checkpoints.set(dir, checkpointMap(await readOffsetCheckpoint(this.opts.fileSystem, join(dir, cleanerCheckpointFileName))));
      } catch (err) {
        // A damaged checkpoint only costs a full recleaning: every log starts from its log start.
        this.logger.warn({ err, dir }, 'unreadable cleaner checkpoint; cleaning from the log start');
        this.checkpoints.set(dir, new Map());
      }
    }
    this.stopped = false;
    this.task = new PeriodicTask('log-cleaner', this.opts.config.backoffMs, () => this.cleanFilthiestLogs(), this.logger);
    this.task.start();
  }

  /** Aborts a cleaning in progress, stops the task and waits for it. */
  async shutdown(): Promise<void> {
    this.stopped = true;
    if (this.inProgress !== undefined) abort(this.inProgress);
    await this.task?.stop();
    this.task = undefined;
    await this.checkpointWrites;
  }

  /** Aborts the cleaning of `log` if one runs, and waits until it has stopped (before deletion). */
  async abortCleaning(log: Log): Promise<void> {
    const running = this.inProgress;
    if (running === undefined || running.log !== log) return;
    abort(running);
    await running.done;
  }

  /** Forgets a deleted log: its checkpoint entry goes with the next checkpoint write. */
  forgetLog(log: Log): void {
    this.uncleanable.delete(log);
    const dir = dirname(log.dir);
    if (this.checkpoints.get(dir)?.delete(partitionKey(log.topic, log.partition)) === true) this.writeCheckpoint(dir);
  }

  /** After a truncation: a checkpoint past the new end would skip data written later (Kafka's maybeTruncateCheckpoint). */
  maybeTruncateCheckpoint(log: Log, offset: number): void {
    const dir = dirname(log.dir);
    const key = partitionKey(log.topic, log.partition);
    const entries = this.checkpoints.get(dir);
    const current = entries?.get(key);
    if (entries === undefined || current === undefined || current <= offset) return;
    entries.set(key, offset);
    this.writeCheckpoint(dir);
  }

  /** The log being cleaned now, if any. */
  get cleaning(): Log | undefined {
    return this.inProgress?.log;
  }

  /** The checkpointed first dirty offset of `log`, if any (for tests and the admin API). */
  checkpointOf(log: Log): number | undefined {
    return this.checkpoints.get(dirname(log.dir))?.get(partitionKey(log.topic, log.partition));
  }

  metrics(): LogCleanerMetrics {
    const s = this.lastStats;
    return {
      maxDirtyPercent: this.maxDirtyPercent,
      cleanerRecopyPercent: s === undefined || s.bytesRead === 0 ? 0 : (100 * s.bytesWritten) / s.bytesRead,
      maxCleanTimeSecs: s === undefined ? 0 : s.elapsedMs / 1000,
      maxBufferUtilizationPercent: s === undefined ? 0 : 100 * s.bufferUtilization,
      timeSinceLastRunMs: this.nowMs() - this.lastRunMs,
      uncleanablePartitionsCount: this.uncleanable.size,
      cleaningsTotal: this.cleanings,
    };
  }

  /** The compacted logs' cleanable sections, filthiest first; updates max-dirty-percent. */
  private cleanableLogs(): CleanableLog[] {
    const nowMs = this.nowMs();
    const all = this.opts.logs()
      .filter((log) => hasCompactPolicy(log.config) && !this.uncleanable.has(log))
      .map((log) => cleanableOf(log, this.checkpointOf(log), nowMs));
    this.maxDirtyPercent = all.reduce((max, c) => Math.max(max, 100 * c.dirtyRatio), 0);
    return all.filter(needsCleaning).sort((a, b) => b.dirtyRatio - a.dirtyRatio);
  }

  /** One round: cleans the filthiest log until none needs cleaning (each log at most once). */
  private async cleanFilthiestLogs(): Promise<void> {
    const cleanedThisRound = new Set<Log>();
    while (!this.stopped) {
      const next = this.cleanableLogs().find((c) => !cleanedThisRound.has(c.log));
      if (next === undefined) break;
      cleanedThisRound.add(next.log);
      await this.clean(next);
    }
    this.lastRunMs = this.nowMs();
  }

  private async clean(target: CleanableLog): Promise<void> {
    const { log } = target;
    let finish: () => void = () => undefined;
    const running: InProgress = {
      log, aborted: this.stopped, done: new Promise<void>((resolve) => (finish = resolve)), wake: () => undefined,
    };
    const pause = (ms: number): Promise<void> => new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      running.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.inProgress = running;
    try {
      const result = await cleanLog(target, this.map, {
        ioBufferBytes: this.opts.config.ioBufferSize,
        decompressBytesMax: decompressBytesMaxDefault,
        throttler: new Throttler(this.opts.config.maxIoBytesPerSecond, this.nowMs, pause),
        isAborted: () => running.aborted,
        nowMs: this.nowMs,
      });
      const dir = dirname(log.dir);
      const entries = this.checkpoints.get(dir) ?? new Map<string, number>();
      this.checkpoints.set(dir, entries);
      entries.set(partitionKey(log.topic, log.partition), result.endOffset);
      this.writeCheckpoint(dir);
      this.lastStats = result.stats;
      this.cleanings += 1;
      const s = result.stats;
      this.logger.info({
        topic: log.topic, partition: log.partition, dirtySection: [target.firstDirtyOffset, result.endOffset],
        segments: s.segmentsCleaned, bytesRead: s.bytesRead, bytesWritten: s.bytesWritten,
        recordsRead: s.recordsRead, recordsWritten: s.recordsWritten, mapRecords: s.mapRecordsRead,
        bufferUtilization: Number(s.bufferUtilization.toFixed(3)), elapsedMs: s.elapsedMs,
      }, 'cleaned log');
    } catch (err) {
      if (err instanceof LogCleaningAbortedError) {
        this.logger.info({ topic: log.topic, partition: log.partition }, 'log cleaning aborted');
      } else {
        this.uncleanable.add(log);
        this.logger.error({ err, topic: log.topic, partition: log.partition }, 'log cleaning failed; the partition is marked uncleanable');
      }
    } finally {
      this.inProgress = undefined;
      finish();
    }
  }

  /** Rewrites a log dir's checkpoint file with its current entries; writes run one at a time. */
  private writeCheckpoint(dir: string): void {
    this.checkpointWrites = this.checkpointWrites.then(async () => {
      const entries = [...(this.checkpoints.get(dir) ?? new Map<string, number>())].map(([key, offset]) => {
        const dash = key.lastIndexOf('-');
        return { topic: key.slice(0, dash), partition: Number(key.slice(dash + 1)), offset };
      });
      await writeOffsetCheckpoint(this.opts.fileSystem, join(dir, cleanerCheckpointFileName), entries);
    }).catch((err: unknown) => this.logger.error({ err, dir }, 'writing the cleaner checkpoint failed'));
  }
}
