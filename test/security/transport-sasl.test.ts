/**
 * SASL_SSL on a 3-broker cluster whose brokers also talk to each other over SASL_SSL with
 * SCRAM-SHA-512 (security.inter.broker.protocol): replication with acks=all and RF=3, a consumer
 * group and a transaction all work; SCRAM-SHA-256/512 users come from ZooKeeper
 * (/config/users, refreshed by /config/changes notifications), PLAIN users from JAAS. Wrong
 * passwords, unknown users, a client that skips the handshake, replayed, truncated and
 * reordered SCRAM messages and a foreign nonce are refused after
 * connection.failed.authentication.delay.ms while the brokers keep serving a good client.
 */

import { randomBytes } from 'node:crypto';
import { Samsa, SamsaAuthenticationError, type SaslOptions } from '../../client';
import { BrokerConnection } from '../../client/network/connection';
import { ApiKey } from '../../proto/api';
import { ErrorCode } from '../../proto/errors';
import { formatClientFinalWithoutProof, formatClientFirst } from '../../proto/scram-messages';
import { readPartition } from '../transactions/client-support';
import { brokerJaas, brokerTlsOverrides, makeTestCerts, type TestCerts } from '../fixtures/certs';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { notifyUserChange, writeScramUser } from './helpers';

const waitMs = 60_000;
const failedAuthenticationDelayMs = 300;

interface AuthResponse { errorCode?: number; errorMessage?: string; authBytes?: Uint8Array; mechanisms?: string[] }

