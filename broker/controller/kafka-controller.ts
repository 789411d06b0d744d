/**
 * Kafka's `KafkaController`: every broker runs one; the one that wins the
 * /controller election drives partition leadership. All work happens on one event queue: ZooKeeper
 * watches and broker responses only enqueue events, and each handler first checks that this
 * broker is still the active controller. Any write rejected by the epoch fence
 * (ControllerMovedError) makes it resign.
 */

import type { Logger } from 'pino';
import { type Clock, settlesWithin } from '../clock';
import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import { ControllerMovedError, type KafkaZkClient } from '../../zk/kafka-zk-client';
import { ZkCode, isZkError } from '../../zk/zk-session';
import { ControllerEventManager } from './controller-event-manager';
import { ControllerChannelManager, type ConnectToBroker } from './controller-channel-manager';
import { ControllerContext } from './controller-context';
import { ControllerBrokerRequestBatch } from './controller-request-batch';
import { PartitionStateMachine } from './partition-state-machine';
import { ReplicaStateMachine } from './replica-state-machine';
import { TopicDeletionManager } from './topic-deletion-manager';
import { ControllerOperations } from './controller-operations';
import { ControllerScheduler } from './controller-scheduler';
import { PartitionReassignmentManager } from './reassignment-manager';
import { preferredReplicaImbalanceCount } from './preferred-leader-election';
import { PartitionState } from './partition-state-machine';

import type {
  ControlledShutdownResult, ControllerApiEvent, ControllerEvent, ElectionType, LeaderElectionResults, PartitionReassignmentInfo,
  PartitionReassignmentRequest, PartitionReassignmentResults,
} from './controller-events';
import { type TopicPartition } from '../../proto/topic-partition';

export interface ControllerConfig {
  brokerId: number;
  deleteTopicEnable: boolean;
  /** Broker default; the topic config `unclean.leader.election.enable` overrides it. */
  uncleanLeaderElectionEnable: boolean;
  /** Listener the controller uses to reach brokers (Kafka's inter.broker.listener.name). */
  interBrokerListenerName?: string;
  /** control.plane.listener.name (KIP-291): when set, controller requests go to this listener instead. */
  controlPlaneListenerName?: string;
  /** auto.leader.rebalance.enable (default true). */
  autoLeaderRebalanceEnable?: boolean;
  /** leader.imbalance.per.broker.percentage (default 10). */
  leaderImbalancePerBrokerPercentage?: number;
  /** leader.imbalance.check.interval.seconds (default 300). */
  leaderImbalanceCheckIntervalSeconds?: number;
}

export const interBrokerListenerNameDefault = 'PLAINTEXT';
/** Longest wait at shutdown for the event in progress; past it the channels stop regardless. */
export const controllerShutdownTimeoutMs = 10_000;
/** Attempts, across ZooKeeper connection losses, to delete /controller when resigning after a failed failover. */
export const controllerMoveDeleteAttemptsMax = 30;
export const controllerMoveDeleteRetryBackoffMs = 500;
export const autoLeaderRebalanceEnableDefault = true;
export const leaderImbalancePerBrokerPercentageDefault = 10;
export const leaderImbalanceCheckIntervalSecondsDefault = 300;

/** What the admin /metrics endpoint reads (Kafka's kafka.controller:type=KafkaController gauges). */
export interface ControllerMetrics {
  activeControllerCount: number;
  offlinePartitionsCount: number;
  preferredReplicaImbalanceCount: number;
  uncleanLeaderElections: number;
  leaderElections: number;
  eventQueueSize: number;
  controllerEpoch: number;
  globalPartitionCount: number;
  globalTopicCount: number;
}

export class KafkaController {
  private readonly config: ControllerConfig;
  private readonly zk: KafkaZkClient;
  private readonly logger: Logger;
  private readonly ctx = new ControllerContext();
  private readonly eventManager: ControllerEventManager<ControllerEvent>;
  private channel: ControllerChannelManager;
  private ops: ControllerOperations | undefined;
  private psm: PartitionStateMachine | undefined;
  private activeId = -1;
  /** Incremented on every resignation; watches registered by an older incarnation are ignored. */
  private incarnation = 0;
  private shuttingDown = false;
  private resignationCount = 0;
  private started = false;
  /** Bumped (at once, not through the queue) by every new ZooKeeper session. */
  private sessionGeneration = 0;
  /** The session generation this broker was last elected controller on. */
  private electedSessionGeneration = -1;
  private readonly onNewSession = (): void => {
    this.sessionGeneration += 1;
    this.put({ type: 'Reelect' });
  };
  private readonly onExpired = (): void => this.put({ type: 'Expire', sessionGeneration: this.sessionGeneration });

