/**
 * WriteTxnMarkers (27), v0-v1 (v1 flexible). Kafka's transaction coordinator sends it to partition
 * leaders, and Kafka's admin client sends it to abort a hanging transaction (KIP-664,
 * kafka-transactions.sh --abort); Samsa's coordinator speaks protobuf to other brokers.
 */
import { ApiKey } from '../../../../proto/api';
import type { WriteTxnMarkersRequest } from '../../../api/transactions';
import type { DomainKafkaCodec } from './api-codec';
import { structs } from './group-wire';
import { array, field, message, struct, versions, type KafkaStruct } from './schema';
import { everyPartitionError, partitionErrorStructs } from './txn-wire';

const request = message('WriteTxnMarkersRequest', '0-1', '1+',
  field('markers', array(struct(
    field('producerId', 'int64', '0+'),
    field('producerEpoch', 'int16', '0+'),
    field('transactionResult', 'bool', '0+'),
    field('topics', array(struct(
      field('name', 'string', '0+'),
      field('partitionIndexes', array('int32'), '0+'),
    )), '0+'),
    field('coordinatorEpoch', 'int32', '0+'),
  )), '0+'),
);

const response = message('WriteTxnMarkersResponse', '0-1', '1+',
  field('markers', array(struct(
    field('producerId', 'int64', '0+'),
    field('topics', array(struct(
      field('name', 'string', '0+'),
      field('partitions', array(struct(
        field('partitionIndex', 'int32', '0+'),
        field('errorCode', 'int16', '0+'),
      )), '0+'),
    )), '0+'),
  )), '0+'),
);

const names = { partitions: 'partitions', errorCode: 'errorCode' };
const same = (errorCode: number): number => errorCode;

function errorStruct(req: WriteTxnMarkersRequest, errorCode: number): KafkaStruct {
  return {
    markers: req.markers.map((m) => ({
      producerId: m.producerId,
      topics: partitionErrorStructs(everyPartitionError(m.topics.map((t) => ({ name: t.name, partitions: t.partitionIndexes })), errorCode), names, same),
    })),
  };
}

export const writeTxnMarkersCodec: DomainKafkaCodec<typeof ApiKey.WriteTxnMarkers> = {
  apiKey: ApiKey.WriteTxnMarkers,
  versions: versions('0-1'),
  request,
  response,
  decode: (body) => ({
    markers: structs(body.markers).map((m) => ({
      producerId: m.producerId as number,
      producerEpoch: m.producerEpoch as number,
      transactionResult: m.transactionResult as boolean,
      topics: structs(m.topics).map((t) => ({ name: t.name as string, partitionIndexes: t.partitionIndexes as number[] })),
      coordinatorEpoch: m.coordinatorEpoch as number,
    })),
  }),
  encode: (resp) => ({ markers: resp.markers.map((m) => ({ producerId: m.producerId, topics: partitionErrorStructs(m.topics, names, same) })) }),
  errorResponse: (req, errorCode) => errorStruct(req, errorCode),
};
