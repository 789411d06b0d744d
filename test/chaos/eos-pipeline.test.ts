/**
 * Exactly-once pipeline under crashes (issue 11, "What must hold"; Kafka's transactions_test.py):
 * a consume-transform-produce copier (eos-copier.ts) copies an input topic to an output topic,
 * one output per input, committing its input offsets in the same transaction. It is SIGKILLed
 * and restarted again and again; so are the output partitions' leaders, the transaction
 * coordinator and the group coordinator. At the end the output read with read_committed holds
 * exactly one output per input, in input order per partition, and the committed offsets are the
 * input's end (eos-checker.ts). The checker is then shown to catch a duplicate injected into the
 * real output topic.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Samsa } from '../../client';
import { partitionForGroup } from '../../broker/coordinator/offsets-topic';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { createTopic, replicationOverrides, restartAfterCrash } from '../replication/helpers';
import { checkExactlyOnce, describeEosCheck, type InputRecord, type OutputRecord } from './eos-checker';
import { leaderOf, sleep, waitForFullIsr } from './harness';

const input = 'eos-input';
const output = 'eos-output';
const groupId = 'eos-copier-group';
const transactionalId = 'eos-copier';
const partitions = 3;
const replicas = 3;
/** Input written per partition before the copier starts, then per step while the faults run. */
const recordsPerPartition = 300;
const inputBatchRecords = 20;
const inputIntervalMs = 100;
const transactionStatePartitions = 5;
const offsetsPartitions = 5;
/** Time the copier runs between faults. */
const faultIntervalMs = 2_500;
const drainTimeoutMs = 180_000;
const readTimeoutMs = 60_000;
const copierOutputCharsMax = 16 * 1024;

type Fault = 'copier' | 'output-leader' | 'transaction-coordinator' | 'group-coordinator';
const faultPlan: Fault[] = [
  'copier', 'output-leader', 'copier', 'transaction-coordinator', 'copier', 'group-coordinator',
  'copier', 'output-leader', 'transaction-coordinator', 'copier',
];

class Copier {
  private child: ChildProcess | undefined;
  private tail = '';
  starts = 0;
  /** Transactions committed, per start (from the copier's JSON lines). */
  readonly commitsPerStart: number[] = [];

  constructor(private readonly bootstrap: string) {}

  start(): void {
    const script = path.resolve(__dirname, '../../dist/test/chaos/eos-copier.js');
    this.child = spawn(process.execPath, [script, this.bootstrap, input, output, String(partitions), groupId, transactionalId], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.starts += 1;
    const start = this.commitsPerStart.push(0) - 1;
    const keep = (c: Buffer): void => void (this.tail = (this.tail + c.toString()).slice(-copierOutputCharsMax));
    this.child.stdout?.on('data', (c: Buffer) => {
      keep(c);
      this.commitsPerStart[start]! += c.toString().split('"committed"').length - 1;
    });
    this.child.stderr?.on('data', keep);
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Restarts it when it exited by itself (it exits on any error, by design). */
  ensureRunning(): void {
    if (!this.running) this.start();
  }

  async kill(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (child === undefined || !this.running) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    await exited;
  }

  output(): string {
    return this.tail;
  }
}

/**
 * Writes input while the faults run, so that the copier always has work when it is killed: a
 * first batch per partition, then `inputBatchRecords` per partition every `inputIntervalMs` until
 * stopped. Sends that fail (a broker was just killed) are not retried here: what the input
 * holds is read back at the end, and that read is what the checker uses.
 */
function startInputWriter(client: Samsa): { stop(): Promise<void> } {
  const producer = client.producer({ acks: -1 });
  let stopping = false;
  let n = 0;
  const send = (count: number): Promise<unknown> => Promise.all(Array.from({ length: partitions }, (_, partition) => producer.send({
    topic: input, messages: Array.from({ length: count }, () => ({ partition, value: `in-${partition}-${n++}` })),
  }).catch(() => undefined)));
  const loop = (async () => {
    await producer.connect();
    await send(recordsPerPartition);
    while (!stopping) {
      await send(inputBatchRecords);
      await sleep(inputIntervalMs);
    }
  })();
  return {
    async stop() {
      stopping = true;
      await loop;
      await producer.disconnect();
    },
  };
}

/** Every record of the input topic, read from offset 0 (read_uncommitted: the input is not transactional). */
async function readInput(client: Samsa): Promise<Map<number, InputRecord[]>> {
  const read = await readTopic(client, input, 'read_uncommitted');
  return new Map([...read].map(([p, rs]) => [p, rs.map((r) => ({ offset: r.offset, value: r.value }))]));
}

async function committedOffsets(client: Samsa): Promise<Map<number, number>> {
  const admin = client.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchOffsets({ groupId, topics: [input] });
    return new Map(offsets.flatMap((t) => t.partitions.map((p) => [p.partition, Number(p.offset)] as [number, number])));
  } finally {
    await admin.disconnect();
  }
}

/** Every record a consumer reads from the beginning of `topic` to each partition's end. */
async function readTopic(client: Samsa, topic: string, isolationLevel: 'read_committed' | 'read_uncommitted'): Promise<Map<number, OutputRecord[]>> {
  const admin = client.admin();
  await admin.connect();
  const ends = new Map((await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect())).map((o) => [o.partition, Number(o.high)]));
  const consumer = client.consumer({ isolationLevel, maxWaitTimeMs: 100 });
  await consumer.connect();
  const outputs = new Map<number, OutputRecord[]>(Array.from({ length: partitions }, (_, p) => [p, []]));
  try {
    consumer.assign(Array.from({ length: partitions }, (_, partition) => ({ topic, partition })));
    for (let partition = 0; partition < partitions; partition++) await consumer.seek({ topic, partition, offset: 0 });
    const done = (): boolean => [...ends].every(([partition, end]) => (consumer.position({ topic, partition }) ?? 0) >= end);
    const deadline = Date.now() + readTimeoutMs;
    const iterator = consumer[Symbol.asyncIterator]();
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`${isolationLevel} read of ${topic} did not reach ${JSON.stringify([...ends])}`);
      const next = await Promise.race([iterator.next(), sleep(500).then(() => undefined)]);
      if (next === undefined || next.done === true) continue;
      const m = next.value;
      outputs.get(m.partition)!.push({ offset: Number(m.offset), value: m.value?.toString() ?? '' });
    }
  } finally {
    await consumer.disconnect();
  }
  return outputs;
}