  constructor(private readonly opts: {
    config: ControllerConfig; zk: KafkaZkClient; logger: Logger; clock: Clock;
    /** How the controller reaches brokers (protobuf connections in a broker; fakes in tests). */ connectToBroker: ConnectToBroker;
  }) {
    this.config = opts.config;
    this.zk = opts.zk;
    this.logger = opts.logger.child({ component: 'controller', brokerId: opts.config.brokerId });
    this.eventManager = new ControllerEventManager((e) => this.process(e), this.logger, opts.clock, {
      onDropped: (e) => {
        if (isApiEvent(e)) answerNotController(e);
      },
    });
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

  get activeControllerCount(): number {
    return this.isActive ? 1 : 0;
  }

  /** Partitions without a live leader (topics being deleted excluded), 0 when not active. */
  get offlinePartitionsCount(): number {
    if (!this.isActive || !this.psm) return 0;
    const psm = this.psm;
    return this.ctx.allPartitions().filter((tp) => !this.ctx.isTopicQueuedForDeletion(tp.topic)
      && (psm.state(tp) === PartitionState.Offline || psm.state(tp) === PartitionState.New)).length;
  }

  get preferredReplicaImbalanceCount(): number {
    return this.isActive ? preferredReplicaImbalanceCount(this.ctx) : 0;
  }

  get uncleanLeaderElections(): number {
    return this.ctx.stats.uncleanLeaderElections;
  }

  get leaderElections(): number {
    return this.ctx.stats.leaderElections;
  }

  get controllerEpoch(): number {
    return this.ctx.epoch;
  }

  get globalPartitionCount(): number {
    return this.isActive ? this.ctx.allPartitions().length : 0;
  }

  get globalTopicCount(): number {
    return this.isActive ? this.ctx.allTopics.size : 0;
  }

  metrics(): ControllerMetrics {
    return {
      activeControllerCount: this.activeControllerCount, offlinePartitionsCount: this.offlinePartitionsCount,
      preferredReplicaImbalanceCount: this.preferredReplicaImbalanceCount, uncleanLeaderElections: this.uncleanLeaderElections,
      leaderElections: this.leaderElections, eventQueueSize: this.eventQueueSize, controllerEpoch: this.controllerEpoch,
      globalPartitionCount: this.globalPartitionCount, globalTopicCount: this.globalTopicCount,
    };
  }

  /**
   * ControlledShutdown from a broker (KafkaController.doControlledShutdown): NOT_CONTROLLER when not active,
   * STALE_BROKER_EPOCH for an earlier incarnation, else the partitions it still leads.
   */
  controlledShutdown(brokerId: number, brokerEpoch: number): Promise<ControlledShutdownResult> {
    return new Promise((respond, fail) => this.put({ type: 'ControlledShutdown', brokerId, brokerEpoch, respond, fail }));
  }

  /**
   * ElectLeaders (KIP-183, KIP-460): per partition keyed "topic-partition". Rejects with
   * SamsaProtocolError(NOT_CONTROLLER) when this broker is not the active controller.
   */
  electLeaders(type: ElectionType, partitions: TopicPartition[] | 'all'): Promise<LeaderElectionResults> {
    return new Promise((respond, fail) => this.put({ type: 'ReplicaLeaderElection', electionType: type, partitions, respond, fail }));
  }

  /** In-flight reassignments, all or among `partitions`; rejects with NOT_CONTROLLER when not active. */
  listPartitionReassignments(partitions?: TopicPartition[]): Promise<PartitionReassignmentInfo[]> {
    return new Promise((respond, fail) => this.put({ type: 'ListPartitionReassignments', partitions, respond, fail }));
  }

  /** AlterPartitionReassignments (KIP-455): per partition keyed "topic-partition"; NOT_CONTROLLER when not active. */
  alterPartitionReassignments(reassignments: PartitionReassignmentRequest[]): Promise<PartitionReassignmentResults> {
    return new Promise((respond, fail) => this.put({ type: 'AlterPartitionReassignments', reassignments, respond, fail }));
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
    // From here on no event may start an election: deleting /controller below fires our own
    // watch, and a broker on its way out must not become controller again.
    this.shuttingDown = true;
    this.zk.off('newSession', this.onNewSession);
    this.zk.off('expired', this.onExpired);
    this.put({ type: 'Shutdown' });
    const drained = await settlesWithin(this.opts.clock, this.eventManager.idle(), controllerShutdownTimeoutMs);
    if (!drained) {
      // An event is stuck (on ZooKeeper, say): stop every request retry loop so nothing outlives us.
      this.logger.warn({ controllerShutdownTimeoutMs }, 'controller event still running at shutdown; stopping its channels');
      this.channel.shutdown();
    }
    await settlesWithin(this.opts.clock, this.eventManager.shutdown(), drained ? controllerShutdownTimeoutMs : 0);
  }

  private put(event: ControllerEvent): void {
    try {
      this.eventManager.put(event);
    } catch (err) {
      if (!isApiEvent(event)) throw err;
      event.fail(err);
    }
  }

  private async process(event: ControllerEvent): Promise<void> {
    if (this.shuttingDown && event.type !== 'Shutdown') {
      if (isApiEvent(event)) answerNotController(event);
      return;
    }
    try {
      await this.dispatch(event);
    } catch (err) {
      if (isApiEvent(event)) answerFailure(event, err);
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
        // Queued behind an election this broker already won on a later session: that controller
        // holds a live /controller and must not resign for its predecessor's session (Kafka clears
        // the queue and handles the expiry before any event of the new session).
        if (event.sessionGeneration < this.electedSessionGeneration) return;
        this.activeId = -1;
        if (this.ops) this.onControllerResignation();
        return;
      case 'Shutdown':
        if (this.isActive) {
          // Resigning resets the context: the fenced delete needs the epoch version read before.
          const epochZkVersion = this.ctx.epochZkVersion;
          this.onControllerResignation();
          await this.zk.deleteController(epochZkVersion).catch((err: unknown) => this.logger.warn({ err }, 'could not delete /controller'));
        }
        this.activeId = -1;
        return;
      case 'ControlledShutdown':
      case 'ReplicaLeaderElection':
      case 'ListPartitionReassignments':
      case 'AlterPartitionReassignments':
        if (!this.isActive || !this.ops) answerNotController(event);
        else await this.ops.processApi(event);
        return;
      default:
        if (!this.isActive || !this.ops) return;
        if ('incarnation' in event && event.incarnation !== this.incarnation) return;
        await this.ops.process(event);
    }
  }

  /** KafkaController.elect: watch /controller; if nobody holds it, try to take it with an epoch bump. */
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
    } catch (err) {
      if (!(err instanceof ControllerMovedError)) throw err;
      this.activeId = await this.zk.getControllerId();
      this.logger.info({ activeControllerId: this.activeId }, 'lost controller election');
      return;
    }
    this.activeId = this.config.brokerId;
    this.electedSessionGeneration = this.sessionGeneration;
    this.logger.info({ controllerEpoch: this.ctx.epoch, epochZkVersion: this.ctx.epochZkVersion }, 'elected as controller');
    try {
      await this.onControllerFailover();
    } catch (err) {
      // A fenced write: process() resigns. Anything else leaves a controller that loaded only part
      // of the cluster's state (partitions it never loaded would stay offline), so, as Kafka's
      // elect() does whatever event led here, resign and let the next election start over.
      if (err instanceof ControllerMovedError) throw err;
      this.logger.error({ err }, 'error while becoming controller; resigning');
      await this.triggerControllerMove();
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
    const enqueue = (e: Parameters<ControllerOperations['process']>[0]): void => this.put({ ...e, incarnation });
    const reassignmentManager = new PartitionReassignmentManager({
      ...deps, partitionStateMachine, replicaStateMachine, topicDeletionManager,
      reassignmentWatch: () => enqueue({ type: 'PartitionReassignment' }),
    });
    this.psm = partitionStateMachine;
    this.ops = new ControllerOperations({
      ...deps, channel: this.channel, partitionStateMachine, replicaStateMachine, topicDeletionManager, reassignmentManager,
      scheduler: new ControllerScheduler(this.opts.clock), deleteTopicEnable: this.config.deleteTopicEnable, enqueue,
      autoLeaderRebalance: {
        enable: this.config.autoLeaderRebalanceEnable ?? autoLeaderRebalanceEnableDefault,
        imbalancePerBrokerPercentage: this.config.leaderImbalancePerBrokerPercentage ?? leaderImbalancePerBrokerPercentageDefault,
        checkIntervalMs: 1000 * (this.config.leaderImbalanceCheckIntervalSeconds ?? leaderImbalanceCheckIntervalSecondsDefault),
      },
    });
    await this.ops.onControllerFailover();
  }

