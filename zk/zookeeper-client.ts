/**
 * Promise API over node-zookeeper-client (Kafka's `ZooKeeperClient`). It owns one session at a
 * time: node-zookeeper-client never opens a new session after expiry, so on expiry this class
 * closes the dead client, creates a new one and emits 'newSession' once connected (the broker
 * then re-registers and the controller re-elects, Kafka's ZooKeeperClient session handling).
 *
 * Implements ZkSession (zk-session.ts); its events are 'connected', 'disconnected', 'expired', 'newSession'.
 * Reads are retried across CONNECTIONLOSS for up to two session timeouts; writes are not (the caller
 * must decide, since a lost response may hide a successful write).
 *
 * Every operation settles: node-zookeeper-client forgets the callbacks of requests it queued while
 * disconnected when the session then expires, and it never notices a connection that went silent,
 * so each operation is bounded by `requestTimeoutMs` (OPERATIONTIMEOUT, outcome unknown like a
 * CONNECTIONLOSS) and failed with SESSIONEXPIRED when its session expires or the client closes. A
 * caller waiting on ZooKeeper (an ISR write, a controller event, a shutdown step) therefore never
 * waits forever, as Kafka's ZooKeeper client bounds requests by its read timeout.
 *
 * Security (zk-auth.ts, zk-acls.ts): with digest credentials every session, including the ones
 * renewed after expiry, authenticates before its first request; every create, inside a multi too,
 * carries Kafka's default ACL for its path, secure when `setAcl` is on.
 */

import { EventEmitter } from 'node:events';
import zookeeper from 'node-zookeeper-client';
import type { Logger } from 'pino';
import { defaultAcls, type ZkAcl } from './zk-acls';
import type { ZkSecurity } from './zk-auth';
import {
  CreateMode, ZkCode, ZkError, ZkMultiError, createRecursive, readRetrySessionTimeouts, retryReadAcrossConnectionLoss, type ZkOp, type ZkSession, type ZkStat, type ZkWatchEvent, type ZkWatcher,
} from './zk-session';

export const connectionTimeoutMsDefault = 18_000;
export const sessionRenewBackoffMsMax = 5_000;
/** Default bound on one operation, as a multiple of the session timeout (a session outlives it by definition). */
export const requestTimeoutSessionTimeouts = 1;

export interface ZkClientOptions {
  connect: string;
  sessionTimeoutMs: number;
  connectionTimeoutMs?: number;
  /** Bound on one operation; the session timeout times requestTimeoutSessionTimeouts by default. */
  requestTimeoutMs?: number;
  logger: Logger;
  /** Digest credentials and secure ACLs; unauthenticated with open ACLs when absent. */
  security?: ZkSecurity;
}

/** An operation waiting for its callback, so that expiry and close can fail it. */
interface PendingOp { client: zookeeper.Client; fail: (err: ZkError) => void }

const watchEventTypes: Record<number, ZkWatchEvent['type']> = {
  [zookeeper.Event.NODE_CREATED]: 'created',
  [zookeeper.Event.NODE_DELETED]: 'deleted',
  [zookeeper.Event.NODE_DATA_CHANGED]: 'dataChanged',
  [zookeeper.Event.NODE_CHILDREN_CHANGED]: 'childrenChanged',
};

export class ZooKeeperClient extends EventEmitter implements ZkSession {
  private client!: zookeeper.Client;
  private closed = false;
  private renewing: Promise<void> | undefined;
  private readonly pending = new Set<PendingOp>();

  private constructor(private readonly opts: ZkClientOptions, private readonly logger: Logger) {
    super();
  }

  /** Connects (creating the chroot if missing, e.g. `h1:2181,h2:2181/samsa`). */
  static async connect(opts: ZkClientOptions): Promise<ZooKeeperClient> {
    const logger = opts.logger.child({ component: 'zookeeper-client' });
    const slash = opts.connect.indexOf('/');
    if (slash >= 0 && slash < opts.connect.length - 1) {
      const hosts = opts.connect.slice(0, slash);
      const chroot = opts.connect.slice(slash);
      const bootstrap = new ZooKeeperClient({ ...opts, connect: hosts }, logger);
      await bootstrap.open();
      try {
        await createRecursive(bootstrap, chroot);
      } finally {
        await bootstrap.close();
      }
    }
    const zk = new ZooKeeperClient(opts, logger);
    await zk.open();
    return zk;
  }

  get sessionId(): string {
    return this.client.getSessionId().toString('hex');
  }

