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
 */

import type net from 'node:net';
import type { Logger } from 'pino';
import { FrameDecoder, FrameTooLargeError } from '../../proto/frame';
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
}

export class ServerConnection implements ConnectionInfo {
  readonly listenerName: string;
  readonly connectionId: string;
  readonly clientAddress: string;
  private readonly socket: net.Socket;
  private readonly decoder: FrameDecoder;
  private readonly queue: Buffer[] = [];
  private inFlight = false;
  private readingStopped = false;
  private closing = false;
  private closed = false;
  private idleWaiters: Array<() => void> = [];
  private readonly logger: Logger;

  constructor(private readonly opts: ServerConnectionOptions) {
    this.socket = opts.socket;
    this.listenerName = opts.listenerName;
    this.connectionId = opts.connectionId;
    this.clientAddress = `${opts.socket.remoteAddress ?? '?'}:${opts.socket.remotePort ?? 0}`;
    this.decoder = new FrameDecoder(opts.frameBytesMax);
    this.logger = opts.logger.child({ connectionId: opts.connectionId, clientAddress: this.clientAddress });
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

  /** Closes at once (an acks=0 produce that failed, Kafka §4.6; shutdown; bounds exceeded). */
  closeConnection(reason: string): void {
    if (this.closed) return;
    this.logger.info({ reason }, 'closing connection');
    this.closing = true;
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    if (this.closing) return;
    let frames: Buffer[];
    try {
      frames = this.decoder.push(chunk);
    } catch (err) {
      // A length above socket.request.max.bytes, or with the top bit set (negative as Kafka's
      // int32 size): the stream cannot be resynchronised, so the connection goes.
      const reason = err instanceof FrameTooLargeError
        ? `frame size ${err.sizeBytes} is negative or exceeds socket.request.max.bytes (${err.limitBytes})`
        : `unreadable frame: ${(err as Error).message}`;
      this.logger.warn({ reason }, 'closing connection');
      this.closing = true;
      this.socket.destroy();
      return;
    }
    if (frames.length === 0) return;
    for (const frame of frames) this.queue.push(frame);
    // The bound can be overshot by the frames of the one chunk just read; reading stops here.
    if (this.queue.length >= this.opts.queuedRequestsMax) this.socket.pause();
    this.processNext();
  }

  private processNext(): void {
    if (this.inFlight || this.closing) return;
    const frame = this.queue.shift();
    if (frame === undefined) {
      this.notifyIdle();
      return;
    }
    this.inFlight = true;
    if (!this.readingStopped && this.queue.length < this.opts.queuedRequestsMax) this.socket.resume();
    this.opts.dispatch(frame, this)
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

  private async respond(result: DispatchResult): Promise<void> {
    if (this.closing || this.closed) return;
    if (result.closeReason !== undefined) {
      this.closing = true;
      this.queue.length = 0;
      if (result.frame !== undefined) this.socket.end(result.frame);
      else this.socket.end();
      setTimeout(() => this.socket.destroy(), closeLingerMs).unref();
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
