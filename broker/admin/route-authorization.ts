/**
 * ACL checks on admin routes, through the broker's Authorizer with the request's session, as
 * Kafka's APIs check them: cluster resources need Describe on the Cluster, a topic needs Describe
 * on it (topic lists leave out the topics the principal may not Describe, as Metadata does), and a
 * mutating route the operation it performs. Refusals answer 403 and change nothing.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AclOperation, ResourceType, clusterResourceName, operationNames, resourceTypeNames } from '../security/acl';
import { allowAllAuthorizer, type Authorizer } from '../security/authorizer';
import { formatPrincipal } from '../security/principal';
import { sessionOf } from './admin-authentication';

export class RouteAuthorizer {
  constructor(private readonly authorizer: Authorizer = allowAllAuthorizer) {}

  allowed(request: FastifyRequest, operation: AclOperation, resourceType: ResourceType, name: string): boolean {
    return this.authorizer.authorize(sessionOf(request), operation, resourceType, name);
  }

  /** True when allowed; otherwise answers 403 and returns false. */
  check(request: FastifyRequest, reply: FastifyReply, operation: AclOperation, resourceType: ResourceType, name: string): boolean {
    if (this.allowed(request, operation, resourceType, name)) return true;
    const who = formatPrincipal(sessionOf(request).principal);
    void reply.code(403).send({ error_code: 403, message: `${who} may not ${operationNames[operation]} ${resourceTypeNames[resourceType]} ${name}` });
    return false;
  }

  checkClusterDescribe(request: FastifyRequest, reply: FastifyReply): boolean {
    return this.check(request, reply, AclOperation.DESCRIBE, ResourceType.CLUSTER, clusterResourceName);
  }

  checkTopicDescribe(request: FastifyRequest, reply: FastifyReply, topic: string): boolean {
    return this.check(request, reply, AclOperation.DESCRIBE, ResourceType.TOPIC, topic);
  }

  mayDescribeTopic(request: FastifyRequest, topic: string): boolean {
    return this.allowed(request, AclOperation.DESCRIBE, ResourceType.TOPIC, topic);
  }
}
