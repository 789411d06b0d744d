/**
 * Group administration (Kafka's AdminClient listConsumerGroups / describeConsumerGroups /
 * deleteConsumerGroups / listConsumerGroupOffsets, KafkaJS's admin group calls). ListGroups goes
 * to every broker, since each one lists only the groups it coordinates; the other calls go to
 * the group's coordinator. Offsets are set only while the group is Empty (or unknown): the
 * coordinator accepts a standalone commit (generation -1) only then, and Kafka's tools refuse
 * earlier with a clear message.
 */

import { ApiKey } from '../../proto/api';
import { ErrorCode, errorName } from '../../proto/errors';
import { type samsa } from '../../proto/generated/samsa';
import { type Cluster } from '../cluster/cluster';
import { SamsaError, int64, protocolError } from '../errors';
import { type TopicPartitions } from '../consumer/group/assignment';
import { ClusterCoordinatorChannel, type Coordinator } from '../consumer/group/coordinator-channel';
import { asBuffer } from '../../proto/bytes';
import { type TopicPartitionOffset, commitOffsets, standaloneIdentity } from '../consumer/group/offsets';
import { subscriptionCodec } from '../consumer/group/protocol';
import { listOffsets } from '../consumer/list-offsets';
import { earliestTimestamp, latestTimestamp } from '../../proto/sentinels';

export interface GroupOverview {
  groupId: string;
  protocolType: string;
  state: string;
}

export interface MemberDescription {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  memberMetadata: Buffer;
  memberAssignment: Buffer;
  /** The decoded assignment of a consumer group member. */
  assignment: TopicPartitions[];
}

export interface GroupDescription {
  groupId: string;
  errorCode: number;
  /** Empty, PreparingRebalance, CompletingRebalance, Stable or Dead. */
  state: string;
  protocolType: string;
  /** The assignor the group chose. */
  protocol: string;
  members: MemberDescription[];
  coordinator: Coordinator | undefined;
}

export interface GroupOffsets {
  topic: string;
  partitions: Array<{ partition: number; offset: number; metadata: string }>;
}

/** Group states in which offsets may be changed from outside (Kafka's reset-offsets rule). */
export const inactiveGroupStates: ReadonlySet<string> = new Set(['Empty', 'Dead']);

export class GroupAdmin {
  constructor(private readonly cluster: Cluster) {}

  async listGroups(): Promise<{ groups: GroupOverview[] }> {
    await this.cluster.retry(() => this.cluster.refreshMetadata());
    const brokers = [...this.cluster.metadata.brokers.keys()];
    const responses = await Promise.all(
      brokers.map((id) => this.cluster.retry(() => this.cluster.sendToBroker<samsa.v1.IListGroupsResponse>(id, ApiKey.ListGroups, { statesFilter: [] }))),
    );
    const groups = new Map<string, GroupOverview>();
    for (const r of responses) {
      const code = r.errorCode ?? 0;
      if (code !== 0) throw protocolError(code, `ListGroups: ${errorName(code)}`);
      for (const g of r.groups ?? []) groups.set(g.groupId ?? '', { groupId: g.groupId ?? '', protocolType: g.protocolType ?? '', state: g.groupState ?? '' });
    }
    return { groups: [...groups.values()].sort((a, b) => a.groupId.localeCompare(b.groupId)) };
  }

  async describeGroups(groupIds: string[]): Promise<{ groups: GroupDescription[] }> {
    const groups = await Promise.all(groupIds.map((id) => this.describeGroup(id)));
    return { groups };
  }

  async describeGroup(groupId: string): Promise<GroupDescription> {
    return this.withCoordinator(groupId, async (channel) => {
      const response = await channel.send<samsa.v1.IDescribeGroupsResponse>(ApiKey.DescribeGroups, { groups: [groupId] });
      const g = response.groups?.find((x) => x.groupId === groupId) ?? response.groups?.[0];
      if (!g) throw new SamsaError(`DescribeGroups returned nothing for group ${groupId}`);
      const code = g.errorCode ?? 0;
      if (code !== 0) failOnCoordinatorError(channel, code, `DescribeGroups for ${groupId}`);
      const protocolType = g.protocolType ?? '';
      return {
        groupId,
        errorCode: code,
        state: g.groupState ?? '',
        protocolType,
        protocol: g.protocolData ?? '',
        coordinator: channel.current,
        members: (g.members ?? []).map((m) => describeMember(m, protocolType)),
      };
    });
  }

  /** Deletes Empty groups with their offsets; NON_EMPTY_GROUP or GROUP_ID_NOT_FOUND otherwise. */
  async deleteGroups(groupIds: string[]): Promise<Array<{ groupId: string; errorCode: number }>> {
    return Promise.all(
      groupIds.map((groupId) =>
        this.withCoordinator(groupId, async (channel) => {
          const response = await channel.send<samsa.v1.IDeleteGroupsResponse>(ApiKey.DeleteGroups, { groupsNames: [groupId] });
          const code = response.results?.find((r) => r.groupId === groupId)?.errorCode ?? 0;
          if (code !== 0) failOnCoordinatorError(channel, code, `DeleteGroups for ${groupId}`);
          return { groupId, errorCode: code };
        }),
      ),
    );
  }

