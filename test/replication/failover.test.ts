/**
 * Replication against real ZooKeeper and three real broker processes (RF=3,
 * min.insync.replicas=2): acks=all survives the leader's SIGKILL, the old leader rejoins the ISR
 * and ends up with a log byte-identical to the others below the HW; with two of three replicas
 * down acks=all is refused with NOT_ENOUGH_REPLICAS while acks=1 still succeeds, and nothing
 * acknowledged is lost when they return.
 */
import { ErrorCode } from '../../proto/errors';
import { waitFor, type TestCluster } from '../fixtures/cluster';
import {
  connect, consumeAll, createTopic, dumpLogDir, partitionState, produce, restartAfterCrash, startReplicatedCluster, waitForIsr, type ProduceResult,
} from './helpers';

describe('replication failover (RF=3, min.insync.replicas=2)', () => {
  let cluster: TestCluster;

  beforeAll(async () => {
    cluster = await startReplicatedCluster('replication-failover');
  }, 90_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  async function produceTo(leader: number, topic: string, acks: number, values: string[]): Promise<ProduceResult> {
    const conn = connect(cluster.broker(leader), 'replication-producer');
    try {
      return await produce(conn, topic, 0, acks, values);
    } finally {
      conn.close();
    }
  }

  /** Retries retriable errors such as UNKNOWN_TOPIC_OR_PARTITION before the leader got its LeaderAndIsr. */
  function produceAcked(leader: number, topic: string, values: string[]): Promise<ProduceResult> {
    return waitFor(async () => {
      const r = await produceTo(leader, topic, -1, values);
      return r.errorCode === ErrorCode.NONE ? r : undefined;
    }, { timeoutMs: 20_000, intervalMs: 200, description: `acks=all produce to broker ${leader}` });
  }

  async function consumeFrom(leader: number, topic: string) {
    const conn = connect(cluster.broker(leader), 'replication-consumer');
    try {
      return await consumeAll(conn, topic, 0);
    } finally {
      conn.close();
    }
  }

  it('a new leader from the ISR serves every acknowledged record; the old leader catches up and rejoins', async () => {
    const topic = 'failover';
    await createTopic(cluster.brokers[0]!, topic, 1, { 'min.insync.replicas': '2' });
    const initial = await waitForIsr(cluster, topic, 0, 3);
    const acked: ProduceResult[] = [];
    for (let i = 0; i < 30; i++) {
      acked.push(await produceAcked(initial.leader, topic, [`a-${i}-0`, `a-${i}-1`, `a-${i}-2`]));
    }

    await cluster.broker(initial.leader).kill('SIGKILL');
    const moved = await waitFor(async () => {
      const s = await partitionState(cluster, topic, 0);
      return s !== undefined && s.leader >= 0 && s.leader !== initial.leader ? s : undefined;
    }, { timeoutMs: 30_000, intervalMs: 200, description: 'a new leader' });
    expect(initial.isr).toContain(moved.leader);
    expect(moved.leader_epoch).toBeGreaterThan(initial.leader_epoch);

    // Every acknowledged batch is served by the new leader once its HW covers it.
    const lastAcked = acked[acked.length - 1]!.baseOffset + 3;
    const served = await waitFor(async () => {
      const r = await consumeFrom(moved.leader, topic);
      return r.highWatermark >= lastAcked ? r : undefined;
    }, { timeoutMs: 30_000, intervalMs: 300, description: 'new leader HW covering the acknowledged records' });
    for (const a of acked) expect(served.batches).toContainEqual({ baseOffset: a.baseOffset, crc: a.crc });

    // More writes under the new leader while the old one is down (ISR of 2 still meets min ISR).
    const more: ProduceResult[] = [];
    for (let i = 0; i < 10; i++) {
      more.push(await produceAcked(moved.leader, topic, [`b-${i}`]));
    }

    await restartAfterCrash(cluster, initial.leader);
    await waitForIsr(cluster, topic, 0, 3, 60_000);
    const final = await consumeFrom(moved.leader, topic);
    for (const a of [...acked, ...more]) expect(final.batches).toContainEqual({ baseOffset: a.baseOffset, crc: a.crc });

    // Clean stop, then compare the stored batches of every replica below the HW.
    await Promise.all(cluster.brokers.map((b) => b.stop()));
    const dumps = await Promise.all(cluster.brokers.map((b) => dumpLogDir(b, topic, 0, final.highWatermark)));
    expect(dumps[0]!.length).toBe(final.batches.length);
    expect(dumps[1]).toEqual(dumps[0]);
    expect(dumps[2]).toEqual(dumps[0]);
    await Promise.all(cluster.brokers.map((b) => b.start()));
    await Promise.all(cluster.brokers.map((b) => b.waitForReady()));
  }, 170_000);

  it('with two of three replicas down acks=all gets NOT_ENOUGH_REPLICAS and acks=1 succeeds; nothing acknowledged is lost', async () => {
    const topic = 'min-isr';
    await createTopic(cluster.brokers[0]!, topic, 1, { 'min.insync.replicas': '2' });
    const initial = await waitForIsr(cluster, topic, 0, 3);
    const ackedAll = await produceAcked(initial.leader, topic, ['before-1', 'before-2']);

    const followers = initial.isr.filter((id) => id !== initial.leader);
    await Promise.all(followers.map((id) => cluster.broker(id).kill('SIGKILL')));
    const refused = await waitFor(async () => {
      const r = await produceTo(initial.leader, topic, -1, ['refused']);
      return r.errorCode === ErrorCode.NOT_ENOUGH_REPLICAS ? r : undefined;
    }, { timeoutMs: 40_000, intervalMs: 500, description: 'NOT_ENOUGH_REPLICAS for acks=all' });
    expect(refused.baseOffset).toBe(-1);
    const ackedOne = await produceTo(initial.leader, topic, 1, ['acks-one']);
    expect(ackedOne.errorCode).toBe(ErrorCode.NONE);

    await Promise.all(followers.map((id) => restartAfterCrash(cluster, id)));
    await waitForIsr(cluster, topic, 0, 3, 60_000);
    const leader = (await partitionState(cluster, topic, 0))!.leader;
    const served = await consumeFrom(leader, topic);
    expect(served.batches).toContainEqual({ baseOffset: ackedAll.baseOffset, crc: ackedAll.crc });
  }, 150_000);
});
