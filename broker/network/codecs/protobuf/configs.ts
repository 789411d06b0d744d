/** Protobuf codecs for the dynamic configuration APIs (proto/configs.proto). */
import type { samsa } from '../../../../proto/generated/samsa';
import type * as K from '../../../api/configs';
import type { ProtobufCodec } from './protobuf-codec';

export const alterConfigsCodec: ProtobufCodec<K.AlterConfigsRequest, K.AlterConfigsResponse, samsa.v1.IAlterConfigsRequest, samsa.v1.IAlterConfigsResponse> = {
  decodeRequest: (m) => ({
    validateOnly: m.validateOnly ?? false,
    resources: (m.resources ?? []).map((r) => ({
      resourceType: r.resourceType ?? 0, resourceName: r.resourceName ?? '',
      configs: (r.configs ?? []).map((c) => ({ name: c.name ?? '', value: c.value ?? null })),
    })),
  }),
  encodeResponse: (r) => r,
};

export const incrementalAlterConfigsCodec: ProtobufCodec<K.IncrementalAlterConfigsRequest, K.AlterConfigsResponse,
  samsa.v1.IIncrementalAlterConfigsRequest, samsa.v1.IIncrementalAlterConfigsResponse> = {
  decodeRequest: (m) => ({
    validateOnly: m.validateOnly ?? false,
    resources: (m.resources ?? []).map((r) => ({
      resourceType: r.resourceType ?? 0, resourceName: r.resourceName ?? '',
      configs: (r.configs ?? []).map((c) => ({ name: c.name ?? '', configOperation: c.configOperation ?? 0, value: c.value ?? null })),
    })),
  }),
  encodeResponse: (r) => r,
};
