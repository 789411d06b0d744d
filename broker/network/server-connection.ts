/**
 * One client connection on the broker side: frames in, responses out, in request order.
 *
 * Ordering follows Kafka's processor: a connection has at most one request in its handler at a
 * time (Kafka "mutes" the channel until the response is sent), so responses leave in the order
 * requests arrived and a client's pipelined requests take effect in that order (which the
 * controller's LeaderAndIsr/UpdateMetadata sequence and idempotent produce rely on). Clients may
 * still pipeline: later frames wait in a per-connection queue of at most `queuedRequestsMax`
 * frames; at the bound the broker stops reading the socket (TCP back-pressure) rather than
 * buffering more. A response is written only after the previous one drained into the socket.
 *
 * A bad length prefix (over socket.request.max.bytes, or negative as Kafka's int32 size) ends the
 * stream, since nothing says where a next frame would start; but the requests that arrived whole
 * before it are answered first, in order, and then the connection closes. Kafka behaves the same
 * way because it reads one request at a time and reaches the bad size only after answering the
 * earlier ones.
 */

import type net from 'node:net';
import type { Logger } from 'pino';
import { FrameDecoder } from '../../proto/frame';
import type { ListenerSecurity } from '../config/security';
import type { SaslAuthenticatorFactory, SaslServerAuthenticator } from '../security/sasl/server-authenticator';
import type { Session } from '../security/session';
import type { ConnectionInfo, DispatchResult } from './request-dispatcher';

/** How long a connection closed after an error response may take to flush it before it is destroyed. */
export const closeLingerMs = 1_000;

export type DispatchFn = (bytes: Buffer, conn: ConnectionInfo) => Promise<DispatchResult>;

export interface ServerConnectionOptions {
  socket: net.Socket;
  listenerName: string;
  connectionId: string;
  dispatch: DispatchFn;
  frameBytesMax: number;
  queuedRequestsMax: number;
  idleTimeoutMs: number;
  logger: Logger;
  onClose: (conn: ServerConnection) => void;
  /** The session known at accept time (TLS: the certificate's principal); undefined on PLAINTEXT. */
  session?: Session;
  /** On a SASL listener: the authenticator the connection must pass before any other API. */
  authenticators?: SaslAuthenticatorFactory;
  listenerSecurity?: ListenerSecurity;
}

export class ServerConnection implements ConnectionInfo {
  readonly listenerName: string;
  readonly connectionId: string;
  readonly clientAddress: string;
  session: Session | undefined;
  readonly authenticator: SaslServerAuthenticator | undefined;
  private readonly socket: net.Socket;
  private readonly decoder: FrameDecoder;
  private readonly queue: Buffer[] = [];
  private inFlight = false;
  private readingStopped = false;
  private closing = false;
  private closed = false;
  /** Set once a bad length prefix ended the stream: close when the queue is answered. */
  private endAfterQueuedReason: string | undefined;
  private idleWaiters: Array<() => void> = [];
  private readonly logger: Logger;

  constructor(private readonly opts: ServerConnectionOptions) {
    this.socket = opts.socket;
    this.listenerName = opts.listenerName;
    this.connectionId = opts.connectionId;
    this.clientAddress = `${opts.socket.remoteAddress ?? '?'}:${opts.socket.remotePort ?? 0}`;
    this.decoder = new FrameDecoder(opts.frameBytesMax);
    this.logger = opts.logger.child({ connectionId: opts.connectionId, clientAddress: this.clientAddress });
    this.session = opts.session;
    this.authenticator = opts.authenticators?.create(opts.listenerSecurity!, this, (principal) => {
      this.session = { ...this.session!, principal };
    });
    this.socket.setNoDelay(true);
    this.socket.setTimeout(opts.idleTimeoutMs);
    this.socket.on('data', (chunk: Buffer) => this.onData(chunk));
    this.socket.on('timeout', () => this.onIdle());
    this.socket.on('error', (err) => this.logger.debug({ err }, 'connection error'));
    this.socket.on('close', () => this.onSocketClose());
  }

  /** No request queued or running. */
  get isIdle(): boolean {
    return !this.inFlight && this.queue.length === 0;
  }

