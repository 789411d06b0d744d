/**
 * Latency at a fixed rate, Kafka's EndToEndLatency shape: a producer sends 100-byte records with
 * acks=all and linger.ms=0 to a replication-factor-3 topic (min ISR 2) at `--throughput`
 * records/s, and a group consumer in the same process reads them. Prints two distributions:
 *
 * - ack latency: send to acknowledgement (the high watermark passed the record);
 * - end to end: send to the group consumer's eachMessage callback.
 *
 *   node --max-semi-space-size=64 dist/bench/end-to-end-latency.js --start-brokers
 *   node dist/bench/end-to-end-latency.js --bootstrap-server 127.0.0.1:9092 --throughput 10000 --seconds 10
 *
 * Each record carries its sequence number; send times stay in a preallocated array, so the
 * measurement itself allocates nothing per record beyond the send.
 */

import { Samsa } from '../client';
import { createReplicatedTopic, warmUpTopic } from './replication-perf';
import { runAgainst, runMain } from './local-cluster';

/** Bound on the group's first assignment. */
const joinTimeoutMs = 60_000;
/** Bound on the wait for the last records after the producer stops. */
const drainTimeoutMs = 30_000;
/** How often the fixed-rate loop wakes to send what is due. */
const pacingIntervalMs = 1;

export interface LatencyOptions {
  bootstrap: string[];
  startBrokers: boolean;
  throughput: number;
  seconds: number;
  partitions: number;
  recordSizeBytes: number;
  /**
   * Seconds at the start whose records are left out of the figures and printed apart: the
   * connections and first fetches, and then the compiler. At 10,000 records/s the four processes'
   * hot code takes about four seconds to be optimised (median ack latency 10-14 ms over those
   * seconds, about 2 ms after), so a one-second warm-up measured mostly the compiler.
   */
  warmupSeconds: number;
  /** The producer's maxInFlightRequests (Kafka's max.in.flight.requests.per.connection). */
  maxInFlight: number;
}

export interface LatencySummary {
  records: number;
  ack: Percentiles;
  endToEnd: Percentiles;
}

