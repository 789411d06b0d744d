/**
 * Protobuf codecs for the data-plane APIs: Produce, Fetch, ListOffsets, OffsetForLeaderEpoch and
 * InitProducerId. proto3 cannot tell a zero from a field the sender left out, so a missing field
 * takes the value Kafka gives an absent one (-1 for "no epoch", "no replica", "latest").
 * Fetch, ListOffsets and OffsetForLeaderEpoch are also sent by followers: their client codecs
 * decode the leader's answers the same way.
 */
import type { samsa } from '../../../../proto/generated/samsa';
import type * as F from '../../../api/fetch';
import type * as I from '../../../api/init-producer-id';
import type * as L from '../../../api/list-offsets';
import type * as O from '../../../api/offset-for-leader-epoch';
import type * as P from '../../../api/produce';
import { asBuffer } from '../../../../proto/bytes';
import { producerEpochField, producerIdField } from './producer-fields';
import type { ProtobufClientCodec, ProtobufCodec } from './protobuf-codec';

export const produceCodec: ProtobufCodec<P.ProduceRequest, P.ProduceResponse, samsa.v1.IProduceRequest, samsa.v1.IProduceResponse> = {
  decodeRequest: (m) => ({
    acks: m.acks ?? 0, timeoutMs: m.timeoutMs ?? 0, transactionalId: m.transactionalId ?? '',
    topics: (m.topics ?? []).map((t) => ({
      name: t.name ?? '',
      partitions: (t.partitions ?? []).map((p) => ({ partition: p.partition ?? 0, records: asBuffer(p.records) })),
    })),
  }),
  encodeResponse: (r) => r,
};

function fetchRequestFrom(m: samsa.v1.IFetchRequest): F.FetchRequest {
  return {
    replicaId: m.replicaId ?? -1, maxWaitMs: m.maxWaitMs ?? 0, minBytes: m.minBytes ?? 0, maxBytes: m.maxBytes ?? 0,
    isolationLevel: m.isolationLevel ?? 0,
    topics: (m.topics ?? []).map((t) => ({
      name: t.name ?? '',
      partitions: (t.partitions ?? []).map((p) => ({
        partition: p.partition ?? 0, currentLeaderEpoch: p.currentLeaderEpoch ?? -1, fetchOffset: p.fetchOffset ?? 0,
        logStartOffset: p.logStartOffset ?? -1, partitionMaxBytes: p.partitionMaxBytes ?? 0,
      })),
    })),
  };
}

function fetchResponseFrom(m: samsa.v1.IFetchResponse): F.FetchResponse {
  return {
    throttleTimeMs: m.throttleTimeMs ?? 0, errorCode: m.errorCode ?? 0,
    topics: (m.topics ?? []).map((t) => ({
      name: t.name ?? '',
      partitions: (t.partitions ?? []).map((p) => ({
        partition: p.partition ?? 0, errorCode: p.errorCode ?? 0, highWatermark: p.highWatermark ?? 0,
        lastStableOffset: p.lastStableOffset ?? -1, logStartOffset: p.logStartOffset ?? -1, records: asBuffer(p.records),
        ...((p.abortedTransactions ?? []).length === 0 ? {} : {
          abortedTransactions: (p.abortedTransactions ?? []).map((a) => ({ producerId: a.producerId ?? -1, firstOffset: a.firstOffset ?? -1 })),
        }),
      })),
    })),
  };
}

export const fetchCodec: ProtobufCodec<F.FetchRequest, F.FetchResponse, samsa.v1.IFetchRequest, samsa.v1.IFetchResponse> = {
  decodeRequest: fetchRequestFrom,
  encodeResponse: (r) => r,
};

export const fetchClientCodec: ProtobufClientCodec<F.FetchRequest, F.FetchResponse, samsa.v1.IFetchRequest, samsa.v1.IFetchResponse> = {
  encodeRequest: (r) => r,
  decodeResponse: fetchResponseFrom,
};

