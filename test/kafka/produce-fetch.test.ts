/**
 * Produce and Fetch on the KAFKA listener of a real broker with kcat (librdkafka): keyed records
 * with headers produced with each of Kafka's codecs come back from `kcat -C` with the same key,
 * value, headers, partition and offset, are stored with the codec kcat chose, and read the same
 * through Samsa's own client on the protobuf listener (timestamps too); records written by
 * Samsa's client with each codec (snappy among them) read the same through kcat.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Compression, readBatchHeader } from '../../proto/batch-header';
import { Samsa } from '../../client';
import { startCluster, type TestCluster } from '../fixtures/cluster';
import { createTopics, samsaRead } from '../kafka-clients/samsa-side';
import { describeWithTools, kcat, runTool, succeeded } from '../kafka-clients/tools';

const toolTimeoutMs = 60_000;
const recordCount = 20;
/** librdkafka's metadata wait inside kcat (-m), seconds. */
const kcatMetadataTimeoutS = '30';
const codecs = ['gzip', 'snappy', 'lz4', 'zstd'] as const;
const codecNumbers = { gzip: Compression.Gzip, snappy: Compression.Snappy, lz4: Compression.Lz4, zstd: Compression.Zstd };

interface KcatRow {
  key: string;
  value: string;
  headers: string;
  partition: number;
  offset: number;
}

function kcatRows(stdout: string): KcatRow[] {
  return stdout.split('\n').filter((l) => l.startsWith('key-')).map((l) => {
    const [key, value, headers, partition, offset] = l.split(' ');
    return { key: key!, value: value!, headers: headers!, partition: Number(partition), offset: Number(offset) };
  });
}

const text = (hex: string | null): string | null => (hex === null ? null : Buffer.from(hex, 'hex').toString());

describeWithTools(['kcat'], 'Produce and Fetch on the KAFKA listener', () => {
  let cluster: TestCluster;
  beforeAll(async () => {
    cluster = await startCluster({ brokers: 1, name: 'kafka-produce-fetch' });
    await createTopics(cluster, [...codecs.map((c) => ({ topic: `kcat-${c}`, numPartitions: 1 })), ...codecs.map((c) => ({ topic: `samsa-${c}`, numPartitions: 1 }))]);
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop();
  });

  const kcatArgs = (...args: string[]): string[] => ['-b', cluster.kafkaBootstrap, '-m', kcatMetadataTimeoutS, ...args];

  test.each(codecs)('kcat -z %s: keys and headers round-trip through kcat and read the same in Samsa\'s client', async (codec) => {
    const topic = `kcat-${codec}`;
    // Repetitive values, so that librdkafka's compressed batch is smaller and it keeps the codec.
    const lines = Array.from({ length: recordCount }, (_, i) => `key-${i}:value-${i}-${'x'.repeat(200)}`);
    succeeded(await runTool(kcat, kcatArgs('-P', '-t', topic, '-p', '0', '-z', codec, '-K:', '-H', 'origin=kcat', '-H', `codec=${codec}`, '-X', 'acks=all', '-X', 'linger.ms=100'), {
      timeoutMs: toolTimeoutMs, input: `${lines.join('\n')}\n`,
    }));

    const consumed = await runTool(kcat, kcatArgs('-C', '-t', topic, '-o', 'beginning', '-e', '-f', '%k %s %h %p %o\\n'), { timeoutMs: toolTimeoutMs });
    const rows = kcatRows(succeeded(consumed));
    expect(rows).toEqual(lines.map((l, offset) => {
      const [key, value] = l.split(':');
      return { key, value, headers: `origin=kcat,codec=${codec}`, partition: 0, offset };
    }));

    const stored = await readFile(path.join(cluster.brokers[0]!.logDir, `${topic}-0`, '00000000000000000000.log'));
    // librdkafka compresses with gzip, snappy or lz4 only when the broker serves Produce v0 (it then
    // produces at v7): the stored batch keeps the codec kcat chose.
    expect(readBatchHeader(stored, 0).attributes & 0x07).toBe(codecNumbers[codec]);

    const timestamps = kcatRows((await runTool(kcat, kcatArgs('-C', '-t', topic, '-o', 'beginning', '-e', '-f', 'key-%o %T\\n'), { timeoutMs: toolTimeoutMs })).stdout)
      .map((r) => Number(r.value));
    const samsa = await samsaRead(cluster, topic, 0, 0, recordCount);
    expect(samsa.map((r) => ({ offset: r.offset, timestamp: r.timestamp, key: text(r.key), value: text(r.value), headers: r.headers.map(([k, v]) => `${k}=${text(v)}`).join(',') })))
      .toEqual(rows.map((r, i) => ({ offset: r.offset, timestamp: timestamps[i], key: r.key, value: r.value, headers: r.headers })));
  }, 3 * toolTimeoutMs + 30_000);

  test.each(codecs)('records written by Samsa\'s client with %s read the same through kcat, timestamps and empty header values included', async (codec) => {
    const topic = `samsa-${codec}`;
    const samsa = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'produce-fetch', logLevel: 'silent' });
    const producer = samsa.producer({ acks: -1, compression: codecNumbers[codec] });
    await producer.connect();
    const baseTimestamp = 1_700_000_000_000;
    try {
      await producer.send({
        topic,
        messages: Array.from({ length: recordCount }, (_, i) => ({
          partition: 0, key: `key-${i}`, value: `v${i}-${'y'.repeat(100)}`, timestamp: baseTimestamp + i,
          headers: [{ key: 'from', value: Buffer.from('samsa') }, { key: 'empty', value: Buffer.alloc(0) }],
        })),
      });
    } finally {
      await producer.disconnect();
    }
    const stored = await readFile(path.join(cluster.brokers[0]!.logDir, `${topic}-0`, '00000000000000000000.log'));
    expect(readBatchHeader(stored, 0).attributes & 0x07).toBe(codecNumbers[codec]);
    const run = await runTool(kcat, kcatArgs('-C', '-t', topic, '-o', 'beginning', '-e', '-f', '%k %s %h %p %o %T\\n'), { timeoutMs: toolTimeoutMs });
    const rows = succeeded(run).split('\n').filter((l) => l.startsWith('key-'));
    expect(rows).toEqual(Array.from({ length: recordCount }, (_, i) => `key-${i} v${i}-${'y'.repeat(100)} from=samsa,empty= 0 ${i} ${baseTimestamp + i}`));
  }, 2 * toolTimeoutMs + 30_000);
});
