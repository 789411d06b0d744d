/**
 * What Kafka's ZooKeeper layer needs of one ZooKeeper session (the `ZooKeeperClient` role): the
 * data-tree operations with ZooKeeper's semantics (versions, ephemeral and sequential nodes,
 * atomic multi, one-shot watches), the session id, and the connection-state events. KafkaZkClient
 * runs on this interface only, so that the real ZooKeeper client (zookeeper-client.ts) and an
 * in-memory ZooKeeper with the same semantics are interchangeable.
 *
 * Events (no payload): 'connected', 'disconnected' (operations may fail with CONNECTIONLOSS; the
 * session lives on), 'expired' (ephemerals and watches of the session are gone; `sessionId` still
 * names the expired session until the next event), 'newSession' (a fresh session is established).
 */
import { SamsaError } from '../proto/errors';

export const ZkCode = {
  ConnectionLoss: -4,
  OperationTimeout: -7,
  NoNode: -101,
  /** The session's identities lack the permission the znode's (or its parent's) ACL requires. */
  NoAuth: -102,
  BadVersion: -103,
  NodeExists: -110,
  NotEmpty: -111,
  SessionExpired: -112,
  /** A create's ACL is invalid, e.g. `auth:` (creator) ACLs from an unauthenticated session. */
  InvalidAcl: -114,
  AuthFailed: -115,
} as const;

/** ZooKeeper's create modes, with ZooKeeper's numeric values. */
export const CreateMode = {
  Persistent: 0,
  Ephemeral: 1,
  PersistentSequential: 2,
  EphemeralSequential: 3,
} as const;
export type CreateMode = (typeof CreateMode)[keyof typeof CreateMode];

/** A failed ZooKeeper operation, with ZooKeeper's numeric code (ZkCode). */
export class ZkError extends SamsaError {
  constructor(readonly code: number, readonly codeName: string, readonly path: string) {
    super(`ZooKeeper ${codeName} (${code}) on ${path}${code === ZkCode.NoAuth ? ': the znode\'s ACL does not allow this session\'s ZooKeeper identity (zookeeper.auth.digest)' : ''}`);
  }
}

export function isZkError(err: unknown, code: number): err is ZkError {
  return err instanceof ZkError && err.code === code;
}

/** One op of a failed multi: ZooKeeper reports the failing op's code and -2 for the others. */
export class ZkMultiError extends ZkError {
  constructor(code: number, codeName: string, path: string, readonly failedOpIndex: number) {
    super(code, codeName, path);
  }
}

export interface ZkStat {
  version: number;
  cversion: number;
  /** Transaction id of the create; the broker epoch for /brokers/ids/N (KIP-380). */
  czxid: number;
  /** Session id (hex) owning an ephemeral node, '0000000000000000' for persistent ones. */
  ephemeralOwner: string;
  numChildren: number;
  /** Creation time (ms since the epoch, ZooKeeper's clock); notification purges compare it with now. */
  ctimeMs?: number;
}

export interface ZkWatchEvent { type: 'created' | 'deleted' | 'dataChanged' | 'childrenChanged'; path: string }
export type ZkWatcher = (event: ZkWatchEvent) => void;

export type ZkOp =
  | { type: 'create'; path: string; data?: Buffer; mode?: CreateMode }
  | { type: 'setData'; path: string; data: Buffer; version?: number }
  | { type: 'delete'; path: string; version?: number }
  | { type: 'check'; path: string; version: number };

export type ZkSessionEvent = 'connected' | 'disconnected' | 'expired' | 'newSession';

export interface ZkSession {
  /** The current session's id (hex). */
  readonly sessionId: string;
  create(path: string, data?: Buffer, mode?: CreateMode): Promise<string>;
  /** Data and stat, or undefined when the node does not exist; a watch fires on data change or delete. */
  getData(path: string, watch?: ZkWatcher): Promise<{ data: Buffer; stat: ZkStat } | undefined>;
  /** Existence check; with a watch it fires on create, delete or data change. */
  exists(path: string, watch?: ZkWatcher): Promise<ZkStat | undefined>;
  /** Children names, or undefined when the node does not exist; a watch fires on child change or delete. */
  getChildren(path: string, watch?: ZkWatcher): Promise<string[] | undefined>;
  /** `version` -1 is unconditional. */
  setData(path: string, data: Buffer, version?: number): Promise<ZkStat>;
  delete(path: string, version?: number): Promise<void>;
  /** Atomic multi-op; throws ZkMultiError naming the op that failed. Returns per-op results. */
  multi(ops: ZkOp[]): Promise<Array<{ path?: string; stat?: ZkStat }>>;
  close(): Promise<void>;
  on(event: ZkSessionEvent, listener: () => void): unknown;
  off(event: ZkSessionEvent, listener: () => void): unknown;
}

/** First backoff between read attempts across a connection loss; it grows linearly to the max. */
export const readRetryBackoffMs = 200;
export const readRetryBackoffMsMax = 1_000;

/** How long reads are retried across a connection loss, in session timeouts. */
export const readRetrySessionTimeouts = 2;

/**
 * Runs a read, retrying it across CONNECTIONLOSS until `retryForMs` has passed, the last attempt
 * at that deadline (Kafka's ZooKeeper client retries every request until connected). Give it
 * more than a session timeout: a connection lost for less than that leaves the session alive, and
 * a read that gave up meanwhile would lose the watch it was setting, and with it every later
 * change of that znode; a connection lost for longer ends in a session expiry, handled as such.
 */
export async function retryReadAcrossConnectionLoss<T>(
  read: () => Promise<T>, clock: { nowMs(): number; sleep(ms: number): Promise<void> }, retryForMs: number,
): Promise<T> {
  const deadlineMs = clock.nowMs() + retryForMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await read();
    } catch (err) {
      const remainingMs = deadlineMs - clock.nowMs();
      if (!isZkError(err, ZkCode.ConnectionLoss) || remainingMs <= 0) throw err;
      await clock.sleep(Math.min(readRetryBackoffMs * (attempt + 1), readRetryBackoffMsMax, remainingMs));
    }
  }
}

/**
 * Creates `path` and any missing parents; an existing node is fine. The leaf is tried first and
 * parents only when it has none (Kafka's `KafkaZkClient.createRecursive`): ZooKeeper checks the
 * parent's CREATE permission before existence, so walking down from the root would fail with
 * NoAuth on existing secured parents for a session that may not create under them.
 */
export async function createRecursive(zk: Pick<ZkSession, 'create'>, path: string, data?: Buffer): Promise<void> {
  try {
    await zk.create(path, data);
  } catch (err) {
    if (isZkError(err, ZkCode.NodeExists)) return;
    const parent = path.slice(0, path.lastIndexOf('/'));
    if (!isZkError(err, ZkCode.NoNode) || parent === '') throw err;
    await createRecursive(zk, parent);
    try {
      await zk.create(path, data);
    } catch (retryErr) {
      if (!isZkError(retryErr, ZkCode.NodeExists)) throw retryErr;
    }
  }
}
