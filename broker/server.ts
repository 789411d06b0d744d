/**
 * KafkaServer: builds the broker's components and runs them in Kafka's order
 * (KafkaServer.startup, reference §10): ZooKeeper -> persistent paths -> cluster id ->
 * meta.properties -> log recovery -> listeners -> replica manager -> broker registration
 * (broker epoch) -> controller election -> admin API -> ready. Shutdown runs the reverse,
 * each step bounded or best-effort, so that one failing component cannot keep the others open.
 */

import type { Logger } from 'pino';
import { KafkaZkClient, type BrokerRegistration } from '../zk/kafka-zk-client';
import { AdminServer } from './admin/admin-server';
import { BrokerDataSource } from './admin/broker-data-source';
import type { Readiness } from './admin/data-source';
import { MetadataCache } from './cluster/metadata-cache';
import { ReplicaManager } from './cluster/replica-manager';
import { type BrokerConfig, describeBrokerConfig } from './config';
import { formatHostPort } from './config/listeners';
import { type LogConfig, parseTopicConfig } from './log/log-config';
import { LogManager } from './log/log-manager';
import { componentLogger } from './logger';
import { checkOrWriteMetaProperties } from './meta-properties';
import { KafkaController } from './controller/kafka-controller';
import { buildHandlerTable } from './network/handlers';
import { RequestDispatcher } from './network/request-dispatcher';
import { SocketServer } from './network/socket-server';

/** Longest wait for in-flight requests (long polls, acks=all produces) at shutdown. */
export const requestDrainTimeoutMs = 5_000;

export class ShutdownRequestedError extends Error {
  constructor() {
    super('broker shutdown requested during startup');
    this.name = 'ShutdownRequestedError';
  }
}

export class KafkaServer {
  private readonly logger: Logger;
  private zk: KafkaZkClient | undefined;
  private logManager: LogManager | undefined;
  private socketServer: SocketServer | undefined;
  private metadataCache: MetadataCache | undefined;
  private replicaManager: ReplicaManager | undefined;
  private controller: KafkaController | undefined;
  private adminServer: AdminServer | undefined;
  private brokerEpoch = -1;
  private registration: BrokerRegistration | undefined;
  private registered = false;
  private startupComplete = false;
  private shuttingDown = false;
  private shutdownPromise: Promise<void> | undefined;
  /** Re-registrations after session expiry run one at a time. */
  private reregistration: Promise<void> = Promise.resolve();

  /**
   * `onFatalError` is called when the broker can no longer run correctly (it could not
   * re-register after a session expiry); main exits the process.
   */
  constructor(private readonly config: BrokerConfig, private readonly rootLogger: Logger,
    private readonly onFatalError: (err: unknown) => void) {
    this.logger = componentLogger(rootLogger, 'kafka-server');
  }

  readiness(): Readiness {
    const reasons: string[] = [];
    if (this.shuttingDown) reasons.push('shutting down');
    if (!this.startupComplete && !this.shuttingDown) reasons.push('startup not complete');
    if (this.socketServer === undefined) reasons.push('listeners not open');
    if (!this.registered) reasons.push('not registered in ZooKeeper');
    if (this.metadataCache?.metadataReceived() !== true) reasons.push('no metadata received from a controller yet');
    return { ready: reasons.length === 0, reasons };
  }

