/**
 * Replicated producer throughput: kafka-producer-perf-test.sh's loop and output against a topic
 * with replication factor 3 and `min.insync.replicas=2`, produced with acks=all, so every
 * acknowledgement waits for the high watermark to pass the batch (the followers fetched it).
 * Two runs by default, as the Performance targets of the replication work name them:
 * 100-byte records (records/sec) and 1 KiB records (MB/sec).
 *
 *   node --max-semi-space-size=64 dist/bench/replication-perf.js --start-brokers
 *   node --max-semi-space-size=64 dist/bench/replication-perf.js --bootstrap-server 127.0.0.1:9092 \
 *     --partitions 3 --record-sizes 100,1024 --num-records 1000000,300000
 *
 * `--start-brokers` runs a local 3-broker cluster from the integration-test fixtures (ZooKeeper
 * from ZK_CONNECT, or a `zookeeper:3.8` container) and stops it afterwards.
 */

import { Samsa } from '../client';
import { Compression } from '../proto/batch-header';
import { runMain, startLocalCluster } from './local-cluster';
import { ThroughputThrottler } from './throughput-throttler';

/** Kafka's reporting window. */
const reportIntervalMs = 5_000;
/** Sends awaiting an acknowledgement at once; bounds memory when the replicas fall behind. */
const inFlightSendsMax = 10_000;
/** Latency samples kept for percentiles (Kafka keeps a bounded sample too). */
const latencySamplesMax = 500_000;
/** Bound on topic creation, leaders included. */
const createTopicTimeoutMs = 30_000;
const brokerCount = 3;
const replicationFactor = 3;
const minInsyncReplicas = 2;

