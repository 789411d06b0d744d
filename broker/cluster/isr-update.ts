/**
 * How a leader resolves a failed ISR write (Kafka 2.4 wrote the ISR from the leader, conditional on
 * the state znode's zkVersion; KAFKA-2729 is what happens when a leader just stops after a
 * conflict). Pure rules, applied by Partition:
 *
 * - An error (connection loss, timeout, session expiry) says nothing about the znode: the change
 *   stays pending and is retried (next fetch, next expiration run, and the isr-update-retry task
 *   every `isrUpdateRetryIntervalMs`) until ZooKeeper answers.
 * - A version conflict is resolved by the znode's content. The controller bumps the leader epoch on
 *   every change it makes, so a znode that still names this leader at its own epoch was written by
 *   this leader (an earlier write whose answer was lost): adopt its ISR and zkVersion and retry.
 *   ZooKeeper's ISR is what elections use, so the leader must count those members for acks=all.
 * - Anything else (another leader, a newer epoch, no znode) means the controller decided: stop
 *   changing the ISR until its LeaderAndIsr arrives.
 */

/** The state znode as read after a conflict. */
export interface StoredLeaderAndIsr {
  leader: number;
  leaderEpoch: number;
  isr: number[];
  controllerEpoch: number;
  zkVersion: number;
}

/** Outcome of one conditional ISR write; `stored` is the znode that won a version conflict. */
export type IsrWriteResult = { ok: true; zkVersion: number } | { ok: false; stored?: StoredLeaderAndIsr };

/** How often leaders retry ISR changes that did not reach ZooKeeper. */
export const isrUpdateRetryIntervalMs = 1_000;

export type IsrConflictResolution = { kind: 'adopt'; isr: number[]; zkVersion: number } | { kind: 'fenced' };

export function resolveIsrConflict(
  local: { brokerId: number; leaderEpoch: number; replicas: readonly number[] }, stored: StoredLeaderAndIsr | undefined,
): IsrConflictResolution {
  if (stored === undefined || stored.leader !== local.brokerId || stored.leaderEpoch !== local.leaderEpoch) return { kind: 'fenced' };
  if (!isValidLeaderIsr(local.brokerId, stored.isr, local.replicas)) return { kind: 'fenced' };
  return { kind: 'adopt', isr: [...stored.isr], zkVersion: stored.zkVersion };
}

/** leader ∈ ISR ⊆ assigned replicas. */
export function isValidLeaderIsr(leader: number, isr: readonly number[], replicas: readonly number[]): boolean {
  return isr.includes(leader) && isr.every((id) => replicas.includes(id));
}
