/**
 * The broker's Authorizer (Kafka's org.apache.kafka.server.authorizer.Authorizer, ZooKeeper-mode
 * AclAuthorizer semantics). `authorizer.class.name` empty means no authorizer: every request is
 * allowed and the ACL APIs answer SECURITY_DISABLED, as in Kafka.
 *
 * Handlers ask one question per resource: may `session` perform `operation` on this resource?
 * The implied operations (Describe by Read/Write/Delete/Alter, DescribeConfigs by AlterConfigs,
 * everything by All), super users, deny-wins and `allow.everyone.if.no.acl.found` are the
 * authorizer's business, not the handler's.
 */
import type { AclBinding, AclBindingFilter, AclOperation, ResourceType } from './acl';
import type { Session } from './session';

export interface Authorizer {
  /** False for "no authorizer": every action is allowed and ACLs cannot be managed. */
  readonly enabled: boolean;
  authorize(session: Session, operation: AclOperation, resourceType: ResourceType, resourceName: string): boolean;
  /**
   * Whether `session` may perform `operation` on at least one resource of `resourceType`
   * (Kafka's authorizeByResourceType, used for IdempotentWrite/Write fallbacks and ListTransactions).
   */
  authorizeAny(session: Session, operation: AclOperation, resourceType: ResourceType): boolean;
  /** The bindings matching `filter` (DescribeAcls). */
  acls(filter: AclBindingFilter): AclBinding[];
  /** Stores the bindings (CreateAcls); resolves with one error per binding (undefined when created). */
  createAcls(bindings: AclBinding[]): Promise<Array<{ errorCode: number; message?: string }>>;
  /** Deletes the bindings each filter matches (DeleteAcls); one result per filter. */
  deleteAcls(filters: AclBindingFilter[]): Promise<Array<{ errorCode: number; message?: string; deleted: AclBinding[] }>>;
  /** Stops watching ZooKeeper. */
  close(): Promise<void>;
}

/** No authorizer configured: everything is allowed; ACL management is refused by the handlers. */
export const allowAllAuthorizer: Authorizer = Object.freeze({
  enabled: false,
  authorize: () => true,
  authorizeAny: () => true,
  acls: () => [],
  createAcls: async (bindings: AclBinding[]) => bindings.map(() => ({ errorCode: 0 })),
  deleteAcls: async (filters: AclBindingFilter[]) => filters.map(() => ({ errorCode: 0, deleted: [] })),
  close: async () => undefined,
});
