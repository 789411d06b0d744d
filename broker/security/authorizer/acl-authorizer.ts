/**
 * Kafka's ZooKeeper-mode AclAuthorizer. Decisions come from the in-memory AclCache (loaded at
 * startup, refreshed by change notifications from every broker); CreateAcls and DeleteAcls write
 * each pattern's znode with a version check and re-read and retry on a clash (Kafka's
 * `updateResourceAcls`), then update the cache and write a change notification so that every other
 * broker re-reads the pattern. Writes run one at a time on this broker (Kafka's lock).
 */
import type { Logger } from 'pino';
import { ErrorCode } from '../../../proto/errors';
import { AclChangeNotificationZNode } from '../../../zk/paths';
import type { ZkAclStore } from '../../../zk/acl-store';
import type { ZkSession } from '../../../zk/zk-session';
import {
  AclOperation, AclPermissionType, PatternType, ResourceType,
  type AccessControlEntry, type AclBinding, type AclBindingFilter, type ResourcePattern,
} from '../acl';
import type { Authorizer } from '../authorizer';
import type { Session } from '../session';
import { AclCache, distinctEntries, noAcls, patternKey, sameEntries, type VersionedAcls } from './acl-cache';
import { AclChangeListener } from './acl-change-listener';
import {
  authorizeAction, authorizeByResourceType, bindingFilterMatches, entryFilterMatches, patternFilterMatches, type AuthorizerPolicy, type Requester,
} from './acl-matching';
import { aclBindingProblem } from './acl-validation';

/** Kafka's AclAuthorizer maxUpdateRetries: conditional writes of one pattern before giving up. */
export const aclUpdateRetriesMax = 10;
/** Pause before re-reading after a version clash: a base plus random jitter, so racing brokers spread out. */
export const aclUpdateRetryBackoffMs = 100;
export const aclUpdateRetryJitterMs = 50;
/** The name authorizeAny tries first (Kafka's authorizeByResourceType "hardcode" probe). */
const arbitraryResourceName = 'hardcode';

export interface AclAuthorizerOptions {
  store: ZkAclStore;
  zk: Pick<ZkSession, 'on' | 'off'>;
  policy: AuthorizerPolicy;
  logger: Logger;
  nowMs: () => number;
  sleep?: (ms: number) => Promise<void>;
  changeExpirationMs?: number;
}

type CreateResult = { errorCode: number; message?: string };
type DeleteResult = { errorCode: number; message?: string; deleted: AclBinding[] };

export class AclAuthorizer implements Authorizer {
  readonly enabled = true;
  private readonly cache = new AclCache();
  private readonly listeners: AclChangeListener[];
  private writes: Promise<unknown> = Promise.resolve();
  private readonly onNewSession = (): void => {
    for (const l of this.listeners) l.trigger();
  };

  constructor(private readonly opts: AclAuthorizerOptions) {
    const onChange = (pattern: ResourcePattern): Promise<void> => this.refresh(pattern);
    this.listeners = [AclChangeNotificationZNode.literalPath, AclChangeNotificationZNode.extendedPath].map((changePath) => new AclChangeListener({
      store: opts.store, changePath, onChange, nowMs: opts.nowMs, logger: opts.logger,
      ...(opts.changeExpirationMs === undefined ? {} : { expirationMs: opts.changeExpirationMs }),
    }));
  }

  /** Loads every ACL, then follows both change stores (Kafka's configure + startup). */
  async start(): Promise<void> {
    await this.opts.store.ensurePaths();
    const stored = await this.opts.store.loadAll((path, err) => this.opts.logger.error({ err, path }, 'ignoring an unreadable ACL znode'));
    for (const s of stored) this.cache.set(s.pattern, { entries: distinctEntries(s.entries), zkVersion: s.zkVersion });
    this.opts.zk.on('newSession', this.onNewSession);
    for (const l of this.listeners) await l.start();
    this.opts.logger.info({ patterns: this.cache.patterns().length }, 'ACL authorizer started');
  }

