/**
 * Kafka protocol next to protobuf, in one run on one cluster: produce (acks=all, RF=3,
 * min.insync.replicas=2, 100-byte records, no compression) and consume throughput through the
 * KAFKA listener with a real Kafka client as the load generator (confluent-kafka-python, i.e.
 * librdkafka: bench/kafka_protocol_perf.py), and through the protobuf listener with the
 * project's own tools (dist/bench/producer-perf.js and consumer-perf.js). Each path writes its
 * own topic, then reads it back from the beginning.
 *
 *   ZK_CONNECT=127.0.0.1:2181 node --max-semi-space-size=64 dist/bench/kafka-protocol-bench.js \
 *     [--num-records 1000000] [--record-size 100] [--partitions 3] [--rounds 1] [--paths protobuf,kafka]
 *
 * Starts a local 3-broker cluster (bench/local-cluster.ts) and stops it afterwards; prints each
 * tool's output, then one table with records/s and MB/s per path and direction.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Samsa } from '../client';
import { runMain, startLocalCluster } from './local-cluster';

const python = '/usr/bin/python3';
/** Bound on one load run: a stalled path must not hang the benchmark. */
const runTimeoutMs = 15 * 60_000;
const topicReadyTimeoutMs = 60_000;

type PathName = 'kafka' | 'protobuf';

interface Options { numRecords: number; recordSizeBytes: number; partitions: number; rounds: number; paths: PathName[] }

interface Figure { path: PathName; direction: 'produce' | 'consume'; records: number; bytes: number; seconds: number; errors: number }

function parseOptions(argv: string[]): Options {
  const opts: Options = { numRecords: 1_000_000, recordSizeBytes: 100, partitions: 3, rounds: 1, paths: ['protobuf', 'kafka'] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--paths') {
      opts.paths = (argv[++i] ?? '').split(',').filter((p): p is PathName => p === 'kafka' || p === 'protobuf');
      if (opts.paths.length === 0) throw new Error('--paths takes protobuf, kafka or both (comma-separated)');
      continue;
    }
    const value = Number(argv[i + 1]);
    switch (argv[i]) {
      case '--num-records': opts.numRecords = value; break;
      case '--record-size': opts.recordSizeBytes = value; break;
      case '--partitions': opts.partitions = value; break;
      case '--rounds': opts.rounds = value; break;
      default: throw new Error(`unknown argument ${argv[i]}; usage: kafka-protocol-bench [--num-records N] [--record-size B] [--partitions P] [--rounds R] [--paths protobuf,kafka]`);
    }
    if (!(value > 0)) throw new Error(`${argv[i]} needs a positive number`);
    i++;
  }
  return opts;
}

