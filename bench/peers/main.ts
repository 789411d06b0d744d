/**
 * Samsa next to a peer, NATS JetStream, on the same machine in one run: a local 3-broker Samsa
 * cluster and a 3-node NATS cluster with JetStream (file storage, streams with 3 replicas) are
 * started, the same workloads run against both, and one table gives both figures and the ratio
 * Samsa/NATS:
 *
 *   1. produce with full replication ack (Samsa acks=all, RF=3, min.insync.replicas=2; NATS
 *      publishes awaited for their PubAck), bounded outstanding sends: records/s, MB/s, ack latency;
 *   2. consume the produced records from the beginning: records/s;
 *   3. ack latency at a fixed rate (Samsa linger.ms=0);
 *   4. a real Kafka client's producer (librdkafka) against Samsa's KAFKA listener (no NATS counterpart).
 *
 *   ZK_CONNECT=127.0.0.1:2181 npm run bench:peers -- [--records 300000] [--nats-records 30000]
 *     [--record-size 100] [--partitions 6] [--fixed-rate 2000] [--fixed-rate-seconds 10] [--runs 1]
 *     [--json FILE] [--no-kafka-client]
 *
 * Both clusters are stopped and their directories removed on the way out, also on an error,
 * SIGINT or SIGTERM.
 */

import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { Samsa } from '../../client';
import { runMain, startLocalCluster } from '../local-cluster';
import { createReplicatedTopic, warmUpTopic } from '../replication-perf';
import { Cleanups } from './cleanups';
import type { ProduceResult, ThroughputResult } from './load';
import { startNatsCluster } from './nats-cluster';
import { connectJetStream, createStream, natsConsume, natsProduce, natsProduceAtRate, type NatsSession } from './nats-workloads';
import { kafkaClientMissing, kafkaClientProduce, samsaConsume, samsaProduce, samsaProduceAtRate } from './samsa-workloads';
import { buildRows, groupDigits, renderTable, rowsAsJson, type RunFigures, type Skipped } from './table';

const brokerCount = 3;
const natsNodeCount = 3;
/** Sends awaiting an acknowledgement at once, for both systems (replication-perf's bound). */
const inFlightSendsMax = 10_000;
/** Bound on one produce workload. */
const produceTimeoutMs = 10 * 60_000;

