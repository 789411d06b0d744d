/**
 * Kafka's ThroughputThrottler, for the perf loops' `--throughput`: a loop that is ahead of its
 * target rate sleeps until it is not. Latency is then timed from each send, as Kafka times it;
 * `behindMsMax` says whether the loop kept its schedule, since a loop that fell behind sends in
 * bursts and its latencies no longer describe the target rate.
 */
export class ThroughputThrottler {
  private readonly startMs = performance.now();
  /** The furthest any send has been behind its scheduled time. */
  behindMsMax = 0;

  /** `ratePerSec` <= 0 means no limit. */
  constructor(private readonly ratePerSec: number) {}

  /** Resolves when record number `sent` (from 0) is due; undefined when it is due already. */
  wait(sent: number): Promise<void> | undefined {
    if (this.ratePerSec <= 0) return undefined;
    const aheadMs = (sent / this.ratePerSec) * 1000 - (performance.now() - this.startMs);
    if (aheadMs > 0) return new Promise((resolve) => setTimeout(resolve, aheadMs));
    this.behindMsMax = Math.max(this.behindMsMax, -aheadMs);
    return undefined;
  }
}
