/** Protobuf codecs for DescribeAcls, CreateAcls and DeleteAcls (proto/acls.proto). */
import type { samsa } from '../../../../proto/generated/samsa';
import * as A from '../../../api/acls';
import type { ProtobufCodec } from './protobuf-codec';

type WireFilter = samsa.v1.IDescribeAclsRequest | samsa.v1.IDeleteAclsFilter;

function filterFields(m: WireFilter): A.AclFilterFields {
  return {
    resourceTypeFilter: m.resourceTypeFilter ?? 0,
    resourceNameFilter: A.textFilter(m.resourceNameFilter),
    patternTypeFilter: m.patternTypeFilter ?? 0,
    principalFilter: A.textFilter(m.principalFilter),
    hostFilter: A.textFilter(m.hostFilter),
    operation: m.operation ?? 0,
    permissionType: m.permissionType ?? 0,
  };
}

export const describeAclsCodec: ProtobufCodec<A.DescribeAclsRequest, A.DescribeAclsResponse,
  samsa.v1.IDescribeAclsRequest, samsa.v1.IDescribeAclsResponse> = {
  decodeRequest: filterFields,
  encodeResponse: (r) => r,
};

export const createAclsCodec: ProtobufCodec<A.CreateAclsRequest, A.CreateAclsResponse, samsa.v1.ICreateAclsRequest, samsa.v1.ICreateAclsResponse> = {
  decodeRequest: (m) => ({
    creations: (m.creations ?? []).map((c) => ({
      resourceType: c.resourceType ?? 0, resourceName: c.resourceName ?? '', resourcePatternType: c.resourcePatternType ?? 0,
      principal: c.principal ?? '', host: c.host ?? '', operation: c.operation ?? 0, permissionType: c.permissionType ?? 0,
    })),
  }),
  encodeResponse: (r) => r,
};

export const deleteAclsCodec: ProtobufCodec<A.DeleteAclsRequest, A.DeleteAclsResponse, samsa.v1.IDeleteAclsRequest, samsa.v1.IDeleteAclsResponse> = {
  decodeRequest: (m) => ({ filters: (m.filters ?? []).map(filterFields) }),
  encodeResponse: (r) => r,
};
