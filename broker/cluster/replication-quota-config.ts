/**
 * Keeps the leader and follower replication quotas in step with the dynamic configuration: the
 * broker's leader/follower.replication.throttled.rate (per broker, else cluster default) and each
 * topic's leader/follower.replication.throttled.replicas, re-read whenever they change (Kafka's
 * BrokerConfigHandler and TopicConfigHandler do the same for ReplicationQuotaManager).
 */

import { type ReplicationQuotaManager, parseThrottleRate, parseThrottledReplicas } from './replication-quota';

export const leaderThrottleRateKey = 'leader.replication.throttled.rate';
export const followerThrottleRateKey = 'follower.replication.throttled.rate';
export const leaderThrottledReplicasKey = 'leader.replication.throttled.replicas';
export const followerThrottledReplicasKey = 'follower.replication.throttled.replicas';

/** The part of the broker's dynamic configuration (DynamicConfig) the quotas read. */
export interface ThrottleConfigSource {
  /** The parsed value (DynamicConfig gives a number for the rates; null when unset). */
  brokerValue(key: string): unknown;
  topicOverrides(topic: string): Readonly<Record<string, string>> | ReadonlyMap<string, string> | undefined;
  onBrokerConfigChange(listener: () => void): void;
  onTopicConfigChange(listener: (topic: string) => void): void;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : undefined;
}

export interface ReplicationQuotas {
  leader: ReplicationQuotaManager;
  follower: ReplicationQuotaManager;
}

function topicValue(overrides: ReturnType<ThrottleConfigSource['topicOverrides']>, key: string): string | undefined {
  if (overrides === undefined) return undefined;
  return overrides instanceof Map ? overrides.get(key) : (overrides as Readonly<Record<string, string>>)[key];
}

/** Applies the current values and subscribes to changes; `topics()` lists the topics to read at start. */
export function bindReplicationQuotas(quotas: ReplicationQuotas, source: ThrottleConfigSource, brokerId: number, topics: () => Iterable<string>): void {
  const applyBroker = (): void => {
    quotas.leader.updateQuota(parseThrottleRate(text(source.brokerValue(leaderThrottleRateKey))));
    quotas.follower.updateQuota(parseThrottleRate(text(source.brokerValue(followerThrottleRateKey))));
  };
  const applyTopic = (topic: string): void => {
    const overrides = source.topicOverrides(topic);
    quotas.leader.markThrottled(topic, parseThrottledReplicas(topicValue(overrides, leaderThrottledReplicasKey), brokerId));
    quotas.follower.markThrottled(topic, parseThrottledReplicas(topicValue(overrides, followerThrottledReplicasKey), brokerId));
  };
  applyBroker();
  for (const topic of topics()) applyTopic(topic);
  source.onBrokerConfigChange(applyBroker);
  source.onTopicConfigChange(applyTopic);
}
