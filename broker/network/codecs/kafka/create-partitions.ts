/**
 * CreatePartitions (37), v0-v3 (KIP-195; v2 flexible, v3 as v2 with KIP-599 throttling). A null
 * assignment list asks the controller to place the new replicas.
 */
import { ApiKey } from '../../../../proto/api';
import type { DomainKafkaCodec } from './api-codec';
import { array, field, message, struct, versions } from './schema';

const request = message('CreatePartitionsRequest', '0-3', '2+',
  field('topics', array(struct(
    field('name', 'string', '0+'),
    field('count', 'int32', '0+'),
    field('assignments', array(struct(
      field('brokerIds', array('int32'), '0+'),
    )), '0+', { nullableVersions: '0+' }),
  )), '0+'),
  field('timeoutMs', 'int32', '0+'),
  field('validateOnly', 'bool', '0+'),
);

const response = message('CreatePartitionsResponse', '0-3', '2+',
  field('throttleTimeMs', 'int32', '0+'),
  field('results', array(struct(
    field('name', 'string', '0+'),
    field('errorCode', 'int16', '0+'),
    field('errorMessage', 'string', '0+', { nullableVersions: '0+', default: null }),
  )), '0+'),
);

type Struct = Record<string, unknown>;

export const createPartitionsCodec: DomainKafkaCodec<typeof ApiKey.CreatePartitions> = {
  apiKey: ApiKey.CreatePartitions,
  versions: versions('0-3'),
  request,
  response,
  decode: (body) => ({
    timeoutMs: body.timeoutMs as number,
    validateOnly: body.validateOnly as boolean,
    topics: (body.topics as Struct[]).map((t) => {
      const assignments = t.assignments as Struct[] | null;
      return { name: t.name as string, count: t.count as number, assignments: assignments === null ? null : assignments.map((a) => a.brokerIds as number[]) };
    }),
  }),
  encode: (resp) => ({
    throttleTimeMs: 0,
    results: resp.results.map((r) => ({ name: r.name, errorCode: r.errorCode, errorMessage: r.errorMessage === '' ? null : r.errorMessage })),
  }),
  errorResponse: (req, errorCode, errorMessage) => ({
    throttleTimeMs: 0, results: req.topics.map((t) => ({ name: t.name, errorCode, errorMessage })),
  }),
};
