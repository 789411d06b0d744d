/** KIP-455 as the domain sees it: AlterPartitionReassignments (45) and ListPartitionReassignments (46). */

export interface ReassignablePartition {
  partitionIndex: number;
  /** The target replicas; null cancels the partition's reassignment. */
  replicas: number[] | null;
}

export interface AlterPartitionReassignmentsRequest {
  timeoutMs: number;
  topics: { name: string; partitions: ReassignablePartition[] }[];
}

export interface ReassignablePartitionResponse {
  partitionIndex: number;
  errorCode: number;
  /** '' when there is no error (null on Kafka's wire). */
  errorMessage: string;
}

export interface AlterPartitionReassignmentsResponse {
  errorCode: number;
  errorMessage: string;
  responses: { name: string; partitions: ReassignablePartitionResponse[] }[];
}

export interface ListPartitionReassignmentsRequest {
  timeoutMs: number;
  /** null: every partition being reassigned. */
  topics: { name: string; partitionIndexes: number[] }[] | null;
}

export interface OngoingPartitionReassignment {
  partitionIndex: number;
  /** RS: the current replica set, target and original replicas together. */
  replicas: number[];
  addingReplicas: number[];
  removingReplicas: number[];
}

export interface ListPartitionReassignmentsResponse {
  errorCode: number;
  errorMessage: string;
  topics: { name: string; partitions: OngoingPartitionReassignment[] }[];
}
