/**
 * One broker process's ZooKeeper client in the simulation: implements the same ZkSession contract
 * as zk/zookeeper-client.ts on top of SimZooKeeper. Requests, answers and watch notifications
 * travel with seeded delays, in order on the session's one connection (ZooKeeper's FIFO client
 * order); a connection loss fails what is in flight with CONNECTIONLOSS (a write may have been
 * applied: its answer is what was lost); reads are retried as ZooKeeperClient retries them; every
 * operation is bounded by the request timeout; on expiry the client fails what is pending, says
 * 'expired', and opens a new session ('newSession'), as ZooKeeperClient does.
 */
import { EventEmitter } from 'node:events';
import {
  CreateMode, ZkCode, ZkError, readRetrySessionTimeouts, retryReadAcrossConnectionLoss, type ZkOp, type ZkSession, type ZkStat, type ZkWatcher,
} from '../../zk/zk-session';
import type { Owner, SimLoop } from './sim-loop';
import { zkError, type SimZooKeeper, type WatchRegistration } from './sim-zookeeper';

export interface SimZkSessionOptions {
  sessionTimeoutMs: number;
  requestTimeoutMs: number;
  /** One-way latency of the link to ZooKeeper. */
  latencyMs: () => number;
}

/** Backoff before a client opens a new session after expiry. */
export const sessionRenewDelayMs = 100;

interface PendingOp { sessionId: string; fail: (err: ZkError) => void }

export class SimZkSession extends EventEmitter implements ZkSession {
  private id: string;
  private closed = false;
  private connectedNow = true;
  /** Bumped by every disconnect, so that a reconnect or expiry check belongs to one episode. */
  private connectionEpoch = 0;
  private renewing: Promise<void> | undefined;
  private readonly pending = new Set<PendingOp>();
  private lastRequestAtMs = 0;
  private lastDeliveryAtMs = 0;

  constructor(
    private readonly server: SimZooKeeper,
    private readonly loop: SimLoop,
    private readonly owner: Owner,
    private readonly opts: SimZkSessionOptions,
  ) {
    super();
    this.id = this.openServerSession();
  }

  get sessionId(): string {
    return this.id;
  }

  private openServerSession(): string {
    let id = '';
    id = this.server.openSession(() => {
      this.deliver(`zk expired ${this.owner.process.name} ${id}`, () => this.onExpired(id));
    });
    this.loop.trace(`zk session ${this.owner.process.name} ${id}`);
    return id;
  }

  /** The broker process died: its connection is gone and ZooKeeper expires the session after its timeout. */
  processCrashed(): void {
    this.connectedNow = false;
    this.scheduleServerExpiry(this.id, this.opts.sessionTimeoutMs);
  }

  /** The process stops for `durationMs`: no heartbeats, so the session expires if that outlasts its timeout. */
  processPaused(durationMs: number): void {
    if (durationMs > this.opts.sessionTimeoutMs) this.scheduleServerExpiry(this.id, this.opts.sessionTimeoutMs);
  }

  /** ZooKeeper expires the session now (the fault a long GC pause or a partition from ZooKeeper causes). */
  expireNow(): void {
    this.server.expireSession(this.id);
  }

  /** Drops the connection for `durationMs`; the session survives unless that outlasts its timeout. */
  disconnect(durationMs: number): void {
    if (!this.connectedNow) return;
    this.connectedNow = false;
    const epoch = ++this.connectionEpoch;
    const sessionId = this.id;
    this.failPending(sessionId, ZkCode.ConnectionLoss);
    this.emit('disconnected');
    if (durationMs > this.opts.sessionTimeoutMs) this.scheduleServerExpiry(sessionId, this.opts.sessionTimeoutMs);
    this.loop.schedule(durationMs, `zk reconnect ${this.owner.process.name}`, () => {
      if (epoch !== this.connectionEpoch || this.closed) return;
      this.connectedNow = true;
      if (this.server.isOpen(sessionId)) this.emit('connected');
    }, this.owner);
  }

  private scheduleServerExpiry(sessionId: string, afterMs: number): void {
    this.loop.schedule(afterMs, `zk session timeout ${sessionId}`, () => {
      if (this.server.expireSession(sessionId)) this.loop.trace(`zk expired session ${sessionId}`);
    });
  }

  private onExpired(sessionId: string): void {
    if (sessionId !== this.id || this.closed) return;
    this.failPending(sessionId, ZkCode.SessionExpired);
    this.emit('expired');
    this.renewing ??= new Promise<void>((resolve) => {
      this.loop.schedule(sessionRenewDelayMs, `zk renew ${this.owner.process.name}`, () => {
        this.renewing = undefined;
        if (this.closed) return resolve();
        this.connectedNow = true;
        this.id = this.openServerSession();
        resolve();
        this.emit('newSession');
      }, this.owner);
    });
  }

