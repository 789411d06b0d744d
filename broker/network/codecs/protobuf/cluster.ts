/** Protobuf codecs for Metadata, ApiVersions and DescribeCluster (proto/cluster.proto). */
import type { samsa } from '../../../../proto/generated/samsa';
import type * as D from '../../../api/describe-cluster';
import type * as M from '../../../api/metadata';
import type { ProtobufCodec } from './protobuf-codec';

export const metadataCodec: ProtobufCodec<M.MetadataRequest, M.MetadataResponse, samsa.v1.IMetadataRequest, samsa.v1.IMetadataResponse> = {
  decodeRequest: (m) => ({ topics: [...(m.topics ?? [])], allTopics: m.allTopics ?? false, allowAutoTopicCreation: m.allowAutoTopicCreation ?? false }),
  encodeResponse: (r) => r,
};

export const apiVersionsCodec: ProtobufCodec<M.ApiVersionsRequest, M.ApiVersionsResponse, samsa.v1.IApiVersionsRequest, samsa.v1.IApiVersionsResponse> = {
  decodeRequest: (m) => ({ clientSoftwareName: m.clientSoftwareName ?? '', clientSoftwareVersion: m.clientSoftwareVersion ?? '' }),
  encodeResponse: (r) => r,
};

export const describeClusterCodec: ProtobufCodec<D.DescribeClusterRequest, D.DescribeClusterResponse,
  samsa.v1.IDescribeClusterRequest, samsa.v1.IDescribeClusterResponse> = {
  decodeRequest: (m) => ({ includeClusterAuthorizedOperations: m.includeClusterAuthorizedOperations ?? false }),
  encodeResponse: (r) => r,
};
