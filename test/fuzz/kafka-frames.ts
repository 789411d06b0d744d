/**
 * Kafka request frames for the Kafka-listener fuzzer, written field by field from Kafka's message
 * definitions (clients/src/main/resources/common/message/*.json) rather than with the broker's
 * schema interpreter, so that a mistake in the interpreter cannot hide in both ends: request
 * header v1 (v2 adds tagged fields in flexible versions), and the ApiVersions, Metadata and
 * Produce bodies at the versions clients send. Every builder takes its counts and lengths as
 * given, so that the fuzzer can make them lie.
 */
import { KafkaWriter } from '../../broker/network/codecs/kafka/primitives';
import { ApiKey } from '../../proto/api';

export interface KafkaHeader {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  clientId: string | null;
  /** Header v2 (flexible versions): an empty tagged-field section after the client id. */
  flexible: boolean;
}

/** First flexible version of the APIs the fuzzer builds (KIP-482). */
export const firstFlexibleVersion: Readonly<Record<number, number>> = {
  [ApiKey.Produce]: 9,
  [ApiKey.Metadata]: 9,
  [ApiKey.ApiVersions]: 3,
};

export function isFlexible(apiKey: number, apiVersion: number): boolean {
  const first = firstFlexibleVersion[apiKey];
  return first !== undefined && apiVersion >= first;
}

export function headerBytes(h: KafkaHeader): Buffer {
  const w = new KafkaWriter(64);
  w.int16(h.apiKey).int16(h.apiVersion).int32(h.correlationId).string(h.clientId, false);
  if (h.flexible) w.uvarint(0);
  return Buffer.from(w.finish());
}

/** A whole frame: int32 size, header, body. */
export function frame(header: Buffer, body: Buffer): Buffer {
  const size = Buffer.alloc(4);
  size.writeInt32BE(header.length + body.length);
  return Buffer.concat([size, header, body]);
}

export function requestFrame(h: KafkaHeader, body: Buffer): Buffer {
  return frame(headerBytes(h), body);
}

export function apiVersionsBody(version: number): Buffer {
  if (version < 3) return Buffer.alloc(0);
  return Buffer.from(new KafkaWriter(32).string('samsa-fuzz', true).string('1.0', true).uvarint(0).finish());
}

/** MetadataRequest v0-v9 for `topics` (null: every topic, v1+), never creating topics. */
export function metadataBody(version: number, topics: string[] | null, countOverride?: number): Buffer {
  const compact = version >= 9;
  const w = new KafkaWriter(64);
  const count = countOverride ?? (topics === null ? null : topics.length);
  w.arrayLength(version === 0 && count === null ? 0 : count, compact);
  for (const name of topics ?? []) {
    w.string(name, compact);
    if (compact) w.uvarint(0);
  }
  if (version >= 4) w.bool(false);
  if (version >= 8) w.bool(false).bool(false);
  if (compact) w.uvarint(0);
  return Buffer.from(w.finish());
}

export interface ProduceTarget {
  topic: string;
  partition: number;
}

/** ProduceRequest v3-v9 with one partition's records field (bytes; null allowed by the type). */
export function produceBody(version: number, acks: number, target: ProduceTarget, records: Buffer | null, lengths: { topics?: number; partitions?: number; records?: number } = {}): Buffer {
  const compact = version >= 9;
  const w = new KafkaWriter(256 + (records?.length ?? 0));
  w.string(null, compact).int16(acks).int32(10_000);
  w.arrayLength(lengths.topics ?? 1, compact).string(target.topic, compact);
  w.arrayLength(lengths.partitions ?? 1, compact).int32(target.partition);
  if (lengths.records !== undefined) {
    if (compact) w.uvarint(lengths.records + 1);
    else w.int32(lengths.records);
    if (records) w.raw(records);
  } else {
    w.bytes(records, compact);
  }
  if (compact) w.uvarint(0).uvarint(0).uvarint(0);
  return Buffer.from(w.finish());
}
