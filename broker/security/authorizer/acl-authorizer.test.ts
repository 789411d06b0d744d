/**
 * The AclAuthorizer against a real ZooKeeper (a unique chroot): Kafka's znodes and change
 * payloads, two brokers' caches converging through notifications, concurrent writes to one
 * resource keeping every entry, deletes, and the 15-minute notification purge.
 */
import pino from 'pino';
import { startTestZooKeeper, type TestZooKeeper } from '../../../test/support/test-zookeeper';
import { ZkAclStore } from '../../../zk/acl-store';
import { ZooKeeperClient } from '../../../zk/zookeeper-client';
import { CreateMode } from '../../../zk/zk-session';
import { AclOperation as Op, AclPermissionType as Perm, PatternType, ResourceType, type AclBinding, type AclBindingFilter } from '../acl';
import { userPrincipal } from '../principal';
import { anonymousSession, type Session } from '../session';
import { AclAuthorizer } from './acl-authorizer';

const logger = pino({ level: 'silent' });
/** Bound on how long another broker may take to see a change (Kafka: a watch round trip). */
const propagationDeadlineMs = 5_000;

function binding(name: string, patternType: PatternType, principal: string, operation: Op, permissionType: Perm = Perm.ALLOW): AclBinding {
  return { pattern: { resourceType: ResourceType.TOPIC, name, patternType }, entry: { principal, host: '*', operation, permissionType } };
}

const anyFilter: AclBindingFilter = {
  pattern: { resourceType: ResourceType.ANY, name: null, patternType: PatternType.ANY },
  entry: { principal: null, host: null, operation: Op.ANY, permissionType: Perm.ANY },
};

