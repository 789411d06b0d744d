/**
 * The pure core of AlterConfigs and IncrementalAlterConfigs (Kafka's ZkAdminManager): the new set
 * of a resource's dynamic keys from its current set and the request, validated as Kafka validates
 * it. A refusal is a ConfigAlterationError carrying Kafka's code: an unknown key INVALID_CONFIG
 * ("Unknown topic config name"), a bad value or a key that cannot change at runtime INVALID_REQUEST
 * ("Invalid config value for resource ..."), an operation Kafka does not allow INVALID_REQUEST.
 */
import { ErrorCode } from '../../proto/errors';
import { AlterConfigOp, type AlterableConfig, type IncrementalAlterableConfig } from '../api/configs';
import { LogConfigError, parseTopicConfig, topicConfigKeys, type LogConfig } from '../log/log-config';
import { brokerConfigKeyByName, parseValue } from './definitions';
import { isDynamicBrokerKey } from './dynamic-broker-keys';
import { BrokerConfigError } from './properties';

export class ConfigAlterationError extends Error {
  constructor(readonly errorCode: number, message: string) {
    super(message);
  }
}

export type ConfigResourceKind = 'topic' | 'broker';

/** Kafka's ConfigResource.toString, which its error messages quote. */
export function describeResource(kind: ConfigResourceKind, name: string): string {
  return `ConfigResource(type=${kind.toUpperCase()}, name='${name}')`;
}

function invalidValue(kind: ConfigResourceKind, name: string, problem: string): ConfigAlterationError {
  return new ConfigAlterationError(ErrorCode.INVALID_REQUEST, `Invalid config value for resource ${describeResource(kind, name)}: ${problem}`);
}

function checkDuplicates(configs: readonly AlterableConfig[]): void {
  const seen = new Set<string>();
  for (const c of configs) {
    if (seen.has(c.name)) throw new ConfigAlterationError(ErrorCode.INVALID_REQUEST, `Error due to duplicate config keys: ${c.name}`);
    seen.add(c.name);
  }
}

/** Whether a key holds a list (APPEND and SUBTRACT apply only to those). */
function isListKey(kind: ConfigResourceKind, key: string): boolean {
  if (kind === 'topic') return key === 'cleanup.policy' || key.endsWith('.replication.throttled.replicas');
  return brokerConfigKeyByName.get(key)?.type === 'list';
}

/** The value APPEND/SUBTRACT start from when the key is not stored: the key's default as text. */
function listDefault(kind: ConfigResourceKind, key: string, defaults: LogConfig): string {
  if (kind === 'topic') return key === 'cleanup.policy' ? defaults.cleanupPolicy : '';
  const d = brokerConfigKeyByName.get(key)?.defaultValue;
  return Array.isArray(d) ? d.join(',') : '';
}

function splitList(text: string): string[] {
  return text.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/** AlterConfigs: the request's keys replace the whole stored set (a null value sets nothing). */
export function replacedConfigs(configs: readonly AlterableConfig[]): Record<string, string> {
  checkDuplicates(configs);
  const next: Record<string, string> = {};
  for (const c of configs) if (c.value !== null) next[c.name] = c.value;
  return next;
}

/** IncrementalAlterConfigs: each operation applied to the stored set (ZkAdminManager.prepareIncrementalConfigs). */
export function incrementedConfigs(
  kind: ConfigResourceKind, current: Readonly<Record<string, string>>, configs: readonly IncrementalAlterableConfig[], defaults: LogConfig,
): Record<string, string> {
  checkDuplicates(configs);
  const next: Record<string, string> = { ...current };
  for (const c of configs) {
    const op = c.configOperation;
    if (op === AlterConfigOp.DELETE) {
      delete next[c.name];
      continue;
    }
    if (op !== AlterConfigOp.SET && op !== AlterConfigOp.APPEND && op !== AlterConfigOp.SUBTRACT) {
      throw new ConfigAlterationError(ErrorCode.INVALID_REQUEST, `Unknown config operation ${op} for config key: ${c.name}`);
    }
    if (op === AlterConfigOp.SET) {
      if (c.value === null) throw invalidValue(kind, '', `Null value not supported for : ${c.name}`);
      next[c.name] = c.value;
      continue;
    }
    if (!isListKey(kind, c.name)) {
      const verb = op === AlterConfigOp.APPEND ? 'append' : 'subtract';
      throw new ConfigAlterationError(ErrorCode.INVALID_REQUEST, `Config value ${verb} is not allowed for config key: ${c.name}`);
    }
    const old = splitList(next[c.name] ?? listDefault(kind, c.name, defaults));
    const values = splitList(c.value ?? '');
    const merged = op === AlterConfigOp.APPEND ? [...old, ...values.filter((v) => !old.includes(v))] : old.filter((v) => !values.includes(v));
    next[c.name] = merged.join(',');
  }
  return next;
}

/** A topic's new overrides, validated on top of the broker's current log defaults (LogConfig.validate). */
export function validateTopicConfigs(topic: string, configs: Readonly<Record<string, string>>, defaults: LogConfig): void {
  for (const key of Object.keys(configs)) {
    if (!topicConfigKeys.includes(key)) throw new ConfigAlterationError(ErrorCode.INVALID_CONFIG, `Unknown topic config name: ${key}`);
  }
  try {
    parseTopicConfig({ ...configs }, defaults);
  } catch (err) {
    if (err instanceof LogConfigError) throw invalidValue('topic', topic, err.message);
    throw err;
  }
}

/** A broker entity's new dynamic keys (DynamicBrokerConfig.validate): known, dynamic, each value valid. */
export function validateBrokerConfigs(entity: string, configs: Readonly<Record<string, string>>): void {
  const notDynamic: string[] = [];
  for (const [key, value] of Object.entries(configs)) {
    const def = brokerConfigKeyByName.get(key);
    if (def === undefined) throw new ConfigAlterationError(ErrorCode.INVALID_CONFIG, `Unknown broker config name: ${key}`);
    if (!isDynamicBrokerKey(key)) {
      notDynamic.push(key);
      continue;
    }
    try {
      parseValue(def, value);
    } catch (err) {
      if (err instanceof BrokerConfigError) throw invalidValue('broker', entity, err.message);
      throw err;
    }
  }
  if (notDynamic.length > 0) throw invalidValue('broker', entity, `Cannot update these configs dynamically: Set(${notDynamic.join(', ')})`);
}
