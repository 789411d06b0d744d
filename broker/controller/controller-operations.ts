/**
 * What the active controller does (KafkaController.onControllerFailover, processBrokerChange, onNewPartitionCreation, TopicDeletionManager): failover, broker startup and
 * failure, topic creation and deletion. Runs only on the controller's event thread; every ZooKeeper
 * write goes through the epoch fence, so a ControllerMovedError escaping from here makes the
 * controller resign.
 */

import type { Logger } from 'pino';
import { ErrorCode } from '../../proto/errors';
import type { BrokerInfo, KafkaZkClient } from '../../zk/kafka-zk-client';
import type { ControllerChannelManager } from './controller-channel-manager';
import type { ControllerContext, PartitionReplica } from './controller-context';
import type { ControllerBrokerRequestBatch } from './controller-request-batch';
import type { ActiveControllerEvent, ControllerApiEvent } from './controller-events';
import type { ControllerScheduler } from './controller-scheduler';
import { doControlledShutdown } from './controlled-shutdown';
import { checkAndTriggerAutoLeaderRebalance, electLeaders, processPreferredReplicaElectionZNode } from './preferred-leader-election';
import type { PartitionReassignmentManager } from './reassignment-manager';
import { PartitionState, type PartitionStateMachine } from './partition-state-machine';
import { ReplicaState, type ReplicaStateMachine } from './replica-state-machine';
import type { TopicDeletionManager } from './topic-deletion-manager';
import { type TopicPartition } from '../../proto/topic-partition';
import { forEachPipelined, mapPipelined } from '../../zk/pipeline';

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
  reassignmentManager: PartitionReassignmentManager;
  scheduler: ControllerScheduler;
  autoLeaderRebalance: { enable: boolean; imbalancePerBrokerPercentage: number; checkIntervalMs: number };
  /** Queue an event for this controller term (watch and timer callbacks call only this). */
  enqueue: (event: ActiveControllerEvent) => void;
}

/** Kafka schedules the first auto rebalance 5 s after failover. */
export const autoLeaderRebalanceInitialDelayMs = 5_000;
/** Retry of a topic deletion whose StopReplica failed (instead of waiting for a broker bounce). */
export const topicDeletionRetryBackoffMsInitial = 1_000;
export const topicDeletionRetryBackoffMsMax = 30_000;

export class ControllerOperations {
  private readonly deletionRetryAttempts = new Map<string, number>();

  constructor(private readonly d: ControllerOperationsDeps) {}

  async process(event: ActiveControllerEvent): Promise<void> {
    switch (event.type) {
      case 'BrokerChange':
        return this.processBrokerChange();
      case 'BrokerModification':
        return this.processBrokerModification(event.brokerId);
      case 'TopicChange':
        return this.processTopicChange();
      case 'PartitionModifications':
        return this.processPartitionModifications(event.topic);
      case 'TopicDeletion':
        return this.processTopicDeletion();
      case 'TopicDeletionRetry':
        return this.d.topicDeletionManager.resumeDeletionForTopics([event.topic]);
      case 'TopicDeletionStopReplicaResponseReceived':
        return this.processStopReplicaResponse(event.brokerId, event.response.errorCode ?? 0, event.response.partitionErrors ?? [], event.partitions);
      case 'IsrChangeNotification':
        return this.processIsrChangeNotification();
      case 'PartitionReassignment':
        return this.d.reassignmentManager.processReassignPartitionsZNode();
      case 'PreferredReplicaLeaderElection':
        return processPreferredReplicaElectionZNode(this.d, () => this.d.enqueue({ type: 'PreferredReplicaLeaderElection' }));
      case 'AutoPreferredReplicaLeaderElection':
        return this.processAutoPreferredReplicaLeaderElection();
    }
  }

  /** Requests from brokers and admins; the caller has checked that this controller is active. */
  async processApi(event: ControllerApiEvent): Promise<void> {
    switch (event.type) {
      case 'ControlledShutdown':
        event.respond(await doControlledShutdown(this.d, event.brokerId, event.brokerEpoch));
        return;
      case 'ReplicaLeaderElection':
        event.respond(await electLeaders(this.d, event.electionType, event.partitions));
        return;
      case 'ListPartitionReassignments':
        event.respond(this.d.reassignmentManager.listPartitionReassignments(event.partitions));
        return;
      case 'AlterPartitionReassignments':
        event.respond(await this.d.reassignmentManager.alterPartitionReassignments(event.reassignments));
    }
  }

  shutdown(): void {
    this.d.scheduler.shutdown();
    this.d.partitionStateMachine.shutdown();
    this.d.replicaStateMachine.shutdown();
  }

