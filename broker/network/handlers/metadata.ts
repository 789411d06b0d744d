/**
 * Metadata (3), answered from the metadata cache only (Kafka's MetadataCache): brokers and leaders as seen
 * through the listener the request arrived on. A requested topic the cache does not know is
 * auto-created when both auto.create.topics.enable and allow_auto_topic_creation say so (answered
 * LEADER_NOT_AVAILABLE until leaders exist), INVALID_TOPIC_EXCEPTION for an illegal name, else
 * UNKNOWN_TOPIC_OR_PARTITION.
 *
 * Authorization (KafkaApis.handleTopicMetadataRequest): a topic the session may not Describe is
 * left out of an all-topics answer and answered TOPIC_AUTHORIZATION_FAILED when named, without
 * looking at whether it exists; auto-creation needs Create on the cluster or on the topic, else
 * TOPIC_AUTHORIZATION_FAILED and nothing is created.
 */
import { ErrorCode } from '../../../proto/errors';
import type { MetadataRequest, MetadataResponse, TopicMetadata } from '../../api/metadata';
import { internalTopics, topicNameProblem } from '../../../proto/topic-name';
import { AclOperation, ResourceType } from '../../security/acl';
import { requestAuthorization } from '../../security/authorize';
import type { RequestContext, RequestHandler } from '../request';
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

/** The requested topics the session may not see (Describe) or may not auto-create (Create). */
function refusedTopics(services: BrokerServices, ctx: RequestContext, body: MetadataRequest, requested: readonly string[]): { hidden: Set<string>; notCreatable: Set<string> } {
  const auth = requestAuthorization(services, ctx);
  const describable = auth.authorizedNames(AclOperation.DESCRIBE, ResourceType.TOPIC, requested);
  const hidden = new Set(requested.filter((name) => !describable.has(name)));
  const missing = requested.filter((name) => describable.has(name) && !services.metadataCache.contains(name));
  const creating = body.allowAutoTopicCreation && services.config.autoCreateTopicsEnable && missing.length > 0;
  if (!creating || auth.allowsCluster(AclOperation.CREATE)) return { hidden, notCreatable: new Set() };
  const creatable = auth.authorizedNames(AclOperation.CREATE, ResourceType.TOPIC, missing);
  return { hidden, notCreatable: new Set(missing.filter((name) => !creatable.has(name))) };
}

export function metadataHandler(services: BrokerServices): RequestHandler<MetadataRequest, MetadataResponse> {
  return async (ctx, body) => {
    const cache = services.metadataCache;
    const requested = body.allTopics ? cache.allTopics() : [...new Set(body.topics)];
    const { hidden, notCreatable } = refusedTopics(services, ctx, body, requested);
    const visible = body.allTopics ? requested.filter((name) => !hidden.has(name)) : requested;
    const known = new Map(cache.topicMetadata(visible.filter((name) => !hidden.has(name)), ctx.listenerName).map((t) => [t.name, t]));
    const allowAutoCreation = body.allowAutoTopicCreation;
    const topics = await Promise.all(visible.map(async (name) => {
      // A hidden topic is refused as not internal: its name says nothing about it.
      if (hidden.has(name)) return { ...topicError(name, ErrorCode.TOPIC_AUTHORIZATION_FAILED), isInternal: false };
      if (notCreatable.has(name)) return topicError(name, ErrorCode.TOPIC_AUTHORIZATION_FAILED);
      return known.get(name) ?? unknownTopic(services, name, allowAutoCreation);
    }));
    return {
      brokers: cache.aliveBrokerNodes(ctx.listenerName), clusterId: cache.clusterId, controllerId: cache.controllerId(), topics,
    };
  };
}
