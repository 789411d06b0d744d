/**
 * All partitions' logs on this broker (Kafka's `LogManager`): loading and recovery at startup,
 * placement of new logs across log.dirs, topic deletion, the per-directory checkpoint files,
 * and the background tasks (retention, checkpoints, flush.ms). A clean shutdown leaves a
 * `.kafka_cleanshutdown` marker so the next start trusts the files instead of re-reading them.
 */
import { randomUUID } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { type Logger } from 'pino';
import { checkpointMap, readOffsetCheckpoint, writeOffsetCheckpoint, type PartitionOffset } from './checkpoint-file';
import { exists, type LogFileSystem } from './file-system';
import { Log } from './log';
import { type LogConfig } from './log-config';
import { type RecoveryListener } from './log-recovery';
import { type Clock, PeriodicTask, type Timer } from '../clock';
import { LogCleaner, type LogCleanerConfig } from './cleaner/log-cleaner';
import { topicPartitionKey } from '../../proto/topic-partition';
import { forEachBounded } from '../../proto/bounded-concurrency';

export const cleanShutdownFileName = '.kafka_cleanshutdown';
export const recoveryPointCheckpointFileName = 'recovery-point-offset-checkpoint';
export const highWatermarkCheckpointFileName = 'replication-offset-checkpoint';
export const logStartOffsetCheckpointFileName = 'log-start-offset-checkpoint';
/** How often the flush.ms check runs (Kafka's log.flush.scheduler.interval.ms; its default never flushes). */
export const logFlushCheckIntervalMs = 1000;
/**
 * Logs loaded, created, or flushed and closed side by side (Kafka's num.recovery.threads.per.data.dir,
 * for async file work): each takes several file operations through libuv's thread pool, and one
 * log at a time made a broker with 10,000 partitions take over 30 s to start.
 */
export const logsInParallelMax = 16;

const partitionDirPattern = /^(.+)-(\d+)$/;
const deletedDirPattern = /\.[0-9a-f]{32}-delete$/;

export interface LogManagerOptions {
  /** The disk every log lives on: node's in production, a simulated one in the simulation. */
  fileSystem: LogFileSystem;
  logDirs: string[];
  defaultConfig: LogConfig;
  retentionCheckIntervalMs: number;
  recoveryPointCheckpointIntervalMs: number;
  highWatermarkCheckpointIntervalMs: number;
  logger: Logger;
  /** Retention, flush.ms and the background tasks run on it. */
  clock: Clock;
  /** Observes recovery scans (tests use it to prove a clean start reads no segment). */
  recoveryListener?: RecoveryListener;
  /** The log cleaner's settings; no cleaner runs when absent or disabled. */
  cleaner?: LogCleanerConfig;
}

/** Parses `<topic>-<partition>`; undefined for anything else in a log dir. */
export function parseTopicPartitionDir(name: string): { topic: string; partition: number } | undefined {
  if (deletedDirPattern.test(name) || name.endsWith('-future')) return undefined;
  const match = partitionDirPattern.exec(name);
  if (match === null) return undefined;
  return { topic: match[1] as string, partition: Number(match[2]) };
}

export class LogManager {
  private readonly opts: LogManagerOptions;
  private readonly logger: Logger;
  private readonly fileSystem: LogFileSystem;
  private readonly logs = new Map<string, Log>();
  private readonly creating = new Map<string, Promise<Log>>();
  /**
   * Logs in each log dir, creations under way included, kept as logs come and go: counting them
   * for every new log walked every hosted log, which made creating 10,000 partitions quadratic.
   */
  private readonly logsPerDir = new Map<string, number>();
  private readonly deleteTimers = new Set<Timer>();
  private topicConfigs = new Map<string, LogConfig>();
  private tasks: PeriodicTask[] = [];
  /** Compacts logs with cleanup.policy=compact (undefined when log.cleaner.enable=false). */
  cleaner: LogCleaner | undefined;

  constructor(opts: LogManagerOptions) {
    if (opts.logDirs.length === 0) throw new Error('LogManager needs at least one log dir');
    this.opts = opts;
    this.logger = opts.logger.child({ component: 'log-manager' });
    this.fileSystem = opts.fileSystem;
  }

  async startup(topicConfigs?: Map<string, LogConfig>): Promise<void> {
    this.topicConfigs = new Map(topicConfigs ?? []);
    await Promise.all(this.opts.logDirs.map((dir) => this.loadLogDir(dir)));
    this.startTasks();
    if (this.opts.cleaner?.enable === true) {
      this.cleaner = new LogCleaner({
        fileSystem: this.fileSystem, config: this.opts.cleaner, logDirs: this.opts.logDirs, logs: () => this.allLogs(), logger: this.logger, clock: this.opts.clock,
      });
      await this.cleaner.startup();
    }
  }

