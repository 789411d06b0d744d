/**
 * Every broker configuration key in one table: Kafka's name, type, default and validator
 * (following `KafkaConfig.scala` for 2.x), plus the few Samsa-only keys (`admin.*`, `log.level`).
 * Values here are parsed one key at a time; relations between keys are checked in ../config.ts.
 */

import { BrokerConfigError } from './properties';

export type ConfigType = 'int' | 'long' | 'double' | 'boolean' | 'string' | 'list' | 'password';
export type ConfigValue = number | boolean | string | string[] | null;

export interface ConfigKey {
  readonly name: string;
  readonly type: ConfigType;
  /** `undefined`: required; `null`: optional with no value (a derived default applies). */
  readonly defaultValue: ConfigValue | undefined;
  readonly validate?: (value: ConfigValue) => string | undefined;
  readonly doc: string;
}

const int32Max = 2_147_483_647;
const int32Min = -2_147_483_648;
/** Kafka's Long.MAX_VALUE ("unlimited"); offsets and times stay below 2^53 here. */
export const longMax = Number.MAX_SAFE_INTEGER;

function atLeast(min: number) {
  return (v: ConfigValue): string | undefined =>
    typeof v === 'number' && v < min ? `${v} is below the minimum ${min}` : undefined;
}

function between(min: number, max: number) {
  return (v: ConfigValue): string | undefined =>
    typeof v === 'number' && (v < min || v > max) ? `${v} is not between ${min} and ${max}` : undefined;
}

function oneOf(values: readonly string[]) {
  return (v: ConfigValue): string | undefined =>
    typeof v === 'string' && !values.includes(v) ? `"${v}" is not one of ${values.join(', ')}` : undefined;
}

function listOf(values: readonly string[]) {
  return (v: ConfigValue): string | undefined => {
    if (!Array.isArray(v)) return undefined;
    if (v.length === 0) return 'must not be empty';
    const bad = v.find((item) => !values.includes(item));
    return bad === undefined ? undefined : `"${bad}" is not one of ${values.join(', ')}`;
  };
}

/** Kafka: log.retention.ms must be -1 (unlimited) or at least 1. */
function retentionMs(v: ConfigValue): string | undefined {
  return typeof v === 'number' && v !== -1 && v < 1 ? `${v} must be -1 (unlimited) or at least 1` : undefined;
}

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function key(name: string, type: ConfigType, defaultValue: ConfigValue | undefined, doc: string,
  validate?: (value: ConfigValue) => string | undefined): ConfigKey {
  return { name, type, defaultValue, doc, ...(validate === undefined ? {} : { validate }) };
}

// Security: listeners, TLS and SASL on the wire (transport). Each ssl.* / sasl.* key may also be
// given per listener as listener.name.<listener>.<key> (see config/security.ts).
export const sslClientAuthValues = ['none', 'requested', 'required'] as const;
export const saslMechanisms = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'] as const;
export const tlsProtocolVersions = ['TLSv1.2', 'TLSv1.3'] as const;

