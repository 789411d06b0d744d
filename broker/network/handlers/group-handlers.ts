/**
 * The group APIs: OffsetCommit (8), OffsetFetch (9), JoinGroup (11), Heartbeat (12),
 * LeaveGroup (13), SyncGroup (14), DescribeGroups (15), ListGroups (16) and DeleteGroups (42).
 * Thin by design: the body is decoded already and the coordinator validates the group id and
 * whether this broker coordinates the group (NOT_COORDINATOR otherwise). JoinGroup and SyncGroup
 * may stay parked up to
 * the group's rebalance timeout; the network layer has no per-request deadline, and a client keeps
 * a separate connection to its coordinator, so nothing else waits behind them.
 *
 * Authorization is KafkaApis' (2.8), asked before the coordinator sees the request so that a
 * refusal changes nothing: Read on the group to join, sync, heartbeat, leave or commit (and Read
 * on each committed topic); Describe on the group to fetch offsets (each topic's offsets need
 * Describe too: refused when named, left out of an all-topics fetch) or describe it; Delete to
 * delete it; ListGroups lists every group to a session with Describe on the cluster, else only
 * the groups it may Describe.
 */
import { ErrorCode } from '../../../proto/errors';
import type * as G from '../../api/groups';
import type { GroupCoordinator } from '../../coordinator/group-coordinator';
import { AclOperation, ResourceType } from '../../security/acl';
import { requestAuthorization, type RequestAuthorization } from '../../security/authorize';
import { commitErrorResponse } from '../../coordinator/offset-commit';
import { joinErrorResponse, syncErrorResponse } from '../../coordinator/group-responses';
import type { RequestContext, RequestHandler } from '../request';
import type { BrokerServices } from './index';

/** Kafka's client host for a member: the peer address without the port, as InetAddress.toString prints it. */
export function clientHostOf(clientAddress: string): string {
  const colon = clientAddress.lastIndexOf(':');
  const host = colon > 0 ? clientAddress.slice(0, colon) : clientAddress;
  return `/${host.replace(/^\[|\]$/g, '')}`;
}

/** A handler that runs `serve` with the broker's group coordinator and the request's authorization. */
function withCoordinator<Req, Resp>(
  services: BrokerServices,
  serve: (coordinator: GroupCoordinator, body: Req, ctx: RequestContext, auth: RequestAuthorization) => Promise<Resp>,
): RequestHandler<Req, Resp> {
  return async (ctx, body) => serve(services.groupCoordinator, body, ctx, requestAuthorization(services, ctx));
}

/** A group member's request: served only with Read on the group, else answered `refused`. */
function withGroupRead<Req extends { groupId: string }, Resp>(
  services: BrokerServices,
  refused: () => Resp,
  serve: (coordinator: GroupCoordinator, body: Req, ctx: RequestContext) => Promise<Resp>,
): RequestHandler<Req, Resp> {
  return withCoordinator<Req, Resp>(services, async (c, body, ctx, auth) => (
    auth.allows(AclOperation.READ, ResourceType.GROUP, body.groupId) ? serve(c, body, ctx) : refused()));
}

const groupRefused = ErrorCode.GROUP_AUTHORIZATION_FAILED;

export function joinGroupHandler(services: BrokerServices): RequestHandler<G.JoinGroupRequest, G.JoinGroupResponse> {
  return withGroupRead<G.JoinGroupRequest, G.JoinGroupResponse>(
    services, () => joinErrorResponse('', groupRefused),
    (c, body, ctx) => c.handleJoinGroup(body, { clientId: ctx.clientId, clientHost: clientHostOf(ctx.clientAddress) }),
  );
}

export function syncGroupHandler(services: BrokerServices): RequestHandler<G.SyncGroupRequest, G.SyncGroupResponse> {
  return withGroupRead<G.SyncGroupRequest, G.SyncGroupResponse>(
    services, () => syncErrorResponse(groupRefused), (c, body) => c.handleSyncGroup(body),
  );
}

export function heartbeatHandler(services: BrokerServices): RequestHandler<G.HeartbeatRequest, G.HeartbeatResponse> {
  return withGroupRead<G.HeartbeatRequest, G.HeartbeatResponse>(
    services, () => ({ errorCode: groupRefused }), (c, body) => c.handleHeartbeat(body),
  );
}

export function leaveGroupHandler(services: BrokerServices): RequestHandler<G.LeaveGroupRequest, G.LeaveGroupResponse> {
  return withGroupRead<G.LeaveGroupRequest, G.LeaveGroupResponse>(
    services, () => ({ errorCode: groupRefused, members: [] }), (c, body) => c.handleLeaveGroup(body),
  );
}

/**
 * Kafka's handleOffsetCommitRequest: a topic without Read is answered TOPIC_AUTHORIZATION_FAILED
 * and a partition the metadata cache does not know UNKNOWN_TOPIC_OR_PARTITION; neither reaches
 * the coordinator, so that no offset is stored for a topic that does not exist or may not be
 * read; the rest are committed and the answers keep the request's order.
 */
