/**
 * `samsa acls`: kafka-acls.sh (Kafka 2.x AclCommand) over the admin API. --add creates each
 * resource's entries and --remove deletes them (every entry of the resource when no principal is
 * given, after a y/n confirmation unless --force), each followed by the resource's current ACLs;
 * --list prints every resource's ACLs (or those of the resources given, or of --principal), in
 * Kafka's format: "Current ACLs for resource `ResourcePattern(resourceType=TOPIC, name=t,
 * patternType=LITERAL)`:" then a tab-indented "(principal=User:a, host=*, operation=READ,
 * permissionType=ALLOW)" per entry.
 */
import { type Admin } from '../admin/admin';
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes, type AclFilter, type DescribeAclResource } from '../admin/acls';
import type { AclsOptions, Entry, PatternFilter } from './acl-options';
import { type CliIo, write } from './output';

const nl = '\n';

function nameOf(table: Record<string, number>, code: number): string {
  return Object.entries(table).find(([, c]) => c === code)?.[0] ?? 'UNKNOWN';
}

/** Kafka's ResourcePattern / ResourcePatternFilter toString. */
export function formatPattern(p: PatternFilter): string {
  return `ResourcePattern(resourceType=${nameOf(AclResourceTypes, p.resourceType)}, name=${p.name ?? '<any>'}, patternType=${nameOf(ResourcePatternTypes, p.patternType)})`;
}

/** Kafka's AccessControlEntry toString. */
export function formatEntry(e: Entry): string {
  return `(principal=${e.principal}, host=${e.host}, operation=${nameOf(AclOperationTypes, e.operation)}, permissionType=${nameOf(AclPermissionTypes, e.permissionType)})`;
}

function entryLines(entries: readonly Entry[]): string {
  return entries.map((e) => `\t${formatEntry(e)}`).join(nl);
}

type ResourceAcls = Array<{ pattern: PatternFilter; entries: Entry[] }>;

function fromDescribed(resources: readonly DescribeAclResource[]): ResourceAcls {
  return resources.map((r) => ({
    pattern: { resourceType: r.resourceType, name: r.resourceName, patternType: r.resourcePatternType },
    entries: r.acls.map((a) => ({ ...a })),
  }));
}

async function currentAcls(admin: Admin, filters: readonly PatternFilter[]): Promise<ResourceAcls> {
  const asked: AclFilter[] = filters.length === 0
    ? [{ resourceType: AclResourceTypes.ANY, resourcePatternType: ResourcePatternTypes.ANY }]
    : filters.map((f) => ({ resourceType: f.resourceType, resourceName: f.name, resourcePatternType: f.patternType }));
  const out: ResourceAcls = [];
  for (const filter of asked) out.push(...fromDescribed((await admin.describeAcls(filter)).resources));
  return out;
}

async function printResourceAcls(io: CliIo, resourceAcls: ResourceAcls): Promise<void> {
  for (const { pattern, entries } of resourceAcls) {
    await write(io.stdout, `Current ACLs for resource \`${formatPattern(pattern)}\`: ${nl} ${entryLines(entries)} ${nl}${nl}`);
  }
}

async function listAcls(admin: Admin, filters: readonly PatternFilter[], principals: readonly string[], io: CliIo): Promise<void> {
  const resourceAcls = await currentAcls(admin, filters);
  if (principals.length === 0) {
    await printResourceAcls(io, resourceAcls);
    return;
  }
  for (const principal of principals) {
    await write(io.stdout, `ACLs for principal \`${principal}\`${nl}`);
    await printResourceAcls(io, resourceAcls.map((r) => ({ ...r, entries: r.entries.filter((e) => e.principal === principal) })).filter((r) => r.entries.length > 0));
  }
}

/** Kafka's confirmAction: --force, or a line "y" on stdin. */
async function confirm(io: CliIo, force: boolean, question: string): Promise<boolean> {
  if (force) return true;
  await write(io.stdout, `${question}${nl}`);
  const answer = await new Promise<string>((resolve) => {
    let buffered = '';
    const onData = (chunk: Buffer | string): void => {
      buffered += chunk.toString();
      const newline = buffered.indexOf('\n');
      if (newline >= 0) done(buffered.slice(0, newline));
    };
    const done = (line: string): void => {
      io.stdin.off('data', onData);
      io.stdin.off('end', onEnd);
      io.stdin.pause();
      resolve(line.trim());
    };
    const onEnd = (): void => done(buffered);
    io.stdin.on('data', onData);
    io.stdin.once('end', onEnd);
    io.stdin.resume();
  });
  return answer.toLowerCase() === 'y';
}

export async function runAcls(admin: Admin, options: AclsOptions, io: CliIo): Promise<void> {
  if (options.action === 'list') {
    await listAcls(admin, options.filters, options.principals, io);
    return;
  }
  for (const { pattern, entries } of options.bindings) {
    if (options.action === 'add') {
      await write(io.stdout, `Adding ACLs for resource \`${formatPattern(pattern)}\`: ${nl} ${entryLines(entries)} ${nl}${nl}`);
      await admin.createAcls({ acl: entries.map((e) => ({ resourceType: pattern.resourceType, resourceName: pattern.name ?? '', resourcePatternType: pattern.patternType, ...e })) });
      continue;
    }
    const question = entries.length === 0
      ? `Are you sure you want to delete all ACLs for resource filter \`${formatPattern(pattern)}\`? (y/n)`
      : `Are you sure you want to remove ACLs: ${nl} ${entryLines(entries)} ${nl} from resource filter \`${formatPattern(pattern)}\`? (y/n)`;
    if (!(await confirm(io, options.force, question))) continue;
    const base = { resourceType: pattern.resourceType, resourceName: pattern.name, resourcePatternType: pattern.patternType };
    await admin.deleteAcls({ filters: entries.length === 0 ? [base] : entries.map((e) => ({ ...base, ...e })) });
  }
  await listAcls(admin, options.filters, [], io);
}
