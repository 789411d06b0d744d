import net from 'node:net';
import pino from 'pino';
import { ApiKey } from '../../proto/api';
import { FrameDecoder, encodeRequestFrame, samsa } from '../../proto/frame';
import { handlerTable, type HandlerTable } from './request';
import { RequestDispatcher } from './request-dispatcher';
import { SocketServer } from './socket-server';
import { pipelinedRequestsMax } from './server-connection';

const logger = pino({ level: 'silent' });
const frameBytesMax = 64 * 1024;
const negativeLength = Buffer.from([0xff, 0xff, 0xff, 0xff]);

/** ApiVersions that waits `client_software_version` ms, then echoes the correlation id it served. */
function handlers(served: number[]): HandlerTable {
  return handlerTable({
    [ApiKey.ApiVersions]: async (ctx, body) => {
      await new Promise((r) => setTimeout(r, Number(body.clientSoftwareVersion || '0')));
      served.push(ctx.correlationId);
      return { errorCode: 0, apiKeys: [] };
    },
  });
}

function request(correlationId: number, delayMs = 0): Buffer {
  return encodeRequestFrame({
    header: { apiKey: ApiKey.ApiVersions, apiVersion: 0, correlationId, clientId: 't' },
    apiVersions: { clientSoftwareName: 't', clientSoftwareVersion: String(delayMs) },
  });
}

function oversizeLength(): Buffer {
  const prefix = Buffer.alloc(4);
  prefix.writeUInt32BE(frameBytesMax + 1);
  return prefix;
}

/** Connects, writes each buffer in turn, and collects response correlation ids until the broker hangs up. */
async function exchange(port: number, writes: Buffer[], pauseBetweenMs = 0): Promise<{ correlationIds: number[]; closed: boolean }> {
  const socket = net.connect({ host: '127.0.0.1', port });
  const decoder = new FrameDecoder(frameBytesMax);
  const correlationIds: number[] = [];
  socket.on('data', (chunk: Buffer) => {
    for (const f of decoder.push(chunk)) correlationIds.push(samsa.v1.Response.decode(f).correlationId);
  });
  socket.on('error', () => undefined);
  const closed = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 10_000);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  for (const w of writes) {
    socket.write(w);
    if (pauseBetweenMs > 0) await new Promise((r) => setTimeout(r, pauseBetweenMs));
  }
  const wasClosed = await closed;
  socket.destroy();
  return { correlationIds, closed: wasClosed };
}

describe('ServerConnection after an illegal length prefix', () => {
  let server: SocketServer;
  let port: number;
  let served: number[];

  beforeEach(async () => {
    served = [];
    server = new SocketServer({
      listeners: [{ name: 'EXTERNAL', host: '127.0.0.1', port: 0 }],
      maxConnections: 10, frameBytesMax, queuedRequestsMax: 4, idleTimeoutMs: 60_000, logger,
    });
    await server.startup();
    port = server.boundPort('EXTERNAL');
    server.startProcessingRequests(new RequestDispatcher(handlers(served), logger));
  });

  afterEach(async () => {
    await server.drainAndClose(1_000);
  });

  it('answers every pipelined request before a negative length, in order, then closes', async () => {
    const pipelined = [request(1, 50), request(2), request(3, 20), request(4), request(5)];
    const { correlationIds, closed } = await exchange(port, [Buffer.concat([...pipelined, negativeLength])]);
    expect(correlationIds).toEqual([1, 2, 3, 4, 5]);
    expect(closed).toBe(true);
  });

  it('answers the requests before an oversize length and ignores a valid frame after it', async () => {
    const { correlationIds, closed } = await exchange(port, [Buffer.concat([request(1), request(2, 30), oversizeLength(), request(3)])]);
    expect(correlationIds).toEqual([1, 2]);
    expect(closed).toBe(true);
    expect(served).toEqual([1, 2]);
  });

  it('answers a request still running when the bad length arrives in a later write', async () => {
    const { correlationIds, closed } = await exchange(port, [request(1, 300), request(2), negativeLength], 50);
    expect(correlationIds).toEqual([1, 2]);
    expect(closed).toBe(true);
  });

  it('closes at once when the bad length is the first thing sent', async () => {
    const { correlationIds, closed } = await exchange(port, [negativeLength]);
    expect(correlationIds).toEqual([]);
    expect(closed).toBe(true);
    expect(served).toEqual([]);
  });
});