export function offsetCommitHandler(services: BrokerServices): RequestHandler<G.OffsetCommitRequest, G.OffsetCommitResponse> {
  const cache = services.metadataCache;
  return withCoordinator<G.OffsetCommitRequest, G.OffsetCommitResponse>(services, async (c, body, _ctx, auth) => {
    if (!auth.allows(AclOperation.READ, ResourceType.GROUP, body.groupId)) return commitErrorResponse(body.topics, groupRefused);
    const readable = auth.authorizedNames(AclOperation.READ, ResourceType.TOPIC, body.topics.map((t) => t.name));
    const refusal = (topic: string, partition: number): number | undefined => {
      if (!readable.has(topic)) return ErrorCode.TOPIC_AUTHORIZATION_FAILED;
      return cache.partitionState(topic, partition) === undefined ? ErrorCode.UNKNOWN_TOPIC_OR_PARTITION : undefined;
    };
    const topics = body.topics
      .map((t) => ({ ...t, partitions: t.partitions.filter((p) => refusal(t.name, p.partition) === undefined) }))
      .filter((t) => t.partitions.length > 0);
    const committed = topics.length === 0 && body.topics.length > 0 ? { topics: [] } : await c.handleCommitOffsets({ ...body, topics });
    const answers = new Map<string, number>();
    for (const t of committed.topics) for (const p of t.partitions) answers.set(`${t.name}\0${p.partition}`, p.errorCode);
    return {
      ...committed,
      topics: body.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => ({
          partition: p.partition,
          errorCode: refusal(t.name, p.partition) ?? answers.get(`${t.name}\0${p.partition}`) ?? ErrorCode.UNKNOWN_SERVER_ERROR,
        })),
      })),
    };
  });
}

/** Kafka's OffsetFetchResponse.UNAUTHORIZED_PARTITION. */
function unauthorizedPartition(partition: number): G.OffsetFetchPartition {
  return { partition, committedOffset: -1, committedLeaderEpoch: -1, metadata: '', errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED };
}

export function offsetFetchHandler(services: BrokerServices): RequestHandler<G.OffsetFetchRequest, G.OffsetFetchResponse> {
  return withCoordinator<G.OffsetFetchRequest, G.OffsetFetchResponse>(services, async (c, body, _ctx, auth) => {
    if (!auth.allows(AclOperation.DESCRIBE, ResourceType.GROUP, body.groupId)) return { errorCode: groupRefused, topics: [] };
    if (body.allTopics) {
      const all = await c.handleFetchOffsets(body);
      const describable = auth.authorizedNames(AclOperation.DESCRIBE, ResourceType.TOPIC, all.topics.map((t) => t.name));
      return { ...all, topics: all.topics.filter((t) => describable.has(t.name)) };
    }
    const describable = auth.authorizedNames(AclOperation.DESCRIBE, ResourceType.TOPIC, body.topics.map((t) => t.name));
    const fetched = await c.handleFetchOffsets({ ...body, topics: body.topics.filter((t) => describable.has(t.name)) });
    if (fetched.errorCode !== ErrorCode.NONE) return fetched;
    const refused = body.topics.filter((t) => !describable.has(t.name))
      .map((t) => ({ name: t.name, partitions: t.partitions.map(unauthorizedPartition) }));
    return { ...fetched, topics: [...fetched.topics, ...refused] };
  });
}

/** Kafka's DescribeGroupsResponse.forError. */
function describeRefused(groupId: string): G.DescribedGroup {
  return { errorCode: groupRefused, groupId, groupState: '', protocolType: '', protocolData: '', members: [] };
}

export function describeGroupsHandler(services: BrokerServices): RequestHandler<G.DescribeGroupsRequest, G.DescribeGroupsResponse> {
  return withCoordinator<G.DescribeGroupsRequest, G.DescribeGroupsResponse>(services, async (c, body, _ctx, auth) => {
    const describable = auth.authorizedNames(AclOperation.DESCRIBE, ResourceType.GROUP, body.groups);
    const described = await c.handleDescribeGroups({ groups: body.groups.filter((g) => describable.has(g)) });
    let next = 0;
    return { groups: body.groups.map((g) => (describable.has(g) ? described.groups[next++]! : describeRefused(g))) };
  });
}

export function listGroupsHandler(services: BrokerServices): RequestHandler<G.ListGroupsRequest, G.ListGroupsResponse> {
  return withCoordinator<G.ListGroupsRequest, G.ListGroupsResponse>(services, async (c, body, _ctx, auth) => {
    const listed = await c.handleListGroups(body);
    // Describe on the cluster lists every group: Kafka keeps it for compatibility (before KIP-231).
    if (auth.allowsCluster(AclOperation.DESCRIBE)) return listed;
    const describable = auth.authorizedNames(AclOperation.DESCRIBE, ResourceType.GROUP, listed.groups.map((g) => g.groupId));
    return { ...listed, groups: listed.groups.filter((g) => describable.has(g.groupId)) };
  });
}

export function deleteGroupsHandler(services: BrokerServices): RequestHandler<G.DeleteGroupsRequest, G.DeleteGroupsResponse> {
  return withCoordinator<G.DeleteGroupsRequest, G.DeleteGroupsResponse>(services, async (c, body, _ctx, auth) => {
    const groups = [...new Set(body.groupsNames)];
    const deletable = auth.authorizedNames(AclOperation.DELETE, ResourceType.GROUP, groups);
    const authorized = groups.filter((g) => deletable.has(g));
    const deleted = authorized.length === 0 ? { results: [] } : await c.handleDeleteGroups({ groupsNames: authorized });
    const answers = new Map(deleted.results.map((r) => [r.groupId, r.errorCode]));
    return {
      results: groups.map((groupId) => ({ groupId, errorCode: deletable.has(groupId) ? answers.get(groupId) ?? ErrorCode.UNKNOWN_SERVER_ERROR : groupRefused })),
    };
  });
}
