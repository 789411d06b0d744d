/**
 * The broker's configuration: Kafka's keys (see config/definitions.ts for the table), read from
 * a properties file, then the environment, then `--override` (later sources win), parsed and
 * validated one key at a time, then checked against each other. Any unknown key or bad value
 * stops startup with a message naming the key, as KafkaConfig does.
 */

import { readFile as readFileAsync } from 'node:fs/promises';
import os from 'node:os';
import { type LogConfig } from './log/log-config';
import { type LogCleanerConfig } from './log/cleaner/log-cleaner';
import { type ConfigValue, brokerConfigKeyByName, brokerConfigKeys, longMax, parseValue } from './config/definitions';
import {
  type AdminListener, type ListenerEndpoint, parseListeners, parseSecurityProtocolMap, parseWireProtocolMap, type WireProtocolName,
} from './config/listeners';
import { parseAuthorizerConfig, type AuthorizerConfig } from './security/authorizer/authorizer-config';
import { BrokerConfigError, environmentOverrides, parseCommandLine, parseProperties } from './config/properties';
import { digestCredentialsProblem, zkAuthDigestEnv, type ZkSecurity } from '../zk/zk-auth';
import {
  checkInterBrokerSasl, type ListenerOverride, maskTransportSecurity, parseListenerOverride, resolveTransportSecurity, type TransportSecurityConfig,
} from './config/security';
import { type AdminSecurityConfig, adminSecurityConfig, parseAdminEndpoint } from './admin/admin-security-config';
import { type AdminCorsOptions, adminCorsOptions } from './admin/cors';
import { formatPrincipal } from './security/principal';

export { BrokerConfigError } from './config/properties';
export type { AdminListener, ListenerEndpoint } from './config/listeners';

export interface BrokerConfig {
  brokerId: number;
  listeners: ListenerEndpoint[];
  /** What is registered in ZooKeeper; same names as `listeners`, hosts resolved (never empty). */
  advertisedListeners: ListenerEndpoint[];
  /** Listener name -> security protocol (PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL). */
  listenerSecurityProtocolMap: Record<string, string>;
  /** Each listener's TLS and SASL settings (listener.name.<l>.* overrides applied), and the SASL keys. */
  security: TransportSecurityConfig;
  /**
   * Listener name -> wire protocol (listener.wire.protocol.map); a listener not named speaks
   * protobuf. Brokers talk to each other in protobuf, so the inter-broker and control-plane
   * listeners must.
   */
  listenerWireProtocolMap: Record<string, WireProtocolName>;
  interBrokerListenerName: string;
  /**
   * control.plane.listener.name (KIP-291): when set, the controller reaches brokers on this
   * listener and controller APIs arriving on any other listener are refused.
   */
  controlPlaneListenerName: string | undefined;
  logDirs: string[];
  zookeeperConnect: string;
  zookeeperSessionTimeoutMs: number;
  zookeeperConnectionTimeoutMs: number;
  /** zookeeper.auth.digest and zookeeper.set.acl. */
  zookeeperSecurity: ZkSecurity;
  numPartitions: number;
  defaultReplicationFactor: number;
  autoCreateTopicsEnable: boolean;
  deleteTopicEnable: boolean;
  messageMaxBytes: number;
  socketRequestMaxBytes: number;
  maxConnections: number;
  queuedMaxRequests: number;
  connectionsMaxIdleMs: number;
  /** The broker's log.* keys as the topic-level defaults every log starts from. */
  logDefaults: LogConfig;
  logRetentionCheckIntervalMs: number;
  logCleaner: LogCleanerConfig;
  logFlushOffsetCheckpointIntervalMs: number;
  replicaHighWatermarkCheckpointIntervalMs: number;
  minInsyncReplicas: number;
  uncleanLeaderElectionEnable: boolean;
  replicaLagTimeMaxMs: number;
  replicaFetchWaitMaxMs: number;
  replicaFetchMinBytes: number;
  replicaFetchMaxBytes: number;
  replicaFetchResponseMaxBytes: number;
  replicaFetchBackoffMs: number;
  replicaSocketTimeoutMs: number;
  controlledShutdownEnable: boolean;
  autoLeaderRebalanceEnable: boolean;
  leaderImbalancePerBrokerPercentage: number;
  leaderImbalanceCheckIntervalSeconds: number;
  controlledShutdownMaxRetries: number;
  controlledShutdownRetryBackoffMs: number;
  offsetsTopicNumPartitions: number;
  offsetsTopicReplicationFactor: number;
  offsetsTopicSegmentBytes: number;
  offsetsRetentionMinutes: number;
  offsetsRetentionCheckIntervalMs: number;
  offsetsCommitTimeoutMs: number;
  offsetMetadataMaxBytes: number;
  groupMinSessionTimeoutMs: number;
  groupMaxSessionTimeoutMs: number;
  groupInitialRebalanceDelayMs: number;
  groupMaxSize: number;
  transactionStateLogNumPartitions: number;
  transactionStateLogReplicationFactor: number;
  transactionStateLogMinIsr: number;
  transactionStateLogSegmentBytes: number;
  transactionMaxTimeoutMs: number;
  transactionalIdExpirationMs: number;
  transactionAbortTimedOutTransactionCleanupIntervalMs: number;
  transactionRemoveExpiredTransactionCleanupIntervalMs: number;
  requestTimeoutMs: number;
  /** Authorization: authorizer.class.name, super.users, allow.everyone.if.no.acl.found. */
  authorizer: AuthorizerConfig;
  adminListeners: AdminListener;
  adminAuthToken: string | undefined;
  /** HTTPS, authentication and the unauthenticated listener of the admin API. */
  adminSecurity: AdminSecurityConfig;
  /** admin.access.control.allow.* (CORS of the admin API). */
  adminCors: AdminCorsOptions;
  /** Metrics: how often the active controller refreshes the kafka_exporter families. */
  adminMetricsClusterRefreshIntervalMs: number;
  logLevel: string;
  /**
   * The keys set in server.properties, SAMSA_* or --override, as given: their source is
   * STATIC_BROKER_CONFIG, and dynamic values are layered on top of them (config/dynamic-config.ts).
   */
  staticConfigs?: Readonly<Record<string, string>>;
}

