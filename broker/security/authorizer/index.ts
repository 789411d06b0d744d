/**
 * The broker's authorizer from its configuration: allowAllAuthorizer when authorizer.class.name
 * is empty, else the ZooKeeper AclAuthorizer, started (cache loaded, change stores followed)
 * before the broker serves requests, as Kafka starts its authorizer before the request handlers.
 */
import type { Logger } from 'pino';
import { ZkAclStore } from '../../../zk/acl-store';
import type { ZkSession } from '../../../zk/zk-session';
import { allowAllAuthorizer, type Authorizer } from '../authorizer';
import { AclAuthorizer } from './acl-authorizer';
import type { AuthorizerConfig } from './authorizer-config';

export { AclAuthorizer } from './acl-authorizer';
export type { AuthorizerConfig } from './authorizer-config';

export async function startAuthorizer(config: AuthorizerConfig, zk: ZkSession, logger: Logger, nowMs: () => number = Date.now): Promise<Authorizer> {
  if (!config.aclAuthorizer) return allowAllAuthorizer;
  const authorizer = new AclAuthorizer({
    store: new ZkAclStore(zk), zk, logger, nowMs,
    policy: { superUsers: config.superUsers, allowEveryoneIfNoAclFound: config.allowEveryoneIfNoAclFound },
  });
  await authorizer.start();
  return authorizer;
}
