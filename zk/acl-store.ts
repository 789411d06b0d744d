/**
 * ACL znodes and their change notifications (Kafka's KafkaZkClient ACL methods over ZkAclStore
 * and ZkAclChangeStore). Writes are conditional on the znode version the caller read, so that two
 * brokers adding ACLs to the same resource at once cannot lose either's entries: the loser gets
 * `false` and re-reads (Kafka's conditionalSetAclsForResource / createAclsForResourceIfNotExists).
 */
import { PatternType, type AccessControlEntry, type ResourcePattern } from '../broker/security/acl';
import { AclChangeNotificationZNode, ExtendedAclZNode, LiteralAclZNode, PrefixedAclZNode, ResourceAclZNode } from './paths';
import { CreateMode, ZkCode, createRecursive, isZkError, type ZkSession, type ZkWatcher } from './zk-session';

export interface StoredAcls { entries: AccessControlEntry[]; zkVersion: number }
export interface StoredPattern extends StoredAcls { pattern: ResourcePattern }

/** Kafka's ZkVersion.UnknownVersion: what a missing znode reads as. */
export const missingZkVersion = -2;

/** The pattern types stored in ZooKeeper, each with its own root and change store. */
export const storedPatternTypes = [PatternType.LITERAL, PatternType.PREFIXED] as const;

export class ZkAclStore {
  constructor(readonly zk: ZkSession) {}

  /** The ACL roots and both change stores (Kafka creates them when the authorizer starts). */
  async ensurePaths(): Promise<void> {
    for (const path of [LiteralAclZNode.path, ExtendedAclZNode.path, PrefixedAclZNode.path,
      AclChangeNotificationZNode.literalPath, AclChangeNotificationZNode.extendedPath]) {
      await createRecursive(this.zk, path);
    }
  }

  /** Every stored pattern with its ACLs (the cache load at startup). Unreadable znodes are reported, not fatal. */
  async loadAll(onUnreadable: (path: string, err: unknown) => void): Promise<StoredPattern[]> {
    const out: StoredPattern[] = [];
    for (const patternType of storedPatternTypes) {
      const root = ResourceAclZNode.root(patternType);
      for (const typeName of (await this.zk.getChildren(root)) ?? []) {
        const resourceType = ResourceAclZNode.resourceTypeOf(typeName);
        if (resourceType === undefined) continue;
        for (const name of (await this.zk.getChildren(`${root}/${typeName}`)) ?? []) {
          const pattern = { resourceType, name, patternType };
          try {
            out.push({ pattern, ...(await this.getAcls(pattern)) });
          } catch (err) {
            onUnreadable(ResourceAclZNode.path(pattern), err);
          }
        }
      }
    }
    return out;
  }

  async getAcls(pattern: ResourcePattern): Promise<StoredAcls> {
    const node = await this.zk.getData(ResourceAclZNode.path(pattern));
    if (node === undefined) return { entries: [], zkVersion: missingZkVersion };
    return { entries: ResourceAclZNode.decode(node.data), zkVersion: node.stat.version };
  }

  /** Sets the ACLs if the znode is still at `expectedVersion`; the new version, or undefined on a version clash or a deleted znode. */
  async conditionalSet(pattern: ResourcePattern, entries: readonly AccessControlEntry[], expectedVersion: number): Promise<number | undefined> {
    try {
      return (await this.zk.setData(ResourceAclZNode.path(pattern), ResourceAclZNode.encode(entries), expectedVersion)).version;
    } catch (err) {
      if (isZkError(err, ZkCode.BadVersion) || isZkError(err, ZkCode.NoNode)) return undefined;
      throw err;
    }
  }

  /** Creates the znode (and its resource type container); version 0, or undefined when it already exists. */
  async createIfNotExists(pattern: ResourcePattern, entries: readonly AccessControlEntry[]): Promise<number | undefined> {
    const path = ResourceAclZNode.path(pattern);
    await createRecursive(this.zk, path.slice(0, path.lastIndexOf('/')));
    try {
      await this.zk.create(path, ResourceAclZNode.encode(entries));
      return 0;
    } catch (err) {
      if (isZkError(err, ZkCode.NodeExists)) return undefined;
      throw err;
    }
  }

  /** Deletes the znode at `expectedVersion`; true when it is gone (Kafka's conditionalDelete treats a missing znode as deleted). */
  async conditionalDelete(pattern: ResourcePattern, expectedVersion: number): Promise<boolean> {
    if (expectedVersion === missingZkVersion) return (await this.zk.exists(ResourceAclZNode.path(pattern))) === undefined;
    try {
      await this.zk.delete(ResourceAclZNode.path(pattern), expectedVersion);
      return true;
    } catch (err) {
      if (isZkError(err, ZkCode.NoNode)) return true;
      if (isZkError(err, ZkCode.BadVersion)) return false;
      throw err;
    }
  }

  /** Tells every broker that `pattern`'s ACLs changed (a sequential child of its change store). */
  async createChangeNotification(pattern: ResourcePattern): Promise<void> {
    const root = AclChangeNotificationZNode.pathFor(pattern.patternType);
    await this.zk.create(`${root}/${AclChangeNotificationZNode.sequencePrefix}`, AclChangeNotificationZNode.encode(pattern), CreateMode.PersistentSequential);
  }

  /** The change store's children, sorted, with a watch on new ones. */
  async getChangeNotifications(changePath: string, watch?: ZkWatcher): Promise<string[]> {
    return ((await this.zk.getChildren(changePath, watch)) ?? []).sort();
  }

  /** A notification's pattern; `unreadable` names a payload Kafka could not decode either (skipped by the caller). */
  async getChangeNotification(changePath: string, child: string): Promise<{ pattern?: ResourcePattern; unreadable?: string } | undefined> {
    const node = await this.zk.getData(`${changePath}/${child}`);
    if (node === undefined) return undefined;
    try {
      return { pattern: AclChangeNotificationZNode.decode(changePath, node.data) };
    } catch (err) {
      return { unreadable: (err as Error).message };
    }
  }

  async getChangeNotificationCtime(changePath: string, child: string): Promise<number | undefined> {
    return (await this.zk.exists(`${changePath}/${child}`))?.ctimeMs;
  }

  async deleteChangeNotification(changePath: string, child: string): Promise<void> {
    try {
      await this.zk.delete(`${changePath}/${child}`);
    } catch (err) {
      if (!isZkError(err, ZkCode.NoNode)) throw err;
    }
  }
}
