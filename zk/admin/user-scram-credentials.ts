/**
 * SCRAM credentials in ZooKeeper exactly as Kafka keeps them (`AdminZkClient.changeUserOrUserClientIdConfig`):
 * `/config/users/<sanitized user>` holds `{"version":1,"config":{"SCRAM-SHA-256":"salt=..,stored_key=..,
 * server_key=..,iterations=.."}}`, next to whatever other config the user entity has (quotas), which
 * is kept untouched. Every change is followed, in the same multi-op, by the notification
 * `/config/changes/config_change_<seq>` = `{"version":2,"entity_path":"users/<sanitized user>"}`
 * that brokers watch to reload the user's credentials.
 *
 * Writes are conditional on the znode version read (retried a bounded number of times when another
 * writer got in between), so that two tools altering the same user never lose each other's change.
 */
import { parseCredential, formatCredential, isScramMechanism, type ScramCredential, type ScramMechanism } from '../../proto/scram';
import { ConfigEntityChangeNotificationSequenceZNode, ConfigEntityZNode, ConfigChangesZNode, desanitizeEntityName, sanitizeEntityName } from '../paths';
import { CreateMode, ZkCode, createRecursive, isZkError, type ZkOp, type ZkSession } from '../zk-session';

/** Read-modify-write attempts on one user's znode before giving up on a write race. */
export const userConfigWriteAttemptsMax = 5;

export const usersConfigPath = '/config/users';

export type UserScramCredentials = Map<ScramMechanism, ScramCredential>;

export interface ScramCredentialUpsertion { mechanism: ScramMechanism; credential: ScramCredential }

/** Thrown when the user's znode kept changing under us for userConfigWriteAttemptsMax attempts. */
export class ConcurrentUserConfigChangeError extends Error {
  constructor(user: string) {
    super(`the config of user '${user}' changed concurrently ${userConfigWriteAttemptsMax} times; try again`);
  }
}

/** The entity path of a user in config change notifications (`users/<sanitized>`). */
export function userEntityPath(user: string): string {
  return `users/${sanitizeEntityName(user)}`;
}

/**
 * The SCRAM credentials among a user entity's config keys. A key naming a SCRAM mechanism with a
 * value that does not parse is skipped (Kafka's credential cache ignores it too) and reported in
 * `malformed` so the caller can log it.
 */
export function scramCredentialsFromConfig(config: Readonly<Record<string, string>>): { credentials: UserScramCredentials; malformed: ScramMechanism[] } {
  const credentials: UserScramCredentials = new Map();
  const malformed: ScramMechanism[] = [];
  for (const [key, value] of Object.entries(config)) {
    if (!isScramMechanism(key)) continue;
    try {
      credentials.set(key, parseCredential(value));
    } catch {
      malformed.push(key);
    }
  }
  return { credentials, malformed };
}

/** The user entity's config after upserting and deleting credentials; other keys stay as they were. */
export function applyScramChanges(
  config: Readonly<Record<string, string>>, upsertions: readonly ScramCredentialUpsertion[], deletions: readonly ScramMechanism[],
): Record<string, string> {
  const next = { ...config };
  for (const mechanism of deletions) delete next[mechanism];
  for (const u of upsertions) next[u.mechanism] = formatCredential(u.credential);
  return next;
}

export class UserScramCredentialStore {
  constructor(private readonly zk: ZkSession) {}

  /** The containers a tool needs when it writes before any broker has started (`--zookeeper`). */
  async ensurePaths(): Promise<void> {
    await createRecursive(this.zk, usersConfigPath);
    await createRecursive(this.zk, ConfigChangesZNode.path);
  }

  /** The whole config of a user entity, or undefined when it has no znode. */
  async userConfig(user: string): Promise<Record<string, string> | undefined> {
    const node = await this.zk.getData(ConfigEntityZNode.path('users', sanitizeEntityName(user)));
    return node ? ConfigEntityZNode.decode(node.data) : undefined;
  }

  /** The user's SCRAM credentials (empty when it has none), or undefined when it has no znode. */
  async credentials(user: string): Promise<UserScramCredentials | undefined> {
    const config = await this.userConfig(user);
    return config === undefined ? undefined : scramCredentialsFromConfig(config).credentials;
  }

  /** Every user entity with a znode (desanitized names), whether or not it has credentials. */
  async users(): Promise<string[]> {
    return ((await this.zk.getChildren(usersConfigPath)) ?? []).map(desanitizeEntityName).sort();
  }

  /**
   * Applies the changes to the user's znode (creating it when missing) and writes the change
   * notification, atomically, conditional on the version read.
   */
  async alter(user: string, upsertions: readonly ScramCredentialUpsertion[], deletions: readonly ScramMechanism[]): Promise<void> {
    const path = ConfigEntityZNode.path('users', sanitizeEntityName(user));
    const notification: ZkOp = {
      type: 'create',
      path: ConfigEntityChangeNotificationSequenceZNode.pathPrefix(),
      data: ConfigEntityChangeNotificationSequenceZNode.encode(userEntityPath(user)),
      mode: CreateMode.PersistentSequential,
    };
    for (let attempt = 0; attempt < userConfigWriteAttemptsMax; attempt++) {
      const node = await this.zk.getData(path);
      const config = applyScramChanges(node ? ConfigEntityZNode.decode(node.data) : {}, upsertions, deletions);
      const data = ConfigEntityZNode.encode(config);
      const write: ZkOp = node ? { type: 'setData', path, data, version: node.stat.version } : { type: 'create', path, data };
      try {
        await this.zk.multi([write, notification]);
        return;
      } catch (err) {
        if (!isZkError(err, ZkCode.BadVersion) && !isZkError(err, ZkCode.NodeExists) && !isZkError(err, ZkCode.NoNode)) throw err;
        // NoNode can also mean /config/changes is missing (no broker has started yet).
        if (isZkError(err, ZkCode.NoNode)) await this.ensurePaths();
      }
    }
    throw new ConcurrentUserConfigChangeError(user);
  }
}
