/**
 * Partition scaling on a local 3-broker cluster: what 1,000 (or `--partitions N`) replicated
 * partitions cost and how fast the cluster recovers them.
 *
 *   node --max-semi-space-size=64 dist/bench/partition-scale.js [--partitions 1000] [--load-seconds 10]
 *
 * Prints, in order:
 * - topic creation: from CreateTopics to every partition having a leader (RF 3, min ISR 2);
 * - broker RSS (from /proc) idle with the partitions, then at the end of a produce load spread
 *   over every partition (acks=all, `--load-seconds`), with the load's records/s; before the
 *   load, the time to write a first record to every partition (each writes its partition's
 *   leader-epoch-checkpoint);
 * - controller failover: SIGKILL of the controller broker (which also leads about a third of
 *   the partitions) to every partition having a live leader in a surviving broker's metadata.
 *   The controller learns of the death when the ZooKeeper session expires, so the figure is
 *   `zookeeper.session.timeout.ms` (printed) plus the election and the LeaderAndIsr and
 *   UpdateMetadata rounds;
 * - restart after the crash: the killed broker's start on its unclean log dir to ready, and to
 *   its replicas back in every ISR;
 * - a controlled shutdown (SIGTERM) of another broker to its exit, then its clean restart, the
 *   same two figures.
 */

import { readFile } from 'node:fs/promises';
import { Samsa } from '../client';
import type { TestCluster } from '../test/fixtures/cluster';
import { runMain, startLocalCluster } from './local-cluster';

const brokerCount = 3;
const replicationFactor = 3;
const minInsyncReplicas = '2';
const sessionTimeoutMs = 6_000;
/** Bounds on creation and failover. */
const createTimeoutMs = 300_000;
const failoverTimeoutMs = 120_000;
/** Bound on a broker's restart (log recovery) and on its replicas rejoining every ISR, and on a controlled shutdown. */
const restartTimeoutMs = 300_000;
const metadataPollIntervalMs = 50;
/** The produce load: sends outstanding at once and records per send. */
const loadSendsInFlightMax = 5_000;
const loadRecordSizeBytes = 100;

interface ScaleOptions {
  partitions: number;
  loadSeconds: number;
}

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: partition-scale [--partitions 1000] [--load-seconds 10]\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): ScaleOptions {
  const opts: ScaleOptions = { partitions: 1_000, loadSeconds: 10 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = Number(argv[++i] ?? usage(`${arg} needs a value`));
    if (!(value > 0)) usage(`${arg} needs a positive number`);
    switch (arg) {
      case '--partitions': opts.partitions = value; break;
      case '--load-seconds': opts.loadSeconds = value; break;
      default: usage(`unknown argument ${arg}`);
    }
  }
  return opts;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resident set size of a process in MiB, from /proc (Linux). */
async function rssMiB(pid: number | undefined): Promise<number> {
  if (pid === undefined) return Number.NaN;
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? Number.NaN);
  return kib / 1024;
}

async function brokerRss(cluster: TestCluster): Promise<string> {
  const values: string[] = [];
  for (let id = 1; id <= brokerCount; id++) values.push(`broker ${id} ${(await rssMiB(cluster.broker(id).pid)).toFixed(0)} MiB`);
  return values.join(', ');
}

/** Milliseconds until every partition of `topic` has a leader in `alive`, as `client`'s metadata says. */
async function untilAllLed(client: Samsa, topic: string, partitions: number, alive: Set<number>, timeoutMs: number): Promise<void> {
  const admin = client.admin();
  await admin.connect();
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      try {
        const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
        const led = topics[0]!.partitions.filter((p) => alive.has(p.leader)).length;
        if (led === partitions) return;
      } catch {
        // A broker still dying or a metadata round failing: ask again.
      }
      if (Date.now() > deadline) throw new Error(`not every partition of ${topic} had a live leader within ${timeoutMs} ms`);
      await sleep(metadataPollIntervalMs);
    }
  } finally {
    await admin.disconnect();
  }
}

