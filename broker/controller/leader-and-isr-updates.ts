/**
 * Conditional writes of partition state znodes with Kafka's retry rule: a BADVERSION means the
 * partition leader (ISR change) or someone else wrote in between, so re-read the znode and
 * recompute; a znode whose controller_epoch is newer than ours means a newer controller decided,
 * so leave it alone (KAFKA-6082). A write whose answer was lost with the ZooKeeper connection
 * is treated the same way: Kafka's client retries it once connected, and the re-read tells whether
 * it landed (the retried write then fails its version check and recomputes from what it wrote).
 */

import type { Logger } from 'pino';
import type { KafkaZkClient, LeaderAndIsr, PartitionStateUpdate } from '../../zk/kafka-zk-client';
import { ZkCode, isZkError } from '../../zk/zk-session';
import { type ControllerContext } from './controller-context';
import type { ControllerBrokerRequestBatch } from './controller-request-batch';
import { type TopicPartition, topicPartitionKey } from '../../proto/topic-partition';
import { forEachPipelined } from '../../zk/pipeline';

export const partitionStateUpdateRetriesMax = 5;

export type LeaderAndIsrChange = Omit<LeaderAndIsr, 'zkVersion' | 'controllerEpoch'> | 'unchanged' | 'failed';

export interface StateMachineDeps {
  ctx: ControllerContext;
  zk: KafkaZkClient;
  batch: ControllerBrokerRequestBatch;
  logger: Logger;
  /** Broker default of unclean.leader.election.enable; topic config overrides it. */
  uncleanLeaderElectionEnable: boolean;
}

export interface LeaderAndIsrUpdateResult {
  updated: Array<{ tp: TopicPartition; lai: LeaderAndIsr }>;
  unchanged: Array<{ tp: TopicPartition; lai: LeaderAndIsr }>;
  failed: TopicPartition[];
}

export async function updateLeaderAndIsr(
  deps: Pick<StateMachineDeps, 'ctx' | 'zk' | 'logger'>, partitions: TopicPartition[],
  compute: (tp: TopicPartition, current: LeaderAndIsr) => Promise<LeaderAndIsrChange> | LeaderAndIsrChange,
): Promise<LeaderAndIsrUpdateResult> {
  const { ctx, zk, logger } = deps;
  const result: LeaderAndIsrUpdateResult = { updated: [], unchanged: [], failed: [] };
  let pending = partitions;
  for (let attempt = 0; pending.length > 0 && attempt <= partitionStateUpdateRetriesMax; attempt++) {
    const retry: TopicPartition[] = [];
    // Pipelined, as Kafka's updateLeaderAndIsr: one awaited round trip per partition made a
    // controller failover at 10,000 partitions take tens of seconds.
    await forEachPipelined(pending, async (tp) => {
      const current = attempt === 0 ? ctx.partitionLeadership(tp) : await zk.getPartitionState(tp.topic, tp.partition);
      if (!current) {
        result.failed.push(tp);
        return;
      }
      if (current.controllerEpoch > ctx.epoch) {
        logger.error({ topic: tp.topic, partition: tp.partition, zkControllerEpoch: current.controllerEpoch }, 'partition state written by a newer controller; not changing it');
        result.failed.push(tp);
        return;
      }
      if (attempt > 0) ctx.putPartitionLeadership(tp, current);
      const change = await compute(tp, current);
      if (change === 'failed') result.failed.push(tp);
      else if (change === 'unchanged') result.unchanged.push({ tp, lai: current });
      else {
        const next: LeaderAndIsr = { ...change, controllerEpoch: ctx.epoch, zkVersion: current.zkVersion };
        const written = await writeOrLost(() => zk.updatePartitionState(tp.topic, tp.partition, next, ctx.epochZkVersion));
        if (written === 'lost') retry.push(tp);
        else if (written.ok) {
          const lai = { ...next, zkVersion: written.zkVersion };
          ctx.putPartitionLeadership(tp, lai);
          result.updated.push({ tp, lai });
        } else if (written.reason === 'badVersion') retry.push(tp);
        else result.failed.push(tp);
      }
    });
    pending = retry;
  }
  for (const tp of pending) {
    logger.error({ topic: tp.topic, partition: tp.partition, key: topicPartitionKey(tp) }, 'giving up updating partition state after repeated version conflicts');
    result.failed.push(tp);
  }
  return result;
}

/** The write's outcome, or 'lost' when the connection to ZooKeeper dropped before its answer came. */
async function writeOrLost(write: () => Promise<PartitionStateUpdate>): Promise<PartitionStateUpdate | 'lost'> {
  try {
    return await write();
  } catch (err) {
    if (isZkError(err, ZkCode.ConnectionLoss) || isZkError(err, ZkCode.OperationTimeout)) return 'lost';
    throw err;
  }
}
