/**
 * Rebuilding groups from one `__consumer_offsets` partition (Kafka's doLoadGroupsAndOffsets):
 * replay from log start to high watermark, last record per key wins, tombstones delete. A group
 * record with members comes back Stable (its members must heartbeat within their session), one
 * without members Empty; offsets without a live group record belong to an Empty group that only
 * stores offsets.
 */

import { type Logger } from '../logger';
import { GroupMetadata, GroupState, type CommittedOffset } from './group-metadata';
import { MemberMetadata } from './member-metadata';
import { type OffsetsLog } from './offsets-log';
import { decodeGroupMetadataValue, decodeOffsetCommitValue, decodeOffsetsRecordKey, type GroupMetadataValue } from './offsets-topic';

interface ReplayState {
  groups: Map<string, GroupMetadataValue | null>;
  offsets: Map<string, Map<string, Map<number, CommittedOffset | null>>>;
}

export async function replayOffsetsPartition(log: OffsetsLog, partition: number, nowMs: number, logger: Logger): Promise<GroupMetadata[]> {
  const state: ReplayState = { groups: new Map(), offsets: new Map() };
  for await (const record of log.readAll(partition)) {
    if (record.key === null) continue; // not written by a coordinator
    try {
      applyRecord(state, record.key, record.value);
    } catch (err) {
      // One undecodable record must not make every group on the partition unavailable.
      logger.error({ partition, offset: record.offset, err }, 'skipping undecodable __consumer_offsets record');
    }
  }
  return buildGroups(state, nowMs);
}

function applyRecord(state: ReplayState, keyBytes: Buffer, value: Buffer | null): void {
  const key = decodeOffsetsRecordKey(keyBytes);
  if (key.kind === 'group') {
    state.groups.set(key.group, value === null ? null : decodeGroupMetadataValue(value));
    return;
  }
  let byTopic = state.offsets.get(key.group);
  if (byTopic === undefined) state.offsets.set(key.group, (byTopic = new Map()));
  let byPartition = byTopic.get(key.topic);
  if (byPartition === undefined) byTopic.set(key.topic, (byPartition = new Map()));
  byPartition.set(key.partition, value === null ? null : decodeOffsetCommitValue(value));
}

function buildGroups(state: ReplayState, nowMs: number): GroupMetadata[] {
  const result = new Map<string, GroupMetadata>();
  for (const [groupId, value] of state.groups) {
    if (value !== null) result.set(groupId, groupFromRecord(groupId, value, nowMs));
  }
  for (const [groupId, byTopic] of state.offsets) {
    for (const [topic, byPartition] of byTopic) {
      for (const [partition, committed] of byPartition) {
        if (committed === null) continue;
        let group = result.get(groupId);
        if (group === undefined) result.set(groupId, (group = new GroupMetadata(groupId, GroupState.Empty, nowMs)));
        group.putOffset(topic, partition, committed);
      }
    }
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
