/** Shared by the security integration tests: SCRAM users in ZooKeeper as Kafka stores them. */
import { type ScramMechanism, formatCredential, newCredential } from '../../proto/scram';
import type { ZkInspector } from '../fixtures/zookeeper';

/** Writes `/config/users/<user>` with a credential per mechanism (what `kafka-configs --alter --add-config SCRAM-...` writes). */
export async function writeScramUser(zk: ZkInspector, user: string, password: string,
  mechanisms: readonly ScramMechanism[] = ['SCRAM-SHA-256', 'SCRAM-SHA-512']): Promise<void> {
  const config = Object.fromEntries(mechanisms.map((m) => [m, formatCredential(newCredential(m, password, 4096))]));
  await zk.mkdirp('/config/users');
  const path = `/config/users/${user}`;
  if (await zk.exists(path)) await zk.removeRecursive(path);
  await zk.create(path, Buffer.from(JSON.stringify({ version: 1, config })));
}

let changeSequence = 0;

/** A config change notification naming the user (as Kafka's AdminZkClient writes after changing /config/users/<user>). */
export async function notifyUserChange(zk: ZkInspector, user: string): Promise<void> {
  await zk.mkdirp('/config/changes');
  const existing = (await zk.getChildren('/config/changes')).map((c) => Number(c.slice('config_change_'.length))).filter(Number.isFinite);
  changeSequence = Math.max(changeSequence, ...existing, -1) + 1;
  const name = `config_change_${String(changeSequence).padStart(10, '0')}`;
  await zk.create(`/config/changes/${name}`, Buffer.from(JSON.stringify({ version: 2, entity_path: `users/${user}` })));
}
