/**
 * Admin-triggered and automatic leader elections (KafkaController.onReplicaElection): the ElectLeaders API
 * (preferred or unclean, KIP-460), the legacy /admin/preferred_replica_election znode and the
 * auto leader rebalance task. All run on the controller's event thread.
 */

import type { Logger } from 'pino';
import { ErrorCode } from '../../proto/errors';
import type { KafkaZkClient } from '../../zk/kafka-zk-client';
import { type ControllerContext } from './controller-context';
import { ElectionType, type LeaderElectionResults } from './controller-events';
import { partitionsNeedingPreferredElection, type ElectionStrategy } from './elections';
import { PartitionState, type PartitionStateMachine } from './partition-state-machine';
import { type TopicPartition, topicPartitionKey } from '../../proto/topic-partition';

export interface LeaderElectionDeps {
  ctx: ControllerContext;
  zk: KafkaZkClient;
  logger: Logger;
  partitionStateMachine: PartitionStateMachine;
}

type Verdict = { errorCode: number; message?: string } | 'elect';

function precheck(ctx: ControllerContext, psm: PartitionStateMachine, tp: TopicPartition, electionType: ElectionType): Verdict {
  const replicas = ctx.partitionReplicas(tp);
  if (replicas.length === 0) return { errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, message: `partition ${topicPartitionKey(tp)} does not exist` };
  if (ctx.isTopicQueuedForDeletion(tp.topic)) {
    return { errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, message: `topic ${tp.topic} is being deleted` };
  }
  const lai = ctx.partitionLeadership(tp);
  if (electionType === ElectionType.Preferred) {
    const preferred = replicas[0] as number;
    if (lai?.leader === preferred) return { errorCode: ErrorCode.ELECTION_NOT_NEEDED, message: 'the preferred replica is already the leader' };
    if (!lai || !ctx.isBrokerEligibleLeader(preferred) || !lai.isr.includes(preferred) || psm.state(tp) === PartitionState.New) {
      return { errorCode: ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE, message: `preferred replica ${preferred} is not live or not in the ISR` };
    }
    return 'elect';
  }
  // Unclean (KIP-460) only acts on partitions without a live leader.
  if (lai && lai.leader >= 0 && ctx.isBrokerEligibleLeader(lai.leader)) {
    return { errorCode: ErrorCode.ELECTION_NOT_NEEDED, message: 'the partition has a live leader' };
  }
  if (!replicas.some((id) => ctx.isBrokerEligibleLeader(id)) || psm.state(tp) === PartitionState.New) {
    return { errorCode: ErrorCode.ELIGIBLE_LEADERS_NOT_AVAILABLE, message: 'no live replica can lead' };
  }
  return 'elect';
}

/** ElectLeaders: per-partition results keyed "topic-partition". */
export async function electLeaders(
  d: LeaderElectionDeps, electionType: ElectionType, partitions: TopicPartition[] | 'all',
): Promise<LeaderElectionResults> {
  const { ctx, partitionStateMachine: psm, logger } = d;
  const requested = new Map<string, TopicPartition>();
  for (const tp of partitions === 'all' ? ctx.allPartitions() : partitions) requested.set(topicPartitionKey(tp), { topic: tp.topic, partition: tp.partition });
  const results: LeaderElectionResults = new Map();
  const toElect: TopicPartition[] = [];
  for (const tp of requested.values()) {
    const verdict = precheck(ctx, psm, tp, electionType);
    if (verdict === 'elect') toElect.push(tp);
    else results.set(topicPartitionKey(tp), verdict);
  }
  const strategy: ElectionStrategy = electionType === ElectionType.Preferred ? { kind: 'preferred' } : { kind: 'offline', allowUnclean: true };
  const elected = new Set((toElect.length > 0 ? await psm.handleStateChanges(toElect, PartitionState.Online, strategy) : []).map(topicPartitionKey));
  for (const tp of toElect) {
    if (elected.has(topicPartitionKey(tp))) results.set(topicPartitionKey(tp), { errorCode: ErrorCode.NONE });
    else if (electionType === ElectionType.Preferred) results.set(topicPartitionKey(tp), { errorCode: ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE, message: 'election failed' });
    else results.set(topicPartitionKey(tp), { errorCode: ErrorCode.ELIGIBLE_LEADERS_NOT_AVAILABLE, message: 'no live replica can lead' });
  }
  if (toElect.length > 0) logger.info({ electionType, requested: requested.size, elected: elected.size }, 'leader election requested');
  return results;
}

/** The legacy znode: elect the preferred leaders it lists, then delete it (fenced). */
export async function processPreferredReplicaElectionZNode(d: LeaderElectionDeps, watch: () => void): Promise<void> {
  const { ctx, zk, logger } = d;
  const partitions = await zk.getPreferredReplicaElection(watch);
  if (partitions === undefined) return;
  const results = await electLeaders(d, ElectionType.Preferred, partitions);
  const failed = [...results].filter(([, r]) => r.errorCode !== ErrorCode.NONE && r.errorCode !== ErrorCode.ELECTION_NOT_NEEDED);
  if (failed.length > 0) logger.warn({ failed: failed.map(([key, r]) => `${key}:${r.errorCode}`) }, 'some preferred leader elections failed');
  await zk.deletePreferredReplicaElection(ctx.epochZkVersion);
}

/**
 * The auto rebalance pass (Kafka's `checkAndTriggerAutoLeaderRebalance`): skipped while any
 * reassignment runs, since leadership is then moving anyway.
 */
export async function checkAndTriggerAutoLeaderRebalance(d: LeaderElectionDeps, imbalancePercentage: number): Promise<void> {
  const { ctx, partitionStateMachine: psm } = d;
  if (ctx.partitionsBeingReassigned().length > 0) return;
  const candidates = ctx.allPartitions()
    .filter((tp) => !ctx.isTopicQueuedForDeletion(tp.topic) && psm.state(tp) === PartitionState.Online)
    .map((tp) => ({ tp, replicas: ctx.partitionReplicas(tp), leader: ctx.partitionLeadership(tp)?.leader ?? -1 }));
  const imbalanced = partitionsNeedingPreferredElection(candidates, imbalancePercentage).filter((tp) => {
    const preferred = ctx.partitionReplicas(tp)[0];
    return preferred !== undefined && ctx.isBrokerEligibleLeader(preferred) && (ctx.partitionLeadership(tp)?.isr.includes(preferred) ?? false);
  });
  if (imbalanced.length === 0) return;
  d.logger.info({ partitions: imbalanced.length }, 'leader imbalance above threshold; electing preferred leaders');
  await electLeaders(d, ElectionType.Preferred, imbalanced);
}

/** Kafka's preferredReplicaImbalanceCount gauge: partitions not led by their preferred replica. */
export function preferredReplicaImbalanceCount(ctx: ControllerContext): number {
  return ctx.allPartitions().filter((tp) => !ctx.isTopicQueuedForDeletion(tp.topic)
    && ctx.partitionLeadership(tp) !== undefined && ctx.partitionLeadership(tp)?.leader !== ctx.partitionReplicas(tp)[0]).length;
}
