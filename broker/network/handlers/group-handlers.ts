/**
 * The group APIs: OffsetCommit (8), OffsetFetch (9), JoinGroup (11), Heartbeat (12),
 * LeaveGroup (13), SyncGroup (14), DescribeGroups (15), ListGroups (16) and DeleteGroups (42).
 * Thin by design: the body is decoded already and the coordinator validates the group id and
 * whether this broker coordinates the group (NOT_COORDINATOR otherwise). A broker running without
 * a coordinator answers COORDINATOR_NOT_AVAILABLE. JoinGroup and SyncGroup may stay parked up to
 * the group's rebalance timeout; the network layer has no per-request deadline, and a client keeps
 * a separate connection to its coordinator, so nothing else waits behind them.
 */
import { ErrorCode } from '../../../proto/errors';
import type * as G from '../../api/groups';
import type { GroupCoordinator } from '../../coordinator/group-coordinator';
import { joinErrorResponse, syncErrorResponse } from '../../coordinator/group-responses';
import { commitErrorResponse } from '../../coordinator/offset-commit';
import type { RequestContext, RequestHandler } from '../request';
import type { BrokerServices } from './index';

const unavailable = ErrorCode.COORDINATOR_NOT_AVAILABLE;

/** Kafka's client host for a member: the peer address without the port, as InetAddress.toString prints it. */
export function clientHostOf(clientAddress: string): string {
  const colon = clientAddress.lastIndexOf(':');
  const host = colon > 0 ? clientAddress.slice(0, colon) : clientAddress;
  return `/${host.replace(/^\[|\]$/g, '')}`;
}

/** A handler that runs `serve` with the broker's coordinator, or answers `whenAbsent()` without one. */
function withCoordinator<Req, Resp>(
  services: BrokerServices,
  serve: (coordinator: GroupCoordinator, body: Req, ctx: RequestContext) => Promise<Resp>,
  whenAbsent: (body: Req) => Resp,
): RequestHandler<Req, Resp> {
  return async (ctx, body) => {
    const coordinator = services.groupCoordinator;
    return coordinator === undefined ? whenAbsent(body) : serve(coordinator, body, ctx);
  };
}

export function joinGroupHandler(services: BrokerServices): RequestHandler<G.JoinGroupRequest, G.JoinGroupResponse> {
  return withCoordinator<G.JoinGroupRequest, G.JoinGroupResponse>(
    services,
    (c, body, ctx) => c.handleJoinGroup(body, { clientId: ctx.clientId, clientHost: clientHostOf(ctx.clientAddress) }),
    (body) => joinErrorResponse(body.memberId, unavailable),
  );
}

export function syncGroupHandler(services: BrokerServices): RequestHandler<G.SyncGroupRequest, G.SyncGroupResponse> {
  return withCoordinator<G.SyncGroupRequest, G.SyncGroupResponse>(
    services, (c, body) => c.handleSyncGroup(body), () => syncErrorResponse(unavailable),
  );
}

export function heartbeatHandler(services: BrokerServices): RequestHandler<G.HeartbeatRequest, G.HeartbeatResponse> {
  return withCoordinator<G.HeartbeatRequest, G.HeartbeatResponse>(
    services, (c, body) => c.handleHeartbeat(body), () => ({ errorCode: unavailable }),
  );
}

export function leaveGroupHandler(services: BrokerServices): RequestHandler<G.LeaveGroupRequest, G.LeaveGroupResponse> {
  return withCoordinator<G.LeaveGroupRequest, G.LeaveGroupResponse>(
    services, (c, body) => c.handleLeaveGroup(body), () => ({ errorCode: unavailable, members: [] }),
  );
}

export function offsetCommitHandler(services: BrokerServices): RequestHandler<G.OffsetCommitRequest, G.OffsetCommitResponse> {
  return withCoordinator<G.OffsetCommitRequest, G.OffsetCommitResponse>(
    services, (c, body) => c.handleCommitOffsets(body), (body) => commitErrorResponse(body.topics, unavailable),
  );
}

export function offsetFetchHandler(services: BrokerServices): RequestHandler<G.OffsetFetchRequest, G.OffsetFetchResponse> {
  return withCoordinator<G.OffsetFetchRequest, G.OffsetFetchResponse>(
    services, (c, body) => c.handleFetchOffsets(body), () => ({ errorCode: unavailable, topics: [] }),
  );
}

export function describeGroupsHandler(services: BrokerServices): RequestHandler<G.DescribeGroupsRequest, G.DescribeGroupsResponse> {
  return withCoordinator<G.DescribeGroupsRequest, G.DescribeGroupsResponse>(
    services,
    (c, body) => c.handleDescribeGroups(body),
    (body) => ({
      groups: body.groups.map((groupId) => ({ errorCode: unavailable, groupId, groupState: '', protocolType: '', protocolData: '', members: [] })),
    }),
  );
}

export function listGroupsHandler(services: BrokerServices): RequestHandler<G.ListGroupsRequest, G.ListGroupsResponse> {
  return withCoordinator<G.ListGroupsRequest, G.ListGroupsResponse>(
    services, (c, body) => c.handleListGroups(body), () => ({ errorCode: unavailable, groups: [] }),
  );
}

export function deleteGroupsHandler(services: BrokerServices): RequestHandler<G.DeleteGroupsRequest, G.DeleteGroupsResponse> {
  return withCoordinator<G.DeleteGroupsRequest, G.DeleteGroupsResponse>(
    services,
    (c, body) => c.handleDeleteGroups(body),
    (body) => ({ results: body.groupsNames.map((groupId) => ({ groupId, errorCode: unavailable })) }),
  );
}