function session(user: string): Session {
  return { ...anonymousSession('127.0.0.1', 'PLAINTEXT'), principal: userPrincipal(user) };
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + propagationDeadlineMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('AclAuthorizer over ZooKeeper', () => {
  let server: TestZooKeeper;
  const closers: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    server = await startTestZooKeeper();
  }, 90_000);
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });
  afterAll(async () => {
    await server.stop();
  });

  async function connect(chroot: string): Promise<ZooKeeperClient> {
    const zk = await ZooKeeperClient.connect({ connect: chroot, sessionTimeoutMs: 6_000, logger });
    closers.push(() => zk.close());
    return zk;
  }

  async function broker(chroot: string, opts: { nowMs?: () => number; changeExpirationMs?: number } = {}): Promise<{ authorizer: AclAuthorizer; zk: ZooKeeperClient }> {
    const zk = await connect(chroot);
    const authorizer = new AclAuthorizer({
      store: new ZkAclStore(zk), zk, logger, nowMs: opts.nowMs ?? Date.now,
      policy: { superUsers: [], allowEveryoneIfNoAclFound: false },
      ...(opts.changeExpirationMs === undefined ? {} : { changeExpirationMs: opts.changeExpirationMs }),
    });
    await authorizer.start();
    closers.push(() => authorizer.close());
    return { authorizer, zk };
  }

  it('stores ACLs in Kafka\'s znodes with Kafka\'s change notifications', async () => {
    const chroot = server.chroot();
    const { authorizer, zk } = await broker(chroot);
    const results = await authorizer.createAcls([
      binding('orders', PatternType.LITERAL, 'User:alice', Op.READ),
      binding('logs-', PatternType.PREFIXED, 'User:bob', Op.WRITE, Perm.DENY),
    ]);
    expect(results).toEqual([{ errorCode: 0 }, { errorCode: 0 }]);
    const literal = await zk.getData('/kafka-acl/Topic/orders');
    expect(JSON.parse(literal!.data.toString())).toEqual({ version: 1, acls: [{ principal: 'User:alice', permissionType: 'Allow', operation: 'Read', host: '*' }] });
    const prefixed = await zk.getData('/kafka-acl-extended/prefixed/Topic/logs-');
    expect(JSON.parse(prefixed!.data.toString())).toEqual({ version: 1, acls: [{ principal: 'User:bob', permissionType: 'Deny', operation: 'Write', host: '*' }] });
    const literalChanges = (await zk.getChildren('/kafka-acl-changes'))!;
    expect(literalChanges).toHaveLength(1);
    expect(literalChanges[0]).toMatch(/^acl_changes_\d{10}$/);
    expect((await zk.getData(`/kafka-acl-changes/${literalChanges[0]}`))!.data.toString()).toBe('TOPIC:orders');
    const extendedChanges = (await zk.getChildren('/kafka-acl-extended-changes'))!;
    expect(JSON.parse((await zk.getData(`/kafka-acl-extended-changes/${extendedChanges[0]}`))!.data.toString()))
      .toEqual({ version: 1, resourceType: 'TOPIC', name: 'logs-', patternType: 'PREFIXED' });
  });

  it('loads ACLs Kafka wrote at startup and follows notifications from other brokers', async () => {
    const chroot = server.chroot();
    const writer = await connect(chroot);
    await new ZkAclStore(writer).ensurePaths();
    await writer.create('/kafka-acl/Group', undefined);
    await writer.create('/kafka-acl/Group/g1', Buffer.from('{"version":1,"acls":[{"principal":"User:alice","permissionType":"Allow","operation":"Read","host":"*"}]}'));
    const a = await broker(chroot);
    const b = await broker(chroot);
    expect(a.authorizer.authorize(session('alice'), Op.READ, ResourceType.GROUP, 'g1')).toBe(true);

    await a.authorizer.createAcls([binding('t', PatternType.PREFIXED, 'User:carol', Op.WRITE)]);
    await waitFor(() => b.authorizer.authorize(session('carol'), Op.WRITE, ResourceType.TOPIC, 'topic-1'), 'broker b to see the prefixed ACL');

    // A change written by a Kafka broker (literal payload in the SimpleAclAuthorizer case) is followed too.
    await writer.setData('/kafka-acl/Group/g1', Buffer.from('{"version":1,"acls":[]}'));
    await writer.create('/kafka-acl-changes/acl_changes_', Buffer.from('Group:g1'), CreateMode.PersistentSequential);
    await waitFor(() => !b.authorizer.authorize(session('alice'), Op.READ, ResourceType.GROUP, 'g1'), 'broker b to drop the group ACL');
  });

  it('keeps every entry when two brokers add ACLs to one resource at once', async () => {
    const chroot = server.chroot();
    const a = await broker(chroot);
    const b = await broker(chroot);
    const users = Array.from({ length: 6 }, (_, i) => `User:u${i}`);
    await Promise.all(users.map((u, i) => (i % 2 === 0 ? a : b).authorizer.createAcls([binding('shared', PatternType.LITERAL, u, Op.READ)])));
    const stored = await new ZkAclStore(a.zk).getAcls({ resourceType: ResourceType.TOPIC, name: 'shared', patternType: PatternType.LITERAL });
    expect(stored.entries.map((e) => e.principal).sort()).toEqual(users);
    await waitFor(() => a.authorizer.acls(anyFilter).length === 6 && b.authorizer.acls(anyFilter).length === 6, 'both caches to hold all six');
  });

  it('deletes the bindings a filter matches, reports them under the first matching filter, and removes empty znodes', async () => {
    const chroot = server.chroot();
    const a = await broker(chroot);
    const b = await broker(chroot);
    await a.authorizer.createAcls([
      binding('t', PatternType.LITERAL, 'User:alice', Op.READ), binding('t', PatternType.LITERAL, 'User:bob', Op.READ),
      binding('t', PatternType.PREFIXED, 'User:alice', Op.WRITE),
    ]);
    const alice: AclBindingFilter = { ...anyFilter, entry: { ...anyFilter.entry, principal: 'User:alice' } };
    const results = await a.authorizer.deleteAcls([alice, anyFilter]);
    expect(results[0]!.deleted).toHaveLength(2);
    expect(results[1]!.deleted.map((d) => d.entry.principal)).toEqual(['User:bob']);
    expect(await a.zk.exists('/kafka-acl/Topic/t')).toBeUndefined();
    expect(await a.zk.exists('/kafka-acl-extended/prefixed/Topic/t')).toBeUndefined();
    await waitFor(() => b.authorizer.acls(anyFilter).length === 0, 'broker b to see the deletes');
  });

  it('a filter naming one pattern deletes it even before this broker\'s cache heard of it (Kafka\'s matchesAtMostOne)', async () => {
    const chroot = server.chroot();
    const { authorizer, zk } = await broker(chroot);
    // Written as another broker's write lands, its notification not yet processed here.
    await zk.create('/kafka-acl/Topic', undefined).catch(() => undefined);
    await zk.create('/kafka-acl/Topic/fresh', Buffer.from('{"version":1,"acls":[{"principal":"User:a","permissionType":"Allow","operation":"Read","host":"*"}]}'));
    const named: AclBindingFilter = { ...anyFilter, pattern: { resourceType: ResourceType.TOPIC, name: 'fresh', patternType: PatternType.LITERAL } };
    const [result] = await authorizer.deleteAcls([named]);
    expect(result!.deleted.map((b) => b.entry.principal)).toEqual(['User:a']);
    expect(await zk.exists('/kafka-acl/Topic/fresh')).toBeUndefined();
  });

  it('refuses invalid bindings without writing anything', async () => {
    const chroot = server.chroot();
    const { authorizer, zk } = await broker(chroot);
    const results = await authorizer.createAcls([
      binding('t', PatternType.LITERAL, 'alice', Op.READ),
      binding('t', PatternType.ANY, 'User:alice', Op.READ),
      binding('t', PatternType.LITERAL, 'User:alice', Op.ANY),
      { pattern: { resourceType: ResourceType.CLUSTER, name: 'c', patternType: PatternType.LITERAL }, entry: { principal: 'User:a', host: '*', operation: Op.ALTER, permissionType: Perm.ALLOW } },
      { pattern: { resourceType: ResourceType.GROUP, name: 'team/a', patternType: PatternType.LITERAL }, entry: { principal: 'User:a', host: '*', operation: Op.READ, permissionType: Perm.ALLOW } },
      { pattern: { resourceType: ResourceType.GROUP, name: '..', patternType: PatternType.PREFIXED }, entry: { principal: 'User:a', host: '*', operation: Op.READ, permissionType: Perm.ALLOW } },
    ]);
    expect(results.map((r) => r.errorCode)).toEqual([42, 42, 42, 42, 42, 42]);
    expect(await zk.getChildren('/kafka-acl/Topic')).toBeUndefined();
    expect(await zk.getChildren('/kafka-acl/Group')).toBeUndefined();
    expect(await zk.getChildren('/kafka-acl-extended/prefixed/Group')).toBeUndefined();
  });

  it('deletes notifications older than the expiration, as Kafka does', async () => {
    const chroot = server.chroot();
    let nowMs = Date.now();
    const { authorizer, zk } = await broker(chroot, { nowMs: () => nowMs, changeExpirationMs: 60_000 });
    await authorizer.createAcls([binding('a', PatternType.LITERAL, 'User:alice', Op.READ)]);
    nowMs += 120_000;
    await authorizer.createAcls([binding('b', PatternType.LITERAL, 'User:alice', Op.READ)]);
    // The listener's run for the second notification purges both (both are older than now - 60 s).
    const deadline = Date.now() + propagationDeadlineMs;
    while (((await zk.getChildren('/kafka-acl-changes')) ?? []).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await zk.getChildren('/kafka-acl-changes')).toEqual([]);
  });
});