describe('SASL_SSL listeners and SASL_SSL between brokers', () => {
  let certs: TestCerts;
  let cluster: TestCluster;
  let alice: Samsa;

  const client = (sasl: SaslOptions, clientId = `sasl-${sasl.username}`): Samsa =>
    new Samsa({ brokers: cluster.bootstrap.split(','), clientId, ssl: { ca: certs.ca }, sasl, retry: { retries: 2 } });

  /** A TLS connection that has not authenticated: the raw SASL exchange is the test's. */
  const rawConnection = (): BrokerConnection =>
    new BrokerConnection({ host: '127.0.0.1', port: cluster.brokers[0]!.port, clientId: 'sasl-raw', tls: { ca: certs.ca }, requestTimeoutMs: 10_000 });

  async function stillServes(): Promise<void> {
    const admin = alice.admin();
    await admin.connect();
    try {
      expect((await admin.describeCluster()).brokers).toHaveLength(3);
    } finally {
      await admin.disconnect();
    }
  }

  beforeAll(async () => {
    certs = makeTestCerts();
    const adminLogin = { username: 'admin', password: 'admin-secret' };
    cluster = await startCluster({
      brokers: 3, name: 'transport-sasl', securityProtocols: { PLAINTEXT: 'SASL_SSL', KAFKA: 'SASL_SSL' },
      overrides: {
        ...brokerTlsOverrides(certs),
        'sasl.enabled.mechanisms': 'PLAIN,SCRAM-SHA-256,SCRAM-SHA-512',
        'sasl.mechanism.inter.broker.protocol': 'SCRAM-SHA-512',
        'listener.name.plaintext.scram-sha-512.sasl.jaas.config': brokerJaas(adminLogin),
        'listener.name.plaintext.plain.sasl.jaas.config': brokerJaas({ module: 'plain', ...adminLogin, plainUsers: { carol: 'carol-secret' } }),
        'listener.name.kafka.plain.sasl.jaas.config': brokerJaas({ module: 'plain', ...adminLogin, plainUsers: { carol: 'carol-secret' } }),
        'connection.failed.authentication.delay.ms': failedAuthenticationDelayMs,
        'offsets.topic.replication.factor': 3, 'transaction.state.log.replication.factor': 3,
        'offsets.topic.num.partitions': 3, 'transaction.state.log.num.partitions': 3,
        'group.initial.rebalance.delay.ms': 0,
      },
      beforeBrokersStart: async (zk) => {
        await writeScramUser(zk, 'admin', 'admin-secret');
        await writeScramUser(zk, 'alice', 'alice-secret');
        await writeScramUser(zk, 'bob', 'bob-secret', ['SCRAM-SHA-256']);
      },
    });
    alice = client({ mechanism: 'scram-sha-512', username: 'alice', password: 'alice-secret' });
  }, 120_000);

  afterAll(async () => {
    await cluster?.stop();
    certs?.remove();
  });

  it('replicates acks=all writes at RF=3 and serves a consumer group, as alice over SCRAM-SHA-512', async () => {
    const admin = alice.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'sasl-rf3', numPartitions: 2, replicationFactor: 3, configEntries: [{ name: 'min.insync.replicas', value: '3' }] }], waitForLeaders: true, timeoutMs: waitMs });
    await admin.disconnect();
    const producer = alice.producer({ acks: -1 });
    await producer.connect();
    const values = Array.from({ length: 20 }, (_, i) => `v${i}`);
    const results = await producer.send({ topic: 'sasl-rf3', messages: values.map((value, i) => ({ key: `k${i}`, value })) });
    await producer.disconnect();
    expect(results.every((r) => r.errorCode === 0)).toBe(true);

    const seen = new Set<string>();
    const consumer = alice.consumer({ groupId: 'sasl-group', sessionTimeoutMs: 10_000, heartbeatIntervalMs: 1_000 });
    await consumer.connect();
    await consumer.subscribe({ topics: ['sasl-rf3'], fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void seen.add(message.value?.toString() ?? '') });
    try {
      await waitFor(() => Promise.resolve(seen.size === values.length ? true : undefined), { timeoutMs: waitMs, intervalMs: 100, description: 'the group to read every record' });
    } finally {
      await consumer.disconnect();
    }
    expect([...seen].sort()).toEqual([...values].sort());
  }, 120_000);

  it('commits a transaction that read_committed consumers then read', async () => {
    const admin = alice.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'sasl-txn', numPartitions: 1, replicationFactor: 3 }], waitForLeaders: true, timeoutMs: waitMs });
    await admin.disconnect();
    const producer = alice.producer({ transactionalId: 'sasl-tx' });
    await producer.connect();
    try {
      const tx = await producer.transaction();
      await tx.send({ topic: 'sasl-txn', messages: [{ value: 'one' }, { value: 'two' }] });
      await tx.commit();
    } finally {
      await producer.disconnect();
    }
    const read = await readPartition(alice, 'sasl-txn', 'read_committed', { count: 2, timeoutMs: waitMs });
    expect(read.values).toEqual(['one', 'two']);
  }, 120_000);

  it.each([
    ['SCRAM-SHA-256 (bob)', { mechanism: 'scram-sha-256', username: 'bob', password: 'bob-secret' }],
    ['PLAIN (carol, from JAAS)', { mechanism: 'plain', username: 'carol', password: 'carol-secret' }],
  ] as const)('authenticates %s', async (_label, sasl) => {
    const admin = client(sasl).admin();
    await admin.connect();
    try {
      expect((await admin.describeCluster()).brokers).toHaveLength(3);
    } finally {
      await admin.disconnect();
    }
  });

  it.each([
    ['a wrong SCRAM password', { mechanism: 'scram-sha-512', username: 'alice', password: 'wrong' }],
    ['an unknown SCRAM user', { mechanism: 'scram-sha-512', username: 'nobody', password: 'whatever' }],
    ['a user without a credential for the mechanism', { mechanism: 'scram-sha-512', username: 'bob', password: 'bob-secret' }],
    ['a wrong PLAIN password', { mechanism: 'plain', username: 'carol', password: 'wrong' }],
    ['an unknown PLAIN user', { mechanism: 'plain', username: 'nobody', password: 'whatever' }],
  ] as const)('refuses %s with a non-retriable error after the failed-authentication delay', async (_label, sasl) => {
    const admin = client(sasl, 'sasl-refused').admin();
    const startMs = Date.now();
    const err = await admin.connect().then(() => admin.describeCluster()).catch((e: unknown) => e);
    const elapsedMs = Date.now() - startMs;
    await admin.disconnect();
    expect(err).toBeInstanceOf(SamsaAuthenticationError);
    expect((err as SamsaAuthenticationError).retriable).toBe(false);
    expect((err as Error).message).toMatch(/Invalid username or password/);
    expect(elapsedMs).toBeGreaterThanOrEqual(failedAuthenticationDelayMs);
    await stillServes();
  });

  describe('raw SASL exchanges', () => {
    let conn: BrokerConnection;
    const handshake = (mechanism: string) => conn.send<AuthResponse>(ApiKey.SaslHandshake, { mechanism });
    const authenticate = (token: string) => conn.send<AuthResponse>(ApiKey.SaslAuthenticate, { authBytes: Buffer.from(token, 'utf8') });
    const serverFirstOf = (r: AuthResponse) => Buffer.from(r.authBytes ?? []).toString('utf8');

    beforeEach(() => { conn = rawConnection(); });
    afterEach(async () => {
      conn.close();
      await stillServes();
    });

    it('closes a connection that sends another request before authenticating, unanswered', async () => {
      await expect(conn.send(ApiKey.Metadata, { topics: [], allTopics: true })).rejects.toThrow(/closed/);
    });

    it('serves ApiVersions before authentication', async () => {
      const versions = await conn.send<{ apiKeys: Array<{ apiKey: number }> }>(ApiKey.ApiVersions, {});
      expect(versions.apiKeys.map((k) => k.apiKey)).toEqual(expect.arrayContaining([ApiKey.SaslHandshake, ApiKey.SaslAuthenticate]));
    });

    it('answers an unsupported mechanism with UNSUPPORTED_SASL_MECHANISM and the enabled list, then closes', async () => {
      const r = await handshake('GSSAPI');
      expect(r.errorCode).toBe(ErrorCode.UNSUPPORTED_SASL_MECHANISM);
      expect(r.mechanisms).toEqual(['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512']);
      await expect(conn.send(ApiKey.ApiVersions, {})).rejects.toThrow(/closed/);
    });

    it('refuses SaslAuthenticate before SaslHandshake', async () => {
      const r = await authenticate(formatClientFirst('alice', 'abc'));
      expect(r.errorCode).toBe(ErrorCode.ILLEGAL_SASL_STATE);
      await expect(conn.send(ApiKey.ApiVersions, {})).rejects.toThrow(/closed/);
    });

    it.each([
      ['a replayed client-first message', (first: string) => first],
      ['a truncated client-final message', (_first: string, nonce: string) => `${formatClientFinalWithoutProof('n,,', nonce)},p=AAAA`.slice(0, -6)],
      ['a client-final message with a foreign nonce', () => `${formatClientFinalWithoutProof('n,,', 'not-the-nonce')},p=${randomBytes(64).toString('base64')}`],
      ['a client-final message with a forged proof', (_first: string, nonce: string) => `${formatClientFinalWithoutProof('n,,', nonce)},p=${randomBytes(64).toString('base64')}`],
    ])('fails SCRAM on %s and closes the connection', async (_label, second) => {
      expect((await handshake('SCRAM-SHA-512')).errorCode).toBe(ErrorCode.NONE);
      const first = formatClientFirst('alice', randomBytes(18).toString('base64'));
      const firstResponse = await authenticate(first);
      expect(firstResponse.errorCode).toBe(ErrorCode.NONE);
      const nonce = /^r=([^,]+),/.exec(serverFirstOf(firstResponse))![1]!;
      const startMs = Date.now();
      const r = await authenticate(second(first, nonce));
      expect(r.errorCode).toBe(ErrorCode.SASL_AUTHENTICATION_FAILED);
      expect(Date.now() - startMs).toBeGreaterThanOrEqual(failedAuthenticationDelayMs);
      await expect(conn.send(ApiKey.ApiVersions, {})).rejects.toThrow(/closed/);
    });

    it('fails SCRAM on a client-final message sent first (reordered)', async () => {
      expect((await handshake('SCRAM-SHA-512')).errorCode).toBe(ErrorCode.NONE);
      const r = await authenticate(`${formatClientFinalWithoutProof('n,,', 'abc')},p=${randomBytes(64).toString('base64')}`);
      expect(r.errorCode).toBe(ErrorCode.SASL_AUTHENTICATION_FAILED);
    });
  });

  it('moves leadership away through the controller over SASL_SSL when a broker stops (controlled shutdown), and the broker rejoins', async () => {
    const controllerId = await cluster.waitForController();
    const stopping = cluster.brokers.find((b) => b.brokerId !== controllerId)!;
    await stopping.stop();
    expect(await stopping.logTail(400)).toContain('controlled shutdown succeeded');
    await stopping.start();
    await stopping.waitForReady();
    const admin = alice.admin();
    await admin.connect();
    try {
      await waitFor(async () => {
        const { topics } = await admin.fetchTopicMetadata({ topics: ['sasl-rf3'] });
        return topics[0]!.partitions.every((p) => p.isr.length === 3) ? true : undefined;
      }, { timeoutMs: waitMs, intervalMs: 250, description: `broker ${stopping.brokerId} back in every ISR (fetching over SASL_SSL)` });
    } finally {
      await admin.disconnect();
    }
  }, 120_000);

  it('authenticates a user created and then deleted through AlterUserScramCredentials (KIP-554) as soon as the brokers see each change', async () => {
    const admin = alice.admin();
    await admin.connect();
    const erin = { mechanism: 'scram-sha-256', username: 'erin', password: 'erin-secret' } as const;
    const canConnect = async (): Promise<boolean> => {
      const probe = client(erin, 'sasl-erin').admin();
      try {
        await probe.connect();
        await probe.describeCluster();
        return true;
      } catch (err) {
        if (err instanceof SamsaAuthenticationError) return false;
        throw err;
      } finally {
        await probe.disconnect();
      }
    };
    try {
      await admin.alterUserScramCredentials({ upsertions: [{ user: 'erin', mechanism: 'SCRAM-SHA-256', password: 'erin-secret' }] });
      await waitFor(async () => ((await canConnect()) ? true : undefined), { timeoutMs: waitMs, intervalMs: 200, description: 'erin accepted' });
      await admin.alterUserScramCredentials({ deletions: [{ user: 'erin', mechanism: 'SCRAM-SHA-256' }] });
      await waitFor(async () => ((await canConnect()) ? undefined : true), { timeoutMs: waitMs, intervalMs: 200, description: 'erin refused after the deletion' });
    } finally {
      await admin.disconnect();
    }
  }, 120_000);

  it('follows credential changes through /config/changes: the old password stops working, the new one works', async () => {
    await writeScramUser(cluster.zk, 'dave', 'dave-old');
    await notifyUserChange(cluster.zk, 'dave');
    const probe = async (password: string): Promise<boolean> => {
      const admin = client({ mechanism: 'scram-sha-256', username: 'dave', password }, 'sasl-dave').admin();
      try {
        await admin.connect();
        await admin.describeCluster();
        return true;
      } catch (err) {
        if (err instanceof SamsaAuthenticationError) return false;
        throw err;
      } finally {
        await admin.disconnect();
      }
    };
    expect(await probe('dave-old')).toBe(true);
    await writeScramUser(cluster.zk, 'dave', 'dave-new');
    await notifyUserChange(cluster.zk, 'dave');
    await waitFor(async () => ((await probe('dave-new')) ? true : undefined), { timeoutMs: waitMs, intervalMs: 200, description: 'the new password accepted' });
    expect(await probe('dave-old')).toBe(false);
  }, 120_000);
});
