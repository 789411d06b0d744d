/**
 * The inter-broker control plane as the domain sees it: the controller's LeaderAndIsr (4),
 * StopReplica (5) and UpdateMetadata (6), and a broker's ControlledShutdown (7). Every controller
 * request carries the controller epoch and the target broker's epoch (STALE_CONTROLLER_EPOCH,
 * STALE_BROKER_EPOCH fencing, KIP-380).
 */

/** The fencing fields every controller request carries. */
export interface ControllerRequestFields {
  controllerId: number;
  controllerEpoch: number;
  /** -1: the sender did not say (never stale). */
  brokerEpoch: number;
}

/** A partition's leadership as the controller last wrote it to ZooKeeper (the state znode). */
export interface PartitionLeadershipState {
  topic: string;
  partition: number;
  controllerEpoch: number;
  /** -1 no leader; in UpdateMetadata, -2 the topic is being deleted (remove it from the cache). */
  leader: number;
  leaderEpoch: number;
  isr: number[];
  zkVersion: number;
  replicas: number[];
}

export interface LeaderAndIsrPartitionState extends PartitionLeadershipState {
  addingReplicas: number[];
  removingReplicas: number[];
  isNew: boolean;
}

export interface LeaderAndIsrLiveLeader {
  brokerId: number;
  host: string;
  port: number;
}

export interface LeaderAndIsrRequest extends ControllerRequestFields {
  partitionStates: LeaderAndIsrPartitionState[];
  liveLeaders: LeaderAndIsrLiveLeader[];
}

export interface PartitionError {
  topic: string;
  partition: number;
  errorCode: number;
}

export interface LeaderAndIsrResponse {
  errorCode: number;
  partitionErrors: PartitionError[];
}

export interface UpdateMetadataPartitionState extends PartitionLeadershipState {
  offlineReplicas: number[];
}

export interface UpdateMetadataEndpoint {
  port: number;
  host: string;
  listener: string;
  securityProtocol: string;
}

export interface UpdateMetadataBroker {
  id: number;
  endpoints: UpdateMetadataEndpoint[];
  /** Empty when the broker has no rack. */
  rack: string;
}

export interface UpdateMetadataRequest extends ControllerRequestFields {
  partitionStates: UpdateMetadataPartitionState[];
  liveBrokers: UpdateMetadataBroker[];
}

export interface UpdateMetadataResponse {
  errorCode: number;
}

export interface StopReplicaPartition {
  topic: string;
  partition: number;
  /** -1: do not check. */
  leaderEpoch: number;
  /** Also delete the log (topic deletion). */
  deletePartition: boolean;
}

export interface StopReplicaRequest extends ControllerRequestFields {
  partitions: StopReplicaPartition[];
}

export interface StopReplicaResponse {
  errorCode: number;
  partitionErrors: PartitionError[];
}

export interface ControlledShutdownRequest {
  brokerId: number;
  brokerEpoch: number;
}

export interface ControlledShutdownResponse {
  errorCode: number;
  remainingPartitions: { topic: string; partition: number }[];
}
