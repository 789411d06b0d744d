/**
 * Kafka's `KafkaController` (reference §2-§3): every broker runs one; the one that wins the
 * /controller election drives partition leadership. All work happens on one event queue: ZooKeeper
 * watches and broker responses only enqueue events, and each handler first checks that this
 * broker is still the active controller. Any write rejected by the epoch fence
 * (ControllerMovedError) makes it resign.
 */

import type { Logger } from 'pino';
import type { BrokerConnection } from '../../client/network/connection';
import { ControllerMovedError, type BrokerInfo, type KafkaZkClient } from '../../zk/kafka-zk-client';
import { ControllerEventManager } from './controller-event-manager';
import { ControllerChannelManager } from './controller-channel-manager';
import { ControllerContext } from './controller-context';
import { ControllerBrokerRequestBatch } from './controller-request-batch';
import { PartitionStateMachine } from './partition-state-machine';
import { ReplicaStateMachine } from './replica-state-machine';
import { TopicDeletionManager } from './topic-deletion-manager';
import { ControllerOperations } from './controller-operations';
import type { ControllerEvent } from './controller-events';

export interface ControllerConfig {
  brokerId: number;
  deleteTopicEnable: boolean;
  /** Broker default; the topic config `unclean.leader.election.enable` overrides it. */
  uncleanLeaderElectionEnable: boolean;
  /** Listener the controller uses to reach brokers (Kafka's inter.broker.listener.name). */
  interBrokerListenerName?: string;
}

export const interBrokerListenerNameDefault = 'PLAINTEXT';

export class KafkaController {
  private readonly config: ControllerConfig;
  private readonly zk: KafkaZkClient;
  private readonly logger: Logger;
  private readonly ctx = new ControllerContext();
  private readonly eventManager: ControllerEventManager<ControllerEvent>;
  private channel: ControllerChannelManager;
  private ops: ControllerOperations | undefined;
  private activeId = -1;
  /** Incremented on every resignation; watches registered by an older incarnation are ignored. */
  private incarnation = 0;
  private resignationCount = 0;
  private started = false;
  private readonly onNewSession = (): void => this.put({ type: 'Reelect' });
  private readonly onExpired = (): void => this.put({ type: 'Expire' });

  constructor(private readonly opts: {
    config: ControllerConfig; zk: KafkaZkClient; logger: Logger;
    /** injected for tests; default creates a BrokerConnection */ connectToBroker?: (b: BrokerInfo) => BrokerConnection;
  }) {
    this.config = opts.config;
    this.zk = opts.zk;
    this.logger = opts.logger.child({ component: 'controller', brokerId: opts.config.brokerId });
    this.eventManager = new ControllerEventManager((e) => this.process(e), this.logger);
    this.channel = this.newChannelManager();
  }

  get isActive(): boolean {
    return this.ops !== undefined && this.activeId === this.config.brokerId;
  }

  get activeControllerId(): number {
    return this.activeId;
  }

  get epoch(): number {
    return this.ctx.epoch;
  }

  /** How many times this broker stopped being controller (resignations). */
  get resignations(): number {
    return this.resignationCount;
  }

  get eventQueueSize(): number {
    return this.eventManager.queueSize;
  }

  get lastEventQueueTimeMs(): number {
    return this.eventManager.lastEventQueueTimeMs;
  }

  /** Resolves when every event queued so far has been processed (tests, shutdown). */
  idle(): Promise<void> {
    return this.eventManager.idle();
  }

  async startup(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.zk.on('newSession', this.onNewSession);
    this.zk.on('expired', this.onExpired);
    this.put({ type: 'Startup' });
  }

  async shutdown(): Promise<void> {
    this.zk.off('newSession', this.onNewSession);
    this.zk.off('expired', this.onExpired);
    this.put({ type: 'Shutdown' });
    await this.eventManager.idle();
    await this.eventManager.shutdown();
  }

  private put(event: ControllerEvent): void {
    this.eventManager.put(event);
  }

  private async process(event: ControllerEvent): Promise<void> {
    try {
      await this.dispatch(event);
    } catch (err) {
      if (err instanceof ControllerMovedError) {
        this.logger.warn({ event: event.type, err }, 'controller moved to another broker; resigning');
        await this.resignAfterFencing();
      } else {
        this.logger.error({ event: event.type, err }, 'error processing controller event');
        if (event.type === 'Startup' || event.type === 'Reelect') await this.triggerControllerMove();
      }
    }
  }

