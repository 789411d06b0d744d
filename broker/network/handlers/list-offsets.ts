/**
 * ListOffsets (2): per partition, on its leader, -2 gives the log start offset, -1 the high
 * watermark (the last stable offset for isolation level 1, the log end for a follower asking), any other timestamp the first offset whose record
 * timestamp is at least it (offset -1 when there is none below the fetchable end). A partition
 * named more than once in one request is answered INVALID_REQUEST each time it appears, as Kafka's
 * handleListOffsetRequest answers duplicates, rather than looked up twice. Each topic needs
 * Describe, else its partitions are answered TOPIC_AUTHORIZATION_FAILED (whoever asks, follower
 * or consumer, as in Kafka).
 */
import { ErrorCode, errorCodeOf } from '../../../proto/errors';
import type { ListOffsetsPartitionResponse, ListOffsetsRequest, ListOffsetsResponse } from '../../api/list-offsets';
import { AclOperation, ResourceType } from '../../security/acl';
import { requestAuthorization } from '../../security/authorize';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

export function listOffsetsHandler(services: BrokerServices): RequestHandler<ListOffsetsRequest, ListOffsetsResponse> {
  return async (ctx, body) => {
    const replicaId = body.replicaId;
    const describable = requestAuthorization(services, ctx).authorizedNames(AclOperation.DESCRIBE, ResourceType.TOPIC, body.topics.map((t) => t.name));
    const seen = new Map<string, number>();
    for (const t of body.topics) for (const p of t.partitions) seen.set(`${t.name}\0${p.partition}`, (seen.get(`${t.name}\0${p.partition}`) ?? 0) + 1);
    const topics = await Promise.all(body.topics.map(async (t) => {
      const name = t.name;
      const partitions = await Promise.all(t.partitions.map(async (p): Promise<ListOffsetsPartitionResponse> => {
        const partition = p.partition;
        if (!describable.has(name)) return { partition, errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED, timestamp: -1, offset: -1, leaderEpoch: -1 };
        if ((seen.get(`${name}\0${partition}`) ?? 0) > 1) return { partition, errorCode: ErrorCode.INVALID_REQUEST, timestamp: -1, offset: -1, leaderEpoch: -1 };
        try {
          const found = await services.replicaDataPlane.fetchOffsetForTimestamp(
            name, partition, p.timestamp, p.currentLeaderEpoch, replicaId, body.isolationLevel);
          return { partition, errorCode: ErrorCode.NONE, ...found };
        } catch (err) {
          const known = errorCodeOf(err);
          if (known === undefined) services.logger.error({ err, topic: name, partition }, 'ListOffsets failed');
          return { partition, errorCode: known?.code ?? ErrorCode.UNKNOWN_SERVER_ERROR, timestamp: -1, offset: -1, leaderEpoch: -1 };
        }
      }));
      return { name, partitions };
    }));
    return { topics };
  };
}