  private failPending(sessionId: string, code: number): void {
    for (const op of [...this.pending]) if (op.sessionId === sessionId) op.fail(zkError(code, ''));
  }

  /** Delivers to this process in the session's order (answers and notifications never overtake each other). */
  private deliver(label: string, fn: () => void): void {
    const atMs = Math.max(this.lastDeliveryAtMs, this.loop.nowMs + this.opts.latencyMs());
    this.lastDeliveryAtMs = atMs;
    this.loop.schedule(atMs - this.loop.nowMs, label, fn, this.owner);
  }

  private watchOf(watch: ZkWatcher | undefined, sessionId: string): WatchRegistration | undefined {
    if (watch === undefined) return undefined;
    return { sessionId, fire: (event) => this.deliver(`zk watch ${this.owner.process.name} ${event.type} ${event.path}`, () => watch(event)) };
  }

  private async call<T>(name: string, path: string, apply: (sessionId: string) => T): Promise<T> {
    if (this.closed) throw new ZkError(ZkCode.SessionExpired, 'CLIENT_CLOSED', path);
    if (this.renewing) await this.renewing;
    const sessionId = this.id;
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const settle = (err: Error | undefined, value?: T): void => {
        if (settled) return;
        settled = true;
        timer.cancel();
        this.pending.delete(op);
        if (err) reject(err);
        else resolve(value as T);
      };
      const op: PendingOp = { sessionId, fail: (err) => settle(err) };
      const timer = this.loop.schedule(this.opts.requestTimeoutMs, `zk timeout ${name} ${path}`,
        () => settle(new ZkError(ZkCode.OperationTimeout, 'OPERATION_TIMEOUT', path)), this.owner);
      this.pending.add(op);
      if (!this.connectedNow) {
        this.deliver(`zk connloss ${name} ${path}`, () => settle(zkError(ZkCode.ConnectionLoss, path)));
        return;
      }
      const epoch = this.connectionEpoch;
      const atMs = Math.max(this.lastRequestAtMs, this.loop.nowMs + this.opts.latencyMs());
      this.lastRequestAtMs = atMs;
      // The server applies a request it received even if the client dies meanwhile: no owner.
      this.loop.schedule(atMs - this.loop.nowMs, `zk ${name} ${this.owner.process.name} ${path}`, () => {
        if (epoch !== this.connectionEpoch || !this.connectedNow) return settle(zkError(ZkCode.ConnectionLoss, path));
        let result: T | undefined;
        let error: unknown;
        try {
          result = apply(sessionId);
        } catch (err) {
          error = err;
        }
        this.deliver(`zk reply ${name} ${this.owner.process.name} ${path}`, () => {
          if (epoch !== this.connectionEpoch) return settle(zkError(ZkCode.ConnectionLoss, path));
          settle(error as Error | undefined, result);
        });
      });
    });
  }

  private read<T>(name: string, path: string, apply: (sessionId: string) => T): Promise<T> {
    const clock = { nowMs: () => this.loop.nowMs, sleep: (ms: number) => new Promise<void>((resolve) => { this.loop.schedule(ms, 'zk read retry', resolve, this.owner); }) };
    return retryReadAcrossConnectionLoss(() => this.call(name, path, apply), clock, this.opts.sessionTimeoutMs * readRetrySessionTimeouts);
  }

  create(path: string, data?: Buffer, mode: CreateMode = CreateMode.Persistent): Promise<string> {
    return this.call('create', path, (s) => this.server.create(s, path, data ?? Buffer.alloc(0), mode));
  }

  getData(path: string, watch?: ZkWatcher): Promise<{ data: Buffer; stat: ZkStat } | undefined> {
    return this.read('getData', path, (s) => this.server.getData(s, path, this.watchOf(watch, s)));
  }

  exists(path: string, watch?: ZkWatcher): Promise<ZkStat | undefined> {
    return this.read('exists', path, (s) => this.server.exists(s, path, this.watchOf(watch, s)));
  }

  getChildren(path: string, watch?: ZkWatcher): Promise<string[] | undefined> {
    return this.read('getChildren', path, (s) => this.server.getChildren(s, path, this.watchOf(watch, s)));
  }

  setData(path: string, data: Buffer, version = -1): Promise<ZkStat> {
    return this.call('setData', path, (s) => this.server.setData(s, path, data, version));
  }

  delete(path: string, version = -1): Promise<void> {
    return this.call('delete', path, (s) => this.server.delete(s, path, version));
  }

  multi(ops: ZkOp[]): Promise<Array<{ path?: string; stat?: ZkStat }>> {
    return this.call('multi', ops[0]?.path ?? '', (s) => this.server.multi(s, ops));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.failPending(this.id, ZkCode.SessionExpired);
    this.server.expireSession(this.id);
  }
}
