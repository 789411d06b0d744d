/** Kafka's AclAuthorizer rules, one row each: matching, deny-wins, implied operations, super users, no-ACL default, authorizeByResourceType. */
import {
  AclOperation as Op, AclPermissionType as Perm, PatternType, ResourceType, type AclBinding, type AclBindingFilter,
} from '../acl';
import { userPrincipal } from '../principal';
import { AclCache } from './acl-cache';
import { authorizeAction, authorizeByResourceType, bindingFilterMatches, type AuthorizerPolicy } from './acl-matching';

const T = ResourceType.TOPIC;
const G = ResourceType.GROUP;
const lit = PatternType.LITERAL;
const pre = PatternType.PREFIXED;

function acl(name: string, patternType: PatternType, principal: string, operation: Op, permissionType: Perm, host = '*', resourceType: ResourceType = T): AclBinding {
  return { pattern: { resourceType, name, patternType }, entry: { principal, host, operation, permissionType } };
}

function cacheOf(bindings: AclBinding[]): AclCache {
  const cache = new AclCache();
  for (const b of bindings) {
    const current = cache.get(b.pattern)?.entries ?? [];
    cache.set(b.pattern, { entries: [...current, b.entry], zkVersion: 0 });
  }
  return cache;
}

const policy: AuthorizerPolicy = { superUsers: [userPrincipal('admin')], allowEveryoneIfNoAclFound: false };
const alice = { principal: userPrincipal('alice'), host: '10.0.0.1' };

interface Row { rule: string; acls: AclBinding[]; who?: typeof alice; op: Op; topic?: string; policy?: AuthorizerPolicy; allowed: boolean }

