/**
 * DescribeLogDirs (35), v0-v3 (KIP-113; v1 as v0 with KIP-219 throttling; v2 flexible; v3 a
 * top-level error code, KIP-700). Before v3 a refused request is answered with no log dirs, as
 * Kafka 2.8 does.
 */
import { ApiKey } from '../../../../proto/api';
import type { DomainKafkaCodec } from './api-codec';
import { array, field, message, struct, versions } from './schema';

const request = message('DescribeLogDirsRequest', '0-3', '2+',
  field('topics', array(struct(
    field('topic', 'string', '0+'),
    field('partitions', array('int32'), '0+'),
  )), '0+', { nullableVersions: '0+' }),
);

const response = message('DescribeLogDirsResponse', '0-3', '2+',
  field('throttleTimeMs', 'int32', '0+'),
  field('errorCode', 'int16', '3+'),
  field('results', array(struct(
    field('errorCode', 'int16', '0+'),
    field('logDir', 'string', '0+'),
    field('topics', array(struct(
      field('name', 'string', '0+'),
      field('partitions', array(struct(
        field('partitionIndex', 'int32', '0+'),
        field('partitionSize', 'int64', '0+'),
        field('offsetLag', 'int64', '0+'),
        field('isFutureKey', 'bool', '0+'),
      )), '0+'),
    )), '0+'),
  )), '0+'),
);

type Struct = Record<string, unknown>;

export const describeLogDirsCodec: DomainKafkaCodec<typeof ApiKey.DescribeLogDirs> = {
  apiKey: ApiKey.DescribeLogDirs,
  versions: versions('0-3'),
  request,
  response,
  decode: (body) => {
    const topics = body.topics as Struct[] | null;
    return { topics: topics === null ? null : topics.map((t) => ({ topic: t.topic as string, partitions: t.partitions as number[] })) };
  },
  encode: (resp) => ({
    throttleTimeMs: 0,
    errorCode: resp.errorCode,
    results: resp.results.map((d) => ({
      errorCode: d.errorCode,
      logDir: d.logDir,
      topics: d.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => ({ partitionIndex: p.partition, partitionSize: p.sizeBytes, offsetLag: p.offsetLag, isFutureKey: p.isFuture })),
      })),
    })),
  }),
  errorResponse: (_req, errorCode) => ({ throttleTimeMs: 0, errorCode, results: [] }),
};
