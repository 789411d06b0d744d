import net from 'node:net';
import pino from 'pino';
import { ApiKey } from '../../proto/api';
import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import { FrameDecoder, encodeFrame, encodeRequestFrame, samsa } from '../../proto/frame';
import { decodeHeaderOnly } from './codecs/protobuf';
import { handlerTable, type HandlerTable, type RequestContext } from './request';
import { RequestDispatcher } from './request-dispatcher';
import { SocketServer } from './socket-server';

const logger = pino({ level: 'silent' });
const frameBytesMax = 64 * 1024;

/**
 * The fake ApiVersions handler reads a command from client_software_name:
 * "slow:<ms>" answers after a delay, "throw" fails, "protocol:<code>" throws that code,
 * "none" sends no response, "close" closes the connection; the response echoes the
 * client_software_version in api_keys[0].min_version and the listener in max_version's sign.
 */
function fakeHandlers(seen: RequestContext[] = []): HandlerTable {
  return handlerTable({ [ApiKey.ApiVersions]: async (ctx, body, conn) => {
    seen.push(ctx);
    const command = body.clientSoftwareName;
    if (command.startsWith('slow:')) await new Promise((r) => setTimeout(r, Number(command.slice(5))));
    if (command === 'throw') throw new Error('handler bug');
    if (command.startsWith('protocol:')) throw new SamsaProtocolError(Number(command.slice(9)), 'told to fail');
    if (command === 'none') return undefined;
    if (command === 'close') {
      conn.closeConnection('told to close');
      return undefined;
    }
    return { errorCode: 0, apiKeys: [{ apiKey: ApiKey.ApiVersions, minVersion: Number(body.clientSoftwareVersion), maxVersion: 0 }] };
  } });
}

class RawClient {
  readonly socket: net.Socket;
  readonly responses: samsa.v1.Response[] = [];
  closed = false;
  private readonly decoder = new FrameDecoder(16 * 1024 * 1024);
  private waiters: Array<() => void> = [];

  constructor(port: number) {
    this.socket = net.connect({ host: '127.0.0.1', port });
    this.socket.on('data', (chunk: Buffer) => {
      for (const f of this.decoder.push(chunk)) this.responses.push(samsa.v1.Response.decode(f));
      this.wake();
    });
    this.socket.on('error', () => undefined);
    this.socket.on('close', () => {
      this.closed = true;
      this.wake();
    });
  }

  connected(): Promise<void> {
    return new Promise((resolve) => this.socket.once('connect', () => resolve()));
  }

  send(correlationId: number, command: string, version = String(correlationId)): void {
    this.socket.write(encodeRequestFrame({
      header: { apiKey: ApiKey.ApiVersions, apiVersion: 0, correlationId, clientId: 't' },
      apiVersions: { clientSoftwareName: command, clientSoftwareVersion: version },
    }));
  }

  async until(predicate: () => boolean): Promise<void> {
    while (!predicate()) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }
}

