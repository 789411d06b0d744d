/** Metadata (3) and ApiVersions (18) as the domain sees them. */

export interface MetadataRequest {
  /** Ignored when allTopics is set (Kafka's null topic list). */
  topics: string[];
  allTopics: boolean;
  allowAutoTopicCreation: boolean;
}

export interface MetadataBroker {
  nodeId: number;
  host: string;
  port: number;
  /** Empty when the broker has no rack. */
  rack: string;
}

export interface PartitionMetadata {
  errorCode: number;
  partition: number;
  /** -1: no leader (LEADER_NOT_AVAILABLE). */
  leaderId: number;
  leaderEpoch: number;
  replicaNodes: number[];
  isrNodes: number[];
  offlineReplicas: number[];
}

export interface TopicMetadata {
  errorCode: number;
  name: string;
  isInternal: boolean;
  partitions: PartitionMetadata[];
}

export interface MetadataResponse {
  brokers: MetadataBroker[];
  clusterId: string;
  /** -1 when no controller is known. */
  controllerId: number;
  topics: TopicMetadata[];
}

export interface ApiVersionsRequest {
  clientSoftwareName: string;
  clientSoftwareVersion: string;
}

export interface ApiVersion {
  apiKey: number;
  minVersion: number;
  maxVersion: number;
}

export interface ApiVersionsResponse {
  errorCode: number;
  apiKeys: ApiVersion[];
}
