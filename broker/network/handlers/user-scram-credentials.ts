/**
 * DescribeUserScramCredentials (50) and AlterUserScramCredentials (51) (KIP-554), served by any
 * broker straight from ZooKeeper (`/config/users`), as Kafka's ZooKeeper-mode brokers do. Describe
 * needs Describe on the cluster, Alter needs Alter on the cluster (CLUSTER_AUTHORIZATION_FAILED
 * otherwise, and nothing changes). Each user's changes are written in one conditional write with
 * its change notification, so brokers reload the user's credentials.
 */
import { isStorableEntityName } from '../../../zk/paths';
import { ErrorCode } from '../../../proto/errors';
import { UserScramCredentialStore } from '../../../zk/admin/user-scram-credentials';
import type {
  AlterUserScramCredentialsRequest, AlterUserScramCredentialsResponse, AlterUserScramCredentialsResult,
  DescribeUserScramCredentialsRequest, DescribeUserScramCredentialsResponse, DescribeUserScramCredentialsResult,
} from '../../api/users';
import { ScramMechanismCode } from '../../api/users';
import { AclOperation, ResourceType, clusterResourceName } from '../../security/acl';
import type { Authorizer } from '../../security/authorizer';
import { formatPrincipal } from '../../security/principal';
import { planScramAlterations } from '../../security/scram-alterations';
import type { RequestContext, RequestHandler } from '../request';
import type { BrokerServices } from './index';

type Store = Pick<UserScramCredentialStore, 'credentials' | 'users' | 'alter'>;

/** What the handlers need: the credential store and the authorizer (unit tests pass their own). */
export interface UserScramServices {
  store: Store;
  authorizer: Authorizer;
  logger: BrokerServices['logger'];
}

/** Built on first use: building the handler table needs neither the ZooKeeper session nor a logger. */
function lazyUserScramServices(services: BrokerServices): () => UserScramServices {
  let built: UserScramServices | undefined;
  return () => (built ??= {
    store: new UserScramCredentialStore(services.zk.zk),
    authorizer: services.authorizer,
    logger: services.logger.child({ component: 'user-scram-credentials' }),
  });
}

function clusterAllowed(s: UserScramServices, ctx: RequestContext, operation: AclOperation): boolean {
  return s.authorizer.authorize(ctx.session, operation, ResourceType.CLUSTER, clusterResourceName);
}

async function describeUser(store: Store, user: string): Promise<DescribeUserScramCredentialsResult> {
  // A name with no znode form ('', '.', '..') cannot have credentials: do not ask ZooKeeper.
  const credentials = isStorableEntityName(user) ? await store.credentials(user) : undefined;
  if (!credentials || credentials.size === 0) {
    return { user, errorCode: ErrorCode.RESOURCE_NOT_FOUND, errorMessage: `Attempt to describe a user credential that does not exist: ${user}`, credentialInfos: [] };
  }
  const credentialInfos = [...credentials].map(([mechanism, c]) => ({ mechanism: ScramMechanismCode[mechanism], iterations: c.iterations }))
    .sort((a, b) => a.mechanism - b.mechanism);
  return { user, errorCode: ErrorCode.NONE, errorMessage: '', credentialInfos };
}

export async function describeUserScramCredentials(
  s: UserScramServices, ctx: RequestContext, body: DescribeUserScramCredentialsRequest,
): Promise<DescribeUserScramCredentialsResponse> {
  if (!clusterAllowed(s, ctx, AclOperation.DESCRIBE)) {
    const errorMessage = `${formatPrincipal(ctx.session.principal)} may not Describe the cluster`;
    return {
      throttleTimeMs: 0, errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED, errorMessage,
      results: body.users.map((user) => ({ user, errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED, errorMessage, credentialInfos: [] })),
    };
  }
  const results: DescribeUserScramCredentialsResult[] = [];
  if (body.users.length === 0) {
    // Every user with at least one credential; users whose znode holds only quotas are not listed.
    for (const user of await s.store.users()) {
      const result = await describeUser(s.store, user);
      if (result.errorCode === ErrorCode.NONE) results.push(result);
    }
  } else {
    const counts = new Map<string, number>();
    for (const user of body.users) counts.set(user, (counts.get(user) ?? 0) + 1);
    for (const [user, count] of counts) {
      results.push(count > 1
        ? { user, errorCode: ErrorCode.DUPLICATE_RESOURCE, errorMessage: `Cannot describe SCRAM credentials for the same user twice in a single request: ${user}`, credentialInfos: [] }
        : await describeUser(s.store, user));
    }
  }
  return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, errorMessage: '', results };
}

export async function alterUserScramCredentials(
  s: UserScramServices, ctx: RequestContext, body: AlterUserScramCredentialsRequest,
): Promise<AlterUserScramCredentialsResponse> {
  const plans = planScramAlterations(body);
  if (!clusterAllowed(s, ctx, AclOperation.ALTER)) {
    const errorMessage = `${formatPrincipal(ctx.session.principal)} may not Alter the cluster`;
    return { throttleTimeMs: 0, results: plans.map((p) => ({ user: p.user, errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED, errorMessage })) };
  }
  const results: AlterUserScramCredentialsResult[] = [];
  for (const plan of plans) {
    if (plan.error) {
      results.push({ user: plan.user, ...plan.error });
      continue;
    }
    if (plan.deletions.length > 0) {
      const existing = await s.store.credentials(plan.user);
      const missing = plan.deletions.filter((m) => !existing?.has(m));
      if (missing.length > 0) {
        results.push({ user: plan.user, errorCode: ErrorCode.RESOURCE_NOT_FOUND, errorMessage: `Attempt to delete a user credential that does not exist: ${missing.join(', ')}` });
        continue;
      }
    }
    await s.store.alter(plan.user, plan.upsertions, plan.deletions);
    s.logger.info({
      user: plan.user, principal: formatPrincipal(ctx.session.principal),
      upserted: plan.upsertions.map((u) => u.mechanism), deleted: plan.deletions,
    }, 'altered SCRAM credentials');
    results.push({ user: plan.user, errorCode: ErrorCode.NONE, errorMessage: '' });
  }
  return { throttleTimeMs: 0, results };
}

export function describeUserScramCredentialsHandler(services: BrokerServices): RequestHandler<DescribeUserScramCredentialsRequest, DescribeUserScramCredentialsResponse> {
  const s = lazyUserScramServices(services);
  return async (ctx, body) => describeUserScramCredentials(s(), ctx, body);
}

export function alterUserScramCredentialsHandler(services: BrokerServices): RequestHandler<AlterUserScramCredentialsRequest, AlterUserScramCredentialsResponse> {
  const s = lazyUserScramServices(services);
  return async (ctx, body) => alterUserScramCredentials(s(), ctx, body);
}
