/**
 * DynamicConfig: this broker's view of the configs that change at runtime (Kafka's
 * DynamicConfigManager with its TopicConfigHandler and BrokerConfigHandler, and DynamicBrokerConfig).
 * At startup it reads every `/config/topics/<t>`, `/config/brokers/<default>` and
 * `/config/brokers/<this id>`; then it follows `/config/changes`: each new `config_change_<seq>`
 * names one entity, which is re-read and handed to the listeners, so that running logs, the log
 * cleaner and the controller apply the change without a restart. A broker value is, highest
 * precedence first, the per-broker dynamic value, the cluster-wide `<default>` one, the static one
 * (server.properties, SAMSA_*, --override), the key's default (KIP-226's order). Notifications
 * older than `configChangeExpirationMs` are purged as Kafka's ZkNodeChangeNotificationListener does.
 */
import type { Logger } from 'pino';
import { ConfigChangesZNode, ConfigEntityChangeNotificationSequenceZNode } from '../../zk/paths';
import { defaultBrokerEntity, EntityConfigStore, parseConfigEntityPath } from '../../zk/admin/config-store';
import type { ZkSession } from '../../zk/zk-session';
import { type BrokerConfig, logDefaultsFromValues } from '../config';
import { LogConfigError, parseTopicConfig, type LogConfig } from '../log/log-config';
import { brokerConfigKeyByName, brokerConfigKeys, type ConfigValue, parseValue } from './definitions';
import { BrokerConfigError } from './properties';

/** Kafka's changeExpirationMs: notifications older than this are deleted by whoever reads them. */
export const configChangeExpirationMs = 15 * 60_000;

export type BrokerConfigChangeListener = (changedKeys: readonly string[]) => void;
export type TopicConfigChangeListener = (topic: string, overrides: Readonly<Record<string, string>>) => void;

/** Where a broker key's effective value comes from (DescribeConfigs' ConfigSource). */
export type BrokerValueSource = 'DYNAMIC_BROKER_CONFIG' | 'DYNAMIC_DEFAULT_BROKER_CONFIG' | 'STATIC_BROKER_CONFIG' | 'DEFAULT_CONFIG';

const changePrefix = ConfigEntityChangeNotificationSequenceZNode.prefix;

export class DynamicConfig {
  private readonly store: EntityConfigStore;
  private readonly topics = new Map<string, Readonly<Record<string, string>>>();
  private perBroker: Readonly<Record<string, string>> = {};
  private clusterDefault: Readonly<Record<string, string>> = {};
  private effective = new Map<string, ConfigValue>();
  private currentLogDefaults: LogConfig;
  private readonly brokerListeners = new Set<BrokerConfigChangeListener>();
  private readonly topicListeners = new Set<TopicConfigChangeListener>();
  private lastChangeSeen = -1;
  /** False until the notifications present at startup were read (loadAll already applied them). */
  private initialized = false;
  private stopped = false;
  /** Notifications are applied one at a time, in sequence order. */
  private processing: Promise<void> = Promise.resolve();

  constructor(private readonly deps: {
    zk: Pick<ZkSession, 'getData' | 'getChildren' | 'multi' | 'create' | 'exists' | 'delete' | 'on'>;
    config: BrokerConfig;
    logger: Logger;
    nowMs?: () => number;
  }) {
    this.store = new EntityConfigStore(deps.zk);
    this.currentLogDefaults = deps.config.logDefaults;
    this.recompute();
  }

  /** Loads every stored entity, then follows notifications (re-armed on each new ZooKeeper session). */
  async start(): Promise<void> {
    await this.loadAll(false);
    this.deps.zk.on('newSession', () => {
      // Changes made while the session was lost had their notifications missed: re-read everything.
      this.processing = this.processing.then(() => this.loadAll(true)).then(() => this.watchChanges()).catch((err: unknown) => {
        this.deps.logger.warn({ err }, 'reloading dynamic configs after a new ZooKeeper session failed');
      });
    });
    await this.watchChanges();
  }

  stop(): void {
    this.stopped = true;
    this.brokerListeners.clear();
    this.topicListeners.clear();
  }

