/**
 * The one error catalogue, shared by broker, client, CLI and admin API: Kafka's numeric protocol
 * codes and names, whether a client should retry, and whether a client should refresh metadata
 * before it does (Kafka's "invalid metadata" family). Codes are Kafka's and never reused; each
 * name is written once, in `catalogue` below, and `ErrorCode` is derived from it.
 *
 * It also holds `SamsaError`, the base of every error class in the product (broker, client,
 * ZooKeeper client, protocol), so that one `instanceof` and one `retriable` flag cover them all.
 */

export interface ErrorDefinition {
  readonly code: number;
  readonly name: string;
  readonly retriable: boolean;
  /** The client's cached metadata is probably stale: refresh it before retrying. */
  readonly refreshMetadata: boolean;
  readonly message: string;
}

interface CatalogueEntry<C extends number> {
  readonly code: C;
  readonly retriable: boolean;
  readonly refreshMetadata: boolean;
  readonly message: string;
}

function entry<C extends number>(code: C, retriable: boolean, message: string, refreshMetadata = false): CatalogueEntry<C> {
  return { code, retriable, refreshMetadata, message };
}

const catalogue = {
  UNKNOWN_SERVER_ERROR: entry(-1, false, 'The server experienced an unexpected error when processing the request.'),
  NONE: entry(0, false, 'No error.'),
  OFFSET_OUT_OF_RANGE: entry(1, false, 'The requested offset is not within the range of offsets maintained by the server.'),
  CORRUPT_MESSAGE: entry(2, true, 'The record batch failed its CRC check, exceeded a valid size, or is otherwise corrupt.'),
  UNKNOWN_TOPIC_OR_PARTITION: entry(3, true, 'This server does not host this topic-partition.', true),
  INVALID_FETCH_SIZE: entry(4, false, 'The requested fetch size is invalid.'),
  LEADER_NOT_AVAILABLE: entry(5, true, 'There is no leader for this topic-partition as we are in the middle of a leadership election.', true),
  NOT_LEADER_OR_FOLLOWER: entry(6, true, 'This server is not the leader or a follower for that topic-partition.', true),
  REQUEST_TIMED_OUT: entry(7, true, 'The request timed out.'),
  BROKER_NOT_AVAILABLE: entry(8, false, 'The broker is not available.'),
  REPLICA_NOT_AVAILABLE: entry(9, true, 'The replica is not available for the requested topic-partition.', true),
  MESSAGE_TOO_LARGE: entry(10, false, 'The record batch is larger than the maximum the server will accept (message.max.bytes).'),
  STALE_CONTROLLER_EPOCH: entry(11, false, 'The controller moved to another broker.'),
  OFFSET_METADATA_TOO_LARGE: entry(12, false, 'The metadata field of the offset request was too large.'),
  NETWORK_EXCEPTION: entry(13, true, 'The server disconnected before a response was received.', true),
  COORDINATOR_LOAD_IN_PROGRESS: entry(14, true, 'The coordinator is loading and hence cannot process requests.'),
  COORDINATOR_NOT_AVAILABLE: entry(15, true, 'The coordinator is not available.'),
  NOT_COORDINATOR: entry(16, true, 'This is not the correct coordinator.'),
  INVALID_TOPIC_EXCEPTION: entry(17, false, 'The request attempted to perform an operation on an invalid topic.'),
  RECORD_LIST_TOO_LARGE: entry(18, false, 'The request included record batches larger than the maximum segment size.'),
  NOT_ENOUGH_REPLICAS: entry(19, true, 'Records are rejected since there are fewer in-sync replicas than required.'),
  NOT_ENOUGH_REPLICAS_AFTER_APPEND: entry(20, true, 'Records are written to the log, but to fewer in-sync replicas than required.'),
  INVALID_REQUIRED_ACKS: entry(21, false, 'Produce request specified an invalid value for required acks.'),
  ILLEGAL_GENERATION: entry(22, false, 'Specified group generation id is not valid.'),
  INCONSISTENT_GROUP_PROTOCOL: entry(23, false, "The group member's supported protocols are incompatible with those of existing members."),
  INVALID_GROUP_ID: entry(24, false, 'The configured groupId is invalid.'),
  UNKNOWN_MEMBER_ID: entry(25, false, 'The coordinator is not aware of this member.'),
  INVALID_SESSION_TIMEOUT: entry(26, false, 'The session timeout is not within the range allowed by the broker.'),
  REBALANCE_IN_PROGRESS: entry(27, false, 'The group is rebalancing, so a rejoin is needed.'),
  INVALID_COMMIT_OFFSET_SIZE: entry(28, false, 'The committing offset data size is not valid.'),
  TOPIC_AUTHORIZATION_FAILED: entry(29, false, 'Topic authorization failed.'),
  GROUP_AUTHORIZATION_FAILED: entry(30, false, 'Group authorization failed.'),
  CLUSTER_AUTHORIZATION_FAILED: entry(31, false, 'Cluster authorization failed.'),
  INVALID_TIMESTAMP: entry(32, false, 'The timestamp of the record is out of acceptable range.'),
  UNSUPPORTED_SASL_MECHANISM: entry(33, false, 'The broker does not support the requested SASL mechanism.'),
  ILLEGAL_SASL_STATE: entry(34, false, 'Request is not valid given the current SASL state.'),
  UNSUPPORTED_VERSION: entry(35, false, 'The version of API is not supported.'),
  TOPIC_ALREADY_EXISTS: entry(36, false, 'Topic with this name already exists.'),
  INVALID_PARTITIONS: entry(37, false, 'Number of partitions is below 1.'),
  INVALID_REPLICATION_FACTOR: entry(38, false, 'Replication factor is below 1 or larger than the number of available brokers.'),
  INVALID_REPLICA_ASSIGNMENT: entry(39, false, 'Replica assignment is invalid.'),
  INVALID_CONFIG: entry(40, false, 'Configuration is invalid.'),
  NOT_CONTROLLER: entry(41, true, 'This is not the correct controller for this cluster.', true),
  INVALID_REQUEST: entry(42, false, 'This most likely occurs because of a request being malformed by the client library or the message was sent to an incompatible broker.'),
  POLICY_VIOLATION: entry(44, false, 'Request parameters do not satisfy the configured policy.'),
  OUT_OF_ORDER_SEQUENCE_NUMBER: entry(45, false, 'The broker received an out of order sequence number.'),
  DUPLICATE_SEQUENCE_NUMBER: entry(46, false, 'The broker received a duplicate sequence number.'),
  INVALID_PRODUCER_EPOCH: entry(47, false, "Producer attempted to produce with an old epoch."),
  INVALID_TXN_STATE: entry(48, false, 'The producer attempted a transactional operation in an invalid state.'),
  INVALID_PRODUCER_ID_MAPPING: entry(49, false, 'The producer attempted to use a producer id which is not currently assigned to its transactional id.'),
  INVALID_TRANSACTION_TIMEOUT: entry(50, false, 'The transaction timeout is larger than the maximum value allowed by the broker (as configured by transaction.max.timeout.ms).'),
  CONCURRENT_TRANSACTIONS: entry(51, true, 'The producer attempted to update a transaction while another concurrent operation on the same transaction was ongoing.'),
  TRANSACTION_COORDINATOR_FENCED: entry(52, false, 'Indicates that the transaction coordinator sending a WriteTxnMarker is no longer the current coordinator for a given producer.'),
  TRANSACTIONAL_ID_AUTHORIZATION_FAILED: entry(53, false, 'Transactional Id authorization failed.'),
  SECURITY_DISABLED: entry(54, false, 'Security features are disabled.'),
  OPERATION_NOT_ATTEMPTED: entry(55, false, 'The broker did not attempt to execute this operation.'),
  KAFKA_STORAGE_ERROR: entry(56, true, 'Disk error when trying to access log file on the disk.', true),
  SASL_AUTHENTICATION_FAILED: entry(58, false, 'SASL Authentication failed.'),
  UNKNOWN_PRODUCER_ID: entry(59, false, "This exception is raised by the broker if it could not locate the producer metadata associated with the producerId in question."),
  INVALID_PRINCIPAL_TYPE: entry(67, false, 'The principal type is not supported.'),
  NON_EMPTY_GROUP: entry(68, false, 'The group is not empty.'),
  GROUP_ID_NOT_FOUND: entry(69, false, 'The group id does not exist.'),
  FENCED_LEADER_EPOCH: entry(74, true, 'The leader epoch in the request is older than the epoch on the broker.', true),
  UNKNOWN_LEADER_EPOCH: entry(75, true, 'The leader epoch in the request is newer than the epoch on the broker.'),
  UNSUPPORTED_COMPRESSION_TYPE: entry(76, false, 'The requesting client does not support the compression type of given partition.'),
  STALE_BROKER_EPOCH: entry(77, false, 'Broker epoch has changed.'),
  MEMBER_ID_REQUIRED: entry(79, false, 'The group member needs to have a valid member id before actually entering a consumer group.'),
  PREFERRED_LEADER_NOT_AVAILABLE: entry(80, true, 'The preferred leader was not available.'),
  GROUP_MAX_SIZE_REACHED: entry(81, false, 'The consumer group has reached its max size.'),
  FENCED_INSTANCE_ID: entry(82, false, 'The broker rejected this static consumer since another consumer with the same group.instance.id has registered with a different member.id.'),
  ELIGIBLE_LEADERS_NOT_AVAILABLE: entry(83, true, 'Eligible topic partition leaders are not available.'),
  ELECTION_NOT_NEEDED: entry(84, false, 'Leader election not needed for topic partition.'),
  NO_REASSIGNMENT_IN_PROGRESS: entry(85, false, 'No partition reassignment is in progress.'),
  INVALID_RECORD: entry(87, false, 'This record has failed the validation on broker and hence will be rejected.'),
  UNSTABLE_OFFSET_COMMIT: entry(88, true, 'There are unstable offsets that need to be cleared.'),
  PRODUCER_FENCED: entry(90, false, 'There is a newer producer with the same transactionalId which fences the current one.'),
  RESOURCE_NOT_FOUND: entry(91, false, 'A request illegally referred to a resource that does not exist.'),
  DUPLICATE_RESOURCE: entry(92, false, 'A request illegally referred to the same resource twice.'),
  UNACCEPTABLE_CREDENTIAL: entry(93, false, 'Requested credential would not meet criteria for acceptability.'),
  TRANSACTIONAL_ID_NOT_FOUND: entry(105, false, 'The transactionalId could not be found.'),
};

