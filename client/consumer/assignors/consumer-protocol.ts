/**
 * Kafka's ConsumerProtocol: the bytes a consumer puts in JoinGroup's protocol metadata
 * (its subscription) and the bytes the leader hands each member through SyncGroup (its
 * assignment). Big-endian Kafka types: int16 version, STRING = int16 length + UTF-8,
 * ARRAY = int32 count, BYTES = int32 length (-1 = null).
 *
 *   Subscription v0: version, topics [STRING], user_data BYTES
 *   Subscription v1: + owned_partitions [{topic STRING, partitions [INT32]}]   (KIP-429)
 *   Assignment v0/v1: version, assigned_partitions [{topic, partitions}], user_data BYTES
 *
 * Readers accept newer versions by reading the fields they know, as Kafka's do.
 */

export const consumerProtocolVersion = 1;

export interface TopicPartitions {
  topic: string;
  partitions: number[];
}

export interface Subscription {
  topics: string[];
  userData: Buffer | null;
  ownedPartitions: TopicPartitions[];
}

export interface Assignment {
  partitions: TopicPartitions[];
  userData: Buffer | null;
}

export class ConsumerProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConsumerProtocolError';
  }
}

export function encodeSubscription(sub: Subscription, version: number = consumerProtocolVersion): Buffer {
  const w = new Writer().int16(version).stringArray(sub.topics).nullableBytes(sub.userData);
  if (version >= 1) w.topicPartitions(sub.ownedPartitions);
  return w.toBuffer();
}

export function decodeSubscription(buf: Buffer): Subscription & { version: number } {
  const r = new Reader(buf);
  const version = r.int16();
  if (version < 0) throw new ConsumerProtocolError(`invalid subscription version ${version}`);
  const topics = r.array(() => r.string());
  const userData = r.nullableBytes();
  const ownedPartitions = version >= 1 && r.remaining() > 0 ? r.topicPartitions() : [];
  return { version, topics, userData, ownedPartitions };
}

export function encodeAssignment(assignment: Assignment, version: number = consumerProtocolVersion): Buffer {
  return new Writer().int16(version).topicPartitions(assignment.partitions).nullableBytes(assignment.userData).toBuffer();
}

/** An empty buffer is "no assignment": the coordinator sends that to members the leader left out. */
export function decodeAssignment(buf: Buffer): Assignment & { version: number } {
  if (buf.length === 0) return { version: consumerProtocolVersion, partitions: [], userData: null };
  const r = new Reader(buf);
  const version = r.int16();
  if (version < 0) throw new ConsumerProtocolError(`invalid assignment version ${version}`);
  return { version, partitions: r.topicPartitions(), userData: r.nullableBytes() };
}

export interface StickyUserData {
  previousAssignment: TopicPartitions[];
  generationId: number;
}

/** The StickyAssignor's user data (Kafka's V1 layout): previous assignment, then generation. */
export function encodeStickyUserData(data: StickyUserData): Buffer {
  return new Writer().topicPartitions(data.previousAssignment).int32(data.generationId).toBuffer();
}

export function decodeStickyUserData(buf: Buffer): StickyUserData {
  const r = new Reader(buf);
  const previousAssignment = r.topicPartitions();
  // V0 had no generation.
  const generationId = r.remaining() >= 4 ? r.int32() : -1;
  return { previousAssignment, generationId };
}

class Writer {
  private readonly parts: Buffer[] = [];

  int16(v: number): this {
    const b = Buffer.allocUnsafe(2);
    b.writeInt16BE(v);
    this.parts.push(b);
    return this;
  }

  int32(v: number): this {
    const b = Buffer.allocUnsafe(4);
    b.writeInt32BE(v);
    this.parts.push(b);
    return this;
  }

  string(s: string): this {
    const bytes = Buffer.from(s, 'utf8');
    if (bytes.length > 0x7fff) throw new ConsumerProtocolError(`string of ${bytes.length} bytes is too long`);
    this.int16(bytes.length);
    this.parts.push(bytes);
    return this;
  }

  stringArray(items: readonly string[]): this {
    this.int32(items.length);
    for (const s of items) this.string(s);
    return this;
  }

  nullableBytes(b: Buffer | null): this {
    if (b === null) return this.int32(-1);
    this.int32(b.length);
    this.parts.push(b);
    return this;
  }

  topicPartitions(tps: readonly TopicPartitions[]): this {
    this.int32(tps.length);
    for (const tp of tps) {
      this.string(tp.topic).int32(tp.partitions.length);
      for (const p of tp.partitions) this.int32(p);
    }
    return this;
  }

  toBuffer(): Buffer {
    return Buffer.concat(this.parts);
  }
}

class Reader {
  private position = 0;

  constructor(private readonly buf: Buffer) {}

  int16(): number {
    this.require(2);
    const v = this.buf.readInt16BE(this.position);
    this.position += 2;
    return v;
  }

  int32(): number {
    this.require(4);
    const v = this.buf.readInt32BE(this.position);
    this.position += 4;
    return v;
  }

  string(): string {
    const length = this.int16();
    if (length < 0) throw new ConsumerProtocolError('null string');
    return this.take(length).toString('utf8');
  }

  nullableBytes(): Buffer | null {
    const length = this.int32();
    return length < 0 ? null : Buffer.from(this.take(length));
  }

  array<T>(readItem: () => T): T[] {
    const count = this.int32();
    if (count < 0 || count > this.remaining()) throw new ConsumerProtocolError(`invalid array count ${count}`);
    const out: T[] = [];
    for (let i = 0; i < count; i++) out.push(readItem());
    return out;
  }

  topicPartitions(): TopicPartitions[] {
    return this.array(() => ({ topic: this.string(), partitions: this.array(() => this.int32()) }));
  }

  remaining(): number {
    return this.buf.length - this.position;
  }

  private take(length: number): Buffer {
    this.require(length);
    const b = this.buf.subarray(this.position, this.position + length);
    this.position += length;
    return b;
  }

  private require(length: number): void {
    if (this.position + length > this.buf.length) throw new ConsumerProtocolError(`truncated at byte ${this.position}`);
  }
}
