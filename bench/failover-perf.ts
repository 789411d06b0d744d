/**
 * Failover time: how long a partition cannot take an acks=all write after its leader dies.
 *
 * A local 3-broker cluster, a topic with replication factor 3 and `min.insync.replicas=2`, and
 * an idempotent acks=all producer writing steadily to partition 0. Each round SIGKILLs that
 * partition's leader (read from its state znode, as the controller wrote it) and measures the
 * time from the kill to the first successful acks=all Produce on the partition, probed with raw
 * requests in a tight loop (Metadata from any live broker, then Produce to the leader it names).
 * In Kafka's classic design the controller notices the death only when the broker's ZooKeeper
 * session expires, so `zookeeper.session.timeout.ms` dominates the figure; it is printed with it.
 * The client producer's own figure is printed beside it: the time from the kill to the first
 * acknowledgement of a send it started after the kill, through its retries and metadata refresh.
 * The killed broker is then restarted and the round ends once the ISR is full again.
 *
 *   node --max-semi-space-size=64 dist/bench/failover-perf.js [--rounds 10] [--session-timeout-ms 6000]
 */

import { ApiKey } from '../proto/api';
import { encodeRecordBatchUncompressed } from '../proto/record-batch';
import { type samsa } from '../proto/generated/samsa';
import { BrokerConnection } from '../client/network/connection';
import { Samsa } from '../client';
import { TopicPartitionStateZNode, type PartitionStateData } from '../zk/paths';
import type { TestCluster } from '../test/fixtures/cluster';
import { runMain, startLocalCluster } from './local-cluster';
import { createReplicatedTopic } from './replication-perf';

/** Bound on one round's wait for the first acknowledged write after the kill. */
const failoverTimeoutMs = 60_000;
/** Bound on the wait for the restarted broker to rejoin the ISR. */
const isrWaitTimeoutMs = 120_000;
/** Pause between failed probe attempts: tight, yet leaves the brokers their CPU. */
const probeIntervalMs = 5;
const probeConnectTimeoutMs = 1_000;
/** The broker-side acks=all wait of one probe, and the client-side bound on its answer. */
const probeProduceTimeoutMs = 2_000;
const probeRequestTimeoutMs = 3_000;
const statePollIntervalMs = 100;
const probeRecordSizeBytes = 100;
/** Background load: records per send and sends outstanding at once. */
const loadRecordsPerSend = 50;
const loadSendsInFlightMax = 4;
const brokerCount = 3;
const partition = 0;

