/**
 * The kill loop (kill-loop.ts) on a secured cluster: every listener SASL_SSL with SCRAM-SHA-512,
 * brokers replicating and taking controller requests from each other over SASL_SSL as a super
 * user of the AclAuthorizer, ZooKeeper znodes written under zookeeper.set.acl. SIGKILLed brokers
 * come back to re-register under the secured /brokers/ids and re-authenticate to each other; the
 * same durability checks must hold as on a plaintext cluster.
 */
import { BrokerConnection } from '../../client/network/connection';
import { brokerJaas, brokerTlsOverrides, makeTestCerts, type TestCerts } from '../fixtures/certs';
import { startCluster, type TestCluster } from '../fixtures/cluster';
import { writeScramUser } from '../security/helpers';
import type { ClientSecurity, Workload } from './harness';
import { killLoopOverrides, killLoopReplicas, killLoopTimeoutMs, runKillLoop, type KillLoopAccess } from './kill-loop';

const admin = { username: 'admin', password: 'admin-secret' };
const zkDigest = 'samsa-broker:chaos-zk-secret';
const rawRequestTimeoutMs = 20_000;

describe('kill loop on a secured cluster (SASL_SSL everywhere, ACLs, zookeeper.set.acl)', () => {
  let certs: TestCerts | undefined;
  let cluster: TestCluster | undefined;
  let workload: Workload | undefined;

  beforeAll(async () => {
    certs = makeTestCerts();
    cluster = await startCluster({
      brokers: killLoopReplicas, name: 'chaos-kill-loop-secured', sessionTimeoutMs: 6_000,
      securityProtocols: { PLAINTEXT: 'SASL_SSL', KAFKA: 'SASL_SSL' },
      overrides: {
        ...killLoopOverrides, ...brokerTlsOverrides(certs),
        'sasl.enabled.mechanisms': 'SCRAM-SHA-512', 'sasl.mechanism.inter.broker.protocol': 'SCRAM-SHA-512',
        'sasl.jaas.config': brokerJaas(admin),
        'authorizer.class.name': 'kafka.security.authorizer.AclAuthorizer', 'super.users': `User:${admin.username}`,
        'zookeeper.set.acl': true, 'zookeeper.auth.digest': zkDigest,
      },
      beforeBrokersStart: (zk) => writeScramUser(zk, admin.username, admin.password, ['SCRAM-SHA-512']),
    });
  }, 120_000);

  afterAll(async () => {
    await workload?.stop().catch(() => undefined);
    await cluster?.stop();
    certs?.remove();
  });

  it('keeps every acknowledged record exactly once, in order, at its offset; replicas identical below the HW', async () => {
    const ca = certs!.ca;
    const client: ClientSecurity = { ssl: { ca }, sasl: { mechanism: 'scram-sha-512', ...admin } };
    const access: KillLoopAccess = {
      client,
      connect: (broker, clientId) => new BrokerConnection({
        host: '127.0.0.1', port: broker.port, clientId, requestTimeoutMs: rawRequestTimeoutMs, tls: { ca }, sasl: { mechanism: 'SCRAM-SHA-512', ...admin },
      }),
    };
    await runKillLoop(cluster!, access, (w) => {
      workload = w;
    });
  }, killLoopTimeoutMs);
});
