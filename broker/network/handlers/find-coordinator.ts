/**
 * FindCoordinator (10), served by any broker (Kafka's handleFindCoordinatorRequest): the
 * coordinator of a group is the leader of `__consumer_offsets` partition
 * partitionForGroup(groupId), as this broker's metadata cache sees it, on the listener the request
 * came in on. The first request creates the offsets topic (offsets.topic.num.partitions,
 * offsets.topic.replication.factor capped by the live brokers, compacted) through the same path
 * as CreateTopics; until the partition has a live leader the answer is COORDINATOR_NOT_AVAILABLE
 * and the client retries.
 */
import { ErrorCode } from '../../../proto/errors';
import type { FindCoordinatorRequest, FindCoordinatorResponse } from '../../api/groups';
import { groupIdLengthMax } from '../../coordinator/coordinator-config';
import { offsetsTopicName, partitionForGroup } from '../../coordinator/offsets-topic';
import type { RequestHandler } from '../request';
import { createTopic } from './topic-creation';
import type { BrokerServices } from './index';

/** FindCoordinator key types: 0 a consumer group, 1 a transactional id (not served here). */
export const CoordinatorType = { group: 0, transaction: 1 } as const;

function failure(errorCode: number, errorMessage: string): FindCoordinatorResponse {
  return { errorCode, errorMessage, nodeId: -1, host: '', port: -1 };
}

/** The offsets topic's creation spec (Kafka's GroupMetadataManager offsetsTopicConfigs). */
export function offsetsTopicSpec(services: BrokerServices): { numPartitions: number; replicationFactor: number; configs: Record<string, string> } {
  const c = services.config;
  const liveBrokers = Math.max(1, services.metadataCache.aliveBrokers().length);
  const replicationFactor = Math.min(c.offsetsTopicReplicationFactor, liveBrokers);
  if (replicationFactor < c.offsetsTopicReplicationFactor) {
    // Kafka 2.x refuses (COORDINATOR_NOT_AVAILABLE) until enough brokers are up; here the factor is capped.
    services.logger.warn({ configured: c.offsetsTopicReplicationFactor, liveBrokers, replicationFactor }, `creating ${offsetsTopicName} with fewer replicas than offsets.topic.replication.factor`);
  }
  return {
    numPartitions: c.offsetsTopicNumPartitions,
    replicationFactor,
    configs: { 'cleanup.policy': 'compact', 'segment.bytes': String(c.offsetsTopicSegmentBytes) },
  };
}

export function findCoordinatorHandler(services: BrokerServices): RequestHandler<FindCoordinatorRequest, FindCoordinatorResponse> {
  // One creation at a time per broker: a burst of FindCoordinators must not race to write ZooKeeper.
  let creating: Promise<void> | undefined;
  const ensureOffsetsTopic = (): Promise<void> => {
    creating ??= (async () => {
      const spec = offsetsTopicSpec(services);
      const result = await createTopic(services, { name: offsetsTopicName, assignments: [], ...spec }, false);
      if (result.errorCode !== ErrorCode.NONE && result.errorCode !== ErrorCode.TOPIC_ALREADY_EXISTS) {
        services.logger.error({ errorCode: result.errorCode, errorMessage: result.errorMessage }, `could not create ${offsetsTopicName}`);
      }
    })().finally(() => {
      creating = undefined;
    });
    return creating;
  };

  return async (ctx, body) => {
    const keyType = body.keyType;
    if (keyType !== CoordinatorType.group) return failure(ErrorCode.INVALID_REQUEST, `coordinator key type ${keyType} is not supported`);
    const groupId = body.key;
    if (groupId.length === 0 || groupId.length > groupIdLengthMax) {
      return failure(ErrorCode.INVALID_GROUP_ID, `group id must be 1 to ${groupIdLengthMax} characters`);
    }
    const cache = services.metadataCache;
    if (!cache.contains(offsetsTopicName)) {
      await ensureOffsetsTopic();
      return failure(ErrorCode.COORDINATOR_NOT_AVAILABLE, `${offsetsTopicName} is being created`);
    }
    const partitions = services.groupCoordinator?.config.offsetsTopicNumPartitions ?? cache.numPartitions(offsetsTopicName) ?? services.config.offsetsTopicNumPartitions;
    const partition = partitionForGroup(groupId, partitions);
    const leader = cache.partitionState(offsetsTopicName, partition)?.leader ?? -1;
    const endpoint = leader >= 0 ? cache.aliveEndpoint(leader, ctx.listenerName) : undefined;
    if (endpoint === undefined) return failure(ErrorCode.COORDINATOR_NOT_AVAILABLE, `${offsetsTopicName}-${partition} has no leader reachable on ${ctx.listenerName}`);
    return { errorCode: ErrorCode.NONE, errorMessage: '', nodeId: leader, host: endpoint.host, port: endpoint.port };
  };
}
