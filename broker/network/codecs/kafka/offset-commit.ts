/**
 * OffsetCommit (8), v0-v8: v1 generation, member id and a per-partition commit timestamp, v2-v4
 * a retention time (v5 drops it: KIP-211 expires offsets from when the group empties), v3
 * throttle time, v6 the committed leader epoch, v7 group instance id, v8 flexible. Version 0
 * goes to the group coordinator like the others (Kafka 2.x kept v0 commits in ZooKeeper).
 */
import { ApiKey } from '../../../../proto/api';
import type { OffsetCommitRequest } from '../../../api/groups';
import type { DomainKafkaCodec } from './api-codec';
import { emptyIfNull, structs, throttleTimeMs } from './group-wire';
import { array, field, message, struct, versions, type KafkaStruct } from './schema';

const request = message('OffsetCommitRequest', '0-8', '8+',
  field('groupId', 'string', '0+'),
  field('generationId', 'int32', '1+', { default: -1 }),
  field('memberId', 'string', '1+'),
  field('groupInstanceId', 'string', '7+', { nullableVersions: '7+', default: null }),
  field('retentionTimeMs', 'int64', '2-4', { default: -1 }),
  field('topics', array(struct(
    field('name', 'string', '0+'),
    field('partitions', array(struct(
      field('partitionIndex', 'int32', '0+'),
      field('committedOffset', 'int64', '0+'),
      field('committedLeaderEpoch', 'int32', '6+', { default: -1 }),
      field('commitTimestamp', 'int64', '1', { default: -1 }),
      field('committedMetadata', 'string', '0+', { nullableVersions: '0+' }),
    )), '0+'),
  )), '0+'),
);

const response = message('OffsetCommitResponse', '0-8', '8+',
  field('throttleTimeMs', 'int32', '3+'),
  field('topics', array(struct(
    field('name', 'string', '0+'),
    field('partitions', array(struct(
      field('partitionIndex', 'int32', '0+'),
      field('errorCode', 'int16', '0+'),
    )), '0+'),
  )), '0+'),
);

/** Kafka's getErrorResponse: the code for every partition of the request. */
function everyPartition(req: OffsetCommitRequest, errorCode: number): KafkaStruct {
  return {
    throttleTimeMs,
    topics: req.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partition, errorCode })) })),
  };
}

export const offsetCommitCodec: DomainKafkaCodec<typeof ApiKey.OffsetCommit> = {
  apiKey: ApiKey.OffsetCommit,
  versions: versions('0-8'),
  request,
  response,
  decode: (body) => ({
    groupId: body.groupId as string,
    generationId: body.generationId as number,
    memberId: body.memberId as string,
    groupInstanceId: emptyIfNull(body.groupInstanceId),
    retentionTimeMs: body.retentionTimeMs as number,
    topics: structs(body.topics).map((t) => ({
      name: t.name as string,
      partitions: structs(t.partitions).map((p) => ({
        partition: p.partitionIndex as number,
        committedOffset: p.committedOffset as number,
        committedLeaderEpoch: p.committedLeaderEpoch as number,
        committedMetadata: emptyIfNull(p.committedMetadata),
        commitTimestamp: p.commitTimestamp as number,
      })),
    })),
  }),
  encode: (resp) => ({
    throttleTimeMs,
    topics: resp.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partition, errorCode: p.errorCode })) })),
  }),
  errorResponse: (req, errorCode) => everyPartition(req, errorCode),
};
