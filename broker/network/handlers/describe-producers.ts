/** DescribeProducers (61): being built; answers every partition with an error until then. */
import { ErrorCode } from '../../../proto/errors';
import type { DescribeProducersRequest, DescribeProducersResponse } from '../../api/transactions';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

export function describeProducersHandler(_services: BrokerServices): RequestHandler<DescribeProducersRequest, DescribeProducersResponse> {
  return async (_ctx, body) => ({
    throttleTimeMs: 0,
    topics: body.topics.map((t) => ({
      name: t.name,
      partitions: t.partitionIndexes.map((partitionIndex) => ({ partitionIndex, errorCode: ErrorCode.UNKNOWN_SERVER_ERROR, errorMessage: null, activeProducers: [] })),
    })),
  });
}
