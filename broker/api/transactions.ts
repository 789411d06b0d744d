/**
 * The transaction APIs as the domain sees them (KIP-98, KIP-360, KIP-447, KIP-664):
 * AddPartitionsToTxn (24), AddOffsetsToTxn (25), EndTxn (26), WriteTxnMarkers (27),
 * TxnOffsetCommit (28), DescribeProducers (61), DescribeTransactions (65), ListTransactions (66).
 * InitProducerId (22) lives in init-producer-id.ts. Producer ids are int64 on the wire and
 * numbers here (they stay below 2^53).
 */

export interface AddPartitionsToTxnTopic {
  name: string;
  partitions: number[];
}

export interface AddPartitionsToTxnRequest {
  transactionalId: string;
  producerId: number;
  producerEpoch: number;
  topics: AddPartitionsToTxnTopic[];
}

export interface PartitionErrorResult {
  partitionIndex: number;
  errorCode: number;
}

export interface TopicPartitionErrors {
  name: string;
  partitions: PartitionErrorResult[];
}

export interface AddPartitionsToTxnResponse {
  throttleTimeMs: number;
  /** One entry per requested topic and partition. */
  results: TopicPartitionErrors[];
}

export interface AddOffsetsToTxnRequest {
  transactionalId: string;
  producerId: number;
  producerEpoch: number;
  groupId: string;
}

export interface AddOffsetsToTxnResponse {
  throttleTimeMs: number;
  errorCode: number;
}

export interface EndTxnRequest {
  transactionalId: string;
  producerId: number;
  producerEpoch: number;
  /** true commit, false abort. */
  committed: boolean;
}

export interface EndTxnResponse {
  throttleTimeMs: number;
  errorCode: number;
}

export interface WritableTxnMarkerTopic {
  name: string;
  partitionIndexes: number[];
}

export interface WritableTxnMarker {
  producerId: number;
  producerEpoch: number;
  /** true commit, false abort. */
  transactionResult: boolean;
  topics: WritableTxnMarkerTopic[];
  /** The coordinator's epoch (its __transaction_state partition's leader epoch); written into the marker. */
  coordinatorEpoch: number;
}

export interface WriteTxnMarkersRequest {
  markers: WritableTxnMarker[];
}

export interface WritableTxnMarkerResult {
  producerId: number;
  topics: TopicPartitionErrors[];
}

export interface WriteTxnMarkersResponse {
  markers: WritableTxnMarkerResult[];
}

export interface TxnOffsetCommitPartition {
  partitionIndex: number;
  committedOffset: number;
  /** -1 when unknown. */
  committedLeaderEpoch: number;
  /** Empty when the client sent null. */
  committedMetadata: string;
}

export interface TxnOffsetCommitTopic {
  name: string;
  partitions: TxnOffsetCommitPartition[];
}

export interface TxnOffsetCommitRequest {
  transactionalId: string;
  groupId: string;
  producerId: number;
  producerEpoch: number;
  /** -1: not checked (TxnOffsetCommit v0-v2 and clients without group metadata). */
  generationId: number;
  /** Empty: not checked. */
  memberId: string;
  /** Empty when dynamic or not sent. */
  groupInstanceId: string;
  topics: TxnOffsetCommitTopic[];
}

export interface TxnOffsetCommitResponse {
  throttleTimeMs: number;
  topics: TopicPartitionErrors[];
}

export interface DescribeProducersTopic {
  name: string;
  partitionIndexes: number[];
}

export interface DescribeProducersRequest {
  topics: DescribeProducersTopic[];
}

export interface ProducerStateView {
  producerId: number;
  producerEpoch: number;
  /** -1 when unknown. */
  lastSequence: number;
  /** -1 when unknown. */
  lastTimestamp: number;
  /** -1 when unknown. */
  coordinatorEpoch: number;
  /** -1: no open transaction on this partition. */
  currentTxnStartOffset: number;
}

export interface DescribeProducersPartition {
  partitionIndex: number;
  errorCode: number;
  errorMessage: string | null;
  activeProducers: ProducerStateView[];
}

export interface DescribeProducersResponse {
  throttleTimeMs: number;
  topics: { name: string; partitions: DescribeProducersPartition[] }[];
}

/** Kafka's TransactionState names, as DescribeTransactions and ListTransactions report them. */
export const transactionStateNames = [
  'Empty', 'Ongoing', 'PrepareCommit', 'PrepareAbort', 'CompleteCommit', 'CompleteAbort', 'Dead', 'PrepareEpochFence',
] as const;
export type TransactionStateName = (typeof transactionStateNames)[number];

export interface DescribeTransactionsRequest {
  transactionalIds: string[];
}

export interface DescribedTransaction {
  errorCode: number;
  transactionalId: string;
  transactionState: string;
  transactionTimeoutMs: number;
  /** -1 when no transaction is open. */
  transactionStartTimeMs: number;
  producerId: number;
  producerEpoch: number;
  topics: { topic: string; partitions: number[] }[];
}

export interface DescribeTransactionsResponse {
  throttleTimeMs: number;
  transactionStates: DescribedTransaction[];
}

export interface ListTransactionsRequest {
  /** Empty: every state. */
  stateFilters: string[];
  /** Empty: every producer. */
  producerIdFilters: number[];
}

export interface ListedTransaction {
  transactionalId: string;
  producerId: number;
  transactionState: string;
}

export interface ListTransactionsResponse {
  throttleTimeMs: number;
  errorCode: number;
  unknownStateFilters: string[];
  transactionStates: ListedTransaction[];
}
