/**
 * One TCP connection to one broker: frames requests, matches responses by correlation id, and
 * lets callers pipeline (the broker answers a connection's requests in order). Used by the
 * client and by the controller's channel to brokers alike.
 *
 * With `tls` the connection is TLS (the broker's certificate checked against `tls.ca` or the
 * system's CAs, and its host name against `servername`/host); with `sasl` it authenticates
 * (sasl-client.ts) before any request is sent. A refused authentication or an untrusted broker
 * certificate fails `connect` with SamsaAuthenticationError, which is not retriable.
 *
 * Bounds: `requestTimeoutMs` per request; at most `inFlightRequestsMax` requests awaiting a
 * response (callers beyond it wait for a slot); responses larger than `responseBytesMax` close
 * the connection.
 */

import net from 'node:net';
import tls from 'node:tls';
import { EventEmitter } from 'node:events';
import { ApiKey, bodyFieldByApiKey } from '../../proto/api';
import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import { FrameDecoder, encodeRequestFrame, samsa } from '../../proto/frame';
import { encodeProduceRequestFrame } from '../../proto/produce-frame';
import { SamsaAuthenticationError } from '../errors';
import { type SaslCredentials, SaslClientError, saslAuthenticate } from './sasl-client';

export interface ConnectionOptions {
  host: string;
  port: number;
  clientId: string;
  connectTimeoutMs?: number;
  requestTimeoutMs?: number;
  inFlightRequestsMax?: number;
  responseBytesMax?: number;
  /** TLS options (Node's tls.connect: ca, cert, key, servername, rejectUnauthorized); true for the system's CAs. */
  tls?: tls.ConnectionOptions | true;
  /** Authenticate with SASL before the first request. */
  sasl?: SaslCredentials;
}

/** TLS errors that mean the broker is not who it claims to be (not retriable, as Kafka's SslAuthenticationException). */
const tlsVerificationCodes = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT', 'CERT_SIGNATURE_FAILURE', 'CERT_UNTRUSTED',
]);

export const connectTimeoutMsDefault = 10_000;
export const requestTimeoutMsDefault = 30_000;
export const inFlightRequestsMaxDefault = 64;
export const responseBytesMaxDefault = 256 * 1024 * 1024;

/** The connection failed or closed: the request may or may not have reached the broker. */
export class ConnectionError extends SamsaProtocolError {
  constructor(message: string, readonly broker: string, options?: { cause?: unknown }) {
    super(ErrorCode.NETWORK_EXCEPTION, message, options);
  }
}

/** No response arrived within the request timeout; the outcome is unknown. */
export class RequestTimeoutError extends SamsaProtocolError {
  constructor(message: string) {
    super(ErrorCode.REQUEST_TIMED_OUT, message);
  }
}

