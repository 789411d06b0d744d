/**
 * Per-log configuration: Kafka's topic-level keys (`LogConfig.scala`), their 2.x defaults and
 * validators. A topic's effective config is the broker defaults overridden by the string values
 * stored in ZooKeeper under /config/topics/<topic>.
 */
import { SamsaError } from '../../proto/errors';

export interface LogConfig {
  segmentBytes: number;
  segmentMs: number;
  segmentIndexBytes: number;
  indexIntervalBytes: number;
  retentionMs: number;
  retentionBytes: number;
  flushIntervalMessages: number;
  flushIntervalMs: number;
  fileDeleteDelayMs: number;
  messageTimestampType: 'CreateTime' | 'LogAppendTime';
  maxMessageBytes: number;
  cleanupPolicy: string;
  minInsyncReplicas: number;
  uncleanLeaderElectionEnable: boolean;
  /** Compaction: how long tombstones stay readable after their segment was cleaned. */
  deleteRetentionMs: number;
  /** Compaction: dirty bytes / total bytes a log needs before the cleaner picks it. */
  minCleanableDirtyRatio: number;
  /** Compaction: records younger than this stay uncompacted (KIP-58). */
  minCompactionLagMs: number;
  /** Compaction: a dirty record older than this makes the log cleanable whatever its ratio (KIP-354). */
  maxCompactionLagMs: number;
  /** KIP-73: `partition:broker,...` or `*`, the replicas whose leader-side replication is throttled ('' none). */
  leaderReplicationThrottledReplicas?: string;
  /** KIP-73: the replicas whose follower-side fetching is throttled, same form. */
  followerReplicationThrottledReplicas?: string;
}


/** Kafka 2.x defaults; Long.MAX_VALUE becomes Number.MAX_SAFE_INTEGER. */
export class LogConfigError extends SamsaError {
  readonly key: string;

  constructor(key: string, message: string) {
    super(`Invalid topic config ${key}: ${message}`);
    this.key = key;
  }
}

const int32Max = 2_147_483_647;

type Parser = (key: string, raw: string) => LogConfig[keyof LogConfig];

function integer(kind: 'int' | 'long', atLeast?: number): Parser {
  return (key, raw) => {
    const text = raw.trim();
    if (!/^-?\d+$/.test(text)) throw new LogConfigError(key, `"${raw}" is not an integer`);
    let value = Number(text);
    if (kind === 'int' && (value > int32Max || value < -int32Max - 1)) {
      throw new LogConfigError(key, `${raw} does not fit in a 32-bit integer`);
    }
    // Kafka's "unlimited" for longs is Long.MAX_VALUE; offsets and timestamps stay below 2^53 here.
    if (kind === 'long') value = Math.max(Math.min(value, Number.MAX_SAFE_INTEGER), Number.MIN_SAFE_INTEGER);
    if (atLeast !== undefined && value < atLeast) throw new LogConfigError(key, `${raw} is below the minimum ${atLeast}`);
    return value;
  };
}

function ratio(key: string, raw: string): number {
  const text = raw.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) throw new LogConfigError(key, `"${raw}" is not a number`);
  const value = Number(text);
  if (value < 0 || value > 1) throw new LogConfigError(key, `${raw} is not between 0 and 1`);
  return value;
}

function oneOf<T extends string>(values: readonly T[]): Parser {
  return (key, raw) => {
    const text = raw.trim();
    if (!(values as readonly string[]).includes(text)) {
      throw new LogConfigError(key, `"${raw}" is not one of ${values.join(', ')}`);
    }
    return text;
  };
}

const cleanupPolicies = ['compact', 'delete'] as const;

function cleanupPolicy(key: string, raw: string): string {
  const parts = raw.split(',').map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length === 0) throw new LogConfigError(key, 'must name at least one policy');
  for (const p of parts) {
    if (!(cleanupPolicies as readonly string[]).includes(p)) {
      throw new LogConfigError(key, `"${p}" is not one of ${cleanupPolicies.join(', ')}`);
    }
  }
  return parts.join(',');
}

