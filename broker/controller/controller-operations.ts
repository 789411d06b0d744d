/**
 * What the active controller does (reference §2.3, §3.3-§3.5): failover, broker startup and
 * failure, topic creation and deletion. Runs only on the controller's event thread; every ZooKeeper
 * write goes through the epoch fence, so a ControllerMovedError escaping from here makes the
 * controller resign.
 */

import type { Logger } from 'pino';
import { ErrorCode } from '../../proto/errors';
import type { BrokerInfo, KafkaZkClient } from '../../zk/kafka-zk-client';
import type { ControllerChannelManager } from './controller-channel-manager';
import type { ControllerContext, PartitionReplica, TopicPartition } from './controller-context';
import type { ControllerBrokerRequestBatch } from './controller-request-batch';
import type { ActiveControllerEvent } from './controller-events';
import { PartitionState, type PartitionStateMachine } from './partition-state-machine';
import { ReplicaState, type ReplicaStateMachine } from './replica-state-machine';
import type { TopicDeletionManager } from './topic-deletion-manager';

export interface ControllerOperationsDeps {
  ctx: ControllerContext;
  zk: KafkaZkClient;
  batch: ControllerBrokerRequestBatch;
  channel: ControllerChannelManager;
  logger: Logger;
  partitionStateMachine: PartitionStateMachine;
  replicaStateMachine: ReplicaStateMachine;
  topicDeletionManager: TopicDeletionManager;
  deleteTopicEnable: boolean;
  /** Queue an event for this controller term (watch callbacks call only this). */
  enqueue: (event: ActiveControllerEvent) => void;
}

export class ControllerOperations {
  constructor(private readonly d: ControllerOperationsDeps) {}

  async process(event: ActiveControllerEvent): Promise<void> {
    switch (event.type) {
      case 'BrokerChange':
        return this.processBrokerChange();
      case 'TopicChange':
        return this.processTopicChange();
      case 'TopicDeletion':
        return this.processTopicDeletion();
      case 'TopicDeletionStopReplicaResponseReceived':
        return this.processStopReplicaResponse(event.brokerId, event.response.errorCode ?? 0, event.response.partitionErrors ?? [], event.partitions);
    }
  }

  shutdown(): void {
    this.d.partitionStateMachine.shutdown();
    this.d.replicaStateMachine.shutdown();
  }

  /** §2.3, in Kafka's order. */
  async onControllerFailover(): Promise<void> {
    const { ctx, zk, channel, logger } = this.d;
    const brokers = await zk.getAllBrokers(() => this.d.enqueue({ type: 'BrokerChange' }));
    ctx.setLiveBrokers(brokers);
    const topics = await zk.getAllTopics(() => this.d.enqueue({ type: 'TopicChange' }));
    const deletions = await zk.getTopicDeletions(() => this.d.enqueue({ type: 'TopicDeletion' }));
    // ISR changes are re-read with the partition states below; pending notifications are stale.
    await zk.deleteIsrChangeNotifications(await zk.getIsrChangeNotifications(), ctx.epochZkVersion);
    for (const topic of topics) await this.loadTopic(topic);
    channel.startup(brokers);
    await this.d.topicDeletionManager.init(deletions.filter((t) => ctx.allTopics.has(t)));
    const unknownDeletions = deletions.filter((t) => !ctx.allTopics.has(t));
    if (unknownDeletions.length > 0) await zk.deleteTopicDeletionMarkers(unknownDeletions, ctx.epochZkVersion);
    this.sendUpdateMetadata([...ctx.liveBrokerIds()], []);
    await this.d.replicaStateMachine.startup();
    await this.d.partitionStateMachine.startup();
    await this.d.topicDeletionManager.resumeDeletions();
    logger.info({ controllerEpoch: ctx.epoch, liveBrokers: [...ctx.liveBrokerIds()], topics: topics.length }, 'controller failover complete');
  }

  private async loadTopic(topic: string): Promise<boolean> {
    const { ctx, zk } = this.d;
    const assignment = await zk.getReplicaAssignment(topic);
    if (!assignment) return false;
    ctx.setTopicAssignment(topic, assignment);
    for (const partition of assignment.keys()) {
      const state = await zk.getPartitionState(topic, partition);
      if (state) ctx.putPartitionLeadership({ topic, partition }, state);
    }
    return true;
  }