  /** Resolves once the connection is idle or closed. */
  whenIdle(): Promise<void> {
    if (this.isIdle || this.closed) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops reading new requests (shutdown): queued and running ones still complete. */
  stopReading(): void {
    this.readingStopped = true;
    this.socket.pause();
  }

  /** Closes at once (an acks=0 produce that failed, as KafkaApis.handleProduceRequest does; shutdown; bounds exceeded). */
  closeConnection(reason: string): void {
    if (this.closed) return;
    this.logger.info({ reason }, 'closing connection');
    this.closing = true;
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    if (this.closing || this.endAfterQueuedReason !== undefined) return;
    const { frames, error } = this.decoder.read(chunk);
    for (const frame of frames) this.queue.push(frame);
    if (error !== undefined) {
      this.endAfterQueued(`frame size ${error.sizeBytes} is negative or exceeds socket.request.max.bytes (${error.limitBytes})`);
    } else if (this.queue.length >= this.opts.queuedRequestsMax) {
      // The bound can be overshot by the frames of the one chunk just read; reading stops here.
      this.socket.pause();
    }
    this.processNext();
  }

  /** Reads nothing more, answers what is queued and running, then closes (see the header). */
  private endAfterQueued(reason: string): void {
    this.endAfterQueuedReason = reason;
    this.readingStopped = true;
    this.socket.pause();
    this.logger.warn({ reason, requestsToAnswer: this.queue.length + (this.inFlight ? 1 : 0) }, 'closing connection after answering the requests before the bad frame');
  }

  private endGracefully(): void {
    this.closing = true;
    this.socket.end();
    setTimeout(() => this.socket.destroy(), closeLingerMs).unref();
  }

  private processNext(): void {
    if (this.inFlight || this.closing) return;
    const frame = this.queue.shift();
    if (frame === undefined) {
      if (this.endAfterQueuedReason !== undefined) this.endGracefully();
      this.notifyIdle();
      return;
    }
    this.inFlight = true;
    if (!this.readingStopped && this.queue.length < this.opts.queuedRequestsMax) this.socket.resume();
    const handled = this.authenticator?.expectsRawToken === true ? this.rawSaslToken(frame) : this.opts.dispatch(frame, this);
    handled
      .then((result) => this.respond(result))
      .catch((err: unknown) => {
        // The dispatcher answers every handler failure itself; reaching here is a broker bug.
        this.logger.error({ err }, 'request dispatch failed; closing connection');
        this.closeConnection('request dispatch failed');
      })
      .finally(() => {
        this.inFlight = false;
        this.processNext();
      });
  }

  /**
   * A SASL token after a Kafka SaslHandshake v0: answered with the bare challenge, length-prefixed;
   * a failure closes the connection without an answer (Kafka's v0 behaviour).
   */
  private async rawSaslToken(token: Buffer): Promise<DispatchResult> {
    const result = await this.authenticator!.authenticate(token);
    if (result.errorCode !== 0) return { frame: undefined, closeReason: 'SASL authentication failed' };
    const frame = Buffer.allocUnsafe(4 + result.authBytes.length);
    frame.writeInt32BE(result.authBytes.length, 0);
    result.authBytes.copy(frame, 4);
    return { frame };
  }

  private async respond(result: DispatchResult): Promise<void> {
    if (this.closing || this.closed) return;
    if (result.closeReason !== undefined) {
      this.closing = true;
      this.queue.length = 0;
      if (result.frame !== undefined) this.socket.write(result.frame);
      this.endGracefully();
      return;
    }
    if (result.frame === undefined) return;
    if (!this.socket.write(result.frame)) await this.waitForDrain();
  }

  private waitForDrain(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.socket.off('drain', done);
        this.socket.off('close', done);
        resolve();
      };
      this.socket.on('drain', done);
      this.socket.on('close', done);
    });
  }

  private onIdle(): void {
    if (!this.isIdle) return;
    this.logger.debug({ idleTimeoutMs: this.opts.idleTimeoutMs }, 'closing idle connection (connections.max.idle.ms)');
    this.closing = true;
    this.socket.destroy();
  }

  private onSocketClose(): void {
    this.closed = true;
    this.closing = true;
    this.queue.length = 0;
    this.notifyIdle();
    this.opts.onClose(this);
  }

  private notifyIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}