  /** Every log reports truncations, so that the cleaner never trusts a checkpoint past the end. */
  private watch(log: Log): Log {
    log.onTruncated = (offset) => this.cleaner?.maybeTruncateCheckpoint(log, offset);
    return log;
  }

  private configFor(topic: string): LogConfig {
    return this.topicConfigs.get(topic) ?? this.opts.defaultConfig;
  }

  private async loadLogDir(logDir: string): Promise<void> {
    await this.fileSystem.mkdir(logDir);
    const markerPath = join(logDir, cleanShutdownFileName);
    const cleanShutdown = await exists(this.fileSystem, markerPath);
    const [recoveryPoints, logStartOffsets, highWatermarks] = await Promise.all(
      [recoveryPointCheckpointFileName, logStartOffsetCheckpointFileName, highWatermarkCheckpointFileName].map(async (f) =>
        checkpointMap(await readOffsetCheckpoint(this.fileSystem, join(logDir, f))),
      ),
    );
    const entries = await this.fileSystem.readdir(logDir);
    await forEachBounded(entries, logsInParallelMax, async (entry) => {
      if (!entry.isDirectory) return;
      if (deletedDirPattern.test(entry.name)) {
        // A deletion the previous run did not finish.
        await this.fileSystem.rm(join(logDir, entry.name), { recursive: true });
        return;
      }
      const tp = parseTopicPartitionDir(entry.name);
      if (tp === undefined) return;
      const key = topicPartitionKey({ topic: tp.topic, partition: tp.partition });
      const log = await Log.load({
        fileSystem: this.fileSystem,
        dir: join(logDir, entry.name),
        topic: tp.topic,
        partition: tp.partition,
        config: this.configFor(tp.topic),
        recoveryPoint: recoveryPoints?.get(key) ?? 0,
        logStartOffset: logStartOffsets?.get(key) ?? 0,
        highWatermark: highWatermarks?.get(key) ?? 0,
        cleanShutdown,
        logger: this.logger.child({ component: 'log', topic: tp.topic, partition: tp.partition }),
        clock: this.opts.clock,
        recoveryListener: this.opts.recoveryListener,
      });
      this.logs.set(key, this.watch(log));
      this.countLog(logDir, 1);
    });
    if (cleanShutdown) await this.fileSystem.rm(markerPath);
    this.logger.info({ logDir, cleanShutdown, logs: this.logsIn(logDir).length }, 'loaded log dir');
  }

  private startTasks(): void {
    const o = this.opts;
    this.tasks = [
      new PeriodicTask('log-retention', o.retentionCheckIntervalMs, () => this.cleanupLogs(), this.logger, o.clock),
      new PeriodicTask('recovery-point-checkpoint', o.recoveryPointCheckpointIntervalMs, () => this.checkpointRecoveryPointsAndLogStartOffsets(), this.logger, o.clock),
      new PeriodicTask('high-watermark-checkpoint', o.highWatermarkCheckpointIntervalMs, () => this.checkpointHighWatermarks(), this.logger, o.clock),
      new PeriodicTask('log-flusher', logFlushCheckIntervalMs, () => this.flushDirtyLogs(), this.logger, o.clock),
    ];
    for (const task of this.tasks) task.start();
  }

  getLog(topic: string, partition: number): Log | undefined {
    return this.logs.get(topicPartitionKey({ topic, partition }));
  }

  async getOrCreateLog(topic: string, partition: number, config?: LogConfig): Promise<Log> {
    const key = topicPartitionKey({ topic, partition });
    const existing = this.logs.get(key) ?? (await this.creating.get(key));
    if (existing !== undefined) return existing;
    const creation = this.createLog(topic, partition, config ?? this.configFor(topic));
    this.creating.set(key, creation);
    try {
      const log = this.watch(await creation);
      this.logs.set(key, log);
      return log;
    } finally {
      this.creating.delete(key);
    }
  }

  private async createLog(topic: string, partition: number, config: LogConfig): Promise<Log> {
    // Counted from the choice on, so that logs created side by side spread over the dirs.
    const logDir = this.nextLogDir();
    this.countLog(logDir, 1);
    try {
      const dir = join(logDir, topicPartitionKey({ topic, partition }));
      await this.fileSystem.mkdir(dir);
      this.logger.info({ topic, partition, dir }, 'created log');
      return await Log.load({
        fileSystem: this.fileSystem,
        dir,
        topic,
        partition,
        config,
        cleanShutdown: true,
        logger: this.logger.child({ component: 'log', topic, partition }),
        clock: this.opts.clock,
      });
    } catch (err) {
      this.countLog(logDir, -1);
      throw err;
    }
  }