  private open(): Promise<void> {
    const client = zookeeper.createClient(this.opts.connect, { sessionTimeout: this.opts.sessionTimeoutMs, spinDelay: 500, retries: 1 });
    // Queued before connecting: node-zookeeper-client sends it ahead of any request, on every connection.
    const authDigest = this.opts.security?.authDigest;
    if (authDigest !== undefined) client.addAuthInfo('digest', Buffer.from(authDigest, 'utf8'));
    this.client = client;
    const timeoutMs = this.opts.connectionTimeoutMs ?? connectionTimeoutMsDefault;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        client.close();
        reject(new Error(`could not connect to ZooKeeper ${this.opts.connect} within ${timeoutMs} ms`));
      }, timeoutMs);
      client.once('connected', () => {
        clearTimeout(timer);
        this.attach(client);
        resolve();
      });
      client.connect();
    });
  }

  private attach(client: zookeeper.Client): void {
    client.on('connected', () => this.emit('connected'));
    client.on('disconnected', () => {
      if (client === this.client && !this.closed) this.emit('disconnected');
    });
    client.on('expired', () => {
      if (client !== this.client || this.closed) return;
      this.logger.warn('ZooKeeper session expired; creating a new session');
      this.failPending(client, 'SESSION_EXPIRED');
      this.emit('expired');
      client.close();
      this.renewing ??= this.renewSession().finally(() => {
        this.renewing = undefined;
      });
    });
  }

  private async renewSession(): Promise<void> {
    let backoffMs = 100;
    while (!this.closed) {
      try {
        await this.open();
        this.logger.info({ sessionId: this.sessionId }, 'new ZooKeeper session established');
        this.emit('newSession');
        return;
      } catch (err) {
        this.logger.warn({ err }, 'ZooKeeper session re-creation failed; retrying');
        await sleep(backoffMs);
        backoffMs = Math.min(backoffMs * 2, sessionRenewBackoffMsMax);
      }
    }
  }

  private async current(): Promise<zookeeper.Client> {
    if (this.closed) throw new ZkError(ZkCode.SessionExpired, 'CLIENT_CLOSED', '');
    if (this.renewing) await this.renewing;
    return this.client;
  }

  async create(path: string, data?: Buffer, mode: CreateMode = CreateMode.Persistent): Promise<string> {
    return this.call<string>(path, (client, done) => {
      client.create(path, data ?? Buffer.alloc(0), this.aclsFor(path), mode, (err, created) => done(err, created));
    });
  }

  async getData(path: string, watch?: ZkWatcher): Promise<{ data: Buffer; stat: ZkStat } | undefined> {
    return this.retryRead(path, (client, done) => {
      const cb = (err: unknown, data: Buffer, stat: zookeeper.Stat): void => {
        if (err && isNoNode(err)) done(undefined, undefined);
        else if (err) done(err, undefined);
        else done(undefined, { data: data ?? Buffer.alloc(0), stat: toStat(stat) });
      };
      if (watch) client.getData(path, wrapWatcher(watch), cb);
      else client.getData(path, cb);
    });
  }

  /** Existence check; with a watch it fires on create, delete or data change. */
  async exists(path: string, watch?: ZkWatcher): Promise<ZkStat | undefined> {
    return this.retryRead(path, (client, done) => {
      const cb = (err: unknown, stat: zookeeper.Stat): void => (err ? done(err, undefined) : done(undefined, stat ? toStat(stat) : undefined));
      if (watch) client.exists(path, wrapWatcher(watch), cb);
      else client.exists(path, cb);
    });
  }

  /** Children names, or undefined when the node does not exist. */
  async getChildren(path: string, watch?: ZkWatcher): Promise<string[] | undefined> {
    return this.retryRead(path, (client, done) => {
      const cb = (err: unknown, children: string[]): void => {
        if (err && isNoNode(err)) done(undefined, undefined);
        else if (err) done(err, undefined);
        else done(undefined, children);
      };
      if (watch) client.getChildren(path, wrapWatcher(watch), cb);
      else client.getChildren(path, cb);
    });
  }

  async setData(path: string, data: Buffer, version = -1): Promise<ZkStat> {
    return this.call<ZkStat>(path, (client, done) => {
      client.setData(path, data, version, (err, stat) => (err ? done(err) : done(undefined, toStat(stat))));
    });
  }

  async delete(path: string, version = -1): Promise<void> {
    return this.call<void>(path, (client, done) => {
      client.remove(path, version, (err) => done(err));
    });
  }

  /** Atomic multi-op; throws ZkMultiError naming the op that failed. Returns per-op results. */
  async multi(ops: ZkOp[]): Promise<Array<{ path?: string; stat?: ZkStat }>> {
    return this.call(ops[0]?.path ?? '', (client, done) => {
      const tx = client.transaction();
      for (const op of ops) {
        if (op.type === 'create') tx.create(op.path, op.data ?? Buffer.alloc(0), this.aclsFor(op.path), op.mode ?? CreateMode.Persistent);
        else if (op.type === 'setData') pinTransactionVersion(tx.setData(op.path, op.data, op.version ?? -1), op.version ?? -1);
        else if (op.type === 'delete') pinTransactionVersion(tx.remove(op.path, op.version ?? -1), op.version ?? -1);
        else pinTransactionVersion(tx.check(op.path, op.version), op.version);
      }
      tx.commit((err, results: Array<{ type: number; err?: number; path?: string; stat?: zookeeper.Stat }>) => {
        if (err) {
          const index = Array.isArray(results) ? results.findIndex((r) => r.err !== undefined && r.err !== 0 && r.err !== -2) : -1;
          const base = toZkError(err, index >= 0 ? (ops[index]?.path ?? '') : '');
          done(new ZkMultiError(base.code, base.codeName, base.path, index));
          return;
        }
        done(undefined, results.map((r) => ({ path: r.path, stat: r.stat ? toStat(r.stat) : undefined })));
      });
    });
  }

  /** The ACL list of the znode at `path` (relative to the chroot, as Kafka's paths are). */
  private aclsFor(path: string): zookeeper.ACL[] {
    return defaultAcls(this.opts.security?.setAcl === true, path).map(toNodeAcl);
  }

  /** The znode's ACL list, or undefined when it does not exist. */
  async getAcl(path: string): Promise<ZkAcl[] | undefined> {
    return this.retryRead(path, (client, done) => {
      client.getACL(path, (err, acls) => {
        if (err && isNoNode(err)) done(undefined, undefined);
        else if (err) done(err, undefined);
        else done(undefined, acls.map((a) => ({ perms: permissionOf(a), scheme: a.id.scheme, id: a.id.id })));
      });
    });
  }

  /** Operations issued and not yet answered (all of them settle; see the header). */
  get pendingOperations(): number {
    return this.pending.size;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.failPending(this.client, 'CLIENT_CLOSED');
    this.client.close();
  }

  /**
   * Issues one operation on the current client and settles it exactly once: by its callback, by
   * `requestTimeoutMs`, or by expiry or close of the session it was issued on.
   */
  private async call<T>(path: string, issue: (client: zookeeper.Client, done: (err: unknown, value?: T) => void) => void): Promise<T> {
    const client = await this.current();
    const timeoutMs = this.opts.requestTimeoutMs ?? this.opts.sessionTimeoutMs * requestTimeoutSessionTimeouts;
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const settle = (err: unknown, value?: T): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.pending.delete(op);
        if (err) reject(toZkError(err, path));
        else resolve(value as T);
      };
      const op: PendingOp = { client, fail: (err) => settle(err) };
      const timer = setTimeout(() => settle(new ZkError(ZkCode.OperationTimeout, 'OPERATION_TIMEOUT', path)), timeoutMs);
      this.pending.add(op);
      issue(client, settle);
    });
  }

  private failPending(client: zookeeper.Client, codeName: string): void {
    for (const op of [...this.pending]) {
      if (op.client === client) op.fail(new ZkError(ZkCode.SessionExpired, codeName, ''));
    }
  }

  private retryRead<T>(path: string, op: (client: zookeeper.Client, done: (err: unknown, value: T) => void) => void): Promise<T> {
    const retryForMs = this.opts.sessionTimeoutMs * readRetrySessionTimeouts;
    return retryReadAcrossConnectionLoss(() => this.call<T>(path, (client, done) => op(client, (err, value) => done(err, value))), systemTime, retryForMs);
  }
}