interface FailoverOptions {
  rounds: number;
  sessionTimeoutMs: number;
  loadRecordsPerSec: number;
}

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: failover-perf [--rounds N] [--session-timeout-ms MS] [--load-throughput RECORDS_PER_SEC]\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): FailoverOptions {
  const opts: FailoverOptions = { rounds: 10, sessionTimeoutMs: 6_000, loadRecordsPerSec: 5_000 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = Number(argv[++i] ?? usage(`${arg} needs a value`));
    if (!(Number.isInteger(value) && value > 0)) usage(`${arg} takes a positive integer`);
    switch (arg) {
      case '--rounds': opts.rounds = value; break;
      case '--session-timeout-ms': opts.sessionTimeoutMs = value; break;
      case '--load-throughput': opts.loadRecordsPerSec = value; break;
      default: usage(`unknown argument ${arg}`);
    }
  }
  return opts;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Raw Metadata + Produce requests, one connection per broker address, reopened after a failure. */
class PartitionProbe {
  private readonly connections = new Map<string, BrokerConnection>();
  private readonly records = encodeRecordBatchUncompressed([{ key: null, value: Buffer.alloc(probeRecordSizeBytes, 0x62) }]);

  constructor(private readonly topic: string, private readonly bootstrap: string[]) {}

  private connection(address: string): BrokerConnection {
    let conn = this.connections.get(address);
    if (!conn) {
      const [host, port] = address.split(':');
      conn = new BrokerConnection({
        host: host!, port: Number(port), clientId: 'failover-probe',
        connectTimeoutMs: probeConnectTimeoutMs, requestTimeoutMs: probeRequestTimeoutMs,
      });
      this.connections.set(address, conn);
    }
    return conn;
  }

  private drop(address: string): void {
    this.connections.get(address)?.close();
    this.connections.delete(address);
  }

  private async request<T>(address: string, apiKey: ApiKey, body: object): Promise<T | undefined> {
    try {
      return await this.connection(address).send<T>(apiKey, body);
    } catch {
      this.drop(address);
      return undefined;
    }
  }

  /** The leader's address as the first answering broker sees it; undefined when it names none. */
  private async leaderAddress(): Promise<string | undefined> {
    for (const address of this.bootstrap) {
      const md = await this.request<samsa.v1.IMetadataResponse>(address, ApiKey.Metadata, { topics: [this.topic] });
      if (!md) continue;
      const leaderId = md.topics?.[0]?.partitions?.find((p) => (p.partition ?? 0) === partition)?.leaderId ?? -1;
      const leader = md.brokers?.find((b) => b.nodeId === leaderId);
      return leader ? `${leader.host}:${leader.port}` : undefined;
    }
    return undefined;
  }

  /** One attempt: true when an acks=all Produce to the partition was acknowledged without error. */
  async tryProduce(): Promise<boolean> {
    const leader = await this.leaderAddress();
    if (!leader) return false;
    const response = await this.request<samsa.v1.IProduceResponse>(leader, ApiKey.Produce, {
      acks: -1, timeoutMs: probeProduceTimeoutMs,
      topics: [{ name: this.topic, partitions: [{ partition, records: this.records }] }],
    });
    return (response?.topics?.[0]?.partitions?.[0]?.errorCode ?? -1) === 0;
  }

  /** Attempts until one succeeds; resolves with the time of that success (performance.now()). */
  async untilProduced(deadlineMs: number): Promise<number> {
    while (performance.now() < deadlineMs) {
      if (await this.tryProduce()) return performance.now();
      await sleep(probeIntervalMs);
    }
    throw new Error(`no acks=all produce on ${this.topic}-${partition} succeeded within ${failoverTimeoutMs} ms`);
  }

  close(): void {
    for (const address of [...this.connections.keys()]) this.drop(address);
  }
}

/**
 * The idempotent acks=all producer that keeps writing to the partition through the client, with
 * its retries and metadata refreshes; reports when it first gets a write acknowledged after a kill.
 */
class BackgroundLoad {
  private stopped = false;
  private running: Promise<void> = Promise.resolve();
  private waiter: { sentAfterMs: number; resolve: (ackedAtMs: number) => void } | undefined;
  acked = 0;
  failed = 0;

  constructor(private readonly client: Samsa, private readonly topic: string, private readonly recordsPerSec: number) {}

  async start(): Promise<void> {
    const producer = this.client.producer({ acks: -1, lingerMs: 5 });
    await producer.connect();
    const messages = Array.from({ length: loadRecordsPerSend }, () => ({ value: Buffer.alloc(probeRecordSizeBytes, 0x61), partition }));
    const sendIntervalMs = (1000 * loadRecordsPerSend) / this.recordsPerSec;
    const worker = async (): Promise<void> => {
      while (!this.stopped) {
        const sentAtMs = performance.now();
        try {
          await producer.send({ topic: this.topic, messages });
          this.acked += messages.length;
          this.onAck(sentAtMs);
        } catch {
          this.failed += messages.length;
        }
        const aheadMs = sendIntervalMs * loadSendsInFlightMax - (performance.now() - sentAtMs);
        if (aheadMs > 0) await sleep(aheadMs);
      }
    };
    this.running = Promise.all(Array.from({ length: loadSendsInFlightMax }, worker)).then(() => producer.disconnect());
  }

  private onAck(sentAtMs: number): void {
    if (this.waiter && sentAtMs >= this.waiter.sentAfterMs) {
      this.waiter.resolve(performance.now());
      this.waiter = undefined;
    }
  }

  /**
   * Resolves with the time the first send started at or after `sentAfterMs` is acknowledged:
   * such a send cannot have been acknowledged by a leader killed at `sentAfterMs`.
   */
  firstAckOfSendAfter(sentAfterMs: number, timeoutMs: number): Promise<number> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        reject(new Error(`the background producer got no acknowledgement within ${timeoutMs} ms of the kill`));
      }, Math.max(1, sentAfterMs + timeoutMs - performance.now()));
      this.waiter = { sentAfterMs, resolve: (ackedAtMs) => { clearTimeout(timer); resolve(ackedAtMs); } };
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }
}

async function partitionState(cluster: TestCluster, topic: string): Promise<PartitionStateData | undefined> {
  const data = await cluster.zk.getData(TopicPartitionStateZNode.path(topic, partition));
  return data === undefined ? undefined : TopicPartitionStateZNode.decode(data);
}

