/**
 * The one error catalogue, shared by broker, client, CLI and admin API: Kafka's numeric protocol
 * codes and names, whether a client should retry, and whether a client should refresh metadata
 * before it does (Kafka's "invalid metadata" family). Codes are Kafka's and never reused.
 */

export interface ErrorDefinition {
  readonly code: number;
  readonly name: string;
  readonly retriable: boolean;
  /** The client's cached metadata is probably stale: refresh it before retrying. */
  readonly refreshMetadata: boolean;
  readonly message: string;
}

function def(code: number, name: string, retriable: boolean, message: string, refreshMetadata = false): ErrorDefinition {
  return { code, name, retriable, refreshMetadata, message };
}

export const ErrorCode = {
  UNKNOWN_SERVER_ERROR: -1,
  NONE: 0,
  OFFSET_OUT_OF_RANGE: 1,
  CORRUPT_MESSAGE: 2,
  UNKNOWN_TOPIC_OR_PARTITION: 3,
  INVALID_FETCH_SIZE: 4,
  LEADER_NOT_AVAILABLE: 5,
  NOT_LEADER_OR_FOLLOWER: 6,
  REQUEST_TIMED_OUT: 7,
  BROKER_NOT_AVAILABLE: 8,
  REPLICA_NOT_AVAILABLE: 9,
  MESSAGE_TOO_LARGE: 10,
  STALE_CONTROLLER_EPOCH: 11,
  OFFSET_METADATA_TOO_LARGE: 12,
  NETWORK_EXCEPTION: 13,
  COORDINATOR_LOAD_IN_PROGRESS: 14,
  COORDINATOR_NOT_AVAILABLE: 15,
  NOT_COORDINATOR: 16,
  INVALID_TOPIC_EXCEPTION: 17,
  RECORD_LIST_TOO_LARGE: 18,
  NOT_ENOUGH_REPLICAS: 19,
  NOT_ENOUGH_REPLICAS_AFTER_APPEND: 20,
  INVALID_REQUIRED_ACKS: 21,
  ILLEGAL_GENERATION: 22,
  INCONSISTENT_GROUP_PROTOCOL: 23,
  INVALID_GROUP_ID: 24,
  UNKNOWN_MEMBER_ID: 25,
  INVALID_SESSION_TIMEOUT: 26,
  REBALANCE_IN_PROGRESS: 27,
  INVALID_COMMIT_OFFSET_SIZE: 28,
  CLUSTER_AUTHORIZATION_FAILED: 31,
  INVALID_TIMESTAMP: 32,
  UNSUPPORTED_VERSION: 35,
  TOPIC_ALREADY_EXISTS: 36,
  INVALID_PARTITIONS: 37,
  INVALID_REPLICATION_FACTOR: 38,
  INVALID_REPLICA_ASSIGNMENT: 39,
  INVALID_CONFIG: 40,
  NOT_CONTROLLER: 41,
  INVALID_REQUEST: 42,
  POLICY_VIOLATION: 44,
  OUT_OF_ORDER_SEQUENCE_NUMBER: 45,
  DUPLICATE_SEQUENCE_NUMBER: 46,
  INVALID_PRODUCER_EPOCH: 47,
  KAFKA_STORAGE_ERROR: 56,
  UNKNOWN_PRODUCER_ID: 59,
  NON_EMPTY_GROUP: 68,
  GROUP_ID_NOT_FOUND: 69,
  FENCED_LEADER_EPOCH: 74,
  UNKNOWN_LEADER_EPOCH: 75,
  STALE_BROKER_EPOCH: 77,
  MEMBER_ID_REQUIRED: 79,
  PREFERRED_LEADER_NOT_AVAILABLE: 80,
  GROUP_MAX_SIZE_REACHED: 81,
  FENCED_INSTANCE_ID: 82,
  ELIGIBLE_LEADERS_NOT_AVAILABLE: 83,
  ELECTION_NOT_NEEDED: 84,
  INVALID_RECORD: 87,
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const C = ErrorCode;
const definitions: readonly ErrorDefinition[] = [
  def(C.UNKNOWN_SERVER_ERROR, 'UNKNOWN_SERVER_ERROR', false, 'The server experienced an unexpected error when processing the request.'),
  def(C.NONE, 'NONE', false, 'No error.'),
  def(C.OFFSET_OUT_OF_RANGE, 'OFFSET_OUT_OF_RANGE', false, 'The requested offset is not within the range of offsets maintained by the server.'),
  def(C.CORRUPT_MESSAGE, 'CORRUPT_MESSAGE', true, 'The record batch failed its CRC check, exceeded a valid size, or is otherwise corrupt.'),
  def(C.UNKNOWN_TOPIC_OR_PARTITION, 'UNKNOWN_TOPIC_OR_PARTITION', true, 'This server does not host this topic-partition.', true),
  def(C.INVALID_FETCH_SIZE, 'INVALID_FETCH_SIZE', false, 'The requested fetch size is invalid.'),
  def(C.LEADER_NOT_AVAILABLE, 'LEADER_NOT_AVAILABLE', true, 'There is no leader for this topic-partition as we are in the middle of a leadership election.', true),
  def(C.NOT_LEADER_OR_FOLLOWER, 'NOT_LEADER_OR_FOLLOWER', true, 'This server is not the leader or a follower for that topic-partition.', true),
  def(C.REQUEST_TIMED_OUT, 'REQUEST_TIMED_OUT', true, 'The request timed out.'),
  def(C.BROKER_NOT_AVAILABLE, 'BROKER_NOT_AVAILABLE', false, 'The broker is not available.'),
  def(C.REPLICA_NOT_AVAILABLE, 'REPLICA_NOT_AVAILABLE', true, 'The replica is not available for the requested topic-partition.', true),
  def(C.MESSAGE_TOO_LARGE, 'MESSAGE_TOO_LARGE', false, 'The record batch is larger than the maximum the server will accept (message.max.bytes).'),
  def(C.STALE_CONTROLLER_EPOCH, 'STALE_CONTROLLER_EPOCH', false, 'The controller moved to another broker.'),
  def(C.OFFSET_METADATA_TOO_LARGE, 'OFFSET_METADATA_TOO_LARGE', false, 'The metadata field of the offset request was too large.'),
  def(C.NETWORK_EXCEPTION, 'NETWORK_EXCEPTION', true, 'The server disconnected before a response was received.', true),
  def(C.COORDINATOR_LOAD_IN_PROGRESS, 'COORDINATOR_LOAD_IN_PROGRESS', true, 'The coordinator is loading and hence cannot process requests.'),
  def(C.COORDINATOR_NOT_AVAILABLE, 'COORDINATOR_NOT_AVAILABLE', true, 'The coordinator is not available.'),
  def(C.NOT_COORDINATOR, 'NOT_COORDINATOR', true, 'This is not the correct coordinator.'),
  def(C.INVALID_TOPIC_EXCEPTION, 'INVALID_TOPIC_EXCEPTION', false, 'The request attempted to perform an operation on an invalid topic.'),
  def(C.RECORD_LIST_TOO_LARGE, 'RECORD_LIST_TOO_LARGE', false, 'The request included record batches larger than the maximum segment size.'),
  def(C.NOT_ENOUGH_REPLICAS, 'NOT_ENOUGH_REPLICAS', true, 'Records are rejected since there are fewer in-sync replicas than required.'),
  def(C.NOT_ENOUGH_REPLICAS_AFTER_APPEND, 'NOT_ENOUGH_REPLICAS_AFTER_APPEND', true, 'Records are written to the log, but to fewer in-sync replicas than required.'),
  def(C.INVALID_REQUIRED_ACKS, 'INVALID_REQUIRED_ACKS', false, 'Produce request specified an invalid value for required acks.'),
  def(C.ILLEGAL_GENERATION, 'ILLEGAL_GENERATION', false, 'Specified group generation id is not valid.'),
  def(C.INCONSISTENT_GROUP_PROTOCOL, 'INCONSISTENT_GROUP_PROTOCOL', false, "The group member's supported protocols are incompatible with those of existing members."),
  def(C.INVALID_GROUP_ID, 'INVALID_GROUP_ID', false, 'The configured groupId is invalid.'),
  def(C.UNKNOWN_MEMBER_ID, 'UNKNOWN_MEMBER_ID', false, 'The coordinator is not aware of this member.'),
  def(C.INVALID_SESSION_TIMEOUT, 'INVALID_SESSION_TIMEOUT', false, 'The session timeout is not within the range allowed by the broker.'),
  def(C.REBALANCE_IN_PROGRESS, 'REBALANCE_IN_PROGRESS', false, 'The group is rebalancing, so a rejoin is needed.'),
  def(C.INVALID_COMMIT_OFFSET_SIZE, 'INVALID_COMMIT_OFFSET_SIZE', false, 'The committing offset data size is not valid.'),
  def(C.CLUSTER_AUTHORIZATION_FAILED, 'CLUSTER_AUTHORIZATION_FAILED', false, 'Cluster authorization failed.'),
  def(C.INVALID_TIMESTAMP, 'INVALID_TIMESTAMP', false, 'The timestamp of the record is out of acceptable range.'),
  def(C.UNSUPPORTED_VERSION, 'UNSUPPORTED_VERSION', false, 'The version of API is not supported.'),
  def(C.TOPIC_ALREADY_EXISTS, 'TOPIC_ALREADY_EXISTS', false, 'Topic with this name already exists.'),
  def(C.INVALID_PARTITIONS, 'INVALID_PARTITIONS', false, 'Number of partitions is below 1.'),
  def(C.INVALID_REPLICATION_FACTOR, 'INVALID_REPLICATION_FACTOR', false, 'Replication factor is below 1 or larger than the number of available brokers.'),
  def(C.INVALID_REPLICA_ASSIGNMENT, 'INVALID_REPLICA_ASSIGNMENT', false, 'Replica assignment is invalid.'),
  def(C.INVALID_CONFIG, 'INVALID_CONFIG', false, 'Configuration is invalid.'),
  def(C.NOT_CONTROLLER, 'NOT_CONTROLLER', true, 'This is not the correct controller for this cluster.', true),
  def(C.INVALID_REQUEST, 'INVALID_REQUEST', false, 'This most likely occurs because of a request being malformed by the client library or the message was sent to an incompatible broker.'),
  def(C.POLICY_VIOLATION, 'POLICY_VIOLATION', false, 'Request parameters do not satisfy the configured policy.'),
  def(C.OUT_OF_ORDER_SEQUENCE_NUMBER, 'OUT_OF_ORDER_SEQUENCE_NUMBER', false, 'The broker received an out of order sequence number.'),
  def(C.DUPLICATE_SEQUENCE_NUMBER, 'DUPLICATE_SEQUENCE_NUMBER', false, 'The broker received a duplicate sequence number.'),
  def(C.INVALID_PRODUCER_EPOCH, 'INVALID_PRODUCER_EPOCH', false, "Producer attempted to produce with an old epoch."),
  def(C.KAFKA_STORAGE_ERROR, 'KAFKA_STORAGE_ERROR', true, 'Disk error when trying to access log file on the disk.', true),
  def(C.UNKNOWN_PRODUCER_ID, 'UNKNOWN_PRODUCER_ID', false, "This exception is raised by the broker if it could not locate the producer metadata associated with the producerId in question."),
  def(C.NON_EMPTY_GROUP, 'NON_EMPTY_GROUP', false, 'The group is not empty.'),
  def(C.GROUP_ID_NOT_FOUND, 'GROUP_ID_NOT_FOUND', false, 'The group id does not exist.'),
  def(C.FENCED_LEADER_EPOCH, 'FENCED_LEADER_EPOCH', true, 'The leader epoch in the request is older than the epoch on the broker.', true),
  def(C.UNKNOWN_LEADER_EPOCH, 'UNKNOWN_LEADER_EPOCH', true, 'The leader epoch in the request is newer than the epoch on the broker.'),
  def(C.STALE_BROKER_EPOCH, 'STALE_BROKER_EPOCH', false, 'Broker epoch has changed.'),
  def(C.MEMBER_ID_REQUIRED, 'MEMBER_ID_REQUIRED', false, 'The group member needs to have a valid member id before actually entering a consumer group.'),
  def(C.PREFERRED_LEADER_NOT_AVAILABLE, 'PREFERRED_LEADER_NOT_AVAILABLE', true, 'The preferred leader was not available.'),
  def(C.GROUP_MAX_SIZE_REACHED, 'GROUP_MAX_SIZE_REACHED', false, 'The consumer group has reached its max size.'),
  def(C.FENCED_INSTANCE_ID, 'FENCED_INSTANCE_ID', false, 'The broker rejected this static consumer since another consumer with the same group.instance.id has registered with a different member.id.'),
  def(C.ELIGIBLE_LEADERS_NOT_AVAILABLE, 'ELIGIBLE_LEADERS_NOT_AVAILABLE', true, 'Eligible topic partition leaders are not available.'),
  def(C.ELECTION_NOT_NEEDED, 'ELECTION_NOT_NEEDED', false, 'Leader election not needed for topic partition.'),
  def(C.INVALID_RECORD, 'INVALID_RECORD', false, 'This record has failed the validation on broker and hence will be rejected.'),
];

const byCode = new Map<number, ErrorDefinition>(definitions.map((d) => [d.code, d]));

/** The definition for a code; unknown codes map to a non-retriable placeholder naming the number. */
export function errorFor(code: number): ErrorDefinition {
  return byCode.get(code) ?? def(code, `UNKNOWN_ERROR_CODE_${code}`, false, `Error code ${code} is not known to this client.`);
}

export function errorName(code: number): string {
  return errorFor(code).name;
}

/**
 * A protocol error carrying Kafka's code. The broker throws it from domain code to answer a
 * request with that code; the client throws it to the application.
 */
export class SamsaProtocolError extends Error {
  readonly code: number;
  readonly type: string;
  readonly retriable: boolean;
  readonly refreshMetadata: boolean;

  constructor(code: number, message?: string, options?: { cause?: unknown }) {
    const d = errorFor(code);
    super(message ?? d.message, options);
    this.name = 'SamsaProtocolError';
    this.code = code;
    this.type = d.name;
    this.retriable = d.retriable;
    this.refreshMetadata = d.refreshMetadata;
  }
}
