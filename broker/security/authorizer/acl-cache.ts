/**
 * The ACLs every broker holds in memory (Kafka's AclAuthorizer `aclCache`): one entry set per
 * resource pattern with the znode version it was read at. It is filled from ZooKeeper at startup,
 * updated after this broker's own writes and re-read for a pattern whenever a change notification
 * names it, so authorization never touches ZooKeeper.
 */
import {
  PatternType, wildcardResourceName,
  type AccessControlEntry, type AclBinding, type ResourcePattern, type ResourceType,
} from '../acl';

/** A pattern's ACLs and its znode's version; `absentZkVersion` when the znode does not exist. */
export interface VersionedAcls {
  readonly entries: readonly AccessControlEntry[];
  readonly zkVersion: number;
}

/** Kafka's ZkVersion.UnknownVersion: the znode does not exist. */
export const absentZkVersion = -2;

export const noAcls: VersionedAcls = Object.freeze({ entries: Object.freeze([]), zkVersion: absentZkVersion });

export function patternKey(p: ResourcePattern): string {
  return `${p.patternType}:${p.resourceType}:${p.name}`;
}

export function entryKey(e: AccessControlEntry): string {
  return `${e.principal}\u0000${e.host}\u0000${e.operation}\u0000${e.permissionType}`;
}

/** `entries` without duplicates (Kafka keeps a resource's ACLs as a set). */
export function distinctEntries(entries: readonly AccessControlEntry[]): AccessControlEntry[] {
  const seen = new Map<string, AccessControlEntry>();
  for (const e of entries) if (!seen.has(entryKey(e))) seen.set(entryKey(e), e);
  return [...seen.values()];
}

export function sameEntries(a: readonly AccessControlEntry[], b: readonly AccessControlEntry[]): boolean {
  if (a.length !== b.length) return false;
  const keys = new Set(a.map(entryKey));
  return b.every((e) => keys.has(entryKey(e)));
}

export class AclCache {
  private readonly byPattern = new Map<string, { pattern: ResourcePattern; acls: VersionedAcls }>();
  /** Prefixed patterns by resource type, for the prefix scan of `matchingEntries`. */
  private readonly prefixed = new Map<ResourceType, Map<string, ResourcePattern>>();

  get(pattern: ResourcePattern): VersionedAcls | undefined {
    return this.byPattern.get(patternKey(pattern))?.acls;
  }

  has(pattern: ResourcePattern): boolean {
    return this.byPattern.has(patternKey(pattern));
  }

  /** Stores a pattern's ACLs; an empty set removes the pattern (its znode is gone). */
  set(pattern: ResourcePattern, acls: VersionedAcls): void {
    const key = patternKey(pattern);
    const prefixedOfType = pattern.patternType === PatternType.PREFIXED ? this.prefixedOf(pattern.resourceType) : undefined;
    if (acls.entries.length === 0) {
      this.byPattern.delete(key);
      prefixedOfType?.delete(pattern.name);
      return;
    }
    this.byPattern.set(key, { pattern, acls });
    prefixedOfType?.set(pattern.name, pattern);
  }

  patterns(): ResourcePattern[] {
    return [...this.byPattern.values()].map((v) => v.pattern);
  }

  bindings(): AclBinding[] {
    const out: AclBinding[] = [];
    for (const { pattern, acls } of this.byPattern.values()) for (const entry of acls.entries) out.push({ pattern, entry });
    return out;
  }

  /**
   * Every ACL that applies to the resource `name` of `resourceType` (Kafka's `matchingAcls`): the
   * literal pattern of that name, the literal wildcard `*`, and each prefixed pattern that is a
   * prefix of the name.
   */
  matchingEntries(resourceType: ResourceType, name: string): AccessControlEntry[] {
    const out: AccessControlEntry[] = [];
    const literal = (n: string): VersionedAcls | undefined => this.get({ resourceType, name: n, patternType: PatternType.LITERAL });
    out.push(...(literal(name)?.entries ?? []));
    if (name !== wildcardResourceName) out.push(...(literal(wildcardResourceName)?.entries ?? []));
    for (const [prefix, pattern] of this.prefixed.get(resourceType) ?? []) {
      if (name.startsWith(prefix)) out.push(...(this.get(pattern)?.entries ?? []));
    }
    return out;
  }

  private prefixedOf(resourceType: ResourceType): Map<string, ResourcePattern> {
    let byName = this.prefixed.get(resourceType);
    if (byName === undefined) {
      byName = new Map();
      this.prefixed.set(resourceType, byName);
    }
    return byName;
  }
}
