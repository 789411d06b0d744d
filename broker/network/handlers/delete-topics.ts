/**
 * DeleteTopics (20): mark each topic for deletion in ZooKeeper (/admin/delete_topics/<t>); the
 * controller stops and deletes its replicas and removes it. Waits up to timeout_ms until the topic
 * left this broker's metadata cache (REQUEST_TIMED_OUT otherwise, the deletion goes on).
 * With delete.topic.enable=false Kafka answers TOPIC_DELETION_DISABLED (73), which this protocol
 * does not define: INVALID_REQUEST with a message says the same. Each topic needs Delete, else
 * TOPIC_AUTHORIZATION_FAILED before its existence is looked at (KafkaApis.handleDeleteTopicsRequest).
 */
import { ErrorCode } from '../../../proto/errors';
import type { DeletableTopicResult, DeleteTopicsRequest, DeleteTopicsResponse } from '../../api/topics';
import { internalTopics } from '../../../proto/topic-name';
import { AclOperation, ResourceType } from '../../security/acl';
import { requestAuthorization } from '../../security/authorize';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

type DeleteResult = DeletableTopicResult;

function result(name: string, errorCode: number, errorMessage = ''): DeleteResult {
  return { name, errorCode, errorMessage };
}

async function deleteTopic(services: BrokerServices, name: string, timeoutMs: number, authorized: boolean): Promise<DeleteResult> {
  const cache = services.metadataCache;
  if (!services.config.deleteTopicEnable) {
    return result(name, ErrorCode.INVALID_REQUEST, 'Topic deletion is disabled (delete.topic.enable=false).');
  }
  if (!authorized) return result(name, ErrorCode.TOPIC_AUTHORIZATION_FAILED, 'Authorization failed.');
  if (internalTopics.has(name)) return result(name, ErrorCode.INVALID_TOPIC_EXCEPTION, `Topic ${name} is internal and cannot be deleted.`);
  if (!cache.contains(name)) return result(name, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `Topic ${name} does not exist.`);
  try {
    await services.zk.markTopicForDeletion(name);
  } catch (err) {
    services.logger.error({ err, topic: name }, 'marking a topic for deletion failed');
    return result(name, ErrorCode.UNKNOWN_SERVER_ERROR, `marking ${name} for deletion failed: ${String(err)}`);
  }
  services.logger.info({ topic: name }, 'topic marked for deletion');
  if (timeoutMs <= 0) return result(name, ErrorCode.NONE);
  const gone = await cache.waitFor(() => !cache.contains(name), timeoutMs);
  return gone ? result(name, ErrorCode.NONE)
    : result(name, ErrorCode.REQUEST_TIMED_OUT, `Topic ${name} is marked for deletion but was not deleted within ${timeoutMs} ms.`);
}

export function deleteTopicsHandler(services: BrokerServices): RequestHandler<DeleteTopicsRequest, DeleteTopicsResponse> {
  return async (ctx, body) => {
    const names = body.topicNames;
    const deletable = requestAuthorization(services, ctx).authorizedNames(AclOperation.DELETE, ResourceType.TOPIC, names);
    const counts = new Map<string, number>();
    for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
    const timeoutMs = body.timeoutMs;
    const responses = await Promise.all(names.map((name) => (counts.get(name) ?? 0) > 1
      ? Promise.resolve(result(name, ErrorCode.INVALID_REQUEST, `Delete topics request contains multiple entries for topic ${name}.`))
      : deleteTopic(services, name, timeoutMs, deletable.has(name))));
    return { responses };
  };
}
