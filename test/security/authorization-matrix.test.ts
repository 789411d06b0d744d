/**
 * The authorization matrix with real principals: a broker whose protobuf listener is
 * SASL_PLAINTEXT (SCRAM-SHA-256 users in /config/users; the brokers talk to each other as
 * User:admin, listed in super.users), a second protobuf listener on PLAINTEXT for the anonymous
 * principal, Kafka's AclAuthorizer with allow.everyone.if.no.acl.found=false, and ACLs in
 * ZooKeeper in Kafka's format:
 *   User:admin      super user
 *   User:producer   Write and Describe on topic t, IdempotentWrite on the cluster
 *   User:consumer   Read on topic t and group g
 *   User:mallory    no credential: SASL_AUTHENTICATION_FAILED before any request
 *   User:ANONYMOUS  the PLAINTEXT listener, no ACL
 * Every principal x API x resource cell (matrix-cells.ts) gets its expected outcome; a refusal
 * has Kafka's code and changes nothing. The totals are printed.
 */
import pino from 'pino';
import { Samsa } from '../../client';
import { saslAuthenticate, SaslClientError } from '../../client/network/sasl-client';
import { ApiKey } from '../../proto/api';
import { ErrorCode, errorName } from '../../proto/errors';
import { AclOperation, AclPermissionType, PatternType, ResourceType, type AccessControlEntry, type ResourcePattern } from '../../broker/security/acl';
import { ZkAclStore } from '../../zk/acl-store';
import { ZooKeeperClient } from '../../zk/zookeeper-client';
import { brokerJaas } from '../fixtures/certs';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { writeScramUser } from './helpers';
import { formatTotals, matrixCells, runMatrix } from './matrix-cells';
import type { Principal } from './matrix-cluster';
import { RawConnection } from './raw-connection';

const setupWaitMs = 30_000;
const mechanism = 'SCRAM-SHA-256';
const passwords = { admin: 'admin-secret', producer: 'producer-secret', consumer: 'consumer-secret' } as const;
const userOf: Record<Exclude<Principal, 'anonymous'>, keyof typeof passwords> = { super: 'admin', producer: 'producer', consumer: 'consumer' };

const grant = (user: string, operation: AclOperation): AccessControlEntry => ({ principal: `User:${user}`, host: '*', operation, permissionType: AclPermissionType.ALLOW });
const literal = (resourceType: ResourceType, name: string): ResourcePattern => ({ resourceType, name, patternType: PatternType.LITERAL });

const acls: ReadonlyArray<[ResourcePattern, AccessControlEntry[]]> = [
  [literal(ResourceType.CLUSTER, 'kafka-cluster'), [grant('producer', AclOperation.IDEMPOTENT_WRITE)]],
  [literal(ResourceType.TOPIC, 't'), [grant('producer', AclOperation.WRITE), grant('producer', AclOperation.DESCRIBE), grant('consumer', AclOperation.READ)]],
  [literal(ResourceType.GROUP, 'g'), [grant('consumer', AclOperation.READ)]],
];

/** Authenticates `conn` with SCRAM; resolves with the SaslAuthenticate error code (0 when authenticated). */
async function authenticate(conn: RawConnection, username: string, password: string): Promise<number> {
  let refusal: number = ErrorCode.NONE;
  try {
    await saslAuthenticate({
      handshake: async (name) => {
        const r = await conn.send(ApiKey.SaslHandshake, { mechanism: name });
        return { errorCode: r?.body.errorCode ?? -1, mechanisms: r?.body.mechanisms ?? [] };
      },
      authenticate: async (authBytes) => {
        const r = await conn.send(ApiKey.SaslAuthenticate, { authBytes });
        refusal = r?.body.errorCode ?? -1;
        return { errorCode: refusal, errorMessage: r?.body.errorMessage ?? '', authBytes: Buffer.from(r?.body.authBytes ?? []) };
      },
    }, { mechanism, username, password });
  } catch (err) {
    if (!(err instanceof SaslClientError)) throw err;
  }
  return refusal;
}

