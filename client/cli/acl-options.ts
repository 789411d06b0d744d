/**
 * `samsa acls` options as kafka-acls.sh (Kafka 2.x AclCommand) reads them: the resources
 * (--topic, --group, --transactional-id repeatable, --cluster), --resource-pattern-type, the
 * entries (--allow-principal/--deny-principal with --allow-host/--deny-host, default `*`, and
 * --operation, default All), and the --producer/--consumer conveniences (with --idempotent).
 */
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes } from '../admin/acls';
import { CliUsageError, type ParsedArgs, stringArg } from './args';

export interface PatternFilter { resourceType: number; name: string | null; patternType: number }
export interface Entry { principal: string; host: string; operation: number; permissionType: number }

export type AclsOptions =
  | { action: 'list'; filters: PatternFilter[]; principals: string[] }
  | { action: 'add'; bindings: Array<{ pattern: PatternFilter; entries: Entry[] }>; filters: PatternFilter[] }
  | { action: 'remove'; bindings: Array<{ pattern: PatternFilter; entries: Entry[] }>; filters: PatternFilter[]; force: boolean };

const clusterName = 'kafka-cluster';
const O = AclOperationTypes;
const T = AclResourceTypes;

/** Kafka's AclCommand ResourceTypeToValidOperations. */
const validOperations: Record<number, readonly number[]> = {
  [T.TOPIC]: [O.READ, O.WRITE, O.CREATE, O.DESCRIBE, O.DELETE, O.ALTER, O.DESCRIBE_CONFIGS, O.ALTER_CONFIGS, O.ALL],
  [T.GROUP]: [O.READ, O.DESCRIBE, O.DELETE, O.ALL],
  [T.CLUSTER]: [O.CREATE, O.CLUSTER_ACTION, O.DESCRIBE_CONFIGS, O.ALTER_CONFIGS, O.IDEMPOTENT_WRITE, O.ALTER, O.DESCRIBE, O.ALL],
  [T.TRANSACTIONAL_ID]: [O.DESCRIBE, O.WRITE, O.ALL],
};

/** "Read", "READ", "IdempotentWrite", "IDEMPOTENT_WRITE", "idempotent-write". */
export function parseOperation(text: string): number {
  const folded = text.trim().replace(/[-_]/g, '').toUpperCase();
  for (const [name, code] of Object.entries(AclOperationTypes)) {
    if (name.replace(/_/g, '') === folded && code !== O.UNKNOWN && code !== O.ANY) return code;
  }
  throw new CliUsageError(`unknown operation '${text}' (one of ${operationNames().join(', ')})`);
}

function operationNames(): string[] {
  return Object.keys(AclOperationTypes).filter((n) => n !== 'UNKNOWN' && n !== 'ANY');
}

function parsePatternType(text: string | undefined): number {
  if (text === undefined) return ResourcePatternTypes.LITERAL;
  const code = (ResourcePatternTypes as Record<string, number>)[text.trim().toUpperCase()];
  if (code === undefined || code === ResourcePatternTypes.UNKNOWN) throw new CliUsageError(`--resource-pattern-type must be literal, prefixed, any or match, not '${text}'`);
  return code;
}

function list(args: ParsedArgs, name: string): string[] {
  const v = args[name];
  return Array.isArray(v) ? v.map((s) => s.trim()) : [];
}

function checkPrincipal(p: string): string {
  const colon = p.indexOf(':');
  if (colon <= 0 || colon === p.length - 1) throw new CliUsageError(`'${p}' is not a principal of the form Type:name (User:alice)`);
  return p;
}

/** Kafka's getResourceFilter: the cluster only with a literal pattern type (or --idempotent). */
function resourceFilters(args: ParsedArgs, patternType: number): PatternFilter[] {
  const out: PatternFilter[] = [];
  for (const topic of list(args, 'topic')) out.push({ resourceType: T.TOPIC, name: topic, patternType });
  if (patternType === ResourcePatternTypes.LITERAL && (args.cluster === true || args.idempotent === true)) {
    out.push({ resourceType: T.CLUSTER, name: clusterName, patternType });
  }
  for (const group of list(args, 'group')) out.push({ resourceType: T.GROUP, name: group, patternType });
  for (const id of list(args, 'transactional-id')) out.push({ resourceType: T.TRANSACTIONAL_ID, name: id, patternType });
  return out;
}

/** Kafka's getAcl: allowed and denied principals, each on its hosts (`*` unless given), for every operation. */
function entries(args: ParsedArgs, operations: readonly number[]): Entry[] {
  const out: Entry[] = [];
  const side = (principalFlag: string, hostFlag: string, permissionType: number): void => {
    const principals = list(args, principalFlag).map(checkPrincipal);
    const hosts = list(args, hostFlag).length > 0 ? list(args, hostFlag) : ['*'];
    for (const principal of principals) for (const host of hosts) for (const operation of operations) out.push({ principal, host, operation, permissionType });
  };
  side('allow-principal', 'allow-host', AclPermissionTypes.ALLOW);
  side('deny-principal', 'deny-host', AclPermissionTypes.DENY);
  return out;
}