export interface ParseOptions {
  /** Host advertised when a listener's host is empty (Kafka: the canonical host name). */
  hostname?: () => string;
}

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;

/** Parses raw `key -> string` values into a validated BrokerConfig. */
export function parseBrokerConfig(raw: Readonly<Record<string, string>>, opts: ParseOptions = {}): BrokerConfig {
  const values = new Map<string, ConfigValue>();
  const listenerOverrides: ListenerOverride[] = [];
  for (const [name, text] of Object.entries(raw)) {
    const override = parseListenerOverride(name, text, parseValue);
    if (override !== undefined) {
      listenerOverrides.push(override);
      continue;
    }
    const def = brokerConfigKeyByName.get(name);
    if (def === undefined) throw new BrokerConfigError(name, 'unknown configuration key');
    values.set(name, parseValue(def, text));
  }
  for (const def of brokerConfigKeys) {
    if (values.has(def.name)) continue;
    if (def.defaultValue === undefined) throw new BrokerConfigError(def.name, 'is required and has no default');
    values.set(def.name, def.defaultValue);
  }
  const v = new Values(values);
  const config = assemble(v, opts.hostname ?? (() => os.hostname()), listenerOverrides);
  crossCheck(config);
  return { ...config, staticConfigs: Object.freeze({ ...raw }) };
}

class Values {
  constructor(private readonly values: Map<string, ConfigValue>) {}
  int(name: string): number {
    return this.values.get(name) as number;
  }
  optionalInt(name: string): number | undefined {
    const value = this.values.get(name);
    return value === null ? undefined : (value as number);
  }
  double(name: string): number {
    return this.values.get(name) as number;
  }
  bool(name: string): boolean {
    return this.values.get(name) as boolean;
  }
  string(name: string): string {
    return this.values.get(name) as string;
  }
  optionalString(name: string): string | undefined {
    const value = this.values.get(name);
    return value === null || value === '' ? undefined : (value as string);
  }
  list(name: string): string[] | undefined {
    const value = this.values.get(name);
    return value === null ? undefined : (value as string[]);
  }
  raw(name: string): ConfigValue {
    return this.values.get(name) ?? null;
  }
}

/**
 * Kafka: inter.broker.listener.name and security.inter.broker.protocol are mutually exclusive; the
 * protocol names the listener of the same name; neither means PLAINTEXT.
 */
