/**
 * Reads of the legacy admin request znodes (/admin/reassign_partitions,
 * /admin/preferred_replica_election). A malformed request is logged and treated as empty, as
 * Kafka does, so that one bad write by a tool cannot wedge the controller.
 */

import type { Logger } from 'pino';
import { ZkCode, isZkError, type ZkSession, type ZkWatcher } from './zk-session';

export async function readAdminZNode<T>(
  zk: ZkSession, logger: Logger, znode: { path: string; decode(data: Buffer): T[] }, watch?: ZkWatcher,
): Promise<T[] | undefined> {
  if (watch) await zk.exists(znode.path, watch);
  const node = await zk.getData(znode.path);
  if (!node) return undefined;
  try {
    return znode.decode(node.data);
  } catch (err) {
    logger.error({ err, path: znode.path }, 'ignoring a malformed admin znode');
    return [];
  }
}

export function ignoreNoNode(err: unknown): void {
  if (!isZkError(err, ZkCode.NoNode)) throw err;
}
