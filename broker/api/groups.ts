/**
 * The group APIs as the domain sees them (Kafka 2.x's group protocol): FindCoordinator (10),
 * JoinGroup (11), SyncGroup (14), Heartbeat (12), LeaveGroup (13), OffsetCommit (8),
 * OffsetFetch (9), DescribeGroups (15), ListGroups (16), DeleteGroups (42). Member metadata and
 * assignments are opaque bytes owned by the client's assignor.
 */

export interface FindCoordinatorRequest {
  /** The group id. */
  key: string;
  /** 0 group, 1 transaction. */
  keyType: number;
}

export interface FindCoordinatorResponse {
  errorCode: number;
  errorMessage: string;
  nodeId: number;
  host: string;
  port: number;
}

export interface JoinGroupProtocol {
  /** Assignor name: range, roundrobin, sticky. */
  name: string;
  /** The member's subscription. */
  metadata: Buffer;
}

export interface JoinGroupRequest {
  groupId: string;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  /** Empty on a first join (MEMBER_ID_REQUIRED hands one out). */
  memberId: string;
  /** Static membership (KIP-345); empty when dynamic. */
  groupInstanceId: string;
  protocolType: string;
  protocols: JoinGroupProtocol[];
  /**
   * KIP-394: a dynamic member without an id first gets one with MEMBER_ID_REQUIRED and joins
   * again with it. False for Kafka's JoinGroup v0-v3, whose clients expect to join in one step;
   * absent means true.
   */
  requireKnownMemberId?: boolean;
}

export interface JoinGroupMember {
  memberId: string;
  groupInstanceId: string;
  metadata: Buffer;
}

export interface JoinGroupResponse {
  errorCode: number;
  generationId: number;
  protocolType: string;
  protocolName: string;
  leader: string;
  memberId: string;
  /** Only the leader gets the members. */
  members: JoinGroupMember[];
}

export interface SyncGroupAssignment {
  memberId: string;
  assignment: Buffer;
}

export interface SyncGroupRequest {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId: string;
  protocolType: string;
  protocolName: string;
  /** Only the leader sends assignments. */
  assignments: SyncGroupAssignment[];
}

export interface SyncGroupResponse {
  errorCode: number;
  protocolType: string;
  protocolName: string;
  assignment: Buffer;
}

export interface HeartbeatRequest {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId: string;
}

export interface HeartbeatResponse {
  errorCode: number;
}

export interface MemberIdentity {
  memberId: string;
  groupInstanceId: string;
}

export interface LeaveGroupRequest {
  groupId: string;
  members: MemberIdentity[];
}

export interface LeaveGroupMemberResponse {
  memberId: string;
  groupInstanceId: string;
  errorCode: number;
}

export interface LeaveGroupResponse {
  errorCode: number;
  members: LeaveGroupMemberResponse[];
}

export interface OffsetCommitPartition {
  partition: number;
  /** The next offset to consume. */
  committedOffset: number;
  committedLeaderEpoch: number;
  committedMetadata: string;
  /** OffsetCommit v1's explicit commit time; absent or -1: the broker's time of the commit. */
  commitTimestamp?: number;
}

export interface OffsetCommitTopic {
  name: string;
  partitions: OffsetCommitPartition[];
}

export interface OffsetCommitRequest {
  groupId: string;
  /** -1 for a standalone commit (no group membership). */
  generationId: number;
  memberId: string;
  groupInstanceId: string;
  /**
   * OffsetCommit v2-v4's retention (before KIP-211): the offsets expire this long after the
   * commit whatever the group's state. Absent or -1: offsets.retention.minutes once the group is Empty.
   */
  retentionTimeMs?: number;
  topics: OffsetCommitTopic[];
}

export interface OffsetCommitPartitionResponse {
  partition: number;
  errorCode: number;
}

export interface OffsetCommitTopicResponse {
  name: string;
  partitions: OffsetCommitPartitionResponse[];
}

export interface OffsetCommitResponse {
  topics: OffsetCommitTopicResponse[];
}

export interface OffsetFetchTopicPartitions {
  name: string;
  partitions: number[];
}

export interface OffsetFetchRequest {
  groupId: string;
  /** Ignored with allTopics: every committed offset. */
  topics: OffsetFetchTopicPartitions[];
  allTopics: boolean;
  /**
   * KIP-447 (OffsetFetch v7): a partition with a transactional commit pending is answered
   * UNSTABLE_OFFSET_COMMIT instead of its offset, so that a transactional consumer does not start
   * from an offset its predecessor's open transaction is about to replace. Absent: false.
   */
  requireStable?: boolean;
}

export interface OffsetFetchPartition {
  partition: number;
  /** -1 when nothing is committed. */
  committedOffset: number;
  committedLeaderEpoch: number;
  metadata: string;
  errorCode: number;
}

export interface OffsetFetchTopic {
  name: string;
  partitions: OffsetFetchPartition[];
}

export interface OffsetFetchResponse {
  errorCode: number;
  topics: OffsetFetchTopic[];
}

export interface DescribeGroupsRequest {
  groups: string[];
}

export interface DescribedGroupMember {
  memberId: string;
  groupInstanceId: string;
  clientId: string;
  clientHost: string;
  memberMetadata: Buffer;
  memberAssignment: Buffer;
}

export interface DescribedGroup {
  errorCode: number;
  groupId: string;
  /** Empty, PreparingRebalance, CompletingRebalance, Stable, Dead. */
  groupState: string;
  protocolType: string;
  /** The chosen assignor. */
  protocolData: string;
  members: DescribedGroupMember[];
}

export interface DescribeGroupsResponse {
  groups: DescribedGroup[];
}

export interface ListGroupsRequest {
  statesFilter: string[];
}

export interface ListedGroup {
  groupId: string;
  protocolType: string;
  groupState: string;
}

export interface ListGroupsResponse {
  errorCode: number;
  groups: ListedGroup[];
}

export interface DeleteGroupsRequest {
  groupsNames: string[];
}

export interface DeletableGroupResult {
  groupId: string;
  errorCode: number;
}

export interface DeleteGroupsResponse {
  results: DeletableGroupResult[];
}
