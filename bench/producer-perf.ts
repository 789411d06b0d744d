/**
 * Producer throughput and latency, in the style of Kafka's kafka-producer-perf-test.sh
 * (`ProducerPerformance`): the same flags, a line per reporting window and a final line with
 * latency percentiles, so figures read the same way as Kafka's.
 *
 *   node dist/bench/producer-perf.js --bootstrap-server 127.0.0.1:9092 --topic perf \
 *     --num-records 1000000 --record-size 100 --throughput -1 \
 *     --producer-props acks=1 linger.ms=5 batch.size=262144 compression.type=none
 *
 * `--start-broker` runs a local 1-broker cluster first (ZooKeeper from ZK_CONNECT, or a
 * `zookeeper:3.8` container), so a figure can be reproduced with one command.
 */

import { Samsa } from '../client';
import { Compression } from '../proto/batch-header';
import { runAgainst, runMain } from './local-cluster';
import { ThroughputThrottler } from './throughput-throttler';

/** Kafka's reporting window. */
const reportIntervalMs = 5_000;
/** Sends awaiting an acknowledgement at once; bounds memory when the broker falls behind. */
const inFlightSendsMax = 10_000;
/** Latency samples kept for percentiles (Kafka keeps a bounded sample too). */
const latencySamplesMax = 500_000;

