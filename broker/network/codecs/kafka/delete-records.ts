/** DeleteRecords (21), v0-v2 (KIP-107; v1 as v0 with KIP-219 throttling; v2 flexible). */
import { ApiKey } from '../../../../proto/api';
import type { DomainKafkaCodec } from './api-codec';
import { array, field, message, struct, versions } from './schema';

const request = message('DeleteRecordsRequest', '0-2', '2+',
  field('topics', array(struct(
    field('name', 'string', '0+'),
    field('partitions', array(struct(
      field('partitionIndex', 'int32', '0+'),
      field('offset', 'int64', '0+'),
    )), '0+'),
  )), '0+'),
  field('timeoutMs', 'int32', '0+'),
);

const response = message('DeleteRecordsResponse', '0-2', '2+',
  field('throttleTimeMs', 'int32', '0+'),
  field('topics', array(struct(
    field('name', 'string', '0+'),
    field('partitions', array(struct(
      field('partitionIndex', 'int32', '0+'),
      field('lowWatermark', 'int64', '0+'),
      field('errorCode', 'int16', '0+'),
    )), '0+'),
  )), '0+'),
);

type Struct = Record<string, unknown>;

export const deleteRecordsCodec: DomainKafkaCodec<typeof ApiKey.DeleteRecords> = {
  apiKey: ApiKey.DeleteRecords,
  versions: versions('0-2'),
  request,
  response,
  decode: (body) => ({
    timeoutMs: body.timeoutMs as number,
    topics: (body.topics as Struct[]).map((t) => ({
      name: t.name as string,
      partitions: (t.partitions as Struct[]).map((p) => ({ partition: p.partitionIndex as number, offset: Number(p.offset) })),
    })),
  }),
  encode: (resp) => ({
    throttleTimeMs: 0,
    topics: resp.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({ partitionIndex: p.partition, lowWatermark: p.lowWatermark, errorCode: p.errorCode })),
    })),
  }),
  errorResponse: (req, errorCode) => ({
    throttleTimeMs: 0,
    topics: req.topics.map((t) => ({
      name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partition, lowWatermark: -1, errorCode })),
    })),
  }),
};
