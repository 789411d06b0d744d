/**
 * The admin API's own client of the cluster, as Confluent's REST Proxy and kafka_exporter use
 * Kafka's AdminClient: it connects to this broker's inter-broker listener with the broker's
 * inter-broker credentials (TLS material and SASL login), so routes that change the cluster or
 * read what other brokers hold (topic creation, config changes, group offsets, other leaders'
 * offsets, producing records) go through the same APIs, checks and code paths as any client.
 * The admin API authorizes its caller before it uses this client (route-authorization.ts).
 *
 * The admin client and the producer are created on first use and kept; a failed connect is
 * forgotten so that the next call tries again.
 */

import { Samsa, type SamsaConfig } from '../../client/samsa';
import type { Admin } from '../../client/admin/admin';
import type { Producer } from '../../client/producer/producer';
import type { Logger } from '../../client/logger';
import type { InterBrokerSecurity } from '../network/inter-broker/security';

export interface InternalClientOptions {
  /** This broker's own address(es) on the inter-broker listener, host:port. */
  bootstrap: () => string[];
  security: InterBrokerSecurity;
  brokerId: number;
  logger: Logger;
  /** Bound on each request the internal client sends. */
  requestTimeoutMs: number;
}

/** Bound on connecting to this broker's own listener. */
export const internalClientConnectTimeoutMs = 10_000;

export class InternalClusterClient {
  private adminClient: Promise<Admin> | undefined;
  private producerClient: Promise<Producer> | undefined;
  private closed = false;

  constructor(private readonly options: InternalClientOptions) {}

  /** A connected admin client (created on first use). */
  admin(): Promise<Admin> {
    this.checkOpen();
    if (this.adminClient === undefined) {
      const admin = this.samsa().admin();
      this.adminClient = admin.connect().then(() => admin);
      this.adminClient.catch(() => { this.adminClient = undefined; });
    }
    return this.adminClient;
  }

  /** A connected idempotent producer (created on first use), for POST .../records. */
  producer(): Promise<Producer> {
    this.checkOpen();
    if (this.producerClient === undefined) {
      const producer = this.samsa().producer({ idempotent: true });
      this.producerClient = producer.connect().then(() => producer);
      this.producerClient.catch(() => { this.producerClient = undefined; });
    }
    return this.producerClient;
  }

  /** A new Samsa entry object on this broker's connection settings, for clients the caller owns (and disconnects). */
  samsa(): Samsa {
    const security = this.options.security();
    const config: SamsaConfig = {
      brokers: this.options.bootstrap(),
      clientId: `samsa-admin-api-${this.options.brokerId}`,
      connectionTimeoutMs: internalClientConnectTimeoutMs,
      requestTimeoutMs: this.options.requestTimeoutMs,
      logger: this.options.logger,
    };
    if (security.tls !== undefined) config.ssl = security.tls;
    if (security.sasl !== undefined) {
      const mechanism = security.sasl.mechanism.toLowerCase() as NonNullable<SamsaConfig['sasl']>['mechanism'];
      config.sasl = { mechanism, username: security.sasl.username, password: security.sasl.password };
    }
    return new Samsa(config);
  }

  async close(): Promise<void> {
    this.closed = true;
    const admin = this.adminClient;
    const producer = this.producerClient;
    this.adminClient = undefined;
    this.producerClient = undefined;
    await Promise.all([
      admin?.then((a) => a.disconnect(), () => undefined),
      producer?.then((p) => p.disconnect(), () => undefined),
    ]);
  }

  private checkOpen(): void {
    if (this.closed) throw new Error('the admin API is shutting down');
  }
}
