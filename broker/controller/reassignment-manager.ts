/**
 * Kafka's `KafkaController.onPartitionReassignment` in its KIP-455 form, driven by the legacy
 * /admin/reassign_partitions znode. Terms: ORS original replicas, TRS target, RS = TRS ∪ ORS,
 * adding = TRS − ORS, removing = ORS − TRS. The topic znode holds RS with adding/removing while a
 * move runs and is rewritten with RS = TRS last, so it is the durable copy of ORS from which a
 * new controller resumes.
 */

import type { Logger } from 'pino';
import type { KafkaZkClient } from '../../zk/kafka-zk-client';
import type { PartitionReassignmentData } from '../../zk/paths';
import type { ControllerContext } from './controller-context';
import type { PartitionReassignmentInfo, PartitionReassignmentRequest, PartitionReassignmentResults } from './controller-events';
import type { ControllerBrokerRequestBatch } from './controller-request-batch';
import { updateLeaderAndIsr } from './leader-and-isr-updates';
import { PartitionState, type PartitionStateMachine } from './partition-state-machine';
import { ReplicaState, type ReplicaStateMachine } from './replica-state-machine';
import type { TopicDeletionManager } from './topic-deletion-manager';
import { type TopicPartition, topicPartitionKey } from '../../proto/topic-partition';
import { ErrorCode } from '../../proto/errors';
import { ControllerMovedError } from '../../zk/zk-errors';
import { reassignmentTarget } from './reassignment-requests';

export interface ReassignmentDeps {
  ctx: ControllerContext;
  zk: KafkaZkClient;
  logger: Logger;
  batch: ControllerBrokerRequestBatch;
  partitionStateMachine: PartitionStateMachine;
  replicaStateMachine: ReplicaStateMachine;
  topicDeletionManager: TopicDeletionManager;
  /** Re-arms the /admin/reassign_partitions watch (enqueues a PartitionReassignment event). */
  reassignmentWatch: () => void;
}

const sameList = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((id, i) => id === b[i]);
const minus = (a: readonly number[], b: readonly number[]): number[] => a.filter((id) => !b.includes(id));

export function validReassignmentTarget(replicas: readonly number[]): boolean {
  return replicas.length > 0 && new Set(replicas).size === replicas.length && replicas.every((id) => Number.isInteger(id) && id >= 0);
}

export class PartitionReassignmentManager {
  constructor(private readonly d: ReassignmentDeps) {}

  /** Failover (onControllerFailover): resume moves recorded in topic znodes, then the legacy znode. */
  async init(): Promise<void> {
    for (const tp of this.d.ctx.partitionsBeingReassigned()) await this.onPartitionReassignment(tp, this.d.ctx.targetReplicas(tp));
    await this.processReassignPartitionsZNode();
  }

  /** ListPartitionReassignments: every move in flight, or those among `only` (unknown partitions are left out, as Kafka does). */
  listPartitionReassignments(only?: readonly TopicPartition[]): PartitionReassignmentInfo[] {
    const { ctx } = this.d;
    const wanted = only && new Set(only.map(topicPartitionKey));
    return ctx.partitionsBeingReassigned().filter((tp) => !wanted || wanted.has(topicPartitionKey(tp))).map((tp) => ({
      ...tp, replicas: ctx.partitionReplicas(tp),
      addingReplicas: ctx.partitionReassignment(tp)?.adding ?? [], removingReplicas: ctx.partitionReassignment(tp)?.removing ?? [],
    }));
  }

  /**
   * AlterPartitionReassignments (KafkaController.processApiPartitionReassignment): each partition is
   * judged alone; an accepted one starts (or replaces, or with `null` cancels) its move at once. The
   * latest request wins over the legacy znode, so entries it names are pruned from there.
   */
  async alterPartitionReassignments(requests: readonly PartitionReassignmentRequest[]): Promise<PartitionReassignmentResults> {
    const { ctx, logger } = this.d;
    const results: PartitionReassignmentResults = new Map();
    const accepted: [TopicPartition, number[]][] = [];
    const live = ctx.liveBrokerIds();
    for (const r of requests) {
      const tp = { topic: r.topic, partition: r.partition };
      const verdict = reassignmentTarget({
        replicas: ctx.partitionReplicas(tp), adding: ctx.partitionReassignment(tp)?.adding,
        topicQueuedForDeletion: ctx.isTopicQueuedForDeletion(tp.topic), liveBrokerIds: live,
      }, r.replicas);
      if ('target' in verdict) accepted.push([tp, verdict.target]);
      else results.set(topicPartitionKey(tp), verdict);
    }
    for (const [tp, target] of accepted) {
      try {
        await this.onPartitionReassignment(tp, target);
        results.set(topicPartitionKey(tp), { errorCode: ErrorCode.NONE });
      } catch (err) {
        if (err instanceof ControllerMovedError) throw err;
        logger.error({ err, topic: tp.topic, partition: tp.partition }, 'error starting a partition reassignment');
        results.set(topicPartitionKey(tp), { errorCode: ErrorCode.UNKNOWN_SERVER_ERROR });
      }
    }
    if (accepted.length > 0) await this.pruneReassignPartitionsZNode();
    return results;
  }

