/**
 * The dispatch table: one handler per API this broker serves (Kafka's `KafkaApis`). Each handler
 * receives its API's domain request (broker/api), validates it, calls the domain (metadata cache,
 * replica manager, ZooKeeper) and returns the domain response. Which wire protocol the request
 * came in on is the codecs' business (network/codecs); framing and ordering are the network layer's.
 */
import type { Logger } from 'pino';
import { ApiKey } from '../../../proto/api';
import type { ControlledShutdownResponse } from '../../api/controller-requests';
import type { KafkaZkClient } from '../../../zk/kafka-zk-client';
import type { BrokerConfig } from '../../config';
import type { DynamicConfig } from '../../config/dynamic-config';
import type { ControllerRequestFence } from '../../cluster/controller-request-fence';
import type { MetadataCache } from '../../cluster/metadata-cache';
import type { ReplicaDataPlane } from '../../cluster/replica-data-plane';
import type { ReplicaManager } from '../../cluster/replica-manager';
import type { GroupCoordinator } from '../../coordinator/group-coordinator';
import type { ProducerIdManager } from '../../coordinator/producer-id-manager';
import type { TransactionCoordinator } from '../../coordinator/transaction/transaction-coordinator';
import type { Authorizer } from '../../security/authorizer';
import { handlerTable, type ApiHandler, type HandlerTable } from '../request';
import { createAclsHandler, deleteAclsHandler, describeAclsHandler } from './acls';
import { alterConfigsHandler, incrementalAlterConfigsHandler } from './alter-configs';
import { apiVersionsHandler } from './api-versions';
import { controlledShutdownHandler } from './controlled-shutdown';
import { createTopicsHandler } from './create-topics';
import { deleteTopicsHandler } from './delete-topics';
import { describeClusterHandler } from './describe-cluster';
import { saslAuthenticateHandler, saslHandshakeHandler } from './sasl';
import { describeConfigsHandler } from './describe-configs';
import { electLeadersHandler } from './elect-leaders';
import { fetchHandler } from './fetch';
import { findCoordinatorHandler } from './find-coordinator';
import {
  deleteGroupsHandler, describeGroupsHandler, heartbeatHandler, joinGroupHandler, leaveGroupHandler, listGroupsHandler,
  offsetCommitHandler, offsetFetchHandler, syncGroupHandler,
} from './group-handlers';
import { implementedApiKeys } from './implemented-apis';
import { initProducerIdHandler } from './init-producer-id';
import { leaderAndIsrHandler } from './leader-and-isr';
import { listOffsetsHandler } from './list-offsets';
import { metadataHandler } from './metadata';
import { offsetForLeaderEpochHandler } from './offset-for-leader-epoch';
import { alterPartitionReassignmentsHandler, listPartitionReassignmentsHandler } from './partition-reassignments';
import { produceHandler } from './produce';
import { stopReplicaHandler } from './stop-replica';
import { describeProducersHandler } from './describe-producers';
import {
  addOffsetsToTxnHandler, addPartitionsToTxnHandler, describeTransactionsHandler, endTxnHandler, listTransactionsHandler,
} from './transactions';
import { txnOffsetCommitHandler } from './txn-offset-commit';
import { writeTxnMarkersHandler } from './write-txn-markers';
import { updateMetadataHandler } from './update-metadata';
import { alterUserScramCredentialsHandler, describeUserScramCredentialsHandler } from './user-scram-credentials';

/** What the ControlledShutdown and ElectLeaders handlers need from this broker's controller. */
export interface ControllerApi {
  readonly isActive: boolean;
  controlledShutdown(brokerId: number, brokerEpoch: number): Promise<ControlledShutdownResponse>;
  electLeaders(type: 0 | 1, partitions: { topic: string; partition: number }[] | 'all'): Promise<ReadonlyMap<string, { errorCode: number; message?: string }>>;
  /** KIP-455: per partition keyed "topic-partition"; `replicas: null` cancels. */
  alterPartitionReassignments(reassignments: { topic: string; partition: number; replicas: number[] | null }[]): Promise<ReadonlyMap<string, { errorCode: number; message?: string }>>;
  listPartitionReassignments(partitions?: { topic: string; partition: number }[]): Promise<{
    topic: string; partition: number; replicas: number[]; addingReplicas: number[]; removingReplicas: number[];
  }[]>;
}

