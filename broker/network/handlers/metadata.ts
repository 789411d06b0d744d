/**
 * Metadata (3), answered from the metadata cache only (reference §8): brokers and leaders as seen
 * through the listener the request arrived on. A requested topic the cache does not know is
 * auto-created when both auto.create.topics.enable and allow_auto_topic_creation say so (answered
 * LEADER_NOT_AVAILABLE until leaders exist), INVALID_TOPIC_EXCEPTION for an illegal name, else
 * UNKNOWN_TOPIC_OR_PARTITION.
 */
import { ErrorCode } from '../../../proto/errors';
import type { MetadataRequest, MetadataResponse, TopicMetadata } from '../../api/metadata';
import { internalTopics, topicNameProblem } from '../../../proto/topic-name';
import type { RequestHandler } from '../request';
import { createTopic } from './topic-creation';
import type { BrokerServices } from './index';

function topicError(name: string, errorCode: number): TopicMetadata {
  return { errorCode, name, isInternal: internalTopics.has(name), partitions: [] };
}

async function unknownTopic(services: BrokerServices, name: string, allowAutoCreation: boolean): Promise<TopicMetadata> {
  if (topicNameProblem(name) !== undefined) return topicError(name, ErrorCode.INVALID_TOPIC_EXCEPTION);
  if (!allowAutoCreation || !services.config.autoCreateTopicsEnable) return topicError(name, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  const created = await createTopic(services, { name, numPartitions: -1, replicationFactor: -1, assignments: [], configs: {} }, false);
  // Created now, or by a concurrent request: either way leaders are not there yet.
  const pending = created.errorCode === ErrorCode.NONE || created.errorCode === ErrorCode.TOPIC_ALREADY_EXISTS;
  return topicError(name, pending ? ErrorCode.LEADER_NOT_AVAILABLE : created.errorCode);
}

export function metadataHandler(services: BrokerServices): RequestHandler<MetadataRequest, MetadataResponse> {
  return async (ctx, body) => {
    const cache = services.metadataCache;
    const requested = body.allTopics ? cache.allTopics() : [...new Set(body.topics)];
    const known = new Map(cache.topicMetadata(requested, ctx.listenerName).map((t) => [t.name, t]));
    const allowAutoCreation = body.allowAutoTopicCreation;
    const topics = await Promise.all(requested.map(async (name) => known.get(name) ?? unknownTopic(services, name, allowAutoCreation)));
    return {
      brokers: cache.aliveBrokerNodes(ctx.listenerName), clusterId: cache.clusterId, controllerId: cache.controllerId(), topics,
    };
  };
}
