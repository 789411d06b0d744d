/**
 * One client connection on the broker side: frames in, responses out, in request order.
 *
 * Ordering follows Kafka's processor: a connection has one request in its handler at a time
 * (Kafka "mutes" the channel until the response is sent), so responses leave in the order
 * requests arrived and a client's pipelined requests take effect in that order (which the
 * controller's LeaderAndIsr/UpdateMetadata sequence and idempotent produce rely on). Clients may
 * still pipeline: later frames wait in a per-connection queue of at most `queuedRequestsMax`
 * frames; at the bound the broker stops reading the socket (TCP back-pressure) rather than
 * buffering more. A response is written only after the previous one drained into the socket.
 *
 * One exception keeps a producer's pipeline full: a Produce whose appends are ordered in their
 * logs, now only waiting for its acknowledgement (acks=all replication, acks=1 the write), may
 * `unmute` the connection, and the next request starts at once if it is a Produce too (its appends
 * queue behind the earlier ones, so they still take effect in arrival order); any other request
 * waits until every earlier one is answered (`earlierAnswered`). Without this a producer's five
 * in-flight requests would each wait out the previous one's replication round trip, and latency
 * would grow with the pipeline's depth rather than with the load. At most
 * `pipelinedRequestsMax` requests run at once; responses still leave strictly in order.
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
import type { ResponseFrame } from './codec';
import type { ListenerSecurity } from '../config/security';
import type { SaslAuthenticatorFactory, SaslServerAuthenticator } from '../security/sasl/server-authenticator';
import type { Session } from '../security/session';
import type { ConnectionInfo, DispatchResult } from './request-dispatcher';

/** How long a connection closed after an error response may take to flush it before it is destroyed. */
export const closeLingerMs = 1_000;
/** Requests of one connection in their handlers at once (unmuted Produce requests plus the one after). */
export const pipelinedRequestsMax = 8;

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
  /** Started and not yet answered, oldest first. */
  private readonly running: InFlightRequest[] = [];
  private readingStopped = false;
  private closing = false;
  private closed = false;
  /** The socket is corked until the end of this turn of the event loop (writeFrame). */
  private corked = false;
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
    return this.running.length === 0 && this.queue.length === 0;
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
    // Responses written this turn are still corked: out they go first, as they would have gone
    // before the close had they been written at once (a drained request at shutdown).
    this.uncork();
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
    this.logger.warn({ reason, requestsToAnswer: this.queue.length + this.running.length }, 'closing connection after answering the requests before the bad frame');
  }

  private endGracefully(): void {
    this.closing = true;
    this.socket.end();
    setTimeout(() => this.socket.destroy(), closeLingerMs).unref();
  }

  /** Starts queued requests while the last one started has unmuted the connection (or none runs). */
  private processNext(): void {
    while (!this.closing) {
      const last = this.running[this.running.length - 1];
      if (last !== undefined && (!last.unmuted || this.running.length >= pipelinedRequestsMax)) return;
      const frame = this.queue.shift();
      if (frame === undefined) {
        if (last === undefined) {
          if (this.endAfterQueuedReason !== undefined) this.endGracefully();
          this.notifyIdle();
        }
        return;
      }
      if (!this.readingStopped && this.queue.length < this.opts.queuedRequestsMax) this.socket.resume();
      this.start(frame, last?.answered);
    }
  }

  private start(frame: Buffer, earlierAnswered: Promise<void> | undefined): void {
    const request = new InFlightRequest(this, earlierAnswered);
    this.running.push(request);
    let handled!: (result: Promise<DispatchResult>) => void;
    const result = new Promise<DispatchResult>((resolve) => (handled = resolve));
    // Chained before the request runs, so that one unmuting at once still finds `answered` set.
    // The response goes out only after every earlier one (they may still be waiting for acks).
    request.answered = (earlierAnswered === undefined ? result : earlierAnswered.then(() => result))
      .then((r) => this.respond(r))
      .catch((err: unknown) => {
        this.logger.error({ err }, 'writing a response failed; closing connection');
        this.closeConnection('response write failed');
      })
      .finally(() => {
        this.running.shift();
        this.processNext();
      });
    handled(this.handle(frame, request));
  }

  /** Never rejects: the dispatcher answers every handler failure itself, so a rejection is a broker bug. */
  private handle(frame: Buffer, request: InFlightRequest): Promise<DispatchResult> {
    const handled = this.authenticator?.expectsRawToken === true ? this.rawSaslToken(frame) : this.opts.dispatch(frame, request);
    return handled.catch((err: unknown) => {
      this.logger.error({ err }, 'request dispatch failed; closing connection');
      return { frame: undefined, closeReason: 'request dispatch failed' };
    });
  }

  /** An unmuted request lets the next one start (see the header). */
  onUnmuted(): void {
    this.processNext();
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
      if (result.frame !== undefined) this.writeFrame(result.frame);
      this.endGracefully();
      return;
    }
    if (result.frame === undefined) return;
    if (!this.writeFrame(result.frame)) await this.waitForDrain();
  }

  /**
   * Writes a frame; false when the socket asks to wait for drain. Frames written in one turn of
   * the event loop leave in one gathered write: the socket is corked at the first and uncorked
   * once the turn's callbacks and promise jobs have run. One follower fetch that advances the
   * high watermark completes every acks=all Produce waiting on it at once, and each response
   * was its own write syscall (socket writes are the top of a broker's CPU profile). A close
   * flushes the cork first (closeConnection, onIdle).
   */
  private writeFrame(frame: ResponseFrame): boolean {
    if (!this.corked) {
      this.corked = true;
      this.socket.cork();
      process.nextTick(this.uncork);
    }
    if (Buffer.isBuffer(frame)) return this.socket.write(frame);
    let accepted = true;
    for (const piece of frame) accepted = this.socket.write(piece);
    return accepted;
  }

  /** Idempotent: the turn's scheduled uncork finds nothing left to do after a close flushed it. */
  private readonly uncork = (): void => {
    if (!this.corked) return;
    this.corked = false;
    this.socket.uncork();
  };

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
    this.uncork();
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

/**
 * One request's view of its connection: the connection's identity and session, plus its place in
 * the pipeline. `closeConnection` from a request that started early waits for the earlier answers,
 * as it would have on a muted connection.
 */
class InFlightRequest implements ConnectionInfo {
  unmuted = false;
  /** Settles once this request's response is written (or it had none). */
  answered: Promise<void> = Promise.resolve();

  constructor(private readonly connection: ServerConnection, readonly earlierAnswered: Promise<void> | undefined) {}

  get listenerName(): string {
    return this.connection.listenerName;
  }
  get clientAddress(): string {
    return this.connection.clientAddress;
  }
  get connectionId(): string {
    return this.connection.connectionId;
  }
  get session(): Session | undefined {
    return this.connection.session;
  }
  get authenticator(): SaslServerAuthenticator | undefined {
    return this.connection.authenticator;
  }

  unmute(): void {
    if (this.unmuted) return;
    this.unmuted = true;
    this.connection.onUnmuted();
  }

  closeConnection(reason: string): void {
    if (this.earlierAnswered === undefined) this.connection.closeConnection(reason);
    else void this.earlierAnswered.then(() => this.connection.closeConnection(reason));
  }
}
