/**
 * The SCRAM credential handlers over a real ZooKeeper: Kafka's validation (KIP-554) and the
 * cluster permissions they need, with an authorizer test double that denies what it is told to.
 */
import pino from 'pino';
import { ErrorCode } from '../../../proto/errors';
import { passwordMatches, saltedPassword } from '../../../proto/scram';
import { startTestZooKeeper, type TestZooKeeper } from '../../../test/support/test-zookeeper';
import { testRequestContext } from '../../../test/support/protobuf-handler-call';
import { UserScramCredentialStore } from '../../../zk/admin/user-scram-credentials';
import { ZooKeeperClient } from '../../../zk/zookeeper-client';
import { ApiKey } from '../../../proto/api';
import type { ScramCredentialUpsertion } from '../../api/users';
import { AclOperation } from '../../security/acl';
import { allowAllAuthorizer, type Authorizer } from '../../security/authorizer';
import { alterUserScramCredentials, describeUserScramCredentials, type UserScramServices } from './user-scram-credentials';

const logger = pino({ level: 'silent' });
const salt = Buffer.from('0123456789abcdef');

function upsertion(name: string, password: string, mechanism = 1, iterations = 8192): ScramCredentialUpsertion {
  const mech = mechanism === 2 ? 'SCRAM-SHA-512' : 'SCRAM-SHA-256';
  return { name, mechanism, iterations, salt, saltedPassword: mechanism === 0 ? Buffer.from('x') : saltedPassword(mech, password, salt, iterations) };
}

function denying(operation: AclOperation): Authorizer {
  return { ...allowAllAuthorizer, enabled: true, authorize: (_s, op) => op !== operation };
}

