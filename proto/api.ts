/**
 * API keys (Kafka's numbers), the envelope field each one travels in, and the versions this
 * build speaks. The body field of an API in Request/Response is `100 + apiKey`.
 */

export const ApiKey = {
  Produce: 0,
  Fetch: 1,
  ListOffsets: 2,
  Metadata: 3,
  LeaderAndIsr: 4,
  StopReplica: 5,
  UpdateMetadata: 6,
  ControlledShutdown: 7,
  OffsetCommit: 8,
  OffsetFetch: 9,
  FindCoordinator: 10,
  JoinGroup: 11,
  Heartbeat: 12,
  LeaveGroup: 13,
  SyncGroup: 14,
  DescribeGroups: 15,
  ListGroups: 16,
  DescribeConfigs: 32,
  ApiVersions: 18,
  CreateTopics: 19,
  DeleteTopics: 20,
  InitProducerId: 22,
  OffsetForLeaderEpoch: 23,
  AddPartitionsToTxn: 24,
  AddOffsetsToTxn: 25,
  EndTxn: 26,
  WriteTxnMarkers: 27,
  TxnOffsetCommit: 28,
  DeleteGroups: 42,
  ElectLeaders: 43,
  DescribeCluster: 60,
  DescribeProducers: 61,
  DescribeTransactions: 65,
  ListTransactions: 66,
  DescribeUserScramCredentials: 50,
  AlterUserScramCredentials: 51,
} as const;
export type ApiKey = (typeof ApiKey)[keyof typeof ApiKey];

/** The oneof field name (protobufjs camelCase) that carries each API's body. */
export const bodyFieldByApiKey: Readonly<Record<ApiKey, string>> = {
  [ApiKey.Produce]: 'produce',
  [ApiKey.Fetch]: 'fetch',
  [ApiKey.ListOffsets]: 'listOffsets',
  [ApiKey.Metadata]: 'metadata',
  [ApiKey.LeaderAndIsr]: 'leaderAndIsr',
  [ApiKey.StopReplica]: 'stopReplica',
  [ApiKey.UpdateMetadata]: 'updateMetadata',
  [ApiKey.ControlledShutdown]: 'controlledShutdown',
  [ApiKey.OffsetCommit]: 'offsetCommit',
  [ApiKey.OffsetFetch]: 'offsetFetch',
  [ApiKey.FindCoordinator]: 'findCoordinator',
  [ApiKey.JoinGroup]: 'joinGroup',
  [ApiKey.Heartbeat]: 'heartbeat',
  [ApiKey.LeaveGroup]: 'leaveGroup',
  [ApiKey.SyncGroup]: 'syncGroup',
  [ApiKey.DescribeGroups]: 'describeGroups',
  [ApiKey.ListGroups]: 'listGroups',
  [ApiKey.DescribeConfigs]: 'describeConfigs',
  [ApiKey.ApiVersions]: 'apiVersions',
  [ApiKey.CreateTopics]: 'createTopics',
  [ApiKey.DeleteTopics]: 'deleteTopics',
  [ApiKey.InitProducerId]: 'initProducerId',
  [ApiKey.OffsetForLeaderEpoch]: 'offsetForLeaderEpoch',
  [ApiKey.AddPartitionsToTxn]: 'addPartitionsToTxn',
  [ApiKey.AddOffsetsToTxn]: 'addOffsetsToTxn',
  [ApiKey.EndTxn]: 'endTxn',
  [ApiKey.WriteTxnMarkers]: 'writeTxnMarkers',
  [ApiKey.TxnOffsetCommit]: 'txnOffsetCommit',
  [ApiKey.DeleteGroups]: 'deleteGroups',
  [ApiKey.ElectLeaders]: 'electLeaders',
  [ApiKey.DescribeCluster]: 'describeCluster',
  [ApiKey.DescribeProducers]: 'describeProducers',
  [ApiKey.DescribeTransactions]: 'describeTransactions',
  [ApiKey.ListTransactions]: 'listTransactions',
  [ApiKey.DescribeUserScramCredentials]: 'describeUserScramCredentials',
  [ApiKey.AlterUserScramCredentials]: 'alterUserScramCredentials',
};

export function apiName(apiKey: number): string {
  for (const [name, key] of Object.entries(ApiKey)) if (key === apiKey) return name;
  return `Unknown(${apiKey})`;
}
