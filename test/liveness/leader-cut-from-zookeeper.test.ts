/**
 * Issue 8 defect 4 as a network partition produces it: a leader cut from ZooKeeper (its connection
 * reset, every reconnect refused) while one of its followers is frozen keeps running, shrinks the
 * frozen follower away and so issues an ISR write while disconnected. Its session expires before
 * the cut heals. That write must neither hang nor block the partition's later ISR changes: once
 * healed, the broker gets its preferred leaderships back (auto leader rebalance); then the follower
 * is frozen past its session timeout once more, and the leader must re-add it when it returns.
 * Before the fix the write never settled, the
 * partition's single ISR write slot stayed taken (and the isr-expiration task stayed stuck on it),
 * and the follower never rejoined until the leader was restarted (Kafka's KAFKA-2729 symptom).
 */
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { testZkConnect } from '../fixtures/zookeeper';
import { startZkProxy, type ZkProxy } from '../support/zk-proxy';
import { createTopic, partitionState, replicationOverrides } from '../replication/helpers';
import { sleep, startClientWorkload, waitForFullIsr, type Workload } from '../chaos/harness';

const topic = 'liveness-leader-cut';
const partitions = 6;
const replicas = 3;
const sessionTimeoutMs = 6_000;
const replicaLagTimeMaxMs = 3_000;
/** Past the lag bound (the leader shrinks while cut off) and the session timeout (its session expires). */
const cutMs = sessionTimeoutMs + replicaLagTimeMaxMs + 4_000;
const leaderImbalanceCheckIntervalSeconds = 5;
/** Re-registration, rejoining as follower, the preferred election, then the expansion; with margin. */
const convergeTimeoutMs = 60_000;
const cutBrokerId = 1;
const frozenBrokerId = 2;

async function expectFullIsr(c: TestCluster, after: string): Promise<void> {
  const startedAt = Date.now();
  try {
    await waitForFullIsr(c, topic, partitions, replicas, convergeTimeoutMs);
  } catch (err) {
    const states = [];
    for (let p = 0; p < partitions; p++) states.push(JSON.stringify(await partitionState(c, topic, p)));
    throw new Error(`after ${after}: ${(err as Error).message}\n${states.join('\n')}`);
  }
  process.stdout.write(`every ISR full ${Date.now() - startedAt} ms after ${after}\n`);
}

describe('a leader cut from ZooKeeper while its follower is frozen', () => {
  let cluster: TestCluster | undefined;
  let proxy: ZkProxy | undefined;
  let workload: Workload | undefined;

  beforeAll(async () => {
    proxy = await startZkProxy(testZkConnect());
    const proxied = proxy.connect;
    cluster = await startCluster({
      brokers: replicas, name: 'liveness-leader-cut', sessionTimeoutMs,
      overrides: {
        ...replicationOverrides, 'replica.lag.time.max.ms': replicaLagTimeMaxMs,
        'auto.leader.rebalance.enable': true, 'leader.imbalance.per.broker.percentage': 0,
        'leader.imbalance.check.interval.seconds': leaderImbalanceCheckIntervalSeconds,
      },
      zkConnectFor: (id, zkConnect) => (id === cutBrokerId ? `${proxied}${zkConnect.slice(zkConnect.indexOf('/'))}` : zkConnect),
    });
  }, 90_000);

  afterAll(async () => {
    await workload?.stop().catch(() => undefined);
    proxy?.heal();
    for (const b of cluster?.brokers ?? []) b.resume();
    await cluster?.stop();
    await proxy?.close();
  });

  it(`gets the follower back into every ISR within ${convergeTimeoutMs} ms of healing`, async () => {
    const c = cluster!;
    await createTopic(c.brokers[0]!, topic, partitions, { 'min.insync.replicas': '1' });
    await waitForFullIsr(c, topic, partitions, replicas, 60_000);
    // The partitions the cut broker leads now are the ones whose ISR writes it issues while cut off.
    const led: number[] = [];
    for (let p = 0; p < partitions; p++) if ((await partitionState(c, topic, p))?.leader === cutBrokerId) led.push(p);
    expect(led.length).toBeGreaterThan(0);
    workload = await startClientWorkload(c.bootstrap, topic, partitions, 'leader-cut');
    await sleep(1_000);

    proxy!.cut();
    c.broker(frozenBrokerId).pause();
    await sleep(cutMs);
    proxy!.heal();
    c.broker(frozenBrokerId).resume();

    await expectFullIsr(c, 'healing the cut');
    // The cut broker leads those partitions again (they are its preferred ones: the controller's auto rebalance).
    await waitFor(async () => {
      for (const p of led) if ((await partitionState(c, topic, p))?.leader !== cutBrokerId) return false;
      return true;
    }, { timeoutMs: convergeTimeoutMs, intervalMs: 200, description: `broker ${cutBrokerId} leading partitions ${led.join(',')} again` });
    // The follower drops out of its ISRs again, and the leader that was cut off must take it back.
    c.broker(frozenBrokerId).pause();
    await sleep(cutMs);
    c.broker(frozenBrokerId).resume();
    await expectFullIsr(c, 'the second freeze');
    await workload.stop();
    workload = undefined;
  }, 2 * cutMs + 3 * convergeTimeoutMs + 120_000);
});
