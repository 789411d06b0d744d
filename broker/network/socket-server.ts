/**
 * Kafka's SocketServer: one TCP acceptor per configured listener, each connection tagged with
 * the listener it arrived on (Metadata answers with that listener's endpoints). Listeners bind
 * early in startup so that the bound ports can be registered in ZooKeeper, but requests are
 * only processed after `startProcessingRequests` hands over the dispatcher (KafkaServer starts
 * the socket server with `startProcessingRequests = false` for the same reason).
 *
 * SSL and SASL_SSL listeners accept TLS (Kafka's SslTransportLayer): the handshake is bounded by
 * tlsHandshakeTimeoutMs, a client that fails it (plaintext bytes, an untrusted or expired
 * certificate under ssl.client.auth=required) is logged and dropped while everyone else is served,
 * and the key and certificates reload when their files change (TlsReloader). A TLS connection's
 * principal is its client certificate's mapped DN, else ANONYMOUS.
 *
 * Bounds: `maxConnections` open connections across all listeners (more are closed on accept),
 * per-connection queues (see ServerConnection), idle connections closed after
 * `idleTimeoutMs`, and a bounded drain at shutdown.
 */

import net from 'node:net';
import tls from 'node:tls';
import type { Logger } from 'pino';
import type { ListenerEndpoint } from '../config/listeners';
import type { ListenerSecurity, TransportSecurityConfig } from '../config/security';
import { anonymousPrincipal, formatPrincipal } from '../security/principal';
import { hostOfAddress, type Session } from '../security/session';
import { PrincipalMapper } from '../security/tls/principal-mapper';
import { tlsPrincipal } from '../security/tls/tls-principal';
import { tlsHandshakeTimeoutMs } from '../security/tls/tls-material';
import { TlsReloader } from '../security/tls/tls-reloader';
import type { SaslAuthenticatorFactory } from '../security/sasl/server-authenticator';
import { LogRateLimiter } from './log-rate-limiter';
import type { ConnectionInfo, DispatchResult } from './request-dispatcher';
import { ServerConnection } from './server-connection';


/** At most this many failed-TLS log lines per listener per window; the next line counts the rest. */
export const failedTlsLogLinesPerWindow = 20;
export const failedTlsLogWindowMs = 60_000;
export interface SocketServerOptions {
  listeners: readonly ListenerEndpoint[];
  maxConnections: number;
  frameBytesMax: number;
  queuedRequestsMax: number;
  idleTimeoutMs: number;
  logger: Logger;
  /** Each listener's security; a listener it does not name (or no config at all) is PLAINTEXT. */
  security?: TransportSecurityConfig;
  /** Creates the SASL authenticator of a connection on a SASL listener. */
  saslAuthenticators?: SaslAuthenticatorFactory;
  /** Bound on a TLS handshake (tlsHandshakeTimeoutMs unless a test shortens it). */
  tlsHandshakeTimeoutMs?: number;
}

export interface Dispatcher {
  dispatch(bytes: Buffer, conn: ConnectionInfo): Promise<DispatchResult>;
}

interface Acceptor {
  listener: ListenerEndpoint;
  server: net.Server;
  boundPort: number;
  tlsReloader?: TlsReloader;
}

export class SocketServer {
  private readonly acceptors = new Map<string, Acceptor>();
  private readonly tlsReloaders = new Map<string, TlsReloader>();
  private readonly connections = new Set<ServerConnection>();
  private dispatcher: Dispatcher | undefined;
  private readonly processingWaiters: Array<() => void> = [];
  private nextConnectionIndex = 0;
  private accepting = false;

  constructor(private readonly opts: SocketServerOptions) {}

  /** Binds every listener; resolves when all listen. A failed bind closes the ones already open. */
  async startup(): Promise<void> {
    this.accepting = true;
    try {
      for (const listener of this.opts.listeners) await this.bind(listener);
    } catch (err) {
      this.stopAccepting();
      throw err;
    }
  }

  /** The port a listener actually bound (differs from the configured one when that was 0). */
  boundPort(listenerName: string): number {
    const acceptor = this.acceptors.get(listenerName);
    if (acceptor === undefined) throw new Error(`no listener named ${listenerName}`);
    return acceptor.boundPort;
  }

  startProcessingRequests(dispatcher: Dispatcher): void {
    this.dispatcher = dispatcher;
    for (const resolve of this.processingWaiters.splice(0)) resolve();
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /** Closes the acceptors: no new connections; open ones keep being served. */
  stopAccepting(): void {
    this.accepting = false;
    for (const acceptor of this.acceptors.values()) acceptor.server.close();
    for (const reloader of this.tlsReloaders.values()) reloader.stop();
  }

  /** A TLS listener's material (for this broker's own connections to others on that listener). */
  tlsReloader(listenerName: string): TlsReloader | undefined {
    return this.tlsReloaders.get(listenerName);
  }

  /**
   * Stops reading new requests, waits up to `timeoutMs` for queued and running ones to be
   * answered, then closes every connection. Returns how many connections were still busy.
   */
  async drainAndClose(timeoutMs: number): Promise<number> {
    this.stopAccepting();
    const connections = [...this.connections];
    for (const c of connections) c.stopReading();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => { timer = setTimeout(resolve, timeoutMs); });
    await Promise.race([Promise.all(connections.map((c) => c.whenIdle())), deadline]);
    clearTimeout(timer);
    const busy = connections.filter((c) => !c.isIdle).length;
    for (const c of [...this.connections]) c.closeConnection('broker shutting down');
    return busy;
  }