  /** §3.3: compare /brokers/ids (with czxid epochs) against the cached live set. */
  private async processBrokerChange(): Promise<void> {
    const { ctx, zk, channel, logger } = this.d;
    const current = await zk.getAllBrokers(() => this.d.enqueue({ type: 'BrokerChange' }));
    const cached = ctx.liveBrokerIds();
    const inZk = new Map(current.map((b) => [b.id, b]));
    const added = current.filter((b) => !cached.has(b.id));
    const dead = [...cached].filter((id) => !inZk.has(id)).sort((a, b) => a - b);
    const bounced = current.filter((b) => cached.has(b.id) && b.epoch > (ctx.liveBroker(b.id)?.epoch ?? Number.MAX_SAFE_INTEGER));
    if (added.length + dead.length + bounced.length === 0) return;
    logger.info({ newBrokers: added.map((b) => b.id), deadBrokers: dead, bouncedBrokers: bounced.map((b) => b.id) }, 'broker change');
    for (const b of added) channel.addBroker(b);
    if (bounced.length > 0) {
      const ids = bounced.map((b) => b.id);
      ctx.removeLiveBrokers(ids);
      for (const id of ids) channel.removeBroker(id);
      await this.onBrokerFailure(ids);
      ctx.addLiveBrokers(bounced);
      for (const b of bounced) channel.addBroker(b);
      await this.onBrokerStartup(bounced);
    }
    ctx.addLiveBrokers(added);
    if (added.length > 0) await this.onBrokerStartup(added);
    ctx.removeLiveBrokers(dead);
    for (const id of dead) channel.removeBroker(id);
    if (dead.length > 0) await this.onBrokerFailure(dead);
  }

  private async onBrokerStartup(brokers: BrokerInfo[]): Promise<void> {
    const { ctx, replicaStateMachine, partitionStateMachine, topicDeletionManager } = this.d;
    const newIds = new Set(brokers.map((b) => b.id));
    const existing = [...ctx.liveBrokerIds()].filter((id) => !newIds.has(id));
    this.sendUpdateMetadata(existing, []);
    this.sendUpdateMetadata([...newIds], ctx.allPartitions());
    const replicas = ctx.replicasOnBrokers(newIds);
    await replicaStateMachine.handleStateChanges(replicas.filter((r) => replicaStateMachine.state(r) !== ReplicaState.DeletionStarted), ReplicaState.Online);
    await partitionStateMachine.triggerOnlinePartitionStateChange();
    const deletionTopics = new Set(replicas.map((r) => r.topic).filter((t) => ctx.isTopicQueuedForDeletion(t)));
    await topicDeletionManager.resumeDeletionForTopics(deletionTopics);
  }

  private async onBrokerFailure(deadIds: number[]): Promise<void> {
    const { ctx } = this.d;
    for (const id of deadIds) ctx.shuttingDownBrokerIds.delete(id);
    await this.onReplicasBecomeOffline(ctx.replicasOnBrokers(new Set(deadIds)));
  }

  /** Kafka's `onReplicasBecomeOffline`: elect where the leader died, shrink ISRs, fail deletions. */
  private async onReplicasBecomeOffline(replicas: PartitionReplica[]): Promise<void> {
    const { ctx, partitionStateMachine: psm, replicaStateMachine: rsm, topicDeletionManager } = this.d;
    const forDeletion = replicas.filter((r) => ctx.isTopicQueuedForDeletion(r.topic));
    const notForDeletion = replicas.filter((r) => !ctx.isTopicQueuedForDeletion(r.topic));
    const leaderless = ctx.allPartitions().filter((tp) => {
      const lai = ctx.partitionLeadership(tp);
      return lai !== undefined && !ctx.isReplicaOnline(lai.leader) && !ctx.isTopicQueuedForDeletion(tp.topic)
        && psm.state(tp) !== PartitionState.NonExistent;
    });
    await psm.handleStateChanges(leaderless, PartitionState.Offline);
    await psm.triggerOnlinePartitionStateChange();
    await rsm.handleStateChanges(notForDeletion, ReplicaState.Offline);
    if (forDeletion.length > 0) {
      const started = forDeletion.filter((r) => rsm.state(r) === ReplicaState.DeletionStarted);
      const others = forDeletion.filter((r) => rsm.state(r) !== ReplicaState.DeletionStarted && rsm.state(r) !== ReplicaState.DeletionSuccessful
        && rsm.state(r) !== ReplicaState.DeletionIneligible);
      await rsm.handleStateChanges(others, ReplicaState.Offline);
      topicDeletionManager.markTopicIneligibleForDeletion(new Set(forDeletion.map((r) => r.topic)));
      await topicDeletionManager.failReplicaDeletion(started);
    }
    // Even without leader changes, brokers must learn that replicas went offline.
    if (leaderless.length === 0) this.sendUpdateMetadata([...ctx.liveBrokerIds()], []);
  }

