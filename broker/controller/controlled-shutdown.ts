/**
 * Kafka's `KafkaController.doControlledShutdown`: before a broker stops, move leadership of its
 * replicated partitions elsewhere and take it out of the ISRs it follows, so that clients see one
 * clean leader change instead of an outage lasting the ZooKeeper session timeout.
 */

import type { Logger } from 'pino';
import { ErrorCode } from '../../proto/errors';
import type { ControllerContext } from './controller-context';
import type { ControlledShutdownResult } from './controller-events';
import { PartitionState, type PartitionStateMachine } from './partition-state-machine';
import { ReplicaState, type ReplicaStateMachine } from './replica-state-machine';
import { type TopicPartition } from '../../proto/topic-partition';

export interface ControlledShutdownDeps {
  ctx: ControllerContext;
  logger: Logger;
  partitionStateMachine: PartitionStateMachine;
  replicaStateMachine: ReplicaStateMachine;
}

export async function doControlledShutdown(d: ControlledShutdownDeps, brokerId: number, brokerEpoch: number): Promise<ControlledShutdownResult> {
  const { ctx, logger, partitionStateMachine: psm, replicaStateMachine: rsm } = d;
  const broker = ctx.liveBroker(brokerId);
  // Kafka answers an unknown broker with BrokerNotAvailableException.
  if (!broker) return { errorCode: ErrorCode.BROKER_NOT_AVAILABLE, remainingPartitions: [] };
  if (brokerEpoch !== broker.epoch) {
    logger.warn({ shuttingDownBrokerId: brokerId, brokerEpoch, currentBrokerEpoch: broker.epoch }, 'controlled shutdown with a stale broker epoch');
    return { errorCode: ErrorCode.STALE_BROKER_EPOCH, remainingPartitions: [] };
  }
  ctx.shuttingDownBrokerIds.add(brokerId);
  logger.info({ shuttingDownBrokerId: brokerId, shuttingDownBrokers: [...ctx.shuttingDownBrokerIds] }, 'controlled shutdown');

  // Only replicated partitions can move; a topic being deleted is left to the deletion.
  const toActOn = ctx.replicasOnBrokers(new Set([brokerId]))
    .map((r): TopicPartition => ({ topic: r.topic, partition: r.partition }))
    .filter((tp) => !ctx.isTopicQueuedForDeletion(tp.topic) && ctx.partitionReplicas(tp).length > 1);
  const led = toActOn.filter((tp) => ctx.partitionLeadership(tp)?.leader === brokerId && psm.state(tp) === PartitionState.Online);
  const followed = toActOn.filter((tp) => ctx.partitionLeadership(tp)?.leader !== brokerId);
  if (led.length > 0) await psm.handleStateChanges(led, PartitionState.Online, { kind: 'controlledShutdown' });
  const followerReplicas = followed.map((tp) => ({ ...tp, replica: brokerId }))
    .filter((r) => rsm.state(r) !== ReplicaState.NonExistent && rsm.state(r) !== ReplicaState.DeletionStarted
      && rsm.state(r) !== ReplicaState.DeletionSuccessful);
  // OfflineReplica: StopReplica(delete=false) to it, removal from the ISR in ZooKeeper, LeaderAndIsr to the leader.
  await rsm.handleStateChanges(followerReplicas, ReplicaState.Offline);

  // As Kafka: only replicated partitions can move, so only they hold the shutdown back; a
  // partition with a single replica goes offline when the broker stops, whatever we do.
  const remainingPartitions = ctx.partitionsLedBy(brokerId)
    .filter((tp) => !ctx.isTopicQueuedForDeletion(tp.topic) && ctx.partitionReplicas(tp).length > 1);
  logger.info({ shuttingDownBrokerId: brokerId, remaining: remainingPartitions.length }, 'controlled shutdown step complete');
  return { errorCode: ErrorCode.NONE, remainingPartitions };
}
