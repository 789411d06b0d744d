/**
 * ElectLeaders (43, KIP-183/KIP-460): preferred or unclean leader election for the listed
 * partitions (or all), run by the active controller; any other broker answers NOT_CONTROLLER, as
 * in ZooKeeper-mode Kafka where the admin client sends it to the controller. The sender needs
 * Alter on the cluster, asked before anything else: CLUSTER_AUTHORIZATION_FAILED for the request
 * and each listed partition otherwise.
 */
import { ErrorCode, errorCodeOf } from '../../../proto/errors';
import type { ElectLeadersPartitionResult, ElectLeadersRequest, ElectLeadersResponse } from '../../api/topics';
import { AclOperation } from '../../security/acl';
import { requestAuthorization } from '../../security/authorize';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';
import { parseTopicPartitionKey } from '../../../proto/topic-partition';

/** Splits Kafka's "topic-partition" key at its last dash (topic names may contain dashes). */
function buildResponse(results: ReadonlyMap<string, { errorCode: number; message?: string }>): ElectLeadersResponse {
  const byTopic = new Map<string, ElectLeadersPartitionResult[]>();
  for (const [key, r] of results) {
    const { topic, partition } = parseTopicPartitionKey(key);
    const list = byTopic.get(topic) ?? [];
    list.push({ partition, errorCode: r.errorCode, errorMessage: r.message ?? '' });
    byTopic.set(topic, list);
  }
  return {
    errorCode: ErrorCode.NONE,
    replicaElectionResults: [...byTopic].map(([topic, partitionResult]) => ({ topic, partitionResult })),
  };
}

export function electLeadersHandler(services: BrokerServices): RequestHandler<ElectLeadersRequest, ElectLeadersResponse> {
  return async (ctx, body) => {
    if (!requestAuthorization(services, ctx).allowsCluster(AclOperation.ALTER)) {
      const refused = ErrorCode.CLUSTER_AUTHORIZATION_FAILED;
      return {
        errorCode: refused,
        replicaElectionResults: body.topicPartitions.map((t) => ({
          topic: t.topic, partitionResult: t.partitions.map((partition) => ({ partition, errorCode: refused, errorMessage: 'Authorization failed.' })),
        })),
      };
    }
    const controller = services.controller;
    if (!controller.isActive) return { errorCode: ErrorCode.NOT_CONTROLLER, replicaElectionResults: [] };
    const electionType = body.electionType === 1 ? 1 : 0;
    const listed = body.topicPartitions.flatMap((t) => t.partitions.map((partition) => ({ topic: t.topic, partition })));
    if (!body.allPartitions && listed.length === 0) return { errorCode: ErrorCode.NONE, replicaElectionResults: [] };
    const partitions = body.allPartitions ? 'all' as const : listed;
    try {
      return buildResponse(await controller.electLeaders(electionType, partitions));
    } catch (err) {
      const known = errorCodeOf(err);
      if (known === undefined) services.logger.error({ err }, 'leader election failed');
      return { errorCode: known?.code ?? ErrorCode.UNKNOWN_SERVER_ERROR, replicaElectionResults: [] };
    }
  };
}
