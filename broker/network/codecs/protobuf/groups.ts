/** Protobuf codecs for the group APIs (proto/groups.proto). Member metadata and assignments stay opaque bytes. */
import type { samsa } from '../../../../proto/generated/samsa';
import type * as G from '../../../api/groups';
import type { ProtobufCodec } from './protobuf-codec';

type Codec<Req, Resp, WireRequest, WireResponse> = ProtobufCodec<Req, Resp, WireRequest, WireResponse>;

export const findCoordinatorCodec: Codec<G.FindCoordinatorRequest, G.FindCoordinatorResponse, samsa.v1.IFindCoordinatorRequest, samsa.v1.IFindCoordinatorResponse> = {
  decodeRequest: (m) => ({ key: m.key ?? '', keyType: m.keyType ?? 0 }),
  encodeResponse: (r) => r,
};

export const joinGroupCodec: Codec<G.JoinGroupRequest, G.JoinGroupResponse, samsa.v1.IJoinGroupRequest, samsa.v1.IJoinGroupResponse> = {
  decodeRequest: (m) => ({
    groupId: m.groupId ?? '', sessionTimeoutMs: m.sessionTimeoutMs ?? 0, rebalanceTimeoutMs: m.rebalanceTimeoutMs ?? 0,
    memberId: m.memberId ?? '', groupInstanceId: m.groupInstanceId ?? '', protocolType: m.protocolType ?? '',
    protocols: (m.protocols ?? []).map((p) => ({ name: p.name ?? '', metadata: Buffer.from(p.metadata ?? []) })),
  }),
  encodeResponse: (r) => r,
};

export const syncGroupCodec: Codec<G.SyncGroupRequest, G.SyncGroupResponse, samsa.v1.ISyncGroupRequest, samsa.v1.ISyncGroupResponse> = {
  decodeRequest: (m) => ({
    groupId: m.groupId ?? '', generationId: m.generationId ?? 0, memberId: m.memberId ?? '', groupInstanceId: m.groupInstanceId ?? '',
    protocolType: m.protocolType ?? '', protocolName: m.protocolName ?? '',
    assignments: (m.assignments ?? []).map((a) => ({ memberId: a.memberId ?? '', assignment: Buffer.from(a.assignment ?? []) })),
  }),
  encodeResponse: (r) => r,
};

export const heartbeatCodec: Codec<G.HeartbeatRequest, G.HeartbeatResponse, samsa.v1.IHeartbeatRequest, samsa.v1.IHeartbeatResponse> = {
  decodeRequest: (m) => ({ groupId: m.groupId ?? '', generationId: m.generationId ?? 0, memberId: m.memberId ?? '', groupInstanceId: m.groupInstanceId ?? '' }),
  encodeResponse: (r) => r,
};

export const leaveGroupCodec: Codec<G.LeaveGroupRequest, G.LeaveGroupResponse, samsa.v1.ILeaveGroupRequest, samsa.v1.ILeaveGroupResponse> = {
  decodeRequest: (m) => ({
    groupId: m.groupId ?? '',
    members: (m.members ?? []).map((x) => ({ memberId: x.memberId ?? '', groupInstanceId: x.groupInstanceId ?? '' })),
  }),
  encodeResponse: (r) => r,
};

export const offsetCommitCodec: Codec<G.OffsetCommitRequest, G.OffsetCommitResponse, samsa.v1.IOffsetCommitRequest, samsa.v1.IOffsetCommitResponse> = {
  decodeRequest: (m) => ({
    groupId: m.groupId ?? '', generationId: m.generationId ?? 0, memberId: m.memberId ?? '', groupInstanceId: m.groupInstanceId ?? '',
    topics: (m.topics ?? []).map((t) => ({
      name: t.name ?? '',
      partitions: (t.partitions ?? []).map((p) => ({
        partition: p.partition ?? 0, committedOffset: p.committedOffset ?? 0, committedLeaderEpoch: p.committedLeaderEpoch ?? -1,
        committedMetadata: p.committedMetadata ?? '',
      })),
    })),
  }),
  encodeResponse: (r) => r,
};

export const offsetFetchCodec: Codec<G.OffsetFetchRequest, G.OffsetFetchResponse, samsa.v1.IOffsetFetchRequest, samsa.v1.IOffsetFetchResponse> = {
  decodeRequest: (m) => ({
    groupId: m.groupId ?? '', allTopics: m.allTopics ?? false, requireStable: m.requireStable ?? false,
    topics: (m.topics ?? []).map((t) => ({ name: t.name ?? '', partitions: [...(t.partitions ?? [])] })),
  }),
  encodeResponse: (r) => r,
};

export const describeGroupsCodec: Codec<G.DescribeGroupsRequest, G.DescribeGroupsResponse, samsa.v1.IDescribeGroupsRequest, samsa.v1.IDescribeGroupsResponse> = {
  decodeRequest: (m) => ({ groups: [...(m.groups ?? [])] }),
  encodeResponse: (r) => r,
};

export const listGroupsCodec: Codec<G.ListGroupsRequest, G.ListGroupsResponse, samsa.v1.IListGroupsRequest, samsa.v1.IListGroupsResponse> = {
  decodeRequest: (m) => ({ statesFilter: [...(m.statesFilter ?? [])] }),
  encodeResponse: (r) => r,
};

export const deleteGroupsCodec: Codec<G.DeleteGroupsRequest, G.DeleteGroupsResponse, samsa.v1.IDeleteGroupsRequest, samsa.v1.IDeleteGroupsResponse> = {
  decodeRequest: (m) => ({ groupsNames: [...(m.groupsNames ?? [])] }),
  encodeResponse: (r) => r,
};
