/**
 * The monitoring the repository ships works on a running cluster: every series the Grafana
 * dashboard (config/monitoring/grafana-dashboard.json) queries is served by some broker's
 * /metrics while a group consumes; the kafka_exporter families (consumer lag, partition offsets)
 * come from the active controller alone and agree with what the admin client reads; and Kafka's
 * BrokerTopicMetrics count what was produced.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Admin, type Consumer, type Samsa } from '../../client';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { createTopic, groupBrokerOverrides, produceRecords, quickGroupTimings, testClient } from '../groups-client/helpers';
import { dashboardSelectors, parseSamples, type Sample, selects } from './dashboard-selectors';
import { prometheusSamples } from '../support/prometheus-text';

const topic = 'monitoring';
const groupId = 'monitoring-group';
const partitions = 3;
const records = 300;
const refreshIntervalMs = 500;
const convergeTimeoutMs = 45_000;

const dashboard = JSON.parse(readFileSync(path.join(__dirname, '../../config/monitoring/grafana-dashboard.json'), 'utf8')) as { panels: unknown[] };

async function scrape(cluster: TestCluster, brokerId: number): Promise<string> {
  const res = await fetch(`${cluster.broker(brokerId).adminUrl}/metrics`);
  if (res.status !== 200) throw new Error(`/metrics of broker ${brokerId} answered ${res.status}`);
  return res.text();
}

/** Sample values by series text (`name{labels}`), as written. */
const values = prometheusSamples;

describe('monitoring: /metrics of a running cluster', () => {
  let cluster: TestCluster;
  let samsa: Samsa;
  let admin: Admin;
  let consumer: Consumer | undefined;

  beforeAll(async () => {
    cluster = await startCluster({
      brokers: 2, name: 'monitoring', overrides: { ...groupBrokerOverrides, 'admin.metrics.cluster.refresh.interval.ms': refreshIntervalMs },
    });
    samsa = testClient(cluster.bootstrap, 'monitoring');
    admin = samsa.admin();
    await admin.connect();
    await createTopic(admin, topic, partitions, 2);
    await produceRecords(samsa, topic, partitions, 0, records);
    consumer = samsa.consumer({ groupId, ...quickGroupTimings, autoCommitIntervalMs: 200 });
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({ eachMessage: async () => undefined });
    const ends = await admin.fetchTopicOffsets(topic);
    await waitFor(async () => {
      const committed = (await admin.fetchOffsets({ groupId, topics: [topic] }))[0]?.partitions ?? [];
      return ends.every((e) => committed.find((c) => c.partition === e.partition)?.offset === e.high);
    }, { timeoutMs: convergeTimeoutMs, intervalMs: 200, description: 'the group to commit every record' });
  }, 120_000);

  afterAll(async () => {
    await consumer?.disconnect();
    await admin?.disconnect();
    await cluster?.stop();
  });

  it('serves every series the Grafana dashboard queries', async () => {
    const selectors = dashboardSelectors(dashboard);
    expect(selectors.length).toBeGreaterThan(20);
    let missing: string[] = [];
    await waitFor(async () => {
      const samples: Sample[] = [];
      for (const b of cluster.brokers) samples.push(...parseSamples(await scrape(cluster, b.brokerId)));
      missing = [...new Set(selectors.filter((s) => !selects(s, samples)).map((s) => s.text))];
      return missing.length === 0;
    }, { timeoutMs: convergeTimeoutMs, intervalMs: 250, description: 'every dashboard series' }).catch((err: unknown) => {
      throw new Error(`${(err as Error).message}; missing: ${missing.join(', ')}`);
    });
  });

  it('exports consumer lag and partition offsets from the active controller only, as the admin client reads them', async () => {
    const controller = await cluster.waitForController();
    const ends = await admin.fetchTopicOffsets(topic);
    const committed = (await admin.fetchOffsets({ groupId, topics: [topic] }))[0]!.partitions;
    await waitFor(async () => {
      const m = values(await scrape(cluster, controller));
      return ends.every((e) => m.get(`kafka_topic_partition_current_offset{topic="${topic}",partition="${e.partition}"}`) === e.high
        && m.get(`kafka_topic_partition_oldest_offset{topic="${topic}",partition="${e.partition}"}`) === e.low)
        && committed.every((c) => m.get(`kafka_consumergroup_current_offset{consumergroup="${groupId}",topic="${topic}",partition="${c.partition}"}`) === c.offset
          && m.get(`kafka_consumergroup_lag{consumergroup="${groupId}",topic="${topic}",partition="${c.partition}"}`) === 0)
        && m.get(`kafka_consumergroup_members{consumergroup="${groupId}"}`) === 1
        && m.get('kafka_brokers') === cluster.brokers.length;
    }, { timeoutMs: convergeTimeoutMs, intervalMs: 250, description: 'the controller to export the cluster figures' });
    for (const b of cluster.brokers.filter((x) => x.brokerId !== controller)) {
      expect(await scrape(cluster, b.brokerId)).not.toMatch(/^kafka_(brokers|topic_|consumergroup_)/m);
    }
  });

  it('counts produced records and bytes per topic in BrokerTopicMetrics, on the partitions\' leaders', async () => {
    let messagesIn = 0;
    let bytesIn = 0;
    let bytesOut = 0;
    for (const b of cluster.brokers) {
      const m = values(await scrape(cluster, b.brokerId));
      messagesIn += m.get(`kafka_server_brokertopicmetrics_messagesin_total{topic="${topic}"}`) ?? 0;
      bytesIn += m.get(`kafka_server_brokertopicmetrics_bytesin_total{topic="${topic}"}`) ?? 0;
      bytesOut += m.get(`kafka_server_brokertopicmetrics_bytesout_total{topic="${topic}"}`) ?? 0;
      for (const p of [0, 1, 2]) expect(m.has(`kafka_log_log_size{topic="${topic}",partition="${p}"}`)).toBe(true);
    }
    expect(messagesIn).toBe(records);
    expect(bytesIn).toBeGreaterThan(0);
    expect(bytesOut).toBeGreaterThanOrEqual(bytesIn);
  });
});
