/**
 * Kafka's `ControllerEventManager`: one bounded queue of controller events processed strictly one
 * at a time. ZooKeeper watch callbacks and broker responses only `put` here; all controller state
 * is changed by `process`, so no two handlers ever interleave (KafkaController.maybeResign).
 */

import type { Logger } from 'pino';
import type { Clock } from '../clock';
import { SamsaError } from '../../proto/errors';

export const controllerEventQueueSizeMax = 10_000;

export class ControllerEventQueueFullError extends SamsaError {
  constructor(size: number) {
    super(`controller event queue is full (${size} events)`);
  }
}

export interface QueuedEvent<E> { event: E; enqueuedAtMs: number }

export class ControllerEventManager<E extends { type: string }> {
  private readonly queue: Array<QueuedEvent<E>> = [];
  private running = false;
  private stopped = false;
  private idleWaiters: Array<() => void> = [];
  private lastQueueTimeMs = 0;

  constructor(
    private readonly process: (event: E) => Promise<void>,
    private readonly logger: Logger,
    private readonly clock: Pick<Clock, 'nowMs'>,
    private readonly opts: { queueSizeMax?: number; /** events discarded at shutdown (e.g. to answer waiting callers) */ onDropped?: (event: E) => void } = {},
  ) {}

  get queueSize(): number {
    return this.queue.length;
  }

  /** How long the most recently started event waited in the queue (Kafka's EventQueueTimeMs). */
  get lastEventQueueTimeMs(): number {
    return this.lastQueueTimeMs;
  }

  /** Time the oldest queued event has been waiting, 0 when empty. */
  oldestEventAgeMs(): number {
    const head = this.queue[0];
    return head ? this.now() - head.enqueuedAtMs : 0;
  }

  put(event: E): void {
    if (this.stopped) {
      this.opts.onDropped?.(event);
      return;
    }
    const max = this.opts.queueSizeMax ?? controllerEventQueueSizeMax;
    if (this.queue.length >= max) throw new ControllerEventQueueFullError(this.queue.length);
    this.queue.push({ event, enqueuedAtMs: this.now() });
    if (!this.running) void this.drain();
  }

  /** Resolves once every event queued so far has been processed. */
  idle(): Promise<void> {
    if (!this.running && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Drops queued events and waits for the current one to finish; later puts are ignored. */
  async shutdown(): Promise<void> {
    this.stopped = true;
    for (const dropped of this.queue.splice(0)) this.opts.onDropped?.(dropped.event);
    await this.idle();
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      for (let next = this.queue.shift(); next; next = this.queue.shift()) {
        this.lastQueueTimeMs = this.now() - next.enqueuedAtMs;
        try {
          await this.process(next.event);
        } catch (err) {
          this.logger.error({ err, event: next.event.type }, 'uncaught error processing controller event');
        }
      }
    } finally {
      this.running = false;
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  private now(): number {
    return this.clock.nowMs();
  }
}