function interBrokerListenerName(v: Values): string {
  const name = v.optionalString('inter.broker.listener.name');
  const protocol = v.optionalString('security.inter.broker.protocol');
  if (name !== undefined && protocol !== undefined) {
    throw new BrokerConfigError('security.inter.broker.protocol', 'only one of inter.broker.listener.name and security.inter.broker.protocol may be set');
  }
  return (name ?? protocol ?? 'PLAINTEXT').trim().toUpperCase();
}

function assemble(v: Values, hostname: () => string, listenerOverrides: readonly ListenerOverride[]): BrokerConfig {
  return {
    brokerId: v.int('broker.id'),
    ...listenerKeys(v, hostname, listenerOverrides),
    logDirs: v.list('log.dirs') ?? [v.string('log.dir')],
    ...zookeeperKeys(v),
    numPartitions: v.int('num.partitions'),
    defaultReplicationFactor: v.int('default.replication.factor'),
    autoCreateTopicsEnable: v.bool('auto.create.topics.enable'),
    deleteTopicEnable: v.bool('delete.topic.enable'),
    messageMaxBytes: v.int('message.max.bytes'),
    socketRequestMaxBytes: v.int('socket.request.max.bytes'),
    maxConnections: v.int('max.connections'),
    queuedMaxRequests: v.int('queued.max.requests'),
    connectionsMaxIdleMs: v.int('connections.max.idle.ms'),
    logDefaults: logDefaults(v),
    logRetentionCheckIntervalMs: v.int('log.retention.check.interval.ms'),
    logCleaner: {
      enable: v.bool('log.cleaner.enable'),
      backoffMs: v.int('log.cleaner.backoff.ms'),
      dedupeBufferSize: v.int('log.cleaner.dedupe.buffer.size'),
      ioBufferSize: v.int('log.cleaner.io.buffer.size'),
      dedupeBufferLoadFactor: v.double('log.cleaner.io.buffer.load.factor'),
      maxIoBytesPerSecond: v.double('log.cleaner.io.max.bytes.per.second'),
    },
    logFlushOffsetCheckpointIntervalMs: v.int('log.flush.offset.checkpoint.interval.ms'),
    replicaHighWatermarkCheckpointIntervalMs: v.int('replica.high.watermark.checkpoint.interval.ms'),
    minInsyncReplicas: v.int('min.insync.replicas'),
    uncleanLeaderElectionEnable: v.bool('unclean.leader.election.enable'),
    replicaLagTimeMaxMs: v.int('replica.lag.time.max.ms'),
    replicaFetchWaitMaxMs: v.int('replica.fetch.wait.max.ms'),
    replicaFetchMinBytes: v.int('replica.fetch.min.bytes'),
    replicaFetchMaxBytes: v.int('replica.fetch.max.bytes'),
    replicaFetchResponseMaxBytes: v.int('replica.fetch.response.max.bytes'),
    replicaFetchBackoffMs: v.int('replica.fetch.backoff.ms'),
    replicaSocketTimeoutMs: v.int('replica.socket.timeout.ms'),
    controlledShutdownEnable: v.bool('controlled.shutdown.enable'),
    autoLeaderRebalanceEnable: v.bool('auto.leader.rebalance.enable'),
    leaderImbalancePerBrokerPercentage: v.int('leader.imbalance.per.broker.percentage'),
    leaderImbalanceCheckIntervalSeconds: v.int('leader.imbalance.check.interval.seconds'),
    controlledShutdownMaxRetries: v.int('controlled.shutdown.max.retries'),
    controlledShutdownRetryBackoffMs: v.int('controlled.shutdown.retry.backoff.ms'),
    offsetsTopicNumPartitions: v.int('offsets.topic.num.partitions'),
    offsetsTopicReplicationFactor: v.int('offsets.topic.replication.factor'),
    offsetsTopicSegmentBytes: v.int('offsets.topic.segment.bytes'),
    offsetsRetentionMinutes: v.int('offsets.retention.minutes'),
    offsetsRetentionCheckIntervalMs: v.int('offsets.retention.check.interval.ms'),
    offsetsCommitTimeoutMs: v.int('offsets.commit.timeout.ms'),
    offsetMetadataMaxBytes: v.int('offset.metadata.max.bytes'),
    groupMinSessionTimeoutMs: v.int('group.min.session.timeout.ms'),
    groupMaxSessionTimeoutMs: v.int('group.max.session.timeout.ms'),
    groupInitialRebalanceDelayMs: v.int('group.initial.rebalance.delay.ms'),
    groupMaxSize: v.int('group.max.size'), ...transactionKeys(v), authorizer: authorizerKeys(v),
    ...adminKeys(v),
    adminMetricsClusterRefreshIntervalMs: v.int('admin.metrics.cluster.refresh.interval.ms'),
    logLevel: v.string('log.level'),
  };
}

