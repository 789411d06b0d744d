/**
 * The admin client: KafkaJS's admin surface over CreateTopics, DeleteTopics, Metadata and
 * ListOffsets. Topic changes go to the controller (NOT_CONTROLLER refreshes metadata and
 * retries). Only the topics asked about are described, so one leaderless partition elsewhere
 * cannot fail a call (tulios/kafkajs#1520).
 */

import { ApiKey } from '../../proto/api';
import { ErrorCode, errorName } from '../../proto/errors';
import { type samsa } from '../../proto/generated/samsa';
import { type Cluster } from '../cluster/cluster';
import { type PartitionMetadata } from '../cluster/metadata-cache';
import { listOffsets } from '../consumer/list-offsets';
import { earliestTimestamp, latestTimestamp } from '../../proto/sentinels';
import { SamsaUnknownTopic, protocolError } from '../errors';
import { type AclEntry, type AclFilter, type DeleteAclFilterResponse, type DescribeAclResource, createAcls, deleteAcls, describeAcls } from './acls';
import { type PartitionOffsetsResult, listPartitionOffsets } from './partition-offsets';
import { type GroupDescription, GroupAdmin, type GroupOffsets, type GroupOverview } from './groups';
import { type AbortTransactionSpec, type PartitionProducers, type TransactionDescription, type TransactionListing, TransactionAdmin } from './transactions';
import {
  type ConfigResource, type ConfigResourceResult, type ElectionResult, type ElectionType, describeConfigs, electLeaders,
} from './configs';
import { type AlterConfigsOptions, type AlterConfigsResourceResult, type IncrementalAlterConfigsOptions, alterConfigs, incrementalAlterConfigs } from './alter-configs';
import { type TopicPartitionOffset } from '../consumer/group/offsets';
import { type TopicPartition } from '../../proto/topic-partition';
import {
  type UserScramCredentialDeletion, type UserScramCredentialUpsertion, type UserScramCredentialsDescription,
  alterUserScramCredentials, describeUserScramCredentials,
} from './user-scram-credentials';
import {
  type ListPartitionReassignmentsResult, type PartitionReassignmentResult, type PartitionReassignmentTarget,
  alterPartitionReassignments, listPartitionReassignments,
} from './reassignments';

export interface ITopicConfig {
  topic: string;
  numPartitions?: number;
  replicationFactor?: number;
  replicaAssignment?: Array<{ partition: number; replicas: number[] }>;
  configEntries?: Array<{ name: string; value: string }>;
}

export interface CreateTopicsOptions {
  topics: ITopicConfig[];
  validateOnly?: boolean;
  timeoutMs?: number;
  waitForLeaders?: boolean;
}

export interface TopicMetadataResult {
  name: string;
  isInternal: boolean;
  partitions: PartitionMetadata[];
}

export interface PartitionOffsets {
  partition: number;
  offset: number;
  high: number;
  low: number;
}

export const adminTimeoutMsDefault = 5000;

export class Admin {
  private connected = false;
  private readonly groups: GroupAdmin;
  private readonly transactions: TransactionAdmin;

  constructor(private readonly cluster: Cluster) {
    this.groups = new GroupAdmin(cluster);
    this.transactions = new TransactionAdmin(cluster);
  }

  async connect(): Promise<void> {
    if (this.connected) return;
    await this.cluster.connect();
    this.connected = true;
  }

  async disconnect(): Promise<void> {
    if (!this.connected) return;
    this.connected = false;
    this.cluster.disconnect();
  }

