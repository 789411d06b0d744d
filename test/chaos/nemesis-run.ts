/**
 * The partition nemesis run (issue 8): a 3-node ZooKeeper ensemble and 3 brokers, each process
 * under its own uid, an acks=all workload on a replicated topic, and faults from
 * nemesis-faults.ts one after another. After each heal the cluster must return on its own, within
 * `recoveryBoundMs`, to a full ensemble, every broker registered, a controller, and every
 * partition led with a full ISR. At the end the Jepsen-style checker judges the history against a
 * read from offset 0, and the stopped replicas are compared byte for byte below the high
 * watermark. Used by the CI test (nemesis.test.ts) and the soak command (soak.ts).
 */
import { startCluster, findController, type TestCluster } from '../fixtures/cluster';
import { Nemesis } from '../fixtures/nemesis';
import { startZooKeeperEnsemble, type ZooKeeperEnsemble } from '../fixtures/zookeeper-ensemble';
import { createTopic, partitionState, replicationOverrides } from '../replication/helpers';
import { anomalyCounts, checkQueue, describeCheck, type AnomalyKind, type FinalRead } from './checker';
import {
  faultKinds, injectFault, seededRandom, type ClusterSnapshot, type FaultKind, type FaultTimings, type NemesisWorld,
} from './nemesis-faults';
import { finalRead, sleep, startClientWorkload, waitForFullIsr, type Workload } from './harness';
import { compareReplicas } from './replica-compare';
import { ErrorCode, errorName } from '../../proto/errors';

const topic = 'nemesis';
const partitions = 6;
const replicas = 3;
/** Brokers run as 41001.., ZooKeeper nodes as 41011..: uids nothing else on the machine uses. */
export const brokerUidBase = 41_000;
export const zooKeeperUidBase = 41_010;
/**
 * Short enough for 30 faults in about 5 minutes, long enough that a busy 2-core machine does not
 * expire sessions by itself: each hold is 1.5 times what it must outlast.
 */
const sessionTimeoutMs = 4_500;
const replicaLagTimeMaxMs = 3_000;
export const faultTimings: FaultTimings = { peerHoldMs: 4_500, sessionHoldMs: 7_000, zooKeeperHoldMs: 3_000 };
/** After a heal, the cluster must be whole again (full ISRs, full ensemble) within this bound. */
export const recoveryBoundMs = 60_000;
const recoveryPollIntervalMs = 250;
/** The workload must keep being acknowledged after the last fault. */
const progressAfterFaultsAcks = 50;
const progressTimeoutMs = 30_000;
/** Producer errors no fault excuses: an idempotent producer must never give up with these. */
const producerFatalCodes: ReadonlySet<number> = new Set([ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER, ErrorCode.UNKNOWN_PRODUCER_ID]);

export interface NemesisRunOptions {
  /** Keep injecting until at least this many faults... */
  faultsMin?: number;
  /** ...and at least this long. */
  durationMs?: number;
  seed?: number;
  /** Fault kinds to inject (default all): to replay one kind while another is known to fail. */
  kinds?: readonly FaultKind[];
  log?: (line: string) => void;
}

export interface NemesisReport {
  seed: number;
  elapsedMs: number;
  faults: Record<FaultKind, number>;
  /** Faults whose effect showed before the heal (FaultKind's `took`), per kind. */
  faultsThatTook: Record<FaultKind, number>;
  faultsTotal: number;
  acknowledged: number;
  sends: { ok: number; fail: number; info: number };
  /** Failed or indefinite sends by error, e.g. `7 REQUEST_TIMED_OUT`. */
  sendErrors: Record<string, number>;
  anomalies: {
    checker: Record<AnomalyKind, number>;
    /** Faults after which the cluster did not return to full ISRs within recoveryBoundMs. */
    unrecovered: string[];
    /** Sends the producer gave up on with a code no fault excuses (producerFatalCodes). */
    producerFatal: number;
    noProgress: string[];
    replicaDivergence: string[];
    /** Brokers that did not exit 0 on SIGTERM before the fixture's SIGKILL (issue 8, defect 5). */
    uncleanShutdown: string[];
  };
  anomaliesTotal: number;
  replicasCompared: number;
  recoveryMsMax: number;
  shutdown: string[];
  faultLog: string[];
  checkSummary: string;
}

function emptyFaultCounts(): Record<FaultKind, number> {
  return Object.fromEntries(faultKinds.map((k) => [k, 0])) as Record<FaultKind, number>;
}

