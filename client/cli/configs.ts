/**
 * `samsa configs`: kafka-configs.sh for `--entity-type users` (SCRAM credentials, KIP-554). With
 * --bootstrap-server it goes through DescribeUserScramCredentials / AlterUserScramCredentials;
 * with --zookeeper (the samsa binary's broker tools) it writes /config/users directly, which is
 * how the first admin user is created before any broker runs. Both print what Kafka's tool prints
 * and never a password or key. Topics and brokers are in configs-entities.ts; clients are a later step.
 */
import { type Admin } from '../admin/admin';
import { type UserScramCredentialDeletion, type UserScramCredentialUpsertion, type UserScramCredentialsDescription } from '../admin/user-scram-credentials';
import { ErrorCode } from '../../proto/errors';
import { isScramMechanism, scramIterationsDefault, type ScramMechanism } from '../../proto/scram';
import { SamsaProtocolError } from '../errors';
import { CliUsageError, type ParsedArgs, stringArg } from './args';
import { type EntityConfigsOptions, entityConfigsOptions, runEntityConfigs } from './configs-entities';
import { type CliIo, write } from './output';

export type ConfigsOptions =
  | (EntityConfigsOptions & { zookeeper?: undefined })
  | { action: 'describe'; users?: string[]; zookeeper?: string }
  | { action: 'alter'; user: string; upsertions: UserScramCredentialUpsertion[]; deletions: UserScramCredentialDeletion[]; zookeeper?: string };

const entityTypes = ['topics', 'clients', 'users', 'brokers', 'broker-loggers', 'ips'] as const;

/** Splits `a=1,b=[x=1,y=2]` on the commas outside brackets (kafka-configs.sh's --add-config form). */
export function splitConfigList(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '[') depth++;
    if (ch === ']') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

function scramMechanismArg(name: string, option: string): ScramMechanism {
  if (!isScramMechanism(name)) {
    throw new CliUsageError(`${option}: '${name}' is not supported for users yet (only SCRAM-SHA-256 and SCRAM-SHA-512; quotas are a later step)`);
  }
  return name;
}

/** `SCRAM-SHA-256=[iterations=8192,password=secret],SCRAM-SHA-512=[password=secret]` into upsertions for `user`. */
export function parseScramAddConfig(text: string, user: string): UserScramCredentialUpsertion[] {
  return splitConfigList(text).map((entry) => {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new CliUsageError(`--add-config: '${entry}' is not key=value`);
    const mechanism = scramMechanismArg(entry.slice(0, eq).trim(), '--add-config');
    const value = entry.slice(eq + 1).trim();
    const inner = value.startsWith('[') && value.endsWith(']') ? value.slice(1, -1) : value;
    let password: string | undefined;
    let iterations = scramIterationsDefault;
    for (const part of inner.split(',')) {
      const peq = part.indexOf('=');
      const key = peq > 0 ? part.slice(0, peq).trim() : '';
      const v = peq > 0 ? part.slice(peq + 1) : '';
      if (key === 'password') password = v;
      else if (key === 'iterations') {
        iterations = Number(v);
        if (!Number.isInteger(iterations)) throw new CliUsageError(`--add-config: ${mechanism} iterations '${v}' is not an integer`);
      } else throw new CliUsageError(`--add-config: ${mechanism} takes [iterations=N,password=P], not '${part.includes('=') ? key : part}'`);
    }
    if (password === undefined || password === '') throw new CliUsageError(`--add-config: ${mechanism} needs a password ([password=...])`);
    return { user, mechanism, password, iterations };
  });
}

function entityTypeArg(args: ParsedArgs): 'users' | 'topics' | 'brokers' {
  const entityType = stringArg(args, 'entity-type');
  if (entityType === undefined) throw new CliUsageError('configs needs --entity-type users, topics or brokers');
  if (entityType === 'users' || entityType === 'topics' || entityType === 'brokers') return entityType;
  if ((entityTypes as readonly string[]).includes(entityType)) {
    throw new CliUsageError(`configs --entity-type ${entityType} is not supported yet (topics, brokers and users are)`);
  }
  throw new CliUsageError(`configs: unknown --entity-type '${entityType}' (one of ${entityTypes.join(', ')})`);
}

export function configsOptions(args: ParsedArgs): ConfigsOptions {
  const entityType = entityTypeArg(args);
  if (entityType !== 'users') return entityConfigsOptions(args, entityType);
  if (args['entity-default'] === true || args.all === true) throw new CliUsageError('--entity-default and --all are not for --entity-type users');
  const zookeeper = stringArg(args, 'zookeeper');
  if (zookeeper !== undefined && stringArg(args, 'bootstrap-server') !== undefined) {
    throw new CliUsageError('configs takes --bootstrap-server or --zookeeper, not both');
  }
  const user = stringArg(args, 'entity-name');
  if ((args.alter === true) === (args.describe === true)) throw new CliUsageError('configs needs exactly one of --alter, --describe');
  if (args.describe === true) {
    if (args['add-config'] !== undefined || args['delete-config'] !== undefined) throw new CliUsageError('--add-config and --delete-config go with --alter');
    return { action: 'describe', users: user === undefined ? undefined : [user], zookeeper };
  }
  if (user === undefined || user === '') throw new CliUsageError('configs --alter needs --entity-name <user>');
  const add = stringArg(args, 'add-config');
  const del = stringArg(args, 'delete-config');
  if (add === undefined && del === undefined) throw new CliUsageError('configs --alter needs --add-config or --delete-config');
  const upsertions = add === undefined ? [] : parseScramAddConfig(add, user);
  const deletions = del === undefined ? [] : splitConfigList(del).map((name) => ({ user, mechanism: scramMechanismArg(name, '--delete-config') }));
  return { action: 'alter', user, upsertions, deletions, zookeeper };
}

/** Kafka's line: `SCRAM credential configs for user-principal 'alice' are SCRAM-SHA-256=iterations=8192`. */
export function formatScramDescription(d: UserScramCredentialsDescription): string {
  const infos = [...d.credentialInfos].sort((a, b) => a.mechanism.localeCompare(b.mechanism));
  return `SCRAM credential configs for user-principal '${d.user}' are ${infos.map((i) => `${i.mechanism}=iterations=${i.iterations}`).join(', ')}\n`;
}

export async function printScramDescriptions(descriptions: readonly UserScramCredentialsDescription[], io: CliIo): Promise<void> {
  for (const d of descriptions) if (d.credentialInfos.length > 0) await write(io.stdout, formatScramDescription(d));
}

/** Through a broker (--bootstrap-server). */
export async function runConfigs(admin: Admin, options: ConfigsOptions, io: CliIo): Promise<void> {
  if ('entityType' in options) {
    await runEntityConfigs(admin, options, io);
    return;
  }
  if (options.action === 'describe') {
    let descriptions: UserScramCredentialsDescription[];
    try {
      descriptions = await admin.describeUserScramCredentials(options.users);
    } catch (err) {
      // A named user without credentials has no SCRAM configs to print (Kafka's tool prints none).
      if (err instanceof SamsaProtocolError && err.code === ErrorCode.RESOURCE_NOT_FOUND) return;
      throw err;
    }
    await printScramDescriptions(descriptions, io);
    return;
  }
  await admin.alterUserScramCredentials({ upsertions: options.upsertions, deletions: options.deletions });
  await write(io.stdout, `Completed updating config for user ${options.user}.\n`);
}
