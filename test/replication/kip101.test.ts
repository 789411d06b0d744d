/**
 * The KIP-101 scenario (KIP-101): a follower crashes and restarts while a producer writes
 * with acks=all, and the leader is killed right after the follower is back. With truncation by
 * leader epoch (not by the follower's stale HW) no acknowledged batch is lost, and once every
 * replica is back their logs are identical below the HW.
 */
import { ErrorCode } from '../../proto/errors';
import { waitFor, type TestCluster } from '../fixtures/cluster';
import {
  connect, consumeAll, createTopic, dumpLogDir, partitionState, produce, restartAfterCrash, sleep, startReplicatedCluster,
  waitForIsr, type ProduceResult,
} from './helpers';

const topic = 'kip101';

describe('KIP-101: follower restart then leader failure', () => {
  let cluster: TestCluster;

  beforeAll(async () => {
    cluster = await startReplicatedCluster('replication-kip101');
  }, 90_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  it('loses no acknowledged batch and leaves no divergent logs', async () => {
    await createTopic(cluster.brokers[0]!, topic, 1, { 'min.insync.replicas': '2' });
    const initial = await waitForIsr(cluster, topic, 0, 3);
    const acked: ProduceResult[] = [];
    let running = true;
    const producer = (async () => {
      for (let i = 0; running; i++) {
        const s = await partitionState(cluster, topic, 0);
        if (s !== undefined && s.leader >= 0 && cluster.broker(s.leader).isRunning) {
          const conn = connect(cluster.broker(s.leader), 'kip101-producer');
          try {
            const r = await produce(conn, topic, 0, -1, [`k-${i}-a`, `k-${i}-b`]);
            if (r.errorCode === ErrorCode.NONE) acked.push(r);
          } catch {
            // The leader died mid-request: unacknowledged, retried with the next record.
          } finally {
            conn.close();
          }
        }
        await sleep(10);
      }
    })();

    await waitFor(() => acked.length >= 20, { timeoutMs: 20_000, description: 'first acknowledged batches' });
    const follower = initial.isr.find((id) => id !== initial.leader)!;
    await cluster.broker(follower).kill('SIGKILL');
    await sleep(500);
    await restartAfterCrash(cluster, follower);
    await waitForIsr(cluster, topic, 0, 3, 60_000);
    const leader = (await partitionState(cluster, topic, 0))!.leader;
    await cluster.broker(leader).kill('SIGKILL');
    const moved = await waitFor(async () => {
      const s = await partitionState(cluster, topic, 0);
      return s !== undefined && s.leader >= 0 && s.leader !== leader ? s : undefined;
    }, { timeoutMs: 30_000, intervalMs: 100, description: 'a new leader' });
    const ackedBefore = acked.length;
    await waitFor(() => acked.length >= ackedBefore + 20, { timeoutMs: 30_000, description: 'acknowledgements from the new leader' });
    await restartAfterCrash(cluster, leader);
    await waitForIsr(cluster, topic, 0, 3, 60_000);
    running = false;
    await producer;

    const finalLeader = (await partitionState(cluster, topic, 0))!.leader;
    const conn = connect(cluster.broker(finalLeader), 'kip101-consumer');
    let served: Awaited<ReturnType<typeof consumeAll>>;
    try {
      served = await waitFor(async () => {
        const r = await consumeAll(conn, topic, 0);
        const last = acked[acked.length - 1]!;
        return r.highWatermark >= last.baseOffset + 2 ? r : undefined;
      }, { timeoutMs: 20_000, description: 'HW covering every acknowledgement' });
    } finally {
      conn.close();
    }
    expect(moved.leader).not.toBe(leader);
    for (const a of acked) expect(served.batches).toContainEqual({ baseOffset: a.baseOffset, crc: a.crc });

    await Promise.all(cluster.brokers.map((b) => b.stop()));
    const dumps = await Promise.all(cluster.brokers.map((b) => dumpLogDir(b, topic, 0, served.highWatermark)));
    expect(dumps[0]).toEqual(served.batches);
    expect(dumps[1]).toEqual(dumps[0]);
    expect(dumps[2]).toEqual(dumps[0]);
  }, 175_000);
});
