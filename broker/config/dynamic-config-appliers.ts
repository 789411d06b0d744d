/**
 * Where dynamic config changes take effect on a running broker (Kafka's TopicConfigHandler and
 * the Reconfigurables of DynamicBrokerConfig): a topic's overrides go to its hosted logs; a change
 * of the log.* defaults re-derives every hosted topic's config (a topic override still wins); the
 * log cleaner's throttle and buffer take their new values at its next clean; the replication
 * quotas follow the throttle keys (Kafka's BrokerConfigHandler / TopicConfigHandler).
 */
import type { TopicLogConfigs } from '../cluster/topic-log-configs';
import type { LogCleanerConfig } from '../log/cleaner/log-cleaner';
import type { DynamicConfig } from './dynamic-config';
import { dynamicLogDefaultKeys } from './dynamic-broker-keys';
import { type ReplicationQuotas, bindReplicationQuotas } from '../cluster/replication-quota-config';

export function applyDynamicConfigChanges(dynamic: DynamicConfig, targets: {
  topicConfigs: Pick<TopicLogConfigs, 'update' | 'refreshAll'>;
  cleanerConfig: LogCleanerConfig;
  replicationQuotas?: { quotas: ReplicationQuotas; brokerId: number };
}): void {
  dynamic.onTopicConfigChange((topic, overrides) => targets.topicConfigs.update(topic, overrides));
  dynamic.onBrokerConfigChange((keys) => {
    if (keys.some((k) => dynamicLogDefaultKeys.includes(k))) targets.topicConfigs.refreshAll();
    applyCleanerKeys(dynamic, targets.cleanerConfig);
  });
  applyCleanerKeys(dynamic, targets.cleanerConfig);
  const replication = targets.replicationQuotas;
  if (replication !== undefined) bindReplicationQuotas(replication.quotas, dynamic, replication.brokerId, () => dynamic.configuredTopics());
}

/** The cleaner reads these on every clean (Kafka's LogCleaner.reconfigure restarts its threads instead). */
function applyCleanerKeys(dynamic: DynamicConfig, config: LogCleanerConfig): void {
  config.ioBufferSize = dynamic.brokerValue('log.cleaner.io.buffer.size') as number;
  config.maxIoBytesPerSecond = dynamic.brokerValue('log.cleaner.io.max.bytes.per.second') as number;
}
