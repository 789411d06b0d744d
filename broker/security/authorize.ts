/**
 * The questions handlers ask the Authorizer about one request (Kafka's kafka.server.AuthHelper):
 * may this session perform an operation on a resource, on the cluster, on any resource of a
 * type; which of these names may it use; which cluster operations may it perform (the
 * `authorized_operations` bit sets of KIP-430). Each distinct name is asked once per request, as
 * Kafka's filterByAuthorized caches its answers, so that a request naming one topic a thousand
 * times costs one decision.
 *
 * Where each handler asks, and which error it answers, follows KafkaApis (2.8): a refusal is
 * answered with Kafka's code in the response's own error fields and changes nothing.
 */
import { AclOperation, ResourceType, clusterResourceName } from './acl';
import type { Authorizer } from './authorizer';
import type { Session } from './session';

/** Kafka's AclEntry.supportedOperations for the cluster resource (what DescribeCluster reports). */
export const clusterOperations: readonly AclOperation[] = Object.freeze([
  AclOperation.CREATE, AclOperation.CLUSTER_ACTION, AclOperation.DESCRIBE_CONFIGS, AclOperation.ALTER_CONFIGS,
  AclOperation.IDEMPOTENT_WRITE, AclOperation.ALTER, AclOperation.DESCRIBE,
]);

/** Kafka's Utils.to32BitField: bit n set for operation code n. */
export function operationBits(operations: Iterable<AclOperation>): number {
  let bits = 0;
  for (const op of operations) bits |= 1 << op;
  return bits;
}

export class RequestAuthorization {
  constructor(private readonly authorizer: Authorizer, readonly session: Session) {}

  allows(operation: AclOperation, resourceType: ResourceType, name: string): boolean {
    return this.authorizer.authorize(this.session, operation, resourceType, name);
  }

  allowsCluster(operation: AclOperation): boolean {
    return this.allows(operation, ResourceType.CLUSTER, clusterResourceName);
  }

  /** Whether some resource of the type allows the operation (Kafka's authorizeByResourceType). */
  allowsAny(operation: AclOperation, resourceType: ResourceType): boolean {
    return this.authorizer.authorizeAny(this.session, operation, resourceType);
  }

  /** The names among `names` that allow `operation` (Kafka's filterByAuthorized). */
  authorizedNames(operation: AclOperation, resourceType: ResourceType, names: Iterable<string>): Set<string> {
    const allowed = new Set<string>();
    const asked = new Set<string>();
    for (const name of names) {
      if (asked.has(name)) continue;
      asked.add(name);
      if (this.allows(operation, resourceType, name)) allowed.add(name);
    }
    return allowed;
  }

  /** The cluster operations this session may perform, as Kafka's bit set (AuthHelper.authorizedOperations). */
  clusterOperationBits(): number {
    return operationBits(clusterOperations.filter((op) => this.allowsCluster(op)));
  }
}

export function requestAuthorization(services: { authorizer: Authorizer }, ctx: { session: Session }): RequestAuthorization {
  return new RequestAuthorization(services.authorizer, ctx.session);
}
