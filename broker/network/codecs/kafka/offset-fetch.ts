/**
 * OffsetFetch (9), v0-v7: v1 the same (offsets from the coordinator), v2 a null topic list for
 * every committed offset and a group-level error, v3 throttle time, v5 committed leader epochs,
 * v6 flexible, v7 requireStable (KIP-447: a partition with a transactional commit pending answers
 * UNSTABLE_OFFSET_COMMIT, which the consumer retries). v8's batch of groups (KIP-709) is
 * not spoken. Before v2 a group-level error has no field of its own: every requested partition
 * carries it (Kafka's OffsetFetchRequest.getErrorResponse).
 */
import { ApiKey } from '../../../../proto/api';
import type { OffsetFetchRequest } from '../../../api/groups';
import type { DomainKafkaCodec } from './api-codec';
import { structs, throttleTimeMs } from './group-wire';
import { array, field, message, struct, versions, type KafkaStruct } from './schema';

/** The first version with a group-level error code. */
const groupErrorVersion = 2;

const request = message('OffsetFetchRequest', '0-7', '6+',
  field('groupId', 'string', '0-7'),
  field('topics', array(struct(
    field('name', 'string', '0-7'),
    field('partitionIndexes', array('int32'), '0-7'),
  )), '0-7', { nullableVersions: '2-7' }),
  field('requireStable', 'bool', '7+'),
);

const response = message('OffsetFetchResponse', '0-7', '6+',
  field('throttleTimeMs', 'int32', '3+'),
  field('topics', array(struct(
    field('name', 'string', '0-7'),
    field('partitions', array(struct(
      field('partitionIndex', 'int32', '0-7'),
      field('committedOffset', 'int64', '0-7'),
      field('committedLeaderEpoch', 'int32', '5-7', { default: -1 }),
      field('metadata', 'string', '0-7', { nullableVersions: '0-7' }),
      field('errorCode', 'int16', '0-7'),
    )), '0-7'),
  )), '0-7'),
  field('errorCode', 'int16', '2-7'),
);

function errorStruct(req: OffsetFetchRequest, errorCode: number, version: number): KafkaStruct {
  if (version >= groupErrorVersion) return { throttleTimeMs, topics: [], errorCode };
  return {
    throttleTimeMs,
    topics: req.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((partitionIndex) => ({ partitionIndex, committedOffset: -1, committedLeaderEpoch: -1, metadata: '', errorCode })),
    })),
    errorCode,
  };
}

export const offsetFetchCodec: DomainKafkaCodec<typeof ApiKey.OffsetFetch> = {
  apiKey: ApiKey.OffsetFetch,
  versions: versions('0-7'),
  request,
  response,
  decode: (body) => {
    const topics = body.topics as KafkaStruct[] | null;
    return {
      groupId: body.groupId as string,
      allTopics: topics === null,
      topics: structs(topics).map((t) => ({ name: t.name as string, partitions: t.partitionIndexes as number[] })),
      // Absent is false in the domain (the protobuf protocol has no such field).
      ...(body.requireStable === true ? { requireStable: true } : {}),
    };
  },
  encode: (resp, version, req) => {
    if (resp.errorCode !== 0) return errorStruct(req, resp.errorCode, version);
    return {
      throttleTimeMs,
      topics: resp.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => ({
          partitionIndex: p.partition, committedOffset: p.committedOffset, committedLeaderEpoch: p.committedLeaderEpoch, metadata: p.metadata, errorCode: p.errorCode,
        })),
      })),
      errorCode: 0,
    };
  },
  errorResponse: (req, errorCode, _message, version) => errorStruct(req, errorCode, version),
};
