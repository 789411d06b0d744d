/**
 * What every REST v3 route shares: the route context, URLs of resources (Confluent's
 * `metadata.self` and `related` links are absolute), lists as `{kind, metadata, data}`, and errors
 * as `{error_code, message}` where `error_code` is the HTTP status. Kafka errors from the cluster
 * map onto HTTP statuses in one place (`sendKafkaError`), as Confluent's REST Proxy maps
 * Kafka's exceptions.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode, SamsaError, SamsaProtocolError } from '../../proto/errors';
import type { AdminClusterClient, ClusterAdmin } from './cluster-access';
import type { AdminDataSource } from './data-source';
import type { RouteAuthorizer } from './route-authorization';

export interface RouteContext {
  source: AdminDataSource;
  acl: RouteAuthorizer;
  /** Absent when the admin server runs without a client of the cluster (routes needing it answer 503). */
  cluster: AdminClusterClient | undefined;
}

export interface ClusterParams { cluster_id: string }
export interface BrokerParams extends ClusterParams { broker_id: number }
export interface TopicParams extends ClusterParams { topic_name: string }
export interface PartitionParams extends TopicParams { partition_id: number }

export function baseUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}/v3`;
}

export function clusterUrl(request: FastifyRequest, clusterId: string): string {
  return `${baseUrl(request)}/clusters/${clusterId}`;
}

export function topicUrl(request: FastifyRequest, clusterId: string, topic: string): string {
  return `${clusterUrl(request, clusterId)}/topics/${encodeURIComponent(topic)}`;
}

export function list(self: string, kind: string, data: unknown[]) {
  return { kind, metadata: { self, next: null }, data };
}

export function sendError(reply: FastifyReply, status: number, message: string): FastifyReply {
  return reply.code(status).send({ error_code: status, message });
}

export function sendNotFound(reply: FastifyReply, message: string): FastifyReply {
  return sendError(reply, 404, message);
}

/** Whether the cluster id in the path is this cluster's; answers 404 when it is not. */
export function checkCluster(source: AdminDataSource, clusterId: string, reply: FastifyReply): boolean {
  const own = source.clusterId();
  if (own !== '' && own === clusterId) return true;
  void sendNotFound(reply, `cluster ${clusterId} not found`);
  return false;
}

/** The cluster's admin client, or undefined after answering 503 (no client) or the connect failure. */
export async function clusterAdmin(ctx: RouteContext, reply: FastifyReply): Promise<ClusterAdmin | undefined> {
  if (ctx.cluster === undefined) {
    void sendError(reply, 503, 'the admin API has no client of the cluster');
    return undefined;
  }
  try {
    return await ctx.cluster.admin();
  } catch (err) {
    void sendKafkaError(reply, err);
    return undefined;
  }
}

const badRequestCodes: ReadonlySet<number> = new Set([
  ErrorCode.INVALID_TOPIC_EXCEPTION, ErrorCode.INVALID_PARTITIONS, ErrorCode.INVALID_REPLICATION_FACTOR,
  ErrorCode.INVALID_REPLICA_ASSIGNMENT, ErrorCode.INVALID_CONFIG, ErrorCode.INVALID_REQUEST, ErrorCode.POLICY_VIOLATION,
  ErrorCode.INVALID_TIMESTAMP, ErrorCode.INVALID_RECORD, ErrorCode.INVALID_GROUP_ID, ErrorCode.UNSUPPORTED_VERSION,
  ErrorCode.INVALID_REQUIRED_ACKS, ErrorCode.CORRUPT_MESSAGE,
]);

const statusByCode: ReadonlyMap<number, number> = new Map([
  [ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, 404],
  [ErrorCode.GROUP_ID_NOT_FOUND, 404],
  [ErrorCode.RESOURCE_NOT_FOUND, 404],
  [ErrorCode.TOPIC_ALREADY_EXISTS, 409],
  [ErrorCode.NON_EMPTY_GROUP, 409],
  [ErrorCode.TOPIC_AUTHORIZATION_FAILED, 403],
  [ErrorCode.GROUP_AUTHORIZATION_FAILED, 403],
  [ErrorCode.CLUSTER_AUTHORIZATION_FAILED, 403],
  [ErrorCode.MESSAGE_TOO_LARGE, 413],
  [ErrorCode.RECORD_LIST_TOO_LARGE, 413],
]);

/** The protocol error behind `err`, looking through the retry's wrapping (`cause`). */
export function protocolErrorOf(err: unknown): SamsaProtocolError | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 8 && current !== undefined; depth++) {
    if (current instanceof SamsaProtocolError) return current;
    current = current instanceof Error ? current.cause : undefined;
  }
  return undefined;
}

/** The HTTP status for a Kafka error code (400 for bad input, 503 for retriable errors, 500 otherwise). */
export function statusForKafkaCode(code: number, retriable: boolean): number {
  const mapped = statusByCode.get(code);
  if (mapped !== undefined) return mapped;
  if (badRequestCodes.has(code)) return 400;
  return retriable ? 503 : 500;
}

/** Answers a failure of the cluster client with the status its Kafka error maps to. */
export function sendKafkaError(reply: FastifyReply, err: unknown): FastifyReply {
  const protocol = protocolErrorOf(err);
  if (protocol !== undefined) {
    const status = statusForKafkaCode(protocol.code, protocol.retriable);
    if (status >= 500) reply.log.warn({ err }, 'the cluster refused an admin request');
    return sendError(reply, status, `${protocol.type}: ${protocol.message}`);
  }
  const retriable = err instanceof SamsaError && err.retriable;
  reply.log.warn({ err }, 'an admin request to the cluster failed');
  return sendError(reply, retriable ? 503 : 500, err instanceof Error ? err.message : String(err));
}

/** Answers a per-resource error code of a Kafka response (0: nothing sent, returns false). */
export function sendIfKafkaErrorCode(reply: FastifyReply, code: number, message: string | null | undefined): boolean {
  if (code === 0) return false;
  void sendKafkaError(reply, new SamsaProtocolError(code, message || undefined));
  return true;
}