interface Pending {
  apiKey: ApiKey;
  resolve: (response: samsa.v1.Response) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class BrokerConnection extends EventEmitter {
  readonly address: string;
  private socket: net.Socket | undefined;
  private connecting: Promise<void> | undefined;
  private readonly pending = new Map<number, Pending>();
  private readonly slotWaiters: Array<() => void> = [];
  private nextCorrelationId = 1;
  private closed = false;
  private readonly requestTimeoutMs: number;
  private readonly inFlightRequestsMax: number;

  constructor(private readonly options: ConnectionOptions) {
    super();
    this.address = `${options.host}:${options.port}`;
    this.requestTimeoutMs = options.requestTimeoutMs ?? requestTimeoutMsDefault;
    this.inFlightRequestsMax = options.inFlightRequestsMax ?? inFlightRequestsMaxDefault;
  }

  get isConnected(): boolean {
    return this.socket !== undefined && !this.closed;
  }

  get inFlightRequests(): number {
    return this.pending.size;
  }

  connect(): Promise<void> {
    if (this.closed) return Promise.reject(new ConnectionError('connection is closed', this.address));
    this.connecting ??= this.open().then(() => this.authenticate());
    return this.connecting;
  }

  private open(): Promise<void> {
    const timeoutMs = this.options.connectTimeoutMs ?? connectTimeoutMsDefault;
    const tlsOptions = this.options.tls;
    return new Promise<void>((resolve, reject) => {
      const socket = tlsOptions === undefined
        ? net.connect({ host: this.options.host, port: this.options.port })
        : tls.connect({
          host: this.options.host, port: this.options.port,
          ...(net.isIP(this.options.host) === 0 ? { servername: this.options.host } : {}),
          ...(tlsOptions === true ? {} : tlsOptions),
        });
      socket.setNoDelay(true);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new ConnectionError(`connect to ${this.address} timed out after ${timeoutMs} ms`, this.address));
      }, timeoutMs);
      socket.once(tlsOptions === undefined ? 'connect' : 'secureConnect', () => {
        clearTimeout(timer);
        this.attach(socket);
        resolve();
      });
      socket.once('error', (err: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        this.connecting = undefined;
        if (this.socket) return;
        if (err.code !== undefined && tlsVerificationCodes.has(err.code)) {
          reject(new SamsaAuthenticationError(`TLS handshake with ${this.address} failed: ${err.message}`, this.address, { cause: err }));
        } else {
          reject(new ConnectionError(`cannot connect to ${this.address}: ${err.message}`, this.address, { cause: err }));
        }
      });
    });
  }

  /** SASL before any request; a refusal closes the connection and is not retriable. */
  private async authenticate(): Promise<void> {
    const credentials = this.options.sasl;
    if (credentials === undefined) return;
    try {
      await saslAuthenticate({
        handshake: async (mechanism) => {
          const r = await this.request<samsa.v1.ISaslHandshakeResponse>(ApiKey.SaslHandshake, { mechanism });
          return { errorCode: r.errorCode ?? 0, mechanisms: r.mechanisms ?? [] };
        },
        authenticate: async (authBytes) => {
          const r = await this.request<samsa.v1.ISaslAuthenticateResponse>(ApiKey.SaslAuthenticate, { authBytes });
          return { errorCode: r.errorCode ?? 0, errorMessage: r.errorMessage ?? '', authBytes: Buffer.from(r.authBytes ?? []) };
        },
      }, credentials);
    } catch (err) {
      const failure = err instanceof SaslClientError
        ? new SamsaAuthenticationError(`SASL ${credentials.mechanism} authentication to ${this.address} as ${credentials.username} failed: ${err.message}`, this.address)
        : err;
      this.fail(new ConnectionError(`connection to ${this.address} closed: authentication failed`, this.address));
      throw failure;
    }
  }

  private attach(socket: net.Socket): void {
    this.socket = socket;
    const decoder = new FrameDecoder(this.options.responseBytesMax ?? responseBytesMaxDefault);
    socket.on('data', (chunk: Buffer) => {
      let frames: Buffer[];
      try {
        frames = decoder.push(chunk);
      } catch (err) {
        this.fail(new ConnectionError(`bad frame from ${this.address}: ${(err as Error).message}`, this.address));
        return;
      }
      for (const frame of frames) this.onFrame(frame);
    });
    socket.on('error', (err) => this.fail(new ConnectionError(`connection to ${this.address} failed: ${err.message}`, this.address, { cause: err })));
    socket.on('close', () => this.fail(new ConnectionError(`connection to ${this.address} closed`, this.address)));
  }

  private onFrame(frame: Buffer): void {
    let response: samsa.v1.Response;
    try {
      response = samsa.v1.Response.decode(frame);
    } catch (err) {
      this.fail(new ConnectionError(`undecodable response from ${this.address}: ${(err as Error).message}`, this.address));
      return;
    }
    const entry = this.pending.get(response.correlationId);
    if (!entry) return; // a response to a request that already timed out
    this.pending.delete(response.correlationId);
    clearTimeout(entry.timer);
    this.releaseSlot();
    if (response.errorCode !== 0) {
      entry.reject(new SamsaProtocolError(response.errorCode, response.errorMessage || undefined));
      return;
    }
    entry.resolve(response);
  }

  /**
   * Sends one request and resolves with the response body of the same API. For Produce with
   * acks=0 the broker sends nothing back: pass `expectResponse: false`.
   */
  async send<T = unknown>(apiKey: ApiKey, body: object, opts: { expectResponse?: boolean; timeoutMs?: number } = {}): Promise<T> {
    await this.connect();
    return this.request<T>(apiKey, body, opts);
  }

  private async request<T>(apiKey: ApiKey, body: object, opts: { expectResponse?: boolean; timeoutMs?: number } = {}): Promise<T> {
    await this.acquireSlot();
    const socket = this.socket;
    if (!socket || this.closed) {
      this.releaseSlot();
      throw new ConnectionError(`connection to ${this.address} is closed`, this.address);
    }
    const correlationId = this.nextCorrelationId;
    this.nextCorrelationId = this.nextCorrelationId >= 0x7fffffff ? 1 : this.nextCorrelationId + 1;
    const field = bodyFieldByApiKey[apiKey];
    const header = { apiKey, apiVersion: 0, correlationId, clientId: this.options.clientId };
    // Produce frames carry the record batches as they are (proto/produce-frame.ts), in one gathered write.
    const frame = apiKey === ApiKey.Produce ? encodeProduceRequestFrame(header, body) : encodeRequestFrame({ header, [field]: body });
    if (opts.expectResponse === false) {
      this.releaseSlot();
      await new Promise<void>((resolve, reject) => writeFrame(socket, frame, (err) => (err ? reject(new ConnectionError(err.message, this.address)) : resolve())));
      return undefined as T;
    }
    const timeoutMs = opts.timeoutMs ?? this.requestTimeoutMs;
    const response = await new Promise<samsa.v1.Response>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (!this.pending.delete(correlationId)) return;
        this.releaseSlot();
        reject(new RequestTimeoutError(`request ${field} to ${this.address} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(correlationId, { apiKey, resolve, reject, timer });
      writeFrame(socket, frame);
    });
    const out = (response as unknown as Record<string, unknown>)[field];
    if (out === undefined || out === null) {
      throw new SamsaProtocolError(ErrorCode.INVALID_REQUEST, `response from ${this.address} has no ${field} body`);
    }
    return out as T;
  }

  private acquireSlot(): Promise<void> {
    if (this.pending.size + this.slotWaiters.length < this.inFlightRequestsMax) return Promise.resolve();
    return new Promise((resolve) => this.slotWaiters.push(resolve));
  }

  private releaseSlot(): void {
    this.slotWaiters.shift()?.();
  }

  private fail(err: ConnectionError): void {
    if (this.closed) return;
    this.closed = true;
    this.socket?.destroy();
    for (const [, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.reject(err);
    }
    this.pending.clear();
    for (const waiter of this.slotWaiters.splice(0)) waiter();
    this.emit('close', err);
  }

  /** Closes the connection; pending requests fail with ConnectionError. Idempotent. */
  close(): void {
    this.fail(new ConnectionError(`connection to ${this.address} closed by the client`, this.address));
  }
}

/** Writes a frame; one given in pieces goes out corked, as one writev. */
function writeFrame(socket: net.Socket, frame: Buffer | Buffer[], callback?: (err?: Error | null) => void): void {
  if (!Array.isArray(frame)) {
    socket.write(frame, callback);
    return;
  }
  socket.cork();
  for (let i = 0; i < frame.length - 1; i++) socket.write(frame[i] as Buffer);
  socket.write(frame[frame.length - 1] as Buffer, callback);
  socket.uncork();
}
