/** TxnOffsetCommit (28): being built; answers every partition with an error until then. */
import { ErrorCode } from '../../../proto/errors';
import type { TxnOffsetCommitRequest, TxnOffsetCommitResponse } from '../../api/transactions';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

export function txnOffsetCommitHandler(_services: BrokerServices): RequestHandler<TxnOffsetCommitRequest, TxnOffsetCommitResponse> {
  return async (_ctx, body) => ({
    throttleTimeMs: 0,
    topics: body.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: ErrorCode.UNKNOWN_SERVER_ERROR })) })),
  });
}
