/**
 * `samsa producer-perf-test`: kafka-producer-perf-test.sh (Kafka's ProducerPerformance). Sends
 * --num-records records of --record-size bytes (random uppercase letters, as Kafka's), or
 * payloads from --payload-file, or increasing numbers (--payload-monotonic), at most
 * --throughput records/s, and prints Kafka's window line every 5 s and its total line at the end
 * (perf-format.ts). bootstrap.servers may come in --producer-props, as Kafka's tool takes it.
 */

import { readFileSync } from 'node:fs';
import { type Producer, type ProducerConfig } from '../producer/producer';
import { CliUsageError, type ParsedArgs, stringArg } from './args';
import { type CliIo, write } from './output';
import { applyProducerProperties } from './produce';
import { type ProducerWindow, latencyPercentiles, producerTotalLine, producerWindowLine } from './perf-format';

/** Kafka's reporting window. */
export const reportingIntervalMs = 5_000;
/** Latency samples kept for percentiles, as Kafka's Stats keeps (numRecords / 500,000 sampling). */
const latencySamplesMax = 500_000;
/** Sends not yet acknowledged; the loop waits at this bound so memory stays bounded. */
const sendsInFlightMax = 10_000;

export interface ProducerPerfOptions {
  topic: string;
  numRecords: number;
  recordSizeBytes: number | undefined;
  payloads: Buffer[];
  payloadMonotonic: boolean;
  throughput: number;
  producer: ProducerConfig;
  ignored: string[];
  bootstrapServers: string | undefined;
}

function positiveInt(args: ParsedArgs, name: string): number | undefined {
  const text = stringArg(args, name);
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n <= 0) throw new CliUsageError(`--${name} should be greater than zero, not '${text}'`);
  return n;
}

export function producerPerfOptions(args: ParsedArgs, readFile: (path: string) => string = (p) => readFileSync(p, 'utf8')): ProducerPerfOptions {
  const topic = stringArg(args, 'topic');
  if (!topic) throw new CliUsageError('producer-perf-test needs --topic');
  const numRecords = positiveInt(args, 'num-records');
  if (numRecords === undefined) throw new CliUsageError('producer-perf-test needs --num-records');
  const throughputText = stringArg(args, 'throughput');
  const throughput = Number(throughputText);
  if (throughputText === undefined || Number.isNaN(throughput)) throw new CliUsageError('producer-perf-test needs --throughput (records/s, -1 for no limit)');
  const recordSizeBytes = positiveInt(args, 'record-size');
  const payloadFile = stringArg(args, 'payload-file');
  const payloadMonotonic = args['payload-monotonic'] === true;
  if ([recordSizeBytes !== undefined, payloadFile !== undefined, payloadMonotonic].filter(Boolean).length !== 1) {
    throw new CliUsageError('exactly one of --record-size, --payload-file or --payload-monotonic must be given');
  }
  const payloads = payloadFile === undefined ? [] : readPayloads(readFile(payloadFile), stringArg(args, 'payload-delimiter') ?? '\n');
  if (payloadFile !== undefined && payloads.length === 0) throw new CliUsageError(`--payload-file ${payloadFile} has no payloads`);
  const props = new Map<string, string>();
  for (const pair of (args['producer-props'] as string[] | undefined) ?? []) {
    const parts = pair.split('=');
    if (parts.length !== 2 || parts[0] === '') throw new CliUsageError(`Invalid property: ${pair}`);
    props.set(parts[0]!, parts[1]!);
  }
  const bootstrapServers = props.get('bootstrap.servers');
  props.delete('bootstrap.servers');
  props.delete('client.id');
  const producer: ProducerConfig = {};
  const ignored = applyProducerProperties(producer, props);
  return { topic, numRecords, recordSizeBytes, payloads, payloadMonotonic, throughput, producer, ignored, bootstrapServers };
}

function readPayloads(text: string, delimiter: string): Buffer[] {
  return text.split(delimiter.replace(/\\n/g, '\n')).filter((p) => p.length > 0).map((p) => Buffer.from(p, 'utf8'));
}

