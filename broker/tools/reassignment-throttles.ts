/**
 * The replication throttles kafka-reassign-partitions.sh sets with `--execute --throttle` and
 * clears with `--verify` / `--cancel` (ReassignPartitionsCommand, Kafka 2.6+): per moving
 * partition the sources (ORS, or the original replicas of a move already running) are throttled
 * as leaders and the destinations not among them as followers, on the topic's
 * leader/follower.replication.throttled.replicas ("partition:broker,..."); every broker involved
 * gets leader/follower.replication.throttled.rate. Pure: the caller applies the operations.
 */

import type { PartitionReplicas } from './reassignment-json';

export const brokerLeaderThrottleRate = 'leader.replication.throttled.rate';
export const brokerFollowerThrottleRate = 'follower.replication.throttled.rate';
/** Kafka clears the log-dir throttle with the two rates. */
export const brokerLogDirThrottleRate = 'replica.alter.log.dirs.io.max.bytes.per.second';
export const topicLeaderThrottledReplicas = 'leader.replication.throttled.replicas';
export const topicFollowerThrottledReplicas = 'follower.replication.throttled.replicas';

export interface PartitionMove { topic: string; partition: number; sources: number[]; destinations: number[] }

export interface ConfigOperation { name: string; value?: string; operation: 'SET' | 'DELETE' }
export interface ConfigChange { type: 2 | 4; name: string; configEntries: ConfigOperation[] }

const TOPIC = 2;
const BROKER = 4;

/**
 * Kafka's calculateProposedMoveMap: moves already running keep their sources (replicas minus
 * adding) and destinations (adding); each proposed partition's sources are those of its running
 * move, else its current replicas, and its destinations the proposed replicas outside them.
 */
export function proposedMoves(
  running: ReadonlyArray<{ topic: string; partition: number; replicas: number[]; addingReplicas: number[] }>,
  proposed: readonly PartitionReplicas[], current: readonly PartitionReplicas[],
): PartitionMove[] {
  const moves = new Map<string, PartitionMove>();
  const key = (p: { topic: string; partition: number }): string => `${p.topic}\u0000${p.partition}`;
  for (const r of running) {
    moves.set(key(r), { topic: r.topic, partition: r.partition, sources: r.replicas.filter((id) => !r.addingReplicas.includes(id)), destinations: [...r.addingReplicas] });
  }
  for (const p of proposed) {
    const sources = moves.get(key(p))?.sources ?? current.find((c) => c.topic === p.topic && c.partition === p.partition)?.replicas ?? [];
    moves.set(key(p), { topic: p.topic, partition: p.partition, sources, destinations: p.replicas.filter((id) => !sources.includes(id)) });
  }
  return [...moves.values()];
}

/** "partition:broker" entries sorted as strings (Kafka collects them in a TreeSet[String]). */
function throttledReplicas(moves: readonly PartitionMove[], topic: string, pick: (m: PartitionMove) => number[]): string {
  const entries = new Set<string>();
  for (const m of moves) if (m.topic === topic) for (const id of pick(m)) entries.add(`${m.partition}:${id}`);
  return [...entries].sort().join(',');
}

/** The IncrementalAlterConfigs changes of `--execute --throttle <rate>`: topics first, then brokers. */
export function throttleChanges(moves: readonly PartitionMove[], rate: number): ConfigChange[] {
  const topics = [...new Set(moves.map((m) => m.topic))];
  const topicChanges: ConfigChange[] = topics.map((topic) => ({
    type: TOPIC, name: topic, configEntries: [
      { name: topicLeaderThrottledReplicas, value: throttledReplicas(moves, topic, (m) => m.sources), operation: 'SET' },
      { name: topicFollowerThrottledReplicas, value: throttledReplicas(moves, topic, (m) => m.destinations.filter((d) => !m.sources.includes(d))), operation: 'SET' },
    ],
  }));
  const brokers = [...new Set(moves.flatMap((m) => [...m.sources, ...m.destinations]))].sort((a, b) => a - b);
  const brokerChanges: ConfigChange[] = brokers.map((id) => ({
    type: BROKER, name: String(id), configEntries: [
      { name: brokerLeaderThrottleRate, value: String(rate), operation: 'SET' },
      { name: brokerFollowerThrottleRate, value: String(rate), operation: 'SET' },
    ],
  }));
  return [...topicChanges, ...brokerChanges];
}

/** Kafka's clearBrokerLevelThrottles and clearTopicLevelThrottles, as config deletions. */
export function clearThrottleChanges(brokers: readonly number[], topics: readonly string[]): { brokers: ConfigChange[]; topics: ConfigChange[] } {
  const del = (name: string): ConfigOperation => ({ name, operation: 'DELETE' });
  return {
    brokers: brokers.map((id) => ({ type: BROKER, name: String(id), configEntries: [brokerLeaderThrottleRate, brokerFollowerThrottleRate, brokerLogDirThrottleRate].map(del) })),
    topics: topics.map((topic) => ({ type: TOPIC, name: topic, configEntries: [topicLeaderThrottledReplicas, topicFollowerThrottledReplicas].map(del) })),
  };
}
