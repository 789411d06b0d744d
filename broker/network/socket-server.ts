/**
 * Kafka's SocketServer: one TCP acceptor per configured listener, each connection tagged with
 * the listener it arrived on (Metadata answers with that listener's endpoints). Listeners bind
 * early in startup so that the bound ports can be registered in ZooKeeper, but requests are
 * only processed after `startProcessingRequests` hands over the dispatcher (KafkaServer starts
 * the socket server with `startProcessingRequests = false` for the same reason).
 *
 * Bounds: `maxConnections` open connections across all listeners (more are closed on accept),
 * per-connection queues (see ServerConnection), idle connections closed after
 * `idleTimeoutMs`, and a bounded drain at shutdown.
 */

import net from 'node:net';
import type { Logger } from 'pino';
import type { ListenerEndpoint } from '../config/listeners';
import type { ConnectionInfo, DispatchResult } from './request-dispatcher';
import { ServerConnection } from './server-connection';

export interface SocketServerOptions {
  listeners: readonly ListenerEndpoint[];
  maxConnections: number;
  frameBytesMax: number;
  queuedRequestsMax: number;
  idleTimeoutMs: number;
  logger: Logger;
}

export interface Dispatcher {
  dispatch(bytes: Buffer, conn: ConnectionInfo): Promise<DispatchResult>;
}

interface Acceptor {
  listener: ListenerEndpoint;
  server: net.Server;
  boundPort: number;
}

export class SocketServer {
  private readonly acceptors = new Map<string, Acceptor>();
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
    const server = net.createServer({ noDelay: true }, (socket) => this.onConnection(listener, socket));
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

  private onConnection(listener: ListenerEndpoint, socket: net.Socket): void {
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
    const connection = new ServerConnection({
      socket,
      listenerName: listener.name,
      connectionId,
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