  /** /controller changed: if it no longer names us, step down (KafkaController.maybeResign). */
  private async maybeResign(): Promise<void> {
    const wasActive = this.isActive;
    this.activeId = await this.zk.getControllerId(this.controllerWatch());
    if (wasActive && !this.isActive) this.onControllerResignation();
  }

  /** A fenced write failed: our epoch is stale even if /controller still names us. */
  private async resignAfterFencing(): Promise<void> {
    if (this.ops) this.onControllerResignation();
    // A /controller node this session wrote for this broker would block the next election: remove
    // it so the cluster (possibly this broker again) elects a controller that holds the epoch.
    await this.zk.deleteControllerIfOwned(this.config.brokerId);
    this.activeId = await this.zk.getControllerId(this.controllerWatch());
  }

  /** An unexpected error while becoming controller: resign and let another broker try (KafkaController.elect). */
  private async triggerControllerMove(): Promise<void> {
    const epochZkVersion = this.ctx.epochZkVersion;
    if (this.ops) this.onControllerResignation();
    this.activeId = -1;
    // While /controller names this broker and its session lives, no broker (this one included)
    // elects a successor: as Kafka's ZooKeeper client retries until connected, retry the delete
    // across connection losses (bounded; an expiring session removes the node anyway).
    for (let attempt = 1; ; attempt++) {
      try {
        await this.zk.deleteController(epochZkVersion);
        return;
      } catch (err) {
        const retriable = isZkError(err, ZkCode.ConnectionLoss) || isZkError(err, ZkCode.OperationTimeout);
        if (!retriable || attempt >= controllerMoveDeleteAttemptsMax) {
          this.logger.warn({ err, attempt }, 'could not delete /controller');
          return;
        }
        await this.opts.clock.sleep(controllerMoveDeleteRetryBackoffMs);
      }
    }
  }

