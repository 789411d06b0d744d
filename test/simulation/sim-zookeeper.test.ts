/**
 * The in-memory ZooKeeper keeps ZooKeeper's semantics, or the simulation would test the controller
 * against a ZooKeeper that does not exist: versions, ephemerals removed with their session,
 * sequential names, atomic multi, one-shot watches.
 */
import { CreateMode, ZkCode, ZkMultiError, isZkError, type ZkWatchEvent } from '../../zk/zk-session';
import { SimZooKeeper } from './sim-zookeeper';

function watcher(sessionId: string, events: ZkWatchEvent[]): { sessionId: string; fire: (e: ZkWatchEvent) => void } {
  return { sessionId, fire: (e) => events.push(e) };
}

describe('SimZooKeeper', () => {
  it('checks versions on setData, delete and check', () => {
    const zk = new SimZooKeeper();
    const s = zk.openSession(() => undefined);
    zk.create(s, '/a', Buffer.from('1'), CreateMode.Persistent);
    expect(zk.setData(s, '/a', Buffer.from('2'), 0).version).toBe(1);
    expect(() => zk.setData(s, '/a', Buffer.from('3'), 0)).toThrow(expect.objectContaining({ code: ZkCode.BadVersion }));
    expect(() => zk.delete(s, '/a', 0)).toThrow(expect.objectContaining({ code: ZkCode.BadVersion }));
    expect(() => zk.create(s, '/a', Buffer.alloc(0), CreateMode.Persistent)).toThrow(expect.objectContaining({ code: ZkCode.NodeExists }));
    expect(() => zk.create(s, '/x/y', Buffer.alloc(0), CreateMode.Persistent)).toThrow(expect.objectContaining({ code: ZkCode.NoNode }));
    zk.delete(s, '/a', 1);
    expect(zk.peek('/a')).toBeUndefined();
  });

  it('deletes a session’s ephemerals when it expires, firing watches, and refuses its later requests', () => {
    const zk = new SimZooKeeper();
    let expired = 0;
    const owner = zk.openSession(() => { expired += 1; });
    const other = zk.openSession(() => undefined);
    zk.create(owner, '/brokers', Buffer.alloc(0), CreateMode.Persistent);
    zk.create(owner, '/brokers/1', Buffer.alloc(0), CreateMode.Ephemeral);
    expect(zk.peek('/brokers/1')?.stat.ephemeralOwner).toBe(owner);
    const events: ZkWatchEvent[] = [];
    zk.getChildren(other, '/brokers', watcher(other, events));
    zk.exists(other, '/brokers/1', watcher(other, events));
    expect(zk.expireSession(owner)).toBe(true);
    expect(expired).toBe(1);
    expect(zk.peek('/brokers/1')).toBeUndefined();
    expect(zk.peek('/brokers')).toBeDefined();
    expect(events.map((e) => `${e.type} ${e.path}`).sort()).toEqual(['childrenChanged /brokers', 'deleted /brokers/1']);
    expect(() => zk.getData(owner, '/brokers')).toThrow(expect.objectContaining({ code: ZkCode.SessionExpired }));
  });

  it('fires a watch once; an exists watch on a missing node fires on its creation', () => {
    const zk = new SimZooKeeper();
    const s = zk.openSession(() => undefined);
    const events: ZkWatchEvent[] = [];
    expect(zk.exists(s, '/c', watcher(s, events))).toBeUndefined();
    expect(zk.getData(s, '/c', watcher(s, events))).toBeUndefined();
    zk.create(s, '/c', Buffer.alloc(0), CreateMode.Persistent);
    zk.getData(s, '/c', watcher(s, events));
    zk.setData(s, '/c', Buffer.from('x'), -1);
    zk.setData(s, '/c', Buffer.from('y'), -1);
    expect(events).toEqual([{ type: 'created', path: '/c' }, { type: 'dataChanged', path: '/c' }]);
  });

  it('names sequential nodes from the parent’s cversion', () => {
    const zk = new SimZooKeeper();
    const s = zk.openSession(() => undefined);
    zk.create(s, '/n', Buffer.alloc(0), CreateMode.Persistent);
    expect(zk.create(s, '/n/isr_change_', Buffer.alloc(0), CreateMode.PersistentSequential)).toBe('/n/isr_change_0000000000');
    expect(zk.create(s, '/n/isr_change_', Buffer.alloc(0), CreateMode.PersistentSequential)).toBe('/n/isr_change_0000000001');
  });

  it('applies a multi entirely or not at all, naming the op that failed', () => {
    const zk = new SimZooKeeper();
    const s = zk.openSession(() => undefined);
    zk.create(s, '/epoch', Buffer.from('1'), CreateMode.Persistent);
    const events: ZkWatchEvent[] = [];
    zk.exists(s, '/controller', watcher(s, events));
    let failure: unknown;
    try {
      zk.multi(s, [{ type: 'create', path: '/controller', mode: CreateMode.Ephemeral }, { type: 'setData', path: '/epoch', data: Buffer.from('2'), version: 5 }]);
    } catch (err) {
      failure = err;
    }
    expect(failure).toBeInstanceOf(ZkMultiError);
    expect((failure as ZkMultiError).failedOpIndex).toBe(1);
    expect(isZkError(failure, ZkCode.BadVersion)).toBe(true);
    expect(zk.peek('/controller')).toBeUndefined();
    expect(events).toEqual([]);
    const results = zk.multi(s, [{ type: 'create', path: '/controller', mode: CreateMode.Ephemeral }, { type: 'setData', path: '/epoch', data: Buffer.from('2'), version: 0 }]);
    expect(results[0]?.path).toBe('/controller');
    expect(results[1]?.stat?.version).toBe(1);
    expect(zk.peek('/controller')!.stat.czxid).toBeGreaterThan(zk.peek('/epoch')!.stat.czxid);
    expect(events).toEqual([{ type: 'created', path: '/controller' }]);
  });
});
