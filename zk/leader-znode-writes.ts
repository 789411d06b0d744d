/**
 * ZooKeeper writes made by brokers outside the controller (Kafka 2.4, before AlterIsr):
 * a partition leader writing its own ISR change (`Partition.updateIsr` via
 * `ReplicationUtils.updateLeaderAndIsr`), batched ISR change notifications
 * (`ReplicaManager.maybePropagateIsrChanges`, ReplicaManager.maybePropagateIsrChanges) and producer id blocks
 * (`ProducerIdManager`, KIP-98). None of them is fenced by the controller epoch:
 * the per-znode zkVersion is the guard.
 */

import type { Logger } from 'pino';
import {
  IsrChangeNotificationSequenceZNode, IsrChangeNotificationZNode, ProducerIdBlockZNode, TopicPartitionStateZNode,
  type PartitionStateData,
} from './paths';
import { CreateMode, ZkCode, createRecursive, isZkError, type ZkSession } from './zk-session';
import { type TopicPartition } from '../proto/topic-partition';
import { SamsaError } from '../proto/errors';

/** On a version conflict `stored` is the znode that won (the leader decides from it, isr-update.ts). */
export type LeaderIsrUpdate = { ok: true; zkVersion: number } | { ok: false; stored?: PartitionStateData & { zkVersion: number } };

export const producerIdBlockSizeDefault = 1000;
/** Contention bound: each BADVERSION means another broker took a block, so progress is made. */
export const producerIdBlockRetriesMax = 100;

export class ProducerIdsExhaustedError extends SamsaError {
  constructor(message: string) {
    super(message);
  }
}

/**
 * Conditional setData of the state znode on the leader's cached zkVersion. On BADVERSION the node
 * is re-read: if it already holds what we tried to write, an earlier attempt succeeded but its
 * response was lost, so accept its version; otherwise return what it holds, so that the leader can
 * tell its own lost write (same leader and epoch) from a controller decision.
 */
export async function updateLeaderAndIsrAsLeader(
  zk: ZkSession, topic: string, partition: number, state: PartitionStateData, expectedZkVersion: number,
): Promise<LeaderIsrUpdate> {
  const path = TopicPartitionStateZNode.path(topic, partition);
  try {
    const stat = await zk.setData(path, TopicPartitionStateZNode.encode(state), expectedZkVersion);
    return { ok: true, zkVersion: stat.version };
  } catch (err) {
    if (isZkError(err, ZkCode.NoNode)) return { ok: false };
    if (!isZkError(err, ZkCode.BadVersion)) throw err;
  }
  const node = await zk.getData(path);
  if (!node) return { ok: false };
  const stored = TopicPartitionStateZNode.decode(node.data);
  return samePartitionState(stored, state) ? { ok: true, zkVersion: node.stat.version } : { ok: false, stored: { ...stored, zkVersion: node.stat.version } };
}

export function samePartitionState(a: PartitionStateData, b: PartitionStateData): boolean {
  return a.leader === b.leader && a.leaderEpoch === b.leaderEpoch && a.controllerEpoch === b.controllerEpoch
    && a.isr.length === b.isr.length && a.isr.every((id, i) => id === b.isr[i]);
}

/** One persistent-sequential `isr_change_` node listing every partition whose ISR changed. */
export async function propagateIsrChanges(zk: ZkSession, partitions: TopicPartition[]): Promise<void> {
  if (partitions.length === 0) return;
  const data = IsrChangeNotificationSequenceZNode.encode(partitions);
  try {
    await zk.create(IsrChangeNotificationSequenceZNode.pathPrefix(), data, CreateMode.PersistentSequential);
  } catch (err) {
    if (!isZkError(err, ZkCode.NoNode)) throw err;
    await createRecursive(zk, IsrChangeNotificationZNode.path);
    await zk.create(IsrChangeNotificationSequenceZNode.pathPrefix(), data, CreateMode.PersistentSequential);
  }
}

/**
 * Claims the next block of producer ids: read the last block and its zkVersion, then write the
 * following block conditionally on that version; a BADVERSION means another broker claimed one
 * first, so read again. Bounds are inclusive.
 */
export async function allocateProducerIdBlock(
  zk: ZkSession, brokerId: number, blockSize: number, logger: Logger,
): Promise<{ blockStart: number; blockEnd: number }> {
  if (!Number.isInteger(blockSize) || blockSize < 1) throw new Error(`producer id block size must be a positive integer, got ${blockSize}`);
  for (let attempt = 0; attempt < producerIdBlockRetriesMax; attempt++) {
    const node = await zk.getData(ProducerIdBlockZNode.path);
    const previous = node ? ProducerIdBlockZNode.decode(node.data) : undefined;
    const blockStart = previous ? previous.blockEnd + 1 : 0;
    const blockEnd = blockStart + blockSize - 1;
    if (blockEnd > Number.MAX_SAFE_INTEGER) throw new ProducerIdsExhaustedError('producer ids exhausted');
    const data = ProducerIdBlockZNode.encode({ brokerId, blockStart, blockEnd });
    try {
      if (node) await zk.setData(ProducerIdBlockZNode.path, data, node.stat.version);
      else await zk.create(ProducerIdBlockZNode.path, data);
      logger.info({ brokerId, blockStart, blockEnd }, 'acquired producer id block');
      return { blockStart, blockEnd };
    } catch (err) {
      if (!isZkError(err, ZkCode.BadVersion) && !isZkError(err, ZkCode.NodeExists)) throw err;
    }
  }
  throw new Error(`could not claim a producer id block after ${producerIdBlockRetriesMax} conflicting attempts`);
}
