/**
 * DescribeConfigs (32), served by any broker as in Kafka's `AdminManager.describeConfigs`:
 * a topic's effective config (overrides from /config/topics/<t> on top of this broker's log.*
 * defaults) or this broker's own config, each value with its source and synonyms (KIP-226).
 * Sensitive values are never returned (Kafka answers null with is_sensitive=true). A topic needs
 * DescribeConfigs on itself (else TOPIC_AUTHORIZATION_FAILED), a broker DescribeConfigs on the
 * cluster (else CLUSTER_AUTHORIZATION_FAILED), as KafkaApis.handleDescribeConfigsRequest asks.
 */
import { ErrorCode } from '../../../proto/errors';
import {
  ConfigSource, type DescribeConfigsRequest, type DescribeConfigsResourceResult, type DescribeConfigsResponse, type DescribeConfigsResult,
  type DescribeConfigsSynonym,
} from '../../api/topics';
import type { BrokerConfig } from '../../config';
import { brokerConfigKeys } from '../../config/definitions';
import { type LogConfig, topicConfigKeys } from '../../log/log-config';
import { AclOperation, ResourceType } from '../../security/acl';
import { requestAuthorization } from '../../security/authorize';
import type { RequestContext, RequestHandler } from '../request';
import type { BrokerServices } from './index';

type ConfigEntry = DescribeConfigsResourceResult;
type ResourceResult = DescribeConfigsResult;

/** Kafka's ConfigResource.Type ids. */
export const ConfigResourceType = { Topic: 2, Broker: 4 } as const;

/** Topic key -> LogConfig field, for the default values taken from the broker's log.* keys. */
export const topicConfigFields: Readonly<Record<string, keyof LogConfig>> = Object.freeze({
  'segment.bytes': 'segmentBytes',
  'segment.ms': 'segmentMs',
  'segment.index.bytes': 'segmentIndexBytes',
  'index.interval.bytes': 'indexIntervalBytes',
  'retention.ms': 'retentionMs',
  'retention.bytes': 'retentionBytes',
  'flush.messages': 'flushIntervalMessages',
  'flush.ms': 'flushIntervalMs',
  'file.delete.delay.ms': 'fileDeleteDelayMs',
  'message.timestamp.type': 'messageTimestampType',
  'max.message.bytes': 'maxMessageBytes',
  'cleanup.policy': 'cleanupPolicy',
  'min.insync.replicas': 'minInsyncReplicas',
  'unclean.leader.election.enable': 'uncleanLeaderElectionEnable',
  'delete.retention.ms': 'deleteRetentionMs',
  'min.cleanable.dirty.ratio': 'minCleanableDirtyRatio',
  'min.compaction.lag.ms': 'minCompactionLagMs',
  'max.compaction.lag.ms': 'maxCompactionLagMs',
  'leader.replication.throttled.replicas': 'leaderReplicationThrottledReplicas',
  'follower.replication.throttled.replicas': 'followerReplicationThrottledReplicas',
});

function wanted(keys: readonly string[] | null | undefined): (name: string) => boolean {
  if (!keys || keys.length === 0) return () => true;
  const set = new Set(keys);
  return (name) => set.has(name);
}

/**
 * Kafka's LogConfig.TopicConfigSynonyms: the broker keys a topic key defaults to, highest
 * precedence first.
 */
export const topicConfigSynonyms: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'segment.bytes': ['log.segment.bytes'],
  'segment.ms': ['log.roll.ms', 'log.roll.hours'],
  'segment.index.bytes': ['log.index.size.max.bytes'],
  'index.interval.bytes': ['log.index.interval.bytes'],
  'retention.ms': ['log.retention.ms', 'log.retention.minutes', 'log.retention.hours'],
  'retention.bytes': ['log.retention.bytes'],
  'flush.messages': ['log.flush.interval.messages'],
  'flush.ms': ['log.flush.interval.ms'],
  'file.delete.delay.ms': ['log.segment.delete.delay.ms'],
  'message.timestamp.type': ['log.message.timestamp.type'],
  'max.message.bytes': ['message.max.bytes'],
  'cleanup.policy': ['log.cleanup.policy'],
  'min.insync.replicas': ['min.insync.replicas'],
  'unclean.leader.election.enable': ['unclean.leader.election.enable'],
  'delete.retention.ms': ['log.cleaner.delete.retention.ms'],
  'min.cleanable.dirty.ratio': ['log.cleaner.min.cleanable.ratio'],
  'min.compaction.lag.ms': ['log.cleaner.min.compaction.lag.ms'],
  'max.compaction.lag.ms': ['log.cleaner.max.compaction.lag.ms'],
});

/** The broker-key synonyms of a topic key that have a value (set in the broker's config, or by default). */
function brokerSynonyms(config: BrokerConfig, topicKey: string): DescribeConfigsSynonym[] {
  const keys = topicConfigSynonyms[topicKey] ?? [];
  const entries = new Map(brokerConfigEntries(config, keys).map((e) => [e.name, e]));
  return keys.flatMap((name) => {
    const e = entries.get(name);
    if (e === undefined || (e.isDefault && e.value === '')) return [];
    return [{ name, value: e.value, source: e.isDefault ? ConfigSource.DefaultConfig : ConfigSource.StaticBrokerConfig }];
  });
}

/**
 * Every topic-level key: the override when one is stored, else the broker's default. With the
 * broker's config, each entry also says where its value comes from and lists its synonyms.
 */