  /** KafkaController.onControllerFailover, in Kafka's order. */
  async onControllerFailover(): Promise<void> {
    const { ctx, zk, channel, logger } = this.d;
    const brokers = await zk.getAllBrokers(() => this.d.enqueue({ type: 'BrokerChange' }));
    ctx.setLiveBrokers(brokers);
    for (const b of brokers) await this.watchBroker(b.id);
    const topics = await zk.getAllTopics(() => this.d.enqueue({ type: 'TopicChange' }));
    const deletions = await zk.getTopicDeletions(() => this.d.enqueue({ type: 'TopicDeletion' }));
    // ISR changes are re-read with the partition states below; pending notifications are stale.
    const isrNotifications = await zk.getIsrChangeNotifications(() => this.d.enqueue({ type: 'IsrChangeNotification' }));
    await zk.deleteIsrChangeNotifications(isrNotifications, ctx.epochZkVersion);
    for (const topic of topics) await this.loadTopic(topic);
    channel.startup(brokers);
    await this.d.topicDeletionManager.init(deletions.filter((t) => ctx.allTopics.has(t)));
    const unknownDeletions = deletions.filter((t) => !ctx.allTopics.has(t));
    if (unknownDeletions.length > 0) await zk.deleteTopicDeletionMarkers(unknownDeletions, ctx.epochZkVersion);
    this.sendUpdateMetadata([...ctx.liveBrokerIds()], []);
    await this.d.replicaStateMachine.startup();
    await this.d.partitionStateMachine.startup();
    await this.d.reassignmentManager.init();
    await this.d.topicDeletionManager.resumeDeletions();
    await processPreferredReplicaElectionZNode(this.d, () => this.d.enqueue({ type: 'PreferredReplicaLeaderElection' }));
    if (this.d.autoLeaderRebalance.enable) {
      const delayMs = Math.min(autoLeaderRebalanceInitialDelayMs, this.d.autoLeaderRebalance.checkIntervalMs);
      this.d.scheduler.schedule('auto-leader-rebalance', delayMs, () => this.d.enqueue({ type: 'AutoPreferredReplicaLeaderElection' }));
    }
    logger.info({ controllerEpoch: ctx.epoch, liveBrokers: [...ctx.liveBrokerIds()], topics: topics.length }, 'controller failover complete');
  }

  /** Reads a topic znode (with the per-topic data watch for partition additions) and its partition states. */
  private async loadTopic(topic: string): Promise<boolean> {
    const { ctx, zk } = this.d;
    const data = await zk.getTopicAssignment(topic, () => this.d.enqueue({ type: 'PartitionModifications', topic }));
    if (!data) return false;
    ctx.setTopicAssignment(topic, data.partitions);
    // Partition states are read pipelined (Kafka's getTopicPartitionStatesRaw): a round trip
    // each, awaited one by one, was most of a controller failover at 10,000 partitions.
    await forEachPipelined([...data.partitions.keys()], async (partition) => {
      const tp = { topic, partition };
      ctx.setPartitionReassignment(tp, { adding: data.addingReplicas.get(partition) ?? [], removing: data.removingReplicas.get(partition) ?? [] });
      const state = await zk.getPartitionState(topic, partition);
      if (state) ctx.putPartitionLeadership(tp, state);
    });
    return true;
  }

  private async watchBroker(brokerId: number): Promise<void> {
    await this.d.zk.watchBroker(brokerId, () => this.d.enqueue({ type: 'BrokerModification', brokerId }));
  }

  /** KafkaController.processBrokerChange: compare /brokers/ids (with czxid epochs) against the cached live set. */
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
    for (const b of [...added, ...bounced]) await this.watchBroker(b.id);
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

  /** KafkaController.onNewPartitionCreation: new topics get New -> Online partitions and replicas; vanished topics are forgotten. */
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

