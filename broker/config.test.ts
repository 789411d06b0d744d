import { BrokerConfigError, describeBrokerConfig, loadBrokerConfig, logConfigDefaults, parseBrokerConfig, wireProtocolOf } from './config';
import { environmentOverrides, parseCommandLine, parseProperties } from './config/properties';

const required = { 'broker.id': '1', 'zookeeper.connect': '127.0.0.1:2181' };
const hostname = () => 'broker-host';

function parse(extra: Record<string, string> = {}) {
  return parseBrokerConfig({ ...required, ...extra }, { hostname });
}

function errorOf(fn: () => unknown): BrokerConfigError {
  try {
    fn();
  } catch (err) {
    if (err instanceof BrokerConfigError) return err;
    throw err;
  }
  throw new Error('expected a BrokerConfigError');
}

async function load(argv: string[], env: Record<string, string> = {}, files: Record<string, string> = {}) {
  return loadBrokerConfig({
    argv, env, hostname,
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error('ENOENT');
      return text;
    },
  });
}

describe('parseProperties (Java properties syntax)', () => {
  it('reads key=value, key: value and key value, skipping # and ! comments', () => {
    const props = parseProperties('# comment\n! also\nbroker.id=1\nlog.dirs: /a,/b\nnum.partitions 3\n\n  zookeeper.connect = zk:2181 \n');
    expect(props).toEqual({ 'broker.id': '1', 'log.dirs': '/a,/b', 'num.partitions': '3', 'zookeeper.connect': 'zk:2181 ' });
  });

  it('joins backslash continuations and decodes escapes', () => {
    const props = parseProperties('listeners=A://:1,\\\n    B://:2\nkey\\=with\\:sep=v\\u0041\\tz');
    expect(props).toEqual({ listeners: 'A://:1,B://:2', 'key=with:sep': 'vA\tz' });
  });
});

describe('environmentOverrides', () => {
  it('maps SAMSA_LOG_RETENTION_MS to log.retention.ms and ignores other variables', () => {
    expect(environmentOverrides({ SAMSA_LOG_RETENTION_MS: '1000', PATH: '/bin', KAFKA_X: '1' }))
      .toEqual({ 'log.retention.ms': '1000' });
  });
});

describe('parseCommandLine', () => {
  it('accepts --config, a positional file and repeated --override', () => {
    expect(parseCommandLine(['--config', 'a.properties', '--override', 'x=1', '--override=y=a=b']))
      .toEqual({ configFile: 'a.properties', overrides: { x: '1', y: 'a=b' } });
    expect(parseCommandLine(['b.properties', '--override', 'z=2'])).toEqual({ configFile: 'b.properties', overrides: { z: '2' } });
  });

  it('rejects unknown options and malformed overrides', () => {
    expect(() => parseCommandLine(['--bogus'])).toThrow(/unknown option --bogus/);
    expect(() => parseCommandLine(['--override', 'novalue'])).toThrow(/key=value/);
    expect(() => parseCommandLine(['--override'])).toThrow(/needs a value/);
  });
});

