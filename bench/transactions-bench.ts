/**
 * Transactions, measured next to the idempotent producer in the same run (issue 11's figures):
 *
 *   1. idempotent produce: N records of B bytes, acks=all, every send awaited at the end;
 *   2. transactional produce: the same records, a commit every --commit-interval-ms (100 ms);
 *   3. end-to-end latency at a fixed rate: from send to a read_committed consumer's callback, with a commit every --commit-interval-ms; and, for reference, from send to a
 *      read_uncommitted consumer with the idempotent producer at the same rate.
 *
 *   node dist/bench/transactions-bench.js --start-cluster [--num-records 300000] [--record-size 100]
 *     [--partitions 6] [--commit-interval-ms 100] [--latency-rate 2000] [--latency-seconds 10]
 *   node dist/bench/transactions-bench.js --bootstrap-server 127.0.0.1:9092,...
 *
 * `--start-cluster` runs 3 local brokers (RF=3, min.insync.replicas=2), ZooKeeper from ZK_CONNECT.
 */
import { Samsa } from '../client';
import { runAgainst, runMain } from './local-cluster';

const inFlightSendsMax = 20_000;

interface BenchOptions {
  bootstrap: string[];
  startCluster: boolean;
  numRecords: number;
  recordSizeBytes: number;
  partitions: number;
  commitIntervalMs: number;
  latencyRate: number;
  latencySeconds: number;
}

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: transactions-bench (--bootstrap-server H:P,... | --start-cluster) [--num-records N] [--record-size B] ` +
    '[--partitions P] [--commit-interval-ms MS] [--latency-rate R] [--latency-seconds S]\n');
  process.exit(2);
}

function parseArgs(argv: string[]): BenchOptions {
  const opts: BenchOptions = {
    bootstrap: [], startCluster: false, numRecords: 300_000, recordSizeBytes: 100, partitions: 6, commitIntervalMs: 100,
    latencyRate: 2_000, latencySeconds: 10,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = (): number => {
      const v = Number(argv[++i]);
      if (!(v > 0)) usage(`${arg} needs a positive number`);
      return v;
    };
    switch (arg) {
      case '--bootstrap-server': opts.bootstrap = (argv[++i] ?? usage('--bootstrap-server needs a value')).split(','); break;
      case '--start-cluster': opts.startCluster = true; break;
      case '--num-records': opts.numRecords = next(); break;
      case '--record-size': opts.recordSizeBytes = next(); break;
      case '--partitions': opts.partitions = next(); break;
      case '--commit-interval-ms': opts.commitIntervalMs = next(); break;
      case '--latency-rate': opts.latencyRate = next(); break;
      case '--latency-seconds': opts.latencySeconds = next(); break;
      default: usage(`unknown argument ${arg}`);
    }
  }
  if (opts.bootstrap.length === 0 && !opts.startCluster) usage('--bootstrap-server or --start-cluster is required');
  return opts;
}

function percentiles(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): string => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1);
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, max ${(sorted[sorted.length - 1] ?? 0).toFixed(1)} ms (${sorted.length} records)`;
}

async function createTopic(client: Samsa, topic: string, partitions: number): Promise<void> {
  const admin = client.admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: partitions, replicationFactor: 3, configEntries: [{ name: 'min.insync.replicas', value: '2' }] }], waitForLeaders: true });
  } finally {
    await admin.disconnect();
  }
}

/** Phase 1: idempotent, acks=all; resolves with records/s. */
async function idempotentThroughput(client: Samsa, topic: string, opts: BenchOptions, value: Buffer): Promise<number> {
  const producer = client.producer({ acks: -1, lingerMs: 5, batchSizeBytes: 262_144 });
  await producer.connect();
  const start = performance.now();
  let inFlight: Promise<unknown>[] = [];
  for (let i = 0; i < opts.numRecords; i++) {
    inFlight.push(producer.send({ topic, messages: [{ partition: i % opts.partitions, value }] }));
    if (inFlight.length >= inFlightSendsMax) {
      await Promise.all(inFlight);
      inFlight = [];
    }
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - start) / 1000;
  await producer.disconnect();
  return opts.numRecords / seconds;
}