/** The admin API's listener, HTTPS and authentication keys (admin/admin-security-config.ts). */
function adminKeys(v: Values): Pick<BrokerConfig, 'adminListeners' | 'adminAuthToken' | 'adminSecurity' | 'adminCors'> {
  const adminSecurity = adminSecurityConfig({
    listenerText: v.string('admin.listeners'), keystoreLocation: v.optionalString('admin.ssl.keystore.location'),
    truststoreLocation: v.optionalString('admin.ssl.truststore.location'), clientAuth: v.string('admin.ssl.client.auth'),
    basicAuth: v.bool('admin.auth.basic.enable'), tokensText: v.optionalString('admin.auth.tokens'),
    legacyToken: v.optionalString('admin.auth.token'), unauthenticatedListenerText: v.optionalString('admin.unauthenticated.listeners'),
    principalMappingRules: v.string('ssl.principal.mapping.rules'),
  });
  return {
    adminListeners: parseAdminEndpoint('admin.listeners', v.string('admin.listeners')).listener,
    adminAuthToken: v.optionalString('admin.auth.token'),
    adminSecurity,
    adminCors: adminCorsOptions(v.string('admin.access.control.allow.origin'), v.string('admin.access.control.allow.methods')),
  };
}

/** authorizer.class.name, super.users, allow.everyone.if.no.acl.found. */
function authorizerKeys(v: Values): AuthorizerConfig {
  return parseAuthorizerConfig(v.string('authorizer.class.name'), v.string('super.users'), v.bool('allow.everyone.if.no.acl.found'));
}

/** The listener keys: endpoints, security and wire protocols, the inter-broker and control-plane listeners. */
type ListenerKeys = Pick<BrokerConfig, 'listeners' | 'advertisedListeners' | 'listenerSecurityProtocolMap' | 'security' | 'listenerWireProtocolMap'
  | 'interBrokerListenerName' | 'controlPlaneListenerName'>;

function listenerKeys(v: Values, hostname: () => string, listenerOverrides: readonly ListenerOverride[]): ListenerKeys {
  const listeners = parseListeners('listeners', v.string('listeners'));
  const advertisedText = v.optionalString('advertised.listeners');
  const advertised = advertisedText === undefined ? listeners : parseListeners('advertised.listeners', advertisedText);
  const protocolMap = parseSecurityProtocolMap('listener.security.protocol.map', v.string('listener.security.protocol.map'));
  return {
    listeners,
    advertisedListeners: advertised.map((e) => ({ ...e, host: e.host === '' ? hostname() : e.host })),
    listenerSecurityProtocolMap: Object.fromEntries(protocolMap),
    security: resolveTransportSecurity((name) => v.raw(name), protocolMap, listenerOverrides),
    listenerWireProtocolMap: Object.fromEntries(parseWireProtocolMap('listener.wire.protocol.map', v.string('listener.wire.protocol.map'))),
    interBrokerListenerName: interBrokerListenerName(v),
    controlPlaneListenerName: v.optionalString('control.plane.listener.name')?.trim().toUpperCase(),
  };
}

/** The transaction coordinator's keys (Kafka's TransactionConfig) and request.timeout.ms. */
type TransactionKeys = Pick<BrokerConfig, 'transactionStateLogNumPartitions' | 'transactionStateLogReplicationFactor' | 'transactionStateLogMinIsr'
  | 'transactionStateLogSegmentBytes' | 'transactionMaxTimeoutMs' | 'transactionalIdExpirationMs'
  | 'transactionAbortTimedOutTransactionCleanupIntervalMs' | 'transactionRemoveExpiredTransactionCleanupIntervalMs' | 'requestTimeoutMs'>;

