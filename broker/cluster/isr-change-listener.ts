/**
 * What the replica manager does when one of its leaders changed the ISR in ZooKeeper: count it for
 * the metrics, remember the partition for the batched /isr_change_notification write (ReplicaManager.maybePropagateIsrChanges), and
 * re-check parked requests (a shrink may let the HW advance, or drop the ISR below min ISR).
 */
import type { Logger } from 'pino';
import type { IsrChangePropagation } from './isr-change-propagation';
import type { Partition, PartitionListener } from './partition';
import type { ReplicationCounters } from './replica-metrics';

export function isrChangeListener(deps: {
  counters: ReplicationCounters;
  propagation: IsrChangePropagation;
  completeDelayedRequests: (topic: string, partition: number) => void;
  nowMs: () => number;
  logger: Logger;
}): PartitionListener {
  return {
    onIsrChanged: (p: Partition, change: 'expand' | 'shrink') => {
      if (change === 'expand') deps.counters.isrExpands++;
      else deps.counters.isrShrinks++;
      deps.propagation.record(p.topic, p.partition, deps.nowMs());
      deps.logger.info({ topic: p.topic, partition: p.partition, isr: p.isr, zkVersion: p.zkVersion, change }, change === 'expand' ? 'expanded ISR' : 'shrank ISR');
      deps.completeDelayedRequests(p.topic, p.partition);
    },
    onIsrUpdateFailed: (p: Partition, err?: unknown, adopted?: boolean) => {
      deps.counters.failedIsrUpdates++;
      if (err !== undefined) {
        deps.logger.warn({ err, topic: p.topic, partition: p.partition }, 'ISR update in ZooKeeper failed; will retry');
      } else if (adopted === true) {
        // An earlier write of ours applied but its answer was lost: nobody told the controller yet.
        deps.propagation.record(p.topic, p.partition, deps.nowMs());
        deps.logger.info({ topic: p.topic, partition: p.partition, isr: p.isr, zkVersion: p.zkVersion }, 'ZooKeeper holds an earlier ISR write of this leader; adopted it and retrying');
        deps.completeDelayedRequests(p.topic, p.partition);
      } else {
        deps.logger.warn({ topic: p.topic, partition: p.partition, zkVersion: p.zkVersion }, 'the controller changed the partition state; skipping ISR updates until its LeaderAndIsr');
      }
    },
  };
}
