/**
 * Committed offsets: OffsetCommit and OffsetFetch against the group coordinator (Kafka's
 * ConsumerCoordinator.sendOffsetCommitRequest / fetchCommittedOffsets). A committed offset is
 * the next offset to consume. A member commits under its generation; a consumer outside any
 * group commits "standalone" with generation -1 and no member id, which the coordinator only
 * accepts for an Empty group (GroupCoordinator.handleCommitOffsets).
 */

import { ApiKey } from '../../../proto/api';
import { ErrorCode, SamsaProtocolError, errorName } from '../../../proto/errors';
import { type samsa } from '../../../proto/generated/samsa';
import { int64 } from '../../errors';

import { type CoordinatorChannel, isCoordinatorMoved } from './coordinator-channel';
import { noGenerationId, unknownMemberId } from './membership';
import { type TopicPartition, topicPartitionKey } from '../../../proto/topic-partition';

export interface TopicPartitionOffset extends TopicPartition {
  offset: number;
  leaderEpoch?: number;
  metadata?: string;
}

export interface CommitIdentity {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId?: string;
}

export function standaloneIdentity(groupId: string): CommitIdentity {
  return { groupId, generationId: noGenerationId, memberId: unknownMemberId };
}

/** Groups `{topic, partition, ...}` items by topic, keeping their order. */
export function byTopic<T extends TopicPartition>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.topic) ?? [];
    list.push(item);
    out.set(item.topic, list);
  }
  return out;
}

/**
 * Commits `offsets`; throws a SamsaProtocolError carrying the first partition error. Coordinator
 * errors also forget the coordinator (through `onError`), so a retry looks it up again.
 */
export async function commitOffsets(
  channel: CoordinatorChannel,
  identity: CommitIdentity,
  offsets: readonly TopicPartitionOffset[],
  onError: (code: number) => void = () => undefined,
): Promise<void> {
  if (offsets.length === 0) return;
  const request: samsa.v1.IOffsetCommitRequest = {
    groupId: identity.groupId,
    generationId: identity.generationId,
    memberId: identity.memberId,
    groupInstanceId: identity.groupInstanceId ?? '',
    topics: [...byTopic(offsets)].map(([name, list]) => ({
      name,
      partitions: list.map((o) => ({ partition: o.partition, committedOffset: o.offset, committedLeaderEpoch: o.leaderEpoch ?? -1, committedMetadata: o.metadata ?? '' })),
    })),
  };
  const response = await channel.send<samsa.v1.IOffsetCommitResponse>(ApiKey.OffsetCommit, request);
  for (const t of response.topics ?? []) {
    for (const p of t.partitions ?? []) {
      const code = p.errorCode ?? 0;
      if (code === 0) continue;
      if (isCoordinatorMoved(code)) channel.markCoordinatorUnknown(errorName(code));
      onError(code);
      throw new SamsaProtocolError(code, `OffsetCommit for group ${identity.groupId}, ${t.name}-${p.partition}: ${errorName(code)}`);
    }
  }
}

/** The committed offset per partition (`tpKey`), -1 where the group committed nothing. */
export async function fetchCommittedOffsets(channel: CoordinatorChannel, groupId: string, partitions: readonly TopicPartition[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (partitions.length === 0) return out;
  const request: samsa.v1.IOffsetFetchRequest = {
    groupId,
    topics: [...byTopic(partitions)].map(([name, list]) => ({ name, partitions: list.map((p) => p.partition) })),
    allTopics: false,
  };
  const response = await channel.send<samsa.v1.IOffsetFetchResponse>(ApiKey.OffsetFetch, request);
  throwIfError(channel, groupId, response.errorCode ?? 0);
  for (const t of response.topics ?? []) {
    for (const p of t.partitions ?? []) {
      const code = p.errorCode ?? 0;
      // Kafka's consumer treats a partition-level UNKNOWN_TOPIC_OR_PARTITION as "nothing committed".
      if (code !== 0 && code !== ErrorCode.UNKNOWN_TOPIC_OR_PARTITION) throwIfError(channel, groupId, code);
      out.set(topicPartitionKey({ topic: t.name ?? '', partition: p.partition ?? 0 }), code === 0 ? int64(p.committedOffset) : -1);
    }
  }
  return out;
}

function throwIfError(channel: CoordinatorChannel, groupId: string, code: number): void {
  if (code === 0) return;
  if (isCoordinatorMoved(code)) channel.markCoordinatorUnknown(errorName(code));
  throw new SamsaProtocolError(code, `OffsetFetch for group ${groupId}: ${errorName(code)}`);
}