describe('SocketServer with RequestDispatcher', () => {
  let server: SocketServer;
  let port: number;
  const seen: RequestContext[] = [];
  const clients: RawClient[] = [];

  async function start(overrides: Partial<ConstructorParameters<typeof SocketServer>[0]> = {}, process = true) {
    server = new SocketServer({
      listeners: [{ name: 'EXTERNAL', host: '127.0.0.1', port: 0 }],
      maxConnections: 10, frameBytesMax, queuedRequestsMax: 4, idleTimeoutMs: 60_000, logger, ...overrides,
    });
    await server.startup();
    port = server.boundPort('EXTERNAL');
    if (process) server.startProcessingRequests(new RequestDispatcher(fakeHandlers(seen), logger));
  }

  async function client(): Promise<RawClient> {
    const c = new RawClient(port);
    clients.push(c);
    await c.connected();
    return c;
  }

  afterEach(async () => {
    for (const c of clients.splice(0)) c.socket.destroy();
    seen.length = 0;
    await server.drainAndClose(1_000);
  });

  it('answers pipelined requests in request order even when handlers finish out of order', async () => {
    await start();
    const c = await client();
    c.send(1, 'slow:80');
    c.send(2, 'slow:1');
    c.send(3, '');
    await c.until(() => c.responses.length === 3);
    expect(c.responses.map((r) => r.correlationId)).toEqual([1, 2, 3]);
    expect(c.responses.map((r) => r.apiVersions?.apiKeys?.[0]?.minVersion)).toEqual([1, 2, 3]);
  });

  it('keeps serving when more requests are pipelined than queued.max.requests', async () => {
    await start({ queuedRequestsMax: 1 });
    const c = await client();
    for (let i = 1; i <= 20; i++) c.send(i, i % 3 === 0 ? 'slow:2' : '');
    await c.until(() => c.responses.length === 20);
    expect(c.responses.map((r) => r.correlationId)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('tells the handler which listener and client the request came from', async () => {
    await start();
    const c = await client();
    c.send(7, '');
    await c.until(() => c.responses.length === 1);
    expect(seen[0]?.listenerName).toBe('EXTERNAL');
    expect(seen[0]?.correlationId).toBe(7);
    expect(seen[0]?.clientAddress).toMatch(/^127\.0\.0\.1:\d+$/);
  });

  it('answers garbage bytes with INVALID_REQUEST and correlation id 0, then closes', async () => {
    await start();
    const c = await client();
    c.socket.write(encodeFrame(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])));
    await c.until(() => c.closed);
    expect(c.responses).toHaveLength(1);
    expect(c.responses[0]).toMatchObject({ correlationId: 0, errorCode: ErrorCode.INVALID_REQUEST });
  });

  it('answers a truncated request with the header correlation id when the header decoded, then closes', async () => {
    await start();
    const c = await client();
    const full = encodeRequestFrame({
      header: { apiKey: ApiKey.ApiVersions, correlationId: 42 },
      apiVersions: { clientSoftwareName: 'a fairly long client software name' },
    }).subarray(4);
    c.socket.write(encodeFrame(full.subarray(0, full.length - 5)));
    await c.until(() => c.closed);
    expect(c.responses[0]).toMatchObject({ correlationId: 42, errorCode: ErrorCode.INVALID_REQUEST });
  });

  it('answers an unknown api key with UNSUPPORTED_VERSION and keeps the connection', async () => {
    await start();
    const c = await client();
    c.socket.write(encodeRequestFrame({ header: { apiKey: 999, correlationId: 5 } }));
    c.send(6, '');
    await c.until(() => c.responses.length === 2);
    expect(c.responses[0]).toMatchObject({ correlationId: 5, errorCode: ErrorCode.UNSUPPORTED_VERSION });
    expect(c.responses[0]?.errorMessage).toMatch(/unknown api key 999/);
    expect(c.responses[1]).toMatchObject({ correlationId: 6, errorCode: 0 });
    expect(c.closed).toBe(false);
  });

  it('answers an API the broker does not implement with UNSUPPORTED_VERSION', async () => {
    await start();
    const c = await client();
    c.socket.write(encodeRequestFrame({ header: { apiKey: ApiKey.Metadata, correlationId: 8 }, metadata: { topics: ['t'] } }));
    await c.until(() => c.responses.length === 1);
    expect(c.responses[0]).toMatchObject({ correlationId: 8, errorCode: ErrorCode.UNSUPPORTED_VERSION });
    expect(c.responses[0]?.errorMessage).toMatch(/Metadata is not supported/);
  });

  it('answers an api key that does not match the body with INVALID_REQUEST and keeps serving', async () => {
    await start();
    const c = await client();
    c.socket.write(encodeRequestFrame({ header: { apiKey: ApiKey.ApiVersions, correlationId: 9 }, metadata: { topics: ['t'] } }));
    c.send(10, '');
    await c.until(() => c.responses.length === 2);
    expect(c.responses[0]).toMatchObject({ correlationId: 9, errorCode: ErrorCode.INVALID_REQUEST });
    expect(c.responses[1]).toMatchObject({ correlationId: 10, errorCode: 0 });
  });

  it('refuses an api version above the supported one', async () => {
    await start();
    const c = await client();
    c.socket.write(encodeRequestFrame({ header: { apiKey: ApiKey.ApiVersions, apiVersion: 3, correlationId: 11 }, apiVersions: {} }));
    await c.until(() => c.responses.length === 1);
    expect(c.responses[0]).toMatchObject({ correlationId: 11, errorCode: ErrorCode.UNSUPPORTED_VERSION });
  });

  it('closes a connection that sends an oversize or negative frame length; other connections are unaffected', async () => {
    await start();
    const bad = await client();
    const negative = await client();
    const good = await client();
    const header = Buffer.alloc(4);
    header.writeUInt32BE(frameBytesMax + 1);
    bad.socket.write(header);
    const minusOne = Buffer.alloc(4);
    minusOne.writeInt32BE(-1);
    negative.socket.write(minusOne);
    await bad.until(() => bad.closed);
    await negative.until(() => negative.closed);
    expect(bad.responses).toHaveLength(0);
    good.send(1, '');
    await good.until(() => good.responses.length === 1);
    expect(good.responses[0]).toMatchObject({ correlationId: 1, errorCode: 0 });
  });

  it('maps handler failures to request-level error codes without dropping the connection', async () => {
    await start();
    const c = await client();
    c.send(1, 'throw');
    c.send(2, `protocol:${ErrorCode.NOT_CONTROLLER}`);
    c.send(3, '');
    await c.until(() => c.responses.length === 3);
    expect(c.responses[0]).toMatchObject({ correlationId: 1, errorCode: ErrorCode.UNKNOWN_SERVER_ERROR });
    expect(c.responses[1]).toMatchObject({ correlationId: 2, errorCode: ErrorCode.NOT_CONTROLLER, errorMessage: 'told to fail' });
    expect(c.responses[2]).toMatchObject({ correlationId: 3, errorCode: 0 });
  });

  it('sends nothing for a request the handler answers with undefined (acks=0)', async () => {
    await start();
    const c = await client();
    c.send(1, 'none');
    c.send(2, '');
    await c.until(() => c.responses.length === 1);
    expect(c.responses.map((r) => r.correlationId)).toEqual([2]);
  });

  it('lets a handler close the connection', async () => {
    await start();
    const c = await client();
    c.send(1, 'close');
    await c.until(() => c.closed);
    expect(c.responses).toHaveLength(0);
  });

  it('closes connections beyond max.connections', async () => {
    await start({ maxConnections: 1 });
    const first = await client();
    const second = await client();
    await second.until(() => second.closed);
    first.send(1, '');
    await first.until(() => first.responses.length === 1);
    expect(first.closed).toBe(false);
  });

  it('closes idle connections after connections.max.idle.ms', async () => {
    await start({ idleTimeoutMs: 50 });
    const c = await client();
    await c.until(() => c.closed);
    // The server side sees the close on its own turn of the event loop.
    while (server.connectionCount > 0) await new Promise((r) => setTimeout(r, 5));
    expect(server.connectionCount).toBe(0);
  });

  it('holds requests that arrive before processing starts and answers them after', async () => {
    await start({}, false);
    const c = await client();
    c.send(1, '');
    await new Promise((r) => setTimeout(r, 20));
    expect(c.responses).toHaveLength(0);
    server.startProcessingRequests(new RequestDispatcher(fakeHandlers(), logger));
    await c.until(() => c.responses.length === 1);
    expect(c.responses[0]?.correlationId).toBe(1);
  });

  it('drains a running request before closing at shutdown', async () => {
    await start();
    const c = await client();
    c.send(1, 'slow:50');
    await new Promise((r) => setTimeout(r, 10));
    const busy = await server.drainAndClose(2_000);
    expect(busy).toBe(0);
    await c.until(() => c.closed);
    expect(c.responses.map((r) => r.correlationId)).toEqual([1]);
  });
});

describe('decodeHeaderOnly', () => {
  it('reads the header of a request whose body is damaged', () => {
    const bytes = samsa.v1.Request.encode({ header: { apiKey: 3, correlationId: 77 }, metadata: { topics: ['abc'] } }).finish();
    const damaged = Buffer.from(bytes.subarray(0, bytes.length - 2));
    expect(() => samsa.v1.Request.decode(damaged)).toThrow();
    expect(decodeHeaderOnly(damaged)?.correlationId).toBe(77);
  });

  it('returns undefined for bytes with no readable header', () => {
    expect(decodeHeaderOnly(Buffer.from([0xff, 0xff]))).toBeUndefined();
  });
});
