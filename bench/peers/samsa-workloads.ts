/**
 * The peers workloads against Samsa: replication-perf's producer loop (acks=all to topics with
 * replication factor 3 and min.insync.replicas=2), consumer-perf's read from the beginning of
 * every partition, and a real Kafka client's producer (bench/kafka_protocol_perf.py, i.e.
 * librdkafka) against the brokers' KAFKA listener.
 */

import { execFile } from 'node:child_process';
import path from 'node:path';
import { Compression, type Samsa } from '../../client';
import { type ProduceResult, type ThroughputResult, produceAtRate, produceBounded } from './load';
import type { Skipped } from './table';
import { readBatches } from '../read-batches';

/** replication-perf's producer properties: acks=all linger.ms=5 batch.size=262144 compression.type=none. */
const throughputProducer = { acks: -1, lingerMs: 5, batchSizeBytes: 262_144, compression: Compression.None } as const;
/** The fixed-rate producer sends each record at once. */
const latencyProducer = { ...throughputProducer, lingerMs: 0 } as const;
/** How long a fixed-rate send may wait for its acknowledgement. */
const ackTimeoutMs = 30_000;
/** A read that sees no record for this long ends short (consumer-perf's --timeout). */
const consumeIdleTimeoutMs = 10_000;
const idleCheckIntervalMs = 1_000;
const python = '/usr/bin/python3';
/** Bound on the Kafka client's run (the script bounds itself at 600 s too). */
const kafkaClientTimeoutMs = 11 * 60_000;
const kafkaClientOutputBytesMax = 16 * 1024 * 1024;

export async function samsaProduce(
  client: Samsa,
  topic: string,
  opts: { count: number; recordSizeBytes: number; inFlightMax: number; timeoutMs: number },
): Promise<ProduceResult> {
  const producer = client.producer(throughputProducer);
  await producer.connect();
  const value = Buffer.alloc(opts.recordSizeBytes, 0x61);
  try {
    return await produceBounded({ label: 'Samsa produce', ...opts }, () => producer.send({ topic, messages: [{ key: null, value }] }));
  } finally {
    await producer.disconnect();
  }
}

export async function samsaProduceAtRate(
  client: Samsa,
  topic: string,
  opts: { ratePerSec: number; durationMs: number; recordSizeBytes: number; inFlightMax: number },
): Promise<ProduceResult> {
  const producer = client.producer(latencyProducer);
  await producer.connect();
  const value = Buffer.alloc(opts.recordSizeBytes, 0x61);
  try {
    return await produceAtRate({ label: 'Samsa fixed rate', ackTimeoutMs, ...opts }, () => producer.send({ topic, messages: [{ key: null, value }] }));
  } finally {
    await producer.disconnect();
  }
}

/** Reads every partition from its log start (consumer-perf); time from the seek to the last record. */
export async function samsaConsume(client: Samsa, topic: string, expected: number): Promise<ThroughputResult> {
  const admin = client.admin();
  await admin.connect();
  const offsets = await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect());
  const consumer = client.consumer({ autoOffsetReset: 'earliest' });
  await consumer.connect();
  consumer.assign(offsets.map((o) => ({ topic, partition: o.partition })));
  for (const o of offsets) await consumer.seek({ topic, partition: o.partition, offset: Number(o.low) });
  const startedMs = performance.now();
  let records = 0;
  let bytes = 0;
  let lastRecordMs = startedMs;
  const idleCheck = setInterval(() => {
    if (performance.now() - lastRecordMs > consumeIdleTimeoutMs) {
      process.stderr.write(`Samsa consume: no record for ${consumeIdleTimeoutMs} ms: stopping after ${records} of ${expected}\n`);
      void consumer.stop();
    }
  }, idleCheckIntervalMs);
  try {
    await readBatches(consumer, expected, (batchRecords, batchBytes) => {
      records += batchRecords;
      bytes += batchBytes;
      lastRecordMs = performance.now();
    });
  } finally {
    clearInterval(idleCheck);
    await consumer.disconnect();
  }
  return { records, bytes, elapsedMs: Math.max(lastRecordMs - startedMs, 1), failures: Math.max(0, expected - records) };
}

function execText(file: string, args: string[], timeoutMs: number): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { timeout: timeoutMs, maxBuffer: kafkaClientOutputBytesMax, killSignal: 'SIGKILL' }, (err, stdout, stderr) => {
      resolve({ ok: err === null, stdout, stderr });
    });
  });
}

/** Why the Kafka client cannot run here, or undefined when it can. */
export async function kafkaClientMissing(): Promise<string | undefined> {
  const probe = await execText(python, ['-c', 'import confluent_kafka'], 30_000);
  return probe.ok ? undefined : `no confluent_kafka for ${python} (apt-get install python3-confluent-kafka)`;
}

/** bench/kafka_protocol_perf.py's producer: acks=all, linger.ms=5, round robin over the partitions. */
export async function kafkaClientProduce(
  kafkaBootstrap: string,
  topic: string,
  opts: { count: number; recordSizeBytes: number; partitions: number },
): Promise<ThroughputResult | Skipped> {
  // From dist/bench/peers/ to the script in the source tree.
  const script = path.join(__dirname, '../../../bench/kafka_protocol_perf.py');
  const run = await execText(python, [script, 'produce', kafkaBootstrap, topic, String(opts.count), String(opts.recordSizeBytes), String(opts.partitions)], kafkaClientTimeoutMs);
  if (!run.ok) {
    process.stderr.write(run.stderr);
    return { skipped: `kafka_protocol_perf.py failed: ${run.stderr.trim().split('\n').pop() ?? 'no output'}` };
  }
  const r = JSON.parse(run.stdout.trim().split('\n').pop()!) as { records: number; bytes: number; seconds: number; errors: number; first_error?: string | null };
  if (r.first_error) process.stderr.write(`Kafka client produce: ${r.first_error}\n`);
  return { records: r.records, bytes: r.bytes, elapsedMs: Math.max(r.seconds * 1000, 1), failures: r.errors };
}
