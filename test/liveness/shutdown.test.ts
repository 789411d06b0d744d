/**
 * Issue 8 defect 5: SIGTERM must finish an orderly (controlled) shutdown promptly and exit 0,
 * whether the broker is the controller (another broker then takes over), a plain broker, the last
 * broker standing, or every broker at once (`docker compose down`), with clients producing
 * throughout. The reported failure (a controller retrying UpdateMetadata to its own closed
 * listener until main's 60 s shutdown timeout exits 1) is guarded by bounded shutdown steps, the
 * controller resigning before the listeners close, and sender loops that stop for good.
 */
import { startCluster, waitFor, findController, type TestCluster } from '../fixtures/cluster';
import type { BrokerProcess } from '../fixtures/broker-process';
import { createTopic, partitionState, replicationOverrides } from '../replication/helpers';
import { startClientWorkload, waitForFullIsr } from '../chaos/harness';

const topic = 'liveness-shutdown';
const partitions = 6;
const replicas = 3;
/** Well under main.ts's shutdownTimeoutMs (60 s), with room for a busy machine. */
const shutdownBoundMs = 15_000;

/** SIGTERM, then the exit code and how long the broker took to exit. */
async function sigterm(broker: BrokerProcess): Promise<{ exitCode: number | null; signal: string | null; elapsedMs: number }> {
  const startedAt = Date.now();
  // stop() falls back to SIGKILL after the bound, which then shows as a signal, never as code 0.
  await broker.stop(shutdownBoundMs);
  return { exitCode: broker.exitCode, signal: broker.exitSignal, elapsedMs: Date.now() - startedAt };
}

describe('SIGTERM', () => {
  let cluster: TestCluster | undefined;

  beforeAll(async () => {
    cluster = await startCluster({ brokers: replicas, name: 'liveness-shutdown', sessionTimeoutMs: 6_000, overrides: replicationOverrides });
  }, 90_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  it(`of the controller, then of a plain broker, then of the last broker: each exits 0 within ${shutdownBoundMs} ms`, async () => {
    const c = cluster!;
    await createTopic(c.brokers[0]!, topic, partitions);
    await waitForFullIsr(c, topic, partitions, replicas, 60_000);
    const controllerId = await c.waitForController();
    const led = [];
    for (let p = 0; p < partitions; p++) if ((await partitionState(c, topic, p))?.leader === controllerId) led.push(p);
    expect(led.length).toBeGreaterThan(0);

    // Clients keep producing through the shutdown, as they would in production.
    const workload = await startClientWorkload(c.bootstrap, topic, partitions, 'shutdown');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const first = await sigterm(c.broker(controllerId));
    expect(first).toMatchObject({ exitCode: 0, signal: null });
    expect(first.elapsedMs).toBeLessThan(shutdownBoundMs);
    const next = await waitFor(async () => {
      const id = await findController(c.zk);
      return id !== undefined && id !== controllerId ? id : undefined;
    }, { timeoutMs: 30_000, description: 'another broker as controller' });
    expect(next).not.toBe(controllerId);
    for (const p of led) {
      await waitFor(async () => {
        const s = await partitionState(c, topic, p);
        return s !== undefined && s.leader >= 0 && s.leader !== controllerId;
      }, { timeoutMs: 30_000, description: `${topic}-${p} led by a live broker` });
    }

    const remaining = c.brokers.filter((b) => b.isRunning);
    const plain = remaining.find((b) => b.brokerId !== next)!;
    const second = await sigterm(plain);
    expect(second).toMatchObject({ exitCode: 0, signal: null });
    expect(second.elapsedMs).toBeLessThan(shutdownBoundMs);

    await workload.stop();
    const last = await sigterm(c.broker(next));
    expect(last).toMatchObject({ exitCode: 0, signal: null });
    expect(last.elapsedMs).toBeLessThan(shutdownBoundMs);
  }, 240_000);

  it('of every broker at once (compose down): each exits 0 promptly', async () => {
    const c = await startCluster({ brokers: replicas, name: 'liveness-shutdown-all', sessionTimeoutMs: 6_000, overrides: replicationOverrides });
    try {
      await createTopic(c.brokers[0]!, `${topic}-all`, partitions);
      await waitForFullIsr(c, `${topic}-all`, partitions, replicas, 60_000);
      const workload = await startClientWorkload(c.bootstrap, `${topic}-all`, partitions, 'shutdown-all');
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const results = await Promise.all(c.brokers.map((b) => sigterm(b)));
      await workload.stop();
      for (const r of results) {
        expect(r).toMatchObject({ exitCode: 0, signal: null });
        expect(r.elapsedMs).toBeLessThan(shutdownBoundMs);
      }
    } finally {
      await c.stop();
    }
  }, 240_000);
});
