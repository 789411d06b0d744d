/**
 * Topic and broker configs in ZooKeeper exactly as Kafka keeps them (AdminZkClient.changeTopicConfig
 * and changeBrokerConfig): `/config/topics/<topic>`, `/config/brokers/<id>` and the cluster-wide
 * `/config/brokers/<default>` hold `{"version":1,"config":{...}}` with the entity's dynamic keys,
 * and every change is followed by `/config/changes/config_change_<seq>` =
 * `{"version":2,"entity_path":"topics/<topic>"}` (or `brokers/<id>`, `brokers/<default>`), which
 * every broker's config-change listener follows. The znode write and the notification go in one
 * multi-op, conditional on the version read, so that two writers never lose each other's change.
 */
import { ConfigChangesZNode, ConfigEntityChangeNotificationSequenceZNode, ConfigEntityZNode } from '../paths';
import { CreateMode, ZkCode, createRecursive, isZkError, type ZkOp, type ZkSession } from '../zk-session';

/** Read-modify-write attempts on one entity's znode before giving up on a write race. */
export const entityConfigWriteAttemptsMax = 5;

/** Kafka's ConfigEntityName.Default: the znode of the cluster-wide broker defaults. */
export const defaultBrokerEntity = '<default>';

export type ConfigEntityType = 'topics' | 'brokers';

export class ConcurrentConfigChangeError extends Error {
  constructor(entityPath: string) {
    super(`the config of ${entityPath} changed concurrently ${entityConfigWriteAttemptsMax} times; try again`);
  }
}

/** `topics/<t>`, `brokers/<id>`, `brokers/<default>`: the entity path notifications carry. */
export function configEntityPath(type: ConfigEntityType, name: string): string {
  return `${type}/${name}`;
}

/** Parses a notification's entity path into the entity it names; undefined for other entity types. */
export function parseConfigEntityPath(entityPath: string): { type: ConfigEntityType; name: string } | undefined {
  const slash = entityPath.indexOf('/');
  if (slash <= 0) return undefined;
  const type = entityPath.slice(0, slash);
  const name = entityPath.slice(slash + 1);
  if ((type !== 'topics' && type !== 'brokers') || name === '' || name.includes('/')) return undefined;
  return { type, name };
}

export class EntityConfigStore {
  constructor(private readonly zk: Pick<ZkSession, 'getData' | 'getChildren' | 'multi' | 'create'>) {}

  /** The entity's stored dynamic keys (empty when it has no znode). */
  async read(type: ConfigEntityType, name: string): Promise<Record<string, string>> {
    const node = await this.zk.getData(ConfigEntityZNode.path(type, name));
    return ConfigEntityZNode.decode(node?.data);
  }

  /** Every entity of `type` with a znode (topics with overrides, brokers with dynamic keys). */
  async entities(type: ConfigEntityType): Promise<string[]> {
    return ((await this.zk.getChildren(`/config/${type}`)) ?? []).sort();
  }

  /**
   * Replaces the entity's keys with `change(current)` and writes the notification, atomically,
   * conditional on the version read. Returns the keys written.
   */
  async update(type: ConfigEntityType, name: string, change: (current: Record<string, string>) => Record<string, string>): Promise<Record<string, string>> {
    const path = ConfigEntityZNode.path(type, name);
    const notification: ZkOp = {
      type: 'create', path: ConfigEntityChangeNotificationSequenceZNode.pathPrefix(),
      data: ConfigEntityChangeNotificationSequenceZNode.encode(configEntityPath(type, name)), mode: CreateMode.PersistentSequential,
    };
    for (let attempt = 0; attempt < entityConfigWriteAttemptsMax; attempt++) {
      const node = await this.zk.getData(path);
      const next = change(ConfigEntityZNode.decode(node?.data));
      const data = ConfigEntityZNode.encode(next);
      const write: ZkOp = node ? { type: 'setData', path, data, version: node.stat.version } : { type: 'create', path, data };
      try {
        await this.zk.multi([write, notification]);
        return next;
      } catch (err) {
        if (!isZkError(err, ZkCode.BadVersion) && !isZkError(err, ZkCode.NodeExists) && !isZkError(err, ZkCode.NoNode)) throw err;
        // NoNode: /config/<type> or /config/changes is missing (a fresh chroot).
        if (isZkError(err, ZkCode.NoNode)) {
          await createRecursive(this.zk, `/config/${type}`);
          await createRecursive(this.zk, ConfigChangesZNode.path);
        }
      }
    }
    throw new ConcurrentConfigChangeError(configEntityPath(type, name));
  }
}
