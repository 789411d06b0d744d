/**
 * The group APIs: OffsetCommit (8), OffsetFetch (9), JoinGroup (11), Heartbeat (12),
 * LeaveGroup (13), SyncGroup (14), DescribeGroups (15), ListGroups (16) and DeleteGroups (42).
 * Thin by design: the body is decoded already and the coordinator validates the group id and
 * whether this broker coordinates the group (NOT_COORDINATOR otherwise). A broker running without
 * a coordinator answers COORDINATOR_NOT_AVAILABLE. JoinGroup and SyncGroup may stay parked up to
 * the group's rebalance timeout; the network layer has no per-request deadline, and a client keeps
 * a separate connection to its coordinator, so nothing else waits behind them.
 */
import type { samsa } from '../../../proto/generated/samsa';
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
function withCoordinator<Req, Resp extends object>(
  services: BrokerServices,
  serve: (coordinator: GroupCoordinator, body: Req, ctx: RequestContext) => Promise<Resp>,
): RequestHandler {
  return async (ctx, body: Req) => serve(services.groupCoordinator, body, ctx);
}

export function joinGroupHandler(services: BrokerServices): RequestHandler {
  return withCoordinator<samsa.v1.IJoinGroupRequest, samsa.v1.IJoinGroupResponse>(
    services,
    (c, body, ctx) => c.handleJoinGroup(body, { clientId: ctx.header.clientId ?? '', clientHost: clientHostOf(ctx.clientAddress) })
  );
}

export function syncGroupHandler(services: BrokerServices): RequestHandler {
  return withCoordinator<samsa.v1.ISyncGroupRequest, samsa.v1.ISyncGroupResponse>(
    services, (c, body) => c.handleSyncGroup(body),
  );
}

export function heartbeatHandler(services: BrokerServices): RequestHandler {
  return withCoordinator<samsa.v1.IHeartbeatRequest, samsa.v1.IHeartbeatResponse>(
    services, (c, body) => c.handleHeartbeat(body),
  );
}

export function leaveGroupHandler(services: BrokerServices): RequestHandler {
  return withCoordinator<samsa.v1.ILeaveGroupRequest, samsa.v1.ILeaveGroupResponse>(
    services, (c, body) => c.handleLeaveGroup(body),
  );
}

export function offsetCommitHandler(services: BrokerServices): RequestHandler {
  return withCoordinator<samsa.v1.IOffsetCommitRequest, samsa.v1.IOffsetCommitResponse>(
    services, (c, body) => c.handleCommitOffsets(body),
  );
}

export function offsetFetchHandler(services: BrokerServices): RequestHandler {
  return withCoordinator<samsa.v1.IOffsetFetchRequest, samsa.v1.IOffsetFetchResponse>(
    services, (c, body) => c.handleFetchOffsets(body),
  );
}

export function describeGroupsHandler(services: BrokerServices): RequestHandler {
  return withCoordinator<samsa.v1.IDescribeGroupsRequest, samsa.v1.IDescribeGroupsResponse>(
    services, (c, body) => c.handleDescribeGroups(body),
  );
}

export function listGroupsHandler(services: BrokerServices): RequestHandler {
  return withCoordinator<samsa.v1.IListGroupsRequest, samsa.v1.IListGroupsResponse>(
    services, (c, body) => c.handleListGroups(body),
  );
}

export function deleteGroupsHandler(services: BrokerServices): RequestHandler {
  return withCoordinator<samsa.v1.IDeleteGroupsRequest, samsa.v1.IDeleteGroupsResponse>(
    services, (c, body) => c.handleDeleteGroups(body),
  );
}
