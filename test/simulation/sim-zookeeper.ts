/**
 * An in-memory ZooKeeper ensemble with ZooKeeper's semantics, for the simulation: a data tree of
 * versioned znodes, ephemeral nodes owned by sessions and deleted when their session expires or
 * closes, sequential nodes numbered from the parent's cversion, atomic multi (all ops or none),
 * one-shot data and child watches fired in transaction order, and a zxid per transaction (the
 * czxid of /brokers/ids/N is the broker epoch, KIP-380). Sessions are opened and expired by the
 * simulation; clients (sim-zk-session.ts) reach it through the simulated network.
 */
import {
  CreateMode, ZkCode, ZkError, ZkMultiError, type ZkOp, type ZkStat, type ZkWatchEvent,
} from '../../zk/zk-session';

interface ZNode {
  data: Buffer;
  version: number;
  cversion: number;
  czxid: number;
  ephemeralOwner: string;
  children: Set<string>;
}

export interface WatchRegistration { sessionId: string; fire: (event: ZkWatchEvent) => void }

interface ServerSession { id: string; ephemerals: Set<string>; open: boolean; onExpired: () => void }

const noOwner = '0000000000000000';

const codeNames: Record<number, string> = {
  [ZkCode.NoNode]: 'NO_NODE', [ZkCode.NodeExists]: 'NODE_EXISTS', [ZkCode.BadVersion]: 'BAD_VERSION',
  [ZkCode.NotEmpty]: 'NOT_EMPTY', [ZkCode.SessionExpired]: 'SESSION_EXPIRED',
};

export function zkError(code: number, path: string): ZkError {
  return new ZkError(code, codeNames[code] ?? `CODE_${code}`, path);
}

export class SimZooKeeper {
  private readonly nodes = new Map<string, ZNode>();
  private readonly sessions = new Map<string, ServerSession>();
  private readonly dataWatches = new Map<string, WatchRegistration[]>();
  private readonly childWatches = new Map<string, WatchRegistration[]>();
  private zxid = 0;
  private nextSessionNumber = 1;

  constructor() {
    this.nodes.set('/', { data: Buffer.alloc(0), version: 0, cversion: 0, czxid: 0, ephemeralOwner: noOwner, children: new Set() });
  }

  openSession(onExpired: () => void): string {
    const id = (this.nextSessionNumber++).toString(16).padStart(16, '0');
    this.sessions.set(id, { id, ephemerals: new Set(), open: true, onExpired });
    return id;
  }

  isOpen(sessionId: string): boolean {
    return this.sessions.get(sessionId)?.open === true;
  }

  /** Session expiry (or close): its ephemerals are deleted, firing watches; its own watches are gone. */
  expireSession(sessionId: string): boolean {
    const session = this.sessions.get(sessionId);
    if (session === undefined || !session.open) return false;
    session.open = false;
    this.zxid += 1;
    for (const path of [...session.ephemerals].sort()) {
      if (this.nodes.has(path)) this.deleteNode(path);
    }
    for (const map of [this.dataWatches, this.childWatches]) {
      for (const [path, list] of map) map.set(path, list.filter((w) => w.sessionId !== sessionId));
    }
    session.onExpired();
    return true;
  }

  /** Direct read for invariant checks and for the workload's own bookkeeping (no session, no watch). */
  peek(path: string): { data: Buffer; stat: ZkStat } | undefined {
    const node = this.nodes.get(path);
    return node === undefined ? undefined : { data: node.data, stat: statOf(node) };
  }

  childrenOf(path: string): string[] {
    return [...(this.nodes.get(path)?.children ?? [])].sort();
  }

  private checkSession(sessionId: string, path: string): void {
    if (!this.isOpen(sessionId)) throw zkError(ZkCode.SessionExpired, path);
  }

  getData(sessionId: string, path: string, watch?: WatchRegistration): { data: Buffer; stat: ZkStat } | undefined {
    this.checkSession(sessionId, path);
    const node = this.nodes.get(path);
    if (node === undefined) return undefined;
    if (watch) addWatch(this.dataWatches, path, watch);
    return { data: node.data, stat: statOf(node) };
  }

  exists(sessionId: string, path: string, watch?: WatchRegistration): ZkStat | undefined {
    this.checkSession(sessionId, path);
    if (watch) addWatch(this.dataWatches, path, watch);
    const node = this.nodes.get(path);
    return node === undefined ? undefined : statOf(node);
  }

  getChildren(sessionId: string, path: string, watch?: WatchRegistration): string[] | undefined {
    this.checkSession(sessionId, path);
    const node = this.nodes.get(path);
    if (node === undefined) return undefined;
    if (watch) addWatch(this.childWatches, path, watch);
    return [...node.children].sort();
  }

  create(sessionId: string, path: string, data: Buffer, mode: CreateMode): string {
    return this.transaction(sessionId, [{ type: 'create', path, data, mode }], false)[0]?.path as string;
  }

  setData(sessionId: string, path: string, data: Buffer, version: number): ZkStat {
    return this.transaction(sessionId, [{ type: 'setData', path, data, version }], false)[0]?.stat as ZkStat;
  }

  delete(sessionId: string, path: string, version: number): void {
    this.transaction(sessionId, [{ type: 'delete', path, version }], false);
  }

  multi(sessionId: string, ops: ZkOp[]): Array<{ path?: string; stat?: ZkStat }> {
    return this.transaction(sessionId, ops, true);
  }

