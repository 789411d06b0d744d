/**
 * A background task run every `intervalMs` (Kafka's KafkaScheduler.schedule with a period).
 * Runs never overlap: the next run is scheduled after the previous one finishes. `stop()`
 * cancels the timer and waits for a run in progress.
 */
import { type Logger } from 'pino';

export class PeriodicTask {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    readonly name: string,
    private readonly intervalMs: number,
    private readonly run: () => Promise<void>,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    this.scheduleNext();
  }

  private scheduleNext(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.run()
        .catch((err: unknown) => this.logger.error({ err, task: this.name }, 'background task failed'))
        .finally(() => {
          this.running = undefined;
          this.scheduleNext();
        });
    }, this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
