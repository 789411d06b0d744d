/**
 * One seeded run: a cluster of simulated brokers on a simulated ZooKeeper, network and disk, a
 * workload (topic creation, acks=all and acks=1 produces through the leader's data path) and
 * faults (broker crash and restart, ZooKeeper session expiry and connection loss, pauses, network
 * partitions between brokers, message drops, duplicates and delays), with the invariants checked
 * after every step. At the end every fault is healed, the cluster is given time to converge, and
 * every acknowledged acks=all record must be readable from its partition's final leader at its
 * offset, with the same bytes. Everything is a function of the seed.
 */
import { decodeRecordBatchesUncompressed } from '../../proto/record-batch';
import { TopicPartitionStateZNode } from '../../zk/paths';
import { InvariantChecker, InvariantViolation } from './invariants';
import { Prng } from './prng';
import { SimBroker } from './sim-broker';
import { SimLoop } from './sim-loop';
import { SimNetwork } from './sim-network';
import { SimZooKeeper } from './sim-zookeeper';
import { Workload, type AckedRecord } from './workload';

export interface SimulationOptions {
  seed: number;
  steps: number;
  brokers?: number;
  /** Trace lines kept for the report (the last ones). */
  traceLines?: number;
  /** Probability that a step injects a fault. */
  faultProbability?: number;
}

export const faultProbabilityDefault = 0.004;

export interface SimulationResult {
  seed: number;
  steps: number;
  virtualMs: number;
  traceHash: string;
  acked: number;
  faults: number;
  anomaly: string | undefined;
  traceTail: string[];
}

/** Virtual time given to the healed cluster to converge before the final check. */
export const convergenceMs = 120_000;
/** Bound on events run while converging. */
export const convergenceStepsMax = 200_000;
const startMs = 1_700_000_000_000;
const sessionTimeoutMs = 6_000;
/** How long a supervisor waits before starting a broker that exited. */
const brokerRestartDelayMs = 1_000;

export async function runSimulation(opts: SimulationOptions): Promise<SimulationResult> {
  const rng = new Prng(opts.seed);
  const loop = new SimLoop(startMs, opts.traceLines);
  const zooKeeper = new SimZooKeeper();
  const netRng = rng.fork();
  const network = new SimNetwork(loop, netRng, {
    dropProbability: 0.01, duplicateProbability: 0.01,
    latencyMs: () => (netRng.chance(0.05) ? netRng.int(50, 2_000) : netRng.int(1, 10)),
  });
  const zkRng = rng.fork();
  const brokerCount = opts.brokers ?? 3;
  const brokers = Array.from({ length: brokerCount }, (_, i) => new SimBroker(i + 1, {
    loop, zooKeeper, network,
    zkOptions: { sessionTimeoutMs, requestTimeoutMs: sessionTimeoutMs, latencyMs: () => zkRng.int(1, 5) },
    configOverrides: {
      'zookeeper.session.timeout.ms': String(sessionTimeoutMs), 'replica.lag.time.max.ms': '10000',
      'min.insync.replicas': '2', 'default.replication.factor': String(Math.min(3, brokerCount)), 'log.cleaner.enable': 'false',
    },
  }));
  const checker = new InvariantChecker(zooKeeper, brokers, (line) => loop.trace(line));
  const workload = new Workload(loop, rng.fork(), brokers);
  const faults = new FaultInjector(loop, rng.fork(), brokers, network, opts.faultProbability ?? faultProbabilityDefault);
  for (const b of brokers) b.start();
  let anomaly: string | undefined;
  try {
    for (let step = 0; step < opts.steps; step++) {
      faults.maybeInject();
      workload.maybeAct();
      if (!(await loop.step())) break;
      checker.check();
    }
    faults.healAll();
    await converge(loop, checker, faults);
    await verifyAcked(brokers, zooKeeper, workload.acked);
  } catch (err) {
    anomaly = err instanceof InvariantViolation || err instanceof DurabilityViolation ? err.message : `unexpected error: ${(err as Error).stack ?? String(err)}`;
  }
  loop.trace(`end ${anomaly ?? 'ok'}`);
  return {
    seed: opts.seed, steps: loop.stepsRun, virtualMs: loop.nowMs - startMs, traceHash: loop.traceHash(),
    acked: workload.acked.length, faults: faults.injected, anomaly, traceTail: loop.traceTail(),
  };
}

