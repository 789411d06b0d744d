/**
 * Writes planned partition additions to the topic znode (AdminZkClient.createPartitionsWithAssignment).
 * The write is conditional on the znode version that was planned from, so a reassignment or
 * another addition in between fails the request instead of being overwritten. The controller's
 * data watch on the znode creates the new partitions (KafkaController.processPartitionModifications).
 */
import type { KafkaZkClient } from '../kafka-zk-client';
import { TopicZNode } from '../paths';
import { ZkCode, isZkError } from '../zk-session';
import { type PartitionCreationPlan, type PartitionCreationSpec, planPartitionCreation } from './partition-creation';

export class ConcurrentTopicChangeError extends Error {
  constructor(topic: string) {
    super(`The assignment of topic '${topic}' changed while partitions were being added; retry.`);
  }
}

/** Plans the addition against the topic znode and, unless validateOnly or refused, writes it. */
export async function addPartitions(
  kzk: KafkaZkClient, spec: PartitionCreationSpec, brokerIds: readonly number[], validateOnly: boolean,
): Promise<PartitionCreationPlan> {
  const path = TopicZNode.path(spec.topic);
  const node = await kzk.zk.getData(path);
  const existing = node ? TopicZNode.decode(node.data) : undefined;
  const plan = planPartitionCreation(spec, existing, brokerIds);
  if (!plan.ok || validateOnly || !node || !existing) return plan;
  const merged = new Map([...existing.partitions, ...plan.newAssignment]);
  try {
    await kzk.zk.setData(path, TopicZNode.encode(merged, existing.addingReplicas, existing.removingReplicas), node.stat.version);
  } catch (err) {
    if (isZkError(err, ZkCode.BadVersion) || isZkError(err, ZkCode.NoNode)) throw new ConcurrentTopicChangeError(spec.topic);
    throw err;
  }
  return plan;
}
