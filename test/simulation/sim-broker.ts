/**
 * One simulated broker: the REAL KafkaZkClient, controller, replica manager (partitions, ISR, HW,
 * purgatories, replica fetchers), request handlers and Log/LogManager, assembled in KafkaServer's
 * startup order, on the simulation's clock, ZooKeeper, network and disk. What is not here is only
 * the socket server and the admin API. A crash loses everything but the disk (and the ZooKeeper
 * session, which ZooKeeper expires after its timeout); a restart is a new incarnation on the same disk.
 */
import { allowAllAuthorizer } from '../../broker/security/authorizer';
import { anonymousSession } from '../../broker/security/session';
import { unused } from '../support/unused';
import pino from 'pino';
import type { ApiKey } from '../../proto/api';
import { parseBrokerConfig, type BrokerConfig } from '../../broker/config';
import type { Clock } from '../../broker/clock';
import { ControllerRequestFence } from '../../broker/cluster/controller-request-fence';
import { MetadataCache } from '../../broker/cluster/metadata-cache';
import { ReplicaManager } from '../../broker/cluster/replica-manager';
import { KafkaController } from '../../broker/controller/kafka-controller';
import { coordinatorLeadershipListener, groupCoordinatorConfigFrom } from '../../broker/coordinator/broker-wiring';
import { GroupCoordinator } from '../../broker/coordinator/group-coordinator';
import { ProducerIdManager } from '../../broker/coordinator/producer-id-manager';
import { ReplicaOffsetsLog } from '../../broker/coordinator/replica-offsets-log';
import { LogManager } from '../../broker/log/log-manager';
import { checkOrWriteMetaProperties } from '../../broker/meta-properties';
import { buildHandlerTable } from '../../broker/network/handlers';
import type { HandlerTable } from '../../broker/network/request';
import { KafkaZkClient, type BrokerRegistration } from '../../zk/kafka-zk-client';
import { BrokerIdInUseError } from '../../zk/zk-errors';
import { ZkError } from '../../zk/zk-session';
import { SimulatedDisk } from '../support/simulated-disk';
import type { SimLoop } from './sim-loop';
import { ownerOf, SimProcess } from './sim-loop';
import type { SimNetwork } from './sim-network';
import { SimZkSession, type SimZkSessionOptions } from './sim-zk-session';
import type { SimZooKeeper } from './sim-zookeeper';

export const simLogDir = '/data/kafka-logs';
/** How often a restarted broker retries registration while its previous session's node lingers. */
export const simRegistrationRetryMs = 500;

const silent = pino({ level: 'silent' });

export interface SimBrokerDeps {
  loop: SimLoop;
  zooKeeper: SimZooKeeper;
  network: SimNetwork;
  zkOptions: SimZkSessionOptions;
  configOverrides: Record<string, string>;
}

/** The parts of one incarnation that the simulation inspects. */
export interface RunningBroker {
  clock: Clock;
  session: SimZkSession;
  zk: KafkaZkClient;
  config: BrokerConfig;
  logManager: LogManager;
  replicaManager: ReplicaManager;
  controller: KafkaController | undefined;
  handlers: HandlerTable;
  brokerEpoch: number;
  /** Set when startup failed; the simulation restarts the broker. */
  failed: unknown;
}

export class SimBroker {
  readonly process: SimProcess;
  readonly disk: SimulatedDisk;
  running: RunningBroker | undefined;
  private correlationId = 0;

  constructor(readonly id: number, private readonly deps: SimBrokerDeps) {
    this.process = new SimProcess(`b${id}`);
    this.disk = new SimulatedDisk({ nowMs: () => deps.loop.nowMs });
    deps.network.register(id, {
      process: this.process,
      handle: (apiKey, body, fromId) => this.handle(apiKey, body, fromId),
    });
  }

  get alive(): boolean {
    return !this.process.crashed;
  }

