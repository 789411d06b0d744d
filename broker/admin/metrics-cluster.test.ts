import pino from 'pino';
import type { Admin } from '../../client/admin/admin';
import type { Clock, Timer } from '../clock';
import { ClusterMetricsExporter, snapshotMaxAgeIntervals } from './metrics-cluster';
import { type ClusterSnapshot, groupTopicLags } from './metrics-cluster-collect';
import { renderMetricGroups } from './metrics-format';

const logger = pino({ level: 'silent' });

class ManualClock implements Clock {
  now = 1_000;
  nowMs(): number { return this.now; }
  setTimeout(): Timer { return { cancel: () => undefined }; }
  sleep(): Promise<void> { return Promise.resolve(); }
}

const snapshot: ClusterSnapshot = {
  brokers: [{ id: 1, address: 'a:1' }, { id: 2, address: 'b:2' }],
  topics: [{
    topic: 'orders',
    partitions: [
      { partition: 0, leader: 1, replicas: 2, inSyncReplicas: 2, leaderIsPreferred: true, underReplicated: false, currentOffset: 100, oldestOffset: 5 },
      { partition: 1, leader: 2, replicas: 2, inSyncReplicas: 1, leaderIsPreferred: false, underReplicated: true, currentOffset: undefined, oldestOffset: undefined },
    ],
  }],
  groups: [{ group: 'g', members: 3, topics: [{ topic: 'orders', partitions: [{ partition: 0, currentOffset: 90, lag: 10 }], currentOffsetSum: 90, lagSum: 10 }] }],
  partitionsLeftOut: 0,
  groupsLeftOut: 0,
};

function exporter(active: { value: boolean }, clock: Clock, collect: () => Promise<ClusterSnapshot> = async () => snapshot): ClusterMetricsExporter {
  return new ClusterMetricsExporter({
    admin: async () => ({}) as Admin, isActiveController: () => active.value, refreshIntervalMs: 1_000, refreshTimeoutMs: 5_000,
    logger, clock, collect,
  });
}

describe('ClusterMetricsExporter', () => {
  it('exports kafka_exporter\'s families, names and labels from the last snapshot', async () => {
    const e = exporter({ value: true }, new ManualClock());
    await e.refreshSnapshot();
    const text = await renderMetricGroups([e]);
    expect(text).toContain('kafka_brokers 2\n');
    expect(text).toContain('kafka_broker_info{id="1",address="a:1"} 1\n');
    expect(text).toContain('kafka_topic_partitions{topic="orders"} 2\n');
    expect(text).toContain('kafka_topic_partition_current_offset{topic="orders",partition="0"} 100\n');
    expect(text).not.toContain('kafka_topic_partition_current_offset{topic="orders",partition="1"}');
    expect(text).toContain('kafka_topic_partition_oldest_offset{topic="orders",partition="0"} 5\n');
    expect(text).toContain('kafka_topic_partition_leader{topic="orders",partition="1"} 2\n');
    expect(text).toContain('kafka_topic_partition_in_sync_replica{topic="orders",partition="1"} 1\n');
    expect(text).toContain('kafka_topic_partition_leader_is_preferred{topic="orders",partition="1"} 0\n');
    expect(text).toContain('kafka_topic_partition_under_replicated_partition{topic="orders",partition="1"} 1\n');
    expect(text).toContain('kafka_consumergroup_current_offset{consumergroup="g",topic="orders",partition="0"} 90\n');
    expect(text).toContain('kafka_consumergroup_lag{consumergroup="g",topic="orders",partition="0"} 10\n');
    expect(text).toContain('kafka_consumergroup_lag_sum{consumergroup="g",topic="orders"} 10\n');
    expect(text).toContain('kafka_consumergroup_current_offset_sum{consumergroup="g",topic="orders"} 90\n');
    expect(text).toContain('kafka_consumergroup_members{consumergroup="g"} 3\n');
  });

  it('reads and exports nothing unless this broker is the active controller', async () => {
    const active = { value: false };
    let reads = 0;
    const e = exporter(active, new ManualClock(), async () => { reads++; return snapshot; });
    await e.refreshSnapshot();
    expect(reads).toBe(0);
    expect(await renderMetricGroups([e])).toBe('');
    active.value = true;
    await e.refreshSnapshot();
    expect(await renderMetricGroups([e])).toContain('kafka_brokers 2\n');
    active.value = false;
    expect(await renderMetricGroups([e])).toBe('');
  });

  it('keeps the previous figures after a failed refresh, until they are too old', async () => {
    const clock = new ManualClock();
    let fail = false;
    const e = exporter({ value: true }, clock, async () => {
      if (fail) throw new Error('no leader');
      return snapshot;
    });
    await e.refreshSnapshot();
    fail = true;
    await e.refreshSnapshot();
    expect(await renderMetricGroups([e])).toContain('kafka_brokers 2\n');
    clock.now += 1_000 * snapshotMaxAgeIntervals + 1;
    expect(await renderMetricGroups([e])).toBe('');
  });
});

describe('groupTopicLags', () => {
  it('is the high watermark minus the committed offset, summed per topic, never negative, and skips uncommitted topics', () => {
    const ends = new Map([['t-0', 50], ['t-1', 10]]);
    const lags = groupTopicLags([
      { topic: 't', partitions: [{ partition: 0, offset: 40, metadata: '' }, { partition: 1, offset: 12, metadata: '' }, { partition: 2, offset: 3, metadata: '' }] },
      { topic: 'none', partitions: [{ partition: 0, offset: -1, metadata: '' }] },
    ], (tp) => ends.get(`${tp.topic}-${tp.partition}`));
    expect(lags).toEqual([{
      topic: 't', currentOffsetSum: 55, lagSum: 10,
      partitions: [{ partition: 0, currentOffset: 40, lag: 10 }, { partition: 1, currentOffset: 12, lag: 0 }, { partition: 2, currentOffset: 3, lag: undefined }],
    }]);
  });
});