  /** The effective value of a broker key (parsed: number, boolean, string, string[] or null). */
  brokerValue(key: string): ConfigValue {
    return this.effective.get(key) ?? null;
  }

  /** Where `brokerValue(key)` comes from, and the value of each layer that sets it (KIP-226 synonyms). */
  brokerValueLayers(key: string): Array<{ source: BrokerValueSource; value: string }> {
    const layers: Array<{ source: BrokerValueSource; value: string }> = [];
    const perBroker = this.perBroker[key];
    if (perBroker !== undefined) layers.push({ source: 'DYNAMIC_BROKER_CONFIG', value: perBroker });
    const clusterDefault = this.clusterDefault[key];
    if (clusterDefault !== undefined) layers.push({ source: 'DYNAMIC_DEFAULT_BROKER_CONFIG', value: clusterDefault });
    const fixed = this.deps.config.staticConfigs?.[key];
    if (fixed !== undefined) layers.push({ source: 'STATIC_BROKER_CONFIG', value: fixed });
    return layers;
  }

  /** The broker's log.* keys as topic defaults, dynamic values applied. */
  logDefaults(): LogConfig {
    return this.currentLogDefaults;
  }

  /** The dynamic keys stored for this broker (`perBroker`) or cluster-wide (`<default>`). */
  brokerOverrides(level: 'broker' | 'default'): Readonly<Record<string, string>> {
    return level === 'broker' ? this.perBroker : this.clusterDefault;
  }

  /** The topic's overrides as last read (empty for a topic with none). */
  topicOverrides(topic: string): Readonly<Record<string, string>> {
    return this.topics.get(topic) ?? {};
  }

  /** The topics that have overrides stored, as last read. */
  configuredTopics(): string[] {
    return [...this.topics.keys()];
  }

  /** The topic's effective log config: its overrides on top of the current log defaults. */
  topicLogConfig(topic: string): LogConfig {
    try {
      return parseTopicConfig({ ...this.topicOverrides(topic) }, this.currentLogDefaults);
    } catch (err) {
      if (!(err instanceof LogConfigError)) throw err;
      this.deps.logger.error({ err, topic }, 'invalid topic config in ZooKeeper; using the broker defaults');
      return this.currentLogDefaults;
    }
  }

  /** `listener` runs with the changed keys after a broker-level change; returns its removal. */
  onBrokerConfigChange(listener: BrokerConfigChangeListener): () => void {
    this.brokerListeners.add(listener);
    return () => this.brokerListeners.delete(listener);
  }

  /** `listener` runs with the topic's new overrides after a topic change; returns its removal. */
  onTopicConfigChange(listener: TopicConfigChangeListener): () => void {
    this.topicListeners.add(listener);
    return () => this.topicListeners.delete(listener);
  }

  private async loadAll(notify: boolean): Promise<void> {
    const stored = await this.store.entities('topics');
    for (const topic of new Set([...stored, ...this.topics.keys()])) {
      const before = JSON.stringify(this.topics.get(topic) ?? {});
      const overrides = stored.includes(topic) ? await this.store.read('topics', topic) : {};
      this.setTopic(topic, overrides);
      if (notify && JSON.stringify(overrides) !== before) this.notifyTopic(topic, overrides);
    }
    await this.reloadBroker(defaultBrokerEntity, notify);
    await this.reloadBroker(String(this.deps.config.brokerId), notify);
  }

  private setTopic(topic: string, overrides: Readonly<Record<string, string>>): void {
    if (Object.keys(overrides).length === 0) this.topics.delete(topic);
    else this.topics.set(topic, overrides);
  }

  private notifyTopic(topic: string, overrides: Readonly<Record<string, string>>): void {
    this.deps.logger.info({ topic, overrides }, 'topic config changed');
    for (const listener of this.topicListeners) this.safely(() => listener(topic, overrides));
  }

