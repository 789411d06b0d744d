/**
 * Test-only harness for the handlers' authorization checks: the real handler table over a real
 * metadata cache (topics `t` and `other`, one partition each, led here), a TableAuthorizer, and
 * recording doubles for the data plane and ZooKeeper so that a test can show a refused request
 * reached none of them. Requests are domain requests; `as` picks the principal.
 */
import pino from 'pino';
import { ErrorCode } from '../../proto/errors';
import type { ApiKey } from '../../proto/api';
import type { ApiRequest, ApiResponse } from '../../broker/api/apis';
import { systemClock } from '../../broker/clock';
import { MetadataCache } from '../../broker/cluster/metadata-cache';
import type { ProduceEntry, ReplicaDataPlane } from '../../broker/cluster/replica-data-plane';
import type { ReplicaManager } from '../../broker/cluster/replica-manager';
import type { BrokerConfig } from '../../broker/config';
import { logConfigDefaults } from '../../broker/config';
import { buildHandlerTable, type BrokerServices } from '../../broker/network/handlers';
import type { RequestContext } from '../../broker/network/request';
import { TopicExistsError, type KafkaZkClient } from '../../zk/kafka-zk-client';
import { updateMetadataRequest } from './domain-requests';
import { type TableAuthorizer, userSession } from './table-authorizer';
import { unused } from './unused';

export const brokerId = 1;

/** Every call a refused request must not make, by name. */
export interface DomainCalls {
  appended: ProduceEntry[];
  fetched: string[];
  zkCreated: string[];
  zkDeleted: string[];
  replicaManager: string[];
}

function recordingDataPlane(calls: DomainCalls): Partial<ReplicaDataPlane> {
  return {
    appendRecords: async (opts) => {
      calls.appended.push(...opts.entries);
      return opts.entries.map((e) => ({
        topic: e.topic, partition: e.partition, errorCode: ErrorCode.NONE, errorMessage: '', baseOffset: 0, logAppendTimeMs: -1, logStartOffset: 0, leaderEpoch: 1,
      }));
    },
    fetchMessages: async (params) => {
      calls.fetched.push(...params.partitions.map((p) => `${p.topic}-${p.partition}`));
      return params.partitions.map((p) => ({
        topic: p.topic, partition: p.partition, errorCode: ErrorCode.NONE, errorMessage: '', highWatermark: 1, lastStableOffset: 1, logStartOffset: 0, records: Buffer.alloc(0),
      }));
    },
    fetchOffsetForTimestamp: async (topic, partition) => {
      calls.fetched.push(`${topic}-${partition}`);
      return { timestamp: -1, offset: 1, leaderEpoch: 1 };
    },
    lastOffsetForLeaderEpoch: (topic, partition) => {
      calls.fetched.push(`${topic}-${partition}`);
      return { leaderEpoch: 1, endOffset: 1 };
    },
    activeProducers: (topic, partition) => {
      calls.fetched.push(`${topic}-${partition}`);
      return [];
    },
  };
}

function recordingZk(calls: DomainCalls): Partial<KafkaZkClient> {
  const created = new Set<string>();
  return {
    createTopic: async (topic: string) => {
      if (created.has(topic)) throw new TopicExistsError(topic);
      created.add(topic);
      calls.zkCreated.push(topic);
    },
    getAllTopics: async () => [...created],
    markTopicForDeletion: async (topic: string) => {
      calls.zkDeleted.push(topic);
    },
    getTopicConfig: async () => ({}),
  };
}

function recordingReplicaManager(calls: DomainCalls): Partial<ReplicaManager> {
  return {
    becomeLeaderOrFollower: async () => {
      calls.replicaManager.push('LeaderAndIsr');
      return { errorCode: ErrorCode.NONE, partitionErrors: [] };
    },
    stopReplicas: async () => {
      calls.replicaManager.push('StopReplica');
      return { errorCode: ErrorCode.NONE, partitionErrors: [] };
    },
    maybeUpdateMetadataCache: () => {
      calls.replicaManager.push('UpdateMetadata');
      return ErrorCode.NONE;
    },
  };
}

export function metadataCacheWith(topics: readonly string[]): MetadataCache {
  const cache = new MetadataCache(brokerId, systemClock);
  cache.clusterId = 'cluster-authz';
  cache.updateMetadata(updateMetadataRequest({
    controllerId: brokerId, controllerEpoch: 1,
    liveBrokers: [{ id: brokerId, endpoints: [{ listener: 'EXTERNAL', host: 'localhost', port: 9092, securityProtocol: 'PLAINTEXT' }] }],
    partitionStates: topics.map((topic) => ({ topic, partition: 0, leader: brokerId, leaderEpoch: 1, isr: [brokerId], replicas: [brokerId] })),
  }));
  return cache;
}

export function authzHarness(authorizer: TableAuthorizer, overrides: Partial<BrokerServices> = {}) {
  const calls: DomainCalls = { appended: [], fetched: [], zkCreated: [], zkDeleted: [], replicaManager: [] };
  const config = {
    brokerId, numPartitions: 1, defaultReplicationFactor: 1, autoCreateTopicsEnable: true, deleteTopicEnable: true,
    requestTimeoutMs: 1_000, logDefaults: logConfigDefaults,
  } as unknown as BrokerConfig;
  const services: BrokerServices = {
    config, metadataCache: metadataCacheWith(['t', 'other']), replicaManager: recordingReplicaManager(calls) as ReplicaManager,
    replicaDataPlane: recordingDataPlane(calls) as ReplicaDataPlane, zk: recordingZk(calls) as KafkaZkClient,
    logger: pino({ level: 'silent' }), getBrokerEpoch: () => 1, controllerRequestFence: { check: async () => ErrorCode.NONE },
    controller: unused('controller'), groupCoordinator: unused('groupCoordinator'), producerIdManager: unused('producerIdManager'),
    transactionCoordinator: unused('transactionCoordinator'), authorizer, ...overrides,
  };
  const table = buildHandlerTable(services);
  const closed: string[] = [];
  /** Runs `apiKey`'s handler for `principal` (`alice`, or `ANONYMOUS`). */
  const call = async <K extends ApiKey>(apiKey: K, principal: string, body: ApiRequest<K>): Promise<ApiResponse<K>> => {
    const ctx: RequestContext = {
      apiKey, apiVersion: 0, correlationId: 1, clientId: 'test', listenerName: 'EXTERNAL', clientAddress: '127.0.0.1:1', connectionId: 'c1',
      session: userSession(principal),
    };
    return (await table.get(apiKey)!(ctx, body as never, { closeConnection: (reason) => closed.push(reason) })) as ApiResponse<K>;
  };
  return { call, calls, closed, services };
}