  async processReassignPartitionsZNode(): Promise<void> {
    const { ctx, zk, logger } = this.d;
    const entries = await zk.getPartitionReassignments(this.d.reassignmentWatch);
    if (entries === undefined) return;
    for (const entry of entries) {
      const tp = { topic: entry.topic, partition: entry.partition };
      if (ctx.partitionReplicas(tp).length === 0 || ctx.isTopicQueuedForDeletion(tp.topic) || !validReassignmentTarget(entry.replicas)) {
        logger.error({ topic: tp.topic, partition: tp.partition, replicas: entry.replicas }, 'ignoring an invalid partition reassignment');
        continue;
      }
      // Our own prune of the znode fires the watch again: a move already under way is left alone.
      if (ctx.isPartitionBeingReassigned(tp) && sameList(ctx.targetReplicas(tp), entry.replicas)) continue;
      await this.onPartitionReassignment(tp, entry.replicas);
    }
    await this.pruneReassignPartitionsZNode(entries);
  }

  /** On ISR change notifications (KafkaController.processIsrChangeNotification): a move completes once TRS ⊆ ISR. */
  async maybeCompleteReassignments(partitions: TopicPartition[]): Promise<void> {
    const { ctx } = this.d;
    for (const tp of partitions) {
      if (!ctx.isPartitionBeingReassigned(tp)) continue;
      const target = ctx.targetReplicas(tp);
      const isr = ctx.partitionLeadership(tp)?.isr ?? [];
      if (target.every((id) => isr.includes(id))) await this.completeReassignment(tp, target);
    }
  }

  async onPartitionReassignment(tp: TopicPartition, target: number[]): Promise<void> {
    const { ctx, logger } = this.d;
    const current = ctx.partitionReplicas(tp);
    const inflight = ctx.partitionReassignment(tp);
    const original = inflight ? minus(current, inflight.adding) : current;
    const adding = minus(target, original);
    const removing = minus(original, target);
    const rs = [...target, ...removing];
    // U: a new target replacing an in-flight one drops replicas the old one was adding.
    const abandoned = inflight ? minus(inflight.adding, target) : [];
    if (!sameList(rs, current) || !sameList(adding, inflight?.adding ?? []) || !sameList(removing, inflight?.removing ?? [])) {
      ctx.setPartitionReplicas(tp, rs);
      ctx.setPartitionReassignment(tp, { adding, removing });
      await this.writeTopicZNode(tp.topic);
    }
    if (abandoned.length > 0) {
      await this.moveLeaderOffAbandonedReplicas(tp, abandoned, target);
      await this.stopRemovedReplicas(tp, abandoned);
    }
    // A replaced or cancelled move still ends with phase B (leader inside TRS, ISR within TRS,
    // UpdateMetadata): the replicas it abandoned may have led or sat in the ISR.
    if (adding.length === 0 && removing.length === 0 && !inflight) {
      ctx.setPartitionReassignment(tp, undefined);
      await this.pruneReassignPartitionsZNode();
      return;
    }
    logger.info({ topic: tp.topic, partition: tp.partition, target, adding, removing }, 'reassigning partition');
    const isr = ctx.partitionLeadership(tp)?.isr ?? [];
    if (target.every((id) => isr.includes(id))) await this.completeReassignment(tp, target);
    else await this.startReassignment(tp, adding);
  }

  /** Phase A: new leader epoch carrying RS to all of RS, then start the adding replicas. */
  private async startReassignment(tp: TopicPartition, adding: number[]): Promise<void> {
    const { ctx, replicaStateMachine: rsm } = this.d;
    const rs = ctx.partitionReplicas(tp);
    await this.bumpLeaderEpoch(tp, rs, rs);
    const fresh = adding.map((replica) => ({ ...tp, replica })).filter((r) => rsm.state(r) === ReplicaState.NonExistent);
    await rsm.handleStateChanges(fresh, ReplicaState.New);
  }

  /** Phase B (KIP-455's completion steps in onPartitionReassignment). */
  private async completeReassignment(tp: TopicPartition, target: number[]): Promise<void> {
    const { ctx, logger, partitionStateMachine: psm, replicaStateMachine: rsm } = this.d;
    const state = ctx.partitionReassignment(tp) ?? { adding: [], removing: [] };
    const addingReplicas = state.adding.map((replica) => ({ ...tp, replica }))
      .filter((r) => ctx.isReplicaOnline(r.replica) && rsm.state(r) !== ReplicaState.NonExistent);
    await rsm.handleStateChanges(addingReplicas, ReplicaState.Online);
    ctx.setPartitionReassignment(tp, undefined);
    const lai = ctx.partitionLeadership(tp);
    let moved: boolean;
    if (!lai || !target.includes(lai.leader) || !ctx.isBrokerEligibleLeader(lai.leader)) {
      const elected = await psm.handleStateChanges([tp], PartitionState.Online, { kind: 'reassign', targetReplicas: target });
      moved = elected.length > 0;
    } else {
      moved = await this.bumpLeaderEpoch(tp, target, target, target);
    }
    if (!moved) {
      logger.warn({ topic: tp.topic, partition: tp.partition, target }, 'no target replica can lead yet; reassignment stays in progress');
      ctx.setPartitionReassignment(tp, state);
      return;
    }
    ctx.setPartitionReplicas(tp, target);
    await this.stopRemovedReplicas(tp, state.removing);
    await this.writeTopicZNode(tp.topic);
    await this.pruneReassignPartitionsZNode();
    this.sendUpdateMetadata([tp]);
    await this.d.topicDeletionManager.resumeDeletionForTopics([tp.topic]);
    logger.info({ topic: tp.topic, partition: tp.partition, replicas: target }, 'partition reassignment completed');
  }

