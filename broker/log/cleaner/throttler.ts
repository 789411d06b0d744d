import type { Clock } from '../../clock';

/**
 * I/O throttle of the log cleaner (Kafka's Throttler on log.cleaner.io.max.bytes.per.second):
 * counts bytes read and written and, once per check interval, sleeps long enough to bring the
 * observed rate back to the limit. An unlimited rate (the default) costs one comparison.
 */

/** How often the observed rate is compared with the limit (Kafka checks every 300 ms). */
export const throttleCheckIntervalMs = 300;

export class Throttler {
  private periodStartMs: number;
  private bytesInPeriod = 0;

  constructor(
    private readonly bytesPerSecondMax: number,
    private readonly clock: Pick<Clock, 'nowMs' | 'sleep'>,
  ) {
    this.periodStartMs = clock.nowMs();
  }

  get unlimited(): boolean {
    return !Number.isFinite(this.bytesPerSecondMax) || this.bytesPerSecondMax >= Number.MAX_VALUE;
  }

  async maybeThrottle(bytes: number): Promise<void> {
    if (this.unlimited) return;
    this.bytesInPeriod += bytes;
    const elapsedMs = this.clock.nowMs() - this.periodStartMs;
    if (elapsedMs < throttleCheckIntervalMs) return;
    const rate = (this.bytesInPeriod * 1000) / elapsedMs;
    if (rate > this.bytesPerSecondMax) {
      const targetMs = (this.bytesInPeriod * 1000) / this.bytesPerSecondMax;
      await this.clock.sleep(Math.ceil(targetMs - elapsedMs));
    }
    this.periodStartMs = this.clock.nowMs();
    this.bytesInPeriod = 0;
  }
}