describe('parseBrokerConfig', () => {
  it('applies Kafka 2.x defaults', () => {
    const c = parse();
    expect(c.brokerId).toBe(1);
    expect(c.listeners).toEqual([{ name: 'PLAINTEXT', host: '', port: 9092 }]);
    expect(c.advertisedListeners).toEqual([{ name: 'PLAINTEXT', host: 'broker-host', port: 9092 }]);
    expect(c.interBrokerListenerName).toBe('PLAINTEXT');
    expect(c.zookeeperSessionTimeoutMs).toBe(18_000);
    expect(c.zookeeperConnectionTimeoutMs).toBe(18_000);
    expect(c.numPartitions).toBe(1);
    expect(c.defaultReplicationFactor).toBe(1);
    expect(c.autoCreateTopicsEnable).toBe(true);
    expect(c.deleteTopicEnable).toBe(true);
    expect(c.messageMaxBytes).toBe(1_048_588);
    expect(c.socketRequestMaxBytes).toBe(104_857_600);
    expect(c.adminListeners).toEqual({ host: '0.0.0.0', port: 9644 });
    expect(c.logDefaults.retentionMs).toBe(168 * 3_600_000);
    expect(c.logDefaults.segmentBytes).toBe(1024 ** 3);
    expect(c.logDefaults.segmentMs).toBe(168 * 3_600_000);
    expect(c.logDefaults.maxMessageBytes).toBe(1_048_588);
    expect(c.logDefaults.cleanupPolicy).toBe('delete');
    expect(c.minInsyncReplicas).toBe(1);
    expect(c.uncleanLeaderElectionEnable).toBe(false);
    expect(c.replicaLagTimeMaxMs).toBe(30_000);
    expect(c.logLevel).toBe('info');
    expect(c.adminAuthToken).toBeUndefined();
  });

  it('reads the log cleaner keys, with Kafka defaults and range checks', () => {
    const defaults = parse();
    expect(defaults.logCleaner).toMatchObject({ enable: true, backoffMs: 15_000, dedupeBufferSize: 134_217_728, ioBufferSize: 524_288 });
    expect(defaults.logDefaults).toMatchObject({ minCleanableDirtyRatio: 0.5, deleteRetentionMs: 86_400_000, minCompactionLagMs: 0 });
    const tuned = parse({ 'log.cleaner.enable': 'false', 'log.cleaner.min.cleanable.ratio': '0.05', 'log.cleaner.delete.retention.ms': '1000' });
    expect(tuned.logCleaner.enable).toBe(false);
    expect(tuned.logDefaults).toMatchObject({ minCleanableDirtyRatio: 0.05, deleteRetentionMs: 1000 });
    expect(errorOf(() => parse({ 'log.cleaner.min.cleanable.ratio': '1.5' })).key).toBe('log.cleaner.min.cleanable.ratio');
    expect(errorOf(() => parse({ 'log.cleaner.min.cleanable.ratio': 'half' })).message).toContain('not a number');
  });

  it('reads the transaction coordinator keys, with Kafka defaults and range checks', () => {
    expect(parse()).toMatchObject({
      transactionStateLogNumPartitions: 50, transactionStateLogReplicationFactor: 3, transactionStateLogMinIsr: 2,
      transactionStateLogSegmentBytes: 104_857_600, transactionMaxTimeoutMs: 900_000, transactionalIdExpirationMs: 604_800_000,
      transactionAbortTimedOutTransactionCleanupIntervalMs: 10_000, transactionRemoveExpiredTransactionCleanupIntervalMs: 3_600_000,
      requestTimeoutMs: 30_000,
    });
    expect(parse({ 'transaction.abort.timed.out.transaction.cleanup.interval.ms': '250' }).transactionAbortTimedOutTransactionCleanupIntervalMs).toBe(250);
    expect(errorOf(() => parse({ 'transaction.max.timeout.ms': '0' })).key).toBe('transaction.max.timeout.ms');
    expect(errorOf(() => parse({ 'transaction.state.log.replication.factor': '40000' })).key).toBe('transaction.state.log.replication.factor');
    expect(errorOf(() => parse({ 'transaction.state.log.num.partitions': 'many' })).message).toContain('not an integer');
  });

  it('requires broker.id and zookeeper.connect', () => {
    expect(errorOf(() => parseBrokerConfig({ 'zookeeper.connect': 'zk:2181' })).key).toBe('broker.id');
    expect(errorOf(() => parseBrokerConfig({ 'broker.id': '0' })).key).toBe('zookeeper.connect');
  });

  it('rejects unknown keys, naming them', () => {
    const err = errorOf(() => parse({ 'log.retention.mss': '1' }));
    expect(err.key).toBe('log.retention.mss');
    expect(err.message).toMatch(/log\.retention\.mss.*unknown/);
  });

  it.each([
    ['broker.id', '-1', /minimum 0/],
    ['broker.id', 'one', /not an integer/],
    ['num.partitions', '0', /minimum 1/],
    ['message.max.bytes', '4294967296', /32-bit/],
    ['auto.create.topics.enable', 'yes', /true or false/],
    ['log.message.timestamp.type', 'Now', /CreateTime, LogAppendTime/],
    ['log.level', 'loud', /not one of/],
    ['log.retention.ms', '0', /-1 \(unlimited\)/],
    ['log.cleanup.policy', 'delete,shred', /shred/],
    ['listeners', 'localhost:9092', /NAME:\/\/host:port/],
    ['listeners', 'PLAINTEXT://:70000', /out of range/],
    ['admin.listeners', 'https://0.0.0.0:9644', /only http/],
    ['admin.listeners', 'http://0.0.0.0', /port/],
    ['zookeeper.connect', 'zk', /host:port/],
    ['zookeeper.connect', 'zk:2181/chroot/', /chroot/],
    ['listener.security.protocol.map', 'PLAINTEXT:GSSAPI', /not supported/],
  ])('rejects %s=%s', (key, value, message) => {
    const err = errorOf(() => parse({ [key]: value }));
    expect(err.key).toBe(key);
    expect(err.message).toMatch(message);
  });

  it('follows Kafka precedence for retention: ms > minutes > hours', () => {
    expect(parse({ 'log.retention.hours': '2' }).logDefaults.retentionMs).toBe(7_200_000);
    expect(parse({ 'log.retention.hours': '2', 'log.retention.minutes': '3' }).logDefaults.retentionMs).toBe(180_000);
    expect(parse({ 'log.retention.hours': '2', 'log.retention.minutes': '3', 'log.retention.ms': '5' }).logDefaults.retentionMs).toBe(5);
    expect(parse({ 'log.retention.hours': '-1' }).logDefaults.retentionMs).toBe(-1);
    expect(parse({ 'log.roll.hours': '1', 'log.roll.ms': '99' }).logDefaults.segmentMs).toBe(99);
  });

  it('maps log.* keys onto the topic-level log defaults', () => {
    const c = parse({
      'log.segment.bytes': '2000000', 'log.index.interval.bytes': '100', 'log.index.size.max.bytes': '4096',
      'log.retention.bytes': '5000', 'log.flush.interval.messages': '10', 'log.flush.interval.ms': '20',
      'log.segment.delete.delay.ms': '30', 'log.message.timestamp.type': 'LogAppendTime',
      'min.insync.replicas': '2', 'unclean.leader.election.enable': 'true', 'log.cleanup.policy': 'compact,delete',
    });
    expect(c.logDefaults).toMatchObject({
      segmentBytes: 2_000_000, indexIntervalBytes: 100, segmentIndexBytes: 4096, retentionBytes: 5000,
      flushIntervalMessages: 10, flushIntervalMs: 20, fileDeleteDelayMs: 30, messageTimestampType: 'LogAppendTime',
      minInsyncReplicas: 2, uncleanLeaderElectionEnable: true, cleanupPolicy: 'compact,delete',
    });
  });

  it('prefers log.dirs over log.dir', () => {
    expect(parse({ 'log.dir': '/one' }).logDirs).toEqual(['/one']);
    expect(parse({ 'log.dir': '/one', 'log.dirs': '/a, /b' }).logDirs).toEqual(['/a', '/b']);
  });

  it('supports named listeners with their own advertised addresses', () => {
    const c = parse({
      listeners: 'internal://0.0.0.0:29092,EXTERNAL://0.0.0.0:9092',
      'advertised.listeners': 'INTERNAL://broker1:29092,EXTERNAL://localhost:9092',
      'listener.security.protocol.map': 'INTERNAL:PLAINTEXT,EXTERNAL:PLAINTEXT',
      'inter.broker.listener.name': 'INTERNAL',
    });
    expect(c.listeners.map((l) => l.name)).toEqual(['INTERNAL', 'EXTERNAL']);
    expect(c.advertisedListeners).toEqual([
      { name: 'INTERNAL', host: 'broker1', port: 29092 },
      { name: 'EXTERNAL', host: 'localhost', port: 9092 },
    ]);
    expect(c.interBrokerListenerName).toBe('INTERNAL');
  });

  it('reads control.plane.listener.name (KIP-291), unset by default', () => {
    expect(parse({}).controlPlaneListenerName).toBeUndefined();
    const c = parse({ listeners: 'PLAINTEXT://h:9092,CONTROLLER://h:9093', 'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT', 'control.plane.listener.name': 'controller' });
    expect(c.controlPlaneListenerName).toBe('CONTROLLER');
  });

  it('maps listener names to wire protocols: KAFKA speaks Kafka by default, every other listener protobuf', () => {
    const c = parse({ listeners: 'PLAINTEXT://h:9092,KAFKA://h:19092' });
    expect(wireProtocolOf(c, 'KAFKA')).toBe('kafka');
    expect(wireProtocolOf(c, 'PLAINTEXT')).toBe('protobuf');
    expect(c.listenerSecurityProtocolMap.KAFKA).toBe('PLAINTEXT');
    const custom = parse({
      listeners: 'PLAINTEXT://h:9092,CLIENTS://h:19092', 'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CLIENTS:PLAINTEXT',
      'listener.wire.protocol.map': 'clients:Kafka',
    });
    expect([wireProtocolOf(custom, 'CLIENTS'), wireProtocolOf(custom, 'KAFKA'), wireProtocolOf(custom, 'PLAINTEXT')]).toEqual(['kafka', 'protobuf', 'protobuf']);
  });

  it('parses bracketed IPv6 listener hosts', () => {
    expect(parse({ listeners: 'PLAINTEXT://[::1]:9092' }).listeners[0]).toEqual({ name: 'PLAINTEXT', host: '::1', port: 9092 });
  });

  it.each([
    [{ 'message.max.bytes': '2000000', 'log.segment.bytes': '1000000' }, 'message.max.bytes', /log\.segment\.bytes/],
    [{ 'socket.request.max.bytes': '1000' }, 'socket.request.max.bytes', /message\.max\.bytes/],
    [{ listeners: 'INTERNAL://:1' }, 'listener.security.protocol.map', /INTERNAL/],
    [{ listeners: 'PLAINTEXT://:9092', 'advertised.listeners': 'OTHER://h:1', 'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,OTHER:PLAINTEXT' }, 'advertised.listeners', /OTHER/],
    [{ listeners: 'PLAINTEXT://0.0.0.0:9092' }, 'advertised.listeners', /non-routable/],
    [{ 'inter.broker.listener.name': 'INTERNAL' }, 'inter.broker.listener.name', /INTERNAL/],
    [{ listeners: 'A://:1,B://:1', 'listener.security.protocol.map': 'A:PLAINTEXT,B:PLAINTEXT', 'inter.broker.listener.name': 'A' }, 'listeners', /different port/],
    [{ listeners: 'PLAINTEXT://:9644' }, 'admin.listeners', /already used/],
    [{ 'log.dirs': '/a,/a' }, 'log.dirs', /more than once/],
    [{ 'control.plane.listener.name': 'CONTROLLER' }, 'control.plane.listener.name', /CONTROLLER must be one of the listeners \(PLAINTEXT\)/],
    [{ listeners: 'PLAINTEXT://:9092,CONTROLLER://:9093', 'advertised.listeners': 'PLAINTEXT://h:9092', 'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT', 'control.plane.listener.name': 'controller' }, 'control.plane.listener.name', /advertised/],
    [{ 'control.plane.listener.name': 'PLAINTEXT', listeners: 'PLAINTEXT://h:9092' }, 'control.plane.listener.name', /inter\.broker\.listener\.name/],
    [{ listeners: 'PLAINTEXT://:9092,CONTROLLER://:9093', 'control.plane.listener.name': 'CONTROLLER' }, 'listener.security.protocol.map', /CONTROLLER/],
    [{ 'listener.wire.protocol.map': 'KAFKA:thrift' }, 'listener.wire.protocol.map', /thrift/],
    [{ 'listener.wire.protocol.map': 'KAFKA' }, 'listener.wire.protocol.map', /NAME:WIRE/],
    [{ 'listener.wire.protocol.map': 'A:kafka,a:protobuf' }, 'listener.wire.protocol.map', /more than once/],
    [{ listeners: 'KAFKA://h:19092', 'inter.broker.listener.name': 'KAFKA' }, 'inter.broker.listener.name', /brokers talk to each other in protobuf/],
    [{ listeners: 'PLAINTEXT://h:9092,KAFKA://h:19092', 'control.plane.listener.name': 'KAFKA' }, 'control.plane.listener.name', /brokers talk to each other in protobuf/],
  ])('cross-checks %j', (extra, key, message) => {
    const err = errorOf(() => parse(extra));
    expect(err.key).toBe(key);
    expect(err.message).toMatch(message);
  });

  it('masks the admin token when described', () => {
    expect(describeBrokerConfig(parse({ 'admin.auth.token': 's3cret' })).adminAuthToken).toBe('[hidden]');
  });
});

