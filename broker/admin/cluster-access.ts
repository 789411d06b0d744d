/**
 * What the REST routes need of the admin API's client of the cluster (internal-client.ts), as
 * structural types: InternalClusterClient satisfies them, and app.inject() tests pass a test
 * double. The methods the other areas add to the admin client (CreatePartitions,
 * IncrementalAlterConfigs) are optional here so that a route answers 501 rather than failing to
 * compile when the client lacks them.
 */
import type { Admin } from '../../client/admin/admin';
import type { Consumer, ConsumerConfig } from '../../client/consumer/consumer';
import type { Producer } from '../../client/producer/producer';

/** Kafka's IncrementalAlterConfigs operations (AlterConfigOp.OpType). */
export type AlterConfigOperation = 'SET' | 'DELETE' | 'APPEND' | 'SUBTRACT';

export interface IncrementalAlterConfigsRequest {
  validateOnly?: boolean;
  resources: Array<{ type: number; name: string; configEntries: Array<{ name: string; value?: string | null; operation: AlterConfigOperation }> }>;
}

export interface AlterConfigsResult {
  resources: Array<{ errorCode: number; errorMessage: string | null; resourceType: number; resourceName: string }>;
}

export interface CreatePartitionsRequest {
  validateOnly?: boolean;
  timeout?: number;
  topicPartitions: Array<{ topic: string; count: number; assignments?: number[][] }>;
}

export type ClusterAdmin = Pick<Admin,
  'createTopics' | 'deleteTopics' | 'fetchTopicMetadata' | 'fetchTopicOffsets' | 'fetchTopicOffsetsByTimestamp' | 'describeConfigs' | 'listGroups' | 'describeGroup' | 'fetchOffsets'
> & {
  createPartitions?(request: CreatePartitionsRequest): Promise<unknown>;
  incrementalAlterConfigs?(request: IncrementalAlterConfigsRequest): Promise<AlterConfigsResult>;
};

export type RecordProducer = Pick<Producer, 'send'>;

export type PartitionConsumer = Pick<Consumer, 'connect' | 'assign' | 'seek' | 'disconnect' | typeof Symbol.asyncIterator>;

export interface AdminClusterClient {
  admin(): Promise<ClusterAdmin>;
  producer(): Promise<RecordProducer>;
  samsa(): { consumer(config?: ConsumerConfig): PartitionConsumer };
}
