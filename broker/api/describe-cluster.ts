/** DescribeCluster (60, KIP-700) as the domain sees it: Metadata's cluster part without topics. */
import type { MetadataBroker } from './metadata';

export interface DescribeClusterRequest {
  includeClusterAuthorizedOperations: boolean;
}

export interface DescribeClusterResponse {
  errorCode: number;
  errorMessage: string;
  clusterId: string;
  /** -1 when no controller is known. */
  controllerId: number;
  brokers: MetadataBroker[];
  /** Kafka's AclOperation bit set; `clusterAuthorizedOperationsOmitted` when not asked for. */
  clusterAuthorizedOperations: number;
}

/** Kafka's Integer.MIN_VALUE: the operations were not asked for. */
export const clusterAuthorizedOperationsOmitted = -2147483648;
