/**
 * Kafka's `TopicDeletionManager`. A topic queued for deletion is announced with
 * leader -2 in UpdateMetadata, its replicas are stopped and deleted with StopReplica(delete=true),
 * and once every replica reports success its znodes are removed (fenced). A topic with a replica
 * on a dead broker is ineligible until that broker returns; a failed replica deletion is retried.
 */

import type { Logger } from 'pino';
import type { KafkaZkClient } from '../../zk/kafka-zk-client';
import type { ControllerContext, PartitionReplica } from './controller-context';
import { PartitionState, type PartitionStateMachine } from './partition-state-machine';
import { ReplicaState, type ReplicaStateMachine } from './replica-state-machine';
import type { ControllerBrokerRequestBatch } from './controller-request-batch';

export class TopicDeletionManager {
  constructor(
    private readonly deps: {
      ctx: ControllerContext; zk: KafkaZkClient; logger: Logger; deleteTopicEnable: boolean;
      partitionStateMachine: PartitionStateMachine; replicaStateMachine: ReplicaStateMachine; batch: ControllerBrokerRequestBatch;
    },
  ) {}

  /** Failover: queue pending deletions; those with replicas on dead brokers start ineligible. */
  async init(topicsToBeDeleted: string[]): Promise<void> {
    const { ctx, zk } = this.deps;
    if (!this.deps.deleteTopicEnable) {
      await zk.deleteTopicDeletionMarkers(topicsToBeDeleted, ctx.epochZkVersion);
      return;
    }
    for (const topic of topicsToBeDeleted) {
      ctx.topicsToBeDeleted.add(topic);
      if (this.hasOfflineReplica(topic)) ctx.topicsIneligibleForDeletion.add(topic);
    }
  }

  async enqueueTopicsForDeletion(topics: string[]): Promise<void> {
    for (const topic of topics) this.deps.ctx.topicsToBeDeleted.add(topic);
    await this.resumeDeletions();
  }

  markTopicIneligibleForDeletion(topics: Iterable<string>): void {
    for (const topic of topics) {
      if (this.deps.ctx.isTopicQueuedForDeletion(topic)) this.deps.ctx.topicsIneligibleForDeletion.add(topic);
    }
  }

  async resumeDeletionForTopics(topics: Iterable<string>): Promise<void> {
    let any = false;
    for (const topic of topics) {
      if (this.deps.ctx.isTopicQueuedForDeletion(topic)) any = this.deps.ctx.topicsIneligibleForDeletion.delete(topic) || any;
    }
    if (any) await this.resumeDeletions();
  }

  /** Replicas whose broker failed mid-deletion, or answered StopReplica with an error. */
  async failReplicaDeletion(replicas: PartitionReplica[]): Promise<void> {
    const rsm = this.deps.replicaStateMachine;
    const started = replicas.filter((r) => rsm.state(r) === ReplicaState.DeletionStarted);
    if (started.length === 0) return;
    await rsm.handleStateChanges(started, ReplicaState.DeletionIneligible);
    this.markTopicIneligibleForDeletion(new Set(started.map((r) => r.topic)));
    await this.resumeDeletions();
  }

  async completeReplicaDeletion(replicas: PartitionReplica[]): Promise<void> {
    const rsm = this.deps.replicaStateMachine;
    const started = replicas.filter((r) => rsm.state(r) === ReplicaState.DeletionStarted);
    await rsm.handleStateChanges(started, ReplicaState.DeletionSuccessful);
    await this.resumeDeletions();
  }

  /** Drives every queued topic one step: complete, retry failed replicas, or start. */
  async resumeDeletions(): Promise<void> {
    const { ctx, replicaStateMachine: rsm } = this.deps;
    for (const topic of [...ctx.topicsToBeDeleted].sort()) {
      const replicas = ctx.replicasForPartitions(ctx.partitionsForTopic(topic));
      const states = replicas.map((r) => rsm.state(r));
      if (states.every((s) => s === ReplicaState.DeletionSuccessful)) {
        await this.completeDeleteTopic(topic);
        continue;
      }
      if (states.some((s) => s === ReplicaState.DeletionStarted)) continue; // in progress
      if (ctx.topicsIneligibleForDeletion.has(topic) || this.hasOfflineReplica(topic)) {
        ctx.topicsIneligibleForDeletion.add(topic);
        continue;
      }
      await this.onTopicDeletion(topic, replicas);
    }
  }

  private async onTopicDeletion(topic: string, replicas: PartitionReplica[]): Promise<void> {
    const { ctx, partitionStateMachine: psm, replicaStateMachine: rsm, batch, logger } = this.deps;
    logger.info({ topic }, 'deleting topic');
    const partitions = ctx.partitionsForTopic(topic);
    // Leader -2 tells every broker to drop the topic from its metadata cache.
    batch.newBatch();
    batch.addUpdateMetadataRequestForBrokers(ctx.liveBrokerIds(), partitions);
    batch.sendRequestsToBrokers();
    const toOffline = partitions.filter((tp) => psm.state(tp) !== PartitionState.NonExistent && psm.state(tp) !== PartitionState.Offline);
    await psm.handleStateChanges(toOffline, PartitionState.Offline);
    const pending = replicas.filter((r) => rsm.state(r) !== ReplicaState.DeletionSuccessful);
    const notOffline = pending.filter((r) => rsm.state(r) !== ReplicaState.Offline);
    await rsm.handleStateChanges(notOffline, ReplicaState.Offline);
    await rsm.handleStateChanges(pending, ReplicaState.DeletionStarted);
  }

  private async completeDeleteTopic(topic: string): Promise<void> {
    const { ctx, zk, partitionStateMachine: psm, replicaStateMachine: rsm, logger } = this.deps;
    const partitions = ctx.partitionsForTopic(topic);
    await rsm.handleStateChanges(rsm.replicasInState(topic, ReplicaState.DeletionSuccessful), ReplicaState.NonExistent);
    const offline = partitions.filter((tp) => psm.state(tp) === PartitionState.Offline);
    await psm.handleStateChanges(offline, PartitionState.NonExistent);
    await zk.deleteTopicZNodes(topic, ctx.epochZkVersion);
    ctx.removeTopic(topic);
    logger.info({ topic }, 'deletion of topic completed');
  }

  private hasOfflineReplica(topic: string): boolean {
    const { ctx } = this.deps;
    return ctx.replicasForPartitions(ctx.partitionsForTopic(topic)).some((r) => !ctx.isReplicaOnline(r.replica));
  }
}
