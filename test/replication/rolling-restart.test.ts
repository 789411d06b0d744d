/**
 * A rolling restart with SIGTERM (controlled shutdown, KafkaController.doControlledShutdown): each broker asks the
 * controller to move its leadership away before it stops, so no partition is ever offline
 * (leader -1 in its state znode) and an acks=all producer that retries retriable errors never
 * sees a non-retriable one; every acknowledged batch is still served afterwards.
 */
import { errorFor, ErrorCode } from '../../proto/errors';
import type { TestCluster } from '../fixtures/cluster';
import {
  connect, consumeAll, createTopic, partitionState, produce, sleep, startReplicatedCluster, waitForIsr, type ProduceResult,
} from './helpers';

const topic = 'rolling';
const partitions = 3;

describe('rolling restart with controlled shutdown', () => {
  let cluster: TestCluster;

  beforeAll(async () => {
    cluster = await startReplicatedCluster('replication-rolling');
  }, 90_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  it('keeps every partition online and every acks=all produce successful or retriable', async () => {
    await createTopic(cluster.brokers[0]!, topic, partitions, { 'min.insync.replicas': '2' });
    for (let p = 0; p < partitions; p++) await waitForIsr(cluster, topic, p, 3);

    let running = true;
    const offline: string[] = [];
    const nonRetriable: string[] = [];
    const acked: (ProduceResult & { partition: number })[] = [];

    const watcher = (async () => {
      while (running) {
        for (let p = 0; p < partitions; p++) {
          const s = await partitionState(cluster, topic, p);
          if (s === undefined || s.leader < 0) offline.push(`${topic}-${p} at ${new Date().toISOString()}`);
        }
        await sleep(100);
      }
    })();

    const producer = (async () => {
      let i = 0;
      while (running) {
        const partition = i % partitions;
        const s = await partitionState(cluster, topic, partition);
        if (s === undefined || s.leader < 0 || !cluster.broker(s.leader).isRunning) {
          await sleep(100);
          continue;
        }
        const conn = connect(cluster.broker(s.leader), 'rolling-producer');
        try {
          const r = await produce(conn, topic, partition, -1, [`r-${i}`]);
          if (r.errorCode === ErrorCode.NONE) acked.push({ ...r, partition });
          else if (!errorFor(r.errorCode).retriable) nonRetriable.push(`${errorFor(r.errorCode).name} on ${topic}-${partition}`);
        } catch {
          // Connection refused or closed while a broker stops: the client retries, as a producer does.
        } finally {
          conn.close();
        }
        i++;
        await sleep(20);
      }
    })();

    for (const broker of cluster.brokers) {
      await broker.stop();
      expect(broker.exitCode).toBe(0);
      await broker.start();
      await broker.waitForReady(60_000);
      for (let p = 0; p < partitions; p++) await waitForIsr(cluster, topic, p, 3, 60_000);
    }
    running = false;
    await Promise.all([watcher, producer]);

    expect(offline).toEqual([]);
    expect(nonRetriable).toEqual([]);
    expect(acked.length).toBeGreaterThan(0);
    for (let p = 0; p < partitions; p++) {
      const leader = (await partitionState(cluster, topic, p))!.leader;
      const conn = connect(cluster.broker(leader), 'rolling-consumer');
      try {
        const served = await consumeAll(conn, topic, p);
        for (const a of acked.filter((x) => x.partition === p)) expect(served.batches).toContainEqual({ baseOffset: a.baseOffset, crc: a.crc });
      } finally {
        conn.close();
      }
    }
  }, 175_000);
});
