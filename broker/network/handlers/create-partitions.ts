/**
 * CreatePartitions (37, KIP-195), served by the active controller as in Kafka 2.8 ZooKeeper mode
 * (any other broker answers NOT_CONTROLLER; the admin client sends it to the controller). A topic
 * named twice is INVALID_REQUEST, one without Alter on it TOPIC_AUTHORIZATION_FAILED, one queued for
 * deletion INVALID_TOPIC_EXCEPTION; the others are planned and written to the topic znode
 * (zk/admin/partition-additions.ts), and the answer waits up to timeout_ms until this broker's
 * metadata cache shows a leader for every new partition (Kafka's DelayedCreatePartitions):
 * REQUEST_TIMED_OUT then, although the partitions were added.
 */
import { ErrorCode } from '../../../proto/errors';
import { topicNameProblem } from '../../../proto/topic-name';
import { ConcurrentTopicChangeError, addPartitions } from '../../../zk/admin/partition-additions';
import type { CreatePartitionsRequest, CreatePartitionsResponse, CreatePartitionsTopic, CreatePartitionsTopicResult } from '../../api/partitions';
import { AclOperation, ResourceType } from '../../security/acl';
import { requestAuthorization } from '../../security/authorize';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

function result(name: string, errorCode: number, errorMessage = ''): CreatePartitionsTopicResult {
  return { name, errorCode, errorMessage };
}

async function createPartitions(services: BrokerServices, t: CreatePartitionsTopic, body: CreatePartitionsRequest): Promise<CreatePartitionsTopicResult> {
  const { name, count } = t;
  // A name no topic can have (empty, '..', too long, bad characters) never reaches a ZooKeeper path.
  if (topicNameProblem(name) !== undefined) return result(name, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `The topic '${name}' does not exist.`);
  if (await services.zk.isTopicMarkedForDeletion(name)) return result(name, ErrorCode.INVALID_TOPIC_EXCEPTION, 'The topic is queued for deletion.');
  const brokerIds = services.metadataCache.aliveBrokers().map((b) => b.id);
  let plan;
  try {
    plan = await addPartitions(services.zk, { topic: name, count, assignments: t.assignments }, brokerIds, body.validateOnly);
  } catch (err) {
    if (err instanceof ConcurrentTopicChangeError) return result(name, ErrorCode.REASSIGNMENT_IN_PROGRESS, err.message);
    services.logger.error({ err, topic: name }, 'adding partitions failed');
    return result(name, ErrorCode.UNKNOWN_SERVER_ERROR, `adding partitions failed: ${String(err)}`);
  }
  if (!plan.ok) return result(name, plan.errorCode, plan.errorMessage);
  if (body.validateOnly) return result(name, ErrorCode.NONE);
  services.logger.info({ topic: name, partitions: [...plan.newAssignment.keys()] }, 'adding partitions');
  if (body.timeoutMs <= 0) return result(name, ErrorCode.NONE);
  const cache = services.metadataCache;
  const ready = await cache.waitFor(() => (cache.numPartitions(name) ?? 0) >= count && cache.hasLeaders(name), body.timeoutMs);
  return ready ? result(name, ErrorCode.NONE)
    : result(name, ErrorCode.REQUEST_TIMED_OUT, `Partitions were added to '${name}' but their leaders were not elected within ${body.timeoutMs} ms.`);
}

export function createPartitionsHandler(services: BrokerServices): RequestHandler<CreatePartitionsRequest, CreatePartitionsResponse> {
  return async (ctx, body) => {
    if (!services.controller.isActive) {
      return { results: body.topics.map((t) => result(t.name, ErrorCode.NOT_CONTROLLER, 'This is not the correct controller for this cluster.')) };
    }
    const counts = new Map<string, number>();
    for (const t of body.topics) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
    const alterable = requestAuthorization(services, ctx).authorizedNames(AclOperation.ALTER, ResourceType.TOPIC, body.topics.map((t) => t.name));
    const unique = body.topics.filter((t, i) => body.topics.findIndex((o) => o.name === t.name) === i);
    const results = await Promise.all(unique.map(async (t) => {
      if ((counts.get(t.name) ?? 0) > 1) return result(t.name, ErrorCode.INVALID_REQUEST, 'Duplicate topic in request.');
      if (!alterable.has(t.name)) return result(t.name, ErrorCode.TOPIC_AUTHORIZATION_FAILED, 'The topic authorization is failed.');
      return createPartitions(services, t, body);
    }));
    return { results };
  };
}
