/**
 * The entry object, shaped like KafkaJS's `new Kafka(...)`: it holds the shared configuration
 * and hands out producers, consumers and admins, each with its own cluster view and
 * connections (as Kafka's clients do), so disconnecting one never cuts another.
 */

import type { ConnectionOptions } from 'node:tls';
import { Cluster } from './cluster/cluster';
import { Producer, type ProducerConfig } from './producer/producer';
import { Consumer, type ConsumerConfig } from './consumer/consumer';
import { Admin } from './admin/admin';
import { type RetryOptions, type RetryPolicy, retryPolicy } from './retry';
import { type LogLevel, type Logger, createLogger } from './logger';
import { SamsaError } from './errors';
import type { ConnectionSecurity } from './network/connection-pool';
import { SaslClientError, saslMechanismName } from './network/sasl-client';
import { normalizeConfig, normalizeConfigLogged } from './config-options';

/** KafkaJS's `sasl` option: the mechanism and the user's credentials. */
export interface SaslOptions {
  mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512';
  username: string;
  password: string;
}

export interface SamsaConfig {
  brokers: string[];
  clientId?: string;
  /** KafkaJS's `ssl` option: true for TLS with the system's trusted CAs, or Node's tls.connect options (ca, cert, key, servername, rejectUnauthorized). */
  ssl?: boolean | ConnectionOptions;
  /** Authenticate every connection with SASL (over TLS when `ssl` is set: SASL_SSL; else SASL_PLAINTEXT). */
  sasl?: SaslOptions;
  connectionTimeoutMs?: number;
  requestTimeoutMs?: number;
  retry?: RetryOptions;
  metadataMaxAgeMs?: number;
  logLevel?: LogLevel;
  logger?: Logger;
}

export const samsaDefaults = {
  clientId: 'samsa',
  connectionTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  metadataMaxAgeMs: 300_000,
};

export class Samsa {
  private readonly retry: RetryPolicy;
  private readonly logger: Logger;
  private readonly security: ConnectionSecurity;
  private readonly config: SamsaConfig;

  /** KafkaJS's option names are accepted where they mean the same (config-options.ts); unknown ones are logged. */
  constructor(config: SamsaConfig) {
    const unknown: Array<[string, string]> = [];
    this.config = config = normalizeConfig('Samsa', config, (message, option) => unknown.push([message, option]));
    if (!Array.isArray(config.brokers) || config.brokers.length === 0) throw new SamsaError('brokers: at least one host:port is required');
    this.retry = retryPolicy(config.retry);
    this.logger = createLogger({ logger: config.logger, logLevel: config.logLevel, clientId: config.clientId ?? samsaDefaults.clientId });
    for (const [message, option] of unknown) this.logger.warn({ option }, message);
    this.security = connectionSecurity(config);
  }

  producer(config: ProducerConfig = {}): Producer {
    return new Producer(this.cluster(), normalizeConfigLogged('producer', config, this.logger), this.config.requestTimeoutMs ?? samsaDefaults.requestTimeoutMs);
  }

  consumer(config: ConsumerConfig = {}): Consumer {
    return new Consumer(this.cluster(), normalizeConfigLogged('consumer', config, this.logger), this.retry);
  }

  admin(): Admin {
    return new Admin(this.cluster());
  }

  private cluster(): Cluster {
    return new Cluster({
      brokers: this.config.brokers,
      clientId: this.config.clientId ?? samsaDefaults.clientId,
      connectionTimeoutMs: this.config.connectionTimeoutMs ?? samsaDefaults.connectionTimeoutMs,
      requestTimeoutMs: this.config.requestTimeoutMs ?? samsaDefaults.requestTimeoutMs,
      retry: this.retry,
      metadataMaxAgeMs: this.config.metadataMaxAgeMs ?? samsaDefaults.metadataMaxAgeMs,
      logger: this.logger,
      security: this.security,
    });
  }
}

/** SamsaConfig's `ssl` and `sasl` as connection options; bad options fail the constructor. */
export function connectionSecurity(config: Pick<SamsaConfig, 'ssl' | 'sasl'>): ConnectionSecurity {
  const security: ConnectionSecurity = {};
  if (config.ssl !== undefined && config.ssl !== false) security.tls = config.ssl;
  if (config.sasl !== undefined) {
    const { mechanism, username, password } = config.sasl;
    if (typeof username !== 'string' || username === '' || typeof password !== 'string') throw new SamsaError('sasl: username and password are required');
    try {
      security.sasl = { mechanism: saslMechanismName(mechanism), username, password };
    } catch (err) {
      if (err instanceof SaslClientError) throw new SamsaError(`sasl: ${err.message}`);
      throw err;
    }
  }
  return security;
}
