/**
 * The dispatch table: one handler per API this broker serves (Kafka's `KafkaApis`). Each handler
 * receives the decoded body, validates it, calls the domain (metadata cache, replica manager,
 * ZooKeeper) and builds the response body; framing and ordering are the network layer's.
 */
import type { Logger } from 'pino';
import { ApiKey } from '../../../proto/api';
import type { KafkaZkClient } from '../../../zk/kafka-zk-client';
import type { BrokerConfig } from '../../config';
import type { MetadataCache } from '../../cluster/metadata-cache';
import type { ReplicaManager } from '../../cluster/replica-manager';
import type { HandlerTable, RequestHandler } from '../request';
import { apiVersionsHandler } from './api-versions';
import { createTopicsHandler } from './create-topics';
import { deleteTopicsHandler } from './delete-topics';
import { fetchHandler } from './fetch';
import { implementedApiKeys } from './implemented-apis';
import { leaderAndIsrHandler } from './leader-and-isr';
import { listOffsetsHandler } from './list-offsets';
import { metadataHandler } from './metadata';
import { produceHandler } from './produce';
import { stopReplicaHandler } from './stop-replica';
import { updateMetadataHandler } from './update-metadata';

export interface BrokerServices {
  config: BrokerConfig;
  metadataCache: MetadataCache;
  replicaManager: ReplicaManager;
  zk: KafkaZkClient;
  logger: Logger;
  getBrokerEpoch: () => number;
}

const factories: ReadonlyArray<readonly [number, (s: BrokerServices) => RequestHandler]> = [
  [ApiKey.Produce, produceHandler],
  [ApiKey.Fetch, fetchHandler],
  [ApiKey.ListOffsets, listOffsetsHandler],
  [ApiKey.Metadata, metadataHandler],
  [ApiKey.LeaderAndIsr, leaderAndIsrHandler],
  [ApiKey.StopReplica, stopReplicaHandler],
  [ApiKey.UpdateMetadata, updateMetadataHandler],
  [ApiKey.ApiVersions, apiVersionsHandler],
  [ApiKey.CreateTopics, createTopicsHandler],
  [ApiKey.DeleteTopics, deleteTopicsHandler],
];

export { implementedApiKeys };

export function buildHandlerTable(services: BrokerServices): HandlerTable {
  if (factories.length !== implementedApiKeys.length || factories.some(([key]) => !implementedApiKeys.includes(key))) {
    throw new Error('invariant: the handler table and implementedApiKeys disagree');
  }
  return new Map(factories.map(([key, factory]) => [key, factory(services)]));
}