  /** §3.4: new topics get New -> Online partitions and replicas; vanished topics are forgotten. */
  private async processTopicChange(): Promise<void> {
    const { ctx, zk, logger } = this.d;
    const topics = new Set(await zk.getAllTopics(() => this.d.enqueue({ type: 'TopicChange' })));
    const added = [...topics].filter((t) => !ctx.allTopics.has(t)).sort();
    const removed = [...ctx.allTopics].filter((t) => !topics.has(t));
    for (const topic of removed) ctx.removeTopic(topic);
    const newPartitions: TopicPartition[] = [];
    for (const topic of added) {
      if (await this.loadTopic(topic)) newPartitions.push(...ctx.partitionsForTopic(topic));
    }
    if (newPartitions.length === 0) return;
    logger.info({ topics: added }, 'new topics');
    await this.onNewPartitionCreation(newPartitions);
  }

  private async onNewPartitionCreation(partitions: TopicPartition[]): Promise<void> {
    const { ctx, partitionStateMachine: psm, replicaStateMachine: rsm } = this.d;
    const replicas = ctx.replicasForPartitions(partitions);
    await psm.handleStateChanges(partitions, PartitionState.New);
    await rsm.handleStateChanges(replicas, ReplicaState.New);
    await psm.handleStateChanges(partitions, PartitionState.Online);
    await rsm.handleStateChanges(replicas, ReplicaState.Online);
  }

  /** §3.5 step 1: markers under /admin/delete_topics. */
  private async processTopicDeletion(): Promise<void> {
    const { ctx, zk, logger } = this.d;
    const marked = await zk.getTopicDeletions(() => this.d.enqueue({ type: 'TopicDeletion' }));
    const unknown = marked.filter((t) => !ctx.allTopics.has(t));
    if (unknown.length > 0) await zk.deleteTopicDeletionMarkers(unknown, ctx.epochZkVersion);
    const toDelete = marked.filter((t) => ctx.allTopics.has(t) && !ctx.isTopicQueuedForDeletion(t));
    if (toDelete.length === 0) return;
    if (!this.d.deleteTopicEnable) {
      logger.info({ topics: toDelete }, 'delete.topic.enable is false; removing deletion markers');
      await zk.deleteTopicDeletionMarkers(toDelete, ctx.epochZkVersion);
      return;
    }
    await this.d.topicDeletionManager.enqueueTopicsForDeletion(toDelete);
  }

  private async processStopReplicaResponse(
    brokerId: number, errorCode: number, partitionErrors: Array<{ topic?: string | null; partition?: number | null; errorCode?: number | null }>,
    partitions: TopicPartition[],
  ): Promise<void> {
    const failedKeys = new Set(partitionErrors.filter((e) => (e.errorCode ?? 0) !== ErrorCode.NONE).map((e) => `${e.topic}:${e.partition}`));
    const replicas = partitions.map((tp) => ({ ...tp, replica: brokerId }));
    const failed = errorCode !== ErrorCode.NONE ? replicas : replicas.filter((r) => failedKeys.has(`${r.topic}:${r.partition}`));
    const succeeded = errorCode !== ErrorCode.NONE ? [] : replicas.filter((r) => !failedKeys.has(`${r.topic}:${r.partition}`));
    if (failed.length > 0) {
      this.d.logger.warn({ targetBrokerId: brokerId, errorCode, failed: failed.length }, 'replica deletion failed; will retry');
      await this.d.topicDeletionManager.failReplicaDeletion(failed);
    }
    if (succeeded.length > 0) await this.d.topicDeletionManager.completeReplicaDeletion(succeeded);
  }

  private sendUpdateMetadata(brokerIds: number[], partitions: TopicPartition[]): void {
    if (brokerIds.length === 0) return;
    const { batch } = this.d;
    batch.newBatch();
    batch.addUpdateMetadataRequestForBrokers(brokerIds, partitions);
    batch.sendRequestsToBrokers();
  }
}
