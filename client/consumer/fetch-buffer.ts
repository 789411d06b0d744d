/**
 * The prefetch buffer between fetch loops and the application: fetchers push decoded chunks,
 * the iterator pulls them. Bounded by the fetched bytes it holds (prefetchBytesMax): a fetcher
 * waits for space before its next fetch, which is the consumer's backpressure.
 */

import { type ConsumerRecord } from '../../proto/record-batch';
import { type PartitionState } from './subscription-state';

export type FetchedChunk =
  /** `nextPosition`: past the last fetched offset, control batches and dropped records included. */
  | { kind: 'records'; state: PartitionState; seekEpoch: number; records: ConsumerRecord[]; nextPosition: number; highWatermark: number; sizeBytes: number }
  | { kind: 'error'; error: unknown }
  /** Not data: the reader should look at its group membership (a rebalance or commit is due). */
  | { kind: 'wakeup' };

export class FetchBuffer {
  private readonly chunks: FetchedChunk[] = [];
  private bufferedBytes = 0;
  private readonly readers: Array<(c: FetchedChunk | undefined) => void> = [];
  private spaceWaiters: Array<() => void> = [];
  private closed = false;

  constructor(private readonly prefetchBytesMax: number) {}

  push(chunk: FetchedChunk): void {
    if (this.closed) return;
    const reader = this.readers.shift();
    if (reader) return reader(chunk);
    this.chunks.push(chunk);
    if (chunk.kind === 'records') this.bufferedBytes += chunk.sizeBytes;
  }

  /** The next chunk, waiting for one; undefined once the buffer is closed. */
  next(): Promise<FetchedChunk | undefined> {
    const chunk = this.chunks.shift();
    if (chunk) {
      if (chunk.kind === 'records') this.bufferedBytes -= chunk.sizeBytes;
      this.releaseSpace();
      return Promise.resolve(chunk);
    }
    if (this.closed) return Promise.resolve(undefined);
    return new Promise((resolve) => this.readers.push(resolve));
  }

  hasSpace(): boolean {
    return this.bufferedBytes < this.prefetchBytesMax;
  }

  waitForSpace(): Promise<void> {
    if (this.hasSpace() || this.closed) return Promise.resolve();
    return new Promise((resolve) => this.spaceWaiters.push(resolve));
  }

  /** Drops buffered chunks (after a seek or pause they are stale anyway). */
  clear(): void {
    this.chunks.length = 0;
    this.bufferedBytes = 0;
    this.releaseSpace();
  }

  close(): void {
    this.closed = true;
    this.clear();
    for (const reader of this.readers.splice(0)) reader(undefined);
  }

  /** Hands a waiting reader a wakeup; a reader that is busy sees the reason on its next round anyway. */
  wakeup(): void {
    for (const reader of this.readers.splice(0)) reader({ kind: 'wakeup' });
  }

  reopen(): void {
    this.closed = false;
  }

  private releaseSpace(): void {
    if (!this.hasSpace()) return;
    for (const wake of this.spaceWaiters.splice(0)) wake();
  }
}