  /** True when every topic was created; false when one already existed (KafkaJS's contract). */
  async createTopics(options: CreateTopicsOptions): Promise<boolean> {
    const timeoutMs = options.timeoutMs ?? adminTimeoutMsDefault;
    const request: samsa.v1.ICreateTopicsRequest = {
      timeoutMs,
      validateOnly: options.validateOnly ?? false,
      topics: options.topics.map((t) => ({
        name: t.topic,
        numPartitions: t.replicaAssignment ? -1 : (t.numPartitions ?? -1),
        replicationFactor: t.replicaAssignment ? -1 : (t.replicationFactor ?? -1),
        assignments: (t.replicaAssignment ?? []).map((a) => ({ partition: a.partition, brokerIds: a.replicas })),
        configs: t.configEntries ?? [],
      })),
    };
    let alreadyExisted = false;
    await this.cluster.retry(async () => {
      const response = await this.cluster.sendToController<samsa.v1.ICreateTopicsResponse>(ApiKey.CreateTopics, request, { timeoutMs: timeoutMs + 30_000 });
      for (const r of response.topics ?? []) {
        const code = r.errorCode ?? 0;
        if (code === ErrorCode.TOPIC_ALREADY_EXISTS) alreadyExisted = true;
        else if (code !== 0) throw protocolError(code, r.errorMessage || `${errorName(code)}: cannot create topic ${r.name}`, { topic: r.name ?? '' });
      }
    });
    if (!options.validateOnly && (options.waitForLeaders ?? true)) {
      await this.cluster.ensureTopicMetadata(options.topics.map((t) => t.topic));
    }
    return !alreadyExisted;
  }

  async deleteTopics(options: { topics: string[]; timeoutMs?: number }): Promise<void> {
    const timeoutMs = options.timeoutMs ?? adminTimeoutMsDefault;
    await this.cluster.retry(async () => {
      const response = await this.cluster.sendToController<samsa.v1.IDeleteTopicsResponse>(
        ApiKey.DeleteTopics,
        { topicNames: options.topics, timeoutMs },
        { timeoutMs: timeoutMs + 30_000 },
      );
      for (const r of response.responses ?? []) {
        const code = r.errorCode ?? 0;
        if (code === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION) throw new SamsaUnknownTopic(r.name ?? '', r.errorMessage || undefined);
        if (code !== 0) throw protocolError(code, r.errorMessage || `${errorName(code)}: cannot delete topic ${r.name}`);
      }
    });
    for (const t of options.topics) this.cluster.metadata.topics.delete(t);
  }

  async listTopics(): Promise<string[]> {
    await this.cluster.retry(() => this.cluster.refreshMetadata({ allTopics: true }));
    return [...this.cluster.metadata.topics.keys()].sort();
  }

  /** Describes `topics`, or every topic when none are named. Unknown topics throw. */
  async fetchTopicMetadata(options: { topics?: string[] } = {}): Promise<{ topics: TopicMetadataResult[] }> {
    const names = options.topics && options.topics.length > 0 ? options.topics : undefined;
    await this.cluster.retry(async () => {
      if (names) {
        this.cluster.addTargetTopics(names);
        await this.cluster.refreshMetadata();
      } else await this.cluster.refreshMetadata({ allTopics: true });
    });
    const list = names ?? [...this.cluster.metadata.topics.keys()].sort();
    return {
      topics: list.map((name) => {
        const t = this.cluster.metadata.topic(name);
        if (!t) throw new SamsaUnknownTopic(name);
        return { name: t.name, isInternal: t.isInternal, partitions: t.partitions };
      }),
    };
  }

  /** Per partition: low (log start), high (high watermark); `offset` is the high, as in KafkaJS. */
  async fetchTopicOffsets(topic: string): Promise<PartitionOffsets[]> {
    return this.cluster.retry(async () => {
      await this.cluster.ensureTopicMetadata([topic]);
      const partitions = this.cluster.metadata.topic(topic)!.partitions.map((p) => p.partitionId);
      const [high, low] = await Promise.all([
        listOffsets(this.cluster, partitions.map((partition) => ({ topic, partition, timestamp: latestTimestamp }))),
        listOffsets(this.cluster, partitions.map((partition) => ({ topic, partition, timestamp: earliestTimestamp }))),
      ]);
      return partitions.map((partition) => {
        const h = high.find((r) => r.partition === partition)?.offset ?? -1;
        const l = low.find((r) => r.partition === partition)?.offset ?? -1;
        return { partition, offset: h, high: h, low: l };
      });
    });
  }