  private countLog(logDir: string, delta: number): void {
    this.logsPerDir.set(logDir, (this.logsPerDir.get(logDir) ?? 0) + delta);
  }

  /** Kafka places a new log in the dir holding the fewest partitions. */
  private nextLogDir(): string {
    let best = this.opts.logDirs[0] as string;
    let bestCount = Number.POSITIVE_INFINITY;
    for (const dir of this.opts.logDirs) {
      const count = this.logsPerDir.get(dir) ?? 0;
      if (count < bestCount) {
        best = dir;
        bestCount = count;
      }
    }
    return best;
  }

  private logsIn(logDir: string): Log[] {
    return this.allLogs().filter((log) => dirname(log.dir) === logDir);
  }

  allLogs(): Log[] {
    return [...this.logs.values()];
  }

  /** Applies a changed topic config (dynamic /config/topics change) to its logs and future ones. */
  updateTopicConfig(topic: string, config: LogConfig): void {
    this.topicConfigs.set(topic, config);
    for (const log of this.allLogs()) if (log.topic === topic) log.config = config;
  }

  async deleteLog(topic: string, partition: number): Promise<void> {
    const key = topicPartitionKey({ topic, partition });
    const log = this.logs.get(key);
    if (log === undefined) return;
    this.logs.delete(key);
    this.countLog(dirname(log.dir), -1);
    await this.cleaner?.abortCleaning(log);
    this.cleaner?.forgetLog(log);
    await log.close();
    const renamed = join(dirname(log.dir), `${basename(log.dir)}.${randomUUID().replace(/-/g, '')}-delete`);
    await this.fileSystem.rename(log.dir, renamed);
    const timer = this.opts.clock.setTimeout(() => {
      this.deleteTimers.delete(timer);
      this.fileSystem.rm(renamed, { recursive: true }).catch((err: unknown) => this.logger.warn({ err, dir: renamed }, 'failed to delete log dir'));
    }, log.config.fileDeleteDelayMs);
    this.deleteTimers.add(timer);
    this.logger.info({ topic, partition, dir: renamed }, 'scheduled log for deletion');
  }

  private async cleanupLogs(): Promise<void> {
    const nowMs = this.opts.clock.nowMs();
    for (const log of this.allLogs()) await log.deleteRetentionExpiredSegments(nowMs);
  }

  private async flushDirtyLogs(): Promise<void> {
    const nowMs = this.opts.clock.nowMs();
    for (const log of this.allLogs()) {
      if (nowMs - log.lastFlushTimeMs >= log.config.flushIntervalMs) await log.flush();
    }
  }

  private async writeCheckpoint(fileName: string, valueOf: (log: Log) => number): Promise<void> {
    await Promise.all(
      this.opts.logDirs.map((logDir) => {
        const entries: PartitionOffset[] = this.logsIn(logDir).map((log) => ({ topic: log.topic, partition: log.partition, offset: valueOf(log) }));
        return writeOffsetCheckpoint(this.fileSystem, join(logDir, fileName), entries);
      }),
    );
  }

  checkpointHighWatermarks(): Promise<void> {
    return this.writeCheckpoint(highWatermarkCheckpointFileName, (log) => log.highWatermark);
  }

  async checkpointRecoveryPointsAndLogStartOffsets(): Promise<void> {
    await this.writeCheckpoint(recoveryPointCheckpointFileName, (log) => log.recoveryPoint);
    await this.writeCheckpoint(logStartOffsetCheckpointFileName, (log) => log.logStartOffset);
  }

  async shutdown(): Promise<void> {
    await this.cleaner?.shutdown();
    await Promise.all(this.tasks.map((t) => t.stop()));
    this.tasks = [];
    for (const timer of this.deleteTimers) timer.cancel();
    this.deleteTimers.clear();
    const logs = this.allLogs();
    await forEachBounded(logs, logsInParallelMax, async (log) => {
      await log.flush();
      await log.close();
    });
    await this.checkpointRecoveryPointsAndLogStartOffsets();
    await this.checkpointHighWatermarks();
    await Promise.all(this.opts.logDirs.map((d) => this.fileSystem.writeFile(join(d, cleanShutdownFileName), '')));
    this.logs.clear();
    this.logsPerDir.clear();
    this.logger.info({ logs: logs.length }, 'log manager shut down cleanly');
  }
}
