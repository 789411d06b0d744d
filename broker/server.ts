/**
 * KafkaServer: builds the broker's components and runs them in Kafka's order
 * (KafkaServer.startup): ZooKeeper -> persistent paths -> cluster id ->
 * meta.properties -> log recovery -> listeners -> replica manager -> broker registration
 * (broker epoch) -> controller election -> admin API -> ready. Shutdown runs the reverse,
 * each step bounded or best-effort, so that one failing component cannot keep the others open.
 */

import type { TlsReloader } from './security/tls/tls-reloader';
import { allowAllAuthorizer, type Authorizer } from './security/authorizer';
import { buildAdminSecurity } from './admin/admin-security';
import { startAuthorizer } from './security/authorizer/index';
import type { Logger } from 'pino';
import { KafkaZkClient, type BrokerRegistration } from '../zk/kafka-zk-client';
import { BrokerIdInUseError } from '../zk/zk-errors';
import { AdminServer } from './admin/admin-server';
import { InternalClusterClient } from './admin/internal-client';
import { type Clock, systemClock } from './clock';
import { BrokerDataSource } from './admin/broker-data-source';
import { RequestMetrics } from './admin/metrics-requests';
import { brokerMetricsOptions, logMetricsViews } from './admin/metrics-wiring';
import { BrokerTopicStats } from './cluster/broker-topic-stats';
import type { Readiness } from './admin/data-source';
import { partitionReadinessReasons } from './admin/readiness';
import { requestControlledShutdown, type ControllerTarget } from './cluster/controlled-shutdown-client';
import { ControllerRequestFence } from './cluster/controller-request-fence';
import { MetadataCache } from './cluster/metadata-cache';
import { ReplicaManager } from './cluster/replica-manager';
import { coordinatorLeadershipListener, groupCoordinatorConfigFrom } from './coordinator/broker-wiring';
import { GroupCoordinator } from './coordinator/group-coordinator';
import { offsetsTopicName } from './coordinator/offsets-topic';
import { ReplicaOffsetsLog } from './coordinator/replica-offsets-log';
import { buildTransactionCoordinator, transactionLeadershipListener } from './coordinator/transaction/broker-wiring';
import type { TransactionCoordinator } from './coordinator/transaction/transaction-coordinator';
import { transactionStateTopicName } from './coordinator/transaction/transaction-log';
import { type BrokerConfig, describeBrokerConfig, wireProtocolOf } from './config';
import { formatHostPort } from './config/listeners';
import { DynamicConfig } from './config/dynamic-config';
import { applyDynamicConfigChanges } from './config/dynamic-config-appliers';
import { nodeFileSystem } from './log/file-system';
import { type LogConfig } from './log/log-config';
import { LogManager } from './log/log-manager';
import { componentLogger } from './logger';
import { checkOrWriteMetaProperties } from './meta-properties';
import { KafkaController } from './controller/kafka-controller';
import { buildHandlerTable, type ControllerApi } from './network/handlers';
import { connectionBrokerChannelFactory } from './network/inter-broker/broker-channel-connection';
import { connectionControllerTarget } from './network/inter-broker/controlled-shutdown-connection';
import { connectionMarkerTransport } from './network/inter-broker/write-txn-markers-connection';
import { ProducerIdManager } from './coordinator/producer-id-manager';
import { createKafkaProtocol } from './network/codecs/kafka';
import { protobufProtocol } from './network/codecs/protobuf';
import { implementedApiKeys } from './network/handlers/implemented-apis';
import { RequestDispatcher } from './network/request-dispatcher';
import { SocketServer } from './network/socket-server';
import { connectionLeaderRpcFactory } from './network/inter-broker/leader-rpc-connection';
import { type InterBrokerSecurity, interBrokerSecurity } from './network/inter-broker/security';
import { CredentialCache } from './security/sasl/credential-cache';
import { saslAuthenticatorFactory } from './security/sasl/server-authenticator';
import { SamsaError } from '../proto/errors';

/** Longest wait for in-flight requests (long polls, acks=all produces) at shutdown. */
export const requestDrainTimeoutMs = 5_000;
/**
 * Bounds on the shutdown steps, so that one stuck component cannot use up main's 60 s
 * shutdownTimeoutMs (and turn an orderly exit 0 into exit 1): the controlled shutdown (its retries
 * included), and every other step.
 */