describe('ServerConnection pipelining of Produce requests', () => {
  /** What the handlers saw, in order: "start P1", "end P1", "run A2"... */
  let events: string[];
  let running: number;
  let mostRunning: number;
  let server: SocketServer;
  let port: number;

  /**
   * Produce: `timeoutMs` is how long it waits before answering, `acks` 1 makes it unmute the
   * connection first (as the real handler does once its appends are ordered), acks 2 does not.
   * ApiVersions records when it runs.
   */
  function pipelineHandlers(): HandlerTable {
    return handlerTable({
      [ApiKey.Produce]: async (ctx, body, conn) => {
        events.push(`start P${ctx.correlationId}`);
        running += 1;
        mostRunning = Math.max(mostRunning, running);
        if (body.acks === 1) conn.unmute?.();
        await new Promise((r) => setTimeout(r, body.timeoutMs));
        running -= 1;
        events.push(`end P${ctx.correlationId}`);
        return { topics: [], throttleTimeMs: 0 };
      },
      [ApiKey.ApiVersions]: (ctx) => {
        events.push(`run A${ctx.correlationId}`);
        return Promise.resolve({ errorCode: 0, apiKeys: [] });
      },
    });
  }

  function produce(correlationId: number, waitMs: number, unmutes = true): Buffer {
    return encodeRequestFrame({
      header: { apiKey: ApiKey.Produce, apiVersion: 0, correlationId, clientId: 't' },
      produce: { acks: unmutes ? 1 : 2, timeoutMs: waitMs, topics: [] },
    });
  }

  /** Sends every frame at once and collects the responses' correlation ids until `count` arrived. */
  async function pipeline(frames: Buffer[], count: number): Promise<number[]> {
    const socket = net.connect({ host: '127.0.0.1', port });
    const decoder = new FrameDecoder(frameBytesMax);
    const ids: number[] = [];
    const done = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${ids.length} of ${count} responses`)), 10_000);
      socket.on('data', (chunk: Buffer) => {
        for (const f of decoder.push(chunk)) ids.push(samsa.v1.Response.decode(f).correlationId);
        if (ids.length >= count) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    socket.on('error', () => undefined);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(Buffer.concat(frames));
    try {
      await done;
    } finally {
      socket.destroy();
    }
    return ids;
  }

  beforeEach(async () => {
    events = [];
    running = 0;
    mostRunning = 0;
    server = new SocketServer({
      listeners: [{ name: 'EXTERNAL', host: '127.0.0.1', port: 0 }],
      maxConnections: 10, frameBytesMax, queuedRequestsMax: 100, idleTimeoutMs: 60_000, logger,
    });
    await server.startup();
    port = server.boundPort('EXTERNAL');
    server.startProcessingRequests(new RequestDispatcher(pipelineHandlers(), logger));
  });

  afterEach(async () => {
    await server.drainAndClose(1_000);
  });

  it('starts the next Produce while an unmuted one waits for its acks, and still answers in arrival order', async () => {
    const ids = await pipeline([produce(1, 300), produce(2, 0), produce(3, 0)], 3);
    expect(ids).toEqual([1, 2, 3]);
    // P2 and P3 ran and finished while P1 still waited; their answers waited for P1's.
    expect(events.slice(0, 3)).toEqual(['start P1', 'start P2', 'start P3']);
    expect(events[events.length - 1]).toBe('end P1');
  });

  it('runs any other request only after every earlier one is answered', async () => {
    const ids = await pipeline([produce(1, 200), request(2), produce(3, 0)], 3);
    expect(ids).toEqual([1, 2, 3]);
    expect(events).toEqual(['start P1', 'end P1', 'run A2', 'start P3', 'end P3']);
  });

  it('keeps the connection muted behind a request that does not unmute it', async () => {
    const ids = await pipeline([produce(1, 200, false), produce(2, 0)], 2);
    expect(ids).toEqual([1, 2]);
    expect(events).toEqual(['start P1', 'end P1', 'start P2', 'end P2']);
  });

  it(`runs at most pipelinedRequestsMax (${pipelinedRequestsMax}) requests of a connection at once`, async () => {
    const frames = Array.from({ length: pipelinedRequestsMax + 4 }, (_, i) => produce(i + 1, 100));
    const ids = await pipeline(frames, frames.length);
    expect(ids).toEqual(frames.map((_, i) => i + 1));
    expect(mostRunning).toBe(pipelinedRequestsMax);
  });

  it('writes the responses that become ready together in one gathered write', async () => {
    // P2 and P3 finish at once but wait for P1's answer; when P1 ends, all three go out. As
    // three writes they were three syscalls; as one they are one writev.
    const serverWrites: number[] = [];
    const writeOf = net.Socket.prototype._write;
    const writevOf = net.Socket.prototype._writev!;
    const writeSpy = jest.spyOn(net.Socket.prototype, '_write').mockImplementation(function (this: net.Socket, ...args) {
      if (this.localPort === port) serverWrites.push(1);
      return writeOf.apply(this, args);
    });
    const writevSpy = jest.spyOn(net.Socket.prototype, '_writev').mockImplementation(function (this: net.Socket, ...args) {
      if (this.localPort === port) serverWrites.push(args[0].length);
      return writevOf.apply(this, args);
    });
    try {
      const ids = await pipeline([produce(1, 200), produce(2, 0), produce(3, 0)], 3);
      expect(ids).toEqual([1, 2, 3]);
      // One write, of the three responses.
      expect(serverWrites).toEqual([3]);
    } finally {
      writeSpy.mockRestore();
      writevSpy.mockRestore();
    }
  });
});

describe('ServerConnection writing a response in pieces', () => {
  it('sends a Fetch response whose batches are not copied as one whole frame, in request order', async () => {
    // Above the copy bound (fetchRecordsCopyBytesMax), so each record set is a piece of its own.
    const recordsOf = (correlationId: number): Buffer => Buffer.alloc(40_000 + correlationId, correlationId);
    const table = handlerTable({
      [ApiKey.Fetch]: (ctx) => Promise.resolve({
        throttleTimeMs: 0, errorCode: 0,
        topics: [{ name: 't', partitions: [0, 1].map((partition) => ({
          partition, errorCode: 0, highWatermark: 10, lastStableOffset: 10, logStartOffset: 0, records: recordsOf(ctx.correlationId + partition),
        })) }],
      }),
      [ApiKey.ApiVersions]: () => Promise.resolve({ errorCode: 0, apiKeys: [] }),
    });
    const server = new SocketServer({
      listeners: [{ name: 'EXTERNAL', host: '127.0.0.1', port: 0 }],
      maxConnections: 10, frameBytesMax: 1024 * 1024, queuedRequestsMax: 100, idleTimeoutMs: 60_000, logger,
    });
    await server.startup();
    server.startProcessingRequests(new RequestDispatcher(table, logger));
    const socket = net.connect({ host: '127.0.0.1', port: server.boundPort('EXTERNAL') });
    try {
      const decoder = new FrameDecoder(1024 * 1024);
      const responses: samsa.v1.Response[] = [];
      const done = new Promise<void>((resolve) => {
        socket.on('data', (chunk: Buffer) => {
          for (const f of decoder.push(chunk)) responses.push(samsa.v1.Response.decode(f));
          if (responses.length === 3) resolve();
        });
      });
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      const fetch = (correlationId: number): Buffer => encodeRequestFrame({
        header: { apiKey: ApiKey.Fetch, apiVersion: 0, correlationId, clientId: 't' },
        fetch: { maxBytes: 1024 * 1024, topics: [{ name: 't', partitions: [{ partition: 0, partitionMaxBytes: 1024 * 1024 }] }] },
      });
      socket.write(Buffer.concat([fetch(1), request(2), fetch(3)]));
      await done;
      expect(responses.map((r) => r.correlationId)).toEqual([1, 2, 3]);
      for (const r of [responses[0]!, responses[2]!]) {
        const partitions = r.fetch!.topics![0]!.partitions!;
        expect(partitions.map((p) => Buffer.from(p.records!).equals(recordsOf(r.correlationId + (p.partition ?? 0))))).toEqual([true, true]);
      }
    } finally {
      socket.destroy();
      await server.drainAndClose(1_000);
    }
  });
});
