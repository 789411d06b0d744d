/**
 * Issue 8 defect 4 (Kafka's KAFKA-2729 pattern): a follower frozen with SIGSTOP for longer than
 * both the ZooKeeper session timeout and replica.lag.time.max.ms loses its session and drops out
 * of every ISR (the leaders shrink it away, the controller removes it when its session expires).
 * Once continued it must rejoin every ISR on its own, round after round, without any broker being
 * restarted: an ISR update that failed on the way must be retried until ZooKeeper and the leader
 * agree.
 */
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { createTopic, partitionState, replicationOverrides } from '../replication/helpers';
import { sleep, startClientWorkload, waitForFullIsr, type Workload } from '../chaos/harness';

const topic = 'liveness-isr-rejoin';
const partitions = 6;
const replicas = 3;
const sessionTimeoutMs = 6_000;
const replicaLagTimeMaxMs = 3_000;
/** Past the session timeout and the lag bound, with a margin for a busy machine. */
const pauseMs = sessionTimeoutMs + replicaLagTimeMaxMs + 3_000;
const rounds = 4;
/** Session re-creation, re-registration, LeaderAndIsr, catch-up and the ISR write, with margin. */
const rejoinTimeoutMs = 45_000;

async function isrSummary(cluster: TestCluster): Promise<string> {
  const lines: string[] = [];
  for (let p = 0; p < partitions; p++) {
    const s = await partitionState(cluster, topic, p);
    lines.push(`${topic}-${p}: leader ${s?.leader} epoch ${s?.leader_epoch} isr [${s?.isr.join(',')}]`);
  }
  return lines.join('\n');
}

async function brokerMetric(cluster: TestCluster, brokerId: number, name: string): Promise<number> {
  const res = await fetch(`${cluster.broker(brokerId).adminUrl}/metrics`);
  const text = await res.text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? Number.NaN : Number(line.split(' ')[1]);
}

describe('a follower paused past the session timeout and replica.lag.time.max.ms', () => {
  let cluster: TestCluster | undefined;
  let workload: Workload | undefined;

  beforeAll(async () => {
    cluster = await startCluster({
      brokers: replicas, name: 'liveness-isr-rejoin', sessionTimeoutMs,
      overrides: { ...replicationOverrides, 'replica.lag.time.max.ms': replicaLagTimeMaxMs },
    });
  }, 90_000);

  afterAll(async () => {
    await workload?.stop().catch(() => undefined);
    for (const b of cluster?.brokers ?? []) b.resume();
    await cluster?.stop();
  });

  it(`rejoins every ISR within ${rejoinTimeoutMs} ms after SIGCONT, ${rounds} rounds in a row`, async () => {
    const c = cluster!;
    await createTopic(c.brokers[0]!, topic, partitions, { 'min.insync.replicas': '2' });
    await waitForFullIsr(c, topic, partitions, replicas, 60_000);
    // Writes keep going so that the paused follower falls behind and the leaders shrink it away.
    workload = await startClientWorkload(c.bootstrap, topic, partitions, 'rejoin');
    for (let round = 0; round < rounds; round++) {
      const victim = c.brokers[round % replicas]!;
      victim.pause();
      await sleep(pauseMs);
      // The victim is out of at least one ISR (the controller removed it when its session expired).
      const shrunk = await waitFor(async () => {
        for (let p = 0; p < partitions; p++) if (!(await partitionState(c, topic, p))?.isr.includes(victim.brokerId)) return true;
        return false;
      }, { timeoutMs: 30_000, intervalMs: 200, description: `broker ${victim.brokerId} out of an ISR` });
      expect(shrunk).toBe(true);
      victim.resume();
      const resumedAt = Date.now();
      try {
        await waitForFullIsr(c, topic, partitions, replicas, rejoinTimeoutMs);
      } catch (err) {
        const failed = await Promise.all(c.brokers.map(async (b) => `broker ${b.brokerId} failedisrupdates ${await brokerMetric(c, b.brokerId, 'kafka_server_replicamanager_failedisrupdates_total').catch(() => NaN)}`));
        throw new Error(`round ${round}: broker ${victim.brokerId} did not rejoin every ISR: ${(err as Error).message}\n${await isrSummary(c)}\n${failed.join('\n')}`);
      }
      process.stdout.write(`round ${round}: broker ${victim.brokerId} back in every ISR ${Date.now() - resumedAt} ms after SIGCONT\n`);
    }
    await workload.stop();
    workload = undefined;
  }, rounds * (pauseMs + 30_000 + rejoinTimeoutMs) + 90_000);
});
