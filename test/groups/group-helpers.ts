/**
 * Raw group protocol requests for the group suites: each member speaks to the coordinator over
 * its own BrokerConnection (a parked JoinGroup holds its connection), so every error code is seen
 * exactly as the broker sent it.
 */
import { BrokerConnection } from '../../client/network/connection';
import { ApiKey } from '../../proto/api';
import { ErrorCode } from '../../proto/errors';
import type { samsa } from '../../proto/generated/samsa';
import type { BrokerProcess } from '../fixtures/broker-process';
import { waitFor } from '../fixtures/cluster';

/** Small offsets topic and no initial rebalance delay, so that groups form at once. */
export const groupOverrides = {
  'offsets.topic.num.partitions': 3,
  'group.initial.rebalance.delay.ms': 0,
};

export const sessionTimeoutMs = 30_000;
export const rebalanceTimeoutMs = 30_000;
const requestTimeoutMs = 45_000;

export function connectTo(hostPort: { host: string; port: number }, clientId: string): BrokerConnection {
  return new BrokerConnection({ host: hostPort.host, port: hostPort.port, clientId, requestTimeoutMs });
}

export function connectBroker(broker: BrokerProcess, clientId: string): BrokerConnection {
  const [host, port] = broker.bootstrap.split(':');
  return connectTo({ host: host!, port: Number(port) }, clientId);
}

/** FindCoordinator until it names a coordinator (the first call creates __consumer_offsets). */
export async function findCoordinator(conn: BrokerConnection, groupId: string, timeoutMs = 60_000): Promise<{ nodeId: number; host: string; port: number }> {
  return waitFor(async () => {
    const resp = await conn.send<samsa.v1.IFindCoordinatorResponse>(ApiKey.FindCoordinator, { key: groupId, keyType: 0 });
    if (resp.errorCode === ErrorCode.COORDINATOR_NOT_AVAILABLE) return undefined;
    if (resp.errorCode !== ErrorCode.NONE) throw new Error(`FindCoordinator ${groupId} failed with ${resp.errorCode}: ${resp.errorMessage}`);
    return { nodeId: resp.nodeId ?? -1, host: resp.host ?? '', port: resp.port ?? -1 };
  }, { timeoutMs, intervalMs: 200, description: `a coordinator for ${groupId}` });
}

export function joinGroup(conn: BrokerConnection, groupId: string, memberId: string, metadata = 'subscription'): Promise<samsa.v1.IJoinGroupResponse> {
  return conn.send<samsa.v1.IJoinGroupResponse>(ApiKey.JoinGroup, {
    groupId, memberId, sessionTimeoutMs, rebalanceTimeoutMs, protocolType: 'consumer',
    protocols: [{ name: 'range', metadata: Buffer.from(metadata) }],
  });
}

/** JoinGroup twice, as KIP-394 asks: the first hands out the member id. */
export async function joinAsNewMember(conn: BrokerConnection, groupId: string): Promise<samsa.v1.IJoinGroupResponse> {
  const first = await joinGroup(conn, groupId, '');
  if (first.errorCode !== ErrorCode.MEMBER_ID_REQUIRED) throw new Error(`first JoinGroup answered ${first.errorCode}, expected MEMBER_ID_REQUIRED`);
  return joinGroup(conn, groupId, first.memberId ?? '');
}

export function syncGroup(
  conn: BrokerConnection, groupId: string, generationId: number, memberId: string, assignments: { memberId: string; assignment: Buffer }[] = [],
): Promise<samsa.v1.ISyncGroupResponse> {
  return conn.send<samsa.v1.ISyncGroupResponse>(ApiKey.SyncGroup, { groupId, generationId, memberId, protocolType: 'consumer', protocolName: 'range', assignments });
}

export async function heartbeat(conn: BrokerConnection, groupId: string, generationId: number, memberId: string): Promise<number> {
  const resp = await conn.send<samsa.v1.IHeartbeatResponse>(ApiKey.Heartbeat, { groupId, generationId, memberId });
  return resp.errorCode ?? ErrorCode.NONE;
}

export async function commitOffsets(
  conn: BrokerConnection, groupId: string, generationId: number, memberId: string, topic: string, offsets: Record<number, number>,
): Promise<number[]> {
  const resp = await conn.send<samsa.v1.IOffsetCommitResponse>(ApiKey.OffsetCommit, {
    groupId, generationId, memberId,
    topics: [{ name: topic, partitions: Object.entries(offsets).map(([p, o]) => ({ partition: Number(p), committedOffset: o, committedLeaderEpoch: -1, committedMetadata: `m${p}` })) }],
  });
  return (resp.topics ?? []).flatMap((t) => (t.partitions ?? []).map((p) => p.errorCode ?? ErrorCode.NONE));
}

/** Committed offsets of `topic` partitions `partitions` (-1 where none), or the request-level error. */
export async function fetchOffsets(conn: BrokerConnection, groupId: string, topic: string, partitions: number[]): Promise<{ errorCode: number; offsets: Record<number, number> }> {
  const resp = await conn.send<samsa.v1.IOffsetFetchResponse>(ApiKey.OffsetFetch, { groupId, topics: [{ name: topic, partitions }] });
  const offsets: Record<number, number> = {};
  for (const t of resp.topics ?? []) for (const p of t.partitions ?? []) offsets[p.partition ?? -1] = p.committedOffset ?? -1;
  return { errorCode: resp.errorCode ?? ErrorCode.NONE, offsets };
}

export async function describeGroup(conn: BrokerConnection, groupId: string): Promise<samsa.v1.DescribeGroupsResponse.IDescribedGroup> {
  const resp = await conn.send<samsa.v1.IDescribeGroupsResponse>(ApiKey.DescribeGroups, { groups: [groupId] });
  const group = resp.groups?.[0];
  if (group === undefined) throw new Error(`DescribeGroups ${groupId} answered no group`);
  return group;
}

/**
 * Creates `topic` and waits until every broker's metadata cache has all its partitions with a
 * leader: a coordinator answers UNKNOWN_TOPIC_OR_PARTITION to commits for partitions it does not
 * know, as Kafka does.
 */
export async function createTopicEverywhere(brokers: readonly BrokerProcess[], topic: string, partitions: number): Promise<void> {
  const admin = connectBroker(brokers[0]!, 'topic-admin');
  try {
    const created = await admin.send<samsa.v1.ICreateTopicsResponse>(ApiKey.CreateTopics, { topics: [{ name: topic, numPartitions: partitions, replicationFactor: -1 }], timeoutMs: 30_000 });
    const code = created.topics?.[0]?.errorCode ?? ErrorCode.NONE;
    if (code !== ErrorCode.NONE && code !== ErrorCode.TOPIC_ALREADY_EXISTS) throw new Error(`CreateTopics ${topic}: error ${code}`);
  } finally {
    admin.close();
  }
  for (const broker of brokers) {
    const conn = connectBroker(broker, 'topic-metadata');
    try {
      await waitFor(async () => {
        const md = await conn.send<samsa.v1.IMetadataResponse>(ApiKey.Metadata, { topics: [topic] });
        const t = md.topics?.[0];
        return t?.errorCode === ErrorCode.NONE && t.partitions?.length === partitions && t.partitions.every((p) => (p.leaderId ?? -1) >= 0) ? true : undefined;
      }, { timeoutMs: 30_000, intervalMs: 100, description: `${topic} in broker ${broker.brokerId}'s metadata` });
    } finally {
      conn.close();
    }
  }
}
