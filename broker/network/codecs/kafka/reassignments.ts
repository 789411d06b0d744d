/**
 * AlterPartitionReassignments (45) and ListPartitionReassignments (46), v0 (KIP-455, Kafka 2.4+;
 * flexible from v0). Null replicas cancel a partition's move; a null topic list asks for every
 * move in flight. Error responses follow Kafka's getErrorResponse: the request-level code, and for
 * Alter the same code on every partition the request named.
 */
import { ApiKey } from '../../../../proto/api';
import type { DomainKafkaCodec } from './api-codec';
import { array, field, message, struct, versions, type KafkaStruct } from './schema';

const alterRequest = message('AlterPartitionReassignmentsRequest', '0', '0+',
  field('timeoutMs', 'int32', '0+', { default: 60_000 }),
  field('topics', array(struct(
    field('name', 'string', '0+'),
    field('partitions', array(struct(
      field('partitionIndex', 'int32', '0+'),
      field('replicas', array('int32'), '0+', { nullableVersions: '0+', default: null }),
    )), '0+'),
  )), '0+'),
);

const alterResponse = message('AlterPartitionReassignmentsResponse', '0', '0+',
  field('throttleTimeMs', 'int32', '0+'),
  field('errorCode', 'int16', '0+'),
  field('errorMessage', 'string', '0+', { nullableVersions: '0+' }),
  field('responses', array(struct(
    field('name', 'string', '0+'),
    field('partitions', array(struct(
      field('partitionIndex', 'int32', '0+'),
      field('errorCode', 'int16', '0+'),
      field('errorMessage', 'string', '0+', { nullableVersions: '0+' }),
    )), '0+'),
  )), '0+'),
);

const listRequest = message('ListPartitionReassignmentsRequest', '0', '0+',
  field('timeoutMs', 'int32', '0+', { default: 60_000 }),
  field('topics', array(struct(
    field('name', 'string', '0+'),
    field('partitionIndexes', array('int32'), '0+'),
  )), '0+', { nullableVersions: '0+', default: null }),
);

const listResponse = message('ListPartitionReassignmentsResponse', '0', '0+',
  field('throttleTimeMs', 'int32', '0+'),
  field('errorCode', 'int16', '0+'),
  field('errorMessage', 'string', '0+', { nullableVersions: '0+' }),
  field('topics', array(struct(
    field('name', 'string', '0+'),
    field('partitions', array(struct(
      field('partitionIndex', 'int32', '0+'),
      field('replicas', array('int32'), '0+'),
      field('addingReplicas', array('int32'), '0+'),
      field('removingReplicas', array('int32'), '0+'),
    )), '0+'),
  )), '0+'),
);

const nullIfEmpty = (text: string): string | null => (text === '' ? null : text);

export const alterPartitionReassignmentsCodec: DomainKafkaCodec<typeof ApiKey.AlterPartitionReassignments> = {
  apiKey: ApiKey.AlterPartitionReassignments,
  versions: versions('0'),
  request: alterRequest,
  response: alterResponse,
  decode: (body) => ({
    timeoutMs: body.timeoutMs as number,
    topics: (body.topics as KafkaStruct[]).map((t) => ({
      name: t.name as string,
      partitions: (t.partitions as KafkaStruct[]).map((p) => ({
        partitionIndex: p.partitionIndex as number, replicas: p.replicas === null ? null : [...(p.replicas as number[])],
      })),
    })),
  }),
  encode: (resp) => ({
    throttleTimeMs: 0, errorCode: resp.errorCode, errorMessage: nullIfEmpty(resp.errorMessage),
    responses: resp.responses.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: p.errorCode, errorMessage: nullIfEmpty(p.errorMessage) })),
    })),
  }),
  errorResponse: (req, errorCode, errorMessage) => ({
    throttleTimeMs: 0, errorCode, errorMessage,
    responses: req.topics.map((t) => ({
      name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode, errorMessage })),
    })),
  }),
};

export const listPartitionReassignmentsCodec: DomainKafkaCodec<typeof ApiKey.ListPartitionReassignments> = {
  apiKey: ApiKey.ListPartitionReassignments,
  versions: versions('0'),
  request: listRequest,
  response: listResponse,
  decode: (body) => {
    const topics = body.topics as KafkaStruct[] | null;
    return {
      timeoutMs: body.timeoutMs as number,
      topics: topics === null ? null : topics.map((t) => ({ name: t.name as string, partitionIndexes: [...(t.partitionIndexes as number[])] })),
    };
  },
  encode: (resp) => ({
    throttleTimeMs: 0, errorCode: resp.errorCode, errorMessage: nullIfEmpty(resp.errorMessage),
    topics: resp.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ ...p })) })),
  }),
  errorResponse: (req, errorCode, errorMessage) => ({
    throttleTimeMs: 0, errorCode, errorMessage,
    topics: (req.topics ?? []).map((t) => ({
      name: t.name,
      partitions: t.partitionIndexes.map((partitionIndex) => ({ partitionIndex, replicas: [], addingReplicas: [], removingReplicas: [] })),
    })),
  }),
};