function cliOperations(args: ParsedArgs): number[] {
  const given = list(args, 'operation');
  return [...new Set((given.length === 0 ? ['All'] : given).map(parseOperation))];
}

/** --producer: Write, Describe, Create on topics; Write, Describe on transactional ids; IdempotentWrite on the cluster with --idempotent. */
function producerBindings(args: ParsedArgs, filters: PatternFilter[]): Array<{ pattern: PatternFilter; entries: Entry[] }> {
  if (list(args, 'topic').length === 0) throw new CliUsageError('With --producer you must specify a --topic');
  const out = filters.filter((f) => f.resourceType === T.TOPIC).map((pattern) => ({ pattern, entries: entries(args, [O.WRITE, O.DESCRIBE, O.CREATE]) }));
  for (const pattern of filters.filter((f) => f.resourceType === T.TRANSACTIONAL_ID)) out.push({ pattern, entries: entries(args, [O.WRITE, O.DESCRIBE]) });
  if (args.idempotent === true) {
    out.push({ pattern: { resourceType: T.CLUSTER, name: clusterName, patternType: ResourcePatternTypes.LITERAL }, entries: entries(args, [O.IDEMPOTENT_WRITE]) });
  }
  return out;
}

/** --consumer: Read, Describe on topics; Read on groups. */
function consumerBindings(args: ParsedArgs, filters: PatternFilter[]): Array<{ pattern: PatternFilter; entries: Entry[] }> {
  if (list(args, 'topic').length === 0 || list(args, 'group').length === 0 || args.cluster === true || list(args, 'transactional-id').length > 0) {
    throw new CliUsageError('With --consumer you must specify a --topic and a --group and no --cluster or --transactional-id option should be specified.');
  }
  return [
    ...filters.filter((f) => f.resourceType === T.TOPIC).map((pattern) => ({ pattern, entries: entries(args, [O.READ, O.DESCRIBE]) })),
    ...filters.filter((f) => f.resourceType === T.GROUP).map((pattern) => ({ pattern, entries: entries(args, [O.READ]) })),
  ];
}

function bindingsFor(args: ParsedArgs, filters: PatternFilter[]): Array<{ pattern: PatternFilter; entries: Entry[] }> {
  if (args.producer === true) return producerBindings(args, filters);
  if (args.consumer === true) return consumerBindings(args, filters);
  const operations = cliOperations(args);
  return filters.map((pattern) => ({ pattern, entries: entries(args, operations) }));
}

function checkOperations(bindings: Array<{ pattern: PatternFilter; entries: Entry[] }>): void {
  for (const { pattern, entries: es } of bindings) {
    const valid = validOperations[pattern.resourceType] ?? [];
    const bad = es.find((e) => !valid.includes(e.operation));
    if (bad !== undefined) {
      const typeName = Object.entries(T).find(([, c]) => c === pattern.resourceType)?.[0];
      const names = valid.map((v) => Object.entries(O).find(([, c]) => c === v)?.[0]).join(', ');
      throw new CliUsageError(`ResourceType ${typeName} only supports operations ${names}`);
    }
  }
}

export function aclsOptions(args: ParsedArgs): AclsOptions {
  const actions = (['add', 'remove', 'list'] as const).filter((a) => args[a] === true);
  if (actions.length !== 1) throw new CliUsageError('Command must include exactly one action: --list, --add, --remove.');
  const action = actions[0]!;
  if (args.producer === true && args.consumer === true) throw new CliUsageError('--producer and --consumer cannot be used together');
  if (args.idempotent === true && args.producer !== true) throw new CliUsageError('--idempotent is only valid with --producer');
  const patternType = parsePatternType(stringArg(args, 'resource-pattern-type'));
  const filters = resourceFilters(args, patternType);
  if (action === 'list') return { action, filters, principals: list(args, 'principal').map(checkPrincipal) };
  if (filters.length === 0) {
    throw new CliUsageError('You must provide at least one resource: --topic <topic> or --cluster or --group <group> or --transactional-id <id>');
  }
  const bindings = bindingsFor(args, filters);
  if (action === 'add') {
    if (patternType !== ResourcePatternTypes.LITERAL && patternType !== ResourcePatternTypes.PREFIXED) {
      throw new CliUsageError(`A '--resource-pattern-type' value of '${stringArg(args, 'resource-pattern-type')}' is not valid when adding acls.`);
    }
    if (bindings.some((b) => b.entries.length === 0)) throw new CliUsageError('You must specify one of: --allow-principal, --deny-principal when trying to add ACLs.');
    checkOperations(bindings);
    return { action, bindings, filters };
  }
  return { action, bindings, filters, force: args.force === true };
}