  /** Earliest and latest offsets of many partitions, batched per leader, with an error per partition (partition-offsets.ts). */
  fetchPartitionOffsets(partitions: TopicPartition[]): Promise<PartitionOffsetsResult[]> { return listPartitionOffsets(this.cluster, partitions); }

  /** The first offset with a timestamp at or after `timestampMs`; the high watermark when none. */
  async fetchTopicOffsetsByTimestamp(topic: string, timestampMs?: number): Promise<Array<{ partition: number; offset: number }>> {
    return this.cluster.retry(async () => {
      await this.cluster.ensureTopicMetadata([topic]);
      const partitions = this.cluster.metadata.topic(topic)!.partitions.map((p) => p.partitionId);
      const timestamp = timestampMs ?? latestTimestamp;
      const found = await listOffsets(this.cluster, partitions.map((partition) => ({ topic, partition, timestamp })));
      const missing = found.filter((r) => r.offset < 0).map((r) => r.partition);
      const high = missing.length === 0 ? [] : await listOffsets(this.cluster, missing.map((partition) => ({ topic, partition, timestamp: latestTimestamp })));
      return partitions.map((partition) => {
        const f = found.find((r) => r.partition === partition)?.offset ?? -1;
        return { partition, offset: f >= 0 ? f : (high.find((r) => r.partition === partition)?.offset ?? -1) };
      });
    });
  }

  async describeCluster(): Promise<{ brokers: Array<{ nodeId: number; host: string; port: number; rack: string | null }>; controller: number | null; clusterId: string }> {
    await this.cluster.retry(() => this.cluster.refreshMetadata());
    const m = this.cluster.metadata;
    return {
      brokers: [...m.brokers.values()].sort((a, b) => a.nodeId - b.nodeId),
      controller: m.controllerId >= 0 ? m.controllerId : null,
      clusterId: m.clusterId,
    };
  }

  /** Effective configs of topics (any broker answers) or of brokers (each answers for itself). */
  describeConfigs(options: { resources: ConfigResource[] }): Promise<{ resources: ConfigResourceResult[] }> {
    return describeConfigs(this.cluster, options.resources);
  }

  /** AlterConfigs (KafkaJS): replaces each resource's dynamic configs; per-resource errors are returned. */
  alterConfigs(options: AlterConfigsOptions): Promise<{ resources: AlterConfigsResourceResult[] }> {
    return alterConfigs(this.cluster, options);
  }

  /** IncrementalAlterConfigs (KIP-339): SET, DELETE, APPEND or SUBTRACT per key; per-resource errors are returned. */
  incrementalAlterConfigs(options: IncrementalAlterConfigsOptions): Promise<{ resources: AlterConfigsResourceResult[] }> {
    return incrementalAlterConfigs(this.cluster, options);
  }

  /** Preferred or unclean election on the controller; per-partition outcomes are returned. */
  electLeaders(options: { electionType: ElectionType; partitions: TopicPartition[] | 'all'; timeoutMs?: number }): Promise<ElectionResult[]> {
    return electLeaders(this.cluster, options.electionType, options.partitions, options.timeoutMs);
  }

  /** KIP-455 on the controller (reassignments.ts): `replicas: null` cancels; per-partition outcomes are returned. */
  alterPartitionReassignments(options: { topics: PartitionReassignmentTarget[]; timeout?: number }): Promise<PartitionReassignmentResult[]> {
    return alterPartitionReassignments(this.cluster, options.topics, options.timeout);
  }

