/**
 * Kafka frames written and read the way a client does, field by field with Kafka's primitive
 * types, independently of the broker's schema interpreter: a unit test that pushes such a
 * request through the Kafka protocol and reads the answer back checks the transcribed schema
 * against Kafka's wire, not against itself.
 */
import { ApiKey } from '../../proto/api';
import { createKafkaProtocol } from '../../broker/network/codecs/kafka';
import { KafkaReader, KafkaWriter } from '../../broker/network/codecs/kafka/primitives';

const groupApiKeys = [
  ApiKey.ApiVersions, ApiKey.FindCoordinator, ApiKey.JoinGroup, ApiKey.SyncGroup, ApiKey.Heartbeat, ApiKey.LeaveGroup,
  ApiKey.OffsetCommit, ApiKey.OffsetFetch, ApiKey.DescribeGroups, ApiKey.ListGroups, ApiKey.DeleteGroups,
];

export const groupProtocol = createKafkaProtocol({ servedApiKeys: groupApiKeys });

/** A request body writer: compact forms and tagged-field sections when `flexible`. */
export class ClientWriter {
  readonly w = new KafkaWriter();
  constructor(readonly flexible: boolean) {}
  int8(v: number): this { this.w.int8(v); return this; }
  int16(v: number): this { this.w.int16(v); return this; }
  int32(v: number): this { this.w.int32(v); return this; }
  int64(v: number): this { this.w.int64(v); return this; }
  bool(v: boolean): this { this.w.bool(v); return this; }
  str(v: string | null): this { this.w.string(v, this.flexible); return this; }
  bytes(v: Buffer): this { this.w.bytes(v, this.flexible); return this; }
  /** An array, each item written by `each`; a struct item ends with its tagged fields. */
  arr<T>(items: readonly T[] | null, each: (item: T) => void, structItems = true): this {
    this.w.arrayLength(items === null ? null : items.length, this.flexible);
    for (const item of items ?? []) {
      each(item);
      if (structItems) this.tags();
    }
    return this;
  }
  strings(items: readonly string[]): this { return this.arr(items, (s) => this.str(s), false); }
  tags(): this { if (this.flexible) this.w.uvarint(0); return this; }
}

/** A response body reader, the mirror of ClientWriter. */
export class ClientReader {
  constructor(readonly r: KafkaReader, readonly flexible: boolean) {}
  int16(): number { return this.r.int16(); }
  int32(): number { return this.r.int32(); }
  int64(): number { return this.r.int64(); }
  str(): string | null { return this.r.string(this.flexible, true); }
  bytes(): Buffer | null { return this.r.bytes(this.flexible, true); }
  arr<T>(each: () => T, structItems = true): T[] | null {
    const n = this.r.arrayLength(this.flexible, true);
    if (n < 0) return null;
    const out: T[] = [];
    for (let i = 0; i < n; i++) {
      out.push(each());
      if (structItems) this.tags();
    }
    return out;
  }
  tags(): void { if (this.flexible) this.r.taggedFields(); }
  /** The body must end here: its tagged fields, then nothing. */
  end(): void {
    this.tags();
    if (this.r.remaining() !== 0) throw new Error(`${this.r.remaining()} bytes left after the response body`);
  }
}

export interface Exchange {
  /** The domain request the codec decoded. */
  request: unknown;
  /** The frame for a domain response, as a reader positioned at the body. */
  respond(response: unknown): Promise<ClientReader>;
  /** The frame for an error answer (the codec's errorResponse). */
  error(errorCode: number, message?: string): ClientReader;
}

const correlationId = 4242;

function openFrame(frame: Buffer, flexible: boolean): ClientReader {
  const r = new KafkaReader(frame);
  if (r.int32() !== frame.length - 4) throw new Error('frame length does not match');
  if (r.int32() !== correlationId) throw new Error('wrong correlation id');
  if (flexible) r.taggedFields(); // response header v1
  return new ClientReader(r, flexible);
}

/**
 * Sends a request body (written by `body` at `version`) through the Kafka protocol as a client
 * would: request header v1, or v2 with tagged fields when `flexible`.
 */
export async function exchange(apiKey: number, version: number, flexible: boolean, body: (w: ClientWriter) => void): Promise<Exchange> {
  const cw = new ClientWriter(flexible);
  cw.w.int16(apiKey).int16(version).int32(correlationId).string('test-client', false);
  if (flexible) cw.w.uvarint(0);
  body(cw);
  cw.tags();
  const parsed = groupProtocol.parseRequest(Buffer.from(cw.w.finish()));
  if (!parsed.ok) throw new Error(`request refused: ${parsed.reason}`);
  const p = parsed;
  const request = await p.decode();
  return {
    request,
    respond: async (response) => openFrame(await p.encodeResponse!(response), flexible),
    error: (errorCode, message = 'failed') => {
      const frame = p.encodeError!(errorCode, message);
      if (frame === undefined) throw new Error('no error frame');
      return openFrame(frame, flexible);
    },
  };
}