async function waitForFullIsr(cluster: TestCluster, topic: string): Promise<PartitionStateData> {
  const deadline = Date.now() + isrWaitTimeoutMs;
  for (;;) {
    const state = await partitionState(cluster, topic);
    if (state && state.leader >= 0 && state.isr.length === brokerCount) return state;
    if (Date.now() > deadline) throw new Error(`ISR of ${topic}-${partition} not full after ${isrWaitTimeoutMs} ms: ${JSON.stringify(state)}`);
    await sleep(statePollIntervalMs);
  }
}

interface RoundResult { probeMs: number; clientMs: number }

/** One round: kill the leader, time the first acknowledged writes, restart, wait for the full ISR. */
async function round(cluster: TestCluster, topic: string, probe: PartitionProbe, load: BackgroundLoad, index: number): Promise<RoundResult> {
  const before = await waitForFullIsr(cluster, topic);
  await probe.untilProduced(performance.now() + failoverTimeoutMs);
  const controller = await cluster.waitForController();
  const victim = cluster.broker(before.leader);
  const killedAtMs = performance.now();
  const killed = victim.kill('SIGKILL');
  const clientAck = load.firstAckOfSendAfter(killedAtMs, failoverTimeoutMs);
  // Awaited below; this keeps a timeout during the probe from surfacing as an unhandled rejection.
  clientAck.catch(() => undefined);
  const producedAtMs = await probe.untilProduced(killedAtMs + failoverTimeoutMs);
  await killed;
  const after = await partitionState(cluster, topic);
  const result = { probeMs: producedAtMs - killedAtMs, clientMs: (await clientAck) - killedAtMs };
  process.stdout.write(
    `round ${index}: killed leader ${before.leader}${before.leader === controller ? ' (the controller)' : ''} ` +
      `epoch ${before.leaderEpoch}; new leader ${after?.leader ?? '?'} epoch ${after?.leaderEpoch ?? '?'}; ` +
      `first acks=all produce after ${result.probeMs.toFixed(0)} ms (raw probe), ` +
      `${result.clientMs.toFixed(0)} ms (client producer)\n`,
  );
  await victim.start();
  await victim.waitForReady();
  await waitForFullIsr(cluster, topic);
  return result;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function run(opts: FailoverOptions, cluster: TestCluster, bootstrap: string[]): Promise<void> {
  const topic = `failover-perf-${Date.now().toString(36)}`;
  const client = new Samsa({ brokers: bootstrap, clientId: 'failover-perf', logLevel: 'silent' });
  await createReplicatedTopic(client, topic, 1);
  process.stdout.write(
    `# ${brokerCount} brokers, zookeeper.session.timeout.ms=${opts.sessionTimeoutMs}; topic ${topic}: replication factor 3, ` +
      `min.insync.replicas=2; background idempotent acks=all producer at ${opts.loadRecordsPerSec} records/sec to partition ${partition}\n`,
  );
  const probe = new PartitionProbe(topic, bootstrap);
  const load = new BackgroundLoad(client, topic, opts.loadRecordsPerSec);
  await load.start();
  const results: RoundResult[] = [];
  try {
    for (let i = 1; i <= opts.rounds; i++) results.push(await round(cluster, topic, probe, load, i));
  } finally {
    probe.close();
    await load.stop();
  }
  const summary = (times: number[]): string =>
    `median ${median(times).toFixed(0)} ms, worst ${Math.max(...times).toFixed(0)} ms, best ${Math.min(...times).toFixed(0)} ms`;
  process.stdout.write(
    `failover (SIGKILL of the leader -> first acks=all produce), ${results.length} rounds, ` +
      `zookeeper.session.timeout.ms=${opts.sessionTimeoutMs}:\n` +
      `  raw probe:       ${summary(results.map((r) => r.probeMs))}\n` +
      `  client producer: ${summary(results.map((r) => r.clientMs))}; ` +
      `${load.acked} records acknowledged, ${load.failed} failed\n`,
  );
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const local = await startLocalCluster({ name: 'failover-perf', brokers: brokerCount, sessionTimeoutMs: opts.sessionTimeoutMs });
  try {
    await run(opts, local.cluster, local.bootstrap);
  } finally {
    await local.stop();
  }
}

if (require.main === module) runMain(main);
