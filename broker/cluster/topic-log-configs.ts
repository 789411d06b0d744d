/**
 * The effective log config of each topic this broker hosts: the broker's current log defaults
 * (dynamic ones included) overridden by /config/topics/<topic>, read from ZooKeeper when the first
 * partition of the topic is created here (Kafka's ReplicaManager reads it through
 * AdminZkClient.fetchEntityConfig), re-derived when a config change notification names the topic
 * or the broker defaults change (Kafka's TopicConfigHandler), and forgotten when the last partition
 * is deleted. An invalid override falls back to the defaults rather than leaving the partition
 * without a log.
 */
import type { Logger } from 'pino';
import type { KafkaZkClient } from '../../zk/kafka-zk-client';
import { LogConfigError, parseTopicConfig, type LogConfig } from '../log/log-config';
import type { LogManager } from '../log/log-manager';

export class TopicLogConfigs {
  private readonly overridesByTopic = new Map<string, Readonly<Record<string, string>>>();
  /** The derived config of each known topic: a partition created for a known topic costs no parse and no pass over every log. */
  private readonly configByTopic = new Map<string, LogConfig>();
  /** ZooKeeper reads under way, so the partitions of one topic created side by side read its config once. */
  private readonly reading = new Map<string, Promise<Readonly<Record<string, string>>>>();

  constructor(private readonly deps: {
    zk: Pick<KafkaZkClient, 'getTopicConfig'>;
    logManager: Pick<LogManager, 'updateTopicConfig'>;
    /** The broker's log defaults now (they change with dynamic broker configs). */
    logDefaults: LogConfig | (() => LogConfig);
    logger: Logger;
  }) {}

  async get(topic: string): Promise<LogConfig> {
    const known = this.configByTopic.get(topic);
    if (known !== undefined) return known;
    let read = this.reading.get(topic);
    if (read === undefined) {
      read = this.deps.zk.getTopicConfig(topic).finally(() => this.reading.delete(topic));
      this.reading.set(topic, read);
    }
    const overrides = await read;
    // Another partition's get may have derived it meanwhile.
    const derived = this.configByTopic.get(topic);
    if (derived !== undefined) return derived;
    this.overridesByTopic.set(topic, overrides);
    return this.apply(topic, overrides);
  }

  /** A topic's overrides changed: its hosted logs take the new config now. */
  update(topic: string, overrides: Readonly<Record<string, string>>): void {
    if (!this.overridesByTopic.has(topic)) return;
    this.overridesByTopic.set(topic, overrides);
    this.apply(topic, overrides);
  }

  /** The broker's log defaults changed: every hosted topic re-derives its config. */
  refreshAll(): void {
    for (const [topic, overrides] of this.overridesByTopic) this.apply(topic, overrides);
  }

  forget(topic: string): void {
    this.overridesByTopic.delete(topic);
    this.configByTopic.delete(topic);
  }

  private defaults(): LogConfig {
    return typeof this.deps.logDefaults === 'function' ? this.deps.logDefaults() : this.deps.logDefaults;
  }

  private apply(topic: string, overrides: Readonly<Record<string, string>>): LogConfig {
    let config: LogConfig;
    try {
      config = parseTopicConfig({ ...overrides }, this.defaults());
    } catch (err) {
      if (!(err instanceof LogConfigError)) throw err;
      this.deps.logger.error({ err, topic }, 'invalid topic config in ZooKeeper; using the broker defaults');
      config = this.defaults();
    }
    this.configByTopic.set(topic, config);
    this.deps.logManager.updateTopicConfig(topic, config);
    return config;
  }
}
