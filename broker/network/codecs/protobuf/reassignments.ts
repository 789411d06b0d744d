/**
 * Protobuf codecs for KIP-455 (proto/reassignments.proto). proto3 has no null list, so a
 * cancellation travels as `cancel: true` and "every partition" as `all_topics: true`; a cancel
 * that also names replicas is malformed.
 */
import { ErrorCode, SamsaProtocolError } from '../../../../proto/errors';
import type { samsa } from '../../../../proto/generated/samsa';
import type * as R from '../../../api/reassignments';
import type { ProtobufCodec } from './protobuf-codec';

export const alterPartitionReassignmentsCodec: ProtobufCodec<R.AlterPartitionReassignmentsRequest, R.AlterPartitionReassignmentsResponse,
  samsa.v1.IAlterPartitionReassignmentsRequest, samsa.v1.IAlterPartitionReassignmentsResponse> = {
  decodeRequest: (m) => ({
    timeoutMs: m.timeoutMs ?? 0,
    topics: (m.topics ?? []).map((t) => ({
      name: t.name ?? '',
      partitions: (t.partitions ?? []).map((p) => {
        const replicas = [...(p.replicas ?? [])];
        if (p.cancel === true && replicas.length > 0) {
          throw new SamsaProtocolError(ErrorCode.INVALID_REQUEST, `partition ${p.partitionIndex ?? 0} of ${t.name ?? ''} both cancels and names replicas`);
        }
        return { partitionIndex: p.partitionIndex ?? 0, replicas: p.cancel === true ? null : replicas };
      }),
    })),
  }),
  encodeResponse: (r) => r,
};

export const listPartitionReassignmentsCodec: ProtobufCodec<R.ListPartitionReassignmentsRequest, R.ListPartitionReassignmentsResponse,
  samsa.v1.IListPartitionReassignmentsRequest, samsa.v1.IListPartitionReassignmentsResponse> = {
  decodeRequest: (m) => ({
    timeoutMs: m.timeoutMs ?? 0,
    topics: m.allTopics === true ? null
      : (m.topics ?? []).map((t) => ({ name: t.name ?? '', partitionIndexes: [...(t.partitionIndexes ?? [])] })),
  }),
  encodeResponse: (r) => r,
};
