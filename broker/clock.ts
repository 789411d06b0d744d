/**
 * The broker's one source of time (Kafka's `Time` and `KafkaScheduler` in one interface): the
 * current time, one-shot timers that can be cancelled, sleeps and periodic tasks. Everything in the
 * domain (controller, partitions and ISR, purgatories, replica fetchers, group coordinator, log
 * retention and cleaner) takes time from an injected Clock and never from `Date.now()` or
 * `setTimeout` directly, so that a simulation can run the same code on virtual time and replay a
 * schedule exactly. `systemClock` is the one the broker process uses.
 */
import type { Logger } from 'pino';

/** A pending one-shot timer; cancelling a fired or cancelled timer does nothing. */
export interface Timer {
  cancel(): void;
}

export interface Clock {
  /** Milliseconds since the epoch (wall-clock time on the system clock). */
  nowMs(): number;
  /** Runs `fn` once after `delayMs`. A pending timer never keeps a stopping process alive. */
  setTimeout(fn: () => void, delayMs: number): Timer;
  /** Resolves after `delayMs`. */
  sleep(delayMs: number): Promise<void>;
}

export const systemClock: Clock = {
  nowMs: () => Date.now(),
  setTimeout(fn, delayMs) {
    const handle = setTimeout(fn, delayMs);
    handle.unref();
    return { cancel: () => clearTimeout(handle) };
  },
  sleep: (delayMs) => new Promise((resolve) => setTimeout(resolve, delayMs)),
};

/**
 * Resolves true when `promise` settled within `timeoutMs`, false otherwise (the promise keeps
 * running; its outcome is the caller's to observe).
 */
export async function settlesWithin(clock: Clock, promise: Promise<unknown>, timeoutMs: number): Promise<boolean> {
  let timer: Timer | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = clock.setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([promise.then(() => true, () => true), timedOut]);
  } finally {
    timer?.cancel();
  }
}

/**
 * A background task run every `intervalMs` (Kafka's KafkaScheduler.schedule with a period).
 * Runs never overlap: the next run is scheduled after the previous one finishes. `stop()`
 * cancels the timer and waits for a run in progress.
 */
export class PeriodicTask {
  private timer: Timer | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    readonly name: string,
    private readonly intervalMs: number,
    private readonly run: () => Promise<void>,
    private readonly logger: Logger,
    private readonly clock: Clock,
  ) {}

  start(): void {
    this.stopped = false;
    this.scheduleNext();
  }

  private scheduleNext(): void {
    if (this.stopped) return;
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.running = this.run()
        .catch((err: unknown) => this.logger.error({ err, task: this.name }, 'background task failed'))
        .finally(() => {
          this.running = undefined;
          this.scheduleNext();
        });
    }, this.intervalMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.timer?.cancel();
    this.timer = undefined;
    await this.running;
  }
}
