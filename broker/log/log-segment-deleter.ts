/**
 * Asynchronous segment deletion (Kafka's `asyncDeleteSegment`): files are renamed to `.deleted`
 * at once, so a restart removes them, and removed after file.delete.delay.ms so reads that already
 * hold the segment can finish. Pending deletions run immediately when the log closes.
 */
import { type Logger } from 'pino';
import type { Clock, Timer } from '../clock';
import { type LogSegment } from './log-segment';

export class LogSegmentDeleter {
  private readonly pending = new Map<LogSegment, Timer>();
  private readonly logger: Logger | undefined;

  constructor(logger: Logger | undefined, private readonly clock: Clock) {
    this.logger = logger;
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  async schedule(segment: LogSegment, delayMs: number): Promise<void> {
    await segment.renameToDeleted();
    const timer = this.clock.setTimeout(() => {
      this.pending.delete(segment);
      void this.remove(segment);
    }, delayMs);
    this.pending.set(segment, timer);
  }

  private async remove(segment: LogSegment): Promise<void> {
    try {
      await segment.deleteFiles();
    } catch (err) {
      this.logger?.warn({ err, baseOffset: segment.baseOffset }, 'failed to delete log segment files');
    }
  }

  async deleteAllNow(): Promise<void> {
    const segments = [...this.pending.keys()];
    for (const timer of this.pending.values()) timer.cancel();
    this.pending.clear();
    await Promise.all(segments.map((s) => this.remove(s)));
  }
}
