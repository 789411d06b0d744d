/**
 * Produce and Fetch on the KAFKA listener of a real broker with kcat (librdkafka): keyed records
 * with headers produced with each of Kafka's codecs come back from `kcat -C` with the same key,
 * value, headers, partition and offset, are stored with the codec kcat chose, and read the same
 * through Samsa's own client on the protobuf listener (timestamps too); records written by
 * Samsa's client with each codec (snappy among them) read the same through kcat.
 */
import { readFile } from 'node:fs/promises';
import { Socket } from 'node:net';
import path from 'node:path';
import { Compression, readBatchHeader } from '../../proto/batch-header';
import { Samsa } from '../../client';
import { ApiKey } from '../../proto/api';
import { ErrorCode } from '../../proto/errors';
import { KafkaReader, KafkaWriter } from '../../broker/network/codecs/kafka/primitives';
import { kafkaBatch } from '../../broker/network/codecs/kafka/records/kafka-batch-fixture';
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
    await createTopics(cluster, [
      ...codecs.map((c) => ({ topic: `kcat-${c}`, numPartitions: 1 })), ...codecs.map((c) => ({ topic: `samsa-${c}`, numPartitions: 1 })),
      { topic: 'partly-bad', numPartitions: 2 },
    ]);
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

  test('a Produce with one batch that lies writes the other partition and answers the bad one with INVALID_RECORD; at acks=0 the connection closes', async () => {
    const good = await kafkaBatch([{ timestampDelta: 0, offsetDelta: 0, key: Buffer.from('k'), value: Buffer.from('kept'), headers: [] }], { firstTimestamp: 1_700_000_000_000 });
    const lying = await kafkaBatch([{ timestampDelta: 0, offsetDelta: 0, key: null, value: Buffer.from('lost'), headers: [] }], { recordCount: 2, lastOffsetDelta: 1 });
    const produce = (acks: number): Buffer => {
      const w = new KafkaWriter(256, 4);
      w.int16(ApiKey.Produce).int16(7).int32(1).string('raw', false);
      w.string(null, false).int16(acks).int32(10_000).int32(1).string('partly-bad', false).int32(2);
      w.int32(0).bytes(good, false).int32(1).bytes(lying, false);
      return w.finishFrame();
    };
    const answer = await exchangeRaw(produce(1));
    const r = new KafkaReader(answer!, 4);
    expect(r.int32()).toBe(1);
    const partitions: number[][] = [];
    for (let t = r.int32(); t > 0; t--) {
      r.string(false, false);
      for (let p = r.int32(); p > 0; p--) {
        partitions.push([r.int32(), r.int16(), r.int64()]);
        r.int64();
        r.int64();
      }
    }
    expect(partitions).toEqual([[0, ErrorCode.NONE, 0], [1, ErrorCode.INVALID_RECORD, -1]]);
    expect((await samsaRead(cluster, 'partly-bad', 0, 0, 1)).map((x) => text(x.value))).toEqual(['kept']);
    // acks=0: no answer, and the connection is closed because an append failed (KafkaApis).
    expect(await exchangeRaw(produce(0))).toBeUndefined();
    expect((await samsaRead(cluster, 'partly-bad', 0, 0, 2)).map((x) => text(x.value))).toEqual(['kept', 'kept']);
    const admin = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'produce-fetch-admin', logLevel: 'silent' }).admin();
    await admin.connect();
    const ends = await admin.fetchTopicOffsets('partly-bad').finally(() => admin.disconnect());
    expect(ends.find((e) => e.partition === 1)?.high).toBe(0);
  }, 60_000);

  /** Sends one frame to the KAFKA listener; resolves with the response frame, or undefined when the broker closes the connection instead. */
  function exchangeRaw(frame: Buffer): Promise<Buffer | undefined> {
    const [host, port] = cluster.brokers[0]!.kafkaBootstrap.split(':');
    return new Promise((resolve, reject) => {
      const socket = new Socket();
      let received = Buffer.alloc(0);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error('no answer and no close within 20 s'));
      }, 20_000);
      socket.on('data', (chunk: Buffer) => {
        received = Buffer.concat([received, chunk]);
        if (received.length >= 4 && received.length >= 4 + received.readInt32BE(0)) {
          clearTimeout(timer);
          socket.destroy();
          resolve(received);
        }
      });
      socket.on('close', () => {
        clearTimeout(timer);
        resolve(undefined);
      });
      socket.on('error', () => undefined);
      socket.connect(Number(port), host!, () => socket.write(frame));
    });
  }
});