describe('DescribeUserScramCredentials / AlterUserScramCredentials handlers', () => {
  let server: TestZooKeeper;
  let zk: ZooKeeperClient;
  let s: UserScramServices;
  let store: UserScramCredentialStore;
  const alterCtx = testRequestContext(ApiKey.AlterUserScramCredentials);
  const describeCtx = testRequestContext(ApiKey.DescribeUserScramCredentials);

  beforeAll(async () => {
    server = await startTestZooKeeper();
  }, 90_000);
  beforeEach(async () => {
    zk = await ZooKeeperClient.connect({ connect: server.chroot(), sessionTimeoutMs: 6_000, logger });
    store = new UserScramCredentialStore(zk);
    await store.ensurePaths();
    s = { store, authorizer: allowAllAuthorizer, logger };
  });
  afterEach(async () => {
    await zk.close();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('stores keys derived from the salted password, never the password, and describes mechanisms and iterations', async () => {
    const response = await alterUserScramCredentials(s, alterCtx, { deletions: [], upsertions: [upsertion('alice', 'alice-secret'), upsertion('alice', 'alice-secret', 2, 4096)] });
    expect(response.results).toEqual([{ user: 'alice', errorCode: 0, errorMessage: '' }]);
    const stored = await s.store.credentials('alice');
    expect(passwordMatches('SCRAM-SHA-256', stored!.get('SCRAM-SHA-256')!, 'alice-secret')).toBe(true);
    expect(passwordMatches('SCRAM-SHA-512', stored!.get('SCRAM-SHA-512')!, 'wrong')).toBe(false);
    expect(JSON.stringify(await store.userConfig('alice'))).not.toContain('alice-secret');
    const described = await describeUserScramCredentials(s, describeCtx, { users: ['alice'] });
    expect(described.results).toEqual([{ user: 'alice', errorCode: 0, errorMessage: '', credentialInfos: [{ mechanism: 1, iterations: 8192 }, { mechanism: 2, iterations: 4096 }] }]);
    const all = await describeUserScramCredentials(s, describeCtx, { users: [] });
    expect(all.results.map((r) => r.user)).toEqual(['alice']);
  });

  it('refuses bad upsertions with Kafka\'s codes and writes nothing for that user', async () => {
    const response = await alterUserScramCredentials(s, alterCtx, {
      deletions: [],
      upsertions: [
        upsertion('', 'p'),
        upsertion('few', 'p', 1, 4095),
        upsertion('many', 'p', 1, 16385),
        upsertion('mech', 'p', 0),
        upsertion('twice', 'p'), upsertion('twice', 'q'),
        upsertion('ok', 'p', 1, 4096), upsertion('ok', 'p', 2, 16384),
      ],
    });
    expect(response.results.map((r) => [r.user, r.errorCode])).toEqual([
      ['', ErrorCode.UNACCEPTABLE_CREDENTIAL],
      ['few', ErrorCode.UNACCEPTABLE_CREDENTIAL],
      ['many', ErrorCode.UNACCEPTABLE_CREDENTIAL],
      ['mech', ErrorCode.UNSUPPORTED_SASL_MECHANISM],
      ['twice', ErrorCode.DUPLICATE_RESOURCE],
      ['ok', ErrorCode.NONE],
    ]);
    expect(await s.store.users()).toEqual(['ok']);
  });

  it('answers RESOURCE_NOT_FOUND for deleting a missing credential and describing an unknown user', async () => {
    await alterUserScramCredentials(s, alterCtx, { deletions: [], upsertions: [upsertion('bob', 'p')] });
    const response = await alterUserScramCredentials(s, alterCtx, { deletions: [{ name: 'bob', mechanism: 2 }, { name: 'nobody', mechanism: 1 }], upsertions: [] });
    expect(response.results.map((r) => r.errorCode)).toEqual([ErrorCode.RESOURCE_NOT_FOUND, ErrorCode.RESOURCE_NOT_FOUND]);
    const described = await describeUserScramCredentials(s, describeCtx, { users: ['nobody', 'bob', 'bob'] });
    expect(described.results.map((r) => [r.user, r.errorCode])).toEqual([['nobody', ErrorCode.RESOURCE_NOT_FOUND], ['bob', ErrorCode.DUPLICATE_RESOURCE]]);
    const deleted = await alterUserScramCredentials(s, alterCtx, { deletions: [{ name: 'bob', mechanism: 1 }], upsertions: [] });
    expect(deleted.results).toEqual([{ user: 'bob', errorCode: 0, errorMessage: '' }]);
    expect((await describeUserScramCredentials(s, describeCtx, { users: [] })).results).toEqual([]);
  });

  // Found by the protocol fuzzer: these names have no znode form ('.' and '..' are relative paths
  // to ZooKeeper, '' names /config/users itself) and answered UNKNOWN_SERVER_ERROR.
  it('answers names ZooKeeper cannot hold with Kafka\'s codes, not a server error, and writes nothing', async () => {
    const described = await describeUserScramCredentials(s, describeCtx, { users: ['', '.', '..'] });
    expect(described.results.map((r) => [r.user, r.errorCode])).toEqual([
      ['', ErrorCode.RESOURCE_NOT_FOUND], ['.', ErrorCode.RESOURCE_NOT_FOUND], ['..', ErrorCode.RESOURCE_NOT_FOUND],
    ]);
    const altered = await alterUserScramCredentials(s, alterCtx, {
      deletions: [{ name: '..', mechanism: 1 }], upsertions: [upsertion('.', 'p')],
    });
    expect(altered.results.map((r) => [r.user, r.errorCode])).toEqual([['..', ErrorCode.UNACCEPTABLE_CREDENTIAL], ['.', ErrorCode.UNACCEPTABLE_CREDENTIAL]]);
    expect(await s.store.users()).toEqual([]);
  });

  it('needs Alter on the cluster to alter and Describe on the cluster to describe', async () => {
    const refused = await alterUserScramCredentials({ ...s, authorizer: denying(AclOperation.ALTER) }, alterCtx, { deletions: [], upsertions: [upsertion('eve', 'p')] });
    expect(refused.results).toEqual([{ user: 'eve', errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED, errorMessage: expect.stringContaining('User:ANONYMOUS') }]);
    expect(await s.store.users()).toEqual([]);
    const described = await describeUserScramCredentials({ ...s, authorizer: denying(AclOperation.DESCRIBE) }, describeCtx, { users: ['eve'] });
    expect(described.errorCode).toBe(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
    expect(described.results[0]?.errorCode).toBe(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
  });
});
