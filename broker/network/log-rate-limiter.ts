/**
 * Bounds how often one kind of client-caused log line is written: a port scanner or a client
 * retrying with a bad certificate would otherwise fill the broker log. At most `linesPerWindow`
 * lines per `windowMs`; the first line of the next window says how many were left out.
 */

export class LogRateLimiter {
  private windowStartMs = -Infinity;
  private linesInWindow = 0;
  private suppressed = 0;

  constructor(private readonly linesPerWindow: number, private readonly windowMs: number, private readonly nowMs: () => number = Date.now) {}

  /** Calls `write` with the number left out since the last line written, or counts this one as left out. */
  log(write: (suppressedBefore: number) => void): void {
    const now = this.nowMs();
    if (now - this.windowStartMs >= this.windowMs) {
      this.windowStartMs = now;
      this.linesInWindow = 0;
    }
    if (this.linesInWindow >= this.linesPerWindow) {
      this.suppressed++;
      return;
    }
    this.linesInWindow++;
    const suppressedBefore = this.suppressed;
    this.suppressed = 0;
    write(suppressedBefore);
  }
}
