/**
 * ElectLeaders (43), v0-v2 (KIP-183; v1 electionType and a top-level errorCode, KIP-460; v2
 * flexible). v0 always asks for the preferred leader. A null topic list means every partition.
 * v0 has no top-level error: a request-level error (NOT_CONTROLLER) goes into each partition the
 * request named, as Kafka's getErrorResponse does.
 */
import { ApiKey } from '../../../../proto/api';
import { ErrorCode, SamsaProtocolError } from '../../../../proto/errors';
import type { ElectLeadersRequest, ElectLeadersResponse } from '../../../api/topics';
import type { DomainKafkaCodec } from './api-codec';
import { array, field, message, struct, versions, type KafkaStruct } from './schema';

const request = message('ElectLeadersRequest', '0-2', '2+',
  field('electionType', 'int8', '1+'),
  field('topicPartitions', array(struct(
    field('topic', 'string', '0+'),
    field('partitions', array('int32'), '0+'),
  )), '0+', { nullableVersions: '0+' }),
  field('timeoutMs', 'int32', '0+', { default: 60_000 }),
);

const response = message('ElectLeadersResponse', '0-2', '2+',
  field('throttleTimeMs', 'int32', '0+'),
  field('errorCode', 'int16', '1+'),
  field('replicaElectionResults', array(struct(
    field('topic', 'string', '0+'),
    field('partitionResult', array(struct(
      field('partitionId', 'int32', '0+'),
      field('errorCode', 'int16', '0+'),
      field('errorMessage', 'string', '0+', { nullableVersions: '0+' }),
    )), '0+'),
  )), '0+'),
);

/** Kafka's ElectionType ids: PREFERRED 0, UNCLEAN 1. */
const electionTypes: ReadonlySet<number> = new Set([0, 1]);

function everyPartitionFailed(req: ElectLeadersRequest, errorCode: number, errorMessage: string | null): KafkaStruct[] {
  return req.topicPartitions.map((t) => ({
    topic: t.topic,
    partitionResult: t.partitions.map((partitionId) => ({ partitionId, errorCode, errorMessage })),
  }));
}

function encode(resp: ElectLeadersResponse, version: number, req: ElectLeadersRequest): KafkaStruct {
  if (version === 0 && resp.errorCode !== ErrorCode.NONE) {
    return { throttleTimeMs: 0, replicaElectionResults: everyPartitionFailed(req, resp.errorCode, null) };
  }
  return {
    throttleTimeMs: 0,
    errorCode: resp.errorCode,
    replicaElectionResults: resp.replicaElectionResults.map((t) => ({
      topic: t.topic,
      partitionResult: t.partitionResult.map((p) => ({
        partitionId: p.partition, errorCode: p.errorCode, errorMessage: p.errorMessage === '' ? null : p.errorMessage,
      })),
    })),
  };
}

export const electLeadersCodec: DomainKafkaCodec<typeof ApiKey.ElectLeaders> = {
  apiKey: ApiKey.ElectLeaders,
  versions: versions('0-2'),
  request,
  response,
  decode: (body) => {
    const electionType = body.electionType as number;
    if (!electionTypes.has(electionType)) throw new SamsaProtocolError(ErrorCode.INVALID_REQUEST, `unknown election type ${electionType}`);
    const topicPartitions = body.topicPartitions as KafkaStruct[] | null;
    return {
      electionType,
      allPartitions: topicPartitions === null,
      timeoutMs: body.timeoutMs as number,
      topicPartitions: (topicPartitions ?? []).map((t) => ({ topic: t.topic as string, partitions: t.partitions as number[] })),
    };
  },
  encode,
  errorResponse: (req, errorCode, errorMessage) => ({
    throttleTimeMs: 0, errorCode, replicaElectionResults: everyPartitionFailed(req, errorCode, errorMessage),
  }),
};
