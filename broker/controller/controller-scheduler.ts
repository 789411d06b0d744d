/**
 * Kafka's `KafkaScheduler` as the controller uses it: named one-shot timers on the broker's Clock
 * whose callbacks only enqueue controller events. One timer per name (re-scheduling replaces it),
 * so the number of pending timers is bounded by the names in use; `shutdown` (resignation) cancels
 * them all.
 */
import type { Clock, Timer } from '../clock';

export const scheduledTasksMax = 10_000;

export class ControllerScheduler {
  private readonly timers = new Map<string, Timer>();
  private stopped = false;

  constructor(private readonly clock: Clock) {}

  schedule(name: string, delayMs: number, task: () => void): void {
    if (this.stopped) return;
    this.cancel(name);
    if (this.timers.size >= scheduledTasksMax) throw new Error(`assertion failed: more than ${scheduledTasksMax} scheduled controller tasks`);
    const timer = this.clock.setTimeout(() => {
      this.timers.delete(name);
      if (!this.stopped) task();
    }, delayMs);
    this.timers.set(name, timer);
  }

  isScheduled(name: string): boolean {
    return this.timers.has(name);
  }

  cancel(name: string): void {
    this.timers.get(name)?.cancel();
    this.timers.delete(name);
  }

  shutdown(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) timer.cancel();
    this.timers.clear();
  }
}