function toNodeAcl(acl: ZkAcl): zookeeper.ACL {
  return new zookeeper.ACL(acl.perms, new zookeeper.Id(acl.scheme, acl.id));
}

function wrapWatcher(watch: ZkWatcher): (event: zookeeper.Event) => void {
  return (event) => {
    const type = watchEventTypes[event.getType()];
    if (type) watch({ type, path: event.getPath() });
  };
}

function isNoNode(err: unknown): boolean {
  return err instanceof zookeeper.Exception && err.getCode() === ZkCode.NoNode;
}

function toZkError(err: unknown, path: string): ZkError {
  if (err instanceof ZkError) return err;
  if (err instanceof zookeeper.Exception) return new ZkError(err.getCode(), err.getName(), path);
  const message = err instanceof Error ? err.message : String(err);
  return new ZkError(ZkCode.ConnectionLoss, `CONNECTION_LOSS: ${message}`, path);
}

function toStat(stat: zookeeper.Stat): ZkStat {
  return {
    version: stat.version,
    cversion: stat.cversion,
    czxid: Number(stat.czxid.readBigInt64BE(0)),
    ephemeralOwner: stat.ephemeralOwner.toString('hex'),
    numChildren: stat.numChildren,
    ctimeMs: Number(stat.ctime.readBigInt64BE(0)),
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const systemTime = { nowMs: () => Date.now(), sleep };

/**
 * node-zookeeper-client's Transaction stores `version || -1`, so an op conditional on version 0
 * (a znode never written since its creation) would go out unconditional: a controller write on a
 * fresh partition state znode could then overwrite a leader's ISR shrink. Restore the exact version
 * on the op just queued.
 */
function pinTransactionVersion(tx: zookeeper.Transaction, version: number): void {
  const queued = (tx as unknown as { ops: Array<{ version?: number }> }).ops;
  const last = queued[queued.length - 1];
  if (last) last.version = version;
}

/** node-zookeeper-client's ACL keeps the bits in `permission` (its type declarations say `perms`). */
function permissionOf(acl: zookeeper.ACL): number {
  return (acl as unknown as { permission: number }).permission;
}
