/**
 * Kafka's ACL model (org.apache.kafka.common.acl and .resource), with Kafka's wire codes: a
 * binding is a resource pattern (type, name, LITERAL or PREFIXED) plus an entry (principal,
 * host, operation, ALLOW or DENY). Filters (DescribeAcls, DeleteAcls) use the ANY and MATCH
 * values. The codes are the ones CreateAcls/DescribeAcls/DeleteAcls carry on the wire; the names
 * are the ones stored in ZooKeeper ("Topic", "Read", "Allow", ...).
 */

export const ResourceType = {
  UNKNOWN: 0, ANY: 1, TOPIC: 2, GROUP: 3, CLUSTER: 4, TRANSACTIONAL_ID: 5, DELEGATION_TOKEN: 6,
} as const;
export type ResourceType = (typeof ResourceType)[keyof typeof ResourceType];

export const PatternType = { UNKNOWN: 0, ANY: 1, MATCH: 2, LITERAL: 3, PREFIXED: 4 } as const;
export type PatternType = (typeof PatternType)[keyof typeof PatternType];

export const AclOperation = {
  UNKNOWN: 0, ANY: 1, ALL: 2, READ: 3, WRITE: 4, CREATE: 5, DELETE: 6, ALTER: 7, DESCRIBE: 8,
  CLUSTER_ACTION: 9, DESCRIBE_CONFIGS: 10, ALTER_CONFIGS: 11, IDEMPOTENT_WRITE: 12,
} as const;
export type AclOperation = (typeof AclOperation)[keyof typeof AclOperation];

export const AclPermissionType = { UNKNOWN: 0, ANY: 1, DENY: 2, ALLOW: 3 } as const;
export type AclPermissionType = (typeof AclPermissionType)[keyof typeof AclPermissionType];

/** The one cluster resource's name (Kafka's Resource.ClusterResourceName). */
export const clusterResourceName = 'kafka-cluster';
/** A literal name matching every resource of its type. */
export const wildcardResourceName = '*';
/** A principal or host matching every principal or host. */
export const wildcardPrincipal = 'User:*';
export const wildcardHost = '*';

export interface ResourcePattern {
  resourceType: ResourceType;
  name: string;
  patternType: PatternType;
}

export interface AccessControlEntry {
  /** `User:alice` or `User:*`. */
  principal: string;
  /** An IP address or `*`. */
  host: string;
  operation: AclOperation;
  permissionType: AclPermissionType;
}

export interface AclBinding {
  pattern: ResourcePattern;
  entry: AccessControlEntry;
}

/** DescribeAcls/DeleteAcls: null fields match anything; ANY codes match any value; MATCH pattern type matches what would apply to the name. */
export interface AclBindingFilter {
  pattern: { resourceType: ResourceType; name: string | null; patternType: PatternType };
  entry: { principal: string | null; host: string | null; operation: AclOperation; permissionType: AclPermissionType };
}

/** Names as ZooKeeper stores them and kafka-acls.sh prints them: 'Topic', 'TransactionalId', ... */
export const resourceTypeNames: Readonly<Record<number, string>> = {
  [ResourceType.TOPIC]: 'Topic', [ResourceType.GROUP]: 'Group', [ResourceType.CLUSTER]: 'Cluster',
  [ResourceType.TRANSACTIONAL_ID]: 'TransactionalId', [ResourceType.DELEGATION_TOKEN]: 'DelegationToken',
};

/** 'Read', 'IdempotentWrite', ... */
export const operationNames: Readonly<Record<number, string>> = {
  [AclOperation.ALL]: 'All', [AclOperation.READ]: 'Read', [AclOperation.WRITE]: 'Write', [AclOperation.CREATE]: 'Create',
  [AclOperation.DELETE]: 'Delete', [AclOperation.ALTER]: 'Alter', [AclOperation.DESCRIBE]: 'Describe',
  [AclOperation.CLUSTER_ACTION]: 'ClusterAction', [AclOperation.DESCRIBE_CONFIGS]: 'DescribeConfigs',
  [AclOperation.ALTER_CONFIGS]: 'AlterConfigs', [AclOperation.IDEMPOTENT_WRITE]: 'IdempotentWrite',
};

export const permissionTypeNames: Readonly<Record<number, string>> = {
  [AclPermissionType.ALLOW]: 'Allow', [AclPermissionType.DENY]: 'Deny',
};

export const patternTypeNames: Readonly<Record<number, string>> = {
  [PatternType.LITERAL]: 'LITERAL', [PatternType.PREFIXED]: 'PREFIXED',
};
