/**
 * Rebuilding groups from one `__consumer_offsets` partition (Kafka's doLoadGroupsAndOffsets):
 * replay from log start to high watermark, last record per key wins, tombstones delete. A group
 * record with members comes back Stable (its members must heartbeat within their session), one
 * without members Empty; offsets without a live group record belong to an Empty group that only
 * stores offsets. A TxnOffsetCommit's records stay pending per producer until that producer's
 * marker: a commit applies them (unless a commit appended later already holds the partition), an
 * abort drops them, and those still pending at the end come back pending, so that a transaction
 * open across a coordinator failover completes on the new coordinator.
 */

import { type Logger } from '../logger';
import { GroupMetadata, GroupState, type CommittedOffset, type TopicPartitionOffset } from './group-metadata';
import { appendedBefore } from './group-txn-offsets';
import { MemberMetadata } from './member-metadata';
import { type OffsetsLog, type OffsetsLogEntry } from './offsets-log';
import { decodeGroupMetadataValue, decodeOffsetCommitValue, decodeOffsetsRecordKey, type GroupMetadataValue } from './offsets-topic';

type OffsetsByGroup = Map<string, Map<string, Map<number, CommittedOffset | null>>>;

interface ReplayState {
  groups: Map<string, GroupMetadataValue | null>;
  offsets: OffsetsByGroup;
  /** Transactional offsets by producer id, waiting for its marker. */
  pending: Map<number, OffsetsByGroup>;
}

export async function replayOffsetsPartition(log: OffsetsLog, partition: number, nowMs: number, logger: Logger): Promise<GroupMetadata[]> {
  const state: ReplayState = { groups: new Map(), offsets: new Map(), pending: new Map() };
  for await (const record of log.readAll(partition)) {
    if (record.marker !== undefined) {
      completeTransaction(state, record.marker.producerId, record.marker.committed);
      continue;
    }
    if (record.key === null) continue; // not written by a coordinator
    try {
      applyRecord(state, record.key, record);
    } catch (err) {
      // One undecodable record must not make every group on the partition unavailable.
      logger.error({ partition, offset: record.offset, err }, 'skipping undecodable __consumer_offsets record');
    }
  }
  return buildGroups(state, nowMs);
}

function applyRecord(state: ReplayState, keyBytes: Buffer, record: OffsetsLogEntry): void {
  const key = decodeOffsetsRecordKey(keyBytes);
  const { value, transactionalProducerId } = record;
  if (key.kind === 'group') {
    state.groups.set(key.group, value === null ? null : decodeGroupMetadataValue(value));
    return;
  }
  let target = state.offsets;
  if (transactionalProducerId !== undefined) {
    target = state.pending.get(transactionalProducerId) ?? new Map();
    state.pending.set(transactionalProducerId, target);
  }
  const committed = value === null ? null : { ...decodeOffsetCommitValue(value), appendedBatchOffset: record.offset };
  partitionsOf(target, key.group, key.topic).set(key.partition, committed);
}

function partitionsOf(offsets: OffsetsByGroup, group: string, topic: string): Map<number, CommittedOffset | null> {
  let byTopic = offsets.get(group);
  if (byTopic === undefined) offsets.set(group, (byTopic = new Map()));
  let byPartition = byTopic.get(topic);
  if (byPartition === undefined) byTopic.set(topic, (byPartition = new Map()));
  return byPartition;
}

function* eachOffset(offsets: OffsetsByGroup): Generator<[string, TopicPartitionOffset]> {
  for (const [groupId, byTopic] of offsets) {
    for (const [topic, byPartition] of byTopic) {
      for (const [partition, committed] of byPartition) if (committed !== null) yield [groupId, { topic, partition, committed }];
    }
  }
}

/** A marker: the producer's pending offsets are applied (commit) or dropped (abort). */
function completeTransaction(state: ReplayState, producerId: number, committed: boolean): void {
  const pending = state.pending.get(producerId);
  state.pending.delete(producerId);
  if (pending === undefined || !committed) return;
  for (const [groupId, o] of eachOffset(pending)) {
    const partitions = partitionsOf(state.offsets, groupId, o.topic);
    const current = partitions.get(o.partition);
    if (current === undefined || current === null || !appendedBefore(o.committed, current)) partitions.set(o.partition, o.committed);
  }
}

function buildGroups(state: ReplayState, nowMs: number): GroupMetadata[] {
  const result = new Map<string, GroupMetadata>();
  for (const [groupId, value] of state.groups) {
    if (value !== null) result.set(groupId, groupFromRecord(groupId, value, nowMs));
  }
  const groupOf = (groupId: string): GroupMetadata => {
    let group = result.get(groupId);
    if (group === undefined) result.set(groupId, (group = new GroupMetadata(groupId, GroupState.Empty, nowMs)));
    return group;
  };
  for (const [groupId, o] of eachOffset(state.offsets)) groupOf(groupId).putOffset(o.topic, o.partition, o.committed);
  for (const [producerId, offsets] of state.pending) {
    for (const [groupId, o] of eachOffset(offsets)) groupOf(groupId).pendingTxnOffsets.restore(producerId, [o]);
  }
  return [...result.values()];
}

function groupFromRecord(groupId: string, value: GroupMetadataValue, nowMs: number): GroupMetadata {
  const initialState = value.members.length === 0 ? GroupState.Empty : GroupState.Stable;
  const group = new GroupMetadata(groupId, initialState, nowMs);
  group.generationId = value.generationId;
  group.protocolType = value.protocolType.length > 0 ? value.protocolType : null;
  group.protocolName = value.protocolName;
  group.currentStateTimestampMs = value.currentStateTimestampMs >= 0 ? value.currentStateTimestampMs : nowMs;
  const protocolName = value.protocolName ?? '';
  for (const m of value.members) {
    const member = new MemberMetadata({
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId,
      clientId: m.clientId,
      clientHost: m.clientHost,
      rebalanceTimeoutMs: m.rebalanceTimeoutMs,
      sessionTimeoutMs: m.sessionTimeoutMs,
      protocolType: value.protocolType,
      // Only the chosen protocol's metadata is stored, so that is all a loaded member supports.
      protocols: [{ name: protocolName, metadata: m.subscription }],
    });
    member.assignment = m.assignment;
    group.add(member, null);
    if (m.groupInstanceId !== null) group.addStaticMember(m.groupInstanceId, m.memberId);
  }
  // add() makes the first member leader; the record knows the real one.
  group.leaderId = value.leader;
  return group;
}