interface ReplicationPerfOptions {
  bootstrap: string[];
  startBrokers: boolean;
  topicPrefix: string;
  partitions: number;
  recordSizesBytes: number[];
  numRecords: number[];
  producerProps: Map<string, string>;
  /** Records/sec to send at, as Kafka's `--throughput`; -1 sends as fast as acknowledgements allow. */
  throughput: number;
  /**
   * Leading records timed apart and left out of the totals (Kafka's `--warmup-records`, KIP-1052):
   * the brokers' and the client's code is still being compiled while they are acknowledged.
   */
  warmupRecords: number;
}

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: replication-perf (--bootstrap-server H:P | --start-brokers) [--partitions P] ` +
      '[--record-sizes 100,1024] [--num-records 3000000,600000] [--topic-prefix T] [--throughput R] [--warmup-records N] [--producer-props k=v ...]\n',
  );
  process.exit(2);
}

function numberList(text: string, flag: string): number[] {
  const values = text.split(',').map(Number);
  if (values.some((v) => !(Number.isInteger(v) && v > 0))) usage(`${flag} takes positive integers, got ${text}`);
  return values;
}

export function parseArgs(argv: string[]): ReplicationPerfOptions {
  const opts: ReplicationPerfOptions = {
    bootstrap: [], startBrokers: false, topicPrefix: `replication-perf-${Date.now().toString(36)}`, partitions: 3,
    recordSizesBytes: [100, 1024], numRecords: [3_000_000, 600_000],
    producerProps: new Map([['acks', 'all'], ['linger.ms', '5'], ['batch.size', '262144'], ['compression.type', 'none']]),
    throughput: -1,
    warmupRecords: 0,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = (): string => argv[++i] ?? usage(`${arg} needs a value`);
    switch (arg) {
      case '--bootstrap-server': opts.bootstrap = next().split(','); break;
      case '--start-brokers': opts.startBrokers = true; break;
      case '--topic-prefix': opts.topicPrefix = next(); break;
      case '--throughput': opts.throughput = numberList(next(), arg)[0]!; break;
      case '--warmup-records': opts.warmupRecords = numberList(next(), arg)[0]!; break;
      case '--partitions': opts.partitions = numberList(next(), arg)[0]!; break;
      case '--record-sizes': opts.recordSizesBytes = numberList(next(), arg); break;
      case '--num-records': opts.numRecords = numberList(next(), arg); break;
      case '--producer-props':
        while (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) {
          const [k, ...v] = argv[++i]!.split('=');
          opts.producerProps.set(k!, v.join('='));
        }
        break;
      default: usage(`unknown argument ${arg}`);
    }
  }
  if (opts.bootstrap.length === 0 && !opts.startBrokers) usage('--bootstrap-server or --start-brokers is required');
  if (opts.numRecords.length !== opts.recordSizesBytes.length) usage('--num-records needs one count per --record-sizes entry');
  if (opts.numRecords.some((n) => opts.warmupRecords >= n)) usage('--warmup-records must be fewer than every --num-records count');
  return opts;
}

export interface PerfProducerConfig {
  acks: -1 | 0 | 1;
  lingerMs: number;
  batchSizeBytes: number;
  compression: Compression;
}

export function producerConfig(props: Map<string, string>): PerfProducerConfig {
  const acksText = props.get('acks') ?? 'all';
  const acks = acksText === 'all' ? -1 : Number(acksText);
  if (acks !== -1 && acks !== 0 && acks !== 1) usage(`acks must be all, -1, 0 or 1, got ${acksText}`);
  const codecs: Record<string, Compression> = { none: Compression.None, gzip: Compression.Gzip, snappy: Compression.Snappy, lz4: Compression.Lz4, zstd: Compression.Zstd };
  const codecName = props.get('compression.type') ?? 'none';
  const compression = codecs[codecName];
  if (compression === undefined) usage(`unknown compression.type ${codecName}`);
  return { acks, lingerMs: Number(props.get('linger.ms') ?? 5), batchSizeBytes: Number(props.get('batch.size') ?? 262_144), compression };
}

function line(count: number, bytes: number, elapsedMs: number, latencySumMs: number, latencyMaxMs: number): string {
  const seconds = Math.max(elapsedMs, 1) / 1000;
  const avgLatencyMs = count > 0 ? latencySumMs / count : 0;
  return `${count} records sent, ${(count / seconds).toFixed(1)} records/sec (${(bytes / (1024 * 1024) / seconds).toFixed(2)} MB/sec), ` +
    `${avgLatencyMs.toFixed(2)} ms avg latency, ${latencyMaxMs.toFixed(1)} ms max latency`;
}

interface StatsTotals { count: number; bytes: number; latencySumMs: number; latencyMaxMs: number }

function addTo(s: StatsTotals, latencyMs: number, sizeBytes: number): void {
  s.count++;
  s.bytes += sizeBytes;
  s.latencySumMs += latencyMs;
  if (latencyMs > s.latencyMaxMs) s.latencyMaxMs = latencyMs;
}

/** Window and total statistics with Kafka's `ProducerPerformance.Stats` output. */
class Stats {
  private readonly startMs = Date.now();
  /** The latest acknowledgement: a warm-up's rate ends there, not when the whole run ends. */
  private lastRecordMs = this.startMs;
  private windowStartMs = this.startMs;
  private window: StatsTotals = { count: 0, bytes: 0, latencySumMs: 0, latencyMaxMs: 0 };
  private readonly total: StatsTotals = { count: 0, bytes: 0, latencySumMs: 0, latencyMaxMs: 0 };
  private readonly samples: number[] = [];
  private readonly sampleEvery: number;

  constructor(numRecords: number) {
    this.sampleEvery = Math.max(1, Math.ceil(numRecords / latencySamplesMax));
  }

  /** Called once per acknowledged record: one clock read and no allocation (the loop shares the client's cores). */
  record(latencyMs: number, sizeBytes: number): void {
    const nowMs = Date.now();
    this.lastRecordMs = nowMs;
    addTo(this.window, latencyMs, sizeBytes);
    addTo(this.total, latencyMs, sizeBytes);
    if (this.total.count % this.sampleEvery === 0) this.samples.push(latencyMs);
    if (nowMs - this.windowStartMs >= reportIntervalMs) {
      const w = this.window;
      process.stdout.write(line(w.count, w.bytes, nowMs - this.windowStartMs, w.latencySumMs, w.latencyMaxMs) + '.\n');
      this.windowStartMs = nowMs;
      this.window = { count: 0, bytes: 0, latencySumMs: 0, latencyMaxMs: 0 };
    }
  }

  /** The total line with percentiles; returns records/sec and MB/sec for the summary. */
  printTotal(): { recordsPerSec: number; mbPerSec: number } {
    const elapsedMs = this.lastRecordMs - this.startMs;
    const t = this.total;
    const sorted = [...this.samples].sort((a, b) => a - b);
    // Whole milliseconds, as Kafka prints its percentiles.
    const at = (q: number): number => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
    process.stdout.write(
      `${line(t.count, t.bytes, elapsedMs, t.latencySumMs, t.latencyMaxMs)}, ` +
        `${at(0.5)} ms 50th, ${at(0.95)} ms 95th, ${at(0.99)} ms 99th, ${at(0.999)} ms 99.9th.\n`,
    );
    const seconds = Math.max(elapsedMs, 1) / 1000;
    return { recordsPerSec: t.count / seconds, mbPerSec: t.bytes / (1024 * 1024) / seconds };
  }
}

/** Creates the RF=3, min ISR 2 topic and waits for its leaders. */
export async function createReplicatedTopic(client: Samsa, topic: string, partitions: number): Promise<void> {
  const admin = client.admin();
  await admin.connect();
  try {
    await admin.createTopics({
      topics: [{
        topic, numPartitions: partitions, replicationFactor,
        configEntries: [{ name: 'min.insync.replicas', value: String(minInsyncReplicas) }],
      }],
      waitForLeaders: true,
      timeoutMs: createTopicTimeoutMs,
    });
  } finally {
    await admin.disconnect();
  }
}

/**
 * Sends one acks=all record (`value`) to each partition and waits for them: a new topic's first
 * acks=all write waits for its followers to start fetching (about a second here), and a
 * fixed-rate benchmark that started on a cold topic would measure that backlog, not the rate.
 * Returns how long the first writes took.
 */
export async function warmUpTopic(client: Samsa, topic: string, partitions: number, value: Buffer): Promise<number> {
  const producer = client.producer({ acks: -1, lingerMs: 0 });
  await producer.connect();
  const startMs = performance.now();
  try {
    await producer.send({ topic, messages: Array.from({ length: partitions }, (_, partition) => ({ value, partition })) });
    return performance.now() - startMs;
  } finally {
    await producer.disconnect();
  }
}

/**
 * Kafka's perf loop: one send per record (`produce`, with a callback), at most `inFlightSendsMax` awaiting acknowledgement,
 * latency from send() to acknowledgement. Returns the total figures.
 */
async function producePerf(client: Samsa, topic: string, numRecords: number, recordSizeBytes: number, config: PerfProducerConfig, pace: { throughput: number; warmupRecords: number }): Promise<{ recordsPerSec: number; mbPerSec: number; failures: number }> {
  const producer = client.producer(config);
  await producer.connect();
  const payload = Buffer.alloc(recordSizeBytes, 0x61);
  const { throughput, warmupRecords } = pace;
  const warmupStats = new Stats(warmupRecords);
  let stats = warmupStats;
  let inFlight = 0;
  let failures = 0;
  let slotFreed: (() => void) | undefined;
  let allDone: (() => void) | undefined;
  const done = new Promise<void>((resolve) => (allDone = resolve));
  let settled = 0;
  const settle = (): void => {
    inFlight--;
    slotFreed?.();
    slotFreed = undefined;
    if (++settled === numRecords) allDone?.();
  };
  const throttler = new ThroughputThrottler(throughput);
  for (let i = 0; i < numRecords; i++) {
    const due = throttler.wait(i);
    if (due !== undefined) await due;
    // The measured run's clock starts at its first send.
    if (i === warmupRecords) stats = new Stats(numRecords - warmupRecords);
    const recordStats = stats;
    while (inFlight >= inFlightSendsMax) await new Promise<void>((r) => (slotFreed = r));
    inFlight++;
    const sentAtMs = performance.now();
    // Kafka's loop: one send per record, its callback (no promise per record) timing it.
    producer.produce({ topic, messages: [{ key: null, value: payload }] }, (err) => {
      if (err === null) recordStats.record(performance.now() - sentAtMs, recordSizeBytes);
      else if (failures++ === 0) process.stderr.write(`send failed: ${err.message}\n`);
      settle();
    });
  }
  await done;
  if (warmupRecords > 0) {
    process.stdout.write(`# the first ${warmupRecords} records (warm-up, left out of the total below): `);
    warmupStats.printTotal();
  }
  const totals = stats.printTotal();
  if (throughput > 0) process.stdout.write(`# target ${throughput} records/sec; sends fell behind schedule by ${throttler.behindMsMax.toFixed(0)} ms at most\n`);
  await producer.disconnect();
  return { ...totals, failures };
}

