import { ReplicationQuotaManager, parseThrottleRate, parseThrottledReplicas, replicationQuotaWindowNum, replicationQuotaWindowSizeMs } from './replication-quota';
import { bindReplicationQuotas, type ThrottleConfigSource } from './replication-quota-config';

function manualClock(start = 1_000_000): { nowMs: () => number; advance: (ms: number) => void } {
  let now = start;
  return { nowMs: () => now, advance: (ms) => { now += ms; } };
}

describe('throttled replica lists', () => {
  it('keeps the partitions listed for this broker, "*" for all, nothing for empty or foreign entries', () => {
    expect(parseThrottledReplicas('0:1,1:2,2:1', 1)).toEqual(new Set([0, 2]));
    expect(parseThrottledReplicas(' * ', 5)).toBe('all');
    expect(parseThrottledReplicas('', 1)).toBeUndefined();
    expect(parseThrottledReplicas(undefined, 1)).toBeUndefined();
    expect(parseThrottledReplicas('0:2,x:y', 1)).toBeUndefined();
    expect(parseThrottleRate('1000')).toBe(1000);
    expect(parseThrottleRate('-5')).toBeUndefined();
    expect(parseThrottleRate('abc')).toBeUndefined();
  });
});

describe('ReplicationQuotaManager', () => {
  it('is exceeded only with a bound, once the rate over the windows passes it, and recovers as windows expire', () => {
    const clock = manualClock();
    const quota = new ReplicationQuotaManager(clock);
    quota.record(1_000_000);
    expect(quota.isQuotaExceeded()).toBe(false);
    quota.updateQuota(10_000);
    // 1 MB over the minimum span of (windowNum - 1) windows = 100 kB/s > 10 kB/s.
    expect(quota.rateBytesPerSecondNow()).toBeCloseTo(1_000_000 / (replicationQuotaWindowNum - 1), 0);
    expect(quota.isQuotaExceeded()).toBe(true);
    clock.advance((replicationQuotaWindowNum + 1) * replicationQuotaWindowSizeMs);
    expect(quota.isQuotaExceeded()).toBe(false);
    for (let i = 0; i < 20; i++) {
      quota.record(5_000);
      clock.advance(replicationQuotaWindowSizeMs);
    }
    expect(quota.rateBytesPerSecondNow()).toBeLessThanOrEqual(5_500);
    expect(quota.isQuotaExceeded()).toBe(false);
  });

  it('throttles only the marked partitions of a topic', () => {
    const quota = new ReplicationQuotaManager(manualClock());
    quota.markThrottled('t', new Set([1]));
    quota.markThrottled('all', 'all');
    expect([quota.isThrottled('t', 0), quota.isThrottled('t', 1), quota.isThrottled('all', 7), quota.isThrottled('other', 0)]).toEqual([false, true, true, false]);
    quota.markThrottled('t', undefined);
    expect(quota.isThrottled('t', 1)).toBe(false);
  });
});

describe('bindReplicationQuotas', () => {
  it('applies broker rates and topic replica lists now and on every change', () => {
    const broker = new Map<string, string>([['leader.replication.throttled.rate', '100']]);
    const topics = new Map<string, Record<string, string>>([['t', { 'follower.replication.throttled.replicas': '0:2' }]]);
    let onBroker = (): void => undefined;
    let onTopic = (_t: string): void => undefined;
    const source: ThrottleConfigSource = {
      brokerValue: (k) => broker.get(k), topicOverrides: (t) => topics.get(t),
      onBrokerConfigChange: (l) => { onBroker = l; }, onTopicConfigChange: (l) => { onTopic = l; },
    };
    const clock = manualClock();
    const quotas = { leader: new ReplicationQuotaManager(clock), follower: new ReplicationQuotaManager(clock) };
    bindReplicationQuotas(quotas, source, 2, () => ['t']);
    expect([quotas.leader.quotaBytesPerSecond, quotas.follower.quotaBytesPerSecond]).toEqual([100, undefined]);
    expect([quotas.follower.isThrottled('t', 0), quotas.leader.isThrottled('t', 0)]).toEqual([true, false]);
    broker.delete('leader.replication.throttled.rate');
    broker.set('follower.replication.throttled.rate', '7');
    onBroker();
    expect([quotas.leader.quotaBytesPerSecond, quotas.follower.quotaBytesPerSecond]).toEqual([undefined, 7]);
    topics.set('t', { 'leader.replication.throttled.replicas': '*' });
    onTopic('t');
    expect([quotas.follower.isThrottled('t', 0), quotas.leader.isThrottled('t', 3)]).toEqual([false, true]);
  });
});
