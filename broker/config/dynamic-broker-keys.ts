/**
 * The broker keys that can change without a restart, at cluster-wide (`<default>`) or per-broker
 * level, following Kafka 2.8's DynamicBrokerConfig: the log.* defaults of DynamicLogConfig (every
 * topic without an override follows them), the log cleaner's LogCleaner.ReconfigurableConfigs,
 * the replication quotas of DynamicConfig.Broker and max.connections (DynamicConnectionQuota).
 * Any other known broker key is refused as Kafka refuses it ("Cannot update these configs
 * dynamically"). Listener, keystore and thread-pool keys, dynamic in Kafka, are static here.
 */

export const dynamicLogDefaultKeys: readonly string[] = Object.freeze([
  'log.segment.bytes', 'log.roll.ms', 'log.roll.hours', 'log.index.size.max.bytes', 'log.index.interval.bytes',
  'log.flush.interval.messages', 'log.flush.interval.ms', 'log.retention.bytes', 'log.retention.ms', 'log.retention.minutes',
  'log.retention.hours', 'log.cleaner.delete.retention.ms', 'log.cleaner.min.compaction.lag.ms', 'log.cleaner.max.compaction.lag.ms',
  'log.segment.delete.delay.ms', 'log.cleaner.min.cleanable.ratio', 'log.cleanup.policy', 'unclean.leader.election.enable',
  'min.insync.replicas', 'log.message.timestamp.type', 'message.max.bytes',
]);

export const dynamicLogCleanerKeys: readonly string[] = Object.freeze([
  'log.cleaner.threads', 'log.cleaner.dedupe.buffer.size', 'log.cleaner.io.buffer.load.factor', 'log.cleaner.io.buffer.size',
  'log.cleaner.io.max.bytes.per.second', 'log.cleaner.backoff.ms',
]);

/** KIP-73 replication quotas: read by the replication throttles through DynamicConfig. */
export const dynamicReplicationQuotaKeys: readonly string[] = Object.freeze([
  'leader.replication.throttled.rate', 'follower.replication.throttled.rate',
]);

const dynamicBrokerKeys: ReadonlySet<string> = new Set([
  ...dynamicLogDefaultKeys, ...dynamicLogCleanerKeys, ...dynamicReplicationQuotaKeys, 'max.connections',
]);

export function isDynamicBrokerKey(name: string): boolean {
  return dynamicBrokerKeys.has(name);
}
