/** DescribeProducers (61), v0 (KIP-664; flexible from its first version). */
import { ApiKey } from '../../../../proto/api';
import type { DomainKafkaCodec } from './api-codec';
import { structs, throttleTimeMs } from './group-wire';
import { array, field, message, struct, versions } from './schema';

const request = message('DescribeProducersRequest', '0', '0+',
  field('topics', array(struct(
    field('name', 'string', '0+'),
    field('partitionIndexes', array('int32'), '0+'),
  )), '0+'),
);

const response = message('DescribeProducersResponse', '0', '0+',
  field('throttleTimeMs', 'int32', '0+'),
  field('topics', array(struct(
    field('name', 'string', '0+'),
    field('partitions', array(struct(
      field('partitionIndex', 'int32', '0+'),
      field('errorCode', 'int16', '0+'),
      field('errorMessage', 'string', '0+', { nullableVersions: '0+', default: null }),
      field('activeProducers', array(struct(
        field('producerId', 'int64', '0+'),
        field('producerEpoch', 'int32', '0+'),
        field('lastSequence', 'int32', '0+', { default: -1 }),
        field('lastTimestamp', 'int64', '0+', { default: -1 }),
        field('coordinatorEpoch', 'int32', '0+'),
        field('currentTxnStartOffset', 'int64', '0+', { default: -1 }),
      )), '0+'),
    )), '0+'),
  )), '0+'),
);

export const describeProducersCodec: DomainKafkaCodec<typeof ApiKey.DescribeProducers> = {
  apiKey: ApiKey.DescribeProducers,
  versions: versions('0'),
  request,
  response,
  decode: (body) => ({
    topics: structs(body.topics).map((t) => ({ name: t.name as string, partitionIndexes: t.partitionIndexes as number[] })),
  }),
  encode: (resp) => ({
    throttleTimeMs: resp.throttleTimeMs,
    topics: resp.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({
        partitionIndex: p.partitionIndex, errorCode: p.errorCode, errorMessage: p.errorMessage === '' ? null : p.errorMessage, activeProducers: p.activeProducers,
      })),
    })),
  }),
  errorResponse: (req, errorCode, errorMessage) => ({
    throttleTimeMs,
    topics: req.topics.map((t) => ({
      name: t.name,
      partitions: t.partitionIndexes.map((partitionIndex) => ({ partitionIndex, errorCode, errorMessage, activeProducers: [] })),
    })),
  }),
};
