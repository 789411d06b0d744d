/**
 * TxnOffsetCommit (28): a transactional producer's consumer offsets, written by the group
 * coordinator into the producer's transaction (Kafka's handleTxnOffsetCommitRequest). As for
 * OffsetCommit, a partition the metadata cache does not know is answered
 * UNKNOWN_TOPIC_OR_PARTITION and never reaches the coordinator; the answers keep the request's order.
 * Authorization first: Write on the transactional id (TRANSACTIONAL_ID_AUTHORIZATION_FAILED for
 * every partition), Read on the group (GROUP_AUTHORIZATION_FAILED), then Read on each topic
 * (TOPIC_AUTHORIZATION_FAILED for its partitions, which never reach the coordinator).
 */
import { ErrorCode } from '../../../proto/errors';
import type { TxnOffsetCommitRequest, TxnOffsetCommitResponse } from '../../api/transactions';
import { AclOperation, ResourceType } from '../../security/acl';
import { requestAuthorization } from '../../security/authorize';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

export function txnOffsetCommitHandler(services: BrokerServices): RequestHandler<TxnOffsetCommitRequest, TxnOffsetCommitResponse> {
  const cache = services.metadataCache;
  const known = (topic: string, partition: number): boolean => cache.partitionState(topic, partition) !== undefined;
  const answerAll = (body: TxnOffsetCommitRequest, errorCode: number): TxnOffsetCommitResponse => ({
    throttleTimeMs: 0,
    topics: body.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode })) })),
  });
  return async (ctx, body) => {
    const auth = requestAuthorization(services, ctx);
    if (!auth.allows(AclOperation.WRITE, ResourceType.TRANSACTIONAL_ID, body.transactionalId)) return answerAll(body, ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
    if (!auth.allows(AclOperation.READ, ResourceType.GROUP, body.groupId)) return answerAll(body, ErrorCode.GROUP_AUTHORIZATION_FAILED);
    const readable = auth.authorizedNames(AclOperation.READ, ResourceType.TOPIC, body.topics.map((t) => t.name));
    const refusal = (topic: string, partition: number): number | undefined => {
      if (!readable.has(topic)) return ErrorCode.TOPIC_AUTHORIZATION_FAILED;
      return known(topic, partition) ? undefined : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
    };
    const topics = body.topics
      .map((t) => ({ ...t, partitions: t.partitions.filter((p) => refusal(t.name, p.partitionIndex) === undefined) }))
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
          errorCode: refusal(t.name, p.partitionIndex) ?? answers.get(`${t.name}\0${p.partitionIndex}`) ?? ErrorCode.UNKNOWN_SERVER_ERROR,
        })),
      })),
    };
  };
}