const rows: Row[] = [
  { rule: 'no ACL at all, allow.everyone.if.no.acl.found=false', acls: [], op: Op.READ, allowed: false },
  { rule: 'no ACL at all, allow.everyone.if.no.acl.found=true', acls: [], op: Op.READ, policy: { ...policy, allowEveryoneIfNoAclFound: true }, allowed: true },
  { rule: 'ACLs exist but none for this principal, even with allow.everyone', acls: [acl('t', lit, 'User:bob', Op.READ, Perm.ALLOW)], op: Op.READ, policy: { ...policy, allowEveryoneIfNoAclFound: true }, allowed: false },
  { rule: 'literal name allow', acls: [acl('t', lit, 'User:alice', Op.READ, Perm.ALLOW)], op: Op.READ, allowed: true },
  { rule: 'literal name of another topic does not apply', acls: [acl('u', lit, 'User:alice', Op.READ, Perm.ALLOW)], op: Op.READ, allowed: false },
  { rule: 'literal wildcard * applies to every name', acls: [acl('*', lit, 'User:alice', Op.READ, Perm.ALLOW)], op: Op.READ, allowed: true },
  { rule: 'prefixed pattern applies to names starting with it', acls: [acl('t', pre, 'User:alice', Op.READ, Perm.ALLOW)], topic: 'topic-1', op: Op.READ, allowed: true },
  { rule: 'prefixed pattern does not apply to other names', acls: [acl('x', pre, 'User:alice', Op.READ, Perm.ALLOW)], topic: 'topic-1', op: Op.READ, allowed: false },
  { rule: 'prefixed * is a literal prefix, not a wildcard', acls: [acl('*', pre, 'User:alice', Op.READ, Perm.ALLOW)], topic: 'topic-1', op: Op.READ, allowed: false },
  { rule: 'another principal does not match', acls: [acl('t', lit, 'User:bob', Op.READ, Perm.ALLOW)], op: Op.READ, allowed: false },
  { rule: 'User:* matches every principal', acls: [acl('t', lit, 'User:*', Op.READ, Perm.ALLOW)], op: Op.READ, allowed: true },
  { rule: 'exact host matches', acls: [acl('t', lit, 'User:alice', Op.READ, Perm.ALLOW, '10.0.0.1')], op: Op.READ, allowed: true },
  { rule: 'other host does not match', acls: [acl('t', lit, 'User:alice', Op.READ, Perm.ALLOW, '10.0.0.2')], op: Op.READ, allowed: false },
  { rule: 'deny wins over allow on the same pattern', acls: [acl('t', lit, 'User:alice', Op.READ, Perm.ALLOW), acl('t', lit, 'User:alice', Op.READ, Perm.DENY)], op: Op.READ, allowed: false },
  { rule: 'prefixed deny wins over literal allow', acls: [acl('t', lit, 'User:alice', Op.READ, Perm.ALLOW), acl('t', pre, 'User:alice', Op.READ, Perm.DENY)], op: Op.READ, allowed: false },
  { rule: 'wildcard principal deny wins over a named allow', acls: [acl('t', lit, 'User:alice', Op.READ, Perm.ALLOW), acl('*', lit, 'User:*', Op.READ, Perm.DENY)], op: Op.READ, allowed: false },
  { rule: 'deny of another host does not apply', acls: [acl('t', lit, 'User:alice', Op.READ, Perm.ALLOW), acl('t', lit, 'User:alice', Op.READ, Perm.DENY, '10.9.9.9')], op: Op.READ, allowed: true },
  { rule: 'deny ALL denies every operation', acls: [acl('t', lit, 'User:alice', Op.WRITE, Perm.ALLOW), acl('t', lit, 'User:alice', Op.ALL, Perm.DENY)], op: Op.WRITE, allowed: false },
  { rule: 'deny Read does not deny Describe implied by Write', acls: [acl('t', lit, 'User:alice', Op.WRITE, Perm.ALLOW), acl('t', lit, 'User:alice', Op.READ, Perm.DENY)], op: Op.DESCRIBE, allowed: true },
  { rule: 'allow ALL covers every operation', acls: [acl('t', lit, 'User:alice', Op.ALL, Perm.ALLOW)], op: Op.ALTER_CONFIGS, allowed: true },
  { rule: 'Read implies Describe', acls: [acl('t', lit, 'User:alice', Op.READ, Perm.ALLOW)], op: Op.DESCRIBE, allowed: true },
  { rule: 'Write implies Describe', acls: [acl('t', lit, 'User:alice', Op.WRITE, Perm.ALLOW)], op: Op.DESCRIBE, allowed: true },
  { rule: 'Delete implies Describe', acls: [acl('t', lit, 'User:alice', Op.DELETE, Perm.ALLOW)], op: Op.DESCRIBE, allowed: true },
  { rule: 'Alter implies Describe', acls: [acl('t', lit, 'User:alice', Op.ALTER, Perm.ALLOW)], op: Op.DESCRIBE, allowed: true },
  { rule: 'Create does not imply Describe', acls: [acl('t', lit, 'User:alice', Op.CREATE, Perm.ALLOW)], op: Op.DESCRIBE, allowed: false },
  { rule: 'AlterConfigs implies DescribeConfigs', acls: [acl('t', lit, 'User:alice', Op.ALTER_CONFIGS, Perm.ALLOW)], op: Op.DESCRIBE_CONFIGS, allowed: true },
  { rule: 'Describe does not imply Read', acls: [acl('t', lit, 'User:alice', Op.DESCRIBE, Perm.ALLOW)], op: Op.READ, allowed: false },
  { rule: 'Read does not imply Write', acls: [acl('t', lit, 'User:alice', Op.READ, Perm.ALLOW)], op: Op.WRITE, allowed: false },
  { rule: 'an ACL on a group does not apply to a topic of the same name', acls: [acl('t', lit, 'User:alice', Op.READ, Perm.ALLOW, '*', G)], op: Op.READ, allowed: false },
  { rule: 'super user is allowed with no ACL', acls: [], who: { principal: userPrincipal('admin'), host: '1.1.1.1' }, op: Op.ALTER, allowed: true },
  { rule: 'super user is allowed despite a deny', acls: [acl('*', lit, 'User:*', Op.ALL, Perm.DENY)], who: { principal: userPrincipal('admin'), host: '1.1.1.1' }, op: Op.READ, allowed: true },
];

describe('AclAuthorizer matching (Kafka 2.x semantics)', () => {
  it.each(rows)('$rule', (row) => {
    const cache = cacheOf(row.acls);
    const entries = cache.matchingEntries(T, row.topic ?? 't');
    expect(authorizeAction(row.policy ?? policy, entries, row.who ?? alice, row.op)).toBe(row.allowed);
  });

  it('super users compare principal type and name', () => {
    const groupAdmin = { principal: { principalType: 'Group', name: 'admin' }, host: '1.1.1.1' };
    expect(authorizeAction(policy, [], groupAdmin, Op.READ)).toBe(false);
  });
});

