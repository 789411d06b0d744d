/**
 * DescribeAcls (29), CreateAcls (30) and DeleteAcls (31) as the domain sees them (KIP-140, with
 * KIP-290's pattern types). Codes are Kafka's (broker/security/acl.ts). Responses have the
 * protobuf messages' shape (proto/acls.proto).
 */

/**
 * A filter's name, principal and host: Kafka's null (match anything) is `any: true`, kept apart
 * from the empty string, which matches only an empty value (so nothing that can be stored).
 */
export interface AclTextFilter {
  any: boolean;
  value: string;
}

export const matchAnyText: AclTextFilter = Object.freeze({ any: true, value: '' });

export function textFilter(value: string | null | undefined): AclTextFilter {
  return value === null || value === undefined ? matchAnyText : { any: false, value };
}

export function textFilterValue(f: AclTextFilter): string | null {
  return f.any ? null : f.value;
}

export interface AclFilterFields {
  resourceTypeFilter: number;
  resourceNameFilter: AclTextFilter;
  patternTypeFilter: number;
  principalFilter: AclTextFilter;
  hostFilter: AclTextFilter;
  operation: number;
  permissionType: number;
}

export type DescribeAclsRequest = AclFilterFields;

export interface AclDescription {
  principal: string;
  host: string;
  operation: number;
  permissionType: number;
}

export interface DescribeAclsResource {
  resourceType: number;
  resourceName: string;
  patternType: number;
  acls: AclDescription[];
}

export interface DescribeAclsResponse {
  errorCode: number;
  errorMessage: string;
  resources: DescribeAclsResource[];
}

export interface AclCreation {
  resourceType: number;
  resourceName: string;
  resourcePatternType: number;
  principal: string;
  host: string;
  operation: number;
  permissionType: number;
}

export interface CreateAclsRequest {
  creations: AclCreation[];
}

export interface AclCreationResult {
  errorCode: number;
  errorMessage: string;
}

export interface CreateAclsResponse {
  results: AclCreationResult[];
}

export interface DeleteAclsRequest {
  filters: AclFilterFields[];
}

export interface DeleteAclsMatchingAcl {
  errorCode: number;
  errorMessage: string;
  resourceType: number;
  resourceName: string;
  patternType: number;
  principal: string;
  host: string;
  operation: number;
  permissionType: number;
}

export interface DeleteAclsFilterResult {
  errorCode: number;
  errorMessage: string;
  matchingAcls: DeleteAclsMatchingAcl[];
}

export interface DeleteAclsResponse {
  filterResults: DeleteAclsFilterResult[];
}