  private handle(apiKey: ApiKey, body: object, fromId: number): Promise<unknown> {
    const handler = this.running?.handlers.get(apiKey);
    if (handler === undefined) return Promise.reject(new Error(`broker ${this.id} is not serving yet`));
    const ctx = {
      apiKey, apiVersion: 0, correlationId: ++this.correlationId, clientId: `broker-${fromId}`,
      listenerName: 'PLAINTEXT', clientAddress: `sim-${fromId}:0`, connectionId: `sim-${fromId}-${this.id}`,
      session: anonymousSession(`sim-${fromId}`, 'PLAINTEXT'),
    };
    // The handler table erases request types; the network carries what the API key names.
    return handler(ctx, body as never, { closeConnection: () => undefined });
  }

  /** Starts a new incarnation on the same disk (KafkaServer.startup's order). */
  start(): void {
    const { loop, network, zooKeeper } = this.deps;
    this.process.crashed = false;
    this.process.pausedUntilMs = 0;
    const owner = ownerOf(this.process);
    const clock = loop.clockFor(owner);
    const config = parseBrokerConfig({
      'broker.id': String(this.id), 'log.dirs': simLogDir, 'zookeeper.connect': 'sim:2181',
      listeners: `PLAINTEXT://sim-${this.id}:9092`, ...this.deps.configOverrides,
    });
    const session = new SimZkSession(zooKeeper, loop, owner, this.deps.zkOptions);
    const zk = new KafkaZkClient(session, silent, () => clock.nowMs());
    const fileSystem = this.disk.mount();
    const logManager = new LogManager({
      fileSystem, logDirs: config.logDirs, defaultConfig: config.logDefaults, retentionCheckIntervalMs: config.logRetentionCheckIntervalMs,
      recoveryPointCheckpointIntervalMs: config.logFlushOffsetCheckpointIntervalMs,
      highWatermarkCheckpointIntervalMs: config.replicaHighWatermarkCheckpointIntervalMs, cleaner: config.logCleaner, logger: silent, clock,
    });
    const metadataCache = new MetadataCache(this.id, clock);
    const running: RunningBroker = {
      clock, session, zk, config, logManager, controller: undefined, handlers: new Map(), brokerEpoch: -1, failed: undefined,
      replicaManager: new ReplicaManager({
        config, logManager, metadataCache, zk, logger: silent, getBrokerEpoch: () => running.brokerEpoch, clock,
        leaderRpcFactory: network.leaderRpcFactory(owner, this.id),
      }),
    };
    this.running = running;
    loop.trace(`start b${this.id} incarnation ${owner.incarnation}`);
    loop.schedule(0, `startup b${this.id}`, () => {
      this.startup(running, fileSystem, metadataCache).catch((err: unknown) => {
        running.failed = err;
        loop.trace(`startup failed b${this.id}: ${err instanceof Error ? err.message : String(err)}`);
      });
    }, owner);
  }

