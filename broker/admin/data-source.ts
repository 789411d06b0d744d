/**
 * What the admin API reads, as plain views: the broker adapts its MetadataCache and
 * ReplicaManager to this interface (see ../server.ts), and tests pass a fake. The admin API never
 * reaches into broker internals, so it can only observe, never change, broker state.
 */
import type { LogCleanerMetrics } from '../log/cleaner/log-cleaner';

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

/** Kafka's kafka.controller KafkaController, ControllerStats and ControllerEventManager figures. */
export interface AdminControllerMetricsView {
  /** 1 on the active controller, 0 elsewhere. */
  activeControllerCount: number;
  offlinePartitionsCount: number;
  preferredReplicaImbalanceCount: number;
  globalPartitionCount: number;
  globalTopicCount: number;
  uncleanLeaderElections: number;
  leaderElections: number;
  eventQueueSize: number;
}

/** Kafka's kafka.server ReplicaManager and ReplicaFetcherManager figures for this broker. */
export interface AdminReplicaMetricsView {
  partitionCount: number;
  leaderCount: number;
  underReplicatedPartitions: number;
  underMinIsrPartitionCount: number;
  atMinIsrPartitionCount: number;
  offlineReplicaCount: number;
  isrShrinks: number;
  isrExpands: number;
  failedIsrUpdates: number;
  maxFollowerLag: number;
  /** Optional so that sources without ISR retries need not report it. */
  pendingIsrUpdatePartitions?: number;
}

/** One local log (Kafka's kafka.log:type=Log gauges, per topic and partition). */
export interface AdminLogMetricsView {
  topic: string;
  partition: number;
  sizeBytes: number;
  logStartOffset: number;
  logEndOffset: number;
  numLogSegments: number;
}

/** The log cleaner's figures, as the cleaner reports them (a plain data view). */
export type AdminLogCleanerMetricsView = LogCleanerMetrics;

export interface AdminDataSource {
  /** '' until the broker has read the cluster id from ZooKeeper. */
  clusterId(): string;
  /** -1 when no controller is known. */
  controllerId(): number;
  /** Live brokers, as the controller last reported them. */
  brokers(): AdminBrokerView[];
  topicNames(): string[];
  topic(name: string): AdminTopicView | undefined;
  /**
   * Resolves true once this broker's metadata has the topic (`present`) or no longer has it, false
   * after `timeoutMs`. A REST call that creates or deletes a topic waits for it, so that this
   * broker's next answers show the change: the controller answers once its own metadata changed,
   * and the other brokers learn of it a moment later.
   */
  waitForTopic?(name: string, present: boolean, timeoutMs: number): Promise<boolean>;
  readiness(): Readiness;
  /** For /metrics; undefined (or absent) while the controller component is not running. */
  controllerMetrics?(): AdminControllerMetricsView | undefined;
  /** For /metrics; undefined (or absent) while the replica manager is not running. */
  replicaMetrics?(): AdminReplicaMetricsView | undefined;
  /** For /metrics; undefined (or absent) when log.cleaner.enable=false. */
  logCleanerMetrics?(): AdminLogCleanerMetricsView | undefined;
  /** For /metrics: every log this broker holds; undefined (or absent) while the log manager is not running. */
  logMetrics?(): AdminLogMetricsView[] | undefined;
}
