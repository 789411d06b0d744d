/**
 * A bare protobuf connection for authorization tests: one request at a time, answering the API's
 * response body as the broker sent it (errors included, nothing retried), from a chosen local
 * address. Every address in 127.0.0.0/8 is the loopback interface on Linux, so a test can be
 * several ACL hosts at once (`127.0.0.2`, `127.0.0.3`, ...) against one broker.
 */
import net from 'node:net';
import { type ApiKey, bodyFieldByApiKey } from '../../proto/api';
import { FrameDecoder, encodeRequestFrame, samsa } from '../../proto/frame';

export const rawRequestTimeoutMs = 15_000;
const responseBytesMax = 64 * 1024 * 1024;

export interface RawResponse {
  /** The envelope's request-level error (0 when the API's own body answers). */
  errorCode: number;
  // Response bodies are inspected loosely, as protobufjs decodes them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export class RawConnection {
  private readonly decoder = new FrameDecoder(responseBytesMax);
  private readonly frames: Buffer[] = [];
  private waiter: (() => void) | undefined;
  private closed = false;
  private correlationId = 0;

  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.frames.push(...this.decoder.push(chunk));
      this.waiter?.();
    });
    socket.on('close', () => {
      this.closed = true;
      this.waiter?.();
    });
    socket.on('error', () => undefined); // surfaces as a close
  }

  static open(port: number, localAddress: string): Promise<RawConnection> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: '127.0.0.1', port, localAddress });
      socket.once('connect', () => resolve(new RawConnection(socket)));
      socket.once('error', reject);
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Sends one request; resolves with its response, or undefined when none comes (acks=0) before `waitMs`. */
  async send(apiKey: ApiKey, body: object, waitMs = rawRequestTimeoutMs): Promise<RawResponse | undefined> {
    const field = bodyFieldByApiKey[apiKey];
    const correlationId = ++this.correlationId;
    this.socket.write(encodeRequestFrame({ header: { apiKey, apiVersion: 0, correlationId, clientId: 'authz-matrix' }, [field]: body }));
    const deadline = Date.now() + waitMs;
    while (this.frames.length === 0 && !this.closed && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(1, deadline - Date.now()));
        this.waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    const frame = this.frames.shift();
    if (frame === undefined) return undefined;
    const response = samsa.v1.Response.decode(frame);
    if (response.correlationId !== correlationId) throw new Error(`response ${response.correlationId} to request ${correlationId}`);
    return { errorCode: response.errorCode ?? 0, body: (response as unknown as Record<string, unknown>)[field] ?? {} };
  }

  close(): void {
    this.socket.destroy();
  }
}