  async startup(): Promise<void> {
    const c = this.config;
    this.logger.info({ config: describeBrokerConfig(c) }, 'starting');
    const zk = await KafkaZkClient.connect({
      connect: c.zookeeperConnect, sessionTimeoutMs: c.zookeeperSessionTimeoutMs,
      connectionTimeoutMs: c.zookeeperConnectionTimeoutMs, logger: this.rootLogger,
    });
    this.zk = zk;
    this.checkNotShuttingDown();
    await zk.ensurePersistentPaths();
    const clusterId = await zk.getOrCreateClusterId();
    await checkOrWriteMetaProperties(c.logDirs, c.brokerId, clusterId);
    this.checkNotShuttingDown();

    await this.startLogManager(zk);
    this.checkNotShuttingDown();
    const socketServer = new SocketServer({
      listeners: c.listeners, maxConnections: c.maxConnections, frameBytesMax: c.socketRequestMaxBytes,
      queuedRequestsMax: c.queuedMaxRequests, idleTimeoutMs: c.connectionsMaxIdleMs,
      logger: componentLogger(this.rootLogger, 'socket-server'),
    });
    this.socketServer = socketServer;
    await socketServer.startup();

    const metadataCache = new MetadataCache(c.brokerId);
    metadataCache.clusterId = clusterId;
    this.metadataCache = metadataCache;
    const getBrokerEpoch = () => this.brokerEpoch;
    const replicaManager = new ReplicaManager({
      config: c, logManager: this.logManager!, metadataCache, zk,
      logger: componentLogger(this.rootLogger, 'replica-manager'), getBrokerEpoch,
    });
    this.replicaManager = replicaManager;
    replicaManager.startup();
    const handlers = buildHandlerTable({
      config: c, metadataCache, replicaManager, zk, logger: componentLogger(this.rootLogger, 'request-handler'), getBrokerEpoch,
    });
    socketServer.startProcessingRequests(new RequestDispatcher(handlers, componentLogger(this.rootLogger, 'request-dispatcher')));
    this.checkNotShuttingDown();

    await this.registerBroker(zk, socketServer);
    zk.on('expired', () => { this.registered = false; });
    zk.on('newSession', () => this.onNewSession(zk));

    this.controller = new KafkaController({
      config: {
        brokerId: c.brokerId, deleteTopicEnable: c.deleteTopicEnable,
        uncleanLeaderElectionEnable: c.uncleanLeaderElectionEnable, interBrokerListenerName: c.interBrokerListenerName,
      },
      zk, logger: this.rootLogger,
    });
    await this.controller.startup();
    this.checkNotShuttingDown();
    await this.startAdminServer(metadataCache, replicaManager);
    this.startupComplete = true;
    this.logStarted(clusterId);
  }

  /** Loads every topic's config from ZooKeeper so that recovery and retention use it (as Kafka's LogManager does). */
  private async startLogManager(zk: KafkaZkClient): Promise<void> {
    const c = this.config;
    const topicConfigs = new Map<string, LogConfig>();
    for (const topic of await zk.getAllTopics()) {
      try {
        topicConfigs.set(topic, parseTopicConfig(await zk.getTopicConfig(topic), c.logDefaults));
      } catch (err) {
        this.logger.warn({ err, topic }, 'invalid topic config in ZooKeeper; using broker defaults');
      }
    }
    this.logManager = new LogManager({
      logDirs: c.logDirs, defaultConfig: c.logDefaults, retentionCheckIntervalMs: c.logRetentionCheckIntervalMs,
      recoveryPointCheckpointIntervalMs: c.logFlushOffsetCheckpointIntervalMs,
      highWatermarkCheckpointIntervalMs: c.replicaHighWatermarkCheckpointIntervalMs,
      logger: this.rootLogger,
    });
    await this.logManager.startup(topicConfigs);
  }

  /** Registers every advertised endpoint; a listener configured with port 0 registers the port it bound. */
  private async registerBroker(zk: KafkaZkClient, socketServer: SocketServer): Promise<void> {
    const c = this.config;
    this.registration = {
      id: c.brokerId,
      rack: null,
      endpoints: c.advertisedListeners.map((a) => ({
        listenerName: a.name,
        securityProtocol: c.listenerSecurityProtocolMap[a.name] ?? 'PLAINTEXT',
        host: a.host,
        port: a.port === 0 ? socketServer.boundPort(a.name) : a.port,
      })),
    };
    this.brokerEpoch = await zk.registerBroker(this.registration);
    this.registered = true;
  }