async function run(opts: ReplicationPerfOptions, bootstrap: string[]): Promise<void> {
  const client = new Samsa({ brokers: bootstrap, clientId: 'replication-perf', logLevel: 'error' });
  const config = producerConfig(opts.producerProps);
  const props = [...opts.producerProps].map(([k, v]) => `${k}=${v}`).join(' ');
  const summary: string[] = [];
  let failedSends = 0;
  for (const [index, recordSizeBytes] of opts.recordSizesBytes.entries()) {
    const numRecords = opts.numRecords[index]!;
    const topic = `${opts.topicPrefix}-${recordSizeBytes}`;
    await createReplicatedTopic(client, topic, opts.partitions);
    // Steady state, not the new topic's start: its first acks=all write waits for the followers' first fetch.
    const warmUpMs = await warmUpTopic(client, topic, opts.partitions, Buffer.alloc(recordSizeBytes, 0x61));
    process.stdout.write(
      `# topic ${topic}: ${opts.partitions} partitions, replication factor ${replicationFactor}, ` +
        `min.insync.replicas=${minInsyncReplicas}; ${numRecords} records of ${recordSizeBytes} bytes; ${props}; ` +
        `the topic's first acks=all writes (one per partition, left out) took ${warmUpMs.toFixed(0)} ms\n`,
    );
    const result = await producePerf(client, topic, numRecords, recordSizeBytes, config, opts);
    failedSends += result.failures;
    summary.push(`# ${recordSizeBytes}-byte records: ${result.recordsPerSec.toFixed(1)} records/sec, ` +
      `${result.mbPerSec.toFixed(2)} MB/sec${result.failures > 0 ? `, ${result.failures} sends failed` : ''}`);
  }
  process.stdout.write(`${summary.join('\n')}\n`);
  // A figure from a run that lost sends is not a figure: say so in the exit status too.
  if (failedSends > 0) process.exitCode = 1;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  if (!opts.startBrokers) {
    await run(opts, opts.bootstrap);
    return;
  }
  const local = await startLocalCluster({ name: 'replication-perf', brokers: brokerCount });
  try {
    await run(opts, local.bootstrap);
  } finally {
    await local.stop();
  }
}

if (require.main === module) runMain(main);