  private bind(listener: ListenerEndpoint): Promise<void> {
    const security = this.opts.security?.listeners[listener.name];
    if (security?.sasl !== undefined && this.opts.saslAuthenticators === undefined) {
      return Promise.reject(new Error(`listener ${listener.name} is ${security.securityProtocol} but no SASL authenticator is configured`));
    }
    const server = security?.ssl === undefined
      ? net.createServer({ noDelay: true }, (socket) => this.onConnection(listener, socket, security))
      : this.tlsServer(listener, security);
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen({ host: listener.host === '' ? undefined : listener.host, port: listener.port }, () => {
        server.off('error', reject);
        server.on('error', (err) => this.opts.logger.error({ err, listener: listener.name }, 'listener error'));
        const address = server.address() as net.AddressInfo;
        this.acceptors.set(listener.name, { listener, server, boundPort: address.port });
        this.opts.logger.info({ listener: listener.name, host: listener.host, port: address.port }, 'listener bound');
        resolve();
      });
    });
  }

  private tlsServer(listener: ListenerEndpoint, security: ListenerSecurity): tls.Server {
    const ssl = security.ssl!;
    const reloader = new TlsReloader(listener.name, ssl, this.opts.logger);
    this.tlsReloaders.set(listener.name, reloader);
    const mapper = PrincipalMapper.fromRules(ssl.principalMappingRules);
    const failureLog = new LogRateLimiter(failedTlsLogLinesPerWindow, failedTlsLogWindowMs);
    const server = tls.createServer({
      ...reloader.currentServerOptions,
      requestCert: ssl.clientAuth !== 'none',
      rejectUnauthorized: ssl.clientAuth === 'required',
      handshakeTimeout: this.opts.tlsHandshakeTimeoutMs ?? tlsHandshakeTimeoutMs,
      noDelay: true,
    }, (socket) => {
      const principal = tlsPrincipal(socket, mapper);
      if (!principal.ok) {
        failureLog.log((suppressed) => this.opts.logger.info({ listener: listener.name, remote: socket.remoteAddress, reason: principal.reason, suppressed },
          'refusing TLS connection: failed authentication'));
        socket.destroy();
        return;
      }
      this.onConnection(listener, socket, security, principal.principal);
    });
    // A client that fails the handshake is its own problem, not the broker's: info, as Kafka logs failed authentication.
    // Bounded per listener (failedTlsLogLinesPerWindow), so that a scanner cannot flood the log.
    server.on('tlsClientError', (err, socket) => {
      failureLog.log((suppressed) => this.opts.logger.info({ listener: listener.name, remote: socket.remoteAddress, reason: err.message, suppressed },
        'TLS handshake failed; connection closed'));
      socket.destroy();
    });
    reloader.onReload((options) => server.setSecureContext(options));
    reloader.start();
    return server;
  }

  private onConnection(listener: ListenerEndpoint, socket: net.Socket, security?: ListenerSecurity, principal?: Session['principal']): void {
    if (!this.accepting) {
      socket.destroy();
      return;
    }
    if (this.connections.size >= this.opts.maxConnections) {
      this.opts.logger.warn({ listener: listener.name, remote: socket.remoteAddress, maxConnections: this.opts.maxConnections },
        'refusing connection: max.connections reached');
      socket.destroy();
      return;
    }
    const connectionId = `${socket.localAddress ?? '?'}:${socket.localPort ?? 0}-${socket.remoteAddress ?? '?'}:${socket.remotePort ?? 0}-${this.nextConnectionIndex++}`;
    const session: Session | undefined = security === undefined || security.securityProtocol === 'PLAINTEXT' ? undefined : {
      principal: principal ?? anonymousPrincipal, clientHost: hostOfAddress(socket.remoteAddress ?? '?'),
      listenerName: listener.name, securityProtocol: security.securityProtocol,
    };
    if (principal !== undefined && principal !== anonymousPrincipal) {
      this.opts.logger.debug({ listener: listener.name, connectionId, principal: formatPrincipal(principal) }, 'TLS client authenticated');
    }
    const saslListener = security?.sasl;
    const connection = new ServerConnection({
      socket,
      listenerName: listener.name,
      connectionId,
      ...(session === undefined ? {} : { session }),
      ...(saslListener === undefined || this.opts.saslAuthenticators === undefined ? {} : { authenticators: this.opts.saslAuthenticators, listenerSecurity: security! }),
      dispatch: (bytes, conn) => this.dispatch(bytes, conn),
      frameBytesMax: this.opts.frameBytesMax,
      queuedRequestsMax: this.opts.queuedRequestsMax,
      idleTimeoutMs: this.opts.idleTimeoutMs,
      logger: this.opts.logger,
      onClose: (c) => this.connections.delete(c),
    });
    this.connections.add(connection);
  }

  private async dispatch(bytes: Buffer, conn: ConnectionInfo): Promise<DispatchResult> {
    if (this.dispatcher === undefined) {
      await new Promise<void>((resolve) => this.processingWaiters.push(resolve));
    }
    return this.dispatcher!.dispatch(bytes, conn);
  }
}
