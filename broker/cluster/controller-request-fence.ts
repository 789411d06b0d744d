/**
 * Applies controller-request-rules with ZooKeeper in the loop. The common case (the controller this
 * broker already confirmed, at its epoch) needs no read. Anything else waits for a ZooKeeper read
 * that started after the request arrived, so that a controller elected a moment ago is confirmed,
 * while nothing a request claims moves the known controller epoch: only ZooKeeper's answers do.
 *
 * Bounds: one read in flight and at most one queued behind it, shared by every waiting request, and
 * reads start at least `controllerReadIntervalMsMin` apart (a flood of forged requests costs
 * ZooKeeper at most one small read per interval, whatever its size); each read gives up after
 * `controllerConfirmReadTimeoutMs`; a request whose epoch ZooKeeper does not show yet (the server
 * this broker reads may lag the ensemble's leader) is re-read every `zooKeeperBehindRetryBackoffMs`
 * until `controllerConfirmTimeoutMs`, then refused. Only the request being checked waits: the
 * replica manager's state-change lock is taken after the fence, never during a read.
 *
 * Between requests a watch on /controller (one-shot, re-armed after each event and after a new
 * ZooKeeper session) keeps the known controller current, so that after an election the deposed
 * controller's requests are refused as stale even before its successor reaches this broker.
 * The watch only saves reads: every decision above holds without it.
 */

import type { Logger } from 'pino';
import type { Clock, Timer } from '../clock';
import { ErrorCode } from '../../proto/errors';
import {
  checkAgainstKnownController, checkAgainstZooKeeper, type ControllerIdentity, type ControllerRequestHeader,
  type FenceDecision, nextKnownController,
} from './controller-request-rules';

export const controllerConfirmTimeoutMs = 3_000;
export const controllerConfirmReadTimeoutMs = 2_000;
export const zooKeeperBehindRetryBackoffMs = 100;
export const controllerReadIntervalMsMin = 25;
/** Longest wait, for a request naming a broker epoch this broker does not know yet, for its own registration to finish. */
export const brokerRegistrationWaitMs = 2_000;

export interface ControllerRequestFenceOptions {
  /** /controller and /controller_epoch, read consistently (undefined when /controller_epoch is missing). */
  readController: () => Promise<ControllerIdentity | undefined>;
  /** This broker's current broker epoch (czxid of /brokers/ids/<id>), -1 while unregistered. */
  brokerEpoch: () => number;
  /**
   * Settles when a registration in progress has finished. The controller learns a new broker epoch
   * from ZooKeeper's watch, possibly before this broker has the answer of its own create.
   */
  registrationSettled: () => Promise<void>;
  /** Sets a one-shot watch on /controller calling `onChange` (KafkaZkClient.getControllerId with a watch). */
  watchController?: (onChange: () => void) => Promise<unknown>;
  logger: Logger;
  clock: Clock;
  confirmTimeoutMs?: number;
  readTimeoutMs?: number;
  retryBackoffMs?: number;
  readIntervalMsMin?: number;
}

/** Who sent a request, for the log line of a refusal. */
export interface RequestSource {
  listenerName: string;
  clientAddress: string;
}

export class ControllerRequestFence {
  private known: ControllerIdentity | undefined;
  private inFlightRead: Promise<ControllerIdentity | undefined> | undefined;
  private queuedRead: Promise<ControllerIdentity | undefined> | undefined;
  private lastReadStartMs = Number.NEGATIVE_INFINITY;
  private watching = false;
  /** Bumped by each startWatching, so that a watch left from an earlier session cannot arm a second chain. */
  private watchGeneration = 0;
  constructor(private readonly opts: ControllerRequestFenceOptions) {}

  /** The last controller ZooKeeper confirmed. */
  get knownController(): ControllerIdentity | undefined {
    return this.known;
  }

  /** Watches /controller from now on, and reads it once; call again after a new ZooKeeper session (watches die with the old one). */
  startWatching(): void {
    this.watching = true;
    this.watchGeneration += 1;
    void this.onControllerChange(this.watchGeneration);
  }

  stopWatching(): void {
    this.watching = false;
  }

  /** Re-arms first, then reads, so that a change between the two is not missed. */
  private async onControllerChange(generation: number): Promise<void> {
    const watch = this.opts.watchController;
    if (!this.watching || watch === undefined || generation !== this.watchGeneration) return;
    try {
      await watch(() => void this.onControllerChange(generation));
      await this.readFresh();
    } catch (err) {
      // Requests still read ZooKeeper themselves; the next session re-arms the watch.
      this.opts.logger.debug({ err }, 'could not watch /controller');
    }
  }