describe('exactly-once pipeline: SIGKILL the copier, output leaders and both coordinators', () => {
  let cluster: TestCluster | undefined;
  let copier: Copier | undefined;

  beforeAll(async () => {
    cluster = await startCluster({
      brokers: replicas, name: 'eos-pipeline', sessionTimeoutMs: 6_000,
      overrides: {
        ...replicationOverrides,
        'transaction.state.log.num.partitions': transactionStatePartitions,
        'offsets.topic.num.partitions': offsetsPartitions,
        'transaction.abort.timed.out.transaction.cleanup.interval.ms': 1_000,
        'group.initial.rebalance.delay.ms': 0,
      },
    });
  }, 90_000);

  afterAll(async () => {
    await copier?.kill('SIGKILL');
    await cluster?.stop();
  });

  async function victim(c: TestCluster, fault: Exclude<Fault, 'copier'>, round: number): Promise<number> {
    if (fault === 'output-leader') return (await leaderOf(c, output, round % partitions)).leader;
    if (fault === 'transaction-coordinator') return (await leaderOf(c, '__transaction_state', partitionForGroup(transactionalId, transactionStatePartitions))).leader;
    return (await leaderOf(c, '__consumer_offsets', partitionForGroup(groupId, offsetsPartitions))).leader;
  }

  it('ends with exactly one output per input, in order, and the input offsets committed', async () => {
    const c = cluster!;
    const client = new Samsa({ brokers: c.bootstrap.split(','), clientId: 'eos-pipeline-test', logLevel: 'silent', requestTimeoutMs: 10_000 });
    for (const topic of [input, output]) {
      await createTopic(c.brokers[0]!, topic, partitions, { 'min.insync.replicas': '2' });
      await waitForFullIsr(c, topic, partitions, replicas);
    }
    const writer = startInputWriter(client);
    await sleep(500);
    copier = new Copier(c.bootstrap);
    copier.start();

    const faults: string[] = [];
    for (const [round, fault] of faultPlan.entries()) {
      await sleep(faultIntervalMs);
      copier.ensureRunning();
      if (fault === 'copier') {
        await copier.kill('SIGKILL');
        faults.push('copier');
        copier.start();
        continue;
      }
      const brokerId = await victim(c, fault, round);
      faults.push(`${fault}:${brokerId}`);
      await c.broker(brokerId).kill('SIGKILL');
      await sleep(1_000);
      await restartAfterCrash(c, brokerId);
    }

    await writer.stop();
    const inputs = await readInput(client);

    // Let it drain: restart it whenever it gave up, until the committed offsets reach the input's end.
    await waitFor(async () => {
      copier!.ensureRunning();
      const committed = await committedOffsets(client).catch(() => new Map<number, number>());
      return [...inputs].every(([p, rs]) => committed.get(p) === rs.length);
    }, { timeoutMs: drainTimeoutMs, intervalMs: 1_000, description: `the copier to commit every input (output: ${copier.output()})` });
    await copier.kill('SIGTERM');

    const history = { inputs, outputs: await readTopic(client, output, 'read_committed'), committed: await committedOffsets(client) };
    const result = checkExactlyOnce(history);
    const summary = `faults ${faults.join(' ')}; transactions committed per copier start ${JSON.stringify(copier.commitsPerStart)}\n${describeEosCheck(result)}`;
    expect({ summary, valid: result.valid }).toEqual({ summary, valid: true });
    expect(result.counts.outputs).toBe(result.counts.inputs);
    expect(result.counts.inputs).toBeGreaterThan(partitions * recordsPerPartition);
    // The faults hit a working copier: most of its incarnations committed transactions.
    expect({ summary, working: copier.commitsPerStart.filter((n) => n > 0).length }).toEqual({ summary, working: expect.any(Number) });
    expect(copier.commitsPerStart.filter((n) => n > 0).length).toBeGreaterThanOrEqual(Math.ceil(copier.starts / 2));
    process.stderr.write(`${summary}\n`);

    // The checker is not vacuous: a duplicate of a real output, written into the real topic, is caught.
    const first = history.outputs.get(0)![0]!;
    const producer = client.producer({ acks: -1 });
    await producer.connect();
    await producer.send({ topic: output, messages: [{ partition: 0, value: first.value }] }).finally(() => producer.disconnect());
    const withDuplicate = checkExactlyOnce({ ...history, outputs: await readTopic(client, output, 'read_committed') });
    expect(withDuplicate.valid).toBe(false);
    expect(withDuplicate.duplicates).toEqual([expect.objectContaining({ partition: 0, inputOffset: 0 })]);
  }, 600_000);
});
