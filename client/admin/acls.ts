/**
 * Kafka AdminClient's ACL calls in KafkaJS's shape: `createAcls({ acl })`, `describeAcls(filter)`,
 * `deleteAcls({ filters })`, with KafkaJS's enums (Kafka's wire codes). Any broker answers (ACLs
 * live in ZooKeeper). A request-level or per-binding error is thrown as a protocol error, as
 * KafkaJS throws the first one.
 */
import { ApiKey } from '../../proto/api';
import { ErrorCode } from '../../proto/errors';
import { type samsa } from '../../proto/generated/samsa';
import { type Cluster } from '../cluster/cluster';
import { protocolError } from '../errors';

export const AclResourceTypes = { UNKNOWN: 0, ANY: 1, TOPIC: 2, GROUP: 3, CLUSTER: 4, TRANSACTIONAL_ID: 5, DELEGATION_TOKEN: 6 } as const;
export const ResourcePatternTypes = { UNKNOWN: 0, ANY: 1, MATCH: 2, LITERAL: 3, PREFIXED: 4 } as const;
export const AclOperationTypes = {
  UNKNOWN: 0, ANY: 1, ALL: 2, READ: 3, WRITE: 4, CREATE: 5, DELETE: 6, ALTER: 7, DESCRIBE: 8, CLUSTER_ACTION: 9,
  DESCRIBE_CONFIGS: 10, ALTER_CONFIGS: 11, IDEMPOTENT_WRITE: 12,
} as const;
export const AclPermissionTypes = { UNKNOWN: 0, ANY: 1, DENY: 2, ALLOW: 3 } as const;

export interface AclEntry {
  resourceType: number;
  resourceName: string;
  resourcePatternType: number;
  principal: string;
  host: string;
  operation: number;
  permissionType: number;
}

/** Omitted strings match anything; codes default to ANY (pattern type LITERAL, as KafkaJS's). */
export interface AclFilter {
  resourceType?: number;
  resourceName?: string | null;
  resourcePatternType?: number;
  principal?: string | null;
  host?: string | null;
  operation?: number;
  permissionType?: number;
}

export interface DescribeAclResource {
  resourceType: number;
  resourceName: string;
  resourcePatternType: number;
  acls: Array<{ principal: string; host: string; operation: number; permissionType: number }>;
}

export interface DeleteAclMatchingAcls extends AclEntry {
  errorCode: number;
  errorMessage: string | null;
}

export interface DeleteAclFilterResponse {
  errorCode: number;
  errorMessage: string | null;
  matchingAcls: DeleteAclMatchingAcls[];
}

function wireFilter(f: AclFilter): samsa.v1.IDescribeAclsRequest {
  return {
    resourceTypeFilter: f.resourceType ?? AclResourceTypes.ANY,
    resourceNameFilter: f.resourceName ?? null,
    patternTypeFilter: f.resourcePatternType ?? ResourcePatternTypes.LITERAL,
    principalFilter: f.principal ?? null,
    hostFilter: f.host ?? null,
    operation: f.operation ?? AclOperationTypes.ANY,
    permissionType: f.permissionType ?? AclPermissionTypes.ANY,
  };
}

export async function createAcls(cluster: Cluster, acl: AclEntry[]): Promise<boolean> {
  const response = await cluster.sendToAny<samsa.v1.ICreateAclsResponse>(ApiKey.CreateAcls, {
    creations: acl.map((a) => ({ ...a })),
  });
  const failed = (response.results ?? []).find((r) => (r.errorCode ?? 0) !== ErrorCode.NONE);
  if (failed) throw protocolError(failed.errorCode ?? ErrorCode.UNKNOWN_SERVER_ERROR, failed.errorMessage ?? undefined);
  return true;
}

export async function describeAcls(cluster: Cluster, filter: AclFilter): Promise<{ errorCode: number; errorMessage: string | null; resources: DescribeAclResource[] }> {
  const response = await cluster.sendToAny<samsa.v1.IDescribeAclsResponse>(ApiKey.DescribeAcls, wireFilter(filter));
  if ((response.errorCode ?? 0) !== ErrorCode.NONE) throw protocolError(response.errorCode!, response.errorMessage ?? undefined);
  return {
    errorCode: 0,
    errorMessage: null,
    resources: (response.resources ?? []).map((r) => ({
      resourceType: r.resourceType ?? 0, resourceName: r.resourceName ?? '', resourcePatternType: r.patternType ?? 0,
      acls: (r.acls ?? []).map((a) => ({ principal: a.principal ?? '', host: a.host ?? '', operation: a.operation ?? 0, permissionType: a.permissionType ?? 0 })),
    })),
  };
}

export async function deleteAcls(cluster: Cluster, filters: AclFilter[]): Promise<{ filterResponses: DeleteAclFilterResponse[] }> {
  const response = await cluster.sendToAny<samsa.v1.IDeleteAclsResponse>(ApiKey.DeleteAcls, { filters: filters.map(wireFilter) });
  const filterResponses = (response.filterResults ?? []).map((f) => ({
    errorCode: f.errorCode ?? 0,
    errorMessage: f.errorMessage ? f.errorMessage : null,
    matchingAcls: (f.matchingAcls ?? []).map((m) => ({
      errorCode: m.errorCode ?? 0, errorMessage: m.errorMessage ? m.errorMessage : null,
      resourceType: m.resourceType ?? 0, resourceName: m.resourceName ?? '', resourcePatternType: m.patternType ?? 0,
      principal: m.principal ?? '', host: m.host ?? '', operation: m.operation ?? 0, permissionType: m.permissionType ?? 0,
    })),
  }));
  const failed = filterResponses.find((f) => f.errorCode !== ErrorCode.NONE);
  if (failed) throw protocolError(failed.errorCode, failed.errorMessage ?? undefined);
  return { filterResponses };
}
