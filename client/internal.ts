/** Internals for tools, benchmarks and tests in this repository; not a stable API. */

export * from './index';
export { Cluster, type ClusterOptions } from './cluster/cluster';
export { MetadataCache, type BrokerMetadata, type PartitionMetadata, type TopicMetadata } from './cluster/metadata-cache';
export { ConnectionPool, parseBrokerAddress, type BrokerAddress } from './network/connection-pool';
export { RecordAccumulator, ProducerBatch, SendHandle, CallbackSendHandle, SendCompletion, estimateRecordSizeBytes } from './producer/accumulator';
export { Sender, takeRequest } from './producer/sender';
export { murmur2, toPositive } from './producer/murmur2';
export { SubscriptionState, PartitionState, recordsFromPosition } from './consumer/subscription-state';
export { FetchBuffer } from './consumer/fetch-buffer';
export { listOffsets } from './consumer/list-offsets';
export { earliestTimestamp, latestTimestamp } from '../proto/sentinels';
export { withRetry, backoffMs, retryPolicy, retryDefaults } from './retry';
export { protocolError, needsMetadataRefresh } from './errors';
