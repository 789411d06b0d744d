/**
 * Test-only Authorizer: a table of allowed (principal, operation, resource type, name) tuples and
 * nothing else (no implied operations, no wildcards, no deny), so that a handler test says
 * exactly which decisions a request needs. Every question asked is recorded.
 */
import { AclOperation, ResourceType, clusterResourceName, operationNames, resourceTypeNames } from '../../broker/security/acl';
import type { Authorizer } from '../../broker/security/authorizer';
import { formatPrincipal } from '../../broker/security/principal';
import { anonymousSession, type Session } from '../../broker/security/session';

export interface AllowedAction {
  /** `User:alice`. */
  principal: string;
  operation: AclOperation;
  resourceType: ResourceType;
  /** The resource's name; omitted for the cluster. */
  name?: string;
}

function key(principal: string, operation: number, resourceType: number, name: string): string {
  return `${principal}\0${operation}\0${resourceType}\0${name}`;
}

export class TableAuthorizer implements Authorizer {
  readonly enabled = true;
  readonly asked: string[] = [];
  private readonly allowed = new Set<string>();

  constructor(allowed: readonly AllowedAction[] = []) {
    for (const a of allowed) this.allow(a);
  }

  allow(a: AllowedAction): this {
    this.allowed.add(key(a.principal, a.operation, a.resourceType, a.name ?? clusterResourceName));
    return this;
  }

  authorize(session: Session, operation: AclOperation, resourceType: ResourceType, resourceName: string): boolean {
    const principal = formatPrincipal(session.principal);
    this.asked.push(`${principal} ${operationNames[operation]} ${resourceTypeNames[resourceType]}:${resourceName}`);
    return this.allowed.has(key(principal, operation, resourceType, resourceName));
  }

  authorizeAny(session: Session, operation: AclOperation, resourceType: ResourceType): boolean {
    const prefix = `${formatPrincipal(session.principal)}\0${operation}\0${resourceType}\0`;
    this.asked.push(`${formatPrincipal(session.principal)} ${operationNames[operation]} any ${resourceTypeNames[resourceType]}`);
    return [...this.allowed].some((k) => k.startsWith(prefix));
  }

  acls(): never[] {
    return [];
  }

  async createAcls(): Promise<never[]> {
    throw new Error('TableAuthorizer does not manage ACLs');
  }

  async deleteAcls(): Promise<never[]> {
    throw new Error('TableAuthorizer does not manage ACLs');
  }

  async close(): Promise<void> {
    return undefined;
  }
}

/** `User:<user>` may perform `operation` on the resource (the cluster when `name` is omitted). */
export function allow(user: string, operation: AclOperation, resourceType: ResourceType, name?: string): AllowedAction {
  return { principal: `User:${user}`, operation, resourceType, ...(name === undefined ? {} : { name }) };
}

/** A session of `User:<name>` from 127.0.0.1 (ANONYMOUS for the unauthenticated one). */
export function userSession(name: string, listenerName = 'EXTERNAL'): Session {
  const anonymous = anonymousSession('127.0.0.1', listenerName);
  return name === 'ANONYMOUS' ? anonymous : { ...anonymous, principal: { principalType: 'User', name } };
}

export { AclOperation, ResourceType };
