/**
 * TxnOffsetCommit (28), v0-v3 (v1 the same, v2 the committed leader epoch, v3 flexible with the
 * consumer's generation, member id and group instance id, KIP-447). No version knows
 * PRODUCER_FENCED: Kafka's group coordinator answers a stale producer epoch with
 * INVALID_PRODUCER_EPOCH, so that is what every version gets.
 */
import { ApiKey } from '../../../../proto/api';
import { ErrorCode } from '../../../../proto/errors';
import type { TxnOffsetCommitRequest } from '../../../api/transactions';
import type { DomainKafkaCodec } from './api-codec';
import { emptyIfNull, structs, throttleTimeMs } from './group-wire';
import { array, field, message, struct, versions, type KafkaStruct } from './schema';
import { everyPartitionError, partitionErrorStructs } from './txn-wire';

const request = message('TxnOffsetCommitRequest', '0-3', '3+',
  field('transactionalId', 'string', '0+'),
  field('groupId', 'string', '0+'),
  field('producerId', 'int64', '0+'),
  field('producerEpoch', 'int16', '0+'),
  field('generationId', 'int32', '3+', { default: -1 }),
  field('memberId', 'string', '3+'),
  field('groupInstanceId', 'string', '3+', { nullableVersions: '3+', default: null }),
  field('topics', array(struct(
    field('name', 'string', '0+'),
    field('partitions', array(struct(
      field('partitionIndex', 'int32', '0+'),
      field('committedOffset', 'int64', '0+'),
      field('committedLeaderEpoch', 'int32', '2+', { default: -1 }),
      field('committedMetadata', 'string', '0+', { nullableVersions: '0+' }),
    )), '0+'),
  )), '0+'),
);

const response = message('TxnOffsetCommitResponse', '0-3', '3+',
  field('throttleTimeMs', 'int32', '0+'),
  field('topics', array(struct(
    field('name', 'string', '0+'),
    field('partitions', array(struct(
      field('partitionIndex', 'int32', '0+'),
      field('errorCode', 'int16', '0+'),
    )), '0+'),
  )), '0+'),
);

const names = { partitions: 'partitions', errorCode: 'errorCode' };

function wireError(errorCode: number): number {
  return errorCode === ErrorCode.PRODUCER_FENCED ? ErrorCode.INVALID_PRODUCER_EPOCH : errorCode;
}

function errorStruct(req: TxnOffsetCommitRequest, errorCode: number): KafkaStruct {
  const topics = req.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => p.partitionIndex) }));
  return { throttleTimeMs, topics: partitionErrorStructs(everyPartitionError(topics, wireError(errorCode)), names, (c) => c) };
}

export const txnOffsetCommitCodec: DomainKafkaCodec<typeof ApiKey.TxnOffsetCommit> = {
  apiKey: ApiKey.TxnOffsetCommit,
  versions: versions('0-3'),
  request,
  response,
  decode: (body) => ({
    transactionalId: body.transactionalId as string,
    groupId: body.groupId as string,
    producerId: body.producerId as number,
    producerEpoch: body.producerEpoch as number,
    generationId: body.generationId as number,
    memberId: body.memberId as string,
    groupInstanceId: emptyIfNull(body.groupInstanceId),
    topics: structs(body.topics).map((t) => ({
      name: t.name as string,
      partitions: structs(t.partitions).map((p) => ({
        partitionIndex: p.partitionIndex as number,
        committedOffset: p.committedOffset as number,
        committedLeaderEpoch: p.committedLeaderEpoch as number,
        committedMetadata: emptyIfNull(p.committedMetadata),
      })),
    })),
  }),
  encode: (resp) => ({ throttleTimeMs: resp.throttleTimeMs, topics: partitionErrorStructs(resp.topics, names, wireError) }),
  errorResponse: (req, errorCode) => errorStruct(req, errorCode),
};
