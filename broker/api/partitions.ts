/**
 * The partition and record admin APIs as the domain sees them: CreatePartitions (37),
 * DeleteRecords (21) and DescribeLogDirs (35).
 */

export interface CreatePartitionsTopic {
  name: string;
  /** The new total partition count. */
  count: number;
  /** One replica list per new partition, in order; null: the controller places them. */
  assignments: number[][] | null;
}

export interface CreatePartitionsRequest {
  topics: CreatePartitionsTopic[];
  timeoutMs: number;
  validateOnly: boolean;
}

export interface CreatePartitionsTopicResult {
  name: string;
  errorCode: number;
  /** Empty when there was no error (Kafka's null). */
  errorMessage: string;
}

export interface CreatePartitionsResponse {
  results: CreatePartitionsTopicResult[];
}

export interface DeleteRecordsPartition {
  partition: number;
  /** Records below this offset go; -1 means the high watermark. */
  offset: number;
}

export interface DeleteRecordsTopic {
  name: string;
  partitions: DeleteRecordsPartition[];
}

export interface DeleteRecordsRequest {
  topics: DeleteRecordsTopic[];
  timeoutMs: number;
}

export interface DeleteRecordsPartitionResult {
  partition: number;
  /** The partition's log start offset after the deletion; -1 on an error. */
  lowWatermark: number;
  errorCode: number;
}

export interface DeleteRecordsTopicResult {
  name: string;
  partitions: DeleteRecordsPartitionResult[];
}

export interface DeleteRecordsResponse {
  topics: DeleteRecordsTopicResult[];
}

export interface DescribableLogDirTopic {
  topic: string;
  partitions: number[];
}

export interface DescribeLogDirsRequest {
  /** null: every partition this broker hosts. */
  topics: DescribableLogDirTopic[] | null;
}

export interface DescribeLogDirsPartition {
  partition: number;
  sizeBytes: number;
  /** max(high watermark - log end offset, 0): how far this replica is behind its partition (ReplicaManager.getLogEndOffsetLag). */
  offsetLag: number;
  isFuture: boolean;
}

export interface DescribeLogDirsTopic {
  name: string;
  partitions: DescribeLogDirsPartition[];
}

export interface DescribeLogDirsResult {
  errorCode: number;
  logDir: string;
  topics: DescribeLogDirsTopic[];
}

export interface DescribeLogDirsResponse {
  /** CLUSTER_AUTHORIZATION_FAILED without Describe on the cluster (v3+; older versions answer no log dirs). */
  errorCode: number;
  results: DescribeLogDirsResult[];
}
