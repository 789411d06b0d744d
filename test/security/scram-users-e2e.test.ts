/**
 * The SCRAM user lifecycle on a SASL_PLAINTEXT broker, as an operator runs it: the brokers' own
 * admin user is created with `samsa configs --zookeeper` before the broker starts (the broker
 * authenticates to itself with it), alice is then created through the broker with
 * `configs --bootstrap-server --command-config` (AlterUserScramCredentials, as admin) and
 * authenticates with SCRAM-SHA-256; a new password replaces the old one on the next
 * connection, and a deleted credential stops working.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Samsa, type SaslOptions } from '../../client';
import { brokerJaas } from '../fixtures/certs';
import { runCli } from '../fixtures/cli';
import { startCluster, type TestCluster } from '../fixtures/cluster';

const adminLogin = { username: 'admin', password: 'admin-secret' };
const passwordChangeDeadlineMs = 30_000;

describe('SCRAM users created with samsa configs authenticate on a SASL listener', () => {
  let cluster: TestCluster;
  let dir: string;
  let commandConfig: string;

  const canConnect = async (sasl: SaslOptions): Promise<boolean> => {
    const admin = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: `e2e-${sasl.username}`, sasl, retry: { retries: 0 } }).admin();
    try {
      await admin.connect();
      await admin.describeCluster();
      return true;
    } catch {
      return false;
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  };

  async function eventually(what: string, check: () => Promise<boolean>): Promise<void> {
    const deadline = Date.now() + passwordChangeDeadlineMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`${what} not within ${passwordChangeDeadlineMs} ms`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'samsa-scram-e2e-'));
    commandConfig = path.join(dir, 'admin.properties');
    await writeFile(commandConfig, [
      'security.protocol=SASL_PLAINTEXT',
      'sasl.mechanism=SCRAM-SHA-512',
      `sasl.jaas.config=${brokerJaas(adminLogin)}`,
    ].join('\n'));
    cluster = await startCluster({
      brokers: 1, name: 'scram-users-e2e', securityProtocols: { PLAINTEXT: 'SASL_PLAINTEXT', KAFKA: 'SASL_PLAINTEXT' },
      overrides: {
        'sasl.enabled.mechanisms': 'SCRAM-SHA-256,SCRAM-SHA-512',
        'sasl.mechanism.inter.broker.protocol': 'SCRAM-SHA-512',
        'listener.name.plaintext.scram-sha-512.sasl.jaas.config': brokerJaas(adminLogin),
        'connection.failed.authentication.delay.ms': 50,
      },
      beforeBrokersStart: async (zk) => {
        const created = await runCli(['configs', '--zookeeper', zk.connectString, '--alter', '--entity-type', 'users', '--entity-name', 'admin',
          '--add-config', 'SCRAM-SHA-512=[password=admin-secret]']);
        if (created.code !== 0) throw new Error(`configs --zookeeper failed: ${created.stderr}`);
      },
    });
  }, 120_000);

  afterAll(async () => {
    await cluster?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const configs = (args: string[]) => runCli(['configs', '--bootstrap-server', cluster.bootstrap, '--command-config', commandConfig, '--entity-type', 'users', ...args]);

  it('creates alice through the broker; she authenticates, and only with her current password', async () => {
    const created = await configs(['--alter', '--entity-name', 'alice', '--add-config', 'SCRAM-SHA-256=[iterations=8192,password=alice-secret]']);
    expect(created).toMatchObject({ code: 0, stdout: 'Completed updating config for user alice.\n' });
    expect((await configs(['--describe'])).stdout).toBe(
      "SCRAM credential configs for user-principal 'admin' are SCRAM-SHA-512=iterations=4096\n"
      + "SCRAM credential configs for user-principal 'alice' are SCRAM-SHA-256=iterations=8192\n");
    const alice = { mechanism: 'scram-sha-256', username: 'alice', password: 'alice-secret' } as const;
    await eventually('alice authenticates', () => canConnect(alice));
    expect(await canConnect({ ...alice, password: 'wrong' })).toBe(false);
    expect(await canConnect({ ...alice, mechanism: 'scram-sha-512' })).toBe(false);

    expect((await configs(['--alter', '--entity-name', 'alice', '--add-config', 'SCRAM-SHA-256=[password=alice-new]'])).code).toBe(0);
    await eventually('the new password works', () => canConnect({ ...alice, password: 'alice-new' }));
    expect(await canConnect(alice)).toBe(false);

    expect((await configs(['--alter', '--entity-name', 'alice', '--delete-config', 'SCRAM-SHA-256'])).code).toBe(0);
    await eventually('the deleted credential stops working', async () => !(await canConnect({ ...alice, password: 'alice-new' })));
  }, 120_000);
});