/** A real ZooKeeper store whose reads can be held after they returned, to order a notification's re-read against a write. */
class HeldReadStore extends ZkAclStore {
  private gate: Promise<void> | undefined;
  private openGate: (() => void) | undefined;
  heldReads = 0;

  hold(): void {
    this.gate = new Promise((resolve) => {
      this.openGate = resolve;
    });
  }

  release(): void {
    this.openGate?.();
    this.gate = undefined;
  }

  override async getAcls(...args: Parameters<ZkAclStore['getAcls']>): ReturnType<ZkAclStore['getAcls']> {
    const read = await super.getAcls(...args);
    if (this.gate !== undefined) {
      this.heldReads++;
      await this.gate;
    }
    return read;
  }
}

describe('AclAuthorizer: a notification re-read racing a write', () => {
  let server: TestZooKeeper;
  beforeAll(async () => {
    server = await startTestZooKeeper();
  }, 90_000);
  afterAll(async () => {
    await server.stop();
  });

  it('a re-read that started before a delete cannot bring the deleted ACLs back (Kafka re-reads under the authorizer lock)', async () => {
    const zk = await ZooKeeperClient.connect({ connect: server.chroot(), sessionTimeoutMs: 6_000, logger });
    const store = new HeldReadStore(zk);
    const authorizer = new AclAuthorizer({ store, zk, logger, nowMs: Date.now, policy: { superUsers: [], allowEveryoneIfNoAclFound: false } });
    try {
      await authorizer.start();
      await authorizer.createAcls([binding('raced', PatternType.LITERAL, 'User:alice', Op.READ)]);
      // The create's own notification is re-read a few ZooKeeper round trips later: hold that read.
      store.hold();
      await waitFor(() => store.heldReads > 0, 'the notification re-read to be held');
      const deleting = authorizer.deleteAcls([anyFilter]);
      // Unordered, the delete finishes meanwhile and the held read then restores what it read.
      await new Promise((r) => setTimeout(r, 200));
      store.release();
      expect((await deleting)[0]!.deleted).toHaveLength(1);
      // The released read has completed (microtasks), before the delete's own notification is processed.
      await new Promise((r) => setImmediate(r));
      expect(authorizer.acls(anyFilter)).toEqual([]);
    } finally {
      store.release();
      await authorizer.close();
      await zk.close();
    }
  });
});