/** Why the cluster is not whole yet, or undefined once it is. */
async function notRecovered(cluster: TestCluster, ensemble: ZooKeeperEnsemble): Promise<string | undefined> {
  const modes = await Promise.all(ensemble.nodes.map((n) => n.mode()));
  if (modes.some((m) => m === undefined)) return `ZooKeeper modes ${modes.map((m) => m ?? 'down').join(',')}`;
  const ids = await cluster.zk.getChildren('/brokers/ids');
  if (ids.length !== cluster.brokers.length) return `registered brokers ${ids.join(',')}`;
  if ((await findController(cluster.zk)) === undefined) return 'no controller';
  for (let p = 0; p < partitions; p++) {
    const s = await partitionState(cluster, topic, p);
    if (!s || s.leader < 0 || s.isr.length !== replicas) return `${topic}-${p} ${JSON.stringify(s)}`;
  }
  return undefined;
}

async function snapshot(cluster: TestCluster, ensemble: ZooKeeperEnsemble): Promise<ClusterSnapshot> {
  const isrs: number[][] = [];
  for (let p = 0; p < partitions; p++) isrs.push((await partitionState(cluster, topic, p))?.isr ?? []);
  return {
    zooKeeperModes: await Promise.all(ensemble.nodes.map((n) => n.mode())),
    registeredBrokers: (await cluster.zk.getChildren('/brokers/ids')).map(Number),
    controller: await findController(cluster.zk),
    isrs,
  };
}

function describeSnapshot(s: ClusterSnapshot): string {
  return `zk ${s.zooKeeperModes.map((m) => m ?? 'down').join(',')}; brokers ${s.registeredBrokers.join(',')}; ` +
    `controller ${s.controller ?? 'none'}; isr ${s.isrs.map((i) => i.join('')).join(' ')}`;
}

/** Waits for the cluster to be whole; the time it took, or the last thing missing at the bound. */
async function awaitRecovery(cluster: TestCluster, ensemble: ZooKeeperEnsemble): Promise<{ ms: number; missing?: string }> {
  const start = Date.now();
  let missing: string | undefined = 'not checked';
  while (Date.now() - start < recoveryBoundMs) {
    missing = await notRecovered(cluster, ensemble).catch((error: Error) => `check failed: ${error.message}`);
    if (missing === undefined) return { ms: Date.now() - start };
    await sleep(recoveryPollIntervalMs);
  }
  return { ms: Date.now() - start, missing };
}

/** The harness records a failed send as `<code> <message>`, with an empty code when there was none. */
function errorLabel(error: string | undefined): string {
  const first = (error ?? '').split(' ')[0] ?? '';
  return /^-?\d+$/.test(first) ? `${first} ${errorName(Number(first))}` : 'no code';
}

interface Setup { nemesis: Nemesis; ensemble: ZooKeeperEnsemble; cluster: TestCluster }

/**
 * Ports are picked free and bound later by the child (ports.ts); on a busy machine another process
 * can take one in between, and the cluster fails to start. One more attempt on fresh ports.
 */
const setUpAttemptsMax = 2;

async function setUp(log: (line: string) => void): Promise<Setup> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await setUpOnce();
    } catch (error) {
      if (attempt >= setUpAttemptsMax) throw error;
      log(`set-up failed, retrying on fresh ports: ${(error as Error).message.split('\n')[0]}`);
    }
  }
}

async function setUpOnce(): Promise<Setup> {
  const nemesis = await Nemesis.install();
  let ensemble: ZooKeeperEnsemble | undefined;
  try {
    ensemble = await startZooKeeperEnsemble({ size: 3, uid: (myid) => zooKeeperUidBase + myid });
    const cluster = await startCluster({
      brokers: replicas, name: 'chaos-nemesis', zkConnect: ensemble.connect, sessionTimeoutMs,
      brokerUid: (id) => brokerUidBase + id,
      overrides: { ...replicationOverrides, 'replica.lag.time.max.ms': replicaLagTimeMaxMs, 'unclean.leader.election.enable': false },
    });
    return { nemesis, ensemble, cluster };
  } catch (error) {
    await ensemble?.stop();
    await nemesis.close();
    throw error;
  }
}

async function tearDown({ nemesis, ensemble, cluster }: Setup): Promise<void> {
  await nemesis.heal().catch(() => undefined);
  await cluster.stop();
  await ensemble.stop();
  await nemesis.close();
}

