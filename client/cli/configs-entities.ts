/**
 * `samsa configs --entity-type topics|brokers` over --bootstrap-server: kafka-configs.sh's
 * alter (IncrementalAlterConfigs, KIP-339) and describe (DescribeConfigs with synonyms, KIP-226),
 * printing what Kafka 2.8's ConfigCommand prints. The cluster-wide broker default is the broker
 * resource named '' (--entity-default).
 */
import { type Admin } from '../admin/admin';
import { type AlterConfigOpName } from '../admin/alter-configs';
import { type ConfigEntry, ConfigResourceTypes } from '../admin/configs';
import { errorName } from '../../proto/errors';
import { CliUsageError, type ParsedArgs, stringArg } from './args';
import { type CliIo, write } from './output';

export type ConfigEntityType = 'topics' | 'brokers';

export interface EntityConfigsOptions {
  entityType: ConfigEntityType;
  /** '' is the cluster-wide broker default; undefined describes every entity. */
  entityName?: string;
  action: 'describe' | 'alter';
  all: boolean;
  ops: Array<{ name: string; value?: string; operation: AlterConfigOpName }>;
  /** The command line as Kafka echoes it in its error line. */
  commandLine: string;
}

/** Kafka's ConfigEntry.ConfigSource names by their DescribeConfigs numbers. */
const configSourceNames: Record<number, string> = {
  0: 'UNKNOWN', 1: 'DYNAMIC_TOPIC_CONFIG', 2: 'DYNAMIC_BROKER_CONFIG', 3: 'DYNAMIC_DEFAULT_BROKER_CONFIG',
  4: 'STATIC_BROKER_CONFIG', 5: 'DEFAULT_CONFIG', 6: 'DYNAMIC_BROKER_LOGGER_CONFIG',
};

export function configSourceName(source: number | string | undefined): string {
  if (typeof source === 'string') return source;
  return configSourceNames[source ?? 0] ?? 'UNKNOWN';
}

/** kafka-configs.sh's `k1=v1,k2=[a,b]`: bracketed values are lists, sent joined with ','. */
export function parseAddConfig(text: string): Array<{ name: string; value: string }> {
  const entries: Array<{ name: string; value: string }> = [];
  let depth = 0;
  let current = '';
  const flush = (): void => {
    if (current.trim() === '') return;
    const eq = current.indexOf('=');
    const name = eq > 0 ? current.slice(0, eq).trim() : '';
    if (name === '') throw new CliUsageError(`--add-config: '${current.trim()}' is not key=value (all configs to be added must be in the format "key=val")`);
    const raw = current.slice(eq + 1).trim();
    const value = raw.startsWith('[') && raw.endsWith(']') ? raw.slice(1, -1).split(',').map((s) => s.trim()).join(',') : raw;
    entries.push({ name, value });
    current = '';
  };
  for (const ch of text) {
    if (ch === '[') depth++;
    if (ch === ']') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) flush();
    else current += ch;
  }
  flush();
  if (depth !== 0) throw new CliUsageError(`--add-config: unbalanced '[' in '${text}'`);
  return entries;
}

function commandLineOf(args: ParsedArgs): string {
  const parts: string[] = [];
  for (const flag of ['bootstrap-server', 'command-config', 'entity-type', 'entity-name', 'entity-default', 'alter', 'describe', 'all', 'add-config', 'delete-config']) {
    const v = args[flag];
    if (v === true) parts.push(`--${flag}`);
    else if (typeof v === 'string') parts.push(`--${flag}`, v);
  }
  return parts.join(' ');
}

function entityNameArg(args: ParsedArgs, entityType: ConfigEntityType): string | undefined {
  const name = stringArg(args, 'entity-name');
  const isDefault = args['entity-default'] === true;
  if (isDefault && entityType === 'topics') throw new CliUsageError('--entity-default is only for --entity-type brokers (topics have no cluster-wide default entity)');
  if (isDefault && name !== undefined) throw new CliUsageError('configs takes --entity-name or --entity-default, not both');
  if (name === '') throw new CliUsageError('--entity-name must not be empty');
  if (entityType === 'brokers' && name !== undefined && !/^\d+$/.test(name)) {
    throw new CliUsageError(`--entity-name '${name}': a broker is named by its integer id (or use --entity-default)`);
  }
  return isDefault ? '' : name;
}

export function entityConfigsOptions(args: ParsedArgs, entityType: ConfigEntityType): EntityConfigsOptions {
  if (stringArg(args, 'zookeeper') !== undefined) throw new CliUsageError(`configs --entity-type ${entityType} goes through --bootstrap-server (--zookeeper is for users only)`);
  if ((args.alter === true) === (args.describe === true)) throw new CliUsageError('configs needs exactly one of --alter, --describe');
  const entityName = entityNameArg(args, entityType);
  const commandLine = commandLineOf(args);
  const all = args.all === true;
  if (args.describe === true) {
    if (args['add-config'] !== undefined || args['delete-config'] !== undefined) throw new CliUsageError('--add-config and --delete-config go with --alter');
    return { entityType, entityName, action: 'describe', all, ops: [], commandLine };
  }
  if (all) throw new CliUsageError('--all goes with --describe');
  if (entityName === undefined) throw new CliUsageError(`configs --alter --entity-type ${entityType} needs --entity-name${entityType === 'brokers' ? ' <broker id> or --entity-default' : ' <topic>'}`);
  const add = stringArg(args, 'add-config');
  const del = stringArg(args, 'delete-config');
  if (add === undefined && del === undefined) throw new CliUsageError('configs --alter needs --add-config or --delete-config');
  const sets = add === undefined ? [] : parseAddConfig(add).map((e) => ({ ...e, operation: 'SET' as const }));
  const deletes = del === undefined ? [] : del.split(',').map((s) => s.trim()).filter((s) => s !== '').map((name) => ({ name, operation: 'DELETE' as const }));
  const both = sets.filter((s) => deletes.some((d) => d.name === s.name)).map((s) => s.name);
  if (both.length > 0) throw new CliUsageError(`configs --alter: ${both.join(', ')} both added and deleted`);
  return { entityType, entityName, action: 'alter', all: false, ops: [...sets, ...deletes], commandLine };
}

