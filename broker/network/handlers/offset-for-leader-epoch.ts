/**
 * OffsetForLeaderEpoch (23), answered by the leader (KIP-101, KIP-279, KIP-320): for each
 * partition, fencing on current_leader_epoch (FENCED_LEADER_EPOCH if older, UNKNOWN_LEADER_EPOCH if
 * newer), then the end offset of the requested epoch from the leader-epoch cache: the latest epoch
 * ends at the LEO, an older one where the next known epoch starts (reported under the largest known
 * epoch <= the requested one), an unknown one is (-1, -1). Followers use it to truncate; consumers
 * to detect truncation. ClusterAction on the cluster (followers) allows every topic; without it
 * each topic needs Describe (KIP-320's consumers), else TOPIC_AUTHORIZATION_FAILED.
 */
import { ErrorCode, errorCodeOf } from '../../../proto/errors';
import type { EpochEndOffset, OffsetForLeaderEpochRequest, OffsetForLeaderEpochResponse } from '../../api/offset-for-leader-epoch';
import { AclOperation, ResourceType } from '../../security/acl';
import { requestAuthorization } from '../../security/authorize';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

export function offsetForLeaderEpochHandler(services: BrokerServices): RequestHandler<OffsetForLeaderEpochRequest, OffsetForLeaderEpochResponse> {
  return async (ctx, body) => {
    const auth = requestAuthorization(services, ctx);
    const names = body.topics.map((t) => t.topic);
    const allowed = auth.allowsCluster(AclOperation.CLUSTER_ACTION) ? new Set(names) : auth.authorizedNames(AclOperation.DESCRIBE, ResourceType.TOPIC, names);
    return { topics: body.topics.map((t) => {
      const topic = t.topic;
      return {
        topic,
        partitions: t.partitions.map((p): EpochEndOffset => {
          const partition = p.partition;
          if (!allowed.has(topic)) return { errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED, partition, leaderEpoch: -1, endOffset: -1 };
          try {
            const found = services.replicaDataPlane.lastOffsetForLeaderEpoch(topic, partition, p.currentLeaderEpoch, p.leaderEpoch);
            return { errorCode: ErrorCode.NONE, partition, leaderEpoch: found.leaderEpoch, endOffset: found.endOffset };
          } catch (err) {
            const known = errorCodeOf(err);
            if (known === undefined) services.logger.error({ err, topic, partition }, 'OffsetForLeaderEpoch failed');
            return { errorCode: known?.code ?? ErrorCode.UNKNOWN_SERVER_ERROR, partition, leaderEpoch: -1, endOffset: -1 };
          }
        }),
      };
    }) };
  };
}