export interface Percentiles {
  p50: number;
  p99: number;
  p999: number;
  max: number;
}

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: end-to-end-latency (--bootstrap-server H:P | --start-brokers) [--throughput 10000] [--seconds 30] ` +
      '[--partitions 6] [--record-size 100] [--warmup-seconds 5] [--max-in-flight 5]\n',
  );
  process.exit(2);
}

export function parseArgs(argv: string[]): LatencyOptions {
  const opts: LatencyOptions = { bootstrap: [], startBrokers: false, throughput: 10_000, seconds: 30, partitions: 6, recordSizeBytes: 100, warmupSeconds: 5, maxInFlight: 5 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = (): number => {
      const v = Number(argv[++i]);
      if (!(v >= 0)) usage(`${arg} needs a non-negative number`);
      return v;
    };
    switch (arg) {
      case '--bootstrap-server': opts.bootstrap = (argv[++i] ?? usage('--bootstrap-server needs H:P')).split(','); break;
      case '--start-brokers': opts.startBrokers = true; break;
      case '--throughput': opts.throughput = next(); break;
      case '--seconds': opts.seconds = next(); break;
      case '--partitions': opts.partitions = next(); break;
      case '--record-size': opts.recordSizeBytes = Math.max(8, next()); break;
      case '--warmup-seconds': opts.warmupSeconds = next(); break;
      case '--max-in-flight': opts.maxInFlight = Math.max(1, next()); break;
      default: usage(`unknown argument ${arg}`);
    }
  }
  if (opts.bootstrap.length === 0 && !opts.startBrokers) usage('--bootstrap-server or --start-brokers is required');
  return opts;
}

export function percentiles(samples: Float64Array | number[]): Percentiles {
  const sorted = Float64Array.from(samples).sort();
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), p999: at(0.999), max: sorted[sorted.length - 1] ?? 0 };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs the measurement against `bootstrap`; prints and returns the figures. */
export async function measureLatency(bootstrap: string[], opts: LatencyOptions): Promise<LatencySummary> {
  const client = new Samsa({ brokers: bootstrap, clientId: 'end-to-end-latency', logLevel: 'error' });
  const topic = `e2e-latency-${Date.now().toString(36)}`;
  await createReplicatedTopic(client, topic, opts.partitions);
  // Sequence 0xffffffff: the consumer below leaves these out.
  const warmUpMs = await warmUpTopic(client, topic, opts.partitions, Buffer.alloc(opts.recordSizeBytes, 0xff));
  const total = Math.round(opts.throughput * opts.seconds);
  const warmup = Math.round(opts.throughput * opts.warmupSeconds);
  const sentAt = new Float64Array(total);
  const ackMs = new Float64Array(total).fill(-1);
  const e2eMs = new Float64Array(total).fill(-1);
  let consumed = 0;

  const consumer = client.consumer({ groupId: `${topic}-group` });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  void consumer.run({
    eachMessage: ({ message }) => {
      const seq = message.value!.readUInt32BE(0);
      if (seq < total && e2eMs[seq]! < 0) {
        e2eMs[seq] = performance.now() - sentAt[seq]!;
        consumed++;
      }
      return Promise.resolve();
    },
  });
  const joinDeadline = Date.now() + joinTimeoutMs;
  while (consumer.assignment().length < opts.partitions) {
    if (Date.now() > joinDeadline) throw new Error(`the consumer had no full assignment within ${joinTimeoutMs} ms`);
    await sleep(20);
  }

  const producer = client.producer({ acks: -1, lingerMs: 0, maxInFlightRequests: opts.maxInFlight });
  await producer.connect();
  let failures = 0;
  let acked = 0;
  const startMs = performance.now();
  for (let sent = 0; sent < total;) {
    const due = Math.min(total, Math.floor(((performance.now() - startMs) / 1000) * opts.throughput) + 1);
    for (; sent < due; sent++) {
      const value = Buffer.alloc(opts.recordSizeBytes, 0x61);
      value.writeUInt32BE(sent, 0);
      const seq = sent;
      sentAt[seq] = performance.now();
      producer.produce({ topic, messages: [{ key: null, value }] }, (err) => {
        if (err === null) ackMs[seq] = performance.now() - sentAt[seq]!;
        else if (failures++ === 0) process.stderr.write(`send failed: ${err.message}\n`);
        acked++;
      });
    }
    await sleep(pacingIntervalMs);
  }
  const drainDeadline = Date.now() + drainTimeoutMs;
  while ((acked < total || consumed < total - failures) && Date.now() < drainDeadline) await sleep(10);
  const elapsedS = (performance.now() - startMs) / 1000;
  await producer.disconnect();
  await consumer.disconnect();

  const measured = (a: Float64Array): Float64Array => a.subarray(warmup).filter((v) => v >= 0);
  const warmupAck = percentiles(ackMs.subarray(0, warmup).filter((v) => v >= 0));
  const summary: LatencySummary = { records: total - warmup, ack: percentiles(measured(ackMs)), endToEnd: percentiles(measured(e2eMs)) };
  const fmt = (p: Percentiles): string => `${p.p50.toFixed(2)} ms 50th, ${p.p99.toFixed(2)} ms 99th, ${p.p999.toFixed(2)} ms 99.9th, ${p.max.toFixed(2)} ms max`;
  process.stdout.write(
    `# ${total} records of ${opts.recordSizeBytes} B at ${opts.throughput} records/s (${(total / elapsedS).toFixed(0)} achieved) to ` +
      `${opts.partitions} partitions, RF 3, min ISR 2, acks=all, linger.ms=0, max in flight ${opts.maxInFlight}; first ${warmup} left out` +
      `; the topic's first acks=all writes took ${warmUpMs.toFixed(0)} ms${failures > 0 ? `; ${failures} sends FAILED` : ''}${consumed < total - failures ? `; only ${consumed} consumed` : ''}\n` +
      `ack latency: ${fmt(summary.ack)}\nend-to-end latency: ${fmt(summary.endToEnd)}\n` +
      `# the warm-up's ack latency (left out above): ${warmup > 0 ? fmt(warmupAck) : 'none'}\n`,
  );
  if (failures > 0 || consumed < total - failures) process.exitCode = 1;
  return summary;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const target = opts.startBrokers ? { name: 'end-to-end-latency', brokers: 3 } : { bootstrap: opts.bootstrap };
  await runAgainst(target, async (bootstrap) => {
    await measureLatency(bootstrap, opts);
  });
}

if (require.main === module) runMain(main);
