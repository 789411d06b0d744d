/** Protobuf codecs for the topic admin APIs (proto/topics.proto). */
import type { samsa } from '../../../../proto/generated/samsa';
import type * as T from '../../../api/topics';
import type { ProtobufCodec } from './protobuf-codec';

export const createTopicsCodec: ProtobufCodec<T.CreateTopicsRequest, T.CreateTopicsResponse, samsa.v1.ICreateTopicsRequest, samsa.v1.ICreateTopicsResponse> = {
  decodeRequest: (m) => ({
    timeoutMs: m.timeoutMs ?? 0, validateOnly: m.validateOnly ?? false,
    topics: (m.topics ?? []).map((t) => ({
      name: t.name ?? '', numPartitions: t.numPartitions ?? 0, replicationFactor: t.replicationFactor ?? 0,
      assignments: (t.assignments ?? []).map((a) => ({ partition: a.partition ?? 0, brokerIds: [...(a.brokerIds ?? [])] })),
      configs: (t.configs ?? []).map((c) => ({ name: c.name ?? '', value: c.value ?? '' })),
    })),
  }),
  // Sources and synonyms stay out of CreateTopics answers: they are byte for byte what they were.
  encodeResponse: (r) => ({
    ...r, topics: r.topics.map((t) => (t.configs === undefined ? t : { ...t, configs: t.configs.map(({ configSource: _s, synonyms: _y, ...c }) => c) })),
  }),
};

export const deleteTopicsCodec: ProtobufCodec<T.DeleteTopicsRequest, T.DeleteTopicsResponse, samsa.v1.IDeleteTopicsRequest, samsa.v1.IDeleteTopicsResponse> = {
  decodeRequest: (m) => ({ topicNames: [...(m.topicNames ?? [])], timeoutMs: m.timeoutMs ?? 0 }),
  encodeResponse: (r) => r,
};

export const describeConfigsCodec: ProtobufCodec<T.DescribeConfigsRequest, T.DescribeConfigsResponse,
  samsa.v1.IDescribeConfigsRequest, samsa.v1.IDescribeConfigsResponse> = {
  decodeRequest: (m) => ({
    resources: (m.resources ?? []).map((r) => ({
      resourceType: r.resourceType ?? 0, resourceName: r.resourceName ?? '', configurationKeys: [...(r.configurationKeys ?? [])],
    })),
  }),
  // Without include_synonyms the answer is exactly what it was before sources existed.
  encodeResponse: (r) => ({
    results: r.includeSynonyms === true ? r.results
      : r.results.map((res) => ({ ...res, configs: res.configs.map(({ configSource: _s, synonyms: _y, ...c }) => c) })),
  }),
};

export const electLeadersCodec: ProtobufCodec<T.ElectLeadersRequest, T.ElectLeadersResponse, samsa.v1.IElectLeadersRequest, samsa.v1.IElectLeadersResponse> = {
  decodeRequest: (m) => ({
    electionType: m.electionType ?? 0, allPartitions: m.allPartitions ?? false, timeoutMs: m.timeoutMs ?? 0,
    topicPartitions: (m.topicPartitions ?? []).map((t) => ({ topic: t.topic ?? '', partitions: [...(t.partitions ?? [])] })),
  }),
  encodeResponse: (r) => r,
};