describe('authorization matrix (SASL principals, AclAuthorizer, real broker)', () => {
  let cluster: TestCluster;
  let saslPort: number;
  let plaintextPort: number;
  let superConn: RawConnection;

  const open = async (principal: Principal): Promise<RawConnection> => {
    if (principal === 'anonymous') return RawConnection.open(plaintextPort, '127.0.0.1');
    const conn = await RawConnection.open(saslPort, '127.0.0.1');
    const user = userOf[principal];
    const code = await authenticate(conn, user, passwords[user]);
    if (code !== ErrorCode.NONE) throw new Error(`${user} could not authenticate: ${errorName(code)}`);
    return conn;
  };

  async function writeAcls(): Promise<void> {
    const zk = await ZooKeeperClient.connect({ connect: cluster.zkConnect, sessionTimeoutMs: 10_000, logger: pino({ level: 'silent' }) });
    try {
      const store = new ZkAclStore(zk);
      await store.ensurePaths();
      for (const [pattern, entries] of acls) {
        await store.createIfNotExists(pattern, entries);
        await store.createChangeNotification(pattern);
      }
    } finally {
      await zk.close();
    }
  }

  beforeAll(async () => {
    cluster = await startCluster({
      brokers: 1, name: 'authz-matrix-sasl', securityProtocols: { PLAINTEXT: 'SASL_PLAINTEXT', KAFKA: 'PLAINTEXT' },
      overrides: {
        // The second listener speaks protobuf too: the anonymous row's PLAINTEXT listener.
        'listener.wire.protocol.map': 'KAFKA:protobuf',
        'inter.broker.listener.name': 'PLAINTEXT',
        'sasl.enabled.mechanisms': mechanism, 'sasl.mechanism.inter.broker.protocol': mechanism,
        'listener.name.plaintext.scram-sha-256.sasl.jaas.config': brokerJaas({ username: 'admin', password: passwords.admin }),
        'connection.failed.authentication.delay.ms': 20,
        'authorizer.class.name': 'kafka.security.authorizer.AclAuthorizer', 'super.users': 'User:admin',
        'allow.everyone.if.no.acl.found': false, 'auto.create.topics.enable': true,
      },
      beforeBrokersStart: async (zk) => {
        for (const [user, password] of Object.entries(passwords)) await writeScramUser(zk, user, password, [mechanism]);
      },
    });
    saslPort = cluster.brokers[0]!.port;
    plaintextPort = cluster.brokers[0]!.kafkaPort;
    const admin = new Samsa({
      brokers: cluster.bootstrap.split(','), clientId: 'authz-matrix-setup', sasl: { mechanism: 'scram-sha-256', username: 'admin', password: passwords.admin },
    }).admin();
    await admin.connect();
    try {
      await admin.createTopics({ topics: ['t', 'secret'].map((topic) => ({ topic, numPartitions: 1, replicationFactor: 1 })), waitForLeaders: true, timeoutMs: setupWaitMs });
    } finally {
      await admin.disconnect();
    }
    await writeAcls();
    superConn = await open('super');
    const producerConn = await open('producer');
    try {
      // The broker follows /kafka-acl-changes: wait until the producer may see t.
      await waitFor(async () => ((await producerConn.send(ApiKey.Metadata, { topics: ['t'] }))!.body.topics[0].errorCode ?? 0) === 0,
        { timeoutMs: setupWaitMs, description: 'the ACLs to reach the broker' });
    } finally {
      producerConn.close();
    }
    await waitFor(async () => {
      await superConn.send(ApiKey.FindCoordinator, { key: 'g', keyType: 0 }); // the first one creates the offsets topic
      const r = await superConn.send(ApiKey.OffsetCommit, { groupId: 'g', generationId: -1, topics: [{ name: 't', partitions: [{ partition: 0, committedOffset: 5, committedLeaderEpoch: -1 }] }] });
      return (r!.body.topics?.[0]?.partitions?.[0]?.errorCode ?? 0) === 0;
    }, { timeoutMs: setupWaitMs, description: 'the group coordinator of g' });
  }, 120_000);

  afterAll(async () => {
    superConn?.close();
    await cluster?.stop();
  });

  it('answers every principal x API x resource cell as Kafka does, and a refused request changes nothing', async () => {
    const cells = matrixCells(superConn);
    const { totals, mismatches } = await runMatrix(['super', 'producer', 'consumer', 'anonymous'], open, cells);
    // User:mallory has no credential: every API is refused at SaslAuthenticate and the connection closes unanswered.
    for (const cell of cells) {
      const conn = await RawConnection.open(saslPort, '127.0.0.1');
      try {
        const before = await cell.state?.();
        const code = await authenticate(conn, 'mallory', 'guess');
        const outcome = errorName(code);
        totals.cells++;
        totals.refused[outcome] = (totals.refused[outcome] ?? 0) + 1;
        if (code !== ErrorCode.SASL_AUTHENTICATION_FAILED) mismatches.push(`unknown ${cell.api} ${cell.resource}: expected SASL_AUTHENTICATION_FAILED, got ${outcome}`);
        const answered = conn.isClosed ? undefined : await cell.run(conn).catch(() => undefined);
        if (answered !== undefined) mismatches.push(`unknown ${cell.api} ${cell.resource}: answered ${answered} after a failed authentication`);
        const after = await cell.state?.();
        if (JSON.stringify(after) !== JSON.stringify(before)) mismatches.push(`unknown ${cell.api} ${cell.resource}: changed ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
      } finally {
        conn.close();
      }
    }
    process.stdout.write(`authorization matrix (SASL principals): ${formatTotals(totals)}\n`);
    expect(mismatches).toEqual([]);
    expect(totals.cells).toBeGreaterThan(130);
  }, 240_000);
});