  /** After session expiry the ephemeral /brokers/ids/N is gone: register again, with a new broker epoch (KIP-380). */
  private onNewSession(zk: KafkaZkClient): void {
    if (this.shuttingDown || this.registration === undefined) return;
    const registration = this.registration;
    this.reregistration = this.reregistration.then(async () => {
      if (this.shuttingDown) return;
      try {
        this.brokerEpoch = await zk.registerBroker(registration);
        this.registered = true;
        this.logger.info({ brokerEpoch: this.brokerEpoch }, 're-registered broker after ZooKeeper session expiry');
      } catch (err) {
        // Without a registration the controller treats this broker as dead; staying up serving
        // stale leadership would be worse than stopping, so this is fatal (Kafka exits too).
        this.logger.fatal({ err }, 'could not re-register broker in ZooKeeper');
        this.onFatalError(err);
      }
    });
  }

  private async startAdminServer(metadataCache: MetadataCache, replicaManager: ReplicaManager): Promise<void> {
    const c = this.config;
    const source = new BrokerDataSource({
      brokerId: c.brokerId, metadataCache, listenerName: c.interBrokerListenerName,
      partitionInfo: (t, p) => replicaManager.partitionInfo(t, p),
      readiness: () => this.readiness(),
    });
    this.adminServer = new AdminServer({ source, logger: componentLogger(this.rootLogger, 'admin'), authToken: c.adminAuthToken });
    await this.adminServer.start(c.adminListeners.host, c.adminListeners.port);
  }

  private logStarted(clusterId: string): void {
    const c = this.config;
    this.logger.info({
      brokerId: c.brokerId,
      clusterId,
      brokerEpoch: this.brokerEpoch,
      listeners: c.listeners.map((l) => `${l.name}://${formatHostPort(l.host, this.socketServer!.boundPort(l.name))}`),
      advertisedListeners: this.registration?.endpoints.map((e) => `${e.listenerName}://${formatHostPort(e.host, e.port)}`),
      adminListener: `http://${formatHostPort(c.adminListeners.host, this.adminServer!.boundPort)}`,
      logDirs: c.logDirs,
    }, 'broker started');
  }

  private checkNotShuttingDown(): void {
    if (this.shuttingDown) throw new ShutdownRequestedError();
  }

  /** Idempotent; safe to call during or after a failed startup. */
  shutdown(): Promise<void> {
    this.shutdownPromise ??= this.runShutdown();
    return this.shutdownPromise;
  }

  private async runShutdown(): Promise<void> {
    this.shuttingDown = true;
    this.logger.info('shutting down');
    this.socketServer?.stopAccepting();
    await this.step('controlled shutdown', () => this.controlledShutdown());
    await this.step('drain requests', async () => {
      const busy = await this.socketServer?.drainAndClose(requestDrainTimeoutMs);
      if (busy !== undefined && busy > 0) this.logger.warn({ busy, requestDrainTimeoutMs }, 'closed connections with requests still running');
    });
    await this.step('replica manager', async () => this.replicaManager?.shutdown());
    this.metadataCache?.close();
    await this.step('log manager', async () => this.logManager?.shutdown());
    await this.step('controller', async () => this.controller?.shutdown());
    await this.step('admin server', async () => this.adminServer?.stop());
    await this.step('zookeeper', async () => this.zk?.close());
    this.logger.info('shut down');
  }

  /**
   * Kafka moves leadership away before stopping (ControlledShutdown to the controller, §3.8).
   * With replication factor 1 there is no other replica to move it to, so this step only
   * records that it was skipped; it becomes a ControlledShutdown request with follower replication.
   */
  private async controlledShutdown(): Promise<void> {
    this.logger.info('controlled shutdown skipped: no partition has another replica to take leadership');
  }

  private async step(name: string, fn: () => Promise<unknown>): Promise<void> {
    try {
      await fn();
    } catch (err) {
      this.logger.error({ err, step: name }, 'shutdown step failed; continuing');
    }
  }
}