  /**
   * An abandoned replica may have come to lead while the move ran. Stopping it first would leave
   * the partition without a leader (Kafka's OfflineReplica transition sets none and nothing elects
   * one later), so leadership moves to a target replica in the ISR before it is stopped.
   */
  private async moveLeaderOffAbandonedReplicas(tp: TopicPartition, abandoned: number[], target: number[]): Promise<void> {
    const leader = this.d.ctx.partitionLeadership(tp)?.leader;
    if (leader === undefined || !abandoned.includes(leader)) return;
    await this.d.partitionStateMachine.handleStateChanges([tp], PartitionState.Online, { kind: 'reassign', targetReplicas: target });
  }

  /** Same leader, leaderEpoch + 1 (optionally shrinking the ISR to `isrWithin`), LeaderAndIsr to `recipients`. */
  private async bumpLeaderEpoch(tp: TopicPartition, recipients: number[], replicas: number[], isrWithin?: number[]): Promise<boolean> {
    const { ctx, batch } = this.d;
    batch.newBatch();
    try {
      const result = await updateLeaderAndIsr(this.d, [tp], (_tp, current) => {
        const isr = isrWithin ? current.isr.filter((id) => isrWithin.includes(id)) : current.isr;
        if (isr.length === 0) return 'failed';
        return { leader: current.leader, leaderEpoch: current.leaderEpoch + 1, isr };
      });
      for (const { lai } of result.updated) {
        batch.addLeaderAndIsrRequestForBrokers(recipients.filter((id) => ctx.isReplicaOnline(id)), tp, lai, replicas, false);
      }
      batch.sendRequestsToBrokers();
      return result.updated.length > 0;
    } finally {
      batch.clear();
    }
  }

  /** Removed replicas: Offline (StopReplica, ISR removal) -> deleted (StopReplica delete=true) -> gone. */
  private async stopRemovedReplicas(tp: TopicPartition, replicaIds: number[]): Promise<void> {
    const rsm = this.d.replicaStateMachine;
    const replicas = replicaIds.map((replica) => ({ ...tp, replica }));
    const inState = (...states: ReplicaState[]) => replicas.filter((r) => states.includes(rsm.state(r)));
    await rsm.handleStateChanges(inState(ReplicaState.New, ReplicaState.Online, ReplicaState.Offline, ReplicaState.DeletionIneligible), ReplicaState.Offline);
    await rsm.handleStateChanges(inState(ReplicaState.Offline), ReplicaState.DeletionStarted);
    await rsm.handleStateChanges(inState(ReplicaState.DeletionStarted), ReplicaState.DeletionSuccessful);
    await rsm.handleStateChanges(inState(ReplicaState.DeletionSuccessful), ReplicaState.NonExistent);
  }

  private async writeTopicZNode(topic: string): Promise<void> {
    const { ctx, zk } = this.d;
    const partitions = new Map<number, number[]>();
    const addingReplicas = new Map<number, number[]>();
    const removingReplicas = new Map<number, number[]>();
    for (const tp of ctx.partitionsForTopic(topic)) {
      partitions.set(tp.partition, ctx.partitionReplicas(tp));
      const state = ctx.partitionReassignment(tp);
      if (state && state.adding.length > 0) addingReplicas.set(tp.partition, state.adding);
      if (state && state.removing.length > 0) removingReplicas.set(tp.partition, state.removing);
    }
    await zk.setTopicAssignment(topic, { partitions, addingReplicas, removingReplicas }, ctx.epochZkVersion);
  }

  /** Keeps only entries still in flight toward the same target; deletes the znode when none is left. */
  private async pruneReassignPartitionsZNode(read?: PartitionReassignmentData[]): Promise<void> {
    const { ctx, zk } = this.d;
    const entries = read ?? (await zk.getPartitionReassignments());
    if (entries === undefined) return;
    const kept = entries.filter((e) => {
      const tp = { topic: e.topic, partition: e.partition };
      return ctx.isPartitionBeingReassigned(tp) && sameList(ctx.targetReplicas(tp), e.replicas);
    });
    if (kept.length !== entries.length || kept.length === 0) await zk.setPartitionReassignments(kept, ctx.epochZkVersion);
  }

  private sendUpdateMetadata(partitions: TopicPartition[]): void {
    const { ctx, batch } = this.d;
    batch.newBatch();
    batch.addUpdateMetadataRequestForBrokers(ctx.liveBrokerIds(), partitions);
    batch.sendRequestsToBrokers();
  }
}
