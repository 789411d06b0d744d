/**
 * Topic creation shared by CreateTopics and Metadata auto-creation (Kafka's `AdminManager.createTopics`):
 * plan it with zk/admin over this broker's metadata cache (name, counts, explicit assignment,
 * configs, replica assignment over the live brokers), then write /config/topics/<t> and
 * /brokers/topics/<t> to ZooKeeper. The controller reacts to the new znode and elects leaders.
 */
import { ErrorCode } from '../../../proto/errors';
import { TopicExistsError } from '../../../zk/kafka-zk-client';
import { type TopicCreationContext, type TopicCreationSpec, planTopicCreation } from '../../../zk/admin/topic-creation';
import { LogConfigError, parseTopicConfig } from '../../log/log-config';
import type { BrokerServices } from './index';

export interface TopicCreationResult {
  errorCode: number;
  errorMessage: string;
  numPartitions: number;
  replicationFactor: number;
}

export type { TopicCreationSpec };

/** The planner's view of the cluster: this broker's metadata cache and config. */
function creationContext(services: BrokerServices): TopicCreationContext {
  return {
    existingTopics: services.metadataCache.allTopics(),
    liveBrokerIds: services.metadataCache.aliveBrokers().map((b) => b.id),
    numPartitionsDefault: services.config.numPartitions,
    replicationFactorDefault: services.config.defaultReplicationFactor,
    configProblem: (configs) => {
      try {
        parseTopicConfig(configs, services.config.logDefaults);
        return undefined;
      } catch (err) {
        if (err instanceof LogConfigError) return err.message;
        throw err;
      }
    },
  };
}

/** Validates and (unless validateOnly) writes the topic to ZooKeeper; does not wait for leaders. */
export async function createTopic(services: BrokerServices, spec: TopicCreationSpec, validateOnly: boolean): Promise<TopicCreationResult> {
  const plan = planTopicCreation(spec, creationContext(services));
  if (!plan.ok) return { errorCode: plan.errorCode, errorMessage: plan.errorMessage, numPartitions: -1, replicationFactor: -1 };
  const created = { errorCode: ErrorCode.NONE, errorMessage: '', numPartitions: plan.numPartitions, replicationFactor: plan.replicationFactor };
  const exists = { errorCode: ErrorCode.TOPIC_ALREADY_EXISTS, errorMessage: `Topic '${spec.name}' already exists.`, numPartitions: -1, replicationFactor: -1 };
  try {
    if (validateOnly) return (await services.zk.getAllTopics()).includes(spec.name) ? exists : created;
    await services.zk.createTopic(spec.name, plan.assignment, spec.configs);
    services.logger.info({ topic: spec.name, numPartitions: plan.numPartitions, replicationFactor: plan.replicationFactor }, 'created topic');
    return created;
  } catch (err) {
    if (err instanceof TopicExistsError) return exists;
    services.logger.error({ err, topic: spec.name }, 'topic creation failed');
    return { errorCode: ErrorCode.UNKNOWN_SERVER_ERROR, errorMessage: `topic creation failed: ${String(err)}`, numPartitions: -1, replicationFactor: -1 };
  }
}
