/**
 * The admin API's view of the SCRAM users in ZooKeeper, for HTTP basic authentication. Reading
 * ZooKeeper and deriving PBKDF2 on every request would make each admin call cost a ZooKeeper
 * round trip and several milliseconds of CPU, so both results are cached, bounded in entries and
 * age: credentials per user (also "no such user") and successful password checks (keyed by an
 * HMAC under a per-process random key, so the cache never holds a password). Every entry goes
 * when /config/changes gets a child (Kafka's config change notification, written with every
 * credential change) and after `adminCredentialCacheTtlMs` in any case, so a deleted user or
 * changed password stops working within that bound even if a notification is missed.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { passwordMatches, type ScramMechanism } from '../../proto/scram';
import { type UserScramCredentials } from '../../zk/admin/user-scram-credentials';
import { ConfigChangesZNode } from '../../zk/paths';
import type { ZkSession } from '../../zk/zk-session';

export const adminCredentialCacheEntriesMax = 1_000;
export const adminCredentialCacheTtlMs = 30_000;
/** Checked strongest first; a user may have either or both. */
const mechanismsByPreference: readonly ScramMechanism[] = ['SCRAM-SHA-512', 'SCRAM-SHA-256'];

interface Entry<T> { value: T; expiresAtMs: number }

/** A map bounded in size (oldest insertion evicted first) and in entry age. */
class BoundedTtlMap<T> {
  private readonly entries = new Map<string, Entry<T>>();
  constructor(private readonly nowMs: () => number) {}

  get(key: string): T | undefined {
    const e = this.entries.get(key);
    if (e === undefined) return undefined;
    if (e.expiresAtMs > this.nowMs()) return e.value;
    this.entries.delete(key);
    return undefined;
  }

  set(key: string, value: T): void {
    this.entries.delete(key);
    if (this.entries.size >= adminCredentialCacheEntriesMax) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, expiresAtMs: this.nowMs() + adminCredentialCacheTtlMs });
  }

  clear(): void {
    this.entries.clear();
  }
}

export interface ScramCredentialSource {
  credentials(user: string): Promise<UserScramCredentials | undefined>;
}

export class ScramUserCache {
  private readonly credentials: BoundedTtlMap<UserScramCredentials | null>;
  private readonly verified: BoundedTtlMap<true>;
  private readonly verifierKey = randomBytes(32);
  private stopped = false;
  private readonly onNewSession = (): void => void this.watchChanges();

  constructor(private readonly source: ScramCredentialSource, private readonly zk: ZkSession | undefined, nowMs: () => number = Date.now) {
    this.credentials = new BoundedTtlMap(nowMs);
    this.verified = new BoundedTtlMap(nowMs);
  }

  /** Starts watching /config/changes (and again on every new ZooKeeper session). */
  async start(): Promise<void> {
    if (!this.zk) return;
    this.zk.on('newSession', this.onNewSession);
    await this.watchChanges();
  }

  stop(): void {
    this.stopped = true;
    this.zk?.off('newSession', this.onNewSession);
    this.invalidateAll();
  }

  invalidateAll(): void {
    this.credentials.clear();
    this.verified.clear();
  }

  /** Whether `password` is `user`'s, under any of the user's SCRAM credentials. */
  async passwordMatches(user: string, password: string): Promise<boolean> {
    const proof = createHmac('sha256', this.verifierKey).update(user).update('\u0000').update(password).digest('base64');
    if (this.verified.get(proof)) return true;
    const credentials = await this.userCredentials(user);
    if (!credentials) return false;
    for (const mechanism of mechanismsByPreference) {
      const credential = credentials.get(mechanism);
      if (credential && passwordMatches(mechanism, credential, password)) {
        this.verified.set(proof, true);
        return true;
      }
    }
    return false;
  }

  private async userCredentials(user: string): Promise<UserScramCredentials | undefined> {
    const cached = this.credentials.get(user);
    if (cached !== undefined) return cached ?? undefined;
    const loaded = await this.source.credentials(user);
    this.credentials.set(user, loaded && loaded.size > 0 ? loaded : null);
    return loaded;
  }

  private async watchChanges(): Promise<void> {
    if (this.stopped || !this.zk) return;
    this.invalidateAll();
    try {
      await this.zk.getChildren(ConfigChangesZNode.path, () => void this.watchChanges());
    } catch {
      // The TTL still bounds staleness; the next session (newSession) arms the watch again.
    }
  }
}
