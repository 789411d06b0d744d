/**
 * OffsetForLeaderEpoch (23), v0-v4 (KIP-101; v2 currentLeaderEpoch for KIP-320 fencing; v3
 * replicaId; v4 flexible). Before v3 the request names no replica and Kafka reads it as -2, the
 * debug consumer: that default is kept here.
 */
import { ApiKey } from '../../../../proto/api';
import type { DomainKafkaCodec } from './api-codec';
import { array, field, message, struct, versions, type KafkaStruct } from './schema';

const request = message('OffsetForLeaderEpochRequest', '0-4', '4+',
  field('replicaId', 'int32', '3+', { default: -2 }),
  field('topics', array(struct(
    field('topic', 'string', '0+'),
    field('partitions', array(struct(
      field('partition', 'int32', '0+'),
      field('currentLeaderEpoch', 'int32', '2+', { default: -1 }),
      field('leaderEpoch', 'int32', '0+'),
    )), '0+'),
  )), '0+'),
);

const response = message('OffsetForLeaderEpochResponse', '0-4', '4+',
  field('throttleTimeMs', 'int32', '2+'),
  field('topics', array(struct(
    field('topic', 'string', '0+'),
    field('partitions', array(struct(
      field('errorCode', 'int16', '0+'),
      field('partition', 'int32', '0+'),
      field('leaderEpoch', 'int32', '1+', { default: -1 }),
      field('endOffset', 'int64', '0+', { default: -1 }),
    )), '0+'),
  )), '0+'),
);

export const offsetForLeaderEpochCodec: DomainKafkaCodec<typeof ApiKey.OffsetForLeaderEpoch> = {
  apiKey: ApiKey.OffsetForLeaderEpoch,
  versions: versions('0-4'),
  request,
  response,
  decode: (body) => ({
    replicaId: body.replicaId as number,
    topics: (body.topics as KafkaStruct[]).map((t) => ({
      topic: t.topic as string,
      partitions: (t.partitions as KafkaStruct[]).map((p) => ({
        partition: p.partition as number, currentLeaderEpoch: p.currentLeaderEpoch as number, leaderEpoch: p.leaderEpoch as number,
      })),
    })),
  }),
  encode: (resp) => ({ throttleTimeMs: 0, topics: resp.topics }),
  errorResponse: (req, errorCode) => ({
    throttleTimeMs: 0,
    topics: req.topics.map((t) => ({
      topic: t.topic,
      partitions: t.partitions.map((p) => ({ errorCode, partition: p.partition, leaderEpoch: -1, endOffset: -1 })),
    })),
  }),
};