  async close(): Promise<void> {
    this.opts.zk.off('newSession', this.onNewSession);
    await Promise.all(this.listeners.map((l) => l.close()));
  }

  authorize(session: Session, operation: AclOperation, resourceType: ResourceType, resourceName: string): boolean {
    return authorizeAction(this.opts.policy, this.cache.matchingEntries(resourceType, resourceName), requesterOf(session), operation);
  }

  authorizeAny(session: Session, operation: AclOperation, resourceType: ResourceType): boolean {
    const allowedOnArbitraryName = this.authorize(session, operation, resourceType, arbitraryResourceName);
    return authorizeByResourceType(this.cache.bindings(), requesterOf(session), operation, resourceType, allowedOnArbitraryName);
  }

  acls(filter: AclBindingFilter): AclBinding[] {
    return this.cache.bindings().filter((b) => bindingFilterMatches(filter, b));
  }

  createAcls(bindings: AclBinding[]): Promise<CreateResult[]> {
    return this.serialized(async () => {
      const results: CreateResult[] = bindings.map(() => ({ errorCode: ErrorCode.NONE }));
      const byPattern = new Map<string, { pattern: ResourcePattern; indexes: number[] }>();
      bindings.forEach((b, i) => {
        const problem = aclBindingProblem(b);
        if (problem !== undefined) {
          results[i] = { errorCode: ErrorCode.INVALID_REQUEST, message: `Failed to create ACL: ${problem}` };
          return;
        }
        const key = patternKey(b.pattern);
        const group = byPattern.get(key) ?? { pattern: b.pattern, indexes: [] };
        group.indexes.push(i);
        byPattern.set(key, group);
      });
      for (const { pattern, indexes } of byPattern.values()) {
        try {
          const added = indexes.map((i) => bindings[i]!.entry);
          await this.updateResourceAcls(pattern, (current) => distinctEntries([...current, ...added]));
        } catch (err) {
          this.opts.logger.error({ err, pattern }, 'could not create ACLs');
          for (const i of indexes) results[i] = { errorCode: ErrorCode.UNKNOWN_SERVER_ERROR, message: (err as Error).message };
        }
      }
      return results;
    });
  }

  /**
   * Each binding any filter matches is deleted once and reported under the first filter that
   * matched it (Kafka's deleteAcls); when a pattern's write fails, every filter matching that
   * pattern reports the error.
   */
  deleteAcls(filters: AclBindingFilter[]): Promise<DeleteResult[]> {
    return this.serialized(async () => {
      const results: DeleteResult[] = filters.map(() => ({ errorCode: ErrorCode.NONE, deleted: [] }));
      for (const pattern of deletionCandidates(this.cache.patterns(), filters)) {
        const matching = filters.map((f, i) => ({ f, i })).filter(({ f }) => patternFilterMatches(f.pattern, pattern));
        if (matching.length === 0) continue;
        let removed: Array<{ entry: AccessControlEntry; filterIndex: number }> = [];
        try {
          await this.updateResourceAcls(pattern, (current) => {
            removed = [];
            return current.filter((entry) => {
              const first = matching.find(({ f }) => entryFilterMatches(f.entry, entry));
              if (first !== undefined) removed.push({ entry, filterIndex: first.i });
              return first === undefined;
            });
          });
          for (const r of removed) results[r.filterIndex]!.deleted.push({ pattern, entry: r.entry });
        } catch (err) {
          this.opts.logger.error({ err, pattern }, 'could not delete ACLs');
          for (const { i } of matching) results[i] = { ...results[i]!, errorCode: ErrorCode.UNKNOWN_SERVER_ERROR, message: (err as Error).message };
        }
      }
      return results;
    });
  }