type ErrorName = keyof typeof catalogue;

/** Kafka's error codes by name: `ErrorCode.NOT_LEADER_OR_FOLLOWER === 6`. */
export const ErrorCode = Object.freeze(
  Object.fromEntries(Object.entries(catalogue).map(([name, e]) => [name, e.code])),
) as { readonly [N in ErrorName]: (typeof catalogue)[N]['code'] };
export type ErrorCode = (typeof ErrorCode)[ErrorName];

/** Every error, in code order: what proto/README.md documents and its test checks. */
export const allErrors: readonly ErrorDefinition[] = Object.entries(catalogue).map(([name, e]) => ({ name, ...e }));

const byCode = new Map<number, ErrorDefinition>(allErrors.map((d) => [d.code, d]));

/** The definition for a code; unknown codes map to a non-retriable placeholder naming the number. */
export function errorFor(code: number): ErrorDefinition {
  return byCode.get(code) ?? { code, name: `UNKNOWN_ERROR_CODE_${code}`, retriable: false, refreshMetadata: false, message: `Error code ${code} is not known to this client.` };
}

export function errorName(code: number): string {
  return errorFor(code).name;
}

/**
 * The base of every error Samsa raises, with a `retriable` flag and an optional `cause`, so that
 * applications and the broker can decide whether to try again (KafkaJS users asked for exactly
 * this contract: tulios/kafkajs#1271, #1299). `name` is the concrete class's name, so a subclass
 * states it once, in its declaration. Match errors with `instanceof` or their `code`, never by name.
 */
export class SamsaError extends Error {
  readonly retriable: boolean;

  constructor(message: string, options: { retriable?: boolean; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.retriable = options.retriable ?? false;
  }
}

/**
 * A protocol error carrying Kafka's code. The broker throws it from domain code to answer a
 * request with that code; the client throws it to the application. Retriable as the catalogue says.
 */
export class SamsaProtocolError extends SamsaError {
  readonly code: number;
  readonly type: string;
  readonly refreshMetadata: boolean;

  constructor(code: number, message?: string, options?: { cause?: unknown }) {
    const d = errorFor(code);
    super(message ?? d.message, { retriable: d.retriable, cause: options?.cause });
    this.code = code;
    this.type = d.name;
    this.refreshMetadata = d.refreshMetadata;
  }
}

/**
 * The protocol code and message an error answers with, when it carries one. Only a
 * SamsaProtocolError does: other errors with a numeric `code` (a ZooKeeper error's code, say)
 * are not Kafka codes.
 */
export function errorCodeOf(err: unknown): { code: number; message: string } | undefined {
  return err instanceof SamsaProtocolError ? { code: err.code, message: err.message } : undefined;
}
