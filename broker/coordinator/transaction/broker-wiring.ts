/**
 * How the transaction coordinator plugs into the broker: its settings from the broker's
 * `transaction.*` keys, its parts (state manager over `__transaction_state`, marker channel,
 * coordinator) wired together, and the leadership hook that loads a `__transaction_state`
 * partition at its leader epoch (the coordinator epoch) when this broker becomes its leader and
 * unloads it when it stops being one (Kafka's onLeadershipChange -> TransactionCoordinator
 * onElection / onResignation).
 */

import type { BrokerConfig } from '../../config';
import type { Clock } from '../../clock';
import type { LeadershipChangeListener } from '../../cluster/replica-manager';
import type { Logger } from '../../logger';
import { TransactionCoordinator } from './transaction-coordinator';
import { transactionStateTopicName } from './transaction-log';
import { type MarkerTransport, TransactionMarkerChannelManager } from './transaction-marker-channel';
import { type TransactionLogStore, TransactionStateManager } from './transaction-state-manager';

type TransactionKeys = Pick<BrokerConfig,
  'transactionStateLogNumPartitions' | 'transactionalIdExpirationMs' | 'transactionMaxTimeoutMs'
  | 'transactionAbortTimedOutTransactionCleanupIntervalMs' | 'transactionRemoveExpiredTransactionCleanupIntervalMs'>;

export interface TransactionCoordinatorParts {
  config: TransactionKeys;
  /** The partition count of an existing `__transaction_state`: it wins over the configured one. */
  existingPartitionCount?: number;
  log: TransactionLogStore;
  transport: MarkerTransport;
  producerIds: { generateProducerId(): Promise<number> };
  clock: Clock;
  logger: Logger;
}

export function buildTransactionCoordinator(p: TransactionCoordinatorParts): TransactionCoordinator {
  const c = p.config;
  const numPartitions = p.existingPartitionCount !== undefined && p.existingPartitionCount > 0 ? p.existingPartitionCount : c.transactionStateLogNumPartitions;
  const stateManager = new TransactionStateManager(p.log, {
    transactionStateLogNumPartitions: numPartitions, transactionalIdExpirationMs: c.transactionalIdExpirationMs,
  }, p.logger);
  const coordinator = new TransactionCoordinator({
    stateManager, producerIds: p.producerIds, clock: p.clock, logger: p.logger,
    config: {
      transactionMaxTimeoutMs: c.transactionMaxTimeoutMs,
      abortTimedOutTransactionsIntervalMs: c.transactionAbortTimedOutTransactionCleanupIntervalMs,
      removeExpiredTransactionalIdsIntervalMs: c.transactionRemoveExpiredTransactionCleanupIntervalMs,
    },
  });
  coordinator.attachMarkerChannel(new TransactionMarkerChannelManager({
    transport: p.transport, clock: p.clock, logger: p.logger,
    isCurrent: (txn) => coordinator.isCurrent(txn),
    onAllMarkersWritten: (txn) => {
      coordinator.completeTransaction(txn).catch((err: unknown) => {
        p.logger.error({ err, transactionalId: txn.transactionalId }, 'completing a transaction failed; the next coordinator load completes it');
      });
    },
  }));
  return coordinator;
}

/** The replica manager's leadership listener that drives `coordinator`; `leaderEpochOf` reads the partition's epoch. */
export function transactionLeadershipListener(
  coordinator: Pick<TransactionCoordinator, 'onElection' | 'onResignation'>,
  leaderEpochOf: (partition: number) => number | undefined,
  logger: Logger,
): LeadershipChangeListener {
  return (becameLeader, becameFollower) => {
    for (const { topic, partition } of becameFollower) {
      if (topic === transactionStateTopicName) coordinator.onResignation(partition);
    }
    for (const { topic, partition } of becameLeader) {
      if (topic !== transactionStateTopicName) continue;
      const coordinatorEpoch = leaderEpochOf(partition);
      if (coordinatorEpoch === undefined) continue; // led no longer by the time the listener ran
      coordinator.onElection(partition, coordinatorEpoch).catch((err: unknown) => {
        logger.error({ err, partition }, `loading ${transactionStateTopicName} partition failed; its transactional ids stay unavailable until the next election`);
      });
    }
  };
}
