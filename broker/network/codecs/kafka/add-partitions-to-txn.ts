/**
 * AddPartitionsToTxn (24), v0-v3 (v1 the same, v2 may answer PRODUCER_FENCED, v3 flexible).
 * v4+ (KIP-890) batch transactions for broker-to-broker verification and are not spoken; the
 * field names here are those of the client versions (Kafka's JSON calls them V3AndBelow*).
 */
import { ApiKey } from '../../../../proto/api';
import type { AddPartitionsToTxnRequest } from '../../../api/transactions';
import type { DomainKafkaCodec } from './api-codec';
import { structs, throttleTimeMs } from './group-wire';
import { array, field, message, struct, versions, type KafkaStruct } from './schema';
import { everyPartitionError, fencingError, partitionErrorStructs } from './txn-wire';

const request = message('AddPartitionsToTxnRequest', '0-3', '3+',
  field('transactionalId', 'string', '0-3'),
  field('producerId', 'int64', '0-3'),
  field('producerEpoch', 'int16', '0-3'),
  field('topics', array(struct(
    field('name', 'string', '0+'),
    field('partitions', array('int32'), '0+'),
  )), '0-3'),
);

const response = message('AddPartitionsToTxnResponse', '0-3', '3+',
  field('throttleTimeMs', 'int32', '0+'),
  field('results', array(struct(
    field('name', 'string', '0+'),
    field('results', array(struct(
      field('partitionIndex', 'int32', '0+'),
      field('errorCode', 'int16', '0+'),
    )), '0+'),
  )), '0-3'),
);

/** The first version whose clients know PRODUCER_FENCED (KIP-588). */
const producerFencedVersionMin = 2;
const names = { partitions: 'results', errorCode: 'errorCode' };

function errorStruct(req: AddPartitionsToTxnRequest, errorCode: number, version: number): KafkaStruct {
  const code = fencingError(errorCode, version, producerFencedVersionMin);
  return { throttleTimeMs, results: partitionErrorStructs(everyPartitionError(req.topics, code), names, (c) => c) };
}

export const addPartitionsToTxnCodec: DomainKafkaCodec<typeof ApiKey.AddPartitionsToTxn> = {
  apiKey: ApiKey.AddPartitionsToTxn,
  versions: versions('0-3'),
  request,
  response,
  decode: (body) => ({
    transactionalId: body.transactionalId as string,
    producerId: body.producerId as number,
    producerEpoch: body.producerEpoch as number,
    topics: structs(body.topics).map((t) => ({ name: t.name as string, partitions: t.partitions as number[] })),
  }),
  encode: (resp, version) => ({
    throttleTimeMs: resp.throttleTimeMs,
    results: partitionErrorStructs(resp.results, names, (c) => fencingError(c, version, producerFencedVersionMin)),
  }),
  errorResponse: (req, errorCode, _message, version) => errorStruct(req, errorCode, version),
};
