/**
 * Fetch (1) as the domain sees it (Kafka's FetchRequest/FetchResponse), for consumers and for
 * followers (replicaId >= 0). Records travel as stored batch bytes, never decoded.
 */

export interface FetchPartition {
  partition: number;
  /** -1: do not check (KIP-320 fencing otherwise). */
  currentLeaderEpoch: number;
  fetchOffset: number;
  /** A follower's own log start offset; -1 from consumers. */
  logStartOffset: number;
  partitionMaxBytes: number;
}

export interface FetchTopic {
  name: string;
  partitions: FetchPartition[];
}

export interface FetchRequest {
  /** -1 for consumers; the follower's broker id for replication. */
  replicaId: number;
  maxWaitMs: number;
  minBytes: number;
  maxBytes: number;
  /** 0 read_uncommitted (up to the high watermark), 1 read_committed (up to the last stable offset). */
  isolationLevel: number;
  topics: FetchTopic[];
}

export interface FetchPartitionData {
  partition: number;
  errorCode: number;
  highWatermark: number;
  lastStableOffset: number;
  logStartOffset: number;
  /** Whole stored batches, verbatim; may be empty. */
  records: Buffer;
  /**
   * read_committed only: the transactions aborted within the returned records, by producer and
   * first offset, so that the consumer can drop their records. Absent for read_uncommitted.
   */
  abortedTransactions?: AbortedTransaction[];
}

export interface AbortedTransaction {
  producerId: number;
  firstOffset: number;
}

export interface FetchableTopicResponse {
  name: string;
  partitions: FetchPartitionData[];
}

export interface FetchResponse {
  throttleTimeMs: number;
  errorCode: number;
  topics: FetchableTopicResponse[];
}