describe('loadBrokerConfig', () => {
  const file = 'broker.id=1\nzookeeper.connect=zk:2181\nlog.retention.ms=100\nnum.partitions=2\n';

  it('reads the file named by --config or the first positional argument', async () => {
    expect((await load(['--config', 's.properties'], {}, { 's.properties': file })).numPartitions).toBe(2);
    expect((await load(['s.properties'], {}, { 's.properties': file })).numPartitions).toBe(2);
  });

  it('gives environment precedence over the file and --override precedence over both', async () => {
    const files = { 's.properties': file };
    const env = { SAMSA_LOG_RETENTION_MS: '200', SAMSA_NUM_PARTITIONS: '3' };
    const c = await load(['s.properties', '--override', 'num.partitions=4'], env, files);
    expect(c.logDefaults.retentionMs).toBe(200);
    expect(c.numPartitions).toBe(4);
  });

  it('starts from overrides alone (the test harness form)', async () => {
    const c = await load([
      '--override', 'broker.id=1', '--override', 'zookeeper.connect=127.0.0.1:2181/x', '--override', 'log.dirs=/tmp/d',
      '--override', 'listeners=PLAINTEXT://127.0.0.1:19092', '--override', 'admin.listeners=http://127.0.0.1:19644',
    ]);
    expect(c.zookeeperConnect).toBe('127.0.0.1:2181/x');
    expect(c.advertisedListeners).toEqual([{ name: 'PLAINTEXT', host: '127.0.0.1', port: 19092 }]);
    expect(c.adminListeners).toEqual({ host: '127.0.0.1', port: 19644 });
  });

  it('leaves SAMSA_ variables that name no broker key to the tools that own them', async () => {
    const c = await load(['--override', 'broker.id=1', '--override', 'zookeeper.connect=zk:1'],
      { SAMSA_BOOTSTRAP_SERVER: 'h:1', SAMSA_TEST_ZK_CONNECT: 'zk:2', SAMSA_NUM_PARTITIONS: '4' });
    expect(c.numPartitions).toBe(4);
    expect(c.zookeeperConnect).toBe('zk:1');
  });

  it('names an unknown key from --override', async () => {
    await expect(load(['--override', 'broker.id=1', '--override', 'zookeeper.connect=zk:1', '--override', 'no.such.key=1']))
      .rejects.toThrow(/no\.such\.key/);
  });

  it('reports an unreadable file', async () => {
    await expect(load(['missing.properties'])).rejects.toThrow(/cannot read configuration file missing\.properties/);
  });
});