function transactionKeys(v: Values): TransactionKeys {
  return {
      transactionStateLogNumPartitions: v.int('transaction.state.log.num.partitions'),
      transactionStateLogReplicationFactor: v.int('transaction.state.log.replication.factor'),
      transactionStateLogMinIsr: v.int('transaction.state.log.min.isr'),
      transactionStateLogSegmentBytes: v.int('transaction.state.log.segment.bytes'),
      transactionMaxTimeoutMs: v.int('transaction.max.timeout.ms'),
      transactionalIdExpirationMs: v.int('transactional.id.expiration.ms'),
      transactionAbortTimedOutTransactionCleanupIntervalMs: v.int('transaction.abort.timed.out.transaction.cleanup.interval.ms'),
      transactionRemoveExpiredTransactionCleanupIntervalMs: v.int('transaction.remove.expired.transaction.cleanup.interval.ms'),
      requestTimeoutMs: v.int('request.timeout.ms'),
  };
}

/** Kafka's precedence: log.retention.ms > log.retention.minutes > log.retention.hours; log.roll.ms > log.roll.hours. */
function logDefaults(v: Values): LogConfig {
  const retentionMinutes = v.optionalInt('log.retention.minutes');
  const retentionMs = v.optionalInt('log.retention.ms')
    ?? (retentionMinutes === undefined ? undefined : unlimitedOr(retentionMinutes, minuteMs))
    ?? unlimitedOr(v.int('log.retention.hours'), hourMs);
  return {
    segmentBytes: v.int('log.segment.bytes'),
    segmentMs: v.optionalInt('log.roll.ms') ?? v.int('log.roll.hours') * hourMs,
    segmentIndexBytes: v.int('log.index.size.max.bytes'),
    indexIntervalBytes: v.int('log.index.interval.bytes'),
    retentionMs,
    retentionBytes: v.int('log.retention.bytes'),
    flushIntervalMessages: v.int('log.flush.interval.messages'),
    flushIntervalMs: v.optionalInt('log.flush.interval.ms') ?? longMax,
    fileDeleteDelayMs: v.int('log.segment.delete.delay.ms'),
    messageTimestampType: v.string('log.message.timestamp.type') as LogConfig['messageTimestampType'],
    maxMessageBytes: v.int('message.max.bytes'),
    cleanupPolicy: (v.list('log.cleanup.policy') ?? ['delete']).join(','),
    minInsyncReplicas: v.int('min.insync.replicas'),
    uncleanLeaderElectionEnable: v.bool('unclean.leader.election.enable'),
    deleteRetentionMs: v.int('log.cleaner.delete.retention.ms'),
    minCleanableDirtyRatio: v.double('log.cleaner.min.cleanable.ratio'),
    minCompactionLagMs: v.int('log.cleaner.min.compaction.lag.ms'),
    maxCompactionLagMs: v.int('log.cleaner.max.compaction.lag.ms'),
  };
}

/** The log defaults that follow from parsed key values (every key present): dynamic configs recompute them. */
export function logDefaultsFromValues(values: ReadonlyMap<string, ConfigValue>): LogConfig {
  return logDefaults(new Values(new Map(values)));
}

function unlimitedOr(amount: number, unitMs: number): number {
  return amount === -1 ? -1 : amount * unitMs;
}

const hostPortPattern = /^(\[[0-9A-Fa-f:.]+\]|[^:/,[\]]+):(\d{1,5})$/;

/** `host:port[,host:port...][/chroot]`; the chroot must be an absolute path without a trailing slash. */
function validateZookeeperConnect(text: string): string {
  const slash = text.indexOf('/');
  const hosts = slash < 0 ? text : text.slice(0, slash);
  const chroot = slash < 0 ? '' : text.slice(slash);
  if (hosts.trim() === '') throw new BrokerConfigError('zookeeper.connect', 'must name at least one host:port');
  for (const item of hosts.split(',')) {
    if (!hostPortPattern.test(item.trim())) throw new BrokerConfigError('zookeeper.connect', `"${item}" is not host:port`);
  }
  if (chroot !== '' && (chroot === '/' || chroot.endsWith('/') || chroot.includes('//'))) {
    throw new BrokerConfigError('zookeeper.connect', `chroot "${chroot}" must be an absolute path without a trailing slash`);
  }
  return text;
}

type ZookeeperKeys = Pick<BrokerConfig, 'zookeeperConnect' | 'zookeeperSessionTimeoutMs' | 'zookeeperConnectionTimeoutMs' | 'zookeeperSecurity'>;

