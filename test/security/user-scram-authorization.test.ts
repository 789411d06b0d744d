/**
 * DescribeUserScramCredentials and AlterUserScramCredentials under Kafka's AclAuthorizer on a real
 * broker (the authorization matrix's cluster): only a principal with Describe (Alter) on the
 * cluster may describe (alter) SCRAM users; everyone else gets CLUSTER_AUTHORIZATION_FAILED and
 * nothing changes.
 */
import { ApiKey } from '../../proto/api';
import { ErrorCode } from '../../proto/errors';
import { saltedPassword } from '../../proto/scram';
import type { TestCluster } from '../fixtures/cluster';
import { hosts, principals, startMatrixCluster, type Principal } from './matrix-cluster';
import { RawConnection } from './raw-connection';

const salt = Buffer.from('matrix-salt-0123');
const upsertion = (name: string) => ({ name, mechanism: 1, iterations: 4096, salt, saltedPassword: saltedPassword('SCRAM-SHA-256', 'p', salt, 4096) });
const expectedCode = (p: Principal): number => (p === 'super' ? ErrorCode.NONE : ErrorCode.CLUSTER_AUTHORIZATION_FAILED);

describe('SCRAM credential APIs under the AclAuthorizer', () => {
  let cluster: TestCluster;
  const conns = new Map<Principal, RawConnection>();

  beforeAll(async () => {
    cluster = await startMatrixCluster('user-scram-authz');
    for (const p of principals) conns.set(p, await RawConnection.open(cluster.brokers[0]!.port, hosts[p]));
  }, 120_000);
  afterAll(async () => {
    for (const c of conns.values()) c.close();
    await cluster?.stop();
  });

  const describeUsers = async (p: Principal, users: string[]) =>
    (await conns.get(p)!.send(ApiKey.DescribeUserScramCredentials, { users }))!.body as { errorCode?: number; results?: Array<{ user: string; errorCode?: number }> };

  it.each(principals)('AlterUserScramCredentials as %s', async (p) => {
    const user = `user-of-${p}`;
    const response = (await conns.get(p)!.send(ApiKey.AlterUserScramCredentials, { upsertions: [upsertion(user)] }))!.body as { results?: Array<{ user: string; errorCode?: number }> };
    expect(response.results?.map((r) => [r.user, r.errorCode ?? 0])).toEqual([[user, expectedCode(p)]]);
    const after = await describeUsers('super', [user]);
    expect(after.results?.[0]?.errorCode ?? 0).toBe(p === 'super' ? ErrorCode.NONE : ErrorCode.RESOURCE_NOT_FOUND);
  });

  it.each(principals)('DescribeUserScramCredentials as %s', async (p) => {
    const response = await describeUsers(p, ['user-of-super']);
    expect(response.errorCode ?? 0).toBe(expectedCode(p));
    expect(response.results?.[0]?.errorCode ?? 0).toBe(expectedCode(p));
  });
});
