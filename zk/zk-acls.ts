/**
 * ZooKeeper ACLs for the znodes Samsa creates (Kafka's `ZkData.defaultAcls`, KIP-38's
 * `zookeeper.set.acl`). Without secure ACLs every znode is open to everyone, as in Kafka. With
 * them, the identity that created a znode (ZooKeeper's `auth` scheme: every id the creating session
 * authenticated as, here the brokers' shared digest) gets every permission and everyone else may
 * only read, except under Kafka's sensitive roots (SCRAM credentials under /config/users, broker
 * configs under /config/brokers, delegation tokens), which nobody else may even read. The old
 * consumers' /consumers stays open as in Kafka, since any consumer wrote under it.
 *
 * The policy is a pure function of the path (relative to the chroot, as every Kafka path is) so
 * that every create, including those inside a multi and the parents of a recursive create, gets
 * it from the one place (zookeeper-client.ts) and none can forget it.
 */

/** ZooKeeper's permission bits (ZooDefs.Perms). */
export const ZkPerms = {
  Read: 1,
  Write: 2,
  Create: 4,
  Delete: 8,
  Admin: 16,
  All: 31,
} as const;

/** One ZooKeeper ACL entry: `scheme:id` may do `perms`. */
export interface ZkAcl { perms: number; scheme: string; id: string }

/** ZooDefs.Ids.OPEN_ACL_UNSAFE. */
export const openAcl: readonly ZkAcl[] = [{ perms: ZkPerms.All, scheme: 'world', id: 'anyone' }];
/** ZooDefs.Ids.CREATOR_ALL_ACL: the server replaces `auth:` with the session's authenticated ids. */
export const creatorAllAcl: readonly ZkAcl[] = [{ perms: ZkPerms.All, scheme: 'auth', id: '' }];
/** ZooDefs.Ids.READ_ACL_UNSAFE. */
export const readAclUnsafe: readonly ZkAcl[] = [{ perms: ZkPerms.Read, scheme: 'world', id: 'anyone' }];

/** `ZkData.SensitiveRootPaths`: secrets live below these, hidden from unauthenticated readers. */
export const SensitiveRootPaths: readonly string[] = ['/config/users', '/config/brokers', '/delegation_token/tokens'];
/** The old consumers' root, kept open because every old consumer wrote under it. */
export const ConsumerPathZNode = { path: '/consumers' } as const;

/** `ZkData.sensitivePath`: the root itself or anything below it. */
export function isSensitivePath(path: string): boolean {
  return SensitiveRootPaths.some((root) => path === root || path.startsWith(`${root}/`));
}

/** `ZkData.defaultAcls`: the ACL a znode at `path` is created with. */
export function defaultAcls(secure: boolean, path: string): readonly ZkAcl[] {
  if (!secure || path === ConsumerPathZNode.path) return openAcl;
  return isSensitivePath(path) ? creatorAllAcl : [...creatorAllAcl, ...readAclUnsafe];
}
