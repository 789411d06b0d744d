/**
 * Protobuf codecs for the transaction APIs (proto/transactions.proto). A missing producer id or
 * epoch reads as -1 (no producer), a missing generation as -1 (not checked). WriteTxnMarkers also
 * has a client codec: the transaction coordinator sends it to partition leaders.
 */
import type { samsa } from '../../../../proto/generated/samsa';
import type * as X from '../../../api/transactions';
import { producerEpochField, producerIdField } from './producer-fields';
import type { ProtobufClientCodec, ProtobufCodec } from './protobuf-codec';

function topicPartitionErrorsFrom(topics: readonly { name?: string | null; partitions?: readonly { partitionIndex?: number | null; errorCode?: number | null }[] | null }[] | null | undefined): X.TopicPartitionErrors[] {
  return (topics ?? []).map((t) => ({
    name: t.name ?? '',
    partitions: (t.partitions ?? []).map((p) => ({ partitionIndex: p.partitionIndex ?? 0, errorCode: p.errorCode ?? 0 })),
  }));
}

export const addPartitionsToTxnCodec: ProtobufCodec<X.AddPartitionsToTxnRequest, X.AddPartitionsToTxnResponse, samsa.v1.IAddPartitionsToTxnRequest, samsa.v1.IAddPartitionsToTxnResponse> = {
  decodeRequest: (m) => ({
    transactionalId: m.transactionalId ?? '', producerId: producerIdField(m.producerId), producerEpoch: producerEpochField(m.producerEpoch),
    topics: (m.topics ?? []).map((t) => ({ name: t.name ?? '', partitions: [...(t.partitions ?? [])] })),
  }),
  encodeResponse: (r) => ({
    throttleTimeMs: r.throttleTimeMs,
    results: r.results.map((t) => ({ name: t.name, results: t.partitions })),
  }),
};

export const addPartitionsToTxnClientCodec: ProtobufClientCodec<X.AddPartitionsToTxnRequest, X.AddPartitionsToTxnResponse, samsa.v1.IAddPartitionsToTxnRequest, samsa.v1.IAddPartitionsToTxnResponse> = {
  encodeRequest: (r) => r,
  decodeResponse: (m) => ({
    throttleTimeMs: m.throttleTimeMs ?? 0,
    results: (m.results ?? []).map((t) => ({
      name: t.name ?? '',
      partitions: (t.results ?? []).map((p) => ({ partitionIndex: p.partitionIndex ?? 0, errorCode: p.errorCode ?? 0 })),
    })),
  }),
};

export const addOffsetsToTxnCodec: ProtobufCodec<X.AddOffsetsToTxnRequest, X.AddOffsetsToTxnResponse, samsa.v1.IAddOffsetsToTxnRequest, samsa.v1.IAddOffsetsToTxnResponse> = {
  decodeRequest: (m) => ({ transactionalId: m.transactionalId ?? '', producerId: producerIdField(m.producerId), producerEpoch: producerEpochField(m.producerEpoch), groupId: m.groupId ?? '' }),
  encodeResponse: (r) => r,
};

export const endTxnCodec: ProtobufCodec<X.EndTxnRequest, X.EndTxnResponse, samsa.v1.IEndTxnRequest, samsa.v1.IEndTxnResponse> = {
  decodeRequest: (m) => ({ transactionalId: m.transactionalId ?? '', producerId: producerIdField(m.producerId), producerEpoch: producerEpochField(m.producerEpoch), committed: m.committed ?? false }),
  encodeResponse: (r) => r,
};

function writeTxnMarkersRequestFrom(m: samsa.v1.IWriteTxnMarkersRequest): X.WriteTxnMarkersRequest {
  return {
    markers: (m.markers ?? []).map((k) => ({
      producerId: producerIdField(k.producerId), producerEpoch: producerEpochField(k.producerEpoch), transactionResult: k.transactionResult ?? false,
      coordinatorEpoch: k.coordinatorEpoch ?? -1,
      topics: (k.topics ?? []).map((t) => ({ name: t.name ?? '', partitionIndexes: [...(t.partitionIndexes ?? [])] })),
    })),
  };
}

function writeTxnMarkersResponseFrom(m: samsa.v1.IWriteTxnMarkersResponse): X.WriteTxnMarkersResponse {
  return { markers: (m.markers ?? []).map((k) => ({ producerId: k.producerId ?? -1, topics: topicPartitionErrorsFrom(k.topics) })) };
}

export const writeTxnMarkersCodec: ProtobufCodec<X.WriteTxnMarkersRequest, X.WriteTxnMarkersResponse, samsa.v1.IWriteTxnMarkersRequest, samsa.v1.IWriteTxnMarkersResponse> = {
  decodeRequest: writeTxnMarkersRequestFrom,
  encodeResponse: (r) => r,
};

export const writeTxnMarkersClientCodec: ProtobufClientCodec<X.WriteTxnMarkersRequest, X.WriteTxnMarkersResponse, samsa.v1.IWriteTxnMarkersRequest, samsa.v1.IWriteTxnMarkersResponse> = {
  encodeRequest: (r) => r,
  decodeResponse: writeTxnMarkersResponseFrom,
};

export const txnOffsetCommitCodec: ProtobufCodec<X.TxnOffsetCommitRequest, X.TxnOffsetCommitResponse, samsa.v1.ITxnOffsetCommitRequest, samsa.v1.ITxnOffsetCommitResponse> = {
  decodeRequest: (m) => ({
    transactionalId: m.transactionalId ?? '', groupId: m.groupId ?? '', producerId: producerIdField(m.producerId), producerEpoch: producerEpochField(m.producerEpoch),
    generationId: m.generationId ?? -1, memberId: m.memberId ?? '', groupInstanceId: m.groupInstanceId ?? '',
    topics: (m.topics ?? []).map((t) => ({
      name: t.name ?? '',
      partitions: (t.partitions ?? []).map((p) => ({
        partitionIndex: p.partitionIndex ?? 0, committedOffset: p.committedOffset ?? -1, committedLeaderEpoch: p.committedLeaderEpoch ?? -1,
        committedMetadata: p.committedMetadata ?? '',
      })),
    })),
  }),
  encodeResponse: (r) => r,
};

export const describeProducersCodec: ProtobufCodec<X.DescribeProducersRequest, X.DescribeProducersResponse, samsa.v1.IDescribeProducersRequest, samsa.v1.IDescribeProducersResponse> = {
  decodeRequest: (m) => ({ topics: (m.topics ?? []).map((t) => ({ name: t.name ?? '', partitionIndexes: [...(t.partitionIndexes ?? [])] })) }),
  encodeResponse: (r) => ({
    throttleTimeMs: r.throttleTimeMs,
    topics: r.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({ ...p, errorMessage: p.errorMessage ?? '' })),
    })),
  }),
};

export const describeTransactionsCodec: ProtobufCodec<X.DescribeTransactionsRequest, X.DescribeTransactionsResponse, samsa.v1.IDescribeTransactionsRequest, samsa.v1.IDescribeTransactionsResponse> = {
  decodeRequest: (m) => ({ transactionalIds: [...(m.transactionalIds ?? [])] }),
  encodeResponse: (r) => r,
};

export const listTransactionsCodec: ProtobufCodec<X.ListTransactionsRequest, X.ListTransactionsResponse, samsa.v1.IListTransactionsRequest, samsa.v1.IListTransactionsResponse> = {
  decodeRequest: (m) => ({ stateFilters: [...(m.stateFilters ?? [])], producerIdFilters: [...(m.producerIdFilters ?? [])] }),
  encodeResponse: (r) => r,
};
