/**
 * One connection per broker, opened on first use and replaced after it breaks. Requests go
 * through `send`, which turns socket failures into SamsaConnectionError (retriable; callers
 * refresh metadata) and keeps protocol errors as they are.
 */

import { type ApiKey } from '../../proto/api';
import { BrokerConnection, ConnectionError, type ConnectionOptions } from './connection';
import { SamsaConnectionError, SamsaNotConnected } from '../errors';
import { type Logger } from '../logger';

export interface BrokerAddress {
  host: string;
  port: number;
}

/** TLS and SASL applied to every connection of a pool. */
export interface ConnectionSecurity {
  tls?: ConnectionOptions['tls'];
  sasl?: ConnectionOptions['sasl'];
}

export interface ConnectionPoolOptions {
  clientId: string;
  connectionTimeoutMs?: number;
  requestTimeoutMs?: number;
  logger: Logger;
  security?: ConnectionSecurity;
}

export function parseBrokerAddress(address: string): BrokerAddress {
  const colon = address.lastIndexOf(':');
  const host = colon > 0 ? address.slice(0, colon) : address;
  const port = colon > 0 ? Number(address.slice(colon + 1)) : 9092;
  if (!host || !Number.isInteger(port) || port <= 0 || port > 65535) throw new RangeError(`invalid broker address '${address}'`);
  return { host: host.replace(/^\[(.*)\]$/, '$1'), port };
}

export class ConnectionPool {
  private readonly connections = new Map<string, BrokerConnection>();
  private closed = false;

  constructor(private readonly options: ConnectionPoolOptions) {}

  /** The live connection to `address`, opening one if there is none. */
  async get(address: BrokerAddress): Promise<BrokerConnection> {
    if (this.closed) throw new SamsaNotConnected('the client is disconnected');
    const key = `${address.host}:${address.port}`;
    let connection = this.connections.get(key);
    if (!connection) {
      connection = new BrokerConnection({
        host: address.host,
        port: address.port,
        clientId: this.options.clientId,
        connectTimeoutMs: this.options.connectionTimeoutMs,
        requestTimeoutMs: this.options.requestTimeoutMs,
        ...this.options.security,
      });
      const created = connection;
      created.on('close', (err: Error) => {
        if (this.connections.get(key) === created) this.connections.delete(key);
        this.options.logger.debug({ broker: key, err: err.message }, 'connection closed');
      });
      this.connections.set(key, created);
    }
    try {
      await connection.connect();
    } catch (err) {
      if (this.connections.get(key) === connection) this.connections.delete(key);
      connection.close();
      throw wrapConnectionError(err, key);
    }
    return connection;
  }

  async send<T>(address: BrokerAddress, apiKey: ApiKey, body: object, opts?: { expectResponse?: boolean; timeoutMs?: number }): Promise<T> {
    const connection = await this.get(address);
    try {
      return await connection.send<T>(apiKey, body, opts);
    } catch (err) {
      throw wrapConnectionError(err, connection.address);
    }
  }

  isConnected(address: BrokerAddress): boolean {
    return this.connections.get(`${address.host}:${address.port}`)?.isConnected ?? false;
  }

  /** The connected addresses, least busy first (Kafka's leastLoadedNode). */
  connectedByLoad(): string[] {
    return [...this.connections.values()]
      .filter((c) => c.isConnected)
      .sort((a, b) => a.inFlightRequests - b.inFlightRequests)
      .map((c) => c.address);
  }

  close(): void {
    this.closed = true;
    for (const connection of this.connections.values()) connection.close();
    this.connections.clear();
  }
}

function wrapConnectionError(err: unknown, broker: string): unknown {
  if (err instanceof ConnectionError) return new SamsaConnectionError(err.message, broker, { cause: err });
  return err;
}
