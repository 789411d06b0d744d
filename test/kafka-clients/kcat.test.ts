/**
 * kcat (Debian kcat, librdkafka) against the KAFKA listeners of a 3-broker cluster: `-L`
 * metadata names every broker at its KAFKA port and every partition's leader as ZooKeeper does;
 * keyed records with headers produced with `-P -K: -H` come back from `-C -e` with the same
 * key, value, headers, partition and offset; and `-G` reads them in a consumer group that
 * commits what it read (seen through Samsa's admin client on the protobuf listener).
 */
import { partitionState } from '../replication/helpers';
import { createTopics, samsaClient, samsaProduce, sampleRecords, useCluster } from './samsa-side';
import { describeWithTools, kcat, runTool, succeeded } from './tools';

const toolTimeoutMs = 90_000;
const partitions = 3;
const recordCount = 30;
/** librdkafka's metadata wait inside kcat (-m), seconds. */
const kcatMetadataTimeoutS = '30';
/** librdkafka's delivery bound: a record not acknowledged by then fails kcat rather than the test's timer. */
const kcatMessageTimeoutMs = 60_000;

interface KcatMetadata {
  brokers: Array<{ id: number; name: string }>;
  topics: Array<{ topic: string; error?: string; partitions: Array<{ partition: number; leader: number; replicas: Array<{ id: number }>; isrs: Array<{ id: number }> }> }>;
}

/** kcat's arguments with the bootstrap, a bounded metadata wait and a protocol trace on stderr for failures. */
function kcatArgs(bootstrap: string, ...args: string[]): string[] {
  return ['-b', bootstrap, '-m', kcatMetadataTimeoutS, '-d', 'protocol,broker', ...args];
}

describeWithTools(['kcat'], 'kcat on the KAFKA listener', () => {
  const cluster = useCluster('kcat');
  const topic = 'kcat-records';
  const groupTopic = 'kcat-group';

  beforeAll(async () => {
    await createTopics(cluster(), [{ topic, numPartitions: partitions }, { topic: groupTopic, numPartitions: partitions }]);
  }, 120_000);

  test('-L lists every broker at its KAFKA port and every partition with its leader and replicas', async () => {
    const c = cluster();
    const run = await runTool(kcat, kcatArgs(c.kafkaBootstrap, '-L', '-J'), { timeoutMs: toolTimeoutMs });
    const metadata = JSON.parse(succeeded(run).trim().split('\n').pop()!) as KcatMetadata;
    const brokers = metadata.brokers.map((b) => ({ id: b.id, name: b.name })).sort((a, b) => a.id - b.id);
    expect(brokers).toEqual(c.brokers.map((b) => ({ id: b.brokerId, name: b.kafkaBootstrap })));
    const listed = metadata.topics.find((t) => t.topic === topic);
    expect(listed?.error).toBeUndefined();
    expect(listed?.partitions.map((p) => p.partition).sort()).toEqual([0, 1, 2]);
    for (const p of listed!.partitions) {
      const state = await partitionState(c, topic, p.partition);
      expect({ partition: p.partition, leader: p.leader, isr: p.isrs.map((r) => r.id).sort() })
        .toEqual({ partition: p.partition, leader: state!.leader, isr: [...state!.isr].sort() });
      expect(p.replicas).toHaveLength(3);
    }
  }, toolTimeoutMs + 10_000);

  test('-P -K: -H produces keyed records with headers that -C -e -f reads back with partition and offset', async () => {
    const c = cluster();
    const lines = Array.from({ length: recordCount }, (_, i) => `key-${i}:value-${i}`);
    const produced = await runTool(kcat, kcatArgs(c.kafkaBootstrap, '-P', '-t', topic, '-K:', '-H', 'origin=kcat', '-H', 'run=1', '-X', 'acks=all', '-X', `message.timeout.ms=${kcatMessageTimeoutMs}`), {
      timeoutMs: toolTimeoutMs, input: `${lines.join('\n')}\n`,
    });
    succeeded(produced);

    const consumed = await runTool(kcat, kcatArgs(c.kafkaBootstrap, '-C', '-t', topic, '-o', 'beginning', '-e', '-f', '%k %s %h %p %o\\n'), { timeoutMs: toolTimeoutMs });
    const rows = succeeded(consumed).split('\n').filter((l) => l.startsWith('key-')).map((l) => l.split(' '));
    expect(rows.map(([k, v, h]) => `${k} ${v} ${h}`).sort())
      .toEqual(lines.map((l) => `${l.replace(':', ' ')} origin=kcat,run=1`).sort());
    // One key always lands on one partition, and each partition's offsets run 0, 1, 2, ... in order.
    const byPartition = new Map<string, number[]>();
    for (const [, , , p, o] of rows) byPartition.set(p!, [...(byPartition.get(p!) ?? []), Number(o)]);
    for (const offsets of byPartition.values()) expect(offsets).toEqual(offsets.map((_, i) => i));
    expect([...byPartition.values()].flat()).toHaveLength(recordCount);

    // The same records through Samsa's protobuf listener: the log end offsets agree.
    const admin = samsaClient(c, 'kcat-check').admin();
    await admin.connect();
    const ends = await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect());
    const counts = Object.fromEntries([...byPartition].map(([p, offsets]) => [Number(p), offsets.length]));
    expect(Object.fromEntries(ends.filter((e) => e.high > 0).map((e) => [e.partition, e.high]))).toEqual(counts);
  }, 2 * toolTimeoutMs + 10_000);

  test('-G reads every record in a consumer group and commits the offsets it read', async () => {
    const c = cluster();
    const group = 'kcat-group';
    await samsaProduce(c, groupTopic, sampleRecords('kcat-group', partitions, recordCount, { binary: false, timestamps: false }));
    const admin = samsaClient(c, 'kcat-group-check').admin();
    await admin.connect();
    try {
      const ends = await admin.fetchTopicOffsets(groupTopic);
      const total = ends.reduce((n, e) => n + e.high, 0);
      expect(total).toBe(recordCount);
      const consumed = await runTool(kcat, kcatArgs(c.kafkaBootstrap, '-G', group, '-X', 'auto.offset.reset=earliest', '-c', String(total), '-f', '%p %o\\n', groupTopic), {
        timeoutMs: toolTimeoutMs,
      });
      const read = succeeded(consumed).split('\n').filter((l) => /^\d+ \d+$/.test(l));
      expect(read).toHaveLength(total);
      expect(new Set(read).size).toBe(total);
      // kcat closes its consumer on exit, which commits the offsets auto-commit stored.
      const committed = await admin.fetchOffsets({ groupId: group, topics: [groupTopic] });
      const offsets = committed.flatMap((t) => t.partitions).map((p) => [p.partition, p.offset]);
      expect(Object.fromEntries(offsets)).toEqual(Object.fromEntries(ends.map((e) => [e.partition, e.high])));
    } finally {
      await admin.disconnect();
    }
  }, toolTimeoutMs + 30_000);
});