/** Kafka 2.8's heading before an entity's entries. */
export function describeHeading(entityType: ConfigEntityType, entityName: string, all: boolean): string {
  if (entityName === '') return `Default configs for ${entityType} in the cluster are:\n`;
  return `${all ? 'All' : 'Dynamic'} configs for ${entityType.slice(0, -1)} ${entityName} are:\n`;
}

/** `  key=value sensitive=false synonyms={SOURCE:name=value, ...}`; a sensitive value is Java's null. */
export function formatConfigEntry(entry: ConfigEntry): string {
  const value = entry.isSensitive ? 'null' : entry.configValue;
  const synonyms = (entry.configSynonyms ?? [])
    .map((s) => `${configSourceName(s.configSource)}:${s.configName}=${entry.isSensitive ? 'null' : s.configValue}`).join(', ');
  return `  ${entry.configName}=${value} sensitive=${String(entry.isSensitive)} synonyms={${synonyms}}\n`;
}

/** Without --all, Kafka lists only the entries set at the entity's own dynamic level. */
export function describedEntries(entries: readonly ConfigEntry[], entityType: ConfigEntityType, entityName: string, all: boolean): ConfigEntry[] {
  const source = entityType === 'topics' ? 'DYNAMIC_TOPIC_CONFIG' : entityName === '' ? 'DYNAMIC_DEFAULT_BROKER_CONFIG' : 'DYNAMIC_BROKER_CONFIG';
  return entries.filter((e) => all || configSourceName(e.configSource) === source).sort((a, b) => (a.configName < b.configName ? -1 : a.configName > b.configName ? 1 : 0));
}

function resourceType(entityType: ConfigEntityType): typeof ConfigResourceTypes.TOPIC | typeof ConfigResourceTypes.BROKER {
  return entityType === 'topics' ? ConfigResourceTypes.TOPIC : ConfigResourceTypes.BROKER;
}

async function describeEntities(admin: Admin, options: EntityConfigsOptions, io: CliIo): Promise<void> {
  // Without a name Kafka lists every topic, or every broker followed by the cluster-wide default.
  const names = options.entityName !== undefined ? [options.entityName]
    : options.entityType === 'topics' ? (await admin.listTopics()).sort()
      : [...(await admin.describeCluster()).brokers.map((b) => b.nodeId).sort((a, b) => a - b).map(String), ''];
  for (const name of names) {
    const { resources } = await admin.describeConfigs({ resources: [{ type: resourceType(options.entityType), name }] });
    await write(io.stdout, describeHeading(options.entityType, name, options.all));
    for (const entry of describedEntries(resources[0]?.configEntries ?? [], options.entityType, name, options.all)) {
      await write(io.stdout, formatConfigEntry(entry));
    }
  }
}

export async function runEntityConfigs(admin: Admin, options: EntityConfigsOptions, io: CliIo): Promise<void> {
  if (options.action === 'describe') {
    await describeEntities(admin, options, io);
    return;
  }
  const name = options.entityName ?? '';
  const deletes = options.ops.filter((o) => o.operation === 'DELETE').map((o) => o.name);
  if (deletes.length > 0) {
    // Kafka's tool refuses to delete a key the entity does not set (and then changes nothing).
    const { resources: described } = await admin.describeConfigs({ resources: [{ type: resourceType(options.entityType), name }] });
    const set = new Set(describedEntries(described[0]?.configEntries ?? [], options.entityType, name, false).map((e) => e.configName));
    const invalid = deletes.filter((d) => !set.has(d));
    if (invalid.length > 0) throw new Error(`Error while executing config command with args '${options.commandLine}': INVALID_CONFIG: Invalid config(s): ${invalid.join(',')}`);
  }
  const { resources } = await admin.incrementalAlterConfigs({ resources: [{ type: resourceType(options.entityType), name, configEntries: options.ops }] });
  const failed = resources.find((r) => r.errorCode !== 0);
  if (failed !== undefined) {
    const detail = failed.errorMessage === '' ? errorName(failed.errorCode) : `${errorName(failed.errorCode)}: ${failed.errorMessage}`;
    throw new Error(`Error while executing config command with args '${options.commandLine}': ${detail}`);
  }
  await write(io.stdout, name === ''
    ? `Completed updating default config for ${options.entityType} in the cluster.\n`
    : `Completed updating config for ${options.entityType.slice(0, -1)} ${name}.\n`);
}
