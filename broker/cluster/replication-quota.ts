/**
 * Kafka's ReplicationQuotaManager (KIP-73): a bound on the bytes per second of replication
 * traffic for throttled replicas only, one instance for what this broker serves as leader
 * (leader.replication.throttled.rate) and one for what it fetches as follower
 * (follower.replication.throttled.rate). A replica is throttled when its topic's
 * leader/follower.replication.throttled.replicas lists "partition:thisBroker" or is "*". The
 * rate is measured over `replicationQuotaWindowNum` windows of `replicationQuotaWindowSizeMs`
 * (Kafka's replication.quota.window.num / .window.size.seconds defaults); while it is above the
 * bound, throttled replicas that are out of the ISR get no data (the leader answers them empty,
 * the follower leaves them out of its fetch), so in-sync replication is never slowed.
 */

import type { Clock } from '../clock';

export const replicationQuotaWindowNum = 11;
export const replicationQuotaWindowSizeMs = 1000;

/** Kafka's "partition:broker,partition:broker" (or "*" for every replica) as this broker's partitions. */
export function parseThrottledReplicas(value: string | undefined, brokerId: number): ReadonlySet<number> | 'all' | undefined {
  const text = value?.trim() ?? '';
  if (text === '') return undefined;
  if (text === '*') return 'all';
  const partitions = new Set<number>();
  for (const entry of text.split(',')) {
    const [partition, broker] = entry.trim().split(':').map((s) => Number(s.trim()));
    if (Number.isInteger(partition) && broker === brokerId) partitions.add(partition!);
  }
  return partitions.size > 0 ? partitions : undefined;
}

/** A whole number of bytes per second; anything else (unset, invalid) means unbounded. */
export function parseThrottleRate(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const rate = Number(value);
  return Number.isSafeInteger(rate) && rate >= 0 ? rate : undefined;
}

interface Sample { startMs: number; bytes: number }

export class ReplicationQuotaManager {
  private rateBytesPerSecond: number | undefined;
  private readonly throttled = new Map<string, ReadonlySet<number> | 'all'>();
  /** At most replicationQuotaWindowNum samples, oldest first. */
  private readonly samples: Sample[] = [];

  constructor(private readonly clock: Pick<Clock, 'nowMs'>) {}

  /** undefined: unbounded (Kafka's Long.MaxValue default). */
  updateQuota(rateBytesPerSecond: number | undefined): void {
    this.rateBytesPerSecond = rateBytesPerSecond;
  }

  get quotaBytesPerSecond(): number | undefined {
    return this.rateBytesPerSecond;
  }

  markThrottled(topic: string, partitions: ReadonlySet<number> | 'all' | undefined): void {
    if (partitions === undefined) this.throttled.delete(topic);
    else this.throttled.set(topic, partitions);
  }

  isThrottled(topic: string, partition: number): boolean {
    const t = this.throttled.get(topic);
    return t === 'all' || (t !== undefined && t.has(partition));
  }

  /** Bytes per second over the sampled windows (at least windowNum - 1 windows long, as Kafka's Rate). */
  rateBytesPerSecondNow(): number {
    const now = this.clock.nowMs();
    this.expire(now);
    const total = this.samples.reduce((sum, s) => sum + s.bytes, 0);
    const oldest = this.samples[0]?.startMs ?? now;
    const elapsedMs = Math.max(now - oldest, (replicationQuotaWindowNum - 1) * replicationQuotaWindowSizeMs);
    return (total * 1000) / elapsedMs;
  }

  isQuotaExceeded(): boolean {
    return this.rateBytesPerSecond !== undefined && this.rateBytesPerSecondNow() > this.rateBytesPerSecond;
  }

  record(bytes: number): void {
    if (bytes <= 0) return;
    const now = this.clock.nowMs();
    this.expire(now);
    const last = this.samples[this.samples.length - 1];
    if (last !== undefined && now - last.startMs < replicationQuotaWindowSizeMs) last.bytes += bytes;
    else this.samples.push({ startMs: now, bytes });
    while (this.samples.length > replicationQuotaWindowNum) this.samples.shift();
  }

  private expire(now: number): void {
    const horizon = now - replicationQuotaWindowNum * replicationQuotaWindowSizeMs;
    while (this.samples.length > 0 && this.samples[0]!.startMs < horizon) this.samples.shift();
  }
}