  /** NONE when the request may act; otherwise the error code to answer, having logged why. */
  async check(api: string, request: ControllerRequestHeader, source: RequestSource): Promise<number> {
    let decision = checkAgainstKnownController(this.known, request, this.opts.brokerEpoch());
    if (decision.kind === 'refuse' && decision.errorCode === ErrorCode.STALE_BROKER_EPOCH && request.brokerEpoch > this.opts.brokerEpoch()) {
      await withTimeout(this.opts.clock, this.opts.registrationSettled(), brokerRegistrationWaitMs).catch(() => undefined);
      decision = checkAgainstKnownController(this.known, request, this.opts.brokerEpoch());
    }
    if (decision.kind === 'askZooKeeper') decision = await this.confirmWithZooKeeper(request);
    if (decision.kind === 'accept') return ErrorCode.NONE;
    const refusal = decision.kind === 'refuse' ? decision
      : { errorCode: ErrorCode.STALE_CONTROLLER_EPOCH, reason: 'ZooKeeper did not confirm the controller epoch in time' };
    this.opts.logger.warn({
      api, ...request, known: this.known, currentBrokerEpoch: this.opts.brokerEpoch(), listener: source.listenerName,
      clientAddress: source.clientAddress, reason: refusal.reason,
    }, 'refusing a controller request that ZooKeeper does not confirm');
    return refusal.errorCode;
  }

  private async confirmWithZooKeeper(request: ControllerRequestHeader): Promise<FenceDecision> {
    const deadlineMs = this.opts.clock.nowMs() + (this.opts.confirmTimeoutMs ?? controllerConfirmTimeoutMs);
    const backoffMs = this.opts.retryBackoffMs ?? zooKeeperBehindRetryBackoffMs;
    for (;;) {
      let zooKeeper: ControllerIdentity | undefined;
      try {
        zooKeeper = await this.readFresh();
      } catch (err) {
        return { kind: 'refuse', errorCode: ErrorCode.STALE_CONTROLLER_EPOCH, reason: `could not read the controller from ZooKeeper: ${(err as Error).message}` };
      }
      const decision = checkAgainstZooKeeper(zooKeeper, request);
      if (decision.kind !== 'zooKeeperBehind') return decision;
      if (this.opts.clock.nowMs() + backoffMs >= deadlineMs) {
        return { kind: 'refuse', errorCode: ErrorCode.STALE_CONTROLLER_EPOCH,
          reason: `controller epoch ${request.controllerEpoch} is newer than ZooKeeper's ${zooKeeper?.epoch ?? -1}` };
      }
      await this.opts.clock.sleep(backoffMs);
    }
  }

  /** A read that starts no earlier than this call: joins the queued read, or queues one behind the read in flight. */
  private readFresh(): Promise<ControllerIdentity | undefined> {
    if (this.queuedRead !== undefined) return this.queuedRead;
    const inFlight = this.inFlightRead;
    const intervalMs = this.opts.readIntervalMsMin ?? controllerReadIntervalMsMin;
    if (inFlight === undefined && this.opts.clock.nowMs() - this.lastReadStartMs >= intervalMs) return this.startRead();
    const queued = (inFlight ?? Promise.resolve()).catch(() => undefined).then(async () => {
      const waitMs = this.lastReadStartMs + intervalMs - this.opts.clock.nowMs();
      if (waitMs > 0) await this.opts.clock.sleep(waitMs);
      this.queuedRead = undefined;
      return this.startRead();
    });
    this.queuedRead = queued;
    return queued;
  }

  private startRead(): Promise<ControllerIdentity | undefined> {
    this.lastReadStartMs = this.opts.clock.nowMs();
    const read = withTimeout(this.opts.clock, this.opts.readController(), this.opts.readTimeoutMs ?? controllerConfirmReadTimeoutMs)
      .then((zooKeeper) => {
        this.known = nextKnownController(this.known, zooKeeper);
        return zooKeeper;
      })
      .finally(() => {
        if (this.inFlightRead === read) this.inFlightRead = undefined;
      });
    this.inFlightRead = read;
    return read;
  }
}

function withTimeout<T>(clock: Clock, promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: Timer | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = clock.setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => timer?.cancel());
}