/** Waits until every partition of `topic` has all its replicas in the ISR, as `client`'s metadata says. */
async function untilFullIsr(client: Samsa, topic: string, partitions: number, timeoutMs: number): Promise<void> {
  const admin = client.admin();
  await admin.connect();
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      try {
        const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
        const full = topics[0]!.partitions.filter((p) => p.isr.length === p.replicas.length).length;
        if (full === partitions) return;
      } catch {
        // A broker still starting or a metadata round failing: ask again.
      }
      if (Date.now() > deadline) throw new Error(`not every partition of ${topic} had its full ISR within ${timeoutMs} ms`);
      await sleep(metadataPollIntervalMs);
    }
  } finally {
    await admin.disconnect();
  }
}

/** One acks=all record to every partition, all sent at once; resolves when all are acknowledged. */
async function firstWrites(client: Samsa, topic: string, partitions: number): Promise<void> {
  const producer = client.producer({ acks: -1, lingerMs: 5, batchSizeBytes: 65_536 });
  await producer.connect();
  try {
    const value = Buffer.alloc(loadRecordSizeBytes, 0x61);
    await producer.send({ topic, messages: Array.from({ length: partitions }, (_, partition) => ({ value, partition })) });
  } finally {
    await producer.disconnect();
  }
}

/** acks=all sends of one record spread over every partition for `seconds`; returns records/s. */
async function produceLoad(client: Samsa, topic: string, partitions: number, seconds: number): Promise<number> {
  const producer = client.producer({ acks: -1, lingerMs: 5, batchSizeBytes: 65_536 });
  await producer.connect();
  const value = Buffer.alloc(loadRecordSizeBytes, 0x61);
  const endMs = Date.now() + seconds * 1000;
  let inFlight = 0;
  let acked = 0;
  let failed = 0;
  let next = 0;
  let slot: (() => void) | undefined;
  const startMs = Date.now();
  while (Date.now() < endMs) {
    while (inFlight >= loadSendsInFlightMax) await new Promise<void>((r) => (slot = r));
    inFlight++;
    producer.produce({ topic, messages: [{ value, partition: next++ % partitions }] }, (err) => {
      if (err === null) acked++;
      else if (failed++ === 0) process.stderr.write(`send failed: ${err.message}\n`);
      inFlight--;
      slot?.();
      slot = undefined;
    });
    // Yield now and then so that responses are handled while the loop runs.
    if (next % 1_000 === 0) await sleep(0);
  }
  while (inFlight > 0) await sleep(10);
  const rate = acked / ((Date.now() - startMs) / 1000);
  await producer.disconnect();
  if (failed > 0) {
    process.stderr.write(`${failed} sends failed\n`);
    process.exitCode = 1;
  }
  return rate;
}