const transportSecurityKeys: readonly ConfigKey[] = [
  key('security.inter.broker.protocol', 'string', null, 'Security protocol between brokers; names the listener of the same name (mutually exclusive with inter.broker.listener.name)',
    oneOf(['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'])),
  key('ssl.keystore.type', 'string', 'PEM', 'Only PEM: a private key and its certificate chain', oneOf(['PEM'])),
  key('ssl.keystore.location', 'string', null, 'PEM file holding the private key and certificate chain (reloaded when it changes)'),
  key('ssl.keystore.key', 'password', null, 'Inline PEM private key (with ssl.keystore.certificate.chain)'),
  key('ssl.keystore.certificate.chain', 'password', null, 'Inline PEM certificate chain (with ssl.keystore.key)'),
  key('ssl.keystore.password', 'password', null, 'Unused for PEM keystores (accepted for Kafka compatibility)'),
  key('ssl.key.password', 'password', null, 'Password of an encrypted PEM private key'),
  key('ssl.truststore.type', 'string', 'PEM', 'Only PEM: trusted CA certificates', oneOf(['PEM'])),
  key('ssl.truststore.location', 'string', null, 'PEM file of trusted CA certificates (reloaded when it changes)'),
  key('ssl.truststore.certificates', 'password', null, 'Inline PEM trusted CA certificates'),
  key('ssl.truststore.password', 'password', null, 'Unused for PEM truststores (accepted for Kafka compatibility)'),
  key('ssl.client.auth', 'string', 'none', 'Client certificates: none, requested or required (mutual TLS)', oneOf(sslClientAuthValues)),
  key('ssl.enabled.protocols', 'list', ['TLSv1.2', 'TLSv1.3'], 'TLS versions accepted', listOf(tlsProtocolVersions)),
  key('ssl.cipher.suites', 'list', [], 'OpenSSL cipher list for TLS 1.2 (empty: Node\'s defaults)'),
  key('ssl.endpoint.identification.algorithm', 'string', 'https', 'https checks the host name of a broker this broker connects to; empty disables the check'),
  key('ssl.principal.mapping.rules', 'string', 'DEFAULT', 'RULE:pattern/replacement/[LU] rules mapping a certificate DN to a principal name, then DEFAULT'),
  key('ssl.file.reload.interval.ms', 'long', 10_000, 'How often key, certificate and truststore files are checked for changes (Samsa)', atLeast(100)),
  key('sasl.enabled.mechanisms', 'list', ['SCRAM-SHA-256', 'SCRAM-SHA-512'], `SASL mechanisms offered on SASL listeners: ${saslMechanisms.join(', ')}`, listOf(saslMechanisms)),
  key('sasl.mechanism.inter.broker.protocol', 'string', 'SCRAM-SHA-512', 'SASL mechanism brokers authenticate with to each other', oneOf(saslMechanisms)),
  key('sasl.jaas.config', 'password', null, 'JAAS login module line: username/password of this broker\'s own login, user_<name>="<password>" PLAIN users'),
  key('connection.failed.authentication.delay.ms', 'int', 100, 'Delay of the answer to a failed authentication before the connection closes', atLeast(0)),
];