  /**
   * Re-reads a pattern after a change notification (Kafka's processNotification). It runs in turn
   * with this broker's writes, as Kafka's takes the authorizer's lock: a read that started before
   * a write and finished after it would put back ACLs the write had just removed.
   */
  private refresh(pattern: ResourcePattern): Promise<void> {
    return this.serialized(async () => {
      const stored = await this.opts.store.getAcls(pattern);
      this.cache.set(pattern, { entries: distinctEntries(stored.entries), zkVersion: stored.zkVersion });
    });
  }

  /**
   * Kafka's updateResourceAcls: apply `change` to the ACLs as last read and write them back on that
   * version (create when absent, delete when empty); on a clash re-read from ZooKeeper and retry.
   * Writes a change notification when the set changed.
   */
  private async updateResourceAcls(pattern: ResourcePattern, change: (current: readonly AccessControlEntry[]) => AccessControlEntry[]): Promise<void> {
    const store = this.opts.store;
    let current: VersionedAcls = this.cache.get(pattern) ?? await store.getAcls(pattern);
    for (let attempt = 0; attempt <= aclUpdateRetriesMax; attempt++) {
      const updated = change(current.entries);
      let newVersion: number | undefined;
      if (updated.length === 0) newVersion = (await store.conditionalDelete(pattern, current.zkVersion)) ? noAcls.zkVersion : undefined;
      else if (current.zkVersion === noAcls.zkVersion) newVersion = await store.createIfNotExists(pattern, updated);
      else newVersion = await store.conditionalSet(pattern, updated, current.zkVersion);
      if (newVersion !== undefined) {
        if (!sameEntries(updated, current.entries)) {
          this.cache.set(pattern, { entries: updated, zkVersion: newVersion });
          await store.createChangeNotification(pattern);
        }
        return;
      }
      await (this.opts.sleep ?? sleep)(aclUpdateRetryBackoffMs + Math.floor(Math.random() * aclUpdateRetryJitterMs));
      current = await store.getAcls(pattern);
    }
    throw new Error(`Failed to update ACLs for ${describePattern(pattern)} after trying a maximum of ${aclUpdateRetriesMax} times`);
  }

  private serialized<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.writes.then(fn, fn);
    this.writes = run.catch(() => undefined);
    return run;
  }
}

/**
 * The cached patterns plus the one pattern each fully specified filter names (Kafka's
 * `matchesAtMostOne` filters): another broker may have just written it, before this broker's
 * cache heard, and updateResourceAcls reads an uncached pattern from ZooKeeper.
 */
function deletionCandidates(cached: readonly ResourcePattern[], filters: readonly AclBindingFilter[]): ResourcePattern[] {
  const byKey = new Map(cached.map((p) => [patternKey(p), p]));
  for (const { pattern } of filters) {
    const concreteType = pattern.resourceType !== ResourceType.ANY && pattern.resourceType !== ResourceType.UNKNOWN;
    const concretePattern = pattern.patternType === PatternType.LITERAL || pattern.patternType === PatternType.PREFIXED;
    if (!concreteType || !concretePattern || pattern.name === null) continue;
    const named: ResourcePattern = { resourceType: pattern.resourceType, name: pattern.name, patternType: pattern.patternType };
    if (!byKey.has(patternKey(named)) && aclBindingProblem({ pattern: named, entry: validEntryForNameCheck }) === undefined) byKey.set(patternKey(named), named);
  }
  return [...byKey.values()];
}

/** Any valid entry: deletionCandidates asks only whether the filter's name could be stored. */
const validEntryForNameCheck: AccessControlEntry = { principal: 'User:*', host: '*', operation: AclOperation.ALL, permissionType: AclPermissionType.ALLOW };

function requesterOf(session: Session): Requester {
  return { principal: session.principal, host: session.clientHost };
}

function describePattern(p: ResourcePattern): string {
  return `ResourcePattern(resourceType=${p.resourceType}, name=${p.name}, patternType=${p.patternType === PatternType.PREFIXED ? 'PREFIXED' : 'LITERAL'})`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