  private async startup(b: RunningBroker, fileSystem: ReturnType<SimulatedDisk['mount']>, metadataCache: MetadataCache): Promise<void> {
    const { zk, config: c, clock } = b;
    await zk.ensurePersistentPaths();
    const clusterId = await zk.getOrCreateClusterId();
    await checkOrWriteMetaProperties(fileSystem, c.logDirs, c.brokerId, clusterId);
    await b.logManager.startup(new Map());
    b.replicaManager.startup();
    let registering: Promise<void> = Promise.resolve();
    const fence = new ControllerRequestFence({
      readController: () => zk.getControllerIdentity(), watchController: (onChange) => zk.getControllerId(onChange),
      brokerEpoch: () => b.brokerEpoch, registrationSettled: () => registering, logger: silent, clock,
    });
    fence.startWatching();
    const controllerApi = {
      get isActive() { return b.controller?.isActive === true; },
      controlledShutdown: (brokerId: number, brokerEpoch: number) => requireController(b).controlledShutdown(brokerId, brokerEpoch),
      electLeaders: (type: 0 | 1, partitions: { topic: string; partition: number }[] | 'all') => requireController(b).electLeaders(type, partitions),
      alterPartitionReassignments: (r: { topic: string; partition: number; replicas: number[] | null }[]) => requireController(b).alterPartitionReassignments(r),
      listPartitionReassignments: (p?: { topic: string; partition: number }[]) => requireController(b).listPartitionReassignments(p),
    };
    const groupCoordinator = new GroupCoordinator({
      log: new ReplicaOffsetsLog({ replicas: b.replicaManager.dataPlane, commitTimeoutMs: c.offsetsCommitTimeoutMs, clock }),
      config: groupCoordinatorConfigFrom(c, undefined), logger: silent, clock,
    });
    b.replicaManager.onLeadershipChange(coordinatorLeadershipListener(groupCoordinator, silent));
    groupCoordinator.startup();
    b.handlers = buildHandlerTable({
      config: c, metadataCache, replicaManager: b.replicaManager, replicaDataPlane: b.replicaManager.dataPlane, zk, logger: silent, getBrokerEpoch: () => b.brokerEpoch,
      controllerRequestFence: fence, controller: controllerApi, groupCoordinator,
      producerIdManager: new ProducerIdManager({ brokerId: c.brokerId, source: zk }),
      // The simulation drives replication and groups; transactions are exercised by their own suites.
      transactionCoordinator: unused('transactionCoordinator'),
      authorizer: allowAllAuthorizer,
    });
    const registration: BrokerRegistration = {
      id: c.brokerId, rack: null,
      endpoints: [{ listenerName: 'PLAINTEXT', securityProtocol: 'PLAINTEXT', host: `sim-${c.brokerId}`, port: 9092 }],
    };
    registering = this.register(b, registration);
    await registering;
    zk.on('newSession', () => {
      registering = this.register(b, registration);
      fence.startWatching();
    });
    b.controller = new KafkaController({
      config: {
        brokerId: c.brokerId, deleteTopicEnable: c.deleteTopicEnable, uncleanLeaderElectionEnable: c.uncleanLeaderElectionEnable,
        interBrokerListenerName: c.interBrokerListenerName, autoLeaderRebalanceEnable: c.autoLeaderRebalanceEnable,
        leaderImbalancePerBrokerPercentage: c.leaderImbalancePerBrokerPercentage, leaderImbalanceCheckIntervalSeconds: c.leaderImbalanceCheckIntervalSeconds,
      },
      zk, logger: silent, clock, connectToBroker: this.deps.network.controllerConnections(ownerOf(this.process), c.brokerId),
    });
    await b.controller.startup();
    this.deps.loop.trace(`started b${this.id} epoch ${b.brokerEpoch}`);
  }

  /** Registers, waiting (as KafkaServer does) while the previous session's node still holds the id. */
  private async register(b: RunningBroker, registration: BrokerRegistration): Promise<void> {
    for (;;) {
      try {
        b.brokerEpoch = await b.zk.registerBroker(registration);
        this.deps.loop.trace(`registered b${this.id} epoch ${b.brokerEpoch}`);
        return;
      } catch (err) {
        if (!(err instanceof BrokerIdInUseError) && !(err instanceof ZkError)) throw err;
        await b.clock.sleep(simRegistrationRetryMs);
      }
    }
  }

  /** A process crash: everything but the disk is lost; ZooKeeper expires the session after its timeout. */
  crash(): void {
    if (this.process.crashed) return;
    this.process.crashed = true;
    this.process.incarnation += 1;
    this.running?.session.processCrashed();
    this.disk.crash();
    this.running = undefined;
    this.deps.loop.trace(`crash b${this.id}`);
  }

  pause(durationMs: number): void {
    if (this.process.crashed) return;
    this.process.pausedUntilMs = this.deps.loop.nowMs + durationMs;
    this.running?.session.processPaused(durationMs);
    this.deps.loop.trace(`pause b${this.id} ${durationMs}ms`);
  }
}

function requireController(b: RunningBroker): KafkaController {
  if (b.controller === undefined) throw new Error('controller not started');
  return b.controller;
}
