/**
 * The heartbeat loop (Kafka's AbstractCoordinator.HeartbeatThread, KIP-62): a timer of its own
 * sends a Heartbeat every heartbeatIntervalMs while the member is Stable, whatever the
 * application's handler is doing, so a slow handler never lets the session expire (the most
 * common KafkaJS complaint, tulios/kafkajs#447, #1527). Liveness of the processing itself is
 * bounded separately, by the rebalance timeout (Kafka's max.poll.interval.ms): a handler call
 * that runs longer than that makes the member leave the group, as the Java consumer does, so
 * the others can take its partitions; it rejoins when the handler returns.
 *
 * Timers come from `HeartbeatTimers` so tests drive the loop with fake time.
 */

import { type GroupMembership, MemberState, isFatalGroupError, isRejoinError } from './membership';

export interface HeartbeatTimers {
  nowMs(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemTimers: HeartbeatTimers = {
  nowMs: () => Date.now(),
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref?.();
    return t;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface HeartbeatConfig {
  heartbeatIntervalMs: number;
  rebalanceTimeoutMs: number;
  retryBackoffMs: number;
}

export interface HeartbeatListener {
  onHeartbeat(): void;
  /** The coordinator says the member must join again (rebalance, lost generation or member id). */
  onRejoinNeeded(reason: unknown): void;
  onFatal(err: unknown): void;
  /** A handler call outlived the rebalance timeout. */
  onPollTimeout(busyMs: number): void;
}

export class Heartbeat {
  private timer: unknown;
  private running = false;
  private inFlight: Promise<void> | undefined;
  private busySinceMs: number | undefined;

  constructor(
    private readonly membership: GroupMembership,
    private readonly config: HeartbeatConfig,
    private readonly listener: HeartbeatListener,
    private readonly timers: HeartbeatTimers = systemTimers,
  ) {}

  get isRunning(): boolean {
    return this.running;
  }

  /** Starts (or keeps) the loop; the first heartbeat goes out one interval from now. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(this.config.heartbeatIntervalMs);
  }

  /** Stops the loop; a heartbeat in flight completes but its outcome is ignored. */
  stop(): void {
    this.running = false;
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The application's handler started a call (the rebalance timeout starts counting). */
  handlerStarted(): void {
    this.busySinceMs = this.timers.nowMs();
  }

  /** The handler call returned. */
  handlerFinished(): void {
    this.busySinceMs = undefined;
  }

  /** Sends one heartbeat now (KafkaJS's `heartbeat()` in the payloads); errors go to the listener. */
  async beatNow(): Promise<void> {
    if (this.membership.state !== MemberState.Stable) return;
    this.inFlight ??= this.send().finally(() => (this.inFlight = undefined));
    await this.inFlight;
  }

  private schedule(delayMs: number): void {
    if (!this.running) return;
    this.timer = this.timers.setTimeout(() => void this.tick(), delayMs);
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    if (!this.running) return;
    const busyMs = this.busySinceMs === undefined ? 0 : this.timers.nowMs() - this.busySinceMs;
    if (busyMs > this.config.rebalanceTimeoutMs) {
      this.stop();
      this.listener.onPollTimeout(busyMs);
      return;
    }
    const outcome = await this.beatNow().then(
      () => 'ok',
      (err: unknown) => (isRejoinError(err) ? 'ok' : 'retry'),
    );
    this.schedule(outcome === 'ok' ? this.config.heartbeatIntervalMs : this.config.retryBackoffMs);
  }

  private async send(): Promise<void> {
    try {
      await this.membership.heartbeat();
      if (this.running) this.listener.onHeartbeat();
    } catch (err) {
      if (!this.running) return;
      // REBALANCE_IN_PROGRESS keeps the loop going: the session must stay alive until this
      // member rejoins, which waits for the running handler call (Kafka's heartbeat thread does
      // the same). Lost generations stop it by themselves: the member is no longer Stable.
      if (isRejoinError(err)) this.listener.onRejoinNeeded(err);
      else if (isFatalGroupError(err)) {
        this.stop();
        this.listener.onFatal(err);
      }
      // Anything else (coordinator moved, timeouts, broken connections) is retried after the backoff.
      throw err;
    }
  }
}
