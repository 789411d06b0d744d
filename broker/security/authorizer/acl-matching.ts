/**
 * Kafka's AclAuthorizer decisions as pure functions over the ACLs that apply to a resource:
 * super users are allowed everything; with no ACL at all, `allow.everyone.if.no.acl.found`
 * decides; otherwise a matching DENY wins over any ALLOW. An entry matches when its principal is
 * the caller's or `User:*`, its host is the caller's or `*`, and its operation is the one asked
 * or ALL. An ALLOW of Read, Write, Delete or Alter implies Describe, and of AlterConfigs implies
 * DescribeConfigs; a DENY implies nothing beyond itself (Kafka's `allowAclExists`/`denyAclExists`).
 */
import {
  AclOperation, AclPermissionType, PatternType, ResourceType, wildcardHost, wildcardPrincipal, wildcardResourceName,
  type AccessControlEntry, type AclBinding, type AclBindingFilter, type ResourcePattern,
} from '../acl';
import { formatPrincipal, type KafkaPrincipal } from '../principal';

export interface AuthorizerPolicy {
  readonly superUsers: readonly KafkaPrincipal[];
  readonly allowEveryoneIfNoAclFound: boolean;
}

/** Who asks: the principal as `Type:name` and the client's address. */
export interface Requester {
  readonly principal: KafkaPrincipal;
  readonly host: string;
}

export function isSuperUser(policy: AuthorizerPolicy, principal: KafkaPrincipal): boolean {
  return policy.superUsers.some((p) => p.principalType === principal.principalType && p.name === principal.name);
}

/** The operations whose ALLOW grants `operation` (Kafka's implied operations). */
export function allowingOperations(operation: AclOperation): readonly AclOperation[] {
  switch (operation) {
    case AclOperation.DESCRIBE:
      return [AclOperation.DESCRIBE, AclOperation.READ, AclOperation.WRITE, AclOperation.DELETE, AclOperation.ALTER];
    case AclOperation.DESCRIBE_CONFIGS:
      return [AclOperation.DESCRIBE_CONFIGS, AclOperation.ALTER_CONFIGS];
    default:
      return [operation];
  }
}

function entryApplies(entry: AccessControlEntry, requester: Requester, operation: AclOperation, permission: AclPermissionType): boolean {
  if (entry.permissionType !== permission) return false;
  if (entry.operation !== operation && entry.operation !== AclOperation.ALL) return false;
  if (entry.principal !== wildcardPrincipal && entry.principal !== formatPrincipal(requester.principal)) return false;
  return entry.host === wildcardHost || entry.host === requester.host;
}

/**
 * Whether `requester` may perform `operation` on a resource whose applicable ACLs (literal,
 * literal wildcard and prefixed, see AclCache.matchingEntries) are `acls`.
 */
export function authorizeAction(policy: AuthorizerPolicy, acls: readonly AccessControlEntry[], requester: Requester, operation: AclOperation): boolean {
  if (isSuperUser(policy, requester.principal)) return true;
  if (acls.length === 0) return policy.allowEveryoneIfNoAclFound;
  if (acls.some((e) => entryApplies(e, requester, operation, AclPermissionType.DENY))) return false;
  return allowingOperations(operation).some((op) => acls.some((e) => entryApplies(e, requester, op, AclPermissionType.ALLOW)));
}

/**
 * Kafka's `authorizeByResourceType` (KIP-679): allowed when the action is allowed on an arbitrary
 * name of the type (super users, allow-everyone with no ACL, wildcard ALLOW), or when some ALLOW of
 * exactly this operation (or ALL) names a literal or prefix that no DENY dominates: a literal
 * DENY of the same name, a prefixed DENY of a prefix of it, or a literal wildcard DENY (which
 * dominates everything). Implied operations do not count here, as in Kafka.
 */
export function authorizeByResourceType(
  bindings: readonly AclBinding[], requester: Requester, operation: AclOperation, resourceType: ResourceType, allowedOnArbitraryName: boolean,
): boolean {
  if (allowedOnArbitraryName) return true;
  const denied = { literal: new Set<string>(), prefixed: new Set<string>() };
  const allowed = { literal: new Set<string>(), prefixed: new Set<string>() };
  for (const { pattern, entry } of bindings) {
    if (pattern.resourceType !== resourceType) continue;
    if (entry.host !== wildcardHost && entry.host !== requester.host) continue;
    if (entry.principal !== wildcardPrincipal && entry.principal !== formatPrincipal(requester.principal)) continue;
    if (entry.operation !== operation && entry.operation !== AclOperation.ALL) continue;
    const kind = pattern.patternType === PatternType.LITERAL ? 'literal' : pattern.patternType === PatternType.PREFIXED ? 'prefixed' : undefined;
    if (kind === undefined) continue;
    if (entry.permissionType === AclPermissionType.DENY) {
      if (kind === 'literal' && pattern.name === wildcardResourceName) return false;
      denied[kind].add(pattern.name);
    } else if (entry.permissionType === AclPermissionType.ALLOW) {
      if (kind === 'literal' && pattern.name === wildcardResourceName) return true;
      allowed[kind].add(pattern.name);
    }
  }
  const dominatedByPrefixDeny = (name: string): boolean => {
    for (let length = 1; length <= name.length; length++) if (denied.prefixed.has(name.slice(0, length))) return true;
    return false;
  };
  for (const name of allowed.literal) if (!denied.literal.has(name) && !dominatedByPrefixDeny(name)) return true;
  for (const name of allowed.prefixed) if (!dominatedByPrefixDeny(name)) return true;
  return false;
}

/** Kafka's ResourcePatternFilter.matches: MATCH selects the patterns that would apply to the name. */
export function patternFilterMatches(filter: AclBindingFilter['pattern'], pattern: ResourcePattern): boolean {
  if (filter.resourceType !== ResourceType.ANY && filter.resourceType !== pattern.resourceType) return false;
  if (filter.patternType !== PatternType.ANY && filter.patternType !== PatternType.MATCH && filter.patternType !== pattern.patternType) return false;
  if (filter.name === null) return true;
  if (filter.patternType === PatternType.ANY || filter.patternType === pattern.patternType) return filter.name === pattern.name;
  if (pattern.patternType === PatternType.LITERAL) return filter.name === pattern.name || pattern.name === wildcardResourceName;
  if (pattern.patternType === PatternType.PREFIXED) return filter.name.startsWith(pattern.name);
  return false;
}

/** Kafka's AccessControlEntryFilter.matches: null and ANY match anything. */
export function entryFilterMatches(filter: AclBindingFilter['entry'], entry: AccessControlEntry): boolean {
  if (filter.principal !== null && filter.principal !== entry.principal) return false;
  if (filter.host !== null && filter.host !== entry.host) return false;
  if (filter.operation !== AclOperation.ANY && filter.operation !== entry.operation) return false;
  return filter.permissionType === AclPermissionType.ANY || filter.permissionType === entry.permissionType;
}

export function bindingFilterMatches(filter: AclBindingFilter, binding: AclBinding): boolean {
  return patternFilterMatches(filter.pattern, binding.pattern) && entryFilterMatches(filter.entry, binding.entry);
}
