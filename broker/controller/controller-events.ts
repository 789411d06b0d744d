/**
 * The controller's event types (Kafka's `ControllerEvent`s). Events raised by an active
 * controller's watches and channels carry the incarnation that registered them, so that a watch
 * left over from before a resignation cannot act on a later term.
 */

import type { samsa } from '../../proto/generated/samsa';
import type { TopicPartition } from './controller-context';

export type ControllerLifecycleEvent =
  | { type: 'Startup' }
  | { type: 'ControllerChange' }
  | { type: 'Reelect' }
  | { type: 'Expire' }
  | { type: 'Shutdown' };

/** Events handled by the active controller only. */
export type ActiveControllerEvent =
  | { type: 'BrokerChange' }
  | { type: 'TopicChange' }
  | { type: 'TopicDeletion' }
  | { type: 'TopicDeletionStopReplicaResponseReceived'; brokerId: number; response: samsa.v1.IStopReplicaResponse; partitions: TopicPartition[] };

export type IncarnatedEvent = ActiveControllerEvent & { incarnation: number };

export type ControllerEvent = ControllerLifecycleEvent | IncarnatedEvent;
