/**
 * The cluster-wide families of kafka_exporter (danielqsj/kafka_exporter, names and labels as it
 * exports them: kafka_brokers, kafka_topic_partition_current_offset, kafka_consumergroup_lag, ...),
 * so that dashboards built for it fill. Only the active controller exports them: every broker runs
 * the refresh loop, but one that is not the active controller reads nothing and exports nothing,
 * so that sums over all scraped brokers do not count the cluster once per broker.
 *
 * Figures are read every `refreshIntervalMs` through the admin API's internal client
 * (metrics-cluster-collect.ts), never per scrape; a scrape renders the last snapshot. A refresh is
 * bounded by `refreshTimeoutMs`; one that fails or times out keeps the previous snapshot (as
 * kafka_exporter keeps its cached metadata), for at most `snapshotMaxAgeIntervals` intervals.
 */

import { Gauge, Registry } from 'prom-client';
import type { Logger } from 'pino';
import type { Admin } from '../../client/admin/admin';
import { type Clock, PeriodicTask, settlesWithin, type Timer } from '../clock';
import type { ClusterSnapshot } from './metrics-cluster-collect';
import { collectClusterSnapshot } from './metrics-cluster-collect';
import type { MetricGroup } from './metrics-format';

/** Bound on one refresh of the cluster-wide figures (each request is bounded by the internal client's timeout too). */
export const clusterMetricsRefreshTimeoutMs = 60_000;
/** How long stopping waits for a refresh under way (it is abandoned after that; its requests are bounded). */
export const clusterMetricsStopWaitMs = 1_000;
/** A snapshot older than this many refresh intervals is dropped rather than exported as current. */
export const snapshotMaxAgeIntervals = 3;

type Emit = (labels: Record<string, string>, value: number) => void;

interface ClusterFamily {
  name: string;
  help: string;
  labelNames: readonly string[];
  samples: (s: ClusterSnapshot, emit: Emit) => void;
}

function eachPartition(s: ClusterSnapshot, emit: Emit, value: (p: ClusterSnapshot['topics'][number]['partitions'][number]) => number | undefined): void {
  for (const t of s.topics) {
    for (const p of t.partitions) {
      const v = value(p);
      if (v !== undefined) emit({ topic: t.topic, partition: String(p.partition) }, v);
    }
  }
}

function eachGroupTopic(s: ClusterSnapshot, emit: Emit, value: (t: ClusterSnapshot['groups'][number]['topics'][number]) => number): void {
  for (const g of s.groups) for (const t of g.topics) emit({ consumergroup: g.group, topic: t.topic }, value(t));
}

function eachGroupPartition(s: ClusterSnapshot, emit: Emit, value: (p: { currentOffset: number; lag: number | undefined }) => number | undefined): void {
  for (const g of s.groups) {
    for (const t of g.topics) {
      for (const p of t.partitions) {
        const v = value(p);
        if (v !== undefined) emit({ consumergroup: g.group, topic: t.topic, partition: String(p.partition) }, v);
      }
    }
  }
}

const tp = ['topic', 'partition'] as const;
const gtp = ['consumergroup', 'topic', 'partition'] as const;

export const clusterFamilies: readonly ClusterFamily[] = [
  { name: 'kafka_brokers', help: 'Number of Brokers in the Kafka Cluster.', labelNames: [], samples: (s, emit) => emit({}, s.brokers.length) },
  { name: 'kafka_broker_info', help: 'Information about the Kafka Broker.', labelNames: ['id', 'address'], samples: (s, emit) => s.brokers.forEach((b) => emit({ id: String(b.id), address: b.address }, 1)) },
  { name: 'kafka_topic_partitions', help: 'Number of partitions for this Topic', labelNames: ['topic'], samples: (s, emit) => s.topics.forEach((t) => emit({ topic: t.topic }, t.partitions.length)) },
  { name: 'kafka_topic_partition_current_offset', help: 'Current Offset of a Broker at Topic/Partition', labelNames: tp, samples: (s, emit) => eachPartition(s, emit, (p) => p.currentOffset) },
  { name: 'kafka_topic_partition_oldest_offset', help: 'Oldest Offset of a Broker at Topic/Partition', labelNames: tp, samples: (s, emit) => eachPartition(s, emit, (p) => p.oldestOffset) },
  { name: 'kafka_topic_partition_leader', help: 'Leader Broker ID of this Topic/Partition', labelNames: tp, samples: (s, emit) => eachPartition(s, emit, (p) => p.leader) },
  { name: 'kafka_topic_partition_replicas', help: 'Number of Replicas for this Topic/Partition', labelNames: tp, samples: (s, emit) => eachPartition(s, emit, (p) => p.replicas) },
  { name: 'kafka_topic_partition_in_sync_replica', help: 'Number of In-Sync Replicas for this Topic/Partition', labelNames: tp, samples: (s, emit) => eachPartition(s, emit, (p) => p.inSyncReplicas) },
  { name: 'kafka_topic_partition_leader_is_preferred', help: '1 if Topic/Partition is using the Preferred Broker', labelNames: tp, samples: (s, emit) => eachPartition(s, emit, (p) => (p.leaderIsPreferred ? 1 : 0)) },
  { name: 'kafka_topic_partition_under_replicated_partition', help: '1 if Topic/Partition is under Replicated', labelNames: tp, samples: (s, emit) => eachPartition(s, emit, (p) => (p.underReplicated ? 1 : 0)) },
  { name: 'kafka_consumergroup_current_offset', help: 'Current Offset of a ConsumerGroup at Topic/Partition', labelNames: gtp, samples: (s, emit) => eachGroupPartition(s, emit, (p) => p.currentOffset) },
  { name: 'kafka_consumergroup_current_offset_sum', help: 'Current Offset of a ConsumerGroup at Topic for all partitions', labelNames: ['consumergroup', 'topic'], samples: (s, emit) => eachGroupTopic(s, emit, (t) => t.currentOffsetSum) },
  { name: 'kafka_consumergroup_lag', help: 'Current Approximate Lag of a ConsumerGroup at Topic/Partition', labelNames: gtp, samples: (s, emit) => eachGroupPartition(s, emit, (p) => p.lag) },
  { name: 'kafka_consumergroup_lag_sum', help: 'Current Approximate Lag of a ConsumerGroup at Topic for all partitions', labelNames: ['consumergroup', 'topic'], samples: (s, emit) => eachGroupTopic(s, emit, (t) => t.lagSum) },
  { name: 'kafka_consumergroup_members', help: 'Amount of members in a consumer group', labelNames: ['consumergroup'], samples: (s, emit) => s.groups.forEach((g) => emit({ consumergroup: g.group }, g.members)) },
];

