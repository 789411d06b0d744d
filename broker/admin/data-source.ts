/**
 * What the admin API reads, as plain views: the broker adapts its MetadataCache and
 * ReplicaManager to this interface (see ../server.ts), and tests pass a fake. The admin API never
 * reaches into broker internals, so it can only observe, never change, broker state.
 */

export interface AdminBrokerView {
  brokerId: number;
  host: string;
  port: number;
  rack: string | null;
}

/** Offsets known only on the partition's leader (this broker leads it). */
export interface AdminLocalLogView {
  highWatermark: number;
  logStartOffset: number;
  logEndOffset: number;
}

export interface AdminPartitionView {
  partitionId: number;
  /** -1 when the partition has no leader. */
  leader: number;
  leaderEpoch: number;
  replicas: number[];
  isr: number[];
  local: AdminLocalLogView | undefined;
}

export interface AdminTopicView {
  name: string;
  isInternal: boolean;
  partitions: AdminPartitionView[];
}

export interface Readiness {
  ready: boolean;
  /** Why the broker is not ready (empty when ready). */
  reasons: string[];
}

export interface AdminDataSource {
  /** '' until the broker has read the cluster id from ZooKeeper. */
  clusterId(): string;
  /** -1 when no controller is known. */
  controllerId(): number;
  /** Live brokers, as the controller last reported them. */
  brokers(): AdminBrokerView[];
  topicNames(): string[];
  topic(name: string): AdminTopicView | undefined;
  readiness(): Readiness;
}