/** Kafka's ThrottledReplicaListValidator: empty, `*`, or `partition:broker` pairs. */
function throttledReplicas(key: string, raw: string): string {
  const text = raw.trim();
  if (text === '' || text === '*') return text;
  const parts = text.split(',').map((p) => p.trim());
  for (const p of parts) {
    if (!/^\d+:\d+$/.test(p)) throw new LogConfigError(key, `"${raw}" must be the literal '*' or a list of replicas in the following format: [partitionId]:[brokerId],[partitionId]:[brokerId],...`);
  }
  return parts.join(',');
}

function bool(key: string, raw: string): boolean {
  const text = raw.trim().toLowerCase();
  if (text === 'true') return true;
  if (text === 'false') return false;
  throw new LogConfigError(key, `"${raw}" is not true or false`);
}

/** Kafka key -> (field, parser); validators follow LogConfig.scala's `configDef`. */
const topicConfigTable: Readonly<Record<string, readonly [keyof LogConfig, Parser]>> = {
  'segment.bytes': ['segmentBytes', integer('int', 14)],
  'segment.ms': ['segmentMs', integer('long', 1)],
  'segment.index.bytes': ['segmentIndexBytes', integer('int', 0)],
  'index.interval.bytes': ['indexIntervalBytes', integer('int', 0)],
  'retention.ms': ['retentionMs', integer('long', -1)],
  'retention.bytes': ['retentionBytes', integer('long')],
  'flush.messages': ['flushIntervalMessages', integer('long', 0)],
  'flush.ms': ['flushIntervalMs', integer('long', 0)],
  'file.delete.delay.ms': ['fileDeleteDelayMs', integer('long', 0)],
  'message.timestamp.type': ['messageTimestampType', oneOf(['CreateTime', 'LogAppendTime'] as const)],
  'max.message.bytes': ['maxMessageBytes', integer('int', 0)],
  'cleanup.policy': ['cleanupPolicy', cleanupPolicy],
  'min.insync.replicas': ['minInsyncReplicas', integer('int', 1)],
  'unclean.leader.election.enable': ['uncleanLeaderElectionEnable', bool],
  'delete.retention.ms': ['deleteRetentionMs', integer('long', 0)],
  'min.cleanable.dirty.ratio': ['minCleanableDirtyRatio', ratio],
  'min.compaction.lag.ms': ['minCompactionLagMs', integer('long', 0)],
  'max.compaction.lag.ms': ['maxCompactionLagMs', integer('long', 1)],
  'leader.replication.throttled.replicas': ['leaderReplicationThrottledReplicas', throttledReplicas],
  'follower.replication.throttled.replicas': ['followerReplicationThrottledReplicas', throttledReplicas],
};

export const topicConfigKeys: readonly string[] = Object.freeze(Object.keys(topicConfigTable));

/** Applies string overrides (Kafka key names) on top of `base`; throws LogConfigError naming the key. */
export function parseTopicConfig(overrides: Record<string, string>, base: LogConfig): LogConfig {
  const result: Record<string, unknown> = { ...base };
  for (const [key, raw] of Object.entries(overrides)) {
    const entry = topicConfigTable[key];
    if (entry === undefined) throw new LogConfigError(key, 'unknown topic config key');
    if (typeof raw !== 'string') throw new LogConfigError(key, 'value must be a string');
    const [field, parse] = entry;
    result[field] = parse(key, raw);
  }
  const config = result as unknown as LogConfig;
  if (config.minCompactionLagMs > config.maxCompactionLagMs) {
    throw new LogConfigError('max.compaction.lag.ms', `${config.maxCompactionLagMs} is below min.compaction.lag.ms ${config.minCompactionLagMs}`);
  }
  return config;
}

/** True when the policy includes time/size retention (`delete`, alone or with `compact`). */
export function hasDeletePolicy(config: LogConfig): boolean {
  // Parsed policies hold only the names `compact` and `delete`, so a substring test is exact.
  return config.cleanupPolicy.includes('delete');
}

/** True when the policy includes compaction (`compact`, alone or with `delete`). */
export function hasCompactPolicy(config: LogConfig): boolean {
  return config.cleanupPolicy.includes('compact');
}