/** Kafka's Stats: a window line every reportingIntervalMs, the total with sampled percentiles. */
class Stats {
  private readonly startMs = Date.now();
  private window: ProducerWindow = { count: 0, bytes: 0, elapsedMs: 0, latencySumMs: 0, latencyMaxMs: 0 };
  private windowStartMs = this.startMs;
  private readonly total: ProducerWindow = { count: 0, bytes: 0, elapsedMs: 0, latencySumMs: 0, latencyMaxMs: 0 };
  private readonly samples: number[] = [];
  private readonly sampleEvery: number;
  private iteration = 0;

  constructor(numRecords: number, private readonly print: (line: string) => void) {
    this.sampleEvery = Math.floor(numRecords / Math.min(numRecords, latencySamplesMax));
  }

  record(latencyMs: number, bytes: number, nowMs: number): void {
    for (const w of [this.total, this.window]) {
      w.count++;
      w.bytes += bytes;
      w.latencySumMs += latencyMs;
      w.latencyMaxMs = Math.max(w.latencyMaxMs, latencyMs);
    }
    if (this.iteration++ % this.sampleEvery === 0) this.samples.push(latencyMs);
    if (nowMs - this.windowStartMs >= reportingIntervalMs) {
      this.print(producerWindowLine({ ...this.window, elapsedMs: Date.now() - this.windowStartMs }));
      this.window = { count: 0, bytes: 0, elapsedMs: 0, latencySumMs: 0, latencyMaxMs: 0 };
      this.windowStartMs = Date.now();
    }
  }

  totalLine(): string {
    return producerTotalLine({ ...this.total, elapsedMs: Date.now() - this.startMs, percentilesMs: latencyPercentiles(this.samples) });
  }
}

/** A fresh buffer per record: the producer keeps the buffer it is handed until the batch is sent. */
function payloadFor(o: ProducerPerfOptions, i: number): Buffer {
  if (o.payloads.length > 0) return o.payloads[Math.floor(Math.random() * o.payloads.length)]!;
  if (o.payloadMonotonic) return Buffer.from(String(i));
  const payload = Buffer.allocUnsafe(o.recordSizeBytes!);
  for (let j = 0; j < payload.length; j++) payload[j] = 65 + Math.floor(Math.random() * 26);
  return payload;
}

/** Runs the test; returns the number of failed sends (each reported on stderr, as Kafka prints them). */
export async function runProducerPerf(producer: Pick<Producer, 'send'>, o: ProducerPerfOptions, io: CliIo): Promise<number> {
  for (const key of o.ignored) await write(io.stderr, `WARN The configuration '${key}' was supplied but isn't a known config.\n`);
  const stats = new Stats(o.numRecords, (line) => void write(io.stdout, `${line}\n`));
  const pending = new Set<Promise<void>>();
  const startMs = Date.now();
  let failures = 0;
  for (let i = 0; i < o.numRecords; i++) {
    const payload = payloadFor(o, i);
    const sentAtMs = Date.now();
    const bytes = payload.length;
    const p = producer.send({ topic: o.topic, messages: [{ value: payload }] }).then(
      () => stats.record(Date.now() - sentAtMs, bytes, Date.now()),
      (err: unknown) => {
        failures++;
        void write(io.stderr, `ERROR ${(err as Error).message}\n`);
      },
    );
    pending.add(p);
    void p.finally(() => pending.delete(p));
    while (pending.size >= sendsInFlightMax) await Promise.race(pending);
    if (o.throughput > 0) {
      // Kafka's ThroughputThrottler: sleep while ahead of the target rate.
      const aheadMs = ((i + 1) * 1000) / o.throughput - (Date.now() - startMs);
      if (aheadMs > 0) await new Promise((resolve) => setTimeout(resolve, aheadMs));
    }
  }
  await Promise.all(pending);
  await write(io.stdout, `${stats.totalLine()}\n`);
  return failures;
}
