/**
 * What a binding to create must satisfy (Kafka's CreateAclsRequest validation, KafkaApis'
 * handleCreateAcls and AuthorizerUtils.validateAclBinding): concrete values only (no UNKNOWN, ANY
 * or MATCH), a non-empty name that can be a znode name, `kafka-cluster` as the only cluster
 * name, and a `Type:name` principal. A binding that fails is answered INVALID_REQUEST with the reason and never stored.
 */
import {
  AclOperation, AclPermissionType, PatternType, ResourceType, clusterResourceName, type AclBinding, type AclBindingFilter,
} from '../acl';

const concreteResourceTypes: readonly number[] = [ResourceType.TOPIC, ResourceType.GROUP, ResourceType.CLUSTER, ResourceType.TRANSACTIONAL_ID, ResourceType.DELEGATION_TOKEN];
const concretePatternTypes: readonly number[] = [PatternType.LITERAL, PatternType.PREFIXED];
const concretePermissions: readonly number[] = [AclPermissionType.ALLOW, AclPermissionType.DENY];

/** The reason `binding` cannot be created, or undefined. */
export function aclBindingProblem(binding: AclBinding): string | undefined {
  const { pattern, entry } = binding;
  if (!concreteResourceTypes.includes(pattern.resourceType)) return `Invalid resourceType ${pattern.resourceType}`;
  if (!concretePatternTypes.includes(pattern.patternType)) return `Invalid patternType ${pattern.patternType}`;
  if (entry.operation === AclOperation.UNKNOWN || entry.operation === AclOperation.ANY || entry.operation > AclOperation.IDEMPOTENT_WRITE || entry.operation < 0) {
    return `Invalid operation ${entry.operation}`;
  }
  if (!concretePermissions.includes(entry.permissionType)) return `Invalid permissionType ${entry.permissionType}`;
  if (pattern.name === '') return 'Resource name should not be empty';
  // The name is a znode name under /kafka-acl/<Type>/: a '/' would nest znodes (stored under
  // another name and never read back) and ZooKeeper refuses '.' and '..'.
  if (pattern.name.includes('/') || pattern.name === '.' || pattern.name === '..') {
    return `Resource name '${pattern.name}' cannot be stored in ZooKeeper (no '/', not '.' or '..')`;
  }
  if (pattern.resourceType === ResourceType.CLUSTER && pattern.name !== clusterResourceName) {
    return `The only valid name for the CLUSTER resource is ${clusterResourceName}`;
  }
  if (entry.host === '') return 'Invalid empty host';
  const colon = entry.principal.indexOf(':');
  if (colon <= 0 || colon === entry.principal.length - 1) {
    return `Could not parse principal from \`${entry.principal}\` (no colon is present separating the principal type from the principal name)`;
  }
  return undefined;
}

/** The reason a DescribeAcls/DeleteAcls filter is refused (Kafka: a filter with UNKNOWN elements), or undefined. */
export function aclFilterProblem(filter: AclBindingFilter): string | undefined {
  const inRange = (code: number, max: number): boolean => Number.isInteger(code) && code > 0 && code <= max;
  if (!inRange(filter.pattern.resourceType, ResourceType.DELEGATION_TOKEN)) return `Invalid resource type filter ${filter.pattern.resourceType}`;
  if (!inRange(filter.pattern.patternType, PatternType.PREFIXED)) return `Invalid pattern type filter ${filter.pattern.patternType}`;
  if (!inRange(filter.entry.operation, AclOperation.IDEMPOTENT_WRITE)) return `Invalid operation filter ${filter.entry.operation}`;
  if (!inRange(filter.entry.permissionType, AclPermissionType.ALLOW)) return `Invalid permission type filter ${filter.entry.permissionType}`;
  return undefined;
}
