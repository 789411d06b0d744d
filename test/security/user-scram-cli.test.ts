/**
 * SCRAM users end to end with a real broker and ZooKeeper: `samsa configs` creates users through
 * the broker (--bootstrap-server, AlterUserScramCredentials) and straight in ZooKeeper
 * (--zookeeper, the first admin user before brokers start), each is read back through the other
 * path and through Kafka's wire protocol, and the znodes are Kafka's.
 */
import { parseCredential, passwordMatches } from '../../proto/scram';
import { describeUserScramCredentialsCodec } from '../../broker/network/codecs/kafka/user-scram-credentials';
import { ApiKey } from '../../proto/api';
import { callOverSocket } from '../kafka/admin-wire';
import { runCli, type CliResult } from '../fixtures/cli';
import { startCluster, type TestCluster } from '../fixtures/cluster';

function configs(args: string[]): Promise<CliResult> {
  return runCli(['configs', '--entity-type', 'users', ...args]);
}

describe('samsa configs --entity-type users', () => {
  let cluster: TestCluster;
  let server: string[];
  let zookeeper: string[];

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 1, name: 'user-scram-cli' });
    server = ['--bootstrap-server', cluster.bootstrap];
    zookeeper = ['--zookeeper', cluster.zkConnect];
  }, 90_000);
  afterAll(async () => {
    await cluster?.stop();
  });

  it('creates a user through the broker and reads it back through the broker and ZooKeeper', async () => {
    const altered = await configs([...server, '--alter', '--entity-name', 'alice', '--add-config', 'SCRAM-SHA-256=[iterations=8192,password=alice-secret],SCRAM-SHA-512=[password=alice-secret]']);
    expect(altered).toMatchObject({ code: 0, stdout: 'Completed updating config for user alice.\n' });
    const described = await configs([...server, '--describe', '--entity-name', 'alice']);
    expect(described.stdout).toBe("SCRAM credential configs for user-principal 'alice' are SCRAM-SHA-256=iterations=8192, SCRAM-SHA-512=iterations=4096\n");
    expect((await configs([...zookeeper, '--describe'])).stdout).toContain("user-principal 'alice' are SCRAM-SHA-256=iterations=8192");

    const znode = await cluster.zk.getJson<{ version: number; config: Record<string, string> }>('/config/users/alice');
    expect(znode?.version).toBe(1);
    expect(Object.keys(znode!.config).sort()).toEqual(['SCRAM-SHA-256', 'SCRAM-SHA-512']);
    expect(passwordMatches('SCRAM-SHA-256', parseCredential(znode!.config['SCRAM-SHA-256']!), 'alice-secret')).toBe(true);
    expect(JSON.stringify(znode)).not.toContain('alice-secret');
    const changes = await cluster.zk.getChildren('/config/changes');
    const notifications = await Promise.all(changes.map((c) => cluster.zk.getJson(`/config/changes/${c}`)));
    expect(notifications).toContainEqual({ version: 2, entity_path: 'users/alice' });
  }, 60_000);

  it('creates a user straight in ZooKeeper that the broker then describes, also on the Kafka listener', async () => {
    const altered = await configs([...zookeeper, '--alter', '--entity-name', 'admin', '--add-config', 'SCRAM-SHA-512=[iterations=4096,password=admin-secret]']);
    expect(altered).toMatchObject({ code: 0, stdout: "Completed updating config for entity: user-principal 'admin'.\n" });
    const described = await configs([...server, '--describe', '--entity-name', 'admin']);
    expect(described.stdout).toBe("SCRAM credential configs for user-principal 'admin' are SCRAM-SHA-512=iterations=4096\n");

    const [host, port] = cluster.kafkaBootstrap.split(',')[0]!.split(':');
    const call = { apiKey: ApiKey.DescribeUserScramCredentials, version: 0, request: describeUserScramCredentialsCodec.request, response: describeUserScramCredentialsCodec.response };
    const response = await callOverSocket(host!, Number(port), call, { users: [{ name: 'admin' }, { name: 'nobody' }] });
    expect(response).toEqual({
      throttleTimeMs: 0, errorCode: 0, errorMessage: null,
      results: [
        { user: 'admin', errorCode: 0, errorMessage: null, credentialInfos: [{ mechanism: 2, iterations: 4096 }] },
        { user: 'nobody', errorCode: 91, errorMessage: expect.stringContaining('does not exist'), credentialInfos: [] },
      ],
    });
  }, 60_000);

  it('deletes a credential, and refuses bad input with a clear error and no change', async () => {
    expect((await configs([...server, '--alter', '--entity-name', 'alice', '--delete-config', 'SCRAM-SHA-512'])).code).toBe(0);
    expect((await configs([...server, '--describe', '--entity-name', 'alice'])).stdout).toBe("SCRAM credential configs for user-principal 'alice' are SCRAM-SHA-256=iterations=8192\n");

    const missing = await configs([...server, '--alter', '--entity-name', 'alice', '--delete-config', 'SCRAM-SHA-512']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('RESOURCE_NOT_FOUND');
    const few = await configs([...server, '--alter', '--entity-name', 'alice', '--add-config', 'SCRAM-SHA-256=[iterations=10,password=x]']);
    expect(few.code).toBe(1);
    expect(few.stderr).toContain('UNACCEPTABLE_CREDENTIAL');
    const clients = await runCli(['configs', '--entity-type', 'clients', '--describe', ...server]);
    expect(clients.code).toBe(1);
    expect(clients.stderr).toContain('not supported yet');
    expect((await configs([...server, '--describe', '--entity-name', 'alice'])).stdout).toContain('SCRAM-SHA-256=iterations=8192');
  }, 60_000);
});
