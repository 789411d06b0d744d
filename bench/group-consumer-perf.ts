/**
 * Consumer-group figures: a group of 3 consumers (in this process) reading a 6-partition topic of
 * 100-byte records from the beginning (total records/s), then the time the group takes to
 * rebalance when one member leaves cleanly: from disconnect() until both remaining members have
 * 'group_join' for the new generation (median of --rebalances runs; the member is added back
 * between runs).
 *
 *   node dist/bench/group-consumer-perf.js --bootstrap-server 127.0.0.1:9092 --records 1000000
 *   node dist/bench/group-consumer-perf.js --start-cluster --records 1000000
 *
 * --start-cluster runs a local 3-broker cluster from the integration-test fixtures (ZooKeeper
 * from ZK_CONNECT, or a zookeeper:3.8 container) with a small offsets topic, and stops it after.
 */

import { type Consumer, Samsa } from '../client';
import { runAgainst, runMain } from './local-cluster';

const partitions = 6;
const recordSizeBytes = 100;
const membersCount = 3;
const produceChunkRecords = 5_000;
const produceInFlightMax = 4;
/** Bounds on every wait of the tool. */
const consumeTimeoutMs = 300_000;
const joinTimeoutMs = 60_000;

interface GroupPerfOptions {
  bootstrap: string[];
  records: number;
  rebalances: number;
  startCluster: boolean;
}

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: group-consumer-perf (--bootstrap-server H:P | --start-cluster) [--records N] [--rebalances N]\n`);
  process.exit(2);
}

export function parseArgs(argv: string[]): GroupPerfOptions {
  const opts: GroupPerfOptions = { bootstrap: [], records: 1_000_000, rebalances: 10, startCluster: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = (): string => argv[++i] ?? usage(`${arg} needs a value`);
    switch (arg) {
      case '--bootstrap-server': opts.bootstrap = next().split(','); break;
      case '--records': opts.records = Number(next()); break;
      case '--rebalances': opts.rebalances = Number(next()); break;
      case '--start-cluster': opts.startCluster = true; break;
      default: usage(`unknown argument ${arg}`);
    }
  }
  if (opts.bootstrap.length === 0 && !opts.startCluster) usage('--bootstrap-server or --start-cluster is required');
  if (!(Number.isInteger(opts.records) && opts.records > 0)) usage('--records must be a positive integer');
  if (!(Number.isInteger(opts.rebalances) && opts.rebalances > 0)) usage('--rebalances must be a positive integer');
  return opts;
}

async function fillTopic(samsa: Samsa, topic: string, records: number): Promise<void> {
  const admin = samsa.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }] });
  await admin.disconnect();
  const producer = samsa.producer({ acks: 1, lingerMs: 5, batchSizeBytes: 256 * 1024 });
  await producer.connect();
  const value = Buffer.alloc(recordSizeBytes, 'x');
  const inFlight = new Set<Promise<unknown>>();
  for (let sent = 0; sent < records; sent += produceChunkRecords) {
    const count = Math.min(produceChunkRecords, records - sent);
    const messages = Array.from({ length: count }, (_, i) => ({ value, partition: (sent + i) % partitions }));
    const send = producer.send({ topic, messages }).finally(() => inFlight.delete(send));
    inFlight.add(send);
    if (inFlight.size >= produceInFlightMax) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  await producer.disconnect();
}

interface Member {
  consumer: Consumer;
  generationId: number;
}

class BenchGroup {
  readonly members: Member[] = [];
  consumed = 0;

  constructor(private readonly samsa: Samsa, private readonly topic: string, private readonly groupId: string) {}

  async add(): Promise<Member> {
    const consumer = this.samsa.consumer({ groupId: this.groupId, sessionTimeoutMs: 10_000, heartbeatIntervalMs: 1_000, autoCommitIntervalMs: 1_000 });
    const member: Member = { consumer, generationId: -1 };
    consumer.on('group_join', (e: { generationId: number }) => (member.generationId = e.generationId));
    this.members.push(member);
    await consumer.connect();
    await consumer.subscribe({ topics: [this.topic], fromBeginning: true });
    await consumer.run({ eachBatch: async ({ batch }) => void (this.consumed += batch.messages.length) });
    return member;
  }

  /** The generation all current members share once they do, above `after`. */
  async stableGeneration(after: number): Promise<number> {
    const deadline = Date.now() + joinTimeoutMs;
    for (;;) {
      const g = this.members[0]?.generationId ?? -1;
      if (g > after && this.members.every((m) => m.generationId === g)) return g;
      if (Date.now() > deadline) throw new Error(`the group did not settle above generation ${after} within ${joinTimeoutMs} ms`);
      await sleep(1);
    }
  }

  /** Starts a clean leave of the oldest member; resolves when its disconnect() is done. */
  removeOne(): Promise<void> {
    const member = this.members.shift()!;
    return member.consumer.disconnect();
  }

  async close(): Promise<void> {
    await Promise.all(this.members.splice(0).map((m) => m.consumer.disconnect()));
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function measureThroughput(group: BenchGroup, records: number): Promise<{ seconds: number; fromJoinSeconds: number; generation: number }> {
  const startMs = Date.now();
  for (let i = 0; i < membersCount; i++) await group.add();
  const generation = await group.stableGeneration(0);
  const joinedMs = Date.now();
  const deadline = startMs + consumeTimeoutMs;
  while (group.consumed < records) {
    if (Date.now() > deadline) throw new Error(`consumed ${group.consumed} of ${records} records within ${consumeTimeoutMs} ms`);
    await sleep(5);
  }
  const endMs = Date.now();
  return { seconds: (endMs - startMs) / 1000, fromJoinSeconds: Math.max(endMs - joinedMs, 1) / 1000, generation };
}

async function measureRebalances(group: BenchGroup, runs: number, firstGeneration: number): Promise<number[]> {
  const durations: number[] = [];
  let generation = firstGeneration;
  for (let run = 0; run < runs; run++) {
    const startMs = Date.now();
    const leaving = group.removeOne();
    generation = await group.stableGeneration(generation);
    durations.push(Date.now() - startMs);
    await leaving;
    await group.add();
    generation = await group.stableGeneration(generation);
  }
  return durations;
}

async function run(opts: GroupPerfOptions, bootstrap: string[]): Promise<void> {
  const samsa = new Samsa({ brokers: bootstrap, clientId: 'group-consumer-perf', logLevel: 'error' });
  const suffix = Date.now().toString(36);
  const topic = `group-perf-${suffix}`;
  process.stderr.write(`filling ${topic}: ${opts.records} records of ${recordSizeBytes} bytes over ${partitions} partitions\n`);
  await fillTopic(samsa, topic, opts.records);
  const group = new BenchGroup(samsa, topic, `group-perf-${suffix}`);
  try {
    const t = await measureThroughput(group, opts.records);
    const mb = (opts.records * recordSizeBytes) / (1024 * 1024);
    process.stdout.write(
      `consumed ${group.consumed} records (${mb.toFixed(1)} MB of values) with ${membersCount} members in ${t.seconds.toFixed(2)} s: ` +
        `${Math.round(group.consumed / t.seconds)} records/s total, ${(mb / t.seconds).toFixed(1)} MB/s ` +
        `(${Math.round(group.consumed / t.fromJoinSeconds)} records/s after the group formed)\n`,
    );
    const durations = await measureRebalances(group, opts.rebalances, t.generation);
    process.stdout.write(
      `rebalance after a clean leave (3 -> 2 members), ${durations.length} runs: median ${median(durations)} ms, ` +
        `min ${Math.min(...durations)} ms, max ${Math.max(...durations)} ms\n`,
    );
  } finally {
    await group.close();
  }
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  // A small offsets topic and no initial rebalance delay: the bench measures rebalances, not waits.
  const overrides = { 'offsets.topic.num.partitions': 5, 'group.initial.rebalance.delay.ms': 0 };
  const target = opts.startCluster ? { name: 'group-consumer-perf', brokers: 3, overrides } : { bootstrap: opts.bootstrap };
  await runAgainst(target, (bootstrap) => run(opts, bootstrap));
}

if (require.main === module) runMain(main);
