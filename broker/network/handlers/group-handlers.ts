/**
 * The group APIs: OffsetCommit (8), OffsetFetch (9), JoinGroup (11), Heartbeat (12),
 * LeaveGroup (13), SyncGroup (14), DescribeGroups (15), ListGroups (16) and DeleteGroups (42).
 * Thin by design: the body is decoded already and the coordinator validates the group id and
 * whether this broker coordinates the group (NOT_COORDINATOR otherwise). JoinGroup and SyncGroup
 * may stay parked up to
 * the group's rebalance timeout; the network layer has no per-request deadline, and a client keeps
 * a separate connection to its coordinator, so nothing else waits behind them.
 */
import { ErrorCode } from '../../../proto/errors';
import type * as G from '../../api/groups';
import type { GroupCoordinator } from '../../coordinator/group-coordinator';
import type { RequestContext, RequestHandler } from '../request';
import type { BrokerServices } from './index';

/** Kafka's client host for a member: the peer address without the port, as InetAddress.toString prints it. */
export function clientHostOf(clientAddress: string): string {
  const colon = clientAddress.lastIndexOf(':');
  const host = colon > 0 ? clientAddress.slice(0, colon) : clientAddress;
  return `/${host.replace(/^\[|\]$/g, '')}`;
}

/** A handler that runs `serve` with the broker's group coordinator. */
function withCoordinator<Req, Resp>(
  services: BrokerServices,
  serve: (coordinator: GroupCoordinator, body: Req, ctx: RequestContext) => Promise<Resp>,
): RequestHandler<Req, Resp> {
  return async (ctx, body) => serve(services.groupCoordinator, body, ctx);
}

export function joinGroupHandler(services: BrokerServices): RequestHandler<G.JoinGroupRequest, G.JoinGroupResponse> {
  return withCoordinator<G.JoinGroupRequest, G.JoinGroupResponse>(
    services,
    (c, body, ctx) => c.handleJoinGroup(body, { clientId: ctx.clientId, clientHost: clientHostOf(ctx.clientAddress) }),
  );
}

export function syncGroupHandler(services: BrokerServices): RequestHandler<G.SyncGroupRequest, G.SyncGroupResponse> {
  return withCoordinator<G.SyncGroupRequest, G.SyncGroupResponse>(
    services, (c, body) => c.handleSyncGroup(body),
  );
}

export function heartbeatHandler(services: BrokerServices): RequestHandler<G.HeartbeatRequest, G.HeartbeatResponse> {
  return withCoordinator<G.HeartbeatRequest, G.HeartbeatResponse>(
    services, (c, body) => c.handleHeartbeat(body),
  );
}

export function leaveGroupHandler(services: BrokerServices): RequestHandler<G.LeaveGroupRequest, G.LeaveGroupResponse> {
  return withCoordinator<G.LeaveGroupRequest, G.LeaveGroupResponse>(
    services, (c, body) => c.handleLeaveGroup(body),
  );
}

/**
 * Kafka's handleOffsetCommitRequest: a partition the metadata cache does not know is answered
 * UNKNOWN_TOPIC_OR_PARTITION and never reaches the coordinator, so that no offset is stored for a
 * topic that does not exist; the rest are committed and the answers keep the request's order.
 */
export function offsetCommitHandler(services: BrokerServices): RequestHandler<G.OffsetCommitRequest, G.OffsetCommitResponse> {
  const cache = services.metadataCache;
  const known = (topic: string, partition: number): boolean => cache.partitionState(topic, partition) !== undefined;
  return withCoordinator<G.OffsetCommitRequest, G.OffsetCommitResponse>(services, async (c, body) => {
    const topics = body.topics
      .map((t) => ({ ...t, partitions: t.partitions.filter((p) => known(t.name, p.partition)) }))
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
          errorCode: known(t.name, p.partition) ? answers.get(`${t.name}\0${p.partition}`) ?? ErrorCode.UNKNOWN_SERVER_ERROR : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
        })),
      })),
    };
  });
}

export function offsetFetchHandler(services: BrokerServices): RequestHandler<G.OffsetFetchRequest, G.OffsetFetchResponse> {
  return withCoordinator<G.OffsetFetchRequest, G.OffsetFetchResponse>(
    services, (c, body) => c.handleFetchOffsets(body),
  );
}

export function describeGroupsHandler(services: BrokerServices): RequestHandler<G.DescribeGroupsRequest, G.DescribeGroupsResponse> {
  return withCoordinator<G.DescribeGroupsRequest, G.DescribeGroupsResponse>(
    services,
    (c, body) => c.handleDescribeGroups(body),
  );
}

export function listGroupsHandler(services: BrokerServices): RequestHandler<G.ListGroupsRequest, G.ListGroupsResponse> {
  return withCoordinator<G.ListGroupsRequest, G.ListGroupsResponse>(
    services, (c, body) => c.handleListGroups(body),
  );
}

export function deleteGroupsHandler(services: BrokerServices): RequestHandler<G.DeleteGroupsRequest, G.DeleteGroupsResponse> {
  return withCoordinator<G.DeleteGroupsRequest, G.DeleteGroupsResponse>(
    services,
    (c, body) => c.handleDeleteGroups(body),
  );
}
