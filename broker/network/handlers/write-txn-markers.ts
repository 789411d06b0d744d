/** WriteTxnMarkers (27): being built; answers every partition with an error until then. */
import { ErrorCode } from '../../../proto/errors';
import type { WriteTxnMarkersRequest, WriteTxnMarkersResponse } from '../../api/transactions';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

export function writeTxnMarkersHandler(_services: BrokerServices): RequestHandler<WriteTxnMarkersRequest, WriteTxnMarkersResponse> {
  return async (_ctx, body) => ({
    markers: body.markers.map((m) => ({
      producerId: m.producerId,
      topics: m.topics.map((t) => ({ name: t.name, partitions: t.partitionIndexes.map((partitionIndex) => ({ partitionIndex, errorCode: ErrorCode.UNKNOWN_SERVER_ERROR })) })),
    })),
  });
}
