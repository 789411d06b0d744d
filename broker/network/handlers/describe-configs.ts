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
import { brokerConfigKeyByName, brokerConfigKeys } from '../../config/definitions';
import { isDynamicBrokerKey } from '../../config/dynamic-broker-keys';
import type { BrokerValueSource, DynamicConfig } from '../../config/dynamic-config';
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

/** The layers that set a broker key, highest precedence first (dynamic per-broker, dynamic default, static). */
export type BrokerLayers = (key: string) => ReadonlyArray<{ source: BrokerValueSource; value: string }>;

const sourceIds: Readonly<Record<BrokerValueSource, number>> = {
  DYNAMIC_BROKER_CONFIG: ConfigSource.DynamicBrokerConfig, DYNAMIC_DEFAULT_BROKER_CONFIG: ConfigSource.DynamicDefaultBrokerConfig,
  STATIC_BROKER_CONFIG: ConfigSource.StaticBrokerConfig, DEFAULT_CONFIG: ConfigSource.DefaultConfig,
};

/**
 * Without dynamic configs: the keys set in server.properties, SAMSA_* or --override. A config
 * built without that record (by hand) counts a parsed field that differs from the key's default.
 */
export function staticLayers(config: BrokerConfig): BrokerLayers {
  const given = config.staticConfigs;
  if (given !== undefined) {
    return (key) => {
      const value = given[key];
      return value === undefined ? [] : [{ source: 'STATIC_BROKER_CONFIG', value }];
    };
  }
  const fields = config as unknown as Record<string, unknown>;
  return (key) => {
    const field = fields[key.replace(/\.([a-z])/g, (_m, c: string) => c.toUpperCase())];
    const primitive = ['string', 'number', 'boolean'].includes(typeof field) || (Array.isArray(field) && field.every((e) => typeof e === 'string'));
    const value = primitive ? formatValue(field) : '';
    const defaultText = formatValue(brokerConfigKeyByName.get(key)?.defaultValue ?? null);
    return !primitive || value === defaultText ? [] : [{ source: 'STATIC_BROKER_CONFIG', value }];
  };
}

/** Every value a broker key has (its layers, then its default), as KIP-226 synonyms. */
function keySynonyms(name: string, layers: BrokerLayers, sensitive = false): DescribeConfigsSynonym[] {
  const def = brokerConfigKeyByName.get(name);
  const defaultText = def === undefined ? '' : formatValue(def.defaultValue);
  const set = layers(name).map((l) => ({ name, value: sensitive ? '' : l.value, source: sourceIds[l.source] }));
  return defaultText === '' || sensitive ? set : [...set, { name, value: defaultText, source: ConfigSource.DefaultConfig }];
}

/** The broker-key synonyms of a topic key that have a value (set at some level, or by default). */
function brokerSynonyms(layers: BrokerLayers, topicKey: string): DescribeConfigsSynonym[] {
  return (topicConfigSynonyms[topicKey] ?? []).flatMap((name) => keySynonyms(name, layers));
}

/**
 * Every topic-level key: the override when one is stored, else the broker's default. With the
 * broker's config, each entry also says where its value comes from and lists its synonyms.
 */
export function topicConfigEntries(
  overrides: Readonly<Record<string, string>>, defaults: LogConfig, keys?: readonly string[] | null, config?: BrokerConfig, layers?: BrokerLayers,
): ConfigEntry[] {
  const include = wanted(keys);
  return topicConfigKeys.filter(include).map((name) => {
    const override = overrides[name];
    const field = topicConfigFields[name];
    const value = override ?? (field === undefined ? '' : String(defaults[field] ?? ''));
    const entry: ConfigEntry = { name, value, readOnly: false, isDefault: override === undefined, isSensitive: false };
    if (config === undefined) return entry;
    const fromBroker = brokerSynonyms(layers ?? staticLayers(config), name);
    const synonyms = override === undefined ? fromBroker : [{ name, value: override, source: ConfigSource.TopicConfig }, ...fromBroker];
    return { ...entry, configSource: synonyms[0]?.source ?? ConfigSource.DefaultConfig, synonyms };
  });
}