  private async dispatch(event: ControllerEvent): Promise<void> {
    switch (event.type) {
      case 'Startup':
        await this.elect();
        return;
      case 'ControllerChange':
        await this.maybeResign();
        if (this.activeId === -1) await this.elect();
        return;
      case 'Reelect':
        await this.maybeResign();
        await this.elect();
        return;
      case 'Expire':
        this.activeId = -1;
        if (this.ops) this.onControllerResignation();
        return;
      case 'Shutdown':
        if (this.isActive) {
          this.onControllerResignation();
          await this.zk.deleteController(this.ctx.epochZkVersion).catch((err: unknown) => this.logger.warn({ err }, 'could not delete /controller'));
        }
        this.activeId = -1;
        return;
      default:
        if (!this.isActive || !this.ops) return;
        if ('incarnation' in event && event.incarnation !== this.incarnation) return;
        await this.ops.process(event);
    }
  }

  /** §2.1: watch /controller; if nobody holds it, try to take it with an epoch bump. */
  private async elect(): Promise<void> {
    this.activeId = await this.zk.getControllerId(this.controllerWatch());
    if (this.activeId !== -1) {
      this.logger.debug({ activeControllerId: this.activeId }, 'controller already elected');
      return;
    }
    try {
      const { epoch, epochZkVersion } = await this.zk.registerControllerAndIncrementControllerEpoch(this.config.brokerId);
      this.ctx.epoch = epoch;
      this.ctx.epochZkVersion = epochZkVersion;
      this.activeId = this.config.brokerId;
      this.logger.info({ controllerEpoch: epoch, epochZkVersion }, 'elected as controller');
      await this.onControllerFailover();
    } catch (err) {
      if (!(err instanceof ControllerMovedError)) throw err;
      this.activeId = await this.zk.getControllerId();
      this.logger.info({ activeControllerId: this.activeId }, 'lost controller election');
    }
  }

  private async onControllerFailover(): Promise<void> {
    this.incarnation += 1;
    this.channel = this.newChannelManager();
    const batch = new ControllerBrokerRequestBatch(this.ctx, this.channel, {
      controllerId: this.config.brokerId, interBrokerListenerName: this.listenerName(), logger: this.logger,
      onStopReplicaResponse: (brokerId, response, partitions) => this.put({
        type: 'TopicDeletionStopReplicaResponseReceived', incarnation: this.incarnation, brokerId, response, partitions,
      }),
    });
    const deps = { ctx: this.ctx, zk: this.zk, batch, logger: this.logger, uncleanLeaderElectionEnable: this.config.uncleanLeaderElectionEnable };
    const partitionStateMachine = new PartitionStateMachine(deps);
    const replicaStateMachine = new ReplicaStateMachine(deps);
    const topicDeletionManager = new TopicDeletionManager({
      ...deps, deleteTopicEnable: this.config.deleteTopicEnable, partitionStateMachine, replicaStateMachine,
    });
    const incarnation = this.incarnation;
    this.ops = new ControllerOperations({
      ...deps, channel: this.channel, partitionStateMachine, replicaStateMachine, topicDeletionManager,
      deleteTopicEnable: this.config.deleteTopicEnable,
      enqueue: (e) => this.put({ ...e, incarnation }),
    });
    await this.ops.onControllerFailover();
  }

  /** /controller changed: if it no longer names us, step down (§2.4). */
  private async maybeResign(): Promise<void> {
    const wasActive = this.isActive;
    this.activeId = await this.zk.getControllerId(this.controllerWatch());
    if (wasActive && !this.isActive) this.onControllerResignation();
  }

  /** A fenced write failed: our epoch is stale even if /controller still names us. */
  private async resignAfterFencing(): Promise<void> {
    if (this.ops) this.onControllerResignation();
    // A /controller node we still own would block the next election: remove it so the cluster
    // (possibly this broker again, with a fresh epoch) elects a controller that holds the epoch.
    await this.zk.deleteControllerIfOwned();
    this.activeId = await this.zk.getControllerId(this.controllerWatch());
  }

  /** An unexpected error while becoming controller: resign and let another broker try (§2.1 step 6). */
  private async triggerControllerMove(): Promise<void> {
    const epochZkVersion = this.ctx.epochZkVersion;
    if (this.ops) this.onControllerResignation();
    this.activeId = -1;
    await this.zk.deleteController(epochZkVersion).catch((err: unknown) => this.logger.warn({ err }, 'could not delete /controller'));
  }

  private onControllerResignation(): void {
    this.logger.info({ controllerEpoch: this.ctx.epoch }, 'resigning as controller');
    this.incarnation += 1;
    this.resignationCount += 1;
    this.ops?.shutdown();
    this.ops = undefined;
    this.channel.shutdown();
    this.ctx.reset();
  }

  private controllerWatch(): () => void {
    return () => this.put({ type: 'ControllerChange' });
  }

  private listenerName(): string {
    return this.config.interBrokerListenerName ?? interBrokerListenerNameDefault;
  }

  private newChannelManager(): ControllerChannelManager {
    return new ControllerChannelManager({
      controllerId: this.config.brokerId, interBrokerListenerName: this.listenerName(), logger: this.logger,
      connectToBroker: this.opts.connectToBroker,
    });
  }
}