  /** Validates every op against the tree as the earlier ops leave it, then applies all or none. */
  private transaction(sessionId: string, ops: ZkOp[], isMulti: boolean): Array<{ path?: string; stat?: ZkStat }> {
    this.checkSession(sessionId, ops[0]?.path ?? '');
    const snapshot = this.snapshot();
    const results: Array<{ path?: string; stat?: ZkStat }> = [];
    const fired: Array<() => void> = [];
    this.zxid += 1;
    for (let i = 0; i < ops.length; i++) {
      try {
        results.push(this.apply(sessionId, ops[i] as ZkOp, fired));
      } catch (err) {
        this.restore(snapshot);
        this.zxid -= 1;
        if (isMulti && err instanceof ZkError) throw new ZkMultiError(err.code, err.codeName, err.path, i);
        throw err;
      }
    }
    for (const fire of fired) fire();
    return results;
  }

  private apply(sessionId: string, op: ZkOp, fired: Array<() => void>): { path?: string; stat?: ZkStat } {
    if (op.type === 'check') {
      const node = this.nodes.get(op.path);
      if (node === undefined) throw zkError(ZkCode.NoNode, op.path);
      if (op.version !== -1 && node.version !== op.version) throw zkError(ZkCode.BadVersion, op.path);
      return {};
    }
    if (op.type === 'create') return { path: this.applyCreate(sessionId, op.path, op.data ?? Buffer.alloc(0), op.mode ?? CreateMode.Persistent, fired) };
    const node = this.nodes.get(op.path);
    if (node === undefined) throw zkError(ZkCode.NoNode, op.path);
    const version = op.version ?? -1;
    if (version !== -1 && node.version !== version) throw zkError(ZkCode.BadVersion, op.path);
    if (op.type === 'setData') {
      node.data = Buffer.from(op.data);
      node.version += 1;
      fired.push(() => this.fire(this.dataWatches, op.path, 'dataChanged'));
      return { stat: statOf(node) };
    }
    if (node.children.size > 0) throw zkError(ZkCode.NotEmpty, op.path);
    this.deleteNode(op.path, fired);
    return {};
  }

  private applyCreate(sessionId: string, requested: string, data: Buffer, mode: CreateMode, fired: Array<() => void>): string {
    const parentPath = parentOf(requested);
    const parent = this.nodes.get(parentPath);
    if (parent === undefined) throw zkError(ZkCode.NoNode, requested);
    const sequential = mode === CreateMode.PersistentSequential || mode === CreateMode.EphemeralSequential;
    const path = sequential ? `${requested}${String(parent.cversion).padStart(10, '0')}` : requested;
    if (this.nodes.has(path)) throw zkError(ZkCode.NodeExists, path);
    const ephemeral = mode === CreateMode.Ephemeral || mode === CreateMode.EphemeralSequential;
    this.nodes.set(path, {
      data: Buffer.from(data), version: 0, cversion: 0, czxid: this.zxid, ephemeralOwner: ephemeral ? sessionId : noOwner, children: new Set(),
    });
    if (ephemeral) this.sessions.get(sessionId)?.ephemerals.add(path);
    parent.children.add(path.slice(parentPath === '/' ? 1 : parentPath.length + 1));
    parent.cversion += 1;
    fired.push(() => {
      this.fire(this.dataWatches, path, 'created');
      this.fire(this.childWatches, parentPath, 'childrenChanged');
    });
    return path;
  }

  private deleteNode(path: string, fired?: Array<() => void>): void {
    const node = this.nodes.get(path) as ZNode;
    this.nodes.delete(path);
    if (node.ephemeralOwner !== noOwner) this.sessions.get(node.ephemeralOwner)?.ephemerals.delete(path);
    const parentPath = parentOf(path);
    const parent = this.nodes.get(parentPath);
    if (parent !== undefined) {
      parent.children.delete(path.slice(parentPath === '/' ? 1 : parentPath.length + 1));
      parent.cversion += 1;
    }
    const fire = (): void => {
      this.fire(this.dataWatches, path, 'deleted');
      this.fire(this.childWatches, path, 'deleted');
      this.fire(this.childWatches, parentPath, 'childrenChanged');
    };
    if (fired) fired.push(fire);
    else fire();
  }

  private fire(map: Map<string, WatchRegistration[]>, path: string, type: ZkWatchEvent['type']): void {
    const watchers = map.get(path);
    if (watchers === undefined) return;
    map.delete(path);
    for (const w of watchers) w.fire({ type, path });
  }

  private snapshot(): Map<string, ZNode> {
    const copy = new Map<string, ZNode>();
    for (const [path, node] of this.nodes) copy.set(path, { ...node, children: new Set(node.children) });
    return copy;
  }

  private restore(snapshot: Map<string, ZNode>): void {
    this.nodes.clear();
    for (const [path, node] of snapshot) this.nodes.set(path, node);
    for (const session of this.sessions.values()) session.ephemerals.clear();
    for (const [path, node] of snapshot) {
      if (node.ephemeralOwner !== noOwner) this.sessions.get(node.ephemeralOwner)?.ephemerals.add(path);
    }
  }
}

function addWatch(map: Map<string, WatchRegistration[]>, path: string, watch: WatchRegistration): void {
  // node-zookeeper-client calls a watcher registered twice twice, so registrations are not merged.
  const list = map.get(path) ?? [];
  list.push(watch);
  map.set(path, list);
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

function statOf(node: ZNode): ZkStat {
  return { version: node.version, cversion: node.cversion, czxid: node.czxid, ephemeralOwner: node.ephemeralOwner, numChildren: node.children.size };
}