function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.join(',');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/**
 * This broker's keys, each with the value of its highest layer (dynamic per-broker, dynamic
 * cluster-wide, static) or its default, that layer as its source, and every layer as synonyms
 * (KIP-226). Keys that cannot change at runtime are read-only. Password keys are hidden (Kafka
 * never returns sensitive values over DescribeConfigs).
 */
export function brokerConfigEntries(config: BrokerConfig, keys?: readonly string[] | null, layers: BrokerLayers = staticLayers(config)): ConfigEntry[] {
  const include = wanted(keys);
  return brokerConfigKeys.filter((k) => include(k.name)).map((k) => {
    const sensitive = k.type === 'password';
    const top = layers(k.name)[0];
    const value = sensitive ? '' : (top?.value ?? formatValue(k.defaultValue));
    return {
      name: k.name, value, readOnly: !isDynamicBrokerKey(k.name), isDefault: top === undefined, isSensitive: sensitive,
      configSource: top === undefined ? ConfigSource.DefaultConfig : sourceIds[top.source], synonyms: keySynonyms(k.name, layers, sensitive),
    };
  });
}

/** The cluster-wide dynamic defaults (resource name ''), as Kafka describes `<default>`: only the keys set there. */
function defaultBrokerEntries(dynamic: DynamicConfig | undefined, keys: readonly string[] | null | undefined): ConfigEntry[] {
  const include = wanted(keys);
  return Object.entries(dynamic?.brokerOverrides('default') ?? {}).filter(([name]) => include(name)).map(([name, value]) => {
    const sensitive = brokerConfigKeyByName.get(name)?.type === 'password';
    const shown = sensitive ? '' : value;
    return {
      name, value: shown, readOnly: false, isDefault: false, isSensitive: sensitive, configSource: ConfigSource.DynamicDefaultBrokerConfig,
      synonyms: [{ name, value: shown, source: ConfigSource.DynamicDefaultBrokerConfig }],
    };
  });
}

function layersOf(services: BrokerServices): BrokerLayers {
  const dynamic = services.dynamicConfig;
  return dynamic === undefined ? staticLayers(services.config) : (key) => dynamic.brokerValueLayers(key);
}

async function describeTopic(services: BrokerServices, name: string, keys: readonly string[] | null | undefined): Promise<ResourceResult> {
  const base = { resourceType: ConfigResourceType.Topic, resourceName: name };
  // A topic just created may not have reached this broker's metadata yet (the UpdateMetadata is
  // on its way): ZooKeeper, where topics are created, says whether it exists. An admin client
  // that creates a topic and describes it at once, at another broker, must not be told it does not.
  if (!services.metadataCache.contains(name) && (await services.zk.getTopicAssignment(name)) === undefined) {
    return { ...base, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: `Topic ${name} does not exist`, configs: [] };
  }
  const overrides = await services.zk.getTopicConfig(name);
  const defaults = services.dynamicConfig?.logDefaults() ?? services.config.logDefaults;
  return { ...base, errorCode: ErrorCode.NONE, errorMessage: '', configs: topicConfigEntries(overrides, defaults, keys, services.config, layersOf(services)) };
}

function describeBroker(services: BrokerServices, name: string, keys: readonly string[] | null | undefined): ResourceResult {
  const base = { resourceType: ConfigResourceType.Broker, resourceName: name };
  if (name === '') return { ...base, errorCode: ErrorCode.NONE, errorMessage: '', configs: defaultBrokerEntries(services.dynamicConfig, keys) };
  if (name !== String(services.config.brokerId)) {
    // Kafka: a broker resource must name the broker the request was sent to.
    return { ...base, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Unexpected broker id, expected ${services.config.brokerId} but received ${name}`, configs: [] };
  }
  return { ...base, errorCode: ErrorCode.NONE, errorMessage: '', configs: brokerConfigEntries(services.config, keys, layersOf(services)) };
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
    return { results, includeSynonyms: body.includeSynonyms === true };
  };
}
