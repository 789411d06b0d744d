import pino from 'pino';
import { credentialFromSaltedPassword, parseCredential, saltedPassword } from '../../proto/scram';
import { startTestZooKeeper, type TestZooKeeper } from '../../test/support/test-zookeeper';
import { desanitizeEntityName, sanitizeEntityName } from '../paths';
import { ZooKeeperClient } from '../zookeeper-client';
import { UserScramCredentialStore, applyScramChanges, scramCredentialsFromConfig } from './user-scram-credentials';

const logger = pino({ level: 'silent' });
// RFC 7677's example salt; the keys below are what Kafka's ScramFormatter derives for "pencil".
const salt = Buffer.from('W22ZaJ0SNY7soEsUEjb6gQ==', 'base64');
const credential = credentialFromSaltedPassword('SCRAM-SHA-256', saltedPassword('SCRAM-SHA-256', 'pencil', salt, 4096), salt, 4096);
const expectedCredentialText = `salt=W22ZaJ0SNY7soEsUEjb6gQ==,stored_key=${credential.storedKey.toString('base64')},server_key=${credential.serverKey.toString('base64')},iterations=4096`;

describe('user entity config (pure)', () => {
  it('keeps other config keys of the user entity untouched', () => {
    const config = applyScramChanges({ producer_byte_rate: '1024', 'SCRAM-SHA-512': 'old' }, [{ mechanism: 'SCRAM-SHA-256', credential }], ['SCRAM-SHA-512']);
    expect(config).toEqual({ producer_byte_rate: '1024', 'SCRAM-SHA-256': expectedCredentialText });
  });

  it('skips a malformed credential and reports it', () => {
    const { credentials, malformed } = scramCredentialsFromConfig({ 'SCRAM-SHA-256': expectedCredentialText, 'SCRAM-SHA-512': 'garbage', consumer_byte_rate: '1' });
    expect([...credentials.keys()]).toEqual(['SCRAM-SHA-256']);
    expect(malformed).toEqual(['SCRAM-SHA-512']);
  });

  it('sanitizes user names as Kafka\'s Sanitizer does', () => {
    expect(sanitizeEntityName('alice')).toBe('alice');
    expect(sanitizeEntityName('CN=a b/c*é')).toBe('CN%3Da%20b%2Fc%2A%C3%A9');
    expect(desanitizeEntityName('CN%3Da%20b%2Fc%2A%C3%A9')).toBe('CN=a b/c*é');
  });
});

describe('UserScramCredentialStore against ZooKeeper', () => {
  let server: TestZooKeeper;
  let zk: ZooKeeperClient;

  beforeAll(async () => {
    server = await startTestZooKeeper();
  }, 90_000);
  beforeEach(async () => {
    zk = await ZooKeeperClient.connect({ connect: server.chroot(), sessionTimeoutMs: 6_000, logger });
  });
  afterEach(async () => {
    await zk.close();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('writes /config/users/<user> and the change notification byte for byte as Kafka', async () => {
    const store = new UserScramCredentialStore(zk);
    await store.alter('alice', [{ mechanism: 'SCRAM-SHA-256', credential }], []);
    const node = await zk.getData('/config/users/alice');
    expect(node?.data.toString('utf8')).toBe(`{"version":1,"config":{"SCRAM-SHA-256":"${expectedCredentialText}"}}`);
    const changes = await zk.getChildren('/config/changes');
    expect(changes).toEqual(['config_change_0000000000']);
    const change = await zk.getData('/config/changes/config_change_0000000000');
    expect(change?.data.toString('utf8')).toBe('{"version":2,"entity_path":"users/alice"}');
  });

  it('reads back, deletes one mechanism and keeps quotas written by others', async () => {
    const store = new UserScramCredentialStore(zk);
    await store.ensurePaths();
    await zk.create('/config/users/bob', Buffer.from('{"version":1,"config":{"producer_byte_rate":"2048"}}'));
    await store.alter('bob', [{ mechanism: 'SCRAM-SHA-256', credential }, { mechanism: 'SCRAM-SHA-512', credential }], []);
    expect([...(await store.credentials('bob'))!.keys()].sort()).toEqual(['SCRAM-SHA-256', 'SCRAM-SHA-512']);
    await store.alter('bob', [], ['SCRAM-SHA-512']);
    expect(await store.userConfig('bob')).toEqual({ producer_byte_rate: '2048', 'SCRAM-SHA-256': expectedCredentialText });
    expect(parseCredential((await store.userConfig('bob'))!['SCRAM-SHA-256']!)).toEqual(credential);
    expect(await store.credentials('nobody')).toBeUndefined();
    expect(await store.users()).toEqual(['bob']);
    expect((await zk.getChildren('/config/changes'))?.length).toBe(2);
  });

  it('loses no change when two writers alter the same user concurrently', async () => {
    const store = new UserScramCredentialStore(zk);
    await store.ensurePaths();
    await Promise.all([
      store.alter('carol', [{ mechanism: 'SCRAM-SHA-256', credential }], []),
      store.alter('carol', [{ mechanism: 'SCRAM-SHA-512', credential }], []),
    ]);
    expect([...(await store.credentials('carol'))!.keys()].sort()).toEqual(['SCRAM-SHA-256', 'SCRAM-SHA-512']);
  });
});
