/**
 * AlterPartitionReassignments (45) and ListPartitionReassignments (46), KIP-455, as KafkaApis 2.8
 * handles them: Alter needs Alter on the cluster, List needs Describe on the cluster
 * (CLUSTER_AUTHORIZATION_FAILED otherwise, on the request and each partition it named); only the
 * active controller answers, any other broker says NOT_CONTROLLER at the top level and the admin
 * client retries against the controller. A partition named twice counts once, its last entry
 * winning (Kafka builds a map of the request).
 */
import { ErrorCode, errorCodeOf, errorFor } from '../../../proto/errors';
import { parseTopicPartitionKey, topicPartitionKey, type TopicPartition } from '../../../proto/topic-partition';
import type * as R from '../../api/reassignments';
import { AclOperation } from '../../security/acl';
import { requestAuthorization } from '../../security/authorize';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

function refuseAlter(req: R.AlterPartitionReassignmentsRequest, errorCode: number): R.AlterPartitionReassignmentsResponse {
  const errorMessage = errorFor(errorCode).message;
  return {
    errorCode, errorMessage,
    responses: req.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode, errorMessage })) })),
  };
}

function topLevelFailure(err: unknown, services: BrokerServices, what: string): { errorCode: number; errorMessage: string } {
  const known = errorCodeOf(err);
  if (known === undefined) services.logger.error({ err }, `${what} failed`);
  return { errorCode: known?.code ?? ErrorCode.UNKNOWN_SERVER_ERROR, errorMessage: known?.message ?? '' };
}

function groupByTopic<T extends { partitionIndex: number }>(entries: Iterable<[string, Omit<T, 'partitionIndex'>]>): { name: string; partitions: T[] }[] {
  const byTopic = new Map<string, T[]>();
  for (const [key, value] of entries) {
    const { topic, partition } = parseTopicPartitionKey(key);
    const list = byTopic.get(topic) ?? [];
    list.push({ partitionIndex: partition, ...value } as T);
    byTopic.set(topic, list);
  }
  return [...byTopic].map(([name, partitions]) => ({ name, partitions }));
}

export function alterPartitionReassignmentsHandler(services: BrokerServices):
RequestHandler<R.AlterPartitionReassignmentsRequest, R.AlterPartitionReassignmentsResponse> {
  return async (ctx, body) => {
    if (!requestAuthorization(services, ctx).allowsCluster(AclOperation.ALTER)) return refuseAlter(body, ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
    const controller = services.controller;
    if (!controller.isActive) return { errorCode: ErrorCode.NOT_CONTROLLER, errorMessage: errorFor(ErrorCode.NOT_CONTROLLER).message, responses: [] };
    const requested = new Map<string, number[] | null>();
    for (const t of body.topics) for (const p of t.partitions) requested.set(topicPartitionKey({ topic: t.name, partition: p.partitionIndex }), p.replicas);
    if (requested.size === 0) return { errorCode: ErrorCode.NONE, errorMessage: '', responses: [] };
    try {
      const results = await controller.alterPartitionReassignments([...requested].map(([key, replicas]) => ({ ...parseTopicPartitionKey(key), replicas })));
      return {
        errorCode: ErrorCode.NONE, errorMessage: '',
        responses: groupByTopic<R.ReassignablePartitionResponse>([...results].map(([key, r]) => [key, { errorCode: r.errorCode, errorMessage: r.message ?? '' }])),
      };
    } catch (err) {
      return { ...topLevelFailure(err, services, 'partition reassignment'), responses: [] };
    }
  };
}

export function listPartitionReassignmentsHandler(services: BrokerServices):
RequestHandler<R.ListPartitionReassignmentsRequest, R.ListPartitionReassignmentsResponse> {
  return async (ctx, body) => {
    if (!requestAuthorization(services, ctx).allowsCluster(AclOperation.DESCRIBE)) {
      const errorCode = ErrorCode.CLUSTER_AUTHORIZATION_FAILED;
      return {
        errorCode, errorMessage: errorFor(errorCode).message,
        topics: (body.topics ?? []).map((t) => ({
          name: t.name, partitions: t.partitionIndexes.map((partitionIndex) => ({ partitionIndex, replicas: [], addingReplicas: [], removingReplicas: [] })),
        })),
      };
    }
    const controller = services.controller;
    if (!controller.isActive) return { errorCode: ErrorCode.NOT_CONTROLLER, errorMessage: errorFor(ErrorCode.NOT_CONTROLLER).message, topics: [] };
    const only: TopicPartition[] | undefined = body.topics?.flatMap((t) => t.partitionIndexes.map((partition) => ({ topic: t.name, partition })));
    try {
      const ongoing = await controller.listPartitionReassignments(only);
      return {
        errorCode: ErrorCode.NONE, errorMessage: '',
        topics: groupByTopic<R.OngoingPartitionReassignment>(ongoing.map((o) => [topicPartitionKey(o), {
          replicas: o.replicas, addingReplicas: o.addingReplicas, removingReplicas: o.removingReplicas,
        }])),
      };
    } catch (err) {
      return { ...topLevelFailure(err, services, 'listing partition reassignments'), topics: [] };
    }
  };
}
