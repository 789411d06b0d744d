/** The SCRAM credential cache over a ZooKeeper double: reads, change notifications, failures. */
import pino from 'pino';
import { formatCredential, newCredential, passwordMatches } from '../../../proto/scram';
import type { ZkWatcher } from '../../../zk/zk-session';
import { sanitizeEntityName as sanitizeUserName } from '../../../zk/paths';
import { CredentialCache, credentialCacheMaxAgeMs } from './credential-cache';

class FakeZk {
  readonly nodes = new Map<string, Buffer>();
  reads = 0;
  failing = false;
  private childWatch: ZkWatcher | undefined;

  getData(path: string): Promise<{ data: Buffer; stat: never } | undefined> {
    this.reads++;
    if (this.failing) return Promise.reject(new Error('connection loss'));
    const data = this.nodes.get(path);
    return Promise.resolve(data === undefined ? undefined : { data, stat: undefined as never });
  }

  getChildren(path: string, watch?: ZkWatcher): Promise<string[]> {
    this.childWatch = watch;
    return Promise.resolve([...this.nodes.keys()].filter((p) => p.startsWith(`${path}/`)).map((p) => p.slice(path.length + 1)));
  }

  on(): void {}

  setUser(user: string, password: string): void {
    this.nodes.set(`/config/users/${sanitizeUserName(user)}`, Buffer.from(JSON.stringify({ version: 1, config: { 'SCRAM-SHA-256': formatCredential(newCredential('SCRAM-SHA-256', password)) } })));
  }

  notify(seq: number, user: string): void {
    this.nodes.set(`/config/changes/config_change_${String(seq).padStart(10, '0')}`, Buffer.from(JSON.stringify({ version: 2, entity_path: `users/${sanitizeUserName(user)}` })));
    const watch = this.childWatch;
    this.childWatch = undefined;
    watch?.({ type: 'childrenChanged', path: '/config/changes' });
  }
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('CredentialCache', () => {
  let now = 0;
  const make = (zk: FakeZk) => new CredentialCache(zk, pino({ level: 'silent' }), () => now);

  it('reads /config/users/<user> once and serves later lookups from memory', async () => {
    const zk = new FakeZk();
    zk.setUser('alice', 'a');
    const cache = make(zk);
    await cache.start();
    const credential = await cache.lookup('SCRAM-SHA-256', 'alice');
    expect(passwordMatches('SCRAM-SHA-256', credential!, 'a')).toBe(true);
    expect(await cache.lookup('SCRAM-SHA-512', 'alice')).toBeUndefined();
    expect(zk.reads).toBe(1);
    expect(await cache.lookup('SCRAM-SHA-256', 'nobody')).toBeUndefined();
  });

  it('drops a user named by a change notification (including config_change_0000000000), so that new credentials apply', async () => {
    const zk = new FakeZk();
    zk.setUser('alice', 'old');
    const cache = make(zk);
    await cache.start();
    expect(passwordMatches('SCRAM-SHA-256', (await cache.lookup('SCRAM-SHA-256', 'alice'))!, 'old')).toBe(true);
    zk.setUser('alice', 'new');
    zk.notify(0, 'alice');
    await settle();
    await settle();
    expect(passwordMatches('SCRAM-SHA-256', (await cache.lookup('SCRAM-SHA-256', 'alice'))!, 'new')).toBe(true);
  });

  it('ignores notifications that predate it, and expires entries by age', async () => {
    const zk = new FakeZk();
    zk.notify(5, 'alice');
    zk.setUser('alice', 'a');
    const cache = make(zk);
    await cache.start();
    await cache.lookup('SCRAM-SHA-256', 'alice');
    await cache.lookup('SCRAM-SHA-256', 'alice');
    expect(zk.reads).toBe(1);
    now += credentialCacheMaxAgeMs;
    await cache.lookup('SCRAM-SHA-256', 'alice');
    expect(zk.reads).toBe(2);
  });

  it('throws when ZooKeeper cannot answer (the authentication fails, nothing crashes)', async () => {
    const zk = new FakeZk();
    const cache = make(zk);
    await cache.start();
    zk.failing = true;
    await expect(cache.lookup('SCRAM-SHA-256', 'alice')).rejects.toThrow(/connection loss/);
  });
});
