/** ListOffsets (2) as the domain sees it (Kafka's ListOffsetRequest/ListOffsetResponse). */

export interface ListOffsetsPartition {
  partition: number;
  currentLeaderEpoch: number;
  /** -1 latest (high watermark), -2 earliest, else the first offset with a timestamp >= it. */
  timestamp: number;
}

export interface ListOffsetsTopic {
  name: string;
  partitions: ListOffsetsPartition[];
}

export interface ListOffsetsRequest {
  replicaId: number;
  isolationLevel: number;
  topics: ListOffsetsTopic[];
}

export interface ListOffsetsPartitionResponse {
  partition: number;
  errorCode: number;
  timestamp: number;
  offset: number;
  leaderEpoch: number;
}

export interface ListOffsetsTopicResponse {
  name: string;
  partitions: ListOffsetsPartitionResponse[];
}

export interface ListOffsetsResponse {
  topics: ListOffsetsTopicResponse[];
}