export function topicConfigEntries(
  overrides: Readonly<Record<string, string>>, defaults: LogConfig, keys?: readonly string[] | null, config?: BrokerConfig,
): ConfigEntry[] {
  const include = wanted(keys);
  return topicConfigKeys.filter(include).map((name) => {
    const override = overrides[name];
    const field = topicConfigFields[name];
    const value = override ?? (field === undefined ? '' : String(defaults[field] ?? ''));
    const entry: ConfigEntry = { name, value, readOnly: false, isDefault: override === undefined, isSensitive: false };
    if (config === undefined) return entry;
    const fromBroker = brokerSynonyms(config, name);
    const synonyms = override === undefined ? fromBroker : [{ name, value: override, source: ConfigSource.TopicConfig }, ...fromBroker];
    return { ...entry, configSource: synonyms[0]?.source ?? ConfigSource.DefaultConfig, synonyms };
  });
}

function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.join(',');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** `log.retention.hours` -> `logRetentionHours`: the BrokerConfig field holding that key, when one does. */
function fieldName(key: string): string {
  return key.replace(/\.([a-z])/g, (_m, c: string) => c.toUpperCase());
}

/**
 * This broker's keys. Values come from the parsed config when a field carries the key, else the
 * key's default; a key is default when its value equals the table's default. Password keys are
 * hidden (Kafka never returns sensitive values over DescribeConfigs).
 */
export function brokerConfigEntries(config: BrokerConfig, keys?: readonly string[] | null): ConfigEntry[] {
  const include = wanted(keys);
  const fields = config as unknown as Record<string, unknown>;
  return brokerConfigKeys.filter((k) => include(k.name)).map((k) => {
    const defaultText = formatValue(k.defaultValue);
    if (k.type === 'password') {
      const isDefault = fields[fieldName(k.name)] === undefined;
      const configSource = isDefault ? ConfigSource.DefaultConfig : ConfigSource.StaticBrokerConfig;
      return { name: k.name, value: '', readOnly: true, isDefault, isSensitive: true, configSource, synonyms: [] };
    }
    const field = fields[fieldName(k.name)];
    const isPrimitive = ['string', 'number', 'boolean'].includes(typeof field) || (Array.isArray(field) && field.every((e) => typeof e === 'string'));
    const value = isPrimitive ? formatValue(field) : defaultText;
    const isDefault = value === defaultText;
    const defaultSynonym = defaultText === '' ? [] : [{ name: k.name, value: defaultText, source: ConfigSource.DefaultConfig }];
    const synonyms = isDefault ? defaultSynonym : [{ name: k.name, value, source: ConfigSource.StaticBrokerConfig }, ...defaultSynonym];
    return {
      name: k.name, value, readOnly: true, isDefault, isSensitive: false,
      configSource: isDefault ? ConfigSource.DefaultConfig : ConfigSource.StaticBrokerConfig, synonyms,
    };
  });
}

async function describeTopic(services: BrokerServices, name: string, keys: readonly string[] | null | undefined): Promise<ResourceResult> {
  const base = { resourceType: ConfigResourceType.Topic, resourceName: name };
  if (!services.metadataCache.contains(name)) {
    return { ...base, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: `Topic ${name} does not exist`, configs: [] };
  }
  const overrides = await services.zk.getTopicConfig(name);
  return { ...base, errorCode: ErrorCode.NONE, errorMessage: '', configs: topicConfigEntries(overrides, services.config.logDefaults, keys, services.config) };
}

function describeBroker(services: BrokerServices, name: string, keys: readonly string[] | null | undefined): ResourceResult {
  const base = { resourceType: ConfigResourceType.Broker, resourceName: name };
  if (name !== String(services.config.brokerId)) {
    // Kafka: a broker resource must name the broker the request was sent to.
    return { ...base, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Unexpected broker id, expected ${services.config.brokerId} but received ${name}`, configs: [] };
  }
  return { ...base, errorCode: ErrorCode.NONE, errorMessage: '', configs: brokerConfigEntries(services.config, keys) };
}

/** The refusal of a resource the session may not describe, or undefined when it may. */
function refusal(services: BrokerServices, ctx: RequestContext, type: number, name: string): ResourceResult | undefined {
  const auth = requestAuthorization(services, ctx);
  let errorCode: number;
  if (type === ConfigResourceType.Topic) {
    if (auth.allows(AclOperation.DESCRIBE_CONFIGS, ResourceType.TOPIC, name)) return undefined;
    errorCode = ErrorCode.TOPIC_AUTHORIZATION_FAILED;
  } else if (type === ConfigResourceType.Broker) {
    if (auth.allowsCluster(AclOperation.DESCRIBE_CONFIGS)) return undefined;
    errorCode = ErrorCode.CLUSTER_AUTHORIZATION_FAILED;
  } else {
    return undefined;
  }
  return { resourceType: type, resourceName: name, errorCode, errorMessage: 'Authorization failed.', configs: [] };
}

export function describeConfigsHandler(services: BrokerServices): RequestHandler<DescribeConfigsRequest, DescribeConfigsResponse> {
  return async (ctx, body) => {
    const results: ResourceResult[] = [];
    for (const r of body.resources) {
      const type = r.resourceType;
      const name = r.resourceName;
      const refused = refusal(services, ctx, type, name);
      if (refused !== undefined) {
        results.push(refused);
        continue;
      }
      try {
        if (type === ConfigResourceType.Topic) results.push(await describeTopic(services, name, r.configurationKeys));
        else if (type === ConfigResourceType.Broker) results.push(describeBroker(services, name, r.configurationKeys));
        else results.push({ resourceType: type, resourceName: name, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Unsupported resource type ${type}`, configs: [] });
      } catch (err) {
        services.logger.warn({ err, resourceType: type, resourceName: name }, 'DescribeConfigs failed');
        results.push({ resourceType: type, resourceName: name, errorCode: ErrorCode.UNKNOWN_SERVER_ERROR, errorMessage: (err as Error).message, configs: [] });
      }
    }
    return { results };
  };
}