export const brokerConfigKeys: readonly ConfigKey[] = [
  key('broker.id', 'int', undefined, 'Unique id of this broker in the cluster', atLeast(0)),
  key('listeners', 'string', 'PLAINTEXT://:9092', 'NAME://host:port, comma separated; empty host binds all interfaces'),
  key('advertised.listeners', 'string', null, 'Addresses registered in ZooKeeper for clients (default: listeners)'),
  key('listener.security.protocol.map', 'string', 'PLAINTEXT:PLAINTEXT,KAFKA:PLAINTEXT', 'NAME:PROTOCOL pairs; PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL'),
  key('listener.wire.protocol.map', 'string', 'KAFKA:kafka', 'NAME:WIRE pairs: kafka (Kafka\'s binary protocol) or protobuf; unlisted listeners speak protobuf'),
  key('inter.broker.listener.name', 'string', null, 'Listener brokers and the controller use between themselves (default: the listener named after security.inter.broker.protocol, PLAINTEXT)'),
  key('control.plane.listener.name', 'string', null, 'Listener for controller requests only (KIP-291); put it on a network clients cannot reach'),
  key('log.dirs', 'list', null, 'Directories holding partition logs (default: log.dir)'),
  key('log.dir', 'string', '/tmp/samsa-logs', 'Log directory used when log.dirs is not set'),
  key('zookeeper.connect', 'string', undefined, 'host:port[,host:port...][/chroot]'),
  key('zookeeper.session.timeout.ms', 'int', 18_000, 'ZooKeeper session timeout', atLeast(1)),
  key('zookeeper.connection.timeout.ms', 'int', null, 'Wait for a ZooKeeper connection (default: the session timeout)', atLeast(1)),
  // ZooKeeper security (KIP-38): digest authentication and Kafka's secure znode ACLs.
  key('zookeeper.set.acl', 'boolean', false, 'Create znodes writable by the brokers\' ZooKeeper identity only (needs zookeeper.auth.digest)'),
  key('zookeeper.auth.digest', 'password', null, 'user:password the broker authenticates to ZooKeeper with (digest scheme); prefer SAMSA_ZOOKEEPER_AUTH_DIGEST'),
  key('num.partitions', 'int', 1, 'Partitions of auto-created topics', atLeast(1)),
  key('default.replication.factor', 'int', 1, 'Replication factor of auto-created topics', atLeast(1)),
  key('auto.create.topics.enable', 'boolean', true, 'Create unknown topics named in Metadata requests'),
  key('delete.topic.enable', 'boolean', true, 'Allow DeleteTopics'),
  key('message.max.bytes', 'int', 1_048_588, 'Largest record batch the broker accepts', atLeast(0)),
  key('socket.request.max.bytes', 'int', 104_857_600, 'Largest request frame the broker reads', atLeast(1)),
  key('max.connections', 'int', 10_000, 'Client connections accepted per broker; more are closed at once', atLeast(1)),
  key('queued.max.requests', 'int', 500, 'Requests read ahead per connection before the broker stops reading it', atLeast(1)),
  key('connections.max.idle.ms', 'long', 600_000, 'Close connections idle for this long', atLeast(1)),
  key('log.segment.bytes', 'int', 1024 * 1024 * 1024, 'Segment size before a roll', atLeast(14)),
  key('log.roll.ms', 'long', null, 'Segment age before a roll (overrides log.roll.hours)', atLeast(1)),
  key('log.roll.hours', 'int', 168, 'Segment age in hours before a roll', atLeast(1)),
  key('log.index.interval.bytes', 'int', 4096, 'Bytes between offset index entries', atLeast(0)),
  key('log.index.size.max.bytes', 'int', 10 * 1024 * 1024, 'Size of each offset/time index file', atLeast(4)),
  key('log.retention.ms', 'long', null, 'Retention time (overrides minutes and hours; -1 unlimited)', retentionMs),
  key('log.retention.minutes', 'int', null, 'Retention time in minutes (overrides hours)', retentionMs),
  key('log.retention.hours', 'int', 168, 'Retention time in hours', retentionMs),
  key('log.retention.bytes', 'long', -1, 'Retention size per partition (-1 unlimited)'),
  key('log.retention.check.interval.ms', 'long', 300_000, 'How often retention runs', atLeast(1)),
  key('log.flush.interval.messages', 'long', longMax, 'Messages between fsyncs', atLeast(1)),
  key('log.flush.interval.ms', 'long', null, 'Time between fsyncs (default: never)', atLeast(0)),
  key('log.flush.offset.checkpoint.interval.ms', 'int', 60_000, 'Recovery point checkpoint interval', atLeast(0)),
  key('replica.high.watermark.checkpoint.interval.ms', 'long', 5_000, 'High watermark checkpoint interval', atLeast(1)),
  key('log.segment.delete.delay.ms', 'long', 60_000, 'Delay before a deleted segment file is removed', atLeast(0)),
  key('log.message.timestamp.type', 'string', 'CreateTime', 'CreateTime or LogAppendTime', oneOf(['CreateTime', 'LogAppendTime'])),
  key('log.cleanup.policy', 'list', ['delete'], 'delete and/or compact', listOf(['delete', 'compact'])),
  key('log.cleaner.enable', 'boolean', true, 'Run the log cleaner, which compacts logs with cleanup.policy=compact'),
  key('log.cleaner.backoff.ms', 'long', 15_000, 'Pause of the log cleaner when no log needs cleaning', atLeast(0)),
  key('log.cleaner.min.cleanable.ratio', 'double', 0.5, 'Default min.cleanable.dirty.ratio: dirty share of a log before it is cleaned', between(0, 1)),
  key('log.cleaner.delete.retention.ms', 'long', 86_400_000, 'Default delete.retention.ms: how long tombstones survive cleaning', atLeast(0)),
  key('log.cleaner.min.compaction.lag.ms', 'long', 0, 'Default min.compaction.lag.ms: records younger than this are not compacted', atLeast(0)),
  key('log.cleaner.max.compaction.lag.ms', 'long', longMax, 'Default max.compaction.lag.ms: older dirty records force a clean', atLeast(1)),
  key('log.cleaner.dedupe.buffer.size', 'long', 134_217_728, 'Memory bound of the cleaner\'s key -> offset map', atLeast(1024 * 1024)),
  key('log.cleaner.io.buffer.size', 'int', 524_288, 'Read and write buffer of the cleaner (grows to hold one whole batch)', atLeast(0)),
  key('log.cleaner.io.buffer.load.factor', 'double', 0.9, 'Share of log.cleaner.dedupe.buffer.size the key map may fill', between(0.1, 1)),
  key('log.cleaner.io.max.bytes.per.second', 'double', Number.MAX_VALUE, 'Cleaner read+write throttle in bytes per second', atLeast(1)),
  key('min.insync.replicas', 'int', 1, 'In-sync replicas an acks=all write needs', atLeast(1)),
  key('unclean.leader.election.enable', 'boolean', false, 'Allow leaders from outside the ISR'),
  key('replica.lag.time.max.ms', 'long', 30_000, 'A follower not caught up for this long leaves the ISR', atLeast(1)),
  key('replica.fetch.wait.max.ms', 'int', 500, 'Longest wait of a follower fetch for replica.fetch.min.bytes', atLeast(0)),
  key('replica.fetch.min.bytes', 'int', 1, 'Bytes a follower fetch waits for', atLeast(0)),
  key('replica.fetch.max.bytes', 'int', 1_048_576, 'Bytes a follower fetches per partition (at least one batch; a fetch size must be positive)', atLeast(1)),
  key('replica.fetch.response.max.bytes', 'int', 10_485_760, 'Bytes a follower fetch response may hold over all partitions (positive)', atLeast(1)),
  key('replica.fetch.backoff.ms', 'int', 1_000, 'Pause of a follower after a fetch error', atLeast(0)),
  key('replica.socket.timeout.ms', 'int', 30_000, 'Request timeout of follower fetches, on top of replica.fetch.wait.max.ms', atLeast(1)),
  key('auto.leader.rebalance.enable', 'boolean', true, 'The controller moves leadership back to preferred replicas when brokers are imbalanced'),
  key('leader.imbalance.per.broker.percentage', 'int', 10, 'Imbalance, in percent of a broker\'s preferred partitions, that triggers a rebalance', atLeast(0)),
  key('leader.imbalance.check.interval.seconds', 'long', 300, 'How often the controller checks leader imbalance', atLeast(1)),
  key('controlled.shutdown.enable', 'boolean', true, 'Move leadership away through the controller before shutting down'),
  key('controlled.shutdown.max.retries', 'int', 3, 'Controlled shutdown attempts before shutting down anyway', atLeast(0)),
  key('controlled.shutdown.retry.backoff.ms', 'long', 5_000, 'Pause between controlled shutdown attempts', atLeast(0)),
  key('offsets.topic.num.partitions', 'int', 50, 'Partitions of __consumer_offsets (fixed once it exists)', atLeast(1)),
  key('offsets.topic.replication.factor', 'int', 3, 'Replication factor of __consumer_offsets, capped by the live brokers', atLeast(1)),
  key('offsets.topic.segment.bytes', 'int', 104_857_600, 'segment.bytes of __consumer_offsets', atLeast(14)),
  key('offsets.retention.minutes', 'int', 10_080, 'How long an empty group keeps its committed offsets (KIP-211)', atLeast(1)),
  key('offsets.retention.check.interval.ms', 'long', 600_000, 'How often expired offsets are removed', atLeast(1)),
  key('offsets.commit.timeout.ms', 'int', 5_000, 'Bound on an acks=all append to __consumer_offsets', atLeast(1)),
  key('transaction.state.log.num.partitions', 'int', 50, 'Partitions of __transaction_state (fixed once it exists)', atLeast(1)),
  key('transaction.state.log.replication.factor', 'int', 3, 'Replication factor of __transaction_state, capped by the live brokers', between(1, 32_767)),
  key('transaction.state.log.min.isr', 'int', 2, 'min.insync.replicas of __transaction_state (capped at its replication factor)', atLeast(1)),
  key('transaction.state.log.segment.bytes', 'int', 104_857_600, 'segment.bytes of __transaction_state', atLeast(14)),
  key('transaction.max.timeout.ms', 'int', 900_000, 'Largest transaction timeout a producer may ask for', atLeast(1)),
  key('transactional.id.expiration.ms', 'int', 604_800_000, 'A transactional id idle for this long is removed', atLeast(1)),
  key('transaction.abort.timed.out.transaction.cleanup.interval.ms', 'int', 10_000, 'How often ongoing transactions past their timeout are aborted', atLeast(1)),
  key('transaction.remove.expired.transaction.cleanup.interval.ms', 'int', 3_600_000, 'How often expired transactional ids are removed', atLeast(1)),
  key('request.timeout.ms', 'int', 30_000, 'Bound on a transaction log append and on a WriteTxnMarkers request to a partition leader', atLeast(1)),
  key('offset.metadata.max.bytes', 'int', 4_096, 'Largest metadata string of one offset commit', atLeast(0)),
  key('group.min.session.timeout.ms', 'int', 6_000, 'Smallest session timeout a group member may ask for', atLeast(0)),
  key('group.max.session.timeout.ms', 'int', 1_800_000, 'Largest session timeout a group member may ask for', atLeast(0)),
  key('group.initial.rebalance.delay.ms', 'int', 3_000, 'Wait for more members before the first rebalance of an empty group', atLeast(0)),
  key('group.max.size', 'int', int32Max, 'Members one group may have', atLeast(1)),
  // Authorization (Kafka's AclAuthorizer, ZooKeeper mode)
  key('authorizer.class.name', 'string', '', 'Empty: no authorizer (everything allowed); kafka.security.authorizer.AclAuthorizer (or kafka.security.auth.SimpleAclAuthorizer): ACLs in ZooKeeper'),
  key('super.users', 'string', '', 'Principals allowed everything, semicolon separated: User:admin;User:broker'),
  key('allow.everyone.if.no.acl.found', 'boolean', false, 'Allow an action on a resource that no ACL matches'),
  key('admin.listeners', 'string', 'http://0.0.0.0:9644', 'http://host:port of the admin REST API'),
  key('admin.auth.token', 'password', null, 'Bearer token required by mutating admin routes'),
  // Admin API security (SCRAM users and admin API): see broker/admin/admin-security-config.ts.
  key('admin.ssl.keystore.location', 'string', null, 'PEM file with the private key and certificate of an https:// admin listener'),
  key('admin.ssl.truststore.location', 'string', null, 'PEM file of the CAs trusted for admin client certificates'),
  key('admin.ssl.client.auth', 'string', 'none', 'none, requested or required: whether admin clients must present a certificate', oneOf(['none', 'requested', 'required'])),
  key('admin.auth.basic.enable', 'boolean', false, 'Every admin route needs HTTP basic authentication against the SCRAM users in ZooKeeper (or a token)'),
  key('admin.auth.tokens', 'password', null, 'Bearer tokens and the principals they authenticate: token:User:name,... (every admin route then needs authentication)'),
  key('admin.unauthenticated.listeners', 'string', null, 'http://host:port serving only /metrics, /healthz and /readyz without authentication'),
  // Admin REST API cross-origin access (rest; Confluent REST Proxy's access.control.allow.*): see broker/admin/cors.ts.
  key('admin.access.control.allow.origin', 'string', '', 'Origins allowed to call the admin API from a browser: * or comma-separated scheme://host[:port] (empty: CORS off)'),
  key('admin.access.control.allow.methods', 'string', '', 'Methods allowed cross-origin, comma-separated (empty: GET,HEAD,PUT,PATCH,POST,DELETE)'),
  // Metrics (broker/admin/metrics*.ts)
  key('admin.metrics.cluster.refresh.interval.ms', 'long', 15_000, 'How often the active controller re-reads the cluster-wide kafka_exporter figures (offsets, consumer lag) it serves on /metrics', atLeast(100)),
  // Dynamic configuration (cfg): keys Kafka only changes at runtime (DynamicBrokerConfig).
  key('log.cleaner.threads', 'int', 1, 'Log cleaner threads (Samsa cleans one log at a time; a positive value runs the cleaner)', atLeast(0)),
  key('leader.replication.throttled.rate', 'long', longMax, 'Bytes per second a leader sends to throttled follower replicas (KIP-73)', atLeast(0)),
  key('follower.replication.throttled.rate', 'long', longMax, 'Bytes per second a follower fetches for throttled replicas (KIP-73)', atLeast(0)),
  key('log.level', 'string', 'info', `One of ${logLevels.join(', ')}`, oneOf(logLevels)),
  ...transportSecurityKeys,
];