  /** TopicDeletionManager: markers under /admin/delete_topics. */
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
      for (const topic of new Set(failed.map((r) => r.topic))) this.scheduleDeletionRetry(topic);
    }
    if (succeeded.length > 0) await this.d.topicDeletionManager.completeReplicaDeletion(succeeded);
  }

  /** The broker is alive but could not delete: retry with exponential backoff rather than wait for a bounce. */
  private scheduleDeletionRetry(topic: string): void {
    for (const known of this.deletionRetryAttempts.keys()) {
      if (!this.d.ctx.isTopicQueuedForDeletion(known)) this.deletionRetryAttempts.delete(known);
    }
    if (!this.d.ctx.isTopicQueuedForDeletion(topic)) return;
    const attempt = this.deletionRetryAttempts.get(topic) ?? 0;
    this.deletionRetryAttempts.set(topic, attempt + 1);
    const delayMs = Math.min(topicDeletionRetryBackoffMsInitial * 2 ** attempt, topicDeletionRetryBackoffMsMax);
    this.d.scheduler.schedule(`topic-deletion-retry:${topic}`, delayMs, () => this.d.enqueue({ type: 'TopicDeletionRetry', topic }));
  }

  /**
   * KafkaController.processIsrChangeNotification: re-read the notified partitions' state znodes, tell every broker, check reassignment
   * completion, then delete the processed notifications.
   */
  private async processIsrChangeNotification(): Promise<void> {
    const { ctx, zk, logger } = this.d;
    const children = await zk.getIsrChangeNotifications(() => this.d.enqueue({ type: 'IsrChangeNotification' }));
    if (children.length === 0) return;
    const notified = new Map<string, TopicPartition>();
    for (const tp of await zk.getIsrChangeNotificationPartitions(children)) notified.set(`${tp.topic}:${tp.partition}`, tp);
    const refreshed: TopicPartition[] = [];
    const known = [...notified.values()].filter((tp) => ctx.partitionReplicas(tp).length > 0);
    const states = await mapPipelined(known, (tp) => zk.getPartitionState(tp.topic, tp.partition));
    known.forEach((tp, i) => {
      const state = states[i];
      if (!state) return;
      try {
        ctx.putPartitionLeadership(tp, state);
        refreshed.push(tp);
      } catch (err) {
        logger.error({ err, topic: tp.topic, partition: tp.partition }, 'ignoring partition state that breaks the leader/ISR invariant');
      }
    });
    if (refreshed.length > 0) this.sendUpdateMetadata([...ctx.liveBrokerIds()], refreshed);
    await this.d.reassignmentManager.maybeCompleteReassignments(refreshed);
    await zk.deleteIsrChangeNotifications(children, ctx.epochZkVersion);
  }

  /** KafkaController.onNewPartitionCreation: partitions added to an existing topic (its znode's data watch fired). */
  private async processPartitionModifications(topic: string): Promise<void> {
    const { ctx, zk, logger } = this.d;
    if (!ctx.allTopics.has(topic)) return;
    const data = await zk.getTopicAssignment(topic, () => this.d.enqueue({ type: 'PartitionModifications', topic }));
    if (!data) return;
    const known = new Set(ctx.partitionsForTopic(topic).map((tp) => tp.partition));
    const added = [...data.partitions.keys()].filter((p) => !known.has(p)).sort((a, b) => a - b);
    if (added.length === 0) return;
    if (ctx.isTopicQueuedForDeletion(topic)) {
      logger.info({ topic, partitions: added }, 'ignoring partitions added to a topic being deleted');
      return;
    }
    const assignment = new Map(ctx.partitionsForTopic(topic).map((tp) => [tp.partition, ctx.partitionReplicas(tp)] as const));
    for (const p of added) assignment.set(p, data.partitions.get(p) ?? []);
    ctx.setTopicAssignment(topic, assignment);
    logger.info({ topic, partitions: added }, 'new partitions');
    await this.onNewPartitionCreation(added.map((partition) => ({ topic, partition })));
  }

  /** KafkaController.processBrokerChange: a live broker rewrote its registration (endpoints, rack): everyone gets fresh metadata. */
  private async processBrokerModification(brokerId: number): Promise<void> {
    const { ctx, zk, channel, logger } = this.d;
    const cached = ctx.liveBroker(brokerId);
    if (!cached) return;
    const current = await zk.getBroker(brokerId, () => this.d.enqueue({ type: 'BrokerModification', brokerId }));
    // A new epoch is a bounce, which the /brokers/ids child watch handles.
    if (!current || current.epoch !== cached.epoch) return;
    if (JSON.stringify([current.endpoints, current.rack ?? null]) === JSON.stringify([cached.endpoints, cached.rack ?? null])) return;
    logger.info({ modifiedBrokerId: brokerId, endpoints: current.endpoints }, 'broker endpoints changed');
    ctx.addLiveBrokers([current]);
    channel.updateBroker(current);
    this.sendUpdateMetadata([...ctx.liveBrokerIds()], ctx.allPartitions());
  }

  private async processAutoPreferredReplicaLeaderElection(): Promise<void> {
    const { enable, imbalancePerBrokerPercentage, checkIntervalMs } = this.d.autoLeaderRebalance;
    if (!enable) return;
    try {
      await checkAndTriggerAutoLeaderRebalance(this.d, imbalancePerBrokerPercentage);
    } finally {
      this.d.scheduler.schedule('auto-leader-rebalance', checkIntervalMs, () => this.d.enqueue({ type: 'AutoPreferredReplicaLeaderElection' }));
    }
  }

  private sendUpdateMetadata(brokerIds: number[], partitions: TopicPartition[]): void {
    if (brokerIds.length === 0) return;
    const { batch } = this.d;
    batch.newBatch();
    batch.addUpdateMetadataRequestForBrokers(brokerIds, partitions);
    batch.sendRequestsToBrokers();
  }
}