async function run(opts: ScaleOptions, cluster: TestCluster, bootstrap: string[]): Promise<void> {
  const topic = `scale-${opts.partitions}-${Date.now().toString(36)}`;
  const client = new Samsa({ brokers: bootstrap, clientId: 'partition-scale', logLevel: 'silent' });
  process.stdout.write(`# ${brokerCount} brokers, zookeeper.session.timeout.ms=${sessionTimeoutMs}; topic ${topic}: ${opts.partitions} partitions, RF ${replicationFactor}, min ISR ${minInsyncReplicas}\n`);
  process.stdout.write(`broker RSS before the topic: ${await brokerRss(cluster)}\n`);

  const admin = client.admin();
  await admin.connect();
  const createStartMs = Date.now();
  await admin.createTopics({
    topics: [{ topic, numPartitions: opts.partitions, replicationFactor, configEntries: [{ name: 'min.insync.replicas', value: minInsyncReplicas }] }],
    waitForLeaders: true,
    timeoutMs: createTimeoutMs,
  });
  await admin.disconnect();
  process.stdout.write(`topic creation: ${opts.partitions} partitions led ${Date.now() - createStartMs} ms after CreateTopics\n`);
  await sleep(2_000);
  process.stdout.write(`broker RSS idle with ${opts.partitions} partitions: ${await brokerRss(cluster)}\n`);

  // The first append to each partition in a leader epoch writes (and fsyncs) its
  // leader-epoch-checkpoint, as in Kafka: timed apart, so that the load below is the steady state.
  const firstStartMs = Date.now();
  await firstWrites(client, topic, opts.partitions);
  process.stdout.write(`first record to every partition (acks=all): ${Date.now() - firstStartMs} ms\n`);

  const rate = await produceLoad(client, topic, opts.partitions, opts.loadSeconds);
  process.stdout.write(`produce load over every partition (acks=all, 100 B): ${Math.round(rate).toLocaleString('en-US')} records/s for ${opts.loadSeconds} s\n`);
  process.stdout.write(`broker RSS after the load: ${await brokerRss(cluster)}\n`);

  const controller = await cluster.waitForController();
  const survivors = [1, 2, 3].filter((id) => id !== controller);
  const survivorBootstrap = bootstrap.filter((_, i) => i + 1 !== controller);
  const probe = new Samsa({ brokers: survivorBootstrap, clientId: 'partition-scale-probe', logLevel: 'silent' });
  const killedAtMs = Date.now();
  await cluster.broker(controller).kill('SIGKILL');
  await untilAllLed(probe, topic, opts.partitions, new Set(survivors), failoverTimeoutMs);
  const failoverMs = Date.now() - killedAtMs;
  const newController = await cluster.waitForController();
  process.stdout.write(
    `controller failover: SIGKILL of broker ${controller} (the controller) -> all ${opts.partitions} partitions led by live brokers ` +
      `in ${failoverMs} ms (new controller ${newController}; zookeeper.session.timeout.ms=${sessionTimeoutMs} of it)\n`,
  );

  // Recovery after the crash: the killed broker starts on its unclean log dir (every log's
  // last segment is recovered), registers, and its replicas catch up and rejoin every ISR.
  const crashed = cluster.broker(controller);
  let startMs = Date.now();
  await crashed.start();
  await crashed.waitForReady(restartTimeoutMs);
  const uncleanReadyMs = Date.now() - startMs;
  await untilFullIsr(probe, topic, opts.partitions, restartTimeoutMs);
  process.stdout.write(
    `restart after SIGKILL (log recovery): broker ${controller} ready in ${uncleanReadyMs} ms, ` +
      `back in the ISR of every partition ${Date.now() - startMs} ms after its start\n`,
  );

  // A controlled shutdown (SIGTERM: leaderships moved away first), then a clean start.
  const stopped = cluster.broker(survivors[0]!);
  startMs = Date.now();
  await stopped.stop(restartTimeoutMs);
  const shutdownMs = Date.now() - startMs;
  const exit = stopped.exitSignal === null ? `exit code ${stopped.exitCode}` : `killed by ${stopped.exitSignal} after the bound`;
  process.stdout.write(`controlled shutdown (SIGTERM) of broker ${survivors[0]}: exited in ${shutdownMs} ms (${exit})\n`);
  startMs = Date.now();
  await stopped.start();
  await stopped.waitForReady(restartTimeoutMs);
  const cleanReadyMs = Date.now() - startMs;
  await untilFullIsr(probe, topic, opts.partitions, restartTimeoutMs);
  process.stdout.write(
    `restart after the controlled shutdown: broker ${survivors[0]} ready in ${cleanReadyMs} ms, ` +
      `back in the ISR of every partition ${Date.now() - startMs} ms after its start\n`,
  );
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const local = await startLocalCluster({ name: 'partition-scale', brokers: brokerCount, sessionTimeoutMs });
  try {
    await run(opts, local.cluster, local.bootstrap);
  } finally {
    await local.stop();
  }
}

if (require.main === module) runMain(main);