/** Runs a tool, echoing its output, and returns its stdout. */
function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      process.stdout.write(c);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), runTimeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${command} ${args.join(' ')} exited ${code}`));
    });
  });
}

async function createTopics(bootstrap: string[], topics: string[], partitions: number): Promise<void> {
  const admin = new Samsa({ brokers: bootstrap, clientId: 'kafka-protocol-bench', logLevel: 'warn' }).admin();
  await admin.connect();
  try {
    await admin.createTopics({
      topics: topics.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: 3, configEntries: [{ name: 'min.insync.replicas', value: '2' }] })),
      waitForLeaders: true, timeoutMs: topicReadyTimeoutMs,
    });
  } finally {
    await admin.disconnect();
  }
}

async function kafkaPath(kafkaBootstrap: string, topic: string, opts: Options): Promise<Figure[]> {
  const script = path.join(__dirname, '../../bench/kafka_protocol_perf.py');
  const figure = (direction: Figure['direction'], out: string): Figure => {
    const r = JSON.parse(out.trim().split('\n').pop()!) as { records: number; bytes: number; seconds: number; errors: number };
    return { path: 'kafka', direction, ...r };
  };
  const produced = figure('produce', await run(python, [script, 'produce', kafkaBootstrap, topic, String(opts.numRecords), String(opts.recordSizeBytes), String(opts.partitions)]));
  const consumed = figure('consume', await run(python, [script, 'consume', kafkaBootstrap, topic, String(opts.numRecords)]));
  return [produced, consumed];
}

async function protobufPath(bootstrap: string, topic: string, opts: Options): Promise<Figure[]> {
  const node = (tool: string, args: string[]): Promise<string> => run(process.execPath, ['--max-semi-space-size=64', path.join(__dirname, tool), ...args]);
  const produceOut = await node('producer-perf.js', [
    '--bootstrap-server', bootstrap, '--topic', topic, '--num-records', String(opts.numRecords), '--record-size', String(opts.recordSizeBytes),
    '--throughput', '-1', '--producer-props', 'acks=all', 'linger.ms=5', 'batch.size=262144', 'compression.type=none',
  ]);
  // The total line: "N records sent, X records/sec (Y MB/sec), ..., 50th, ..."
  const total = produceOut.split('\n').find((l) => l.includes('50th'));
  const m = total && /^(\d+) records sent, ([\d.]+) records\/sec/.exec(total);
  if (!m) throw new Error(`producer-perf printed no total line:\n${produceOut}`);
  const produced = Number(m[1]);
  const produceSeconds = produced / Number(m[2]);
  const consumeOut = await node('consumer-perf.js', ['--bootstrap-server', bootstrap, '--topic', topic, '--messages', String(opts.numRecords), '--hide-header']);
  // start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec
  const fields = consumeOut.trim().split('\n').pop()!.split(',').map((f) => f.trim());
  const consumed = Number(fields[4]);
  return [
    { path: 'protobuf', direction: 'produce', records: produced, bytes: produced * opts.recordSizeBytes, seconds: produceSeconds, errors: opts.numRecords - produced },
    { path: 'protobuf', direction: 'consume', records: consumed, bytes: Number(fields[2]) * 1024 * 1024, seconds: consumed / Number(fields[5]), errors: opts.numRecords - consumed },
  ];
}

function table(figures: Figure[]): string {
  const rows = figures.map((f) => {
    const rate = f.records / Math.max(f.seconds, 1e-9);
    const mb = f.bytes / (1024 * 1024) / Math.max(f.seconds, 1e-9);
    return `${f.path.padEnd(9)} ${f.direction.padEnd(8)} ${String(f.records).padStart(9)} ${f.seconds.toFixed(1).padStart(8)} s ${rate.toFixed(0).padStart(10)} records/s ${mb.toFixed(2).padStart(8)} MB/s${f.errors > 0 ? `  (${f.errors} failed)` : ''}`;
  });
  return ['path      direction   records    elapsed     records/s        MB/s', ...rows].join('\n');
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const local = await startLocalCluster({ name: 'kafka-protocol-bench', brokers: 3, overrides: { 'default.replication.factor': 3 } });
  try {
    const figures: Figure[] = [];
    for (let round = 1; round <= opts.rounds; round++) {
      const kafkaTopic = `kafka-protocol-bench-kafka-${round}`;
      const protobufTopic = `kafka-protocol-bench-protobuf-${round}`;
      await createTopics(local.bootstrap, [kafkaTopic, protobufTopic], opts.partitions);
      if (opts.paths.includes('protobuf')) {
        process.stdout.write(`--- round ${round}: protobuf listener (${local.bootstrap.join(',')})\n`);
        figures.push(...await protobufPath(local.bootstrap.join(','), protobufTopic, opts));
      }
      if (opts.paths.includes('kafka')) {
        process.stdout.write(`--- round ${round}: KAFKA listener (${local.cluster.kafkaBootstrap}), librdkafka (confluent-kafka-python)\n`);
        figures.push(...await kafkaPath(local.cluster.kafkaBootstrap, kafkaTopic, opts));
      }
    }
    process.stdout.write(`\n${opts.numRecords} records of ${opts.recordSizeBytes} B, acks=all, RF=3, min.insync.replicas=2, ${opts.partitions} partitions, 3 local brokers\n${table(figures)}\n`);
    if (figures.some((f) => f.errors > 0)) process.exitCode = 1;
  } finally {
    await local.stop();
  }
}

if (require.main === module) runMain(main);
