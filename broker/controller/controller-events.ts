/**
 * The controller's event types (Kafka's `ControllerEvent`s). Events raised by an active
 * controller's watches, timers and channels carry the incarnation that registered them, so that a
 * watch left over from before a resignation cannot act on a later term. Requests from brokers and
 * admins (ControlledShutdown, ElectLeaders, Alter/ListPartitionReassignments) carry their reply
 * callbacks and are answered NOT_CONTROLLER when this broker is not the active controller.
 */

import type { StopReplicaResponse } from '../api/controller-requests';
import { type TopicPartition } from '../../proto/topic-partition';

export type ControllerLifecycleEvent =
  | { type: 'Startup' }
  | { type: 'ControllerChange' }
  | { type: 'Reelect' }
  | { type: 'Expire'; /** the ZooKeeper session generation that expired */ sessionGeneration: number }
  | { type: 'Shutdown' };

/** Events handled by the active controller only. */
export type ActiveControllerEvent =
  | { type: 'BrokerChange' }
  | { type: 'BrokerModification'; brokerId: number }
  | { type: 'TopicChange' }
  | { type: 'PartitionModifications'; topic: string }
  | { type: 'TopicDeletion' }
  | { type: 'TopicDeletionRetry'; topic: string }
  | { type: 'TopicDeletionStopReplicaResponseReceived'; brokerId: number; response: StopReplicaResponse; partitions: TopicPartition[] }
  | { type: 'IsrChangeNotification' }
  | { type: 'PartitionReassignment' }
  | { type: 'PreferredReplicaLeaderElection' }
  | { type: 'AutoPreferredReplicaLeaderElection' };

export type IncarnatedEvent = ActiveControllerEvent & { incarnation: number };

export interface ControlledShutdownResult { errorCode: number; remainingPartitions: TopicPartition[] }

/** Per partition, keyed "topic-partition" as Kafka's TopicPartition.toString. */
export type LeaderElectionResults = Map<string, { errorCode: number; message?: string }>;

export const ElectionType = { Preferred: 0, Unclean: 1 } as const;
export type ElectionType = (typeof ElectionType)[keyof typeof ElectionType];

export interface PartitionReassignmentInfo {
  topic: string; partition: number; replicas: number[]; addingReplicas: number[]; removingReplicas: number[];
}

/** One partition of AlterPartitionReassignments: the target replicas, or null to cancel. */
export interface PartitionReassignmentRequest { topic: string; partition: number; replicas: number[] | null }

/** Per partition, keyed "topic-partition" as Kafka's TopicPartition.toString. */
export type PartitionReassignmentResults = Map<string, { errorCode: number; message?: string }>;

interface Reply<T> { respond: (result: T) => void; fail: (err: unknown) => void }

export type ControllerApiEvent =
  | ({ type: 'ControlledShutdown'; brokerId: number; brokerEpoch: number } & Reply<ControlledShutdownResult>)
  | ({ type: 'ReplicaLeaderElection'; electionType: ElectionType; partitions: TopicPartition[] | 'all' } & Reply<LeaderElectionResults>)
  | ({ type: 'ListPartitionReassignments'; partitions?: TopicPartition[] } & Reply<PartitionReassignmentInfo[]>)
  | ({ type: 'AlterPartitionReassignments'; reassignments: PartitionReassignmentRequest[] } & Reply<PartitionReassignmentResults>);

export type ControllerEvent = ControllerLifecycleEvent | IncarnatedEvent | ControllerApiEvent;
