/**
 * FindCoordinator (10), served by any broker (Kafka's handleFindCoordinatorRequest): the
 * coordinator of a group is the leader of `__consumer_offsets` partition
 * partitionForGroup(groupId), as this broker's metadata cache sees it, on the listener the request
 * came in on. The first request creates the offsets topic (offsets.topic.num.partitions,
 * offsets.topic.replication.factor capped by the live brokers, compacted) through the same path
 * as CreateTopics; until the partition has a live leader the answer is COORDINATOR_NOT_AVAILABLE
 * and the client retries. A transactional id (key type 1) is served the same way over
 * `__transaction_state` (transaction.state.log.* keys, min.insync.replicas from
 * transaction.state.log.min.isr capped at the replication factor).
 *
 * A group's coordinator is told only to a session with Describe on the group
 * (GROUP_AUTHORIZATION_FAILED), a transactional id's only with Describe on the id
 * (TRANSACTIONAL_ID_AUTHORIZATION_FAILED), before the internal topic is created.
 */
import { ErrorCode } from '../../../proto/errors';
import type { FindCoordinatorRequest, FindCoordinatorResponse } from '../../api/groups';
import { groupIdLengthMax } from '../../coordinator/coordinator-config';
import { offsetsTopicName, partitionForGroup } from '../../coordinator/offsets-topic';
import { partitionForTransactionalId, transactionStateTopicName } from '../../coordinator/transaction/transaction-log';
import { AclOperation, ResourceType } from '../../security/acl';
import { requestAuthorization } from '../../security/authorize';
import type { RequestHandler } from '../request';
import { createTopic } from './topic-creation';
import type { BrokerServices } from './index';

/** FindCoordinator key types: 0 a consumer group, 1 a transactional id. */
export const CoordinatorType = { group: 0, transaction: 1 } as const;

function failure(errorCode: number, errorMessage: string): FindCoordinatorResponse {
  return { errorCode, errorMessage, nodeId: -1, host: '', port: -1 };
}

interface InternalTopicSpec {
  numPartitions: number;
  replicationFactor: number;
  configs: Record<string, string>;
}

/** The replication factor an internal topic is created with: capped by the live brokers, with a warning. */
function cappedReplicationFactor(services: BrokerServices, topic: string, key: string, configured: number): number {
  const liveBrokers = Math.max(1, services.metadataCache.aliveBrokers().length);
  const replicationFactor = Math.min(configured, liveBrokers);
  if (replicationFactor < configured) {
    // Kafka 2.x refuses (COORDINATOR_NOT_AVAILABLE) until enough brokers are up; here the factor is capped.
    services.logger.warn({ configured, liveBrokers, replicationFactor }, `creating ${topic} with fewer replicas than ${key}`);
  }
  return replicationFactor;
}

/** The offsets topic's creation spec (Kafka's GroupMetadataManager offsetsTopicConfigs). */
export function offsetsTopicSpec(services: BrokerServices): InternalTopicSpec {
  const c = services.config;
  return {
    numPartitions: c.offsetsTopicNumPartitions,
    replicationFactor: cappedReplicationFactor(services, offsetsTopicName, 'offsets.topic.replication.factor', c.offsetsTopicReplicationFactor),
    configs: { 'cleanup.policy': 'compact', 'segment.bytes': String(c.offsetsTopicSegmentBytes) },
  };
}

/** The transaction log's creation spec (Kafka's TransactionStateManager transactionTopicConfigs). */
export function transactionStateTopicSpec(services: BrokerServices): InternalTopicSpec {
  const c = services.config;
  const replicationFactor = cappedReplicationFactor(services, transactionStateTopicName, 'transaction.state.log.replication.factor', c.transactionStateLogReplicationFactor);
  return {
    numPartitions: c.transactionStateLogNumPartitions,
    replicationFactor,
    configs: {
      'cleanup.policy': 'compact',
      'segment.bytes': String(c.transactionStateLogSegmentBytes),
      // Capped so that a topic on fewer brokers than configured can still take acks=all writes.
      'min.insync.replicas': String(Math.min(c.transactionStateLogMinIsr, replicationFactor)),
      'unclean.leader.election.enable': 'false',
    },
  };
}

