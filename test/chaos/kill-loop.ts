/**
 * The kill loop scenario (issue 3, "What must hold"; reliability plan T2/T3), shared by the
 * plaintext suite (kill-loop.test.ts) and the secured one (kill-loop-secured.test.ts): an acks=all
 * producer writes unique values to 6 partitions (RF=3, min.insync.replicas=2) while brokers are
 * SIGKILLed and restarted: the leader of a partition, the controller, a random broker, several
 * rounds each. Afterwards a fresh read from offset 0 must hold every acknowledged record exactly
 * once, in acknowledged order, at its acknowledged offset; and the stopped replicas' logs must be
 * byte-identical below the high watermark.
 */
import { expect } from '@jest/globals';
import type { BrokerConnection } from '../../client/network/connection';
import type { BrokerProcess } from '../fixtures/broker-process';
import { findController, waitFor, type TestCluster } from '../fixtures/cluster';
import { connect, createTopic, replicationOverrides, restartAfterCrash } from '../replication/helpers';
import { checkQueue, describeCheck } from './checker';
import { finalRead, leaderOf, sleep, startClientWorkload, waitForFullIsr, type ClientSecurity, type Workload } from './harness';
import { compareReplicas } from './replica-compare';

export const killLoopTopic = 'chaos-kill-loop';
const partitions = 6;
export const killLoopReplicas = 3;
const roundsPerTarget = 3;
/** Time the workload runs against a crashed broker before it comes back. */
const downTimeMs = 2_000;
const isrRejoinTimeoutMs = 60_000;
export const killLoopTimeoutMs = 420_000;

/** Broker config of the kill loop's cluster, besides its security. */
export const killLoopOverrides = { ...replicationOverrides, 'replica.lag.time.max.ms': 4_000, 'unclean.leader.election.enable': false };

/** How the scenario's clients reach the brokers: plaintext by default. */
export interface KillLoopAccess {
  client?: ClientSecurity;
  /** A raw connection to one broker, for CreateTopics and the final read. */
  connect?: (broker: BrokerProcess, clientId: string) => BrokerConnection;
}

type Target = 'leader' | 'controller' | 'random';

async function victim(c: TestCluster, target: Target, round: number): Promise<number> {
  if (target === 'controller') return waitFor(() => findController(c.zk), { timeoutMs: 30_000, description: 'a controller' });
  if (target === 'leader') return (await leaderOf(c, killLoopTopic, round % partitions)).leader;
  return c.brokers[Math.floor(Math.random() * c.brokers.length)]!.brokerId;
}

/** Kills and restarts brokers under the workload; returns the faults injected, in order. */
async function injectFaults(c: TestCluster): Promise<string[]> {
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
      await waitForFullIsr(c, killLoopTopic, partitions, killLoopReplicas, isrRejoinTimeoutMs);
    }
  }
  return faults;
}

/** Runs the scenario on a started cluster and asserts what must hold; `onWorkload` lets afterAll stop it. */
export async function runKillLoop(c: TestCluster, access: KillLoopAccess, onWorkload: (w: Workload | undefined) => void): Promise<void> {
  const connectTo = access.connect ?? connect;
  await createTopic(c.brokers[0]!, killLoopTopic, partitions, { 'min.insync.replicas': '2' }, connectTo);
  await waitForFullIsr(c, killLoopTopic, partitions, killLoopReplicas);
  const workload = await startClientWorkload(c.bootstrap, killLoopTopic, partitions, 'kill', access.client);
  onWorkload(workload);
  await sleep(2_000);
  const faults = await injectFaults(c);

  // The producer keeps making progress after the last fault.
  const okBefore = workload.history.filter((op) => op.outcome === 'ok').length;
  await waitFor(() => workload.history.filter((op) => op.outcome === 'ok').length >= okBefore + 50, {
    timeoutMs: 30_000, intervalMs: 200, description: '50 more acknowledgements after the last fault',
  });
  await workload.stop();
  onWorkload(undefined);

  await waitForFullIsr(c, killLoopTopic, partitions, killLoopReplicas);
  const result = checkQueue(workload.history, await finalRead(c, killLoopTopic, partitions, (id) => connectTo(c.broker(id), 'chaos-final-read')));
  const summary = `faults ${faults.join(' ')}\n${describeCheck(result)}`;
  expect({ summary, lost: result.lost.length }).toEqual({ summary, lost: 0 });
  expect({ summary, inconsistent: result.inconsistentOffsets.length, order: result.order.length }).toEqual({ summary, inconsistent: 0, order: 0 });
  expect({ summary, unexpected: result.unexpected.length, abortedReads: result.abortedReads.length }).toEqual({ summary, unexpected: 0, abortedReads: 0 });
  expect({ summary, exactlyOnce: result.acknowledgedExactlyOnceInOrder }).toEqual({ summary, exactlyOnce: true });
  expect(result.counts.ok).toBeGreaterThan(100);

  // Clean stop (controlled shutdown), then the offline byte-for-byte comparison.
  for (const b of c.brokers) await b.stop();
  for (let p = 0; p < partitions; p++) {
    const comparison = await compareReplicas(c.brokers, killLoopTopic, p);
    expect({ partition: p, differences: comparison.differences }).toEqual({ partition: p, differences: [] });
    expect(comparison.highWatermark).toBeGreaterThan(0);
  }
}