function zookeeperKeys(v: Values): ZookeeperKeys {
  const sessionTimeoutMs = v.int('zookeeper.session.timeout.ms');
  return {
    zookeeperConnect: validateZookeeperConnect(v.string('zookeeper.connect')),
    zookeeperSessionTimeoutMs: sessionTimeoutMs,
    zookeeperConnectionTimeoutMs: v.optionalInt('zookeeper.connection.timeout.ms') ?? sessionTimeoutMs,
    zookeeperSecurity: zookeeperSecurity(v),
  };
}

/**
 * Kafka refuses `zookeeper.set.acl=true` without ZooKeeper authentication: creator-only ACLs from
 * an unauthenticated session are invalid (ZooKeeper answers INVALIDACL on the first create).
 */
function zookeeperSecurity(v: Values): ZkSecurity {
  const authDigest = v.optionalString('zookeeper.auth.digest');
  const setAcl = v.bool('zookeeper.set.acl');
  if (authDigest !== undefined) {
    const problem = digestCredentialsProblem(authDigest);
    if (problem !== undefined) throw new BrokerConfigError('zookeeper.auth.digest', problem);
  }
  if (setAcl && authDigest === undefined) {
    throw new BrokerConfigError('zookeeper.set.acl', `is true but the broker does not authenticate to ZooKeeper: set zookeeper.auth.digest (or ${zkAuthDigestEnv})`);
  }
  return { ...(authDigest === undefined ? {} : { authDigest }), setAcl };
}

/** Relations between keys (KafkaConfig's `validateValues`, plus the limits this broker relies on). */
function crossCheck(c: BrokerConfig): void {
  if (c.messageMaxBytes > c.logDefaults.segmentBytes) {
    throw new BrokerConfigError('message.max.bytes', `${c.messageMaxBytes} exceeds log.segment.bytes (${c.logDefaults.segmentBytes}): a batch must fit in one segment`);
  }
  if (c.socketRequestMaxBytes < c.messageMaxBytes) {
    throw new BrokerConfigError('socket.request.max.bytes', `${c.socketRequestMaxBytes} is below message.max.bytes (${c.messageMaxBytes}): a largest batch could never arrive`);
  }
  checkListeners(c);
  if (c.logDirs.length === 0) throw new BrokerConfigError('log.dirs', 'must name at least one directory');
  if (new Set(c.logDirs).size !== c.logDirs.length) throw new BrokerConfigError('log.dirs', 'names a directory more than once');
}

function checkListeners(c: BrokerConfig): void {
  const names = new Set(c.listeners.map((l) => l.name));
  for (const l of c.listeners) {
    if (c.listenerSecurityProtocolMap[l.name] === undefined) {
      throw new BrokerConfigError('listener.security.protocol.map', `no security protocol defined for listener ${l.name}`);
    }
  }
  const ports = c.listeners.map((l) => l.port).filter((p) => p !== 0);
  if (new Set(ports).size !== ports.length) throw new BrokerConfigError('listeners', 'each listener must have a different port');
  for (const a of c.advertisedListeners) {
    if (!names.has(a.name)) {
      throw new BrokerConfigError('advertised.listeners', `listener ${a.name} is not among listeners (${[...names].join(', ')})`);
    }
    if (a.host === '0.0.0.0' || a.host === '::') {
      throw new BrokerConfigError('advertised.listeners', `${a.name} cannot advertise the non-routable address ${a.host}; set advertised.listeners to a routable host`);
    }
  }
  if (!names.has(c.interBrokerListenerName)) {
    throw new BrokerConfigError('inter.broker.listener.name', `${c.interBrokerListenerName} must be one of the listeners (${[...names].join(', ')})`);
  }
  if (!c.advertisedListeners.some((a) => a.name === c.interBrokerListenerName)) {
    throw new BrokerConfigError('inter.broker.listener.name', `${c.interBrokerListenerName} must be one of the advertised listeners`);
  }
  if (c.adminListeners.port !== 0 && c.listeners.some((l) => l.port === c.adminListeners.port)) {
    throw new BrokerConfigError('admin.listeners', `port ${c.adminListeners.port} is already used by a listener`);
  }
  checkControlPlaneListener(c, names);
  checkInterBrokerSasl(c.security, c.interBrokerListenerName);
  if (c.controlPlaneListenerName !== undefined) checkInterBrokerSasl(c.security, c.controlPlaneListenerName);
  for (const [key, name] of [['inter.broker.listener.name', c.interBrokerListenerName], ['control.plane.listener.name', c.controlPlaneListenerName]] as const) {
    if (name !== undefined && wireProtocolOf(c, name) !== 'protobuf') {
      throw new BrokerConfigError(key, `${name} speaks ${wireProtocolOf(c, name)} (listener.wire.protocol.map); brokers talk to each other in protobuf`);
    }
  }
}

