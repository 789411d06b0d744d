/**
 * One raw fuzzing connection: writes frames without waiting, decodes every response (an
 * undecodable response is a broker bug), remembers request-level UNKNOWN_SERVER_ERRORs, and
 * can sync: an ApiVersions probe whose answer proves the broker read everything sent before it
 * (answers come in request order). A probe that is not answered within `syncTimeoutMs` means
 * a legitimate long poll or a stall: the connection is abandoned and counted.
 */

import net from 'node:net';
import { ApiKey } from '../../proto/api';
import { ErrorCode } from '../../proto/errors';
import { FrameDecoder, encodeRequestFrame, samsa } from '../../proto/frame';

/** Responses larger than this are a broker bug for the requests the fuzzer sends. */
const responseBytesMax = 256 * 1024 * 1024;
export const syncTimeoutMs = 3_000;
export const connectTimeoutMs = 10_000;
/** How long a hung-up socket may still flush before it is destroyed. */
const hangUpLingerMs = 1_000;
/** Probes use correlation ids from here up; fuzzed ids are random int32s. */
const probeCorrelationBase = 0x7f000000;

export type SyncResult = 'answered' | 'closed' | 'timeout';

export interface ResponseObserver {
  onUndecodableResponse(detail: string): void;
  onServerError(correlationId: number, message: string): void;
}

export class FuzzConnection {
  private readonly decoder = new FrameDecoder(responseBytesMax);
  private closed = false;
  private probeId = probeCorrelationBase;
  private waiter: ((result: SyncResult) => void) | undefined;
  private awaitedProbe = -1;

  private constructor(
    private readonly socket: net.Socket,
    private readonly observer: ResponseObserver,
  ) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('close', () => {
      this.closed = true;
      this.resolveWaiter('closed');
    });
    socket.on('error', () => undefined); // resets are an expected answer to hostile frames
  }

  static open(host: string, port: number, observer: ResponseObserver): Promise<FuzzConnection> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host, port });
      socket.setNoDelay(true);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`connect to ${host}:${port} timed out after ${connectTimeoutMs} ms`));
      }, connectTimeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve(new FuzzConnection(socket, observer));
      });
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private onData(chunk: Buffer): void {
    let frames: Buffer[];
    try {
      frames = this.decoder.push(chunk);
    } catch (error) {
      this.observer.onUndecodableResponse(`response framing: ${(error as Error).message}`);
      this.destroy();
      return;
    }
    for (const frame of frames) {
      let response: samsa.v1.Response;
      try {
        response = samsa.v1.Response.decode(frame);
      } catch (error) {
        this.observer.onUndecodableResponse((error as Error).message);
        continue;
      }
      if (response.correlationId === this.awaitedProbe) this.resolveWaiter('answered');
      else if (response.errorCode === ErrorCode.UNKNOWN_SERVER_ERROR) this.observer.onServerError(response.correlationId, response.errorMessage);
    }
  }

  private resolveWaiter(result: SyncResult): void {
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.(result);
  }

  /** Writes without waiting for an answer; waits only for the socket's buffer to drain. */
  async write(bytes: Buffer): Promise<void> {
    if (this.closed) return;
    if (this.socket.write(bytes)) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.socket.off('drain', done);
        this.socket.off('close', done);
        resolve();
      };
      this.socket.once('drain', done);
      this.socket.once('close', done);
    });
  }

  async sync(): Promise<SyncResult> {
    if (this.closed) return 'closed';
    this.awaitedProbe = this.probeId++;
    const probe = encodeRequestFrame({ header: { apiKey: ApiKey.ApiVersions, apiVersion: 0, correlationId: this.awaitedProbe, clientId: 'fuzz-probe' }, apiVersions: {} });
    const result = new Promise<SyncResult>((resolve) => {
      const timer = setTimeout(() => this.resolveWaiter('timeout'), syncTimeoutMs);
      this.waiter = (r) => {
        clearTimeout(timer);
        resolve(r);
      };
    });
    this.socket.write(probe);
    return result;
  }

  /** Sends the rest and hangs up: for frames that leave the stream unusable. */
  hangUp(): void {
    this.socket.end();
    setTimeout(() => this.socket.destroy(), hangUpLingerMs).unref();
  }

  destroy(): void {
    this.socket.destroy();
  }
}
