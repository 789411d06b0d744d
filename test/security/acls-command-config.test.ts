/**
 * `samsa acls --command-config` on a SASL_SSL broker with the ACL authorizer: the CLI reads
 * Kafka's client properties (PEM truststore, SCRAM-SHA-512 JAAS login), the super user manages
 * ACLs, and a user without Alter/Describe on the cluster is refused with
 * CLUSTER_AUTHORIZATION_FAILED, its principal being its SASL user name.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { brokerJaas, brokerTlsOverrides, makeTestCerts, type TestCerts } from '../fixtures/certs';
import { runCli } from '../fixtures/cli';
import { startCluster, type TestCluster } from '../fixtures/cluster';
import { writeScramUser } from './helpers';

describe('samsa acls over SASL_SSL with --command-config', () => {
  let certs: TestCerts;
  let cluster: TestCluster;

  function properties(name: string, user: string, password: string): string {
    const file = path.join(certs.dir, `${name}.properties`);
    writeFileSync(file, [
      'security.protocol=SASL_SSL',
      `ssl.truststore.location=${certs.caPath}`,
      'ssl.truststore.type=PEM',
      'sasl.mechanism=SCRAM-SHA-512',
      `sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${user}" password="${password}";`,
      '',
    ].join('\n'));
    return file;
  }

  beforeAll(async () => {
    certs = makeTestCerts();
    const adminLogin = { username: 'admin', password: 'admin-secret' };
    cluster = await startCluster({
      brokers: 1, name: 'acls-command-config', securityProtocols: { PLAINTEXT: 'SASL_SSL' },
      overrides: {
        ...brokerTlsOverrides(certs),
        'sasl.enabled.mechanisms': 'SCRAM-SHA-512',
        'sasl.mechanism.inter.broker.protocol': 'SCRAM-SHA-512',
        'listener.name.plaintext.scram-sha-512.sasl.jaas.config': brokerJaas(adminLogin),
        'authorizer.class.name': 'kafka.security.authorizer.AclAuthorizer',
        'super.users': 'User:admin',
      },
      beforeBrokersStart: async (zk) => {
        await writeScramUser(zk, 'admin', 'admin-secret', ['SCRAM-SHA-512']);
        await writeScramUser(zk, 'alice', 'alice-secret', ['SCRAM-SHA-512']);
      },
    });
  }, 120_000);

  afterAll(async () => {
    await cluster?.stop();
    certs?.remove();
  });

  it('the super user adds and lists ACLs; alice may not', async () => {
    const server = ['--bootstrap-server', cluster.brokers[0]!.bootstrap];
    const admin = ['--command-config', properties('admin', 'admin', 'admin-secret')];
    const added = await runCli(['acls', ...server, ...admin, '--add', '--allow-principal', 'User:alice', '--operation', 'Read', '--topic', 'secured'], { stdin: '' });
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('(principal=User:alice, host=*, operation=READ, permissionType=ALLOW)');

    const alice = ['--command-config', properties('alice', 'alice', 'alice-secret')];
    const refused = await runCli(['acls', ...server, ...alice, '--list'], { stdin: '' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Cluster authorization failed.');

    const wrongPassword = await runCli(['acls', ...server, '--command-config', properties('bad', 'alice', 'nope'), '--list'], { stdin: '' });
    expect(wrongPassword.code).toBe(1);
    expect(wrongPassword.stdout).not.toContain('Current ACLs');
  }, 120_000);
});