interface PeersOptions {
  samsaRecords: number;
  natsRecords: number;
  recordSizeBytes: number;
  partitions: number;
  fixedRatePerSec: number;
  fixedRateSeconds: number;
  runs: number;
  jsonPath: string | undefined;
  kafkaClient: boolean;
}

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: bench:peers [--records N] [--nats-records N] [--record-size B] [--partitions P] ` +
      '[--fixed-rate R] [--fixed-rate-seconds S] [--runs K] [--json FILE] [--no-kafka-client]\n',
  );
  process.exit(2);
}

export function parseArgs(argv: string[]): PeersOptions {
  const opts: PeersOptions = {
    samsaRecords: 300_000, natsRecords: 30_000, recordSizeBytes: 100, partitions: 6,
    fixedRatePerSec: 2_000, fixedRateSeconds: 10, runs: 1, jsonPath: undefined, kafkaClient: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const positive = (): number => {
      const v = Number(argv[++i]);
      if (!(Number.isInteger(v) && v > 0)) usage(`${arg} takes a positive integer`);
      return v;
    };
    switch (arg) {
      case '--records': opts.samsaRecords = positive(); break;
      case '--nats-records': opts.natsRecords = positive(); break;
      case '--record-size': opts.recordSizeBytes = positive(); break;
      case '--partitions': opts.partitions = positive(); break;
      case '--fixed-rate': opts.fixedRatePerSec = positive(); break;
      case '--fixed-rate-seconds': opts.fixedRateSeconds = positive(); break;
      case '--runs': opts.runs = positive(); break;
      case '--json': opts.jsonPath = argv[++i] ?? usage('--json needs a file'); break;
      case '--no-kafka-client': opts.kafkaClient = false; break;
      default: usage(`unknown argument ${arg}`);
    }
  }
  return opts;
}

interface Context {
  opts: PeersOptions;
  client: Samsa;
  kafkaBootstrap: string;
  nats: NatsSession;
  kafkaClientSkip: string | undefined;
}

function describeProduce(label: string, r: ProduceResult | ThroughputResult): void {
  const rate = r.records / (r.elapsedMs / 1000);
  const latency = 'latency' in r ? `; ack latency p50 ${r.latency.p50Ms.toFixed(1)} ms, p99 ${r.latency.p99Ms.toFixed(1)} ms, p99.9 ${r.latency.p999Ms.toFixed(1)} ms` : '';
  process.stderr.write(`${label}: ${groupDigits(r.records)} records in ${(r.elapsedMs / 1000).toFixed(1)} s, ${groupDigits(rate)} rec/s` +
    `${latency}${r.failures > 0 ? `, ${r.failures} failed` : ''}\n`);
}

async function runOnce(ctx: Context, run: number): Promise<RunFigures> {
  const { opts, client, nats } = ctx;
  const stamp = `${Date.now().toString(36)}-${run}`;
  const step = async <T extends ThroughputResult>(label: string, work: () => Promise<T>): Promise<T> => {
    const r = await work();
    describeProduce(`run ${run}/${opts.runs} ${label}`, r);
    return r;
  };
  const size = opts.recordSizeBytes;
  const produceTopic = `peers-produce-${stamp}`;
  await createReplicatedTopic(client, produceTopic, opts.partitions);
  const sProduce = await step('Samsa produce', () => samsaProduce(client, produceTopic, { count: opts.samsaRecords, recordSizeBytes: size, inFlightMax: inFlightSendsMax, timeoutMs: produceTimeoutMs }));
  const sConsume = await step('Samsa consume', () => samsaConsume(client, produceTopic, sProduce.records));

  const produceStream = `PEERS_PRODUCE_${run}`;
  await createStream(nats, produceStream, `peers.produce.${run}`);
  const nProduce = await step('NATS produce', () => natsProduce(nats, `peers.produce.${run}`, { count: opts.natsRecords, recordSizeBytes: size, inFlightMax: inFlightSendsMax, timeoutMs: produceTimeoutMs }));
  const nConsume = await step('NATS consume', () => natsConsume(nats, produceStream, nProduce.records));

  const rate = { ratePerSec: opts.fixedRatePerSec, durationMs: opts.fixedRateSeconds * 1000, recordSizeBytes: size, inFlightMax: inFlightSendsMax };
  const fixedTopic = `peers-fixed-rate-${stamp}`;
  await createReplicatedTopic(client, fixedTopic, opts.partitions);
  // Both start warm: a new topic's first acks=all write waits for its followers to start fetching.
  await warmUpTopic(client, fixedTopic, opts.partitions, Buffer.alloc(opts.recordSizeBytes, 0x61));
  const sFixed = await step('Samsa fixed rate', () => samsaProduceAtRate(client, fixedTopic, rate));
  await createStream(nats, `PEERS_FIXED_RATE_${run}`, `peers.fixed-rate.${run}`);
  await nats.js.publish(`peers.fixed-rate.${run}`, Buffer.alloc(opts.recordSizeBytes, 0x61));
  const nFixed = await step('NATS fixed rate', () => natsProduceAtRate(nats, `peers.fixed-rate.${run}`, rate));

  let kafka: ThroughputResult | Skipped = { skipped: ctx.kafkaClientSkip ?? '--no-kafka-client' };
  if (opts.kafkaClient && ctx.kafkaClientSkip === undefined) {
    const kafkaTopic = `peers-kafka-client-${stamp}`;
    await createReplicatedTopic(client, kafkaTopic, opts.partitions);
    kafka = await kafkaClientProduce(ctx.kafkaBootstrap, kafkaTopic, { count: opts.samsaRecords, recordSizeBytes: size, partitions: opts.partitions });
    if (!('skipped' in kafka)) describeProduce(`run ${run}/${opts.runs} Kafka client produce`, kafka);
  }
  return {
    samsa: { produce: sProduce, consume: sConsume, fixedRate: sFixed },
    nats: { produce: nProduce, consume: nConsume, fixedRate: nFixed },
    kafkaClientProduce: kafka,
  };
}

function header(opts: PeersOptions, natsVersion: string): string {
  const cpus = os.cpus();
  const memGiB = (os.totalmem() / 2 ** 30).toFixed(0);
  const zk = process.env.ZK_CONNECT ?? 'a zookeeper:3.8 container';
  return [
    `# Samsa next to NATS JetStream, all on one machine (${new Date().toISOString()})`,
    `# machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${memGiB} GiB; Node ${process.version}; ${natsVersion}`,
    `# Samsa: ${brokerCount} brokers (local processes, ZooKeeper ${zk}); topics with ${opts.partitions} partitions, RF=3, ` +
      `min.insync.replicas=2; acks=all, linger.ms=5, batch.size=262144, no compression; ${groupDigits(inFlightSendsMax)} sends outstanding at most`,
    `# NATS: ${natsNodeCount} nats-server nodes clustered on loopback, JetStream file storage, streams R3; ` +
      `async publishes, ${groupDigits(inFlightSendsMax)} PubAcks outstanding at most; ordered pull consumer`,
    `# records of ${opts.recordSizeBytes} B: Samsa ${groupDigits(opts.samsaRecords)} (the Kafka client too), NATS ${groupDigits(opts.natsRecords)}; ` +
      `fixed rate ${groupDigits(opts.fixedRatePerSec)} rec/s for ${opts.fixedRateSeconds} s (Samsa linger.ms=0); ` +
      `${opts.runs} run(s)${opts.runs > 1 ? ': median, range min–max' : ''}; MB = 10^6 bytes`,
  ].join('\n');
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const cleanups = new Cleanups();
  const removeSignalHandlers = cleanups.exitOnSignals();
  try {
    // Each start is registered before it is awaited, so that a signal during it still stops what it started.
    const natsStarting = startNatsCluster(natsNodeCount);
    cleanups.add('NATS cluster', async () => (await natsStarting.catch(() => undefined))?.stop());
    const natsCluster = await natsStarting;
    const samsaStarting = startLocalCluster({ name: 'peers', brokers: brokerCount, overrides: { 'default.replication.factor': brokerCount } });
    cleanups.add('Samsa cluster', async () => (await samsaStarting.catch(() => undefined))?.stop());
    const samsa = await samsaStarting;
    const nats = await connectJetStream(natsCluster.servers);
    cleanups.add('NATS connection', () => nats.close());
    const ctx: Context = {
      opts, nats, kafkaBootstrap: samsa.cluster.kafkaBootstrap,
      client: new Samsa({ brokers: samsa.bootstrap, clientId: 'peers-bench', logLevel: 'error' }),
      kafkaClientSkip: opts.kafkaClient ? await kafkaClientMissing() : '--no-kafka-client',
    };
    const runs: RunFigures[] = [];
    for (let run = 1; run <= opts.runs; run++) runs.push(await runOnce(ctx, run));

    const rows = buildRows(runs, { recordSizeBytes: opts.recordSizeBytes, fixedRatePerSec: opts.fixedRatePerSec, fixedRateSeconds: opts.fixedRateSeconds });
    const head = header(opts, natsCluster.version);
    process.stdout.write(`\n${head}\n\n${renderTable(rows)}\n`);
    if (opts.jsonPath !== undefined) {
      await writeFile(opts.jsonPath, JSON.stringify({ setup: { header: head.split('\n').map((l) => l.replace(/^# /, '')), ...opts }, rows: rowsAsJson(rows), runs }, null, 2) + '\n');
      process.stderr.write(`wrote ${opts.jsonPath}\n`);
    }
    // A figure from a run that lost records is not a figure: say so in the exit status too.
    const lost = runs.some((r) => [r.samsa, r.nats].some((s) => s.produce.failures + s.consume.failures + s.fixedRate.failures > 0) ||
      ('failures' in r.kafkaClientProduce && r.kafkaClientProduce.failures > 0));
    if (lost) process.exitCode = 1;
  } finally {
    await cleanups.runAll();
    removeSignalHandlers();
  }
}

if (require.main === module) runMain(main);
