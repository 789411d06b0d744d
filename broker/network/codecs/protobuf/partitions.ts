/** Protobuf codecs for CreatePartitions, DeleteRecords and DescribeLogDirs (proto/partitions.proto). */
import type { samsa } from '../../../../proto/generated/samsa';
import type * as R from '../../../api/partitions';
import type { ProtobufCodec } from './protobuf-codec';

export const createPartitionsCodec: ProtobufCodec<R.CreatePartitionsRequest, R.CreatePartitionsResponse,
  samsa.v1.ICreatePartitionsRequest, samsa.v1.ICreatePartitionsResponse> = {
  decodeRequest: (m) => ({
    timeoutMs: m.timeoutMs ?? 0, validateOnly: m.validateOnly ?? false,
    topics: (m.topics ?? []).map((t) => {
      const assignments = (t.assignments ?? []).map((a) => [...(a.brokerIds ?? [])]);
      return { name: t.name ?? '', count: t.count ?? 0, assignments: assignments.length === 0 ? null : assignments };
    }),
  }),
  encodeResponse: (r) => r,
};

export const deleteRecordsCodec: ProtobufCodec<R.DeleteRecordsRequest, R.DeleteRecordsResponse,
  samsa.v1.IDeleteRecordsRequest, samsa.v1.IDeleteRecordsResponse> = {
  decodeRequest: (m) => ({
    timeoutMs: m.timeoutMs ?? 0,
    topics: (m.topics ?? []).map((t) => ({
      name: t.name ?? '',
      partitions: (t.partitions ?? []).map((p) => ({ partition: p.partition ?? 0, offset: p.offset ?? 0 })),
    })),
  }),
  encodeResponse: (r) => r,
};

export const describeLogDirsCodec: ProtobufCodec<R.DescribeLogDirsRequest, R.DescribeLogDirsResponse,
  samsa.v1.IDescribeLogDirsRequest, samsa.v1.IDescribeLogDirsResponse> = {
  decodeRequest: (m) => ({
    topics: m.allTopics ? null : (m.topics ?? []).map((t) => ({ topic: t.topic ?? '', partitions: [...(t.partitions ?? [])] })),
  }),
  encodeResponse: (r) => r,
};
