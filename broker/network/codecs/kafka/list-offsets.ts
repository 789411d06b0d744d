/**
 * ListOffsets (2), v0-v6. v0 asks for up to `maxNumOffsets` offsets and answers an offsets array
 * (Kafka's legacy `fetchOffsetsBefore`); this broker answers it with the single offset the later
 * versions give, so -1 and -2 mean what they always meant and a timestamp finds the first offset at
 * or after it. v7 (KIP-734, timestamp -3 for the record with the largest timestamp) is not
 * advertised: the log keeps no max-timestamp lookup yet.
 */
import { ApiKey } from '../../../../proto/api';
import { ErrorCode, SamsaProtocolError } from '../../../../proto/errors';
import type { ListOffsetsPartitionResponse, ListOffsetsRequest, ListOffsetsResponse, ListOffsetsTopic } from '../../../api/list-offsets';
import type { KafkaApiCodec } from './api-codec';
import { array, field, message, struct, versions, type KafkaStruct } from './schema';

const request = message('ListOffsetsRequest', '0-7', '6+',
  field('replicaId', 'int32', '0+'),
  field('isolationLevel', 'int8', '2+'),
  field('topics', array(struct(
    field('name', 'string', '0+'),
    field('partitions', array(struct(
      field('partitionIndex', 'int32', '0+'),
      field('currentLeaderEpoch', 'int32', '4+', { default: -1 }),
      field('timestamp', 'int64', '0+'),
      field('maxNumOffsets', 'int32', '0', { default: 1 }),
    )), '0+'),
  )), '0+'),
);

const response = message('ListOffsetsResponse', '0-7', '6+',
  field('throttleTimeMs', 'int32', '2+'),
  field('topics', array(struct(
    field('name', 'string', '0+'),
    field('partitions', array(struct(
      field('partitionIndex', 'int32', '0+'),
      field('errorCode', 'int16', '0+'),
      field('oldStyleOffsets', array('int64'), '0'),
      field('timestamp', 'int64', '1+', { default: -1 }),
      field('offset', 'int64', '1+', { default: -1 }),
      field('leaderEpoch', 'int32', '4+', { default: -1 }),
    )), '0+'),
  )), '0+'),
);

/** Kafka's IsolationLevel ids: READ_UNCOMMITTED 0, READ_COMMITTED 1. */
const isolationLevels: ReadonlySet<number> = new Set([0, 1]);

/** The domain request plus v0's per-partition maxNumOffsets, which only the encoder reads. */
interface KafkaListOffsetsRequest extends ListOffsetsRequest {
  maxNumOffsets?: ReadonlyMap<string, number>;
}

const partitionKey = (topic: string, partition: number): string => `${topic}\u0000${partition}`;

/** v0's answer: at most `maxNumOffsets` offsets, none when the lookup found none. */
function oldStyleOffsets(p: ListOffsetsPartitionResponse, maxNumOffsets: number): number[] {
  return p.errorCode === ErrorCode.NONE && p.offset >= 0 && maxNumOffsets > 0 ? [p.offset] : [];
}

export const listOffsetsCodec: KafkaApiCodec<KafkaListOffsetsRequest, ListOffsetsResponse> = {
  apiKey: ApiKey.ListOffsets,
  versions: versions('0-6'),
  request,
  response,
  decode: (body, version) => {
    const isolationLevel = body.isolationLevel as number;
    if (!isolationLevels.has(isolationLevel)) throw new SamsaProtocolError(ErrorCode.INVALID_REQUEST, `unknown isolation level ${isolationLevel}`);
    const limits = new Map<string, number>();
    const topics = (body.topics as KafkaStruct[]).map((t): ListOffsetsTopic => ({
      name: t.name as string,
      partitions: (t.partitions as KafkaStruct[]).map((p) => {
        limits.set(partitionKey(t.name as string, p.partitionIndex as number), p.maxNumOffsets as number);
        return { partition: p.partitionIndex as number, currentLeaderEpoch: p.currentLeaderEpoch as number, timestamp: p.timestamp as number };
      }),
    }));
    return { replicaId: body.replicaId as number, isolationLevel, topics, maxNumOffsets: version === 0 ? limits : undefined };
  },
  encode: (resp, version, req) => ({
    throttleTimeMs: 0,
    topics: resp.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({
        partitionIndex: p.partition, errorCode: p.errorCode, timestamp: p.timestamp, offset: p.offset, leaderEpoch: p.leaderEpoch,
        oldStyleOffsets: version === 0 ? oldStyleOffsets(p, req.maxNumOffsets?.get(partitionKey(t.name, p.partition)) ?? 1) : [],
      })),
    })),
  }),
  errorResponse: (req, errorCode) => ({
    throttleTimeMs: 0,
    topics: req.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({ partitionIndex: p.partition, errorCode, oldStyleOffsets: [], timestamp: -1, offset: -1, leaderEpoch: -1 })),
    })),
  }),
};
