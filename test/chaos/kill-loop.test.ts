/**
 * Kill loop (issue 3, "What must hold"; reliability plan T2/T3): an acks=all producer writes
 * unique values to 6 partitions (RF=3, min.insync.replicas=2) while brokers are SIGKILLed and
 * restarted: the leader of a partition, the controller, a random broker, several rounds each.
 * Afterwards a fresh read from offset 0 must hold every acknowledged record exactly once, in
 * acknowledged order, at its acknowledged offset; and the stopped replicas' logs must be
 * byte-identical below the high watermark.
 */
import { findController, startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { createTopic, replicationOverrides, restartAfterCrash } from '../replication/helpers';
import { checkQueue, describeCheck } from './checker';
import { finalRead, leaderOf, sleep, startClientWorkload, waitForFullIsr, type Workload } from './harness';
import { compareReplicas } from './replica-compare';

const topic = 'chaos-kill-loop';
const partitions = 6;
const replicas = 3;
const roundsPerTarget = 3;
/** Time the workload runs against a crashed broker before it comes back. */
const downTimeMs = 2_000;
const isrRejoinTimeoutMs = 60_000;

type Target = 'leader' | 'controller' | 'random';

describe('kill loop: SIGKILL leaders, the controller and random brokers under acks=all', () => {
  let cluster: TestCluster | undefined;
  let workload: Workload | undefined;

  beforeAll(async () => {
    cluster = await startCluster({
      brokers: replicas, name: 'chaos-kill-loop', sessionTimeoutMs: 6_000,
      overrides: { ...replicationOverrides, 'replica.lag.time.max.ms': 4_000, 'unclean.leader.election.enable': false },
    });
  }, 90_000);

  afterAll(async () => {
    await workload?.stop().catch(() => undefined);
    await cluster?.stop();
  });

  async function victim(c: TestCluster, target: Target, round: number): Promise<number> {
    if (target === 'controller') return waitFor(() => findController(c.zk), { timeoutMs: 30_000, description: 'a controller' });
    if (target === 'leader') return (await leaderOf(c, topic, round % partitions)).leader;
    return c.brokers[Math.floor(Math.random() * c.brokers.length)]!.brokerId;
  }

  it('keeps every acknowledged record exactly once, in order, at its offset; replicas identical below the HW', async () => {
    const c = cluster!;
    await createTopic(c.brokers[0]!, topic, partitions, { 'min.insync.replicas': '2' });
    await waitForFullIsr(c, topic, partitions, replicas);
    workload = await startClientWorkload(c.bootstrap, topic, partitions, 'kill');
    await sleep(2_000);

    const faults: string[] = [];
    const targets: Target[] = ['leader', 'controller', 'random'];
    for (let round = 0; round < roundsPerTarget; round++) {
      for (const target of targets) {
        const brokerId = await victim(c, target, round);
        faults.push(`${target}:${brokerId}`);
        await c.broker(brokerId).kill('SIGKILL');
        await sleep(downTimeMs);
        await restartAfterCrash(c, brokerId);
        // One broker down at a time: min.insync.replicas=2 keeps acks=all available throughout.
        await waitForFullIsr(c, topic, partitions, replicas, isrRejoinTimeoutMs);
      }
    }

    // The producer keeps making progress after the last fault.
    const okBefore = workload.history.filter((op) => op.outcome === 'ok').length;
    await waitFor(() => workload!.history.filter((op) => op.outcome === 'ok').length >= okBefore + 50, {
      timeoutMs: 30_000, intervalMs: 200, description: '50 more acknowledgements after the last fault',
    });
    await workload.stop();
    const history = workload.history;
    workload = undefined;

    await waitForFullIsr(c, topic, partitions, replicas);
    const result = checkQueue(history, await finalRead(c, topic, partitions));
    const summary = `faults ${faults.join(' ')}\n${describeCheck(result)}`;
    expect({ summary, lost: result.lost.length }).toEqual({ summary, lost: 0 });
    expect({ summary, inconsistent: result.inconsistentOffsets.length, order: result.order.length }).toEqual({ summary, inconsistent: 0, order: 0 });
    expect({ summary, unexpected: result.unexpected.length, abortedReads: result.abortedReads.length }).toEqual({ summary, unexpected: 0, abortedReads: 0 });
    expect({ summary, exactlyOnce: result.acknowledgedExactlyOnceInOrder }).toEqual({ summary, exactlyOnce: true });
    expect(result.counts.ok).toBeGreaterThan(100);

    // Clean stop (controlled shutdown), then the offline byte-for-byte comparison.
    for (const b of c.brokers) await b.stop();
    for (let p = 0; p < partitions; p++) {
      const comparison = await compareReplicas(c.brokers, topic, p);
      expect({ partition: p, differences: comparison.differences }).toEqual({ partition: p, differences: [] });
      expect(comparison.highWatermark).toBeGreaterThan(0);
    }
  }, 420_000);
});
