/**
 * Kafka's kafka.server:type=BrokerTopicMetrics under jmx_exporter's names: per topic
 * (`{topic="..."}`) and for all topics (no label), as jmx_exporter exports Kafka's per-topic and
 * aggregate MBeans (`kafka_server_brokertopicmetrics_messagesin_total`, ...). The counters are
 * the data plane's (cluster/broker-topic-stats.ts), copied here at scrape time.
 */

import { Counter, Registry } from 'prom-client';
import type { BrokerTopicStats, TopicStats } from '../cluster/broker-topic-stats';
import { type MetricGroup, setCounterTotal } from './metrics-format';

const b = 'kafka_server_brokertopicmetrics_';

const topicFamilies: ReadonlyArray<{ name: string; help: string; value: (t: TopicStats) => number }> = [
  { name: `${b}messagesin_total`, help: 'Records appended to leader logs (Kafka MessagesInPerSec).', value: (t) => t.messagesIn },
  { name: `${b}bytesin_total`, help: 'Bytes appended to leader logs by producers (Kafka BytesInPerSec).', value: (t) => t.bytesIn },
  { name: `${b}bytesout_total`, help: 'Bytes sent to consumers (Kafka BytesOutPerSec).', value: (t) => t.bytesOut },
  { name: `${b}bytesrejected_total`, help: 'Bytes refused for their size (Kafka BytesRejectedPerSec).', value: (t) => t.bytesRejected },
  { name: `${b}totalproducerequests_total`, help: 'Produce requests, counted per partition (Kafka TotalProduceRequestsPerSec).', value: (t) => t.totalProduceRequests },
  { name: `${b}failedproducerequests_total`, help: 'Produce requests that failed, per partition (Kafka FailedProduceRequestsPerSec).', value: (t) => t.failedProduceRequests },
  { name: `${b}totalfetchrequests_total`, help: 'Fetch requests, counted per partition (Kafka TotalFetchRequestsPerSec).', value: (t) => t.totalFetchRequests },
  { name: `${b}failedfetchrequests_total`, help: 'Fetch requests that failed, per partition (Kafka FailedFetchRequestsPerSec).', value: (t) => t.failedFetchRequests },
];

export class BrokerTopicMetricGroup implements MetricGroup {
  readonly registry = new Registry();
  private readonly counters: Array<{ counter: Counter<'topic'>; value: (t: TopicStats) => number }>;
  private readonly replicationBytesOut: Counter<string>;

  constructor(private readonly stats: BrokerTopicStats) {
    const registers = [this.registry];
    this.counters = topicFamilies.map((f) => ({ counter: new Counter({ name: f.name, help: f.help, labelNames: ['topic'], registers }), value: f.value }));
    this.replicationBytesOut = new Counter({
      name: `${b}replicationbytesout_total`, help: 'Bytes sent to followers (Kafka ReplicationBytesOutPerSec).', registers,
    });
  }

  refresh(): boolean {
    const topics = [...this.stats.topics()].sort(([x], [y]) => x.localeCompare(y));
    for (const { counter, value } of this.counters) {
      counter.reset();
      setCounterTotal(counter, value(this.stats.allTopics));
      for (const [topic, t] of topics) setCounterTotal(counter, value(t), { topic });
    }
    this.replicationBytesOut.reset();
    setCounterTotal(this.replicationBytesOut, this.stats.replicationBytesOut);
    return true;
  }
}