  /** Committed offsets of `topics` (every committed partition when none are named); -1 where none. */
  async fetchOffsets(options: { groupId: string; topics?: string[] }): Promise<GroupOffsets[]> {
    const { groupId } = options;
    const named = options.topics && options.topics.length > 0 ? options.topics : undefined;
    let request: samsa.v1.IOffsetFetchRequest = { groupId, topics: [], allTopics: true };
    if (named) {
      await this.cluster.ensureTopicMetadata(named);
      request = { groupId, allTopics: false, topics: named.map((name) => ({ name, partitions: this.cluster.metadata.topic(name)!.partitions.map((p) => p.partitionId) })) };
    }
    return this.withCoordinator(groupId, async (channel) => {
      const response = await channel.send<samsa.v1.IOffsetFetchResponse>(ApiKey.OffsetFetch, request);
      if (response.errorCode) failOnCoordinatorError(channel, response.errorCode, `OffsetFetch for ${groupId}`);
      return (response.topics ?? []).map((t) => ({
        topic: t.name ?? '',
        partitions: (t.partitions ?? []).map((p) => ({ partition: p.partition ?? 0, offset: int64(p.committedOffset), metadata: p.metadata ?? '' })).sort((a, b) => a.partition - b.partition),
      }));
    });
  }

  /** Commits offsets for a group that has no members (Kafka refuses it for an active group). */
  async setOffsets(options: { groupId: string; topic: string; partitions: Array<{ partition: number; offset: number | string }> }): Promise<void> {
    const offsets: TopicPartitionOffset[] = options.partitions.map((p) => ({ topic: options.topic, partition: p.partition, offset: Number(p.offset) }));
    await this.commitForInactiveGroup(options.groupId, offsets);
  }

  /** Moves every partition of `topic` to its earliest (or latest) offset; the group must be inactive. */
  async resetOffsets(options: { groupId: string; topic: string; earliest?: boolean }): Promise<void> {
    const offsets = await this.fetchTopicEnds(options.topic, options.earliest ?? false);
    await this.commitForInactiveGroup(options.groupId, offsets);
  }

  /** Standalone commit after checking, as kafka-consumer-groups does, that the group is inactive. */
  async commitForInactiveGroup(groupId: string, offsets: readonly TopicPartitionOffset[]): Promise<void> {
    const group = await this.describeGroup(groupId);
    if (!inactiveGroupStates.has(group.state)) throw new SamsaError(inactiveGroupMessage(groupId, group.state));
    for (const o of offsets) if (!Number.isInteger(o.offset) || o.offset < 0) throw new SamsaError(`invalid offset ${o.offset} for ${o.topic}-${o.partition}`);
    await this.withCoordinator(groupId, (channel) => commitOffsets(channel, standaloneIdentity(groupId), offsets));
  }

  private async fetchTopicEnds(topic: string, earliest: boolean): Promise<TopicPartitionOffset[]> {
    await this.cluster.ensureTopicMetadata([topic]);
    const partitions = this.cluster.metadata.topic(topic)!.partitions.map((p) => p.partitionId);
    const timestamp = earliest ? earliestTimestamp : latestTimestamp;
    const results = await this.cluster.retry(() => listOffsets(this.cluster, partitions.map((partition) => ({ topic, partition, timestamp }))));
    return results.map((r) => ({ topic, partition: r.partition, offset: r.offset }));
  }

  /** Runs `fn` against the group's coordinator, looking it up again after coordinator errors. */
  private async withCoordinator<T>(groupId: string, fn: (channel: ClusterCoordinatorChannel) => Promise<T>): Promise<T> {
    const channel = new ClusterCoordinatorChannel(this.cluster, groupId);
    try {
      return await this.cluster.retry(() => fn(channel));
    } finally {
      channel.close();
    }
  }
}

/** kafka-consumer-groups.sh's refusal, word for word. */
export function inactiveGroupMessage(groupId: string, state: string): string {
  return `Assignments can only be reset if the group '${groupId}' is inactive, but the current state is ${state}.`;
}

function describeMember(m: samsa.v1.DescribeGroupsResponse.IDescribedGroupMember, protocolType: string): MemberDescription {
  const memberAssignment = asBuffer(m.memberAssignment);
  let assignment: TopicPartitions[] = [];
  if (protocolType === 'consumer' && memberAssignment.length > 0) {
    try {
      assignment = subscriptionCodec.decodeAssignment(memberAssignment).partitions;
    } catch {
      assignment = []; // a member of another client library may encode something else
    }
  }
  return {
    memberId: m.memberId ?? '',
    groupInstanceId: m.groupInstanceId || null,
    clientId: m.clientId ?? '',
    clientHost: m.clientHost ?? '',
    memberMetadata: asBuffer(m.memberMetadata),
    memberAssignment,
    assignment,
  };
}

/** Coordinator errors forget the coordinator and throw retriable errors; others throw as they are. */
function failOnCoordinatorError(channel: ClusterCoordinatorChannel, code: number, what: string): never {
  if (code === ErrorCode.COORDINATOR_NOT_AVAILABLE || code === ErrorCode.NOT_COORDINATOR) channel.markCoordinatorUnknown(errorName(code));
  throw protocolError(code, `${what}: ${errorName(code)}`);
}