async function converge(loop: SimLoop, checker: InvariantChecker, faults: FaultInjector): Promise<void> {
  const untilMs = loop.nowMs + convergenceMs;
  for (let i = 0; i < convergenceStepsMax; i++) {
    const next = loop.peekTimeMs();
    if (next === undefined || next > untilMs) break;
    faults.superviseRestarts();
    await loop.step();
    checker.check();
  }
  loop.nowMs = Math.max(loop.nowMs, untilMs);
}

export class DurabilityViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DurabilityViolation';
  }
}

/** Every acknowledged acks=all record must be below the final leader's HW, at its offset, with its bytes. */
async function verifyAcked(brokers: SimBroker[], zooKeeper: SimZooKeeper, acked: readonly AckedRecord[]): Promise<void> {
  for (const record of acked) {
    const tp = `${record.topic}-${record.partition}`;
    const stateNode = zooKeeper.peek(TopicPartitionStateZNode.path(record.topic, record.partition));
    if (stateNode === undefined) throw new DurabilityViolation(`${tp}: no partition state after healing`);
    const state = TopicPartitionStateZNode.decode(stateNode.data);
    const leader = brokers.find((b) => b.id === state.leader)?.running?.replicaManager.getPartition(record.topic, record.partition);
    if (leader === undefined || !leader.isLeader) {
      throw new DurabilityViolation(`${tp}: no serving leader after healing (ZooKeeper names ${state.leader} at epoch ${state.leaderEpoch})`);
    }
    if (record.offset >= leader.highWatermark) {
      throw new DurabilityViolation(`${tp}: acked offset ${record.offset} is not below the final leader ${state.leader}'s HW ${leader.highWatermark}`);
    }
    const read = await leader.log.read({ startOffset: record.offset, maxBytes: 1 << 20, maxOffset: leader.highWatermark, minOneBatch: true });
    const found = decodeRecordBatchesUncompressed(read.records).flatMap((b) => b.records).find((r) => r.offset === record.offset);
    if (found === undefined || found.value === null || !found.value.equals(record.value)) {
      throw new DurabilityViolation(`${tp}: acked record at offset ${record.offset} (${record.value.toString()}) reads back as ${found?.value?.toString() ?? 'nothing'} on leader ${state.leader}`);
    }
  }
}

/** The fault menu; each step injects at most one fault, with a small probability. */
class FaultInjector {
  injected = 0;
  private readonly downUntil = new Map<number, number>();

  constructor(
    private readonly loop: SimLoop, private readonly rng: Prng, private readonly brokers: SimBroker[], private readonly network: SimNetwork,
    private readonly probability: number,
  ) {}

  /** Starts brokers whose downtime is over, and restarts (after a delay) those whose startup failed. */
  superviseRestarts(): void {
    for (const b of this.brokers) {
      // A broker whose startup failed exits; its supervisor starts it again.
      if (b.running?.failed !== undefined && !this.downUntil.has(b.id)) {
        b.crash();
        this.downUntil.set(b.id, this.loop.nowMs + brokerRestartDelayMs);
      }
      const until = this.downUntil.get(b.id);
      if (until !== undefined && this.loop.nowMs >= until) {
        this.downUntil.delete(b.id);
        b.start();
      }
    }
  }

  maybeInject(): void {
    this.superviseRestarts();
    if (!this.rng.chance(this.probability)) return;
    this.injected += 1;
    const b = this.rng.pick(this.brokers);
    const kind = this.rng.int(0, 5);
    if (kind === 0 && b.alive && this.downUntil.size < 1) {
      b.crash();
      this.downUntil.set(b.id, this.loop.nowMs + this.rng.int(100, 20_000));
    } else if (kind === 1 && b.running !== undefined) {
      this.loop.trace(`expire session b${b.id}`);
      b.running.session.expireNow();
    } else if (kind === 2 && b.running !== undefined) {
      const ms = this.rng.int(100, 10_000);
      this.loop.trace(`zk disconnect b${b.id} ${ms}ms`);
      b.running.session.disconnect(ms);
    } else if (kind === 3) {
      b.pause(this.rng.int(100, 12_000));
    } else if (kind === 4) {
      const other = this.rng.pick(this.brokers.filter((x) => x !== b));
      this.loop.trace(`partition b${b.id} b${other.id}`);
      this.network.partition(b.id, other.id);
    } else {
      this.loop.trace('heal network');
      this.network.healAll();
    }
  }

  healAll(): void {
    this.loop.trace('heal all');
    this.network.healAll();
    this.network.faults.dropProbability = 0;
    this.network.faults.duplicateProbability = 0;
    for (const b of this.brokers) {
      b.process.pausedUntilMs = 0;
      if (!b.alive) b.start();
    }
    this.downUntil.clear();
  }
}
