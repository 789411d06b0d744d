/**
 * Delayed operations and their purgatory (Kafka's `DelayedOperation` / `DelayedOperationPurgatory`):
 * a request that cannot be answered yet (acks=all produce waiting for the high watermark, a long-poll
 * fetch waiting for bytes) is parked under the keys of the partitions it depends on. Whoever changes
 * such a partition (an append, a HW advance, a leadership change) calls `checkAndComplete(key)`; the
 * operation completes exactly once, either because `tryComplete` found its condition met or because
 * its timer fired (`onExpiration` then `onComplete`).
 */

import type { Clock, Timer } from '../clock';

export abstract class DelayedOperation {
  private completed = false;
  private timer: Timer | undefined;

  constructor(readonly delayMs: number) {}

  get isCompleted(): boolean {
    return this.completed;
  }

  /**
   * Checks the completion condition and calls `forceComplete()` when it holds. Must not block.
   * `changedKey`, from `checkAndComplete`, names the one watched partition that changed: an
   * operation over many partitions may check only that one (each partition's change comes with
   * its own key), so a request over N partitions costs O(N) checks in all, not O(N^2).
   */
  abstract tryComplete(changedKey?: string): boolean;
  /** Produces the result; called exactly once. */
  protected abstract onComplete(): void;
  /** Called before `onComplete` when the operation timed out. */
  protected abstract onExpiration(): void;

  /** Completes the operation if nobody has yet; true if this call did it. */
  forceComplete(): boolean {
    if (this.completed) return false;
    this.completed = true;
    this.timer?.cancel();
    this.timer = undefined;
    this.onComplete();
    return true;
  }

  /** @internal used by the purgatory */
  startTimer(clock: Clock, onExpired: () => void): void {
    this.timer = clock.setTimeout(() => {
      this.timer = undefined;
      if (this.completed) return;
      this.expire();
      onExpired();
    }, this.delayMs);
  }

  /** Times the operation out now (timer fired, or the purgatory had no room). */
  expire(): void {
    if (this.completed) return;
    this.onExpiration();
    this.forceComplete();
  }
}

export interface PurgatoryOptions {
  /** For logs and metrics (Kafka's purgatory names: "Produce", "Fetch"). */
  name: string;
  /** Bound on parked operations; beyond it a new operation times out at once. */
  waitingOperationsMax: number;
  /** Operations expire on it. */
  clock: Clock;
}

export class DelayedOperationPurgatory<T extends DelayedOperation> {
  readonly name: string;
  private readonly waitingOperationsMax: number;
  private readonly clock: Clock;
  private readonly watchers = new Map<string, Set<T>>();
  /** Parked operations and the keys each one watches. */
  private readonly pending = new Map<T, readonly string[]>();
  private shuttingDown = false;

  constructor(opts: PurgatoryOptions) {
    this.name = opts.name;
    this.waitingOperationsMax = opts.waitingOperationsMax;
    this.clock = opts.clock;
  }

  /** Operations currently parked (Kafka's `PurgatorySize` metric). */
  get waiting(): number {
    return this.pending.size;
  }

  /**
   * Completes `op` now if it can; otherwise parks it under `keys` until a `checkAndComplete` on one
   * of them completes it or its delay passes. Returns true if it completed during this call. When
   * the purgatory is full (or shutting down) the operation expires at once rather than waiting.
   */
  tryCompleteElseWatch(op: T, keys: readonly string[]): boolean {
    if (op.tryComplete()) return true;
    if (this.shuttingDown || this.pending.size >= this.waitingOperationsMax || keys.length === 0) {
      op.expire();
      return true;
    }
    this.pending.set(op, keys);
    for (const key of keys) {
      let set = this.watchers.get(key);
      if (set === undefined) {
        set = new Set();
        this.watchers.set(key, set);
      }
      set.add(op);
    }
    // Kafka re-checks after watching so that an event between the first check and the watch is not lost;
    // here nothing can interleave, but the second check is cheap and keeps the same contract.
    if (op.tryComplete()) {
      this.forget(op);
      return true;
    }
    op.startTimer(this.clock, () => this.forget(op));
    return false;
  }

  /** Tries to complete every operation watching `key`; returns how many completed. */
  checkAndComplete(key: string): number {
    const set = this.watchers.get(key);
    if (set === undefined) return 0;
    let completed = 0;
    for (const op of [...set]) {
      if (op.isCompleted || op.tryComplete(key)) {
        this.forget(op);
        completed++;
      }
    }
    return completed;
  }

  /** Number of live operations watching `key`. */
  watched(key: string): number {
    return this.watchers.get(key)?.size ?? 0;
  }

  /** Expires every parked operation and refuses new ones (broker shutdown). */
  shutdown(): void {
    this.shuttingDown = true;
    for (const op of [...this.pending.keys()]) {
      op.expire();
      this.forget(op);
    }
  }

  private forget(op: T): void {
    const keys = this.pending.get(op);
    if (keys === undefined) return;
    this.pending.delete(op);
    for (const key of keys) {
      const set = this.watchers.get(key);
      if (set?.delete(op) && set.size === 0) this.watchers.delete(key);
    }
  }
}