export interface ClusterMetricsOptions {
  /** The admin API's client of the cluster (InternalClusterClient.admin). */
  admin: () => Promise<Admin>;
  isActiveController: () => boolean;
  refreshIntervalMs: number;
  refreshTimeoutMs: number;
  logger: Logger;
  clock: Clock;
  /** How a snapshot is read (collectClusterSnapshot; tests pass their own). */
  collect?: (admin: Admin) => Promise<ClusterSnapshot>;
}

export class ClusterMetricsExporter implements MetricGroup {
  readonly registry = new Registry();
  private readonly gauges: Array<{ family: ClusterFamily; gauge: Gauge<string> }>;
  private readonly task: PeriodicTask;
  private snapshot: { value: ClusterSnapshot; atMs: number } | undefined;
  private failing = false;

  constructor(private readonly opts: ClusterMetricsOptions) {
    const registers = [this.registry];
    this.gauges = clusterFamilies.map((family) => ({ family, gauge: new Gauge({ name: family.name, help: family.help, labelNames: [...family.labelNames], registers }) }));
    this.task = new PeriodicTask('cluster-metrics-refresh', opts.refreshIntervalMs, () => this.refreshSnapshot(), opts.logger, opts.clock);
  }

  start(): void {
    this.task.start();
  }

  async stop(): Promise<void> {
    await settlesWithin(this.opts.clock, this.task.stop(), clusterMetricsStopWaitMs);
    this.snapshot = undefined;
  }

  /** One refresh: nothing (and no snapshot) unless this broker is the active controller. */
  async refreshSnapshot(): Promise<void> {
    if (!this.opts.isActiveController()) {
      this.snapshot = undefined;
      return;
    }
    try {
      const value = await this.withTimeout(this.opts.admin().then((admin) => (this.opts.collect ?? collectClusterSnapshot)(admin)));
      this.snapshot = { value, atMs: this.opts.clock.nowMs() };
      if (this.failing || value.partitionsLeftOut > 0 || value.groupsLeftOut > 0) {
        this.opts.logger.info({ partitionsLeftOut: value.partitionsLeftOut, groupsLeftOut: value.groupsLeftOut }, 'cluster metrics refreshed');
      }
      this.failing = false;
    } catch (err) {
      if (!this.failing) this.opts.logger.warn({ err }, 'cluster metrics refresh failed; keeping the previous figures');
      this.failing = true;
    }
  }

  private withTimeout<T>(work: Promise<T>): Promise<T> {
    let timer: Timer | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = this.opts.clock.setTimeout(() => reject(new Error(`cluster metrics refresh took longer than ${this.opts.refreshTimeoutMs} ms`)), this.opts.refreshTimeoutMs);
    });
    return Promise.race([work, timeout]).finally(() => timer?.cancel());
  }

  refresh(): boolean {
    const s = this.snapshot;
    const maxAgeMs = this.opts.refreshIntervalMs * snapshotMaxAgeIntervals;
    if (s === undefined || !this.opts.isActiveController() || this.opts.clock.nowMs() - s.atMs > maxAgeMs) return false;
    for (const { family, gauge } of this.gauges) {
      gauge.reset();
      family.samples(s.value, (labels, value) => gauge.set(labels, value));
    }
    return true;
  }
}