  listPartitionReassignments(options: { topics?: Array<{ topic: string; partitions: number[] }>; timeout?: number } = {}): Promise<ListPartitionReassignmentsResult> {
    return listPartitionReassignments(this.cluster, options.topics, options.timeout);
  }

  // Consumer groups (groups.ts): Kafka's AdminClient group calls in KafkaJS's shape.

  listGroups(): Promise<{ groups: GroupOverview[] }> {
    return this.groups.listGroups();
  }

  describeGroups(groupIds: string[]): Promise<{ groups: GroupDescription[] }> {
    return this.groups.describeGroups(groupIds);
  }

  describeGroup(groupId: string): Promise<GroupDescription> {
    return this.groups.describeGroup(groupId);
  }

  /** Per group: error code 0, NON_EMPTY_GROUP (68) or GROUP_ID_NOT_FOUND (69). Throws on other errors. */
  deleteGroups(groupIds: string[]): Promise<Array<{ groupId: string; errorCode: number }>> {
    return this.groups.deleteGroups(groupIds);
  }

  fetchOffsets(options: { groupId: string; topics?: string[] }): Promise<GroupOffsets[]> {
    return this.groups.fetchOffsets(options);
  }

  /** Only for a group without members (Empty), as Kafka requires. */
  setOffsets(options: { groupId: string; topic: string; partitions: Array<{ partition: number; offset: number | string }> }): Promise<void> {
    return this.groups.setOffsets(options);
  }

  /** Moves the group to the earliest (or latest) offset of every partition of `topic`; Empty groups only. */
  resetOffsets(options: { groupId: string; topic: string; earliest?: boolean }): Promise<void> {
    return this.groups.resetOffsets(options);
  }

  /** Commits arbitrary offsets across topics for an inactive group (the consumer-groups CLI's reset). */
  commitGroupOffsets(groupId: string, offsets: TopicPartitionOffset[]): Promise<void> {
    return this.groups.commitForInactiveGroup(groupId, offsets);
  }

  // Transactions (transactions.ts): Kafka's Admin transaction calls (KIP-664).

  describeTransactions(transactionalIds: string[]): Promise<TransactionDescription[]> {
    return this.transactions.describeTransactions(transactionalIds);
  }

  listTransactions(options: { states?: string[]; producerIds?: number[] } = {}): Promise<TransactionListing[]> {
    return this.transactions.listTransactions(options);
  }

  describeProducers(partitions: TopicPartition[]): Promise<PartitionProducers[]> {
    return this.transactions.describeProducers(partitions);
  }

  /** Aborts a hanging transaction on one partition by writing its abort marker there. */
  abortTransaction(spec: AbortTransactionSpec): Promise<void> {
    return this.transactions.abortTransaction(spec);
  }

  // SCRAM users (user-scram-credentials.ts, KIP-554): the client salts the password.

  /** Every user with a credential when `users` is omitted; a named user without one fails with RESOURCE_NOT_FOUND. */
  describeUserScramCredentials(users?: string[]): Promise<UserScramCredentialsDescription[]> {
    return describeUserScramCredentials(this.cluster, users);
  }

  alterUserScramCredentials(changes: { upsertions?: UserScramCredentialUpsertion[]; deletions?: UserScramCredentialDeletion[] }): Promise<void> {
    return alterUserScramCredentials(this.cluster, changes);
  }

  // ACLs (acls.ts): Kafka's Admin ACL calls in KafkaJS's shape.

  createAcls(options: { acl: AclEntry[] }): Promise<boolean> {
    return createAcls(this.cluster, options.acl);
  }

  describeAcls(filter: AclFilter): Promise<{ errorCode: number; errorMessage: string | null; resources: DescribeAclResource[] }> {
    return describeAcls(this.cluster, filter);
  }

  deleteAcls(options: { filters: AclFilter[] }): Promise<{ filterResponses: DeleteAclFilterResponse[] }> {
    return deleteAcls(this.cluster, options.filters);
  }
}
