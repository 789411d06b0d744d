/**
 * ListOffsets (2): per partition, on its leader, -2 gives the log start offset, -1 the high
 * watermark (the log end for a follower asking), any other timestamp the first offset whose record
 * timestamp is at least it (offset -1 when there is none below the fetchable end).
 */
import { ErrorCode, errorCodeOf } from '../../../proto/errors';
import type { ListOffsetsPartitionResponse, ListOffsetsRequest, ListOffsetsResponse } from '../../api/list-offsets';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

export function listOffsetsHandler(services: BrokerServices): RequestHandler<ListOffsetsRequest, ListOffsetsResponse> {
  return async (_ctx, body) => {
    const replicaId = body.replicaId;
    const topics = await Promise.all(body.topics.map(async (t) => {
      const name = t.name;
      const partitions = await Promise.all(t.partitions.map(async (p): Promise<ListOffsetsPartitionResponse> => {
        const partition = p.partition;
        try {
          const found = await services.replicaDataPlane.fetchOffsetForTimestamp(
            name, partition, p.timestamp, p.currentLeaderEpoch, replicaId);
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