/** Phase 2: transactional, a commit every commitIntervalMs; resolves with records/s and the commit count. */
async function transactionalThroughput(client: Samsa, topic: string, opts: BenchOptions, value: Buffer): Promise<{ rate: number; commits: number; seconds: number }> {
  const producer = client.producer({ transactionalId: `bench-txn-${process.pid}`, acks: -1, lingerMs: 5, batchSizeBytes: 262_144 });
  await producer.connect();
  const start = performance.now();
  let commits = 0;
  let sent = 0;
  while (sent < opts.numRecords) {
    const tx = await producer.transaction();
    const txStart = performance.now();
    const sends: Promise<unknown>[] = [];
    while (sent < opts.numRecords && performance.now() - txStart < opts.commitIntervalMs && sends.length < inFlightSendsMax) {
      // Yield now and then so that the sender can drain while the transaction fills.
      for (let k = 0; k < 1_000 && sent < opts.numRecords; k++, sent++) sends.push(tx.send({ topic, messages: [{ partition: sent % opts.partitions, value }] }));
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all(sends);
    await tx.commit();
    commits += 1;
  }
  const seconds = (performance.now() - start) / 1000;
  await producer.disconnect();
  return { rate: opts.numRecords / seconds, commits, seconds };
}

/** Phase 3: send-to-callback latency at a fixed rate; transactional with read_committed, or idempotent with read_uncommitted. */
async function endToEndLatency(client: Samsa, topic: string, opts: BenchOptions, transactional: boolean): Promise<number[]> {
  const consumer = client.consumer({ isolationLevel: transactional ? 'read_committed' : 'read_uncommitted', maxWaitTimeMs: 100 });
  const latencies: number[] = [];
  const total = opts.latencyRate * opts.latencySeconds;
  await consumer.connect();
  consumer.assign(Array.from({ length: opts.partitions }, (_, partition) => ({ topic, partition })));
  for (let partition = 0; partition < opts.partitions; partition++) await consumer.seek({ topic, partition, offset: 'latest' });
  await consumer.run({
    eachMessage: async ({ message }) => {
      latencies.push(performance.now() + performance.timeOrigin - Number(message.value?.toString()));
    },
  });
  await new Promise((r) => setTimeout(r, 1_000));

  const producer = client.producer(transactional ? { transactionalId: `bench-e2e-${process.pid}`, acks: -1, lingerMs: 0 } : { acks: -1, lingerMs: 0 });
  await producer.connect();
  const intervalMs = 1000 / opts.latencyRate;
  const start = performance.now();
  let tx = transactional ? await producer.transaction() : undefined;
  let txStart = performance.now();
  const sends: Promise<unknown>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + i * intervalMs;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const value = String(performance.now() + performance.timeOrigin);
    const target = tx ?? producer;
    sends.push(target.send({ topic, messages: [{ partition: i % opts.partitions, value }] }));
    if (tx !== undefined && performance.now() - txStart >= opts.commitIntervalMs) {
      await Promise.all(sends.splice(0));
      await tx.commit();
      tx = await producer.transaction();
      txStart = performance.now();
    }
  }
  await Promise.all(sends);
  await tx?.commit();
  const deadline = Date.now() + 30_000;
  while (latencies.length < total && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  await producer.disconnect();
  await consumer.disconnect();
  return latencies;
}

async function run(opts: BenchOptions, bootstrap: string[]): Promise<void> {
  const client = new Samsa({ brokers: bootstrap, clientId: 'transactions-bench', logLevel: 'warn' });
  const value = Buffer.alloc(opts.recordSizeBytes, 0x61);
  const stamp = Date.now();
  const idemTopic = `bench-idempotent-${stamp}`;
  const txnTopic = `bench-transactional-${stamp}`;
  const e2eTxnTopic = `bench-e2e-txn-${stamp}`;
  const e2eIdemTopic = `bench-e2e-idem-${stamp}`;
  for (const t of [idemTopic, txnTopic, e2eTxnTopic, e2eIdemTopic]) await createTopic(client, t, opts.partitions);

  const idem = await idempotentThroughput(client, idemTopic, opts, value);
  process.stdout.write(`idempotent produce: ${opts.numRecords} records of ${opts.recordSizeBytes} B, acks=all: ${idem.toFixed(0)} records/s\n`);
  const txn = await transactionalThroughput(client, txnTopic, opts, value);
  process.stdout.write(`transactional produce, a commit every ${opts.commitIntervalMs} ms: ${txn.rate.toFixed(0)} records/s (${txn.commits} commits, ${(1000 * txn.seconds / txn.commits).toFixed(0)} ms per transaction including its commit; ${(100 * txn.rate / idem).toFixed(0)}% of idempotent)\n`);
  const e2eTxn = await endToEndLatency(client, e2eTxnTopic, opts, true);
  process.stdout.write(`end-to-end at ${opts.latencyRate} records/s, transactional (commit every ${opts.commitIntervalMs} ms) to read_committed: ${percentiles(e2eTxn)}\n`);
  const e2eIdem = await endToEndLatency(client, e2eIdemTopic, opts, false);
  process.stdout.write(`end-to-end at ${opts.latencyRate} records/s, idempotent to read_uncommitted: ${percentiles(e2eIdem)}\n`);
}

runMain(async () => {
  const opts = parseArgs(process.argv.slice(2));
  await runAgainst(opts.startCluster ? { name: 'transactions-bench', brokers: 3, sessionTimeoutMs: 6_000, overrides: { 'default.replication.factor': 3 } } : { bootstrap: opts.bootstrap }, (bootstrap) => run(opts, bootstrap));
});