interface PerfOptions {
  bootstrap: string[];
  topic: string;
  numRecords: number;
  recordSizeBytes: number;
  throughput: number;
  producerProps: Map<string, string>;
  startBroker: boolean;
  partitions: number;
}

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: producer-perf --topic T --num-records N --record-size B --throughput R ` +
      '[--producer-props k=v ...] (--bootstrap-server H:P | --start-broker) [--partitions P]\n',
  );
  process.exit(2);
}

export function parseArgs(argv: string[]): PerfOptions {
  const opts: PerfOptions = {
    bootstrap: [], topic: '', numRecords: 0, recordSizeBytes: 0, throughput: -1,
    producerProps: new Map(), startBroker: false, partitions: 1,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = (): string => argv[++i] ?? usage(`${arg} needs a value`);
    switch (arg) {
      case '--bootstrap-server': opts.bootstrap = next().split(','); break;
      case '--topic': opts.topic = next(); break;
      case '--num-records': opts.numRecords = Number(next()); break;
      case '--record-size': opts.recordSizeBytes = Number(next()); break;
      case '--throughput': opts.throughput = Number(next()); break;
      case '--partitions': opts.partitions = Number(next()); break;
      case '--start-broker': opts.startBroker = true; break;
      case '--producer-props':
        while (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) {
          const [k, ...v] = argv[++i]!.split('=');
          opts.producerProps.set(k!, v.join('='));
        }
        break;
      default: usage(`unknown argument ${arg}`);
    }
  }
  if (!opts.topic) usage('--topic is required');
  if (!(opts.numRecords > 0)) usage('--num-records must be > 0');
  if (!(opts.recordSizeBytes > 0)) usage('--record-size must be > 0');
  if (opts.bootstrap.length === 0 && !opts.startBroker) usage('--bootstrap-server or --start-broker is required');
  return opts;
}

function producerConfig(props: Map<string, string>): { acks: -1 | 0 | 1; lingerMs: number; batchSizeBytes: number; compression: Compression } {
  const acksText = props.get('acks') ?? '1';
  const acks = acksText === 'all' ? -1 : Number(acksText);
  if (acks !== -1 && acks !== 0 && acks !== 1) usage(`acks must be all, -1, 0 or 1, got ${acksText}`);
  const codecs: Record<string, Compression> = { none: Compression.None, gzip: Compression.Gzip, snappy: Compression.Snappy, lz4: Compression.Lz4, zstd: Compression.Zstd };
  const codecName = props.get('compression.type') ?? 'none';
  const compression = codecs[codecName];
  if (compression === undefined) usage(`unknown compression.type ${codecName}`);
  return { acks, lingerMs: Number(props.get('linger.ms') ?? 5), batchSizeBytes: Number(props.get('batch.size') ?? 262_144), compression };
}

/** Window and total statistics, as Kafka's `ProducerPerformance.Stats`. */
class Stats {
  private readonly startMs = Date.now();
  private windowStartMs = this.startMs;
  private windowCount = 0;
  private windowBytes = 0;
  private windowLatencySumMs = 0;
  private windowLatencyMaxMs = 0;
  private count = 0;
  private bytes = 0;
  private latencySumMs = 0;
  private latencyMaxMs = 0;
  private readonly samples: number[] = [];
  private readonly sampleEvery: number;

  constructor(numRecords: number) {
    this.sampleEvery = Math.max(1, Math.ceil(numRecords / latencySamplesMax));
  }

  record(latencyMs: number, sizeBytes: number): void {
    this.count++;
    this.bytes += sizeBytes;
    this.latencySumMs += latencyMs;
    this.latencyMaxMs = Math.max(this.latencyMaxMs, latencyMs);
    this.windowCount++;
    this.windowBytes += sizeBytes;
    this.windowLatencySumMs += latencyMs;
    this.windowLatencyMaxMs = Math.max(this.windowLatencyMaxMs, latencyMs);
    if (this.count % this.sampleEvery === 0) this.samples.push(latencyMs);
    if (Date.now() - this.windowStartMs >= reportIntervalMs) this.printWindow();
  }

  private printWindow(): void {
    const elapsedMs = Date.now() - this.windowStartMs;
    process.stdout.write(line(this.windowCount, this.windowBytes, elapsedMs, this.windowLatencySumMs, this.windowLatencyMaxMs) + '.\n');
    this.windowStartMs = Date.now();
    this.windowCount = 0;
    this.windowBytes = 0;
    this.windowLatencySumMs = 0;
    this.windowLatencyMaxMs = 0;
  }

  printTotal(): void {
    const elapsedMs = Date.now() - this.startMs;
    const sorted = [...this.samples].sort((a, b) => a - b);
    // Whole milliseconds, as Kafka prints its percentiles.
    const at = (q: number): number => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
    process.stdout.write(
      `${line(this.count, this.bytes, elapsedMs, this.latencySumMs, this.latencyMaxMs)}, ` +
        `${at(0.5)} ms 50th, ${at(0.95)} ms 95th, ${at(0.99)} ms 99th, ${at(0.999)} ms 99.9th.\n`,
    );
  }
}

function line(count: number, bytes: number, elapsedMs: number, latencySumMs: number, latencyMaxMs: number): string {
  const seconds = Math.max(elapsedMs, 1) / 1000;
  const recordsPerSec = count / seconds;
  const mbPerSec = bytes / (1024 * 1024) / seconds;
  const avgLatencyMs = count > 0 ? latencySumMs / count : 0;
  return `${count} records sent, ${recordsPerSec.toFixed(1)} records/sec (${mbPerSec.toFixed(2)} MB/sec), ` +
    `${avgLatencyMs.toFixed(2)} ms avg latency, ${latencyMaxMs.toFixed(1)} ms max latency`;
}

async function run(opts: PerfOptions, bootstrap: string[]): Promise<void> {
  const client = new Samsa({ brokers: bootstrap, clientId: 'producer-perf' });
  const admin = client.admin();
  await admin.connect();
  const existing = await admin.listTopics();
  if (!existing.includes(opts.topic)) {
    await admin.createTopics({ topics: [{ topic: opts.topic, numPartitions: opts.partitions, replicationFactor: 1 }], waitForLeaders: true, timeoutMs: 30_000 });
  }
  await admin.disconnect();

  const producer = client.producer(producerConfig(opts.producerProps));
  await producer.connect();
  const payload = Buffer.alloc(opts.recordSizeBytes, 0x61);
  const stats = new Stats(opts.numRecords);
  const throttler = new ThroughputThrottler(opts.throughput);
  let inFlight = 0;
  let failures = 0;
  let slotFreed: (() => void) | undefined;
  let settled = 0;
  let allSettled: (() => void) | undefined;
  for (let i = 0; i < opts.numRecords; i++) {
    const due = throttler.wait(i);
    if (due !== undefined) await due;
    while (inFlight >= inFlightSendsMax) await new Promise<void>((r) => (slotFreed = r));
    inFlight++;
    const sentAtMs = performance.now();
    // Kafka's loop: one send per record, its callback (no promise per record) timing it.
    producer.produce({ topic: opts.topic, messages: [{ key: null, value: payload }] }, (err) => {
      if (err === null) stats.record(performance.now() - sentAtMs, payload.length);
      else if (failures++ === 0) process.stderr.write(`send failed: ${err.message}\n`);
      inFlight--;
      slotFreed?.();
      slotFreed = undefined;
      if (++settled === opts.numRecords) allSettled?.();
    });
  }
  if (settled < opts.numRecords) await new Promise<void>((r) => (allSettled = r));
  stats.printTotal();
  if (opts.throughput > 0) process.stdout.write(`# target ${opts.throughput} records/sec; sends fell behind schedule by ${throttler.behindMsMax.toFixed(0)} ms at most\n`);
  if (failures > 0) process.stderr.write(`${failures} sends failed\n`);
  await producer.disconnect();
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const target = opts.startBroker ? { name: 'producer-perf', brokers: 1 } : { bootstrap: opts.bootstrap };
  await runAgainst(target, (bootstrap) => run(opts, bootstrap));
}

if (require.main === module) runMain(main);
