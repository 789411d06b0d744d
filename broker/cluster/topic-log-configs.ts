/**
 * The effective log config of each topic this broker hosts: broker defaults overridden by
 * /config/topics/<topic>, read from ZooKeeper once, when the first partition of the topic is
 * created here (Kafka's ReplicaManager reads it through AdminZkClient.fetchEntityConfig), and
 * forgotten when the last one is deleted. An invalid override falls back to the defaults rather
 * than leaving the partition without a log.
 */
import type { Logger } from 'pino';
import type { KafkaZkClient } from '../../zk/kafka-zk-client';
import { LogConfigError, parseTopicConfig, type LogConfig } from '../log/log-config';
import type { LogManager } from '../log/log-manager';

export class TopicLogConfigs {
  private readonly byTopic = new Map<string, LogConfig>();

  constructor(private readonly deps: {
    zk: Pick<KafkaZkClient, 'getTopicConfig'>;
    logManager: Pick<LogManager, 'updateTopicConfig'>;
    logDefaults: LogConfig;
    logger: Logger;
  }) {}

  async get(topic: string): Promise<LogConfig> {
    const cached = this.byTopic.get(topic);
    if (cached !== undefined) return cached;
    const overrides = await this.deps.zk.getTopicConfig(topic);
    let config: LogConfig;
    try {
      config = parseTopicConfig(overrides, this.deps.logDefaults);
    } catch (err) {
      if (!(err instanceof LogConfigError)) throw err;
      this.deps.logger.error({ err, topic }, 'invalid topic config in ZooKeeper; using the broker defaults');
      config = this.deps.logDefaults;
    }
    this.byTopic.set(topic, config);
    this.deps.logManager.updateTopicConfig(topic, config);
    return config;
  }

  forget(topic: string): void {
    this.byTopic.delete(topic);
  }
}
