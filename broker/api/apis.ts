/**
 * Every API this broker serves, by Kafka's api key, with its domain request and response types.
 * Handlers, wire codecs and the dispatcher are typed from this one table, so that a second wire
 * protocol maps onto exactly the same requests.
 */
import type { ApiKey } from '../../proto/api';
import type * as A from './acls';
import type * as C from './controller-requests';
import type * as K from './configs';
import type * as D from './describe-cluster';
import type * as F from './fetch';
import type * as G from './groups';
import type * as I from './init-producer-id';
import type * as L from './list-offsets';
import type * as M from './metadata';
import type * as O from './offset-for-leader-epoch';
import type * as P from './produce';
import type * as R from './reassignments';
import type * as S from './sasl';
import type * as T from './topics';
import type * as X from './transactions';
import type * as U from './users';

interface Api<Req, Resp> {
  request: Req;
  response: Resp;
}

export interface Apis {
  [ApiKey.Produce]: Api<P.ProduceRequest, P.ProduceResponse>;
  [ApiKey.Fetch]: Api<F.FetchRequest, F.FetchResponse>;
  [ApiKey.ListOffsets]: Api<L.ListOffsetsRequest, L.ListOffsetsResponse>;
  [ApiKey.Metadata]: Api<M.MetadataRequest, M.MetadataResponse>;
  [ApiKey.LeaderAndIsr]: Api<C.LeaderAndIsrRequest, C.LeaderAndIsrResponse>;
  [ApiKey.StopReplica]: Api<C.StopReplicaRequest, C.StopReplicaResponse>;
  [ApiKey.UpdateMetadata]: Api<C.UpdateMetadataRequest, C.UpdateMetadataResponse>;
  [ApiKey.ControlledShutdown]: Api<C.ControlledShutdownRequest, C.ControlledShutdownResponse>;
  [ApiKey.OffsetCommit]: Api<G.OffsetCommitRequest, G.OffsetCommitResponse>;
  [ApiKey.OffsetFetch]: Api<G.OffsetFetchRequest, G.OffsetFetchResponse>;
  [ApiKey.FindCoordinator]: Api<G.FindCoordinatorRequest, G.FindCoordinatorResponse>;
  [ApiKey.JoinGroup]: Api<G.JoinGroupRequest, G.JoinGroupResponse>;
  [ApiKey.Heartbeat]: Api<G.HeartbeatRequest, G.HeartbeatResponse>;
  [ApiKey.LeaveGroup]: Api<G.LeaveGroupRequest, G.LeaveGroupResponse>;
  [ApiKey.SyncGroup]: Api<G.SyncGroupRequest, G.SyncGroupResponse>;
  [ApiKey.DescribeGroups]: Api<G.DescribeGroupsRequest, G.DescribeGroupsResponse>;
  [ApiKey.ListGroups]: Api<G.ListGroupsRequest, G.ListGroupsResponse>;
  [ApiKey.DescribeConfigs]: Api<T.DescribeConfigsRequest, T.DescribeConfigsResponse>;
  [ApiKey.ApiVersions]: Api<M.ApiVersionsRequest, M.ApiVersionsResponse>;
  [ApiKey.CreateTopics]: Api<T.CreateTopicsRequest, T.CreateTopicsResponse>;
  [ApiKey.DeleteTopics]: Api<T.DeleteTopicsRequest, T.DeleteTopicsResponse>;
  [ApiKey.InitProducerId]: Api<I.InitProducerIdRequest, I.InitProducerIdResponse>;
  [ApiKey.OffsetForLeaderEpoch]: Api<O.OffsetForLeaderEpochRequest, O.OffsetForLeaderEpochResponse>;
  [ApiKey.AddPartitionsToTxn]: Api<X.AddPartitionsToTxnRequest, X.AddPartitionsToTxnResponse>;
  [ApiKey.AddOffsetsToTxn]: Api<X.AddOffsetsToTxnRequest, X.AddOffsetsToTxnResponse>;
  [ApiKey.EndTxn]: Api<X.EndTxnRequest, X.EndTxnResponse>;
  [ApiKey.WriteTxnMarkers]: Api<X.WriteTxnMarkersRequest, X.WriteTxnMarkersResponse>;
  [ApiKey.TxnOffsetCommit]: Api<X.TxnOffsetCommitRequest, X.TxnOffsetCommitResponse>;
  [ApiKey.DescribeAcls]: Api<A.DescribeAclsRequest, A.DescribeAclsResponse>;
  [ApiKey.CreateAcls]: Api<A.CreateAclsRequest, A.CreateAclsResponse>;
  [ApiKey.DeleteAcls]: Api<A.DeleteAclsRequest, A.DeleteAclsResponse>;
  [ApiKey.DeleteGroups]: Api<G.DeleteGroupsRequest, G.DeleteGroupsResponse>;
  [ApiKey.ElectLeaders]: Api<T.ElectLeadersRequest, T.ElectLeadersResponse>;
  [ApiKey.AlterPartitionReassignments]: Api<R.AlterPartitionReassignmentsRequest, R.AlterPartitionReassignmentsResponse>;
  [ApiKey.ListPartitionReassignments]: Api<R.ListPartitionReassignmentsRequest, R.ListPartitionReassignmentsResponse>;
  [ApiKey.DescribeCluster]: Api<D.DescribeClusterRequest, D.DescribeClusterResponse>;
  [ApiKey.DescribeProducers]: Api<X.DescribeProducersRequest, X.DescribeProducersResponse>;
  [ApiKey.DescribeTransactions]: Api<X.DescribeTransactionsRequest, X.DescribeTransactionsResponse>;
  [ApiKey.ListTransactions]: Api<X.ListTransactionsRequest, X.ListTransactionsResponse>;
  [ApiKey.DescribeUserScramCredentials]: Api<U.DescribeUserScramCredentialsRequest, U.DescribeUserScramCredentialsResponse>;
  [ApiKey.AlterUserScramCredentials]: Api<U.AlterUserScramCredentialsRequest, U.AlterUserScramCredentialsResponse>;
  [ApiKey.SaslHandshake]: Api<S.SaslHandshakeRequest, S.SaslHandshakeResponse>;
  [ApiKey.SaslAuthenticate]: Api<S.SaslAuthenticateRequest, S.SaslAuthenticateResponse>;
  [ApiKey.AlterConfigs]: Api<K.AlterConfigsRequest, K.AlterConfigsResponse>;
  [ApiKey.IncrementalAlterConfigs]: Api<K.IncrementalAlterConfigsRequest, K.AlterConfigsResponse>;
}

export type ApiRequest<K extends ApiKey> = Apis[K]['request'];
export type ApiResponse<K extends ApiKey> = Apis[K]['response'];
