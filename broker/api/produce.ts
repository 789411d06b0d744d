/**
 * Produce (0) as the domain sees it (Kafka's ProduceRequest/ProduceResponse): every field present,
 * record batches as stored bytes. Wire codecs fill in defaults; nothing here knows a protocol.
 */

export interface ProducePartitionData {
  partition: number;
  /** One or more record batches, concatenated, exactly as the producer sent them. */
  records: Buffer;
}

export interface ProduceTopicData {
  name: string;
  partitions: ProducePartitionData[];
}

export interface ProduceRequest {
  /** -1 every in-sync replica, 0 no response, 1 the leader. */
  acks: number;
  timeoutMs: number;
  transactionalId: string;
  topics: ProduceTopicData[];
}

export interface ProducePartitionResponse {
  partition: number;
  errorCode: number;
  baseOffset: number;
  logAppendTimeMs: number;
  logStartOffset: number;
  errorMessage: string;
  leaderEpoch: number;
}

export interface ProduceTopicResponse {
  name: string;
  partitions: ProducePartitionResponse[];
}

export interface ProduceResponse {
  topics: ProduceTopicResponse[];
  throttleTimeMs: number;
}
