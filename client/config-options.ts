/**
 * Option names of the client's config objects (Samsa, producer, consumer). Samsa names times
 * with their unit (`requestTimeoutMs`); code written for KafkaJS says `requestTimeout`. Where
 * KafkaJS's option means the same, its name is accepted and mapped; a name that is neither is
 * logged as a warning instead of being ignored silently (a typo such as `groupID` would
 * otherwise leave a default in force unnoticed). Giving both names with different values is an
 * error. The tables are checked against the config types, so a new option cannot be forgotten.
 */

import { SamsaError } from './errors';
import { type Logger } from './logger';
import { type SamsaConfig } from './samsa';
import { type ProducerConfig } from './producer/producer';
import { type ConsumerConfig } from './consumer/consumer';

type Names<T> = Record<keyof Required<T>, true>;

const samsaOptionNames: Names<SamsaConfig> = {
  brokers: true, clientId: true, ssl: true, sasl: true, connectionTimeoutMs: true, requestTimeoutMs: true, retry: true, metadataMaxAgeMs: true, logLevel: true, logger: true,
};

const producerOptionNames: Names<ProducerConfig> = {
  acks: true, timeoutMs: true, lingerMs: true, batchSizeBytes: true, compression: true, maxInFlightRequests: true, deliveryTimeoutMs: true, retryBackoffMs: true,
  maxRequestSizeBytes: true, bufferMemoryBytes: true, maxBlockMs: true, partitioner: true, allowAutoTopicCreation: true, idempotent: true, transactionalId: true,
  transactionTimeoutMs: true,
};

const consumerOptionNames: Names<ConsumerConfig> = {
  minBytes: true, maxBytes: true, maxBytesPerPartition: true, maxWaitTimeMs: true, autoOffsetReset: true, prefetchBytesMax: true, retryBackoffMs: true,
  closeTimeoutMs: true, isolationLevel: true, readCommitted: true, groupId: true, groupInstanceId: true, sessionTimeoutMs: true, rebalanceTimeoutMs: true,
  heartbeatIntervalMs: true, partitionAssigners: true, autoCommit: true, autoCommitIntervalMs: true, onPartitionsRevoked: true, onPartitionsAssigned: true,
};

/** A KafkaJS name: the Samsa option it sets, and how its value translates. */
interface Alias {
  to: string;
  value?: (v: unknown) => unknown;
}

const samsaAliases: Record<string, Alias> = {
  connectionTimeout: { to: 'connectionTimeoutMs' },
  requestTimeout: { to: 'requestTimeoutMs' },
  metadataMaxAge: { to: 'metadataMaxAgeMs' },
};

const producerAliases: Record<string, Alias> = {
  transactionTimeout: { to: 'transactionTimeoutMs' },
};

const consumerAliases: Record<string, Alias> = {
  sessionTimeout: { to: 'sessionTimeoutMs' },
  rebalanceTimeout: { to: 'rebalanceTimeoutMs' },
  heartbeatInterval: { to: 'heartbeatIntervalMs' },
  maxWaitTimeInMs: { to: 'maxWaitTimeMs' },
  autoCommitInterval: { to: 'autoCommitIntervalMs' },
  // KafkaJS reads committed data unless readUncommitted is true.
  readUncommitted: { to: 'isolationLevel', value: (v) => (v === true ? 'read_uncommitted' : 'read_committed') },
};

export type ConfigKind = 'Samsa' | 'producer' | 'consumer';

const tables: Record<ConfigKind, { names: Record<string, true>; aliases: Record<string, Alias> }> = {
  Samsa: { names: samsaOptionNames, aliases: samsaAliases },
  producer: { names: producerOptionNames, aliases: producerAliases },
  consumer: { names: consumerOptionNames, aliases: consumerAliases },
};

/**
 * The config with KafkaJS names mapped to Samsa's; `warn` hears of every unknown name.
 * The caller's object is not changed.
 */
export function normalizeConfig<T extends object>(kind: ConfigKind, config: T, warn: (message: string, option: string) => void): T {
  const { names, aliases } = tables[kind];
  const given = config as Record<string, unknown>;
  const out: Record<string, unknown> = { ...given };
  for (const [key, raw] of Object.entries(given)) {
    if (key in names) continue;
    const alias = aliases[key];
    if (alias === undefined) {
      warn(`unknown ${kind} option '${key}' is ignored`, key);
      continue;
    }
    const value = alias.value ? alias.value(raw) : raw;
    if (given[alias.to] !== undefined && given[alias.to] !== value) throw new SamsaError(`${kind} options '${key}' (KafkaJS) and '${alias.to}' disagree; give one`);
    delete out[key];
    if (raw !== undefined) out[alias.to] = value;
  }
  return out as T;
}

/** `normalizeConfig` warning through a client logger. */
export function normalizeConfigLogged<T extends object>(kind: ConfigKind, config: T, logger: Pick<Logger, 'warn'>): T {
  return normalizeConfig(kind, config, (message, option) => logger.warn({ option }, message));
}
