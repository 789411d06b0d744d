/**
 * Kafka's `KafkaScheduler` as the controller uses it: named one-shot timers whose callbacks only
 * enqueue controller events. One timer per name (re-scheduling replaces it), so the number of
 * pending timers is bounded by the names in use; `shutdown` (resignation) cancels them all.
 */

export const scheduledTasksMax = 10_000;

export class ControllerScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private stopped = false;

  schedule(name: string, delayMs: number, task: () => void): void {
    if (this.stopped) return;
    this.cancel(name);
    if (this.timers.size >= scheduledTasksMax) throw new Error(`assertion failed: more than ${scheduledTasksMax} scheduled controller tasks`);
    const timer = setTimeout(() => {
      this.timers.delete(name);
      if (!this.stopped) task();
    }, delayMs);
    timer.unref();
    this.timers.set(name, timer);
  }

  isScheduled(name: string): boolean {
    return this.timers.has(name);
  }

  cancel(name: string): void {
    const timer = this.timers.get(name);
    if (timer) clearTimeout(timer);
    this.timers.delete(name);
  }

  shutdown(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