export const brokerConfigKeyByName: ReadonlyMap<string, ConfigKey> = new Map(brokerConfigKeys.map((k) => [k.name, k]));

/** Parses one raw string as the key's type; throws BrokerConfigError naming the key. */
export function parseValue(def: ConfigKey, raw: string): ConfigValue {
  const text = raw.trim();
  let value: ConfigValue;
  switch (def.type) {
    case 'int':
    case 'long':
      value = parseInteger(def, text, raw);
      break;
    case 'double':
      if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) throw new BrokerConfigError(def.name, `"${raw}" is not a number`);
      value = Number(text);
      break;
    case 'boolean': {
      const lower = text.toLowerCase();
      if (lower !== 'true' && lower !== 'false') throw new BrokerConfigError(def.name, `"${raw}" is not true or false`);
      value = lower === 'true';
      break;
    }
    case 'list':
      value = text === '' ? [] : text.split(',').map((s) => s.trim()).filter((s) => s !== '');
      break;
    case 'string':
      value = text;
      break;
    case 'password':
      value = raw;
      break;
  }
  const problem = def.validate?.(value);
  if (problem !== undefined) throw new BrokerConfigError(def.name, problem);
  return value;
}

function parseInteger(def: ConfigKey, text: string, raw: string): number {
  if (!/^[+-]?\d+$/.test(text)) throw new BrokerConfigError(def.name, `"${raw}" is not an integer`);
  const value = Number(text);
  if (def.type === 'int' && (value > int32Max || value < int32Min)) {
    throw new BrokerConfigError(def.name, `${raw} does not fit in a 32-bit integer`);
  }
  return Math.max(Math.min(value, longMax), -longMax);
}
