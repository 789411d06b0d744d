/**
 * The brokers' view of SCRAM credentials (Kafka's CredentialCache fed by the
 * DynamicConfigManager): a user's credentials are read from `/config/users/<sanitized user>`
 * (`{"version":1,"config":{"SCRAM-SHA-256":"salt=..,stored_key=..,server_key=..,iterations=N"}}`)
 * when first needed and kept; a change notification under `/config/changes`
 * (`config_change_<seq>` holding `{"version":2,"entity_path":"users/<user>"}`) drops the user's
 * entry so that the next authentication reads the new ones. Entries also expire after
 * `credentialCacheMaxAgeMs`, bounding how long a missed notification (session expiry) can keep
 * a removed credential alive. A lookup ZooKeeper cannot answer within
 * `credentialLookupTimeoutMs` throws: the authentication fails, the broker goes on.
 */

import type { Logger } from 'pino';
import type { ScramCredential, ScramMechanism } from '../../../proto/scram';
import { scramCredentialsFromConfig } from '../../../zk/admin/user-scram-credentials';
import { ConfigChangesZNode, ConfigEntityZNode, desanitizeEntityName, isStorableEntityName, sanitizeEntityName } from '../../../zk/paths';
import type { ZkSession } from '../../../zk/zk-session';

export const credentialLookupTimeoutMs = 5_000;
export const credentialCacheMaxAgeMs = 60_000;
/** Bound on the users whose credentials are cached; the oldest entry goes first. */
export const credentialCacheEntriesMax = 10_000;

const changesPath = ConfigChangesZNode.path;
const changePrefix = 'config_change_';

interface Entry {
  credentials: ReadonlyMap<string, ScramCredential>;
  loadedAtMs: number;
}

export class CredentialCache {
  private readonly entries = new Map<string, Entry>();
  private lastChangeSeen = -1;
  /** False until the notifications present at startup were read (they predate every cached entry). */
  private initialized = false;
  private stopped = false;
  private readonly changeListeners: Array<() => void> = [];

  constructor(private readonly zk: Pick<ZkSession, 'getData' | 'getChildren' | 'on'>, private readonly logger: Logger,
    private readonly nowMs: () => number = Date.now) {}

  /** Starts following change notifications (re-armed on every new ZooKeeper session). */
  async start(): Promise<void> {
    this.zk.on('newSession', () => {
      this.invalidateAll();
      void this.watchChanges();
    });
    await this.watchChanges();
  }

  stop(): void {
    this.stopped = true;
    this.entries.clear();
  }

  async lookup(mechanism: ScramMechanism, username: string): Promise<ScramCredential | undefined> {
    // A client-chosen name with no znode form has no credentials; ZooKeeper would refuse the path.
    if (!isStorableEntityName(username)) return undefined;
    const cached = this.entries.get(username);
    if (cached !== undefined && this.nowMs() - cached.loadedAtMs < credentialCacheMaxAgeMs) return cached.credentials.get(mechanism);
    const entry = await withTimeout(this.load(username), credentialLookupTimeoutMs, `reading /config/users/${username} timed out`);
    this.entries.delete(username);
    if (this.entries.size >= credentialCacheEntriesMax) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(username, entry);
    return entry.credentials.get(mechanism);
  }

  /** Drops a user's cached credentials (a change notification named them). */
  invalidate(username: string): void {
    this.entries.delete(username);
    for (const listener of this.changeListeners) listener();
  }

  /** `listener` runs whenever cached credentials are dropped (what was derived from them is stale too). */
  onChange(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  private invalidateAll(): void {
    this.entries.clear();
    for (const listener of this.changeListeners) listener();
  }

  private async load(username: string): Promise<Entry> {
    const node = await this.zk.getData(ConfigEntityZNode.path('users', sanitizeEntityName(username)));
    const { credentials, malformed } = scramCredentialsFromConfig(ConfigEntityZNode.decode(node?.data));
    for (const mechanism of malformed) this.logger.warn({ user: username, mechanism }, 'ignoring malformed SCRAM credential in ZooKeeper');
    return { credentials, loadedAtMs: this.nowMs() };
  }

  private async watchChanges(): Promise<void> {
    if (this.stopped) return;
    let children: string[];
    try {
      children = (await this.zk.getChildren(changesPath, () => void this.watchChanges())) ?? [];
    } catch (err) {
      // Without the watch, cached entries still expire after credentialCacheMaxAgeMs; a new session re-arms it.
      this.logger.warn({ err: (err as Error).message }, 'cannot watch /config/changes; cached SCRAM credentials expire by age only');
      return;
    }
    const sequences = children.filter((c) => c.startsWith(changePrefix)).map((c) => ({ child: c, seq: Number(c.slice(changePrefix.length)) }))
      .filter((c) => Number.isFinite(c.seq)).sort((a, b) => a.seq - b.seq);
    const firstRun = !this.initialized;
    this.initialized = true;
    for (const { child, seq } of sequences) {
      if (seq <= this.lastChangeSeen) continue;
      this.lastChangeSeen = seq;
      if (!firstRun) await this.applyChange(child);
    }
  }

  private async applyChange(child: string): Promise<void> {
    try {
      const node = await this.zk.getData(`${changesPath}/${child}`);
      if (node === undefined) return;
      const entityPath = (JSON.parse(node.data.toString('utf8')) as { entity_path?: string }).entity_path ?? '';
      if (!entityPath.startsWith('users/')) return;
      const sanitized = entityPath.slice('users/'.length);
      const username = desanitizeEntityName(sanitized);
      this.invalidate(username);
      this.logger.info({ user: username }, 'SCRAM credentials changed; cache entry dropped');
    } catch (err) {
      this.logger.warn({ child, err: (err as Error).message }, 'unreadable config change notification; dropping every cached credential');
      this.invalidateAll();
    }
  }
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
