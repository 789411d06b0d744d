/**
 * CreateTopics (19), served by any broker as in Kafka 2.x ZooKeeper mode: validate and write each
 * topic to ZooKeeper (topic-creation.ts), then wait up to timeout_ms until this broker's metadata
 * cache shows a leader for every partition (Kafka's DelayedCreatePartitions); a topic still without
 * leaders by then is answered REQUEST_TIMED_OUT, although it was created. A created or validated
 * topic's answer carries its effective configs (KIP-525).
 *
 * Authorization (KafkaApis.handleCreateTopicsRequest): Create on the cluster allows every topic,
 * else each topic needs Create on itself (TOPIC_AUTHORIZATION_FAILED, nothing written); the
 * configs are returned only with DescribeConfigs on the topic, else topic_config_error_code says
 * TOPIC_AUTHORIZATION_FAILED.
 */
import { ErrorCode } from '../../../proto/errors';
import type { CreatableTopic, CreatableTopicResult, CreateTopicsRequest, CreateTopicsResponse } from '../../api/topics';
import { AclOperation, ResourceType } from '../../security/acl';
import { requestAuthorization } from '../../security/authorize';
import type { RequestHandler } from '../request';
import { topicConfigEntries } from './describe-configs';
import { createTopic, type TopicCreationResult, type TopicCreationSpec } from './topic-creation';
import type { BrokerServices } from './index';

function toSpec(t: CreatableTopic): TopicCreationSpec {
  const configs: Record<string, string> = {};
  for (const c of t.configs) configs[c.name] = c.value ?? '';
  return {
    name: t.name, numPartitions: t.numPartitions, replicationFactor: t.replicationFactor,
    assignments: t.assignments.map((a) => ({ partition: a.partition, brokerIds: [...a.brokerIds] })),
    configs,
  };
}

async function awaitLeaders(services: BrokerServices, name: string, result: TopicCreationResult, timeoutMs: number): Promise<TopicCreationResult> {
  if (result.errorCode !== ErrorCode.NONE || timeoutMs <= 0) return result;
  const cache = services.metadataCache;
  const elected = await cache.waitFor(() => cache.hasLeaders(name) && cache.numPartitions(name) === result.numPartitions, timeoutMs);
  if (elected) return result;
  return { ...result, errorCode: ErrorCode.REQUEST_TIMED_OUT, errorMessage: `Topic '${name}' was created but its leaders were not elected within ${timeoutMs} ms.` };
}

export function createTopicsHandler(services: BrokerServices): RequestHandler<CreateTopicsRequest, CreateTopicsResponse> {
  return async (ctx, body) => {
    const requested = body.topics;
    const counts = new Map<string, number>();
    for (const t of requested) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
    const { validateOnly, timeoutMs } = body;
    const auth = requestAuthorization(services, ctx);
    const names = requested.map((t) => t.name);
    const creatable = auth.allowsCluster(AclOperation.CREATE) ? new Set(names) : auth.authorizedNames(AclOperation.CREATE, ResourceType.TOPIC, names);
    const configsVisible = auth.authorizedNames(AclOperation.DESCRIBE_CONFIGS, ResourceType.TOPIC, names);
    const topics = await Promise.all(requested.map(async (t): Promise<CreatableTopicResult> => {
      const name = t.name;
      let result: TopicCreationResult;
      const nullConfigs = t.configs.filter((c) => c.value === null).map((c) => c.name);
      if ((counts.get(name) ?? 0) > 1) {
        result = { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Create topics request from client contains multiple entries for topic ${name}.`, numPartitions: -1, replicationFactor: -1 };
      } else if (!creatable.has(name)) {
        result = { errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED, errorMessage: 'Authorization failed.', numPartitions: -1, replicationFactor: -1 };
      } else if (nullConfigs.length > 0) {
        result = { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Null value not supported for topic configs: ${nullConfigs.join(',')}`, numPartitions: -1, replicationFactor: -1 };
      } else {
        const spec = toSpec(t);
        result = await createTopic(services, spec, validateOnly);
        if (!validateOnly) result = await awaitLeaders(services, name, result, timeoutMs);
        if (result.errorCode === ErrorCode.NONE && configsVisible.has(name)) {
          return { name, ...result, configs: topicConfigEntries(spec.configs, services.config.logDefaults, undefined, services.config) };
        }
      }
      return configsVisible.has(name) ? { name, ...result } : { name, ...result, topicConfigErrorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED };
    }));
    return { topics };
  };
}
