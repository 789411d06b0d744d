/**
 * Kill loop on a plaintext cluster (the scenario and what must hold: kill-loop.ts).
 */
import { startCluster, type TestCluster } from '../fixtures/cluster';
import type { Workload } from './harness';
import { killLoopOverrides, killLoopReplicas, killLoopTimeoutMs, runKillLoop } from './kill-loop';

describe('kill loop: SIGKILL leaders, the controller and random brokers under acks=all', () => {
  let cluster: TestCluster | undefined;
  let workload: Workload | undefined;

  beforeAll(async () => {
    cluster = await startCluster({ brokers: killLoopReplicas, name: 'chaos-kill-loop', sessionTimeoutMs: 6_000, overrides: killLoopOverrides });
  }, 90_000);

  afterAll(async () => {
    await workload?.stop().catch(() => undefined);
    await cluster?.stop();
  });

  it('keeps every acknowledged record exactly once, in order, at its offset; replicas identical below the HW', async () => {
    await runKillLoop(cluster!, {}, (w) => {
      workload = w;
    });
  }, killLoopTimeoutMs);
});