export const controlledShutdownStepTimeoutMs = 25_000;
export const shutdownStepTimeoutMs = 5_000;
/** How often a restarted broker retries registration while its previous session's node lingers. */
export const registrationRetryBackoffMs = 500;
/** Extra wait, beyond twice the session timeout, before a still-taken broker id is fatal. */
export const registrationRetryMarginMs = 5_000;

export class ShutdownRequestedError extends SamsaError {
  constructor() {
    super('broker shutdown requested during startup');
  }
}

export class KafkaServer {
  private readonly logger: Logger;
  /** The one clock every component runs on (the composition root picks the system clock). */
  private readonly clock: Clock = systemClock;
  private zk: KafkaZkClient | undefined;
  /** Dynamic topic and broker configs, followed through /config/changes. */
  private dynamicConfig: DynamicConfig | undefined;
  private authorizer: Authorizer = allowAllAuthorizer;
  private logManager: LogManager | undefined;
  private socketServer: SocketServer | undefined;
  private credentialCache: CredentialCache | undefined;
  /** Reloads the admin API's https key and certificates when their files change. */
  private adminTlsReloader: TlsReloader | undefined;
  /** How this broker connects to others' inter-broker and control-plane listeners (set once listeners are bound). */
  private interBrokerSecurity: InterBrokerSecurity | undefined;
  private controlPlaneSecurity: InterBrokerSecurity | undefined;
  private metadataCache: MetadataCache | undefined;
  private replicaManager: ReplicaManager | undefined;
  private groupCoordinator: GroupCoordinator | undefined;
  private transactionCoordinator: TransactionCoordinator | undefined;
  private controller: KafkaController | undefined;
  private adminServer: AdminServer | undefined;
  private internalClient: InternalClusterClient | undefined;
  /** Counted by the request dispatcher, read by the admin /metrics. */
  private readonly requestMetrics = new RequestMetrics();
  /** Counted by the produce and fetch paths (Kafka's BrokerTopicMetrics), read by the admin /metrics. */
  private readonly brokerTopicStats = new BrokerTopicStats();
  private brokerEpoch = -1;
  private registration: BrokerRegistration | undefined;
  private registered = false;
  /** The first registration while it runs (a controller may address the new broker epoch before it settles). */
  private registering: Promise<void> | undefined;
  private controllerRequestFence: ControllerRequestFence | undefined;
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
    else if (this.replicaManager !== undefined && this.logManager !== undefined) {
      const replicaManager = this.replicaManager;
      const logManager = this.logManager;
      reasons.push(...partitionReadinessReasons(this.config.brokerId, this.metadataCache, {
        leaderAndIsrReceived: () => replicaManager.leaderAndIsrReceived(),
        localLeaderEpoch: (t, p) => {
          const partition = replicaManager.getPartition(t, p);
          return partition?.isLeader === true ? partition.leaderEpoch : undefined;
        },
        hasLocalLogs: () => logManager.allLogs().length > 0,
      }));
    }
    return { ready: reasons.length === 0, reasons };
  }

  async startup(): Promise<void> {
    const c = this.config;
    this.logger.info({ config: describeBrokerConfig(c) }, 'starting');
    const zk = await KafkaZkClient.connect({
      connect: c.zookeeperConnect, sessionTimeoutMs: c.zookeeperSessionTimeoutMs,
      connectionTimeoutMs: c.zookeeperConnectionTimeoutMs, logger: this.rootLogger, security: c.zookeeperSecurity,
    });
    this.zk = zk;
    this.checkNotShuttingDown();
    await zk.ensurePersistentPaths();
    const clusterId = await zk.getOrCreateClusterId();
    await checkOrWriteMetaProperties(nodeFileSystem, c.logDirs, c.brokerId, clusterId);
    this.checkNotShuttingDown();

    this.authorizer = await startAuthorizer(c.authorizer, zk.zk, componentLogger(this.rootLogger, 'authorizer'));
    const dynamicConfig = await this.startDynamicConfig(zk);
    await this.startLogManager(zk);
    this.checkNotShuttingDown();
    const socketServer = await this.startSocketServer(zk);
    const interBroker = this.interBrokerSecurity!;

    const metadataCache = new MetadataCache(c.brokerId, this.clock);
    metadataCache.clusterId = clusterId;
    this.metadataCache = metadataCache;
    const getBrokerEpoch = () => this.brokerEpoch;
    const replicaManager = new ReplicaManager({
      config: c, logManager: this.logManager!, metadataCache, zk,
      logger: componentLogger(this.rootLogger, 'replica-manager'), getBrokerEpoch, clock: this.clock,
      leaderRpcFactory: connectionLeaderRpcFactory(c.brokerId, c.replicaSocketTimeoutMs, interBroker),
      brokerTopicStats: this.brokerTopicStats,
      logDefaults: () => dynamicConfig.logDefaults(),
    });
    this.replicaManager = replicaManager;
    const replicationQuotas = { quotas: replicaManager.replicationQuotas, brokerId: c.brokerId };
    applyDynamicConfigChanges(dynamicConfig, { topicConfigs: replicaManager.topicConfigs, cleanerConfig: c.logCleaner, replicationQuotas });
    replicaManager.startup();
    const groupCoordinator = await this.startGroupCoordinator(zk, replicaManager);
    const producerIdManager = new ProducerIdManager({ brokerId: c.brokerId, source: zk });
    const transactionCoordinator = await this.startTransactionCoordinator(zk, replicaManager, metadataCache, producerIdManager);
    const handlers = buildHandlerTable({
      config: c, metadataCache, replicaManager, replicaDataPlane: replicaManager.dataPlane, zk,
      logger: componentLogger(this.rootLogger, 'request-handler'), getBrokerEpoch,
      controllerRequestFence: this.startControllerRequestFence(zk),
      controller: this.controllerApi(), groupCoordinator, producerIdManager, transactionCoordinator, authorizer: this.authorizer, dynamicConfig,
      logManager: this.logManager,
    });
    this.startProcessingRequests(socketServer, handlers);
    this.checkNotShuttingDown();

    this.registering = this.registerBroker(zk, socketServer);
    await this.registering;
    zk.on('expired', () => { this.registered = false; });
    zk.on('newSession', () => this.onNewSession(zk));

    this.controller = new KafkaController({
      config: {
        brokerId: c.brokerId, deleteTopicEnable: c.deleteTopicEnable,
        // Read at every election: a dynamic default applies at once (a topic override wins).
        get uncleanLeaderElectionEnable() { return dynamicConfig.brokerValue('unclean.leader.election.enable') === true; },
        interBrokerListenerName: c.interBrokerListenerName,
        controlPlaneListenerName: c.controlPlaneListenerName,
        autoLeaderRebalanceEnable: c.autoLeaderRebalanceEnable,
        leaderImbalancePerBrokerPercentage: c.leaderImbalancePerBrokerPercentage,
        leaderImbalanceCheckIntervalSeconds: c.leaderImbalanceCheckIntervalSeconds,
      },
      zk, logger: this.rootLogger, clock: this.clock, connectToBroker: connectionBrokerChannelFactory(c.brokerId, this.controlPlaneSecurity),
    });
    await this.controller.startup();
    this.checkNotShuttingDown();
    await this.startAdminServer(metadataCache, replicaManager);
    this.startupComplete = true;
    this.logStarted(clusterId);
  }

  /**
   * The group coordinator owns nothing until a LeaderAndIsr makes this broker leader of a
   * __consumer_offsets partition (Kafka starts it after the replica manager, before requests flow).
   */
  private async startGroupCoordinator(zk: KafkaZkClient, replicaManager: ReplicaManager): Promise<GroupCoordinator> {
    const c = this.config;
    const existingPartitions = (await zk.getReplicaAssignment(offsetsTopicName))?.size;
    const logger = componentLogger(this.rootLogger, 'group-coordinator');
    const coordinator = new GroupCoordinator({
      log: new ReplicaOffsetsLog({ replicas: replicaManager.dataPlane, commitTimeoutMs: c.offsetsCommitTimeoutMs, clock: this.clock }),
      config: groupCoordinatorConfigFrom(c, existingPartitions), logger, clock: this.clock,
    });
    replicaManager.onLeadershipChange(coordinatorLeadershipListener(coordinator, logger));
    coordinator.startup();
    this.groupCoordinator = coordinator;
    return coordinator;
  }

  /**
   * Like the group coordinator, the transaction coordinator owns nothing until a LeaderAndIsr makes
   * this broker leader of a __transaction_state partition; its coordinator epoch is that leader epoch.
   */
  private async startTransactionCoordinator(
    zk: KafkaZkClient, replicaManager: ReplicaManager, metadataCache: MetadataCache, producerIds: ProducerIdManager,
  ): Promise<TransactionCoordinator> {
    const c = this.config;
    const logger = componentLogger(this.rootLogger, 'transaction-coordinator');
    const coordinator = buildTransactionCoordinator({
      config: c, existingPartitionCount: (await zk.getReplicaAssignment(transactionStateTopicName))?.size,
      log: new ReplicaOffsetsLog({ replicas: replicaManager.dataPlane, commitTimeoutMs: c.requestTimeoutMs, clock: this.clock, topic: transactionStateTopicName }),
      transport: connectionMarkerTransport({
        localBrokerId: c.brokerId, metadataCache, interBrokerListenerName: c.interBrokerListenerName,
        requestTimeoutMs: c.requestTimeoutMs, connectTimeoutMs: c.replicaSocketTimeoutMs, security: this.interBrokerSecurity,
      }),
      producerIds, clock: this.clock, logger,
    });
    const leaderEpochOf = (partition: number): number | undefined => {
      const local = replicaManager.getPartition(transactionStateTopicName, partition);
      return local?.isLeader === true ? local.leaderEpoch : undefined;
    };
    replicaManager.onLeadershipChange(transactionLeadershipListener(coordinator, leaderEpochOf, logger));
    coordinator.startup();
    this.transactionCoordinator = coordinator;
    return coordinator;
  }

  /**
   * Kafka applies the stored dynamic broker configs before the log manager starts, so that
   * recovery and retention already use them.
   */
  private async startDynamicConfig(zk: KafkaZkClient): Promise<DynamicConfig> {
    const dynamicConfig = new DynamicConfig({ zk: zk.zk, config: this.config, logger: componentLogger(this.rootLogger, 'dynamic-config') });
    await dynamicConfig.start();
    this.dynamicConfig = dynamicConfig;
    return dynamicConfig;
  }

  /** Loads every topic's config from ZooKeeper so that recovery and retention use it (as Kafka's LogManager does). */
  private async startLogManager(zk: KafkaZkClient): Promise<void> {
    const c = this.config;
    const dynamic = this.dynamicConfig!;
    const topicConfigs = new Map<string, LogConfig>();
    for (const topic of await zk.getAllTopics()) topicConfigs.set(topic, dynamic.topicLogConfig(topic));
    this.logManager = new LogManager({
      fileSystem: nodeFileSystem, logDirs: c.logDirs, defaultConfig: dynamic.logDefaults(), retentionCheckIntervalMs: c.logRetentionCheckIntervalMs,
      recoveryPointCheckpointIntervalMs: c.logFlushOffsetCheckpointIntervalMs,
      highWatermarkCheckpointIntervalMs: c.replicaHighWatermarkCheckpointIntervalMs,
      cleaner: c.logCleaner,
      logger: this.rootLogger, clock: this.clock,
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
    this.brokerEpoch = await this.registerWhenPreviousSessionExpired(zk, this.registration);
    this.registered = true;
  }

  /**
   * A broker restarted right after a crash finds /brokers/ids/N still held by its previous,
   * not yet expired ZooKeeper session. Deleting another session's node could unseat a live
   * broker with a duplicate id, so wait for ZooKeeper to expire that session (bounded by the
   * session timeout plus a margin), then fail as Kafka does if the id is still taken.
   */
  private async registerWhenPreviousSessionExpired(zk: KafkaZkClient, registration: BrokerRegistration): Promise<number> {
    const deadlineMs = this.clock.nowMs() + this.config.zookeeperSessionTimeoutMs * 2 + registrationRetryMarginMs;
    let warned = false;
    for (;;) {
      try {
        return await zk.registerBroker(registration);
      } catch (err) {
        if (!(err instanceof BrokerIdInUseError) || this.clock.nowMs() >= deadlineMs || this.shuttingDown) throw err;
        if (!warned) {
          this.logger.warn('broker id is held by a previous ZooKeeper session; waiting for it to expire');
          warned = true;
        }
        await this.clock.sleep(registrationRetryBackoffMs);
      }
    }
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

  private startControllerRequestFence(zk: KafkaZkClient): ControllerRequestFence {
    const fence = new ControllerRequestFence({
      readController: () => zk.getControllerIdentity(), watchController: (onChange) => zk.getControllerId(onChange),
      brokerEpoch: () => this.brokerEpoch, registrationSettled: () => this.registrationSettled(),
      logger: componentLogger(this.rootLogger, 'controller-request-fence'), clock: this.clock,
    });
    fence.startWatching();
    zk.on('newSession', () => fence.startWatching());
    this.controllerRequestFence = fence;
    return fence;
  }

  private async registrationSettled(): Promise<void> {
    await Promise.all([this.registering?.catch(() => undefined), this.reregistration]);
  }

  private async startAdminServer(metadataCache: MetadataCache, replicaManager: ReplicaManager): Promise<void> {
    const c = this.config;
    const source = new BrokerDataSource({
      brokerId: c.brokerId, metadataCache, listenerName: c.interBrokerListenerName,
      partitionInfo: (t, p) => replicaManager.partitionInfo(t, p),
      readiness: () => this.readiness(),
      controllerMetrics: () => this.controller?.metrics(),
      replicaMetrics: () => replicaManager.metrics(),
      logCleanerMetrics: () => this.logManager?.cleaner?.metrics(),
      logMetrics: () => (this.logManager === undefined ? undefined : logMetricsViews(this.logManager.allLogs())),
    });
    const logger = componentLogger(this.rootLogger, 'admin');
    const credentials = c.adminSecurity.basicAuth ? await this.scramCredentials(this.zk!) : undefined;
    const security = await buildAdminSecurity(c.adminSecurity, credentials, logger, c.security.connectionFailedAuthenticationDelayMs);
    const cluster = this.adminClusterClient(logger);
    this.adminServer = new AdminServer({
      source, logger, authToken: c.adminAuthToken, requestMetrics: this.requestMetrics,
      authenticator: security.authenticator, authorizer: this.authorizer, https: security.https, cluster, cors: c.adminCors,
      ...brokerMetricsOptions({
        brokerTopicStats: this.brokerTopicStats, cluster, isActiveController: () => this.controller?.isActive === true,
        clusterRefreshIntervalMs: c.adminMetricsClusterRefreshIntervalMs, logger: componentLogger(this.rootLogger, 'cluster-metrics'), clock: this.clock,
      }),
    }, c.adminSecurity.unauthenticatedListener);
    await this.adminServer.start(c.adminListeners.host, c.adminListeners.port);
    const reloader = security.tlsReloader;
    if (reloader !== undefined) {
      reloader.onReload((options) => this.adminServer?.setSecureContext(options));
      reloader.start();
      this.adminTlsReloader = reloader;
    }
  }

  /** Each listener's requests go to the handlers, decoded with the listener's wire protocol. */
  private startProcessingRequests(socketServer: SocketServer, handlers: ReturnType<typeof buildHandlerTable>): void {
    const c = this.config;
    const kafkaProtocol = createKafkaProtocol({ servedApiKeys: implementedApiKeys });
    socketServer.startProcessingRequests(new RequestDispatcher(handlers, componentLogger(this.rootLogger, 'request-dispatcher'),
      this.requestMetrics, {
        controlPlaneListenerName: c.controlPlaneListenerName,
        protocolFor: (listenerName) => (wireProtocolOf(c, listenerName) === 'kafka' ? kafkaProtocol : protobufProtocol),
      }));
  }

  /** The admin API's client of the cluster: this broker's own inter-broker listener, with its credentials. */
  private adminClusterClient(logger: Logger): InternalClusterClient {
    const c = this.config;
    this.internalClient = new InternalClusterClient({
      brokerId: c.brokerId, logger, requestTimeoutMs: c.requestTimeoutMs, security: this.interBrokerSecurity!,
      bootstrap: () => {
        const endpoint = this.registration?.endpoints.find((e) => e.listenerName === c.interBrokerListenerName);
        if (endpoint === undefined) throw new Error('the broker has not registered yet');
        return [formatHostPort(endpoint.host, endpoint.port)];
      },
    });
    return this.internalClient;
  }

  private logStarted(clusterId: string): void {
    const c = this.config;
    this.logger.info({
      brokerId: c.brokerId,
      clusterId,
      brokerEpoch: this.brokerEpoch,
      listeners: c.listeners.map((l) => `${l.name}://${formatHostPort(l.host, this.socketServer!.boundPort(l.name))}`),
      advertisedListeners: this.registration?.endpoints.map((e) => `${e.listenerName}://${formatHostPort(e.host, e.port)}`),
      adminListener: `${c.adminSecurity.ssl ? 'https' : 'http'}://${formatHostPort(c.adminListeners.host, this.adminServer!.boundPort)}`,
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
    // Kafka asks the controller to move leadership away while everything still serves: this
    // broker may itself be the controller, and clients keep producing until leaders move.
    await this.step('controlled shutdown', () => this.controlledShutdown(), controlledShutdownStepTimeoutMs);
    // Stop following at once: a follower still fetching would be added back to the ISRs the
    // controller just took it out of, and acks=all writes would then wait for a broker that is leaving.
    await this.step('replica fetchers', async () => this.replicaManager?.fetcherManager.shutdown());
    // Resign before the listeners close: the controller's channels would otherwise keep retrying
    // requests to this broker's own closed listener, and another broker can take over while this
    // one drains.
    await this.step('controller', async () => this.controller?.shutdown(), shutdownStepTimeoutMs * 3);
    // Parked JoinGroups and SyncGroups are answered now, so that draining does not wait on them.
    await this.step('group coordinator', async () => this.groupCoordinator?.shutdown());
    // Stops the timeout and expiration loops and the marker senders; a new leader's load resends pending markers.
    await this.step('transaction coordinator', async () => this.transactionCoordinator?.shutdown());
    this.socketServer?.stopAccepting();
    await this.step('drain requests', async () => {
      const busy = await this.socketServer?.drainAndClose(requestDrainTimeoutMs);
      if (busy !== undefined && busy > 0) this.logger.warn({ busy, requestDrainTimeoutMs }, 'closed connections with requests still running');
    }, requestDrainTimeoutMs + shutdownStepTimeoutMs);
    await this.step('replica manager', async () => this.replicaManager?.shutdown());
    this.metadataCache?.close();
    await this.step('log manager', async () => this.logManager?.shutdown(), shutdownStepTimeoutMs * 2);
    this.controllerRequestFence?.stopWatching();
    this.adminTlsReloader?.stop();
    await this.step('admin server', async () => this.adminServer?.stop());
    await this.step('admin API cluster client', async () => this.internalClient?.close());
    await this.step('authorizer', async () => this.authorizer.close());
    this.credentialCache?.stop();
    this.dynamicConfig?.stop();
    await this.step('zookeeper', async () => this.zk?.close());
    this.logger.info('shut down');
  }

  /** Binds the listeners (TLS, SASL as configured) and derives how this broker connects to the others. */
  private async startSocketServer(zk: KafkaZkClient): Promise<SocketServer> {
    const c = this.config;
    const socketServer = new SocketServer({
      listeners: c.listeners, maxConnections: c.maxConnections, frameBytesMax: c.socketRequestMaxBytes,
      queuedRequestsMax: c.queuedMaxRequests, idleTimeoutMs: c.connectionsMaxIdleMs,
      logger: componentLogger(this.rootLogger, 'socket-server'),
      security: c.security, saslAuthenticators: await this.startSaslAuthentication(zk),
    });
    this.socketServer = socketServer;
    await socketServer.startup();
    const interBroker = interBrokerSecurity(c.security, c.interBrokerListenerName, (name) => socketServer.tlsReloader(name));
    this.interBrokerSecurity = interBroker;
    this.controlPlaneSecurity = c.controlPlaneListenerName === undefined ? interBroker
      : interBrokerSecurity(c.security, c.controlPlaneListenerName, (name) => socketServer.tlsReloader(name));
    return socketServer;
  }

  /** The broker's one SCRAM credential cache (SASL listeners and the admin API's basic authentication), started on first use. */
  private async scramCredentials(zk: KafkaZkClient): Promise<CredentialCache> {
    if (this.credentialCache === undefined) {
      const cache = new CredentialCache(zk.zk, componentLogger(this.rootLogger, 'credential-cache'));
      this.credentialCache = cache;
      await cache.start();
    }
    return this.credentialCache;
  }

  /** SASL on SASL listeners: SCRAM credentials from ZooKeeper (followed through /config/changes), PLAIN users from JAAS. */
  private async startSaslAuthentication(zk: KafkaZkClient): Promise<ReturnType<typeof saslAuthenticatorFactory> | undefined> {
    const c = this.config;
    if (!Object.values(c.security.listeners).some((l) => l.sasl !== undefined)) return undefined;
    const cache = await this.scramCredentials(zk);
    return saslAuthenticatorFactory({
      credentials: (mechanism, username) => cache.lookup(mechanism, username),
      failedAuthenticationDelayMs: c.security.connectionFailedAuthenticationDelayMs,
      logger: componentLogger(this.rootLogger, 'sasl-authenticator'),
    });
  }

  /** The controller as the request handlers see it; the controller is created after the handlers. */
  private controllerApi(): ControllerApi {
    const current = (): KafkaController => {
      if (this.controller === undefined) throw new Error('controller not started');
      return this.controller;
    };
    const isActive = (): boolean => this.controller?.isActive === true;
    return {
      get isActive() { return isActive(); },
      controlledShutdown: (brokerId, brokerEpoch) => current().controlledShutdown(brokerId, brokerEpoch),
      electLeaders: (type, partitions) => current().electLeaders(type, partitions),
      alterPartitionReassignments: (reassignments) => current().alterPartitionReassignments(reassignments),
      listPartitionReassignments: (partitions) => current().listPartitionReassignments(partitions),
    };
  }

  /**
   * Kafka moves leadership away before stopping (ControlledShutdown to the controller, KafkaController.doControlledShutdown),
   * unless controlled.shutdown.enable=false or the broker never registered.
   */
  private async controlledShutdown(): Promise<void> {
    const c = this.config;
    if (!c.controlledShutdownEnable || !this.registered || this.zk === undefined) {
      this.logger.info({ enabled: c.controlledShutdownEnable, registered: this.registered }, 'controlled shutdown skipped');
      return;
    }
    await requestControlledShutdown({
      brokerId: c.brokerId, getBrokerEpoch: () => this.brokerEpoch, maxRetries: c.controlledShutdownMaxRetries,
      retryBackoffMs: c.controlledShutdownRetryBackoffMs, findController: () => this.findController(),
      logger: componentLogger(this.rootLogger, 'controlled-shutdown'), clock: this.clock,
    });
  }

  /** The active controller: this broker's own, else the one named by the metadata cache or ZooKeeper. */
  private async findController(): Promise<ControllerTarget | undefined> {
    const local = this.controller;
    if (local?.isActive === true) {
      return { id: this.config.brokerId, send: (r) => local.controlledShutdown(r.brokerId, r.brokerEpoch), close: () => undefined };
    }
    const zk = this.zk;
    if (zk === undefined) return undefined;
    let id = this.metadataCache?.controllerId() ?? -1;
    if (id < 0 || id === this.config.brokerId) id = await zk.getControllerId();
    if (id < 0) return undefined;
    // KIP-291: a controller with a control-plane listener takes ControlledShutdown only there.
    const listener = this.config.controlPlaneListenerName ?? this.config.interBrokerListenerName;
    let endpoint: { host: string; port: number } | undefined = this.metadataCache?.aliveEndpoint(id, listener);
    if (endpoint === undefined) endpoint = (await zk.getBroker(id))?.endpoints.find((e) => e.listenerName === listener);
    if (endpoint === undefined) return undefined;
    return connectionControllerTarget(id, endpoint, {
      clientId: `broker-${this.config.brokerId}-controlled-shutdown`, requestTimeoutMs: this.config.replicaSocketTimeoutMs,
    }, this.controlPlaneSecurity);
  }

  /** Runs one shutdown step, bounded by `timeoutMs`; a failing or stuck step is logged and skipped. */
  private async step(name: string, fn: () => Promise<unknown>, timeoutMs = shutdownStepTimeoutMs): Promise<void> {
    // A referenced timer, unlike the Clock's: it keeps the process alive until the step settles or times out.
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      const outcome = await Promise.race([fn(), timedOut]);
      if (outcome === 'timeout') this.logger.error({ step: name, timeoutMs }, 'shutdown step did not finish in time; continuing');
    } catch (err) {
      this.logger.error({ err, step: name }, 'shutdown step failed; continuing');
    } finally {
      clearTimeout(timer);
    }
  }
}
