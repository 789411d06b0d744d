/**
 * How many bytes lie between two offsets, for the last appends of one partition. A parked fetch
 * (DelayedFetch) must decide synchronously whether `min_bytes` are available without reading the
 * log; Kafka compares file positions from offset metadata, and this ring of recent appends gives
 * the same answer for the data a long poll waits for (the newest). Older data is reported as
 * "plenty": a fetch positioned before the window has data to read in any case.
 */

export const recentAppendsMax = 1024;

interface AppendEntry {
  baseOffset: number;
  /** Exclusive. */
  endOffset: number;
  sizeBytes: number;
}

export class RecentAppends {
  private readonly entries: AppendEntry[] = [];

  constructor(private readonly capacity = recentAppendsMax) {}

  record(baseOffset: number, endOffset: number, sizeBytes: number): void {
    if (this.entries.length >= this.capacity) this.entries.shift();
    this.entries.push({ baseOffset, endOffset, sizeBytes });
  }

  clear(): void {
    this.entries.length = 0;
  }

  /**
   * Bytes of appends within [fromOffset, toOffset). `Number.MAX_SAFE_INTEGER` when `fromOffset`
   * precedes the window yet data exists there (toOffset > fromOffset).
   */
  bytesBetween(fromOffset: number, toOffset: number): number {
    if (toOffset <= fromOffset) return 0;
    const first = this.entries[0];
    if (first === undefined || fromOffset < first.baseOffset) return Number.MAX_SAFE_INTEGER;
    let bytes = 0;
    // Walk back from the newest entry: a long poll waits at the end of the log.
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i]!;
      if (e.endOffset <= fromOffset) break;
      if (e.endOffset <= toOffset) bytes += e.sizeBytes;
    }
    return bytes;
  }
}
