/**
 * DescribeAcls (29), CreateAcls (30) and DeleteAcls (31), as Kafka 2.x's KafkaApis serves them:
 * the caller needs Describe (DescribeAcls) or Alter (CreateAcls, DeleteAcls) on the cluster, else
 * CLUSTER_AUTHORIZATION_FAILED; a broker without an authorizer answers SECURITY_DISABLED; a
 * filter with UNKNOWN elements and a binding that cannot be created are INVALID_REQUEST. Which
 * ACLs exist is the authorizer's (ZooKeeper) business.
 */
import { ErrorCode } from '../../../proto/errors';
import { textFilterValue } from '../../api/acls';
import type * as A from '../../api/acls';
import {
  AclOperation, ResourceType, clusterResourceName,
  type AclBinding, type AclBindingFilter, type AclOperation as Operation, type AclPermissionType, type PatternType,
} from '../../security/acl';
import { aclFilterProblem } from '../../security/authorizer/acl-validation';
import type { RequestContext, RequestHandler } from '../request';
import type { BrokerServices } from './index';

const securityDisabledMessage = 'No Authorizer is configured on the broker';

/** The request-wide refusal, if any: cluster authorization first, then "no authorizer" (Kafka's order). */
function refusal(services: BrokerServices, ctx: RequestContext, operation: Operation): { errorCode: number; errorMessage: string } | undefined {
  if (!services.authorizer.authorize(ctx.session, operation, ResourceType.CLUSTER, clusterResourceName)) {
    return { errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED, errorMessage: 'Cluster authorization failed.' };
  }
  if (!services.authorizer.enabled) return { errorCode: ErrorCode.SECURITY_DISABLED, errorMessage: securityDisabledMessage };
  return undefined;
}

export function aclBindingFilterOf(f: A.AclFilterFields): AclBindingFilter {
  return {
    pattern: { resourceType: f.resourceTypeFilter as ResourceType, name: textFilterValue(f.resourceNameFilter), patternType: f.patternTypeFilter as PatternType },
    entry: { principal: textFilterValue(f.principalFilter), host: textFilterValue(f.hostFilter), operation: f.operation as Operation, permissionType: f.permissionType as AclPermissionType },
  };
}

function aclBindingOf(c: A.AclCreation): AclBinding {
  return {
    pattern: { resourceType: c.resourceType as ResourceType, name: c.resourceName, patternType: c.resourcePatternType as PatternType },
    entry: { principal: c.principal, host: c.host, operation: c.operation as Operation, permissionType: c.permissionType as AclPermissionType },
  };
}

/** Kafka's DescribeAclsResponse.aclsResources: bindings grouped by resource pattern. */
export function describeAclsResources(bindings: readonly AclBinding[]): A.DescribeAclsResource[] {
  const byPattern = new Map<string, A.DescribeAclsResource>();
  for (const { pattern, entry } of bindings) {
    const key = `${pattern.resourceType}\u0000${pattern.patternType}\u0000${pattern.name}`;
    let resource = byPattern.get(key);
    if (resource === undefined) {
      resource = { resourceType: pattern.resourceType, resourceName: pattern.name, patternType: pattern.patternType, acls: [] };
      byPattern.set(key, resource);
    }
    resource.acls.push({ principal: entry.principal, host: entry.host, operation: entry.operation, permissionType: entry.permissionType });
  }
  return [...byPattern.values()];
}

export function describeAclsHandler(services: BrokerServices): RequestHandler<A.DescribeAclsRequest, A.DescribeAclsResponse> {
  return async (ctx, body) => {
    const refused = refusal(services, ctx, AclOperation.DESCRIBE);
    if (refused !== undefined) return { ...refused, resources: [] };
    const filter = aclBindingFilterOf(body);
    const problem = aclFilterProblem(filter);
    if (problem !== undefined) return { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: problem, resources: [] };
    return { errorCode: ErrorCode.NONE, errorMessage: '', resources: describeAclsResources(services.authorizer.acls(filter)) };
  };
}

export function createAclsHandler(services: BrokerServices): RequestHandler<A.CreateAclsRequest, A.CreateAclsResponse> {
  return async (ctx, body) => {
    const refused = refusal(services, ctx, AclOperation.ALTER);
    if (refused !== undefined) return { results: body.creations.map(() => refused) };
    const results = await services.authorizer.createAcls(body.creations.map(aclBindingOf));
    return { results: results.map((r) => ({ errorCode: r.errorCode, errorMessage: r.message ?? '' })) };
  };
}

export function deleteAclsHandler(services: BrokerServices): RequestHandler<A.DeleteAclsRequest, A.DeleteAclsResponse> {
  return async (ctx, body) => {
    const refused = refusal(services, ctx, AclOperation.ALTER);
    if (refused !== undefined) return { filterResults: body.filters.map(() => ({ ...refused, matchingAcls: [] })) };
    const filters = body.filters.map(aclBindingFilterOf);
    const problems = filters.map(aclFilterProblem);
    const valid = filters.filter((_, i) => problems[i] === undefined);
    const deleted = valid.length === 0 ? [] : await services.authorizer.deleteAcls(valid);
    let next = 0;
    return {
      filterResults: problems.map((problem) => {
        if (problem !== undefined) return { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: problem, matchingAcls: [] };
        const r = deleted[next++]!;
        return {
          errorCode: r.errorCode, errorMessage: r.message ?? '',
          matchingAcls: r.deleted.map(({ pattern, entry }) => ({
            errorCode: ErrorCode.NONE, errorMessage: '', resourceType: pattern.resourceType, resourceName: pattern.name,
            patternType: pattern.patternType, principal: entry.principal, host: entry.host, operation: entry.operation, permissionType: entry.permissionType,
          })),
        };
      }),
    };
  };
}