export interface BrokerServices {
  config: BrokerConfig;
  metadataCache: MetadataCache;
  /** The control plane: LeaderAndIsr, StopReplica, UpdateMetadata. */
  replicaManager: ReplicaManager;
  /** The data plane: Produce, Fetch, ListOffsets, OffsetForLeaderEpoch. */
  replicaDataPlane: ReplicaDataPlane;
  zk: KafkaZkClient;
  logger: Logger;
  getBrokerEpoch: () => number;
  /** Decides whether a LeaderAndIsr, UpdateMetadata or StopReplica comes from the controller ZooKeeper names. */
  controllerRequestFence: Pick<ControllerRequestFence, 'check'>;
  /** This broker's controller (answers NOT_CONTROLLER unless active). */
  controller: ControllerApi;
  /** This broker's group coordinator (answers NOT_COORDINATOR for groups whose partition it does not lead). */
  groupCoordinator: GroupCoordinator;
  /** Producer ids for InitProducerId, claimed in blocks through ZooKeeper. */
  producerIdManager: ProducerIdManager;
  /** This broker's transaction coordinator (answers NOT_COORDINATOR for ids whose partition it does not lead). */
  transactionCoordinator: TransactionCoordinator;
  /** Decides every request's access (allowAllAuthorizer when authorizer.class.name is empty). */
  authorizer: Authorizer;
  /** Dynamic broker and topic configs (absent in tests that build a broker without one: static values apply). */
  dynamicConfig?: DynamicConfig;
}

type HandlerFactories = { readonly [K in ApiKey]: (s: BrokerServices) => ApiHandler<K> };

const factories: HandlerFactories = {
  [ApiKey.Produce]: produceHandler,
  [ApiKey.Fetch]: fetchHandler,
  [ApiKey.ListOffsets]: listOffsetsHandler,
  [ApiKey.Metadata]: metadataHandler,
  [ApiKey.LeaderAndIsr]: leaderAndIsrHandler,
  [ApiKey.StopReplica]: stopReplicaHandler,
  [ApiKey.UpdateMetadata]: updateMetadataHandler,
  [ApiKey.ControlledShutdown]: controlledShutdownHandler,
  [ApiKey.ApiVersions]: apiVersionsHandler,
  [ApiKey.CreateTopics]: createTopicsHandler,
  [ApiKey.DeleteTopics]: deleteTopicsHandler,
  [ApiKey.DescribeConfigs]: describeConfigsHandler,
  [ApiKey.OffsetForLeaderEpoch]: offsetForLeaderEpochHandler,
  [ApiKey.ElectLeaders]: electLeadersHandler,
  [ApiKey.AlterPartitionReassignments]: alterPartitionReassignmentsHandler,
  [ApiKey.ListPartitionReassignments]: listPartitionReassignmentsHandler,
  [ApiKey.OffsetCommit]: offsetCommitHandler,
  [ApiKey.OffsetFetch]: offsetFetchHandler,
  [ApiKey.FindCoordinator]: findCoordinatorHandler,
  [ApiKey.JoinGroup]: joinGroupHandler,
  [ApiKey.Heartbeat]: heartbeatHandler,
  [ApiKey.LeaveGroup]: leaveGroupHandler,
  [ApiKey.SyncGroup]: syncGroupHandler,
  [ApiKey.DescribeGroups]: describeGroupsHandler,
  [ApiKey.ListGroups]: listGroupsHandler,
  [ApiKey.DeleteGroups]: deleteGroupsHandler,
  [ApiKey.InitProducerId]: initProducerIdHandler,
  [ApiKey.DescribeCluster]: describeClusterHandler,
  [ApiKey.AddPartitionsToTxn]: addPartitionsToTxnHandler,
  [ApiKey.AddOffsetsToTxn]: addOffsetsToTxnHandler,
  [ApiKey.EndTxn]: endTxnHandler,
  [ApiKey.WriteTxnMarkers]: writeTxnMarkersHandler,
  [ApiKey.TxnOffsetCommit]: txnOffsetCommitHandler,
  [ApiKey.DescribeAcls]: describeAclsHandler,
  [ApiKey.CreateAcls]: createAclsHandler,
  [ApiKey.DeleteAcls]: deleteAclsHandler,
  [ApiKey.DescribeProducers]: describeProducersHandler,
  [ApiKey.DescribeTransactions]: describeTransactionsHandler,
  [ApiKey.ListTransactions]: listTransactionsHandler,
  [ApiKey.DescribeUserScramCredentials]: describeUserScramCredentialsHandler,
  [ApiKey.AlterUserScramCredentials]: alterUserScramCredentialsHandler,
  [ApiKey.SaslHandshake]: saslHandshakeHandler,
  [ApiKey.SaslAuthenticate]: saslAuthenticateHandler,
  [ApiKey.AlterConfigs]: alterConfigsHandler,
  [ApiKey.IncrementalAlterConfigs]: incrementalAlterConfigsHandler,
};

export { implementedApiKeys };

/** Builds each API's typed handler over `services` (the mapped type pairs every key with its own request and response). */
export function buildHandlerTable(services: BrokerServices): HandlerTable {
  const keys = Object.keys(factories).map(Number);
  if (keys.length !== implementedApiKeys.length || keys.some((key) => !implementedApiKeys.includes(key))) {
    throw new Error('invariant: the handler table and implementedApiKeys disagree');
  }
  const built: { [K in ApiKey]?: ApiHandler<K> } = {};
  for (const key of implementedApiKeys as ApiKey[]) (built as Record<number, unknown>)[key] = factories[key](services);
  return handlerTable(built);
}