  private async watchChanges(): Promise<void> {
    if (this.stopped) return;
    let children: string[];
    try {
      children = (await this.deps.zk.getChildren(ConfigChangesZNode.path, () => {
        this.processing = this.processing.then(() => this.watchChanges());
      })) ?? [];
    } catch (err) {
      this.deps.logger.warn({ err: (err as Error).message }, 'cannot watch /config/changes; dynamic config changes apply after the next session');
      return;
    }
    const sequences = children.filter((c) => c.startsWith(changePrefix)).map((child) => ({ child, seq: Number(child.slice(changePrefix.length)) }))
      .filter((c) => Number.isFinite(c.seq)).sort((a, b) => a.seq - b.seq);
    const firstRun = !this.initialized;
    this.initialized = true;
    for (const { child, seq } of sequences) {
      if (seq <= this.lastChangeSeen) continue;
      this.lastChangeSeen = seq;
      // What the notifications present at startup announce was read by loadAll already.
      if (!firstRun) await this.applyChange(child);
      await this.maybePurge(child);
    }
  }

  private async applyChange(child: string): Promise<void> {
    try {
      const node = await this.deps.zk.getData(ConfigEntityChangeNotificationSequenceZNode.path(child));
      if (node === undefined) return;
      const entity = parseConfigEntityPath(ConfigEntityChangeNotificationSequenceZNode.decode(node.data) ?? '');
      if (entity === undefined) return;
      if (entity.type === 'topics') await this.reloadTopic(entity.name);
      else if (entity.name === defaultBrokerEntity || entity.name === String(this.deps.config.brokerId)) await this.reloadBroker(entity.name, true);
    } catch (err) {
      this.deps.logger.warn({ child, err: (err as Error).message }, 'cannot apply config change notification');
    }
  }

  private async reloadTopic(topic: string): Promise<void> {
    const overrides = await this.store.read('topics', topic);
    this.setTopic(topic, overrides);
    this.notifyTopic(topic, overrides);
  }

  private async reloadBroker(entity: string, notify: boolean): Promise<void> {
    const stored = await this.store.read('brokers', entity);
    const before = new Map(this.effective);
    if (entity === defaultBrokerEntity) this.clusterDefault = stored;
    else this.perBroker = stored;
    this.recompute();
    const changed = [...this.effective.keys()].filter((k) => !sameValue(before.get(k), this.effective.get(k)));
    if (!notify || changed.length === 0) return;
    this.deps.logger.info({ entity, changed }, 'broker config changed');
    for (const listener of this.brokerListeners) this.safely(() => listener(changed));
  }

  /** Effective values: key defaults < static < cluster-wide dynamic < per-broker dynamic; an unparsable stored value is skipped. */
  private recompute(): void {
    const values = new Map<string, ConfigValue>();
    for (const def of brokerConfigKeys) if (def.defaultValue !== undefined) values.set(def.name, def.defaultValue);
    const layers = [this.deps.config.staticConfigs ?? {}, this.clusterDefault, this.perBroker];
    for (const layer of layers) {
      for (const [key, raw] of Object.entries(layer)) {
        const def = brokerConfigKeyByName.get(key);
        if (def === undefined) continue;
        try {
          values.set(key, parseValue(def, raw));
        } catch (err) {
          if (!(err instanceof BrokerConfigError)) throw err;
          this.deps.logger.warn({ key, err: err.message }, 'ignoring an invalid dynamic broker config');
        }
      }
    }
    this.effective = values;
    this.currentLogDefaults = Object.keys(this.clusterDefault).length === 0 && Object.keys(this.perBroker).length === 0
      ? this.deps.config.logDefaults : logDefaultsFromValues(values);
  }

  private async maybePurge(child: string): Promise<void> {
    const path = ConfigEntityChangeNotificationSequenceZNode.path(child);
    try {
      const stat = await this.deps.zk.exists(path);
      const nowMs = (this.deps.nowMs ?? Date.now)();
      if (stat?.ctimeMs !== undefined && nowMs - stat.ctimeMs > configChangeExpirationMs) await this.deps.zk.delete(path);
    } catch {
      // Another broker purged it first.
    }
  }

  private safely(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.deps.logger.error({ err }, 'a config change listener failed');
    }
  }
}

function sameValue(a: ConfigValue | undefined, b: ConfigValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
