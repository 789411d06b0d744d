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

import { SchemaError, SchemaReader, SchemaWriter } from '../../../proto/kafka-types';
import { SamsaError } from '../../../proto/errors';

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

export class ConsumerProtocolError extends SamsaError {
  constructor(message: string) {
    super(message);
  }
}

export function encodeSubscription(sub: Subscription, version: number = consumerProtocolVersion): Buffer {
  const w = new SchemaWriter().int16(version).array(sub.topics, (sw, t) => sw.string(t)).nullableBytes(sub.userData);
  if (version >= 1) writeTopicPartitions(w, sub.ownedPartitions);
  return w.toBuffer();
}

export function decodeSubscription(buf: Buffer): Subscription & { version: number } {
  return decoding('subscription', () => {
    const r = new SchemaReader(buf);
    const version = r.int16();
    if (version < 0) throw new ConsumerProtocolError(`invalid subscription version ${version}`);
    const topics = r.array((tr) => tr.string());
    const userData = r.nullableBytes();
    const ownedPartitions = version >= 1 && r.remaining() > 0 ? readTopicPartitions(r) : [];
    return { version, topics, userData, ownedPartitions };
  });
}

export function encodeAssignment(assignment: Assignment, version: number = consumerProtocolVersion): Buffer {
  return writeTopicPartitions(new SchemaWriter().int16(version), assignment.partitions).nullableBytes(assignment.userData).toBuffer();
}

/** An empty buffer is "no assignment": the coordinator sends that to members the leader left out. */
export function decodeAssignment(buf: Buffer): Assignment & { version: number } {
  if (buf.length === 0) return { version: consumerProtocolVersion, partitions: [], userData: null };
  return decoding('assignment', () => {
    const r = new SchemaReader(buf);
    const version = r.int16();
    if (version < 0) throw new ConsumerProtocolError(`invalid assignment version ${version}`);
    return { version, partitions: readTopicPartitions(r), userData: r.nullableBytes() };
  });
}

export interface StickyUserData {
  previousAssignment: TopicPartitions[];
  generationId: number;
}

/** The StickyAssignor's user data (Kafka's V1 layout): previous assignment, then generation. */
export function encodeStickyUserData(data: StickyUserData): Buffer {
  return writeTopicPartitions(new SchemaWriter(), data.previousAssignment).int32(data.generationId).toBuffer();
}

export function decodeStickyUserData(buf: Buffer): StickyUserData {
  return decoding('sticky assignor user data', () => {
    const r = new SchemaReader(buf);
    const previousAssignment = readTopicPartitions(r);
    // V0 had no generation.
    const generationId = r.remaining() >= 4 ? r.int32() : -1;
    return { previousAssignment, generationId };
  });
}

function writeTopicPartitions(w: SchemaWriter, tps: readonly TopicPartitions[]): SchemaWriter {
  return w.array(tps, (tw, tp) => tw.string(tp.topic).array(tp.partitions, (pw, p) => pw.int32(p)));
}

function readTopicPartitions(r: SchemaReader): TopicPartitions[] {
  return r.array((tr) => ({ topic: tr.string(), partitions: tr.array((pr) => pr.int32()) }));
}

/** Runs a decoder, reporting malformed input as this module's error type. */
function decoding<T>(what: string, decode: () => T): T {
  try {
    return decode();
  } catch (err) {
    if (err instanceof SchemaError) throw new ConsumerProtocolError(`malformed ${what}: ${err.message}`);
    throw err;
  }
}