  private onControllerResignation(): void {
    this.logger.info({ controllerEpoch: this.ctx.epoch }, 'resigning as controller');
    this.incarnation += 1;
    this.resignationCount += 1;
    this.ops?.shutdown();
    this.ops = undefined;
    this.psm = undefined;
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
      controllerId: this.config.brokerId, logger: this.logger, clock: this.opts.clock, connectToBroker: this.opts.connectToBroker,
      // The channel only carries controller requests; followers keep fetching on the inter-broker listener.
      interBrokerListenerName: this.config.controlPlaneListenerName ?? this.listenerName(),
    });
  }
}

function isApiEvent(event: ControllerEvent): event is ControllerApiEvent {
  return event.type === 'ControlledShutdown' || event.type === 'ReplicaLeaderElection' || event.type === 'ListPartitionReassignments'
    || event.type === 'AlterPartitionReassignments';
}

function answerNotController(event: ControllerApiEvent): void {
  if (event.type === 'ControlledShutdown') event.respond({ errorCode: ErrorCode.NOT_CONTROLLER, remainingPartitions: [] });
  else event.fail(new SamsaProtocolError(ErrorCode.NOT_CONTROLLER));
}

/** A fenced write means another controller took over: the caller retries against it. */
function answerFailure(event: ControllerApiEvent, err: unknown): void {
  if (err instanceof ControllerMovedError) answerNotController(event);
  else if (event.type === 'ControlledShutdown') event.respond({ errorCode: ErrorCode.UNKNOWN_SERVER_ERROR, remainingPartitions: [] });
  else event.fail(err);
}
