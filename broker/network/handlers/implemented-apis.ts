/** The APIs this broker serves (advertised by ApiVersions; index.ts has one handler for each). */
import { ApiKey } from '../../../proto/api';

export const implementedApiKeys: readonly number[] = Object.freeze([
  ApiKey.Produce, ApiKey.Fetch, ApiKey.ListOffsets, ApiKey.Metadata, ApiKey.LeaderAndIsr, ApiKey.StopReplica,
  ApiKey.UpdateMetadata, ApiKey.ControlledShutdown, ApiKey.ApiVersions, ApiKey.CreateTopics, ApiKey.DeleteTopics,
  ApiKey.DescribeConfigs, ApiKey.AlterConfigs, ApiKey.IncrementalAlterConfigs,
  ApiKey.OffsetForLeaderEpoch, ApiKey.ElectLeaders,
  ApiKey.AlterPartitionReassignments, ApiKey.ListPartitionReassignments,
  ApiKey.OffsetCommit, ApiKey.OffsetFetch, ApiKey.FindCoordinator, ApiKey.JoinGroup, ApiKey.Heartbeat, ApiKey.LeaveGroup,
  ApiKey.SyncGroup, ApiKey.DescribeGroups, ApiKey.ListGroups, ApiKey.DeleteGroups,
  ApiKey.InitProducerId, ApiKey.DescribeCluster,
  ApiKey.AddPartitionsToTxn, ApiKey.AddOffsetsToTxn, ApiKey.EndTxn, ApiKey.WriteTxnMarkers, ApiKey.TxnOffsetCommit,
  ApiKey.DescribeProducers, ApiKey.DescribeTransactions, ApiKey.ListTransactions,
  ApiKey.DescribeUserScramCredentials, ApiKey.AlterUserScramCredentials,
  ApiKey.SaslHandshake, ApiKey.SaslAuthenticate,
  ApiKey.DescribeAcls, ApiKey.CreateAcls, ApiKey.DeleteAcls,
]);