describe('logConfigDefaults', () => {
  it("are Kafka 2.x's topic defaults, derived from the broker key table", () => {
    const weekMs = 7 * 24 * 3600 * 1000;
    expect(logConfigDefaults).toEqual({
      segmentBytes: 1024 * 1024 * 1024, segmentMs: weekMs, segmentIndexBytes: 10 * 1024 * 1024, indexIntervalBytes: 4096,
      retentionMs: weekMs, retentionBytes: -1, flushIntervalMessages: Number.MAX_SAFE_INTEGER, flushIntervalMs: Number.MAX_SAFE_INTEGER,
      fileDeleteDelayMs: 60_000, messageTimestampType: 'CreateTime', maxMessageBytes: 1_048_588, cleanupPolicy: 'delete',
      minInsyncReplicas: 1, uncleanLeaderElectionEnable: false, deleteRetentionMs: 24 * 3600 * 1000, minCleanableDirtyRatio: 0.5,
      minCompactionLagMs: 0, maxCompactionLagMs: Number.MAX_SAFE_INTEGER,
    });
    expect(parseBrokerConfig({ 'broker.id': '1', 'zookeeper.connect': 'zk:2181' }).logDefaults).toEqual(logConfigDefaults);
  });
});

describe('ZooKeeper security keys', () => {
  it('is unauthenticated with open ACLs by default, as Kafka', () => {
    expect(parse().zookeeperSecurity).toEqual({ setAcl: false });
  });

  it('takes the digest credentials from SAMSA_ZOOKEEPER_AUTH_DIGEST, keeping the secret out of the command line', async () => {
    const c = await load(['--override', 'broker.id=1', '--override', 'zookeeper.connect=zk:2181', '--override', 'zookeeper.set.acl=true'],
      { SAMSA_ZOOKEEPER_AUTH_DIGEST: 'broker:pa:ss' });
    expect(c.zookeeperSecurity).toEqual({ authDigest: 'broker:pa:ss', setAcl: true });
  });

  it.each([
    [{ 'zookeeper.set.acl': 'true' }, 'zookeeper.set.acl', /does not authenticate to ZooKeeper/],
    [{ 'zookeeper.auth.digest': 'nopassword' }, 'zookeeper.auth.digest', /user:password/],
    [{ 'zookeeper.auth.digest': ':secret' }, 'zookeeper.auth.digest', /non-empty user/],
    [{ 'zookeeper.auth.digest': 'broker:' }, 'zookeeper.auth.digest', /non-empty password/],
  ])('refuses %j', (extra, key, message) => {
    const err = errorOf(() => parse(extra));
    expect(err.key).toBe(key);
    expect(err.message).toMatch(message);
  });

  it('masks the digest credentials when described', () => {
    const described = describeBrokerConfig(parse({ 'zookeeper.auth.digest': 'broker:s3cret', 'zookeeper.set.acl': 'true' }));
    expect(JSON.stringify(described)).not.toContain('s3cret');
  });
});
