/**
 * One fuzzing connection's loop: frames from its own seeded generator, written pipelined,
 * with a sync probe every `syncEveryFrames` frames (and after any frame that may end the
 * connection), reconnecting whenever the broker hangs up. The frame sequence depends only on
 * (seed, worker index), never on timing or answers.
 */

import type { FrameGenerator, FrameKind, SentBatch } from './frame-gen';
import { FuzzConnection, type ResponseObserver } from './fuzz-connection';

/** Frames written between two sync probes: bounds what is in flight per connection. */
export const syncEveryFrames = 32;

export interface SentBatchOrigin extends SentBatch {
  worker: number;
  frameIndex: number;
}

export interface WorkerStats {
  framesByKind: Map<FrameKind, number>;
  framesByApi: Map<number, number>;
  connectionsOpened: number;
  connectionsClosedByBroker: number;
  connectionsAbandoned: number;
  /** Broker answers that were not a decodable Response (examples, and the count). */
  undecodableResponses: string[];
  undecodableResponseCount: number;
  /** Request-level UNKNOWN_SERVER_ERROR: a handler threw on client input. */
  serverErrors: { worker: number; frameIndex: number; apiKey: number | undefined; message: string }[];
  serverErrorCount: number;
}

export function emptyStats(): WorkerStats {
  return {
    framesByKind: new Map(),
    framesByApi: new Map(),
    connectionsOpened: 0,
    connectionsClosedByBroker: 0,
    connectionsAbandoned: 0,
    undecodableResponses: [],
    undecodableResponseCount: 0,
    serverErrors: [],
    serverErrorCount: 0,
  };
}

/** Keeps the first few examples of a kind of finding; the counts carry the rest. */
const examplesKeptMax = 20;

export class FuzzWorker {
  private connection: FuzzConnection | undefined;
  private frameIndex = 0;
  /** correlation id -> (frame index, api) of the frames in flight on this worker. */
  private readonly inFlight = new Map<number, { frameIndex: number; apiKey: number | undefined }>();

  constructor(
    readonly index: number,
    private readonly generator: FrameGenerator,
    private readonly broker: { host: string; port: number },
    private readonly stats: WorkerStats,
    private readonly sentBatches: Map<number, SentBatchOrigin>,
  ) {}

  get framesSent(): number {
    return this.frameIndex;
  }

  private readonly observer: ResponseObserver = {
    onUndecodableResponse: (detail) => {
      this.stats.undecodableResponseCount++;
      if (this.stats.undecodableResponses.length < examplesKeptMax) this.stats.undecodableResponses.push(`worker ${this.index}: ${detail}`);
    },
    onServerError: (correlationId, message) => {
      const origin = this.inFlight.get(correlationId);
      this.stats.serverErrorCount++;
      if (this.stats.serverErrors.length < examplesKeptMax) {
        this.stats.serverErrors.push({ worker: this.index, frameIndex: origin?.frameIndex ?? -1, apiKey: origin?.apiKey, message });
      }
    },
  };

  private async connected(): Promise<FuzzConnection> {
    if (this.connection && !this.connection.isClosed) return this.connection;
    if (this.connection) this.stats.connectionsClosedByBroker++;
    this.connection = await FuzzConnection.open(this.broker.host, this.broker.port, this.observer);
    this.stats.connectionsOpened++;
    this.inFlight.clear();
    return this.connection;
  }

  async run(frames: number): Promise<void> {
    let sinceSync = 0;
    for (let i = 0; i < frames; i++) {
      const frame = this.generator.next();
      const frameIndex = this.frameIndex++;
      this.stats.framesByKind.set(frame.kind, (this.stats.framesByKind.get(frame.kind) ?? 0) + 1);
      if (frame.apiKey !== undefined) this.stats.framesByApi.set(frame.apiKey, (this.stats.framesByApi.get(frame.apiKey) ?? 0) + 1);
      for (const [fingerprint, batch] of frame.batches) this.sentBatches.set(fingerprint, { ...batch, worker: this.index, frameIndex });
      const conn = await this.connected();
      this.trackCorrelation(frame.bytes, frameIndex, frame.apiKey);
      await conn.write(frame.bytes);
      if (frame.kind === 'bad-length') {
        conn.hangUp();
        this.connection = undefined;
        sinceSync = 0;
      } else if (frame.endsConnection || ++sinceSync >= syncEveryFrames) {
        await this.sync();
        sinceSync = 0;
      }
    }
    await this.sync();
  }

  private trackCorrelation(bytes: Buffer, frameIndex: number, apiKey: number | undefined): void {
    // Request.header (field 1) comes first; its correlation_id is field 3, a varint.
    const id = peekCorrelationId(bytes);
    if (id !== undefined) this.inFlight.set(id, { frameIndex, apiKey });
    if (this.inFlight.size > syncEveryFrames * 4) this.inFlight.delete(this.inFlight.keys().next().value as number);
  }

  private async sync(): Promise<void> {
    const conn = this.connection;
    if (!conn) return;
    const result = await conn.sync();
    if (result === 'timeout') {
      this.stats.connectionsAbandoned++;
      conn.destroy();
      this.connection = undefined;
    }
  }

  close(): void {
    this.connection?.destroy();
    this.connection = undefined;
  }
}

/** The correlation id of an encoded Request frame, if its header decodes. */
function peekCorrelationId(frame: Buffer): number | undefined {
  try {
    // Reading the header by hand is far cheaper than decoding a whole produce request.
    let pos = 4;
    if (frame[pos] !== 0x0a) return undefined;
    const [headerLength, afterLength] = readVarint(frame, pos + 1);
    const end = afterLength + headerLength;
    pos = afterLength;
    while (pos < end) {
      const [tag, afterTag] = readVarint(frame, pos);
      if (tag === 0x18) return readInt32Varint(frame, afterTag);
      if ((tag & 7) === 0) pos = readVarint(frame, afterTag)[1];
      else if ((tag & 7) === 2) {
        const [n, afterN] = readVarint(frame, afterTag);
        pos = afterN + n;
      } else return undefined;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** protobuf int32: the low 32 bits of the varint (negatives take 10 bytes). */
function readInt32Varint(buf: Buffer, position: number): number {
  let value = 0;
  for (let i = 0; i < 5 && position + i < buf.length; i++) {
    const b = buf[position + i]!;
    value |= (b & 0x7f) << (7 * i);
    if (b < 0x80) break;
  }
  return value | 0;
}

function readVarint(buf: Buffer, position: number): [number, number] {
  let value = 0;
  let multiplier = 1;
  for (let pos = position; pos < buf.length && pos < position + 10; pos++) {
    const b = buf[pos]!;
    value += (b & 0x7f) * multiplier;
    if (b < 0x80) return [value, pos + 1];
    multiplier *= 128;
  }
  throw new RangeError('varint runs past the frame');
}
