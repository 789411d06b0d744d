/**
 * DeleteRecords (21, KIP-107), served by each partition's leader (the admin client groups the
 * partitions by leader): a topic without Delete on it is TOPIC_AUTHORIZATION_FAILED, a partition
 * this broker's metadata does not know UNKNOWN_TOPIC_OR_PARTITION, an internal topic
 * INVALID_TOPIC_EXCEPTION (ReplicaManager.deleteRecordsOnLocalLog); the rest go to the replica data
 * plane, which answers once each partition's low watermark reached the deletion
 * (broker/cluster/delayed-delete-records.ts). Nothing is changed for a refused partition.
 */
import { ErrorCode } from '../../../proto/errors';
import { internalTopics } from '../../../proto/topic-name';
import type { DeleteRecordsPartitionResult, DeleteRecordsRequest, DeleteRecordsResponse } from '../../api/partitions';
import { AclOperation, ResourceType } from '../../security/acl';
import { requestAuthorization } from '../../security/authorize';
import type { RequestHandler } from '../request';
import type { BrokerServices } from './index';

type Entry = { topic: string; partition: number; offset: number };

export function deleteRecordsHandler(services: BrokerServices): RequestHandler<DeleteRecordsRequest, DeleteRecordsResponse> {
  return async (ctx, body) => {
    const deletable = requestAuthorization(services, ctx).authorizedNames(AclOperation.DELETE, ResourceType.TOPIC, body.topics.map((t) => t.name));
    const cache = services.metadataCache;
    const results = new Map<string, DeleteRecordsPartitionResult>();
    const key = (topic: string, partition: number): string => `${partition}:${topic}`;
    const local: Entry[] = [];
    for (const t of body.topics) {
      for (const p of t.partitions) {
        const refuse = (errorCode: number): void => void results.set(key(t.name, p.partition), { partition: p.partition, lowWatermark: -1, errorCode });
        if (!deletable.has(t.name)) refuse(ErrorCode.TOPIC_AUTHORIZATION_FAILED);
        else if (cache.partitionState(t.name, p.partition) === undefined) refuse(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
        else if (internalTopics.has(t.name)) refuse(ErrorCode.INVALID_TOPIC_EXCEPTION);
        else local.push({ topic: t.name, partition: p.partition, offset: p.offset });
      }
    }
    const statuses = await services.replicaDataPlane.deleteRecords(local, body.timeoutMs, (id) => cache.isBrokerAlive(id));
    for (const s of statuses) {
      results.set(key(s.topic, s.partition), { partition: s.partition, lowWatermark: s.errorCode === ErrorCode.NONE ? s.lowWatermark : -1, errorCode: s.errorCode });
      if (s.errorCode === ErrorCode.NONE) services.logger.info({ topic: s.topic, partition: s.partition, logStartOffset: s.requiredOffset }, 'deleted records');
    }
    return {
      topics: body.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => results.get(key(t.name, p.partition))!) })),
    };
  };
}
