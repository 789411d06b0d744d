/** The public surface of the Samsa client. Everything else is internal (see internal.ts). */

export { Samsa, type SamsaConfig, type SaslOptions, connectionSecurity } from './samsa';
export { ClientPropertiesError, clientSecurityFromProperties, type ClientSecurityOptions } from './network/client-properties';
export { Producer, type ProducerConfig, type ProducerRecordBatch, type ProducerBatchRequest, type TopicMessages } from './producer/producer';
export { type Message, type RecordMetadata, type Acks } from './producer/types';
export { type DeliveryCallback } from './producer/accumulator';
export { Transaction, type SendOffsetsRequest } from './producer/transaction';
export { TransactionState } from './producer/transaction-state';
export { type GroupMetadata } from './producer/transaction-manager';
export { type IsolationLevelName } from './consumer/read-committed';
export { DefaultPartitioner, type Partitioner, type PartitionFn, type PartitionerArgs } from './producer/partitioner';
export { Consumer, type ConsumerConfig, type SeekRequest, type SubscribeRequest, type OffsetToCommit } from './consumer/consumer';
export { type GroupOptions } from './consumer/group/group-config';
export { RangeAssignor, RoundRobinAssignor, StickyAssignor, type PartitionAssignor, type AssignorMember, type TopicPartitions } from './consumer/assignors';
export { type ConsumerMessage, type Batch, type EachBatchPayload, type EachMessagePayload, type RunConfig } from './consumer/messages';
export { type OffsetResetStrategy } from './consumer/subscription-state';
export { type TopicPartition } from '../proto/topic-partition';
export { Admin, type ITopicConfig, type CreateTopicsOptions, type PartitionOffsets, type TopicMetadataResult } from './admin/admin';
export { type GroupDescription, type GroupOffsets, type GroupOverview, type MemberDescription } from './admin/groups';
export { type TransactionDescription, type TransactionListing, type PartitionProducers, type ProducerStateDescription, type AbortTransactionSpec } from './admin/transactions';
export { type ScramCredentialInfo, type UserScramCredentialsDescription, type UserScramCredentialUpsertion, type UserScramCredentialDeletion } from './admin/user-scram-credentials';
export {
  AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes, type AclEntry, type AclFilter, type DescribeAclResource, type DeleteAclFilterResponse,
} from './admin/acls';
export { type RetryOptions } from './retry';
export { type Logger, type LogLevel } from './logger';
export { Compression } from '../proto/batch-header';
export {
  ErrorCode,
  SamsaError,
  SamsaProtocolError,
  SamsaConnectionError,
  SamsaAuthenticationError,
  SamsaNumberOfRetriesExceeded,
  SamsaOffsetOutOfRange,
  SamsaTopicAlreadyExists,
  SamsaUnknownTopic,
  SamsaTimeoutError,
  SamsaNotConnected,
  ProducerFencedError,
  TransactionAbortableError,
  InvalidTxnStateError,
  isRetriable,
} from './errors';
