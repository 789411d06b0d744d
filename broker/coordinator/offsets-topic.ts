/**
 * The `__consumer_offsets` topic: which partition holds a group, and the key/value formats of the
 * records stored there (Kafka's GroupMetadataManager schemas, 2.3+ versions). Keys and values
 * start with an int16 schema version; a null value is a tombstone.
 *
 * | record        | key                                  | value (written)                          |
 * |---------------|--------------------------------------|------------------------------------------|
 * | offset commit | v1: group, topic, partition          | v3: offset, leader_epoch, metadata, ts    |
 * | group         | v2: group                            | v3: type, generation, protocol, leader,   |
 * |               |                                      |     state ts, members (with instance id) |
 *
 * Older value versions are decoded too, so that a log written by an older writer still loads.
 */

import { SchemaError, SchemaReader, SchemaWriter } from '../../proto/kafka-types';

export const offsetsTopicName = '__consumer_offsets';

/** Java's String.hashCode: s[0]*31^(n-1) + ... over UTF-16 code units, with int32 overflow. */
export function javaStringHashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/** Kafka's Utils.abs: like Math.abs, except that Integer.MIN_VALUE maps to 0 (not to itself). */
function kafkaAbs(n: number): number {
  return n === -2147483648 ? 0 : Math.abs(n);
}

/** The `__consumer_offsets` partition whose leader coordinates `groupId` (GroupMetadataManager.partitionFor). */
export function partitionForGroup(groupId: string, offsetsTopicNumPartitions: number): number {
  return kafkaAbs(javaStringHashCode(groupId)) % offsetsTopicNumPartitions;
}

export const OffsetsRecordVersion = {
  offsetCommitKey: 1,
  groupMetadataKey: 2,
  offsetCommitValue: 3,
  groupMetadataValue: 3,
} as const;

export interface OffsetCommitKey {
  kind: 'offset';
  group: string;
  topic: string;
  partition: number;
}

export interface GroupMetadataKey {
  kind: 'group';
  group: string;
}

export type OffsetsRecordKey = OffsetCommitKey | GroupMetadataKey;

export interface OffsetCommitValue {
  offset: number;
  /** -1 when the committer did not know the leader epoch (values before v3 always). */
  leaderEpoch: number;
  metadata: string;
  commitTimestampMs: number;
  /** Only in v1 values (explicit retention, before KIP-211); null otherwise. */
  expireTimestampMs: number | null;
}

export interface GroupMemberRecord {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  rebalanceTimeoutMs: number;
  sessionTimeoutMs: number;
  subscription: Buffer;
  assignment: Buffer;
}

export interface GroupMetadataValue {
  protocolType: string;
  generationId: number;
  protocolName: string | null;
  leader: string | null;
  /** -1 when unknown (values before v2). */
  currentStateTimestampMs: number;
  members: GroupMemberRecord[];
}

export function encodeOffsetCommitKey(group: string, topic: string, partition: number): Buffer {
  return new SchemaWriter().int16(OffsetsRecordVersion.offsetCommitKey).string(group).string(topic).int32(partition).toBuffer();
}

export function encodeGroupMetadataKey(group: string): Buffer {
  return new SchemaWriter().int16(OffsetsRecordVersion.groupMetadataKey).string(group).toBuffer();
}

export function decodeOffsetsRecordKey(key: Buffer): OffsetsRecordKey {
  const r = new SchemaReader(key);
  const version = r.int16();
  // Versions 0 and 1 share the offset-commit key schema; 2 is the group-metadata key.
  if (version === 0 || version === 1) return { kind: 'offset', group: r.string(), topic: r.string(), partition: r.int32() };
  if (version === 2) return { kind: 'group', group: r.string() };
  throw new SchemaError(`unknown __consumer_offsets key version ${version}`);
}

export function encodeOffsetCommitValue(value: Omit<OffsetCommitValue, 'expireTimestampMs'>): Buffer {
  return new SchemaWriter()
    .int16(OffsetsRecordVersion.offsetCommitValue)
    .int64(value.offset)
    .int32(value.leaderEpoch)
    .string(value.metadata)
    .int64(value.commitTimestampMs)
    .toBuffer();
}

export function decodeOffsetCommitValue(buf: Buffer): OffsetCommitValue {
  const r = new SchemaReader(buf);
  const version = r.int16();
  switch (version) {
    case 0:
      return { offset: r.int64(), leaderEpoch: -1, metadata: r.string(), commitTimestampMs: r.int64(), expireTimestampMs: null };
    case 1:
      return { offset: r.int64(), leaderEpoch: -1, metadata: r.string(), commitTimestampMs: r.int64(), expireTimestampMs: r.int64() };
    case 2:
      return { offset: r.int64(), leaderEpoch: -1, metadata: r.string(), commitTimestampMs: r.int64(), expireTimestampMs: null };
    case 3:
      return { offset: r.int64(), leaderEpoch: r.int32(), metadata: r.string(), commitTimestampMs: r.int64(), expireTimestampMs: null };
    default:
      throw new SchemaError(`unknown offset commit value version ${version}`);
  }
}

export function encodeGroupMetadataValue(value: GroupMetadataValue): Buffer {
  return new SchemaWriter()
    .int16(OffsetsRecordVersion.groupMetadataValue)
    .string(value.protocolType)
    .int32(value.generationId)
    .nullableString(value.protocolName)
    .nullableString(value.leader)
    .int64(value.currentStateTimestampMs)
    .array(value.members, (w, m) => {
      w.string(m.memberId)
        .nullableString(m.groupInstanceId)
        .string(m.clientId)
        .string(m.clientHost)
        .int32(m.rebalanceTimeoutMs)
        .int32(m.sessionTimeoutMs)
        .bytes(m.subscription)
        .bytes(m.assignment);
    })
    .toBuffer();
}

export function decodeGroupMetadataValue(buf: Buffer): GroupMetadataValue {
  const r = new SchemaReader(buf);
  const version = r.int16();
  if (version < 0 || version > 3) throw new SchemaError(`unknown group metadata value version ${version}`);
  const protocolType = r.string();
  const generationId = r.int32();
  const protocolName = r.nullableString();
  const leader = r.nullableString();
  const currentStateTimestampMs = version >= 2 ? r.int64() : -1;
  const members = r.array((m) => decodeMember(m, version));
  return { protocolType, generationId, protocolName, leader, currentStateTimestampMs, members };
}

function decodeMember(r: SchemaReader, version: number): GroupMemberRecord {
  const memberId = r.string();
  const groupInstanceId = version >= 3 ? r.nullableString() : null;
  const clientId = r.string();
  const clientHost = r.string();
  // v0 had one timeout for both purposes.
  const rebalanceTimeoutMs = version >= 1 ? r.int32() : -1;
  const sessionTimeoutMs = r.int32();
  return {
    memberId,
    groupInstanceId,
    clientId,
    clientHost,
    rebalanceTimeoutMs: rebalanceTimeoutMs === -1 ? sessionTimeoutMs : rebalanceTimeoutMs,
    sessionTimeoutMs,
    subscription: r.bytes(),
    assignment: r.bytes(),
  };
}