/** Creates an internal topic on first use; one creation at a time per topic, so a burst of requests does not race to write ZooKeeper. */
function internalTopicCreator(services: BrokerServices, name: string, spec: () => InternalTopicSpec): () => Promise<void> {
  let creating: Promise<void> | undefined;
  return () => {
    creating ??= (async () => {
      const result = await createTopic(services, { name, assignments: [], ...spec() }, false);
      if (result.errorCode !== ErrorCode.NONE && result.errorCode !== ErrorCode.TOPIC_ALREADY_EXISTS) {
        services.logger.error({ errorCode: result.errorCode, errorMessage: result.errorMessage }, `could not create ${name}`);
      }
    })().finally(() => {
      creating = undefined;
    });
    return creating;
  };
}

export function findCoordinatorHandler(services: BrokerServices): RequestHandler<FindCoordinatorRequest, FindCoordinatorResponse> {
  const ensureTopic = {
    [offsetsTopicName]: internalTopicCreator(services, offsetsTopicName, () => offsetsTopicSpec(services)),
    [transactionStateTopicName]: internalTopicCreator(services, transactionStateTopicName, () => transactionStateTopicSpec(services)),
  };

  return async (ctx, body) => {
    const keyType = body.keyType;
    const auth = requestAuthorization(services, ctx);
    if (keyType === CoordinatorType.group && !auth.allows(AclOperation.DESCRIBE, ResourceType.GROUP, body.key)) {
      return failure(ErrorCode.GROUP_AUTHORIZATION_FAILED, 'Group authorization failed.');
    }
    if (keyType === CoordinatorType.transaction && !auth.allows(AclOperation.DESCRIBE, ResourceType.TRANSACTIONAL_ID, body.key)) {
      return failure(ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED, 'Transactional Id authorization failed.');
    }
    let topic: typeof offsetsTopicName | typeof transactionStateTopicName;
    let partitionOf: () => number;
    if (keyType === CoordinatorType.group) {
      const groupId = body.key;
      if (groupId.length === 0 || groupId.length > groupIdLengthMax) {
        return failure(ErrorCode.INVALID_GROUP_ID, `group id must be 1 to ${groupIdLengthMax} characters`);
      }
      topic = offsetsTopicName;
      partitionOf = () => partitionForGroup(groupId, services.groupCoordinator.config.offsetsTopicNumPartitions);
    } else if (keyType === CoordinatorType.transaction) {
      const transactionalId = body.key;
      if (transactionalId.length === 0) return failure(ErrorCode.INVALID_REQUEST, 'transactional id must not be empty');
      topic = transactionStateTopicName;
      partitionOf = () => partitionForTransactionalId(transactionalId, services.transactionCoordinator.stateManager.config.transactionStateLogNumPartitions);
    } else {
      return failure(ErrorCode.INVALID_REQUEST, `coordinator key type ${keyType} is not supported`);
    }
    const cache = services.metadataCache;
    if (!cache.contains(topic)) {
      await ensureTopic[topic]();
      return failure(ErrorCode.COORDINATOR_NOT_AVAILABLE, `${topic} is being created`);
    }
    const partition = partitionOf();
    const leader = cache.partitionState(topic, partition)?.leader ?? -1;
    const endpoint = leader >= 0 ? cache.aliveEndpoint(leader, ctx.listenerName) : undefined;
    if (endpoint === undefined) return failure(ErrorCode.COORDINATOR_NOT_AVAILABLE, `${topic}-${partition} has no leader reachable on ${ctx.listenerName}`);
    return { errorCode: ErrorCode.NONE, errorMessage: '', nodeId: leader, host: endpoint.host, port: endpoint.port };
  };
}