describe('authorizeByResourceType (KIP-679)', () => {
  const byType = (acls: AclBinding[], op: Op = Op.WRITE): boolean => authorizeByResourceType(acls, alice, op, T, false);
  it.each([
    { rule: 'no ACL of the type', acls: [], allowed: false },
    { rule: 'a literal allow on some topic', acls: [acl('a', lit, 'User:alice', Op.WRITE, Perm.ALLOW)], allowed: true },
    { rule: 'a prefixed allow', acls: [acl('a', pre, 'User:alice', Op.WRITE, Perm.ALLOW)], allowed: true },
    { rule: 'ALL counts', acls: [acl('a', lit, 'User:alice', Op.ALL, Perm.ALLOW)], allowed: true },
    { rule: 'implied operations do not count', acls: [acl('a', lit, 'User:alice', Op.READ, Perm.ALLOW)], allowed: false },
    { rule: 'a literal allow denied on the same name', acls: [acl('a', lit, 'User:alice', Op.WRITE, Perm.ALLOW), acl('a', lit, 'User:alice', Op.WRITE, Perm.DENY)], allowed: false },
    { rule: 'a literal allow dominated by a prefixed deny', acls: [acl('abc', lit, 'User:alice', Op.WRITE, Perm.ALLOW), acl('ab', pre, 'User:alice', Op.WRITE, Perm.DENY)], allowed: false },
    { rule: 'a prefixed allow dominated by a shorter prefixed deny', acls: [acl('abc', pre, 'User:alice', Op.WRITE, Perm.ALLOW), acl('a', pre, 'User:alice', Op.WRITE, Perm.DENY)], allowed: false },
    { rule: 'a prefixed deny longer than the allowed prefix does not dominate', acls: [acl('a', pre, 'User:alice', Op.WRITE, Perm.ALLOW), acl('abc', pre, 'User:alice', Op.WRITE, Perm.DENY)], allowed: true },
    { rule: 'a literal wildcard deny denies all', acls: [acl('a', lit, 'User:alice', Op.WRITE, Perm.ALLOW), acl('*', lit, 'User:alice', Op.WRITE, Perm.DENY)], allowed: false },
    { rule: 'a literal wildcard allow', acls: [acl('*', lit, 'User:*', Op.WRITE, Perm.ALLOW)], allowed: true },
    { rule: 'another principal\'s allow', acls: [acl('a', lit, 'User:bob', Op.WRITE, Perm.ALLOW)], allowed: false },
    { rule: 'another host\'s allow', acls: [acl('a', lit, 'User:alice', Op.WRITE, Perm.ALLOW, '9.9.9.9')], allowed: false },
    { rule: 'a group allow does not count for topics', acls: [acl('a', lit, 'User:alice', Op.WRITE, Perm.ALLOW, '*', G)], allowed: false },
  ])('$rule', ({ acls, allowed }) => expect(byType(acls)).toBe(allowed));

  it('allowed when the action is allowed on an arbitrary name (super user, allow-everyone)', () => {
    expect(authorizeByResourceType([], alice, Op.WRITE, T, true)).toBe(true);
  });
});

describe('ACL binding filters (DescribeAcls, DeleteAcls)', () => {
  const any: AclBindingFilter = {
    pattern: { resourceType: ResourceType.ANY, name: null, patternType: PatternType.ANY },
    entry: { principal: null, host: null, operation: Op.ANY, permissionType: Perm.ANY },
  };
  const prefixedT = acl('top', pre, 'User:alice', Op.READ, Perm.ALLOW);
  const literalT = acl('topic', lit, 'User:alice', Op.READ, Perm.ALLOW);
  const wildT = acl('*', lit, 'User:bob', Op.WRITE, Perm.DENY);
  it.each([
    { rule: 'ANY matches everything', filter: any, matches: [true, true, true] },
    { rule: 'LITERAL name matches that literal only', filter: { ...any, pattern: { resourceType: T, name: 'topic', patternType: lit } }, matches: [false, true, false] },
    { rule: 'ANY pattern type with a name matches that exact name of any type', filter: { ...any, pattern: { resourceType: T, name: 'top', patternType: PatternType.ANY } }, matches: [true, false, false] },
    { rule: 'MATCH selects every pattern applying to the name', filter: { ...any, pattern: { resourceType: T, name: 'topic', patternType: PatternType.MATCH } }, matches: [true, true, true] },
    { rule: 'PREFIXED pattern type only', filter: { ...any, pattern: { resourceType: ResourceType.ANY, name: null, patternType: pre } }, matches: [true, false, false] },
    { rule: 'principal filter', filter: { ...any, entry: { ...any.entry, principal: 'User:bob' } }, matches: [false, false, true] },
    { rule: 'operation filter', filter: { ...any, entry: { ...any.entry, operation: Op.READ } }, matches: [true, true, false] },
    { rule: 'permission filter', filter: { ...any, entry: { ...any.entry, permissionType: Perm.DENY } }, matches: [false, false, true] },
    { rule: 'resource type filter', filter: { ...any, pattern: { ...any.pattern, resourceType: G } }, matches: [false, false, false] },
  ])('$rule', ({ filter, matches }) => {
    expect([prefixedT, literalT, wildT].map((b) => bindingFilterMatches(filter, b))).toEqual(matches);
  });
});