/** The wire protocol listener `name` speaks. */
export function wireProtocolOf(c: Pick<BrokerConfig, 'listenerWireProtocolMap'>, name: string): WireProtocolName {
  return c.listenerWireProtocolMap[name] ?? 'protobuf';
}

/** Kafka's KIP-291 checks: a listener of its own, registered so that the controller can find it. */
function checkControlPlaneListener(c: BrokerConfig, names: ReadonlySet<string>): void {
  const name = c.controlPlaneListenerName;
  if (name === undefined) return;
  const key = 'control.plane.listener.name';
  if (!names.has(name)) throw new BrokerConfigError(key, `${name} must be one of the listeners (${[...names].join(', ')})`);
  if (!c.advertisedListeners.some((a) => a.name === name)) throw new BrokerConfigError(key, `${name} must be one of the advertised listeners`);
  if (name === c.interBrokerListenerName) {
    throw new BrokerConfigError(key, `${name} is also inter.broker.listener.name; the control plane needs a listener of its own`);
  }
}

export interface ConfigSources {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  readFile?: (path: string) => Promise<string>;
  hostname?: () => string;
}

/** Reads the file named on the command line, applies environment then `--override` values, and parses. */
export async function loadBrokerConfig(sources: ConfigSources): Promise<BrokerConfig> {
  const commandLine = parseCommandLine(sources.argv);
  let fileValues: Record<string, string> = {};
  if (commandLine.configFile !== undefined) {
    const read = sources.readFile ?? ((path: string) => readFileAsync(path, 'utf8'));
    let text: string;
    try {
      text = await read(commandLine.configFile);
    } catch (err) {
      throw new BrokerConfigError('', `cannot read configuration file ${commandLine.configFile}: ${(err as Error).message}`);
    }
    fileValues = parseProperties(text);
  }
  const merged = { ...fileValues, ...brokerEnvironmentOverrides(sources.env), ...commandLine.overrides };
  return parseBrokerConfig(merged, sources.hostname === undefined ? {} : { hostname: sources.hostname });
}

/**
 * SAMSA_* variables that name a broker key. Other tools share the prefix (the CLI's
 * SAMSA_BOOTSTRAP_SERVER, test harness variables), so a variable that names no broker key is not
 * configuration and is left alone; unknown keys in the file or in --override still stop startup.
 */
export function brokerEnvironmentOverrides(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const all = environmentOverrides(env);
  return Object.fromEntries(Object.entries(all).filter(([key]) => brokerConfigKeyByName.has(key)));
}

/** The configuration with secrets masked, for the startup log line and the admin API. */
export function describeBrokerConfig(c: BrokerConfig): Record<string, unknown> {
  return {
    // staticConfigs repeats every key as given, secrets included: the parsed fields say it all.
    ...c, staticConfigs: undefined,
    adminAuthToken: c.adminAuthToken === undefined ? undefined : '[hidden]', security: maskTransportSecurity(c.security),
    zookeeperSecurity: { ...c.zookeeperSecurity, authDigest: c.zookeeperSecurity.authDigest === undefined ? undefined : '[hidden]' },
    adminSecurity: { ...c.adminSecurity, tokens: [...c.adminSecurity.tokens.values()].map(formatPrincipal).map((p) => `[hidden]:${p}`) },
  };
}

/**
 * A topic's configuration when neither the broker nor the topic overrides a key: the broker
 * defaults of the key table (Kafka's LogConfig takes its defaults from KafkaConfig's too), so the
 * table is the one source of every default.
 */
export const logConfigDefaults: LogConfig = Object.freeze(logDefaults(new Values(
  new Map(brokerConfigKeys.filter((def) => def.defaultValue !== undefined).map((def) => [def.name, def.defaultValue as ConfigValue])),
)));