interface FaultPhase { faults: Record<FaultKind, number>; faultsThatTook: Record<FaultKind, number>; faultLog: string[]; unrecovered: string[]; recoveryMsMax: number }

async function runFaults(world: NemesisWorld, options: NemesisRunOptions, log: (line: string) => void): Promise<FaultPhase> {
  const phase: FaultPhase = { faults: emptyFaultCounts(), faultsThatTook: emptyFaultCounts(), faultLog: [], unrecovered: [], recoveryMsMax: 0 };
  const start = Date.now();
  const faultsMin = options.faultsMin ?? 0;
  const durationMs = options.durationMs ?? 0;
  let total = 0;
  while (total < faultsMin || Date.now() - start < durationMs) {
    // Every kind once per cycle, in a seeded order.
    const cycle = [...(options.kinds ?? faultKinds)].sort(() => world.random() - 0.5);
    for (const kind of cycle) {
      const fault = await injectFault(world, kind);
      const during = await snapshot(world.cluster, world.ensemble).catch(() => undefined);
      await fault.heal();
      total++;
      phase.faults[kind]++;
      const took = during !== undefined && fault.took(during);
      if (took) phase.faultsThatTook[kind]++;
      const recovery = await awaitRecovery(world.cluster, world.ensemble);
      phase.recoveryMsMax = Math.max(phase.recoveryMsMax, recovery.ms);
      const effect = `${took ? 'took' : 'NO EFFECT SEEN'} (${during ? describeSnapshot(during) : 'no snapshot'})`;
      const line = `fault ${total} ${kind} ${fault.target}: ${effect}; ${recovery.missing ? `NOT recovered in ${recoveryBoundMs} ms (${recovery.missing})` : `recovered in ${recovery.ms} ms`}`;
      phase.faultLog.push(line);
      log(line);
      if (recovery.missing) {
        // Further faults on a cluster that did not heal would only blur what went wrong.
        phase.unrecovered.push(line);
        return phase;
      }
      if (total >= faultsMin && Date.now() - start >= durationMs) break;
    }
  }
  return phase;
}

async function awaitProgress(workload: Workload): Promise<string | undefined> {
  const acked = () => workload.history.filter((op) => op.outcome === 'ok').length;
  const before = acked();
  const deadline = Date.now() + progressTimeoutMs;
  while (acked() < before + progressAfterFaultsAcks) {
    if (Date.now() > deadline) return `only ${acked() - before} acknowledgements in ${progressTimeoutMs} ms after the last fault`;
    await sleep(recoveryPollIntervalMs);
  }
  return undefined;
}

/** Stops every broker (controlled shutdown), noting how each went, then compares their logs. */
async function stopAndCompare(cluster: TestCluster, reads: FinalRead): Promise<{ shutdown: string[]; uncleanShutdown: string[]; divergence: string[]; compared: number }> {
  const shutdown: string[] = [];
  const uncleanShutdown: string[] = [];
  for (const b of cluster.brokers) {
    const t0 = Date.now();
    await b.stop();
    const outcome = `broker ${b.brokerId}: exit ${b.exitCode ?? b.exitSignal} after ${Date.now() - t0} ms`;
    shutdown.push(outcome);
    if (b.exitCode !== 0) uncleanShutdown.push(outcome);
  }
  const divergence: string[] = [];
  let compared = 0;
  for (let p = 0; p < partitions; p++) {
    const records = reads.get(p) ?? [];
    const readHighWatermark = records.length === 0 ? 0 : records[records.length - 1]!.offset + 1;
    const comparison = await compareReplicas(cluster.brokers, topic, p, readHighWatermark);
    compared += comparison.dumps.length;
    for (const d of comparison.differences) divergence.push(`${topic}-${p} below HW ${comparison.highWatermark}: ${d}`);
  }
  return { shutdown, uncleanShutdown, divergence, compared };
}

