/**
 * TxnOffsetCommit (28): a transactional producer's consumer offsets, written by the group
 * coordinator into the producer's transaction (Kafka's handleTxnOffsetCommitRequest). As for
 * OffsetCommit, a partition the metadata cache does not know is answered
 * UNKNOWN_TOPIC_OR_PARTITION and never reaches the coordinator; the answers keep the request's order.
 */
import { ErrorCode } from '../../../proto/errors';
import type { TxnOffsetCommitRequest, TxnOffsetCommitResponse } from '../../api/transactions';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

export function txnOffsetCommitHandler(services: BrokerServices): RequestHandler<TxnOffsetCommitRequest, TxnOffsetCommitResponse> {
  const cache = services.metadataCache;
  const known = (topic: string, partition: number): boolean => cache.partitionState(topic, partition) !== undefined;
  return async (_ctx, body) => {
    const topics = body.topics
      .map((t) => ({ ...t, partitions: t.partitions.filter((p) => known(t.name, p.partitionIndex)) }))
      .filter((t) => t.partitions.length > 0);
    const committed = topics.length === 0 ? { throttleTimeMs: 0, topics: [] } : await services.groupCoordinator.handleTxnCommitOffsets({ ...body, topics });
    const answers = new Map<string, number>();
    for (const t of committed.topics) for (const p of t.partitions) answers.set(`${t.name}\0${p.partitionIndex}`, p.errorCode);
    return {
      throttleTimeMs: committed.throttleTimeMs,
      topics: body.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => ({
          partitionIndex: p.partitionIndex,
          errorCode: known(t.name, p.partitionIndex) ? answers.get(`${t.name}\0${p.partitionIndex}`) ?? ErrorCode.UNKNOWN_SERVER_ERROR : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
        })),
      })),
    };
  };
}