function listOffsetsResponseFrom(m: samsa.v1.IListOffsetsResponse): L.ListOffsetsResponse {
  return {
    topics: (m.topics ?? []).map((t) => ({
      name: t.name ?? '',
      partitions: (t.partitions ?? []).map((p) => ({
        partition: p.partition ?? 0, errorCode: p.errorCode ?? 0, timestamp: p.timestamp ?? -1, offset: p.offset ?? -1,
        leaderEpoch: p.leaderEpoch ?? -1,
      })),
    })),
  };
}

export const listOffsetsCodec: ProtobufCodec<L.ListOffsetsRequest, L.ListOffsetsResponse, samsa.v1.IListOffsetsRequest, samsa.v1.IListOffsetsResponse> = {
  decodeRequest: (m) => ({
    replicaId: m.replicaId ?? -1, isolationLevel: m.isolationLevel ?? 0,
    topics: (m.topics ?? []).map((t) => ({
      name: t.name ?? '',
      partitions: (t.partitions ?? []).map((p) => ({
        partition: p.partition ?? 0, currentLeaderEpoch: p.currentLeaderEpoch ?? -1, timestamp: p.timestamp ?? -1,
      })),
    })),
  }),
  encodeResponse: (r) => r,
};

export const listOffsetsClientCodec: ProtobufClientCodec<L.ListOffsetsRequest, L.ListOffsetsResponse, samsa.v1.IListOffsetsRequest, samsa.v1.IListOffsetsResponse> = {
  encodeRequest: (r) => r,
  decodeResponse: listOffsetsResponseFrom,
};

function offsetForLeaderEpochResponseFrom(m: samsa.v1.IOffsetForLeaderEpochResponse): O.OffsetForLeaderEpochResponse {
  return {
    topics: (m.topics ?? []).map((t) => ({
      topic: t.topic ?? '',
      partitions: (t.partitions ?? []).map((p) => ({
        errorCode: p.errorCode ?? 0, partition: p.partition ?? 0, leaderEpoch: p.leaderEpoch ?? -1, endOffset: p.endOffset ?? -1,
      })),
    })),
  };
}

export const offsetForLeaderEpochCodec: ProtobufCodec<O.OffsetForLeaderEpochRequest, O.OffsetForLeaderEpochResponse,
  samsa.v1.IOffsetForLeaderEpochRequest, samsa.v1.IOffsetForLeaderEpochResponse> = {
  decodeRequest: (m) => ({
    replicaId: m.replicaId ?? -1,
    topics: (m.topics ?? []).map((t) => ({
      topic: t.topic ?? '',
      partitions: (t.partitions ?? []).map((p) => ({
        partition: p.partition ?? 0, currentLeaderEpoch: p.currentLeaderEpoch ?? -1, leaderEpoch: p.leaderEpoch ?? -1,
      })),
    })),
  }),
  encodeResponse: (r) => r,
};

export const offsetForLeaderEpochClientCodec: ProtobufClientCodec<O.OffsetForLeaderEpochRequest, O.OffsetForLeaderEpochResponse,
  samsa.v1.IOffsetForLeaderEpochRequest, samsa.v1.IOffsetForLeaderEpochResponse> = {
  encodeRequest: (r) => r,
  decodeResponse: offsetForLeaderEpochResponseFrom,
};

export const initProducerIdCodec: ProtobufCodec<I.InitProducerIdRequest, I.InitProducerIdResponse,
  samsa.v1.IInitProducerIdRequest, samsa.v1.IInitProducerIdResponse> = {
  decodeRequest: (m) => ({
    transactionalId: m.transactionalId ?? '', transactionTimeoutMs: m.transactionTimeoutMs ?? 0,
    producerId: producerIdField(m.producerId), producerEpoch: producerEpochField(m.producerEpoch),
  }),
  encodeResponse: (r) => r,
};