export async function runNemesis(options: NemesisRunOptions): Promise<NemesisReport> {
  const log = options.log ?? (() => undefined);
  const seed = options.seed ?? (Date.now() >>> 0);
  const startedAt = Date.now();
  log(`nemesis: seed ${seed}`);
  const setup = await setUp(log);
  const { cluster, ensemble, nemesis } = setup;
  let workload: Workload | undefined;
  try {
    await createTopic(cluster.brokers[0]!, topic, partitions, { 'min.insync.replicas': '2' });
    await waitForFullIsr(cluster, topic, partitions, replicas);
    workload = await startClientWorkload(cluster.bootstrap, topic, partitions, 'nemesis');
    await sleep(1_000);
    const world: NemesisWorld = { cluster, ensemble, nemesis, timings: faultTimings, topic, random: seededRandom(seed) };
    const phase = await runFaults(world, options, log);
    const noProgress: string[] = [];
    if (phase.unrecovered.length === 0) {
      const stalled = await awaitProgress(workload);
      if (stalled) noProgress.push(stalled);
    }
    await workload.stop();
    const history = workload.history;
    workload = undefined;
    if (phase.unrecovered.length === 0) await waitForFullIsr(cluster, topic, partitions, replicas, recoveryBoundMs);
    const reads = await finalRead(cluster, topic, partitions);
    const result = checkQueue(history, reads);
    log(describeCheck(result));
    const statusBeforeStop = await snapshot(cluster, ensemble).then(describeSnapshot, (error: Error) => error.message);
    const { shutdown, uncleanShutdown, divergence, compared } = await stopAndCompare(cluster, reads);
    const sendErrors: Record<string, number> = {};
    let producerFatal = 0;
    for (const op of history) {
      if (op.outcome === 'ok') continue;
      const label = errorLabel(op.error);
      sendErrors[label] = (sendErrors[label] ?? 0) + 1;
      if (producerFatalCodes.has(Number(label.split(' ')[0]))) producerFatal++;
    }
    const checker = anomalyCounts(result);
    const anomaliesTotal = Object.values(checker).reduce((a, b) => a + b, 0) + phase.unrecovered.length + producerFatal +
      noProgress.length + divergence.length + uncleanShutdown.length;
    if (anomaliesTotal > 0) {
      // Keep the evidence: broker and ZooKeeper logs and data dirs stay for the report.
      process.env.SAMSA_TEST_KEEP_DIRS = '1';
      log(`anomalies: cluster at the end ${statusBeforeStop}; logs and data kept in ${cluster.workDir} and ${ensemble.workDir}`);
    }
    return {
      seed, elapsedMs: Date.now() - startedAt, faults: phase.faults, faultsThatTook: phase.faultsThatTook,
      faultsTotal: Object.values(phase.faults).reduce((a, b) => a + b, 0),
      acknowledged: result.counts.ok, sends: { ok: result.counts.ok, fail: result.counts.fail, info: result.counts.info }, sendErrors,
      anomalies: { checker, unrecovered: phase.unrecovered, producerFatal, noProgress, replicaDivergence: divergence, uncleanShutdown },
      anomaliesTotal, replicasCompared: compared, recoveryMsMax: phase.recoveryMsMax, shutdown, faultLog: phase.faultLog,
      checkSummary: describeCheck(result),
    };
  } finally {
    await workload?.stop().catch(() => undefined);
    await tearDown(setup);
  }
}

/** The report as the soak command prints it. */
export function formatReport(r: NemesisReport): string {
  const kinds = faultKinds.map((k) => `${k}=${r.faults[k]}`).join(' ');
  return [
    `seed ${r.seed}, ${(r.elapsedMs / 1000).toFixed(0)} s`,
    `faults injected: ${r.faultsTotal} (${kinds}); seen to take effect: ${faultKinds.map((k) => `${k}=${r.faultsThatTook[k]}`).join(' ')}`,
    `slowest recovery ${r.recoveryMsMax} ms (bound ${recoveryBoundMs} ms)`,
    `acknowledged writes: ${r.acknowledged} (sends ok=${r.sends.ok} fail=${r.sends.fail} info=${r.sends.info})`,
    `send errors: ${JSON.stringify(r.sendErrors)}`,
    `anomalies: ${r.anomaliesTotal} (checker ${JSON.stringify(r.anomalies.checker)}, unrecovered ${r.anomalies.unrecovered.length}, ` +
      `producer fatal ${r.anomalies.producerFatal}, no progress ${r.anomalies.noProgress.length}, replica divergence ${r.anomalies.replicaDivergence.length}, unclean shutdown ${r.anomalies.uncleanShutdown.length})`,
    ...r.anomalies.unrecovered.map((l) => `  unrecovered: ${l}`),
    ...r.anomalies.noProgress.map((l) => `  no progress: ${l}`),
    ...r.anomalies.replicaDivergence.map((l) => `  divergence: ${l}`),
    `replicas compared: ${r.replicasCompared} (${partitions} partitions x ${replicas} replicas)`,
    `shutdown: ${r.shutdown.join('; ')}`,
  ].join('\n');
}
