/**
 * Durability across crashes of a single broker. A SIGKILL loses nothing the broker
 * acknowledged (the page cache survives a process crash; Kafka relies on the same). A torn
 * tail (a batch cut in the middle by a crash) is truncated on recovery (Kafka's
 * `Log.recoverSegment`): every whole batch is served and the log end offset is the end of the
 * last whole batch.
 */

import { readFile, truncate } from 'node:fs/promises';
import path from 'node:path';
import { Samsa } from '../client';
import { BrokerConnection } from '../client/network/connection';
import { ApiKey } from '../proto/api';
import { batchSizeAt, lastOffsetAt, readInt64, BatchField } from '../proto/batch-header';
import { ErrorCode, errorFor } from '../proto/errors';
import { type samsa } from '../proto/frame';
import { startCluster, waitFor } from './fixtures/cluster';

type Cluster = Awaited<ReturnType<typeof startCluster>>;

const brokerReadyTimeoutMs = 60_000;
/** The fixture's 6 s ZooKeeper session plus slack for the server's expiry tick. */
const sessionExpiryTimeoutMs = 20_000;
/** From a restarted broker's readiness to the controller's LeaderAndIsr for its partitions. */
const partitionOnlineTimeoutMs = 30_000;
const ackedRecordsBeforeKill = 300;

interface Acked {
  partition: number;
  offset: number;
  value: string;
}

function hostPort(address: string): { host: string; port: number } {
  const [host, port] = address.split(',')[0]!.split(':');
  return { host: host!, port: Number(port) };
}

describe('durability of a single broker', () => {
  let cluster: Cluster;

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 1 });
  }, 90_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  function newClient(name: string): Samsa {
    return new Samsa({ brokers: [cluster.brokers[0]!.bootstrap], clientId: name });
  }

  async function createTopic(topic: string, numPartitions: number): Promise<void> {
    const admin = newClient('durability-admin').admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions, replicationFactor: 1 }], waitForLeaders: true, timeoutMs: 30_000 });
    await admin.disconnect();
  }

  /**
   * Starts the killed broker again once ZooKeeper has expired its old session. Until then the
   * old ephemeral /brokers/ids/<id> stands and registration fails, as in Kafka.
   */
  async function restartAfterCrash(): Promise<void> {
    const broker = cluster.brokers[0]!;
    await waitFor(async () => (await cluster.zk.exists(`/brokers/ids/${broker.brokerId}`)) === undefined, {
      timeoutMs: sessionExpiryTimeoutMs,
      intervalMs: 200,
      description: `the crashed broker's session to expire (/brokers/ids/${broker.brokerId} gone)`,
    });
    await broker.start();
    await broker.waitForReady(brokerReadyTimeoutMs);
  }

  async function killAndRestart(): Promise<void> {
    await cluster.brokers[0]!.kill('SIGKILL');
    await restartAfterCrash();
  }

  /**
   * The partition's high watermark from a consumer Fetch at offset 0. With one replica it is
   * the log end offset once the broker leads again (Kafka's leader HW rule over an ISR of one).
   * A restarted broker serves the partition only after the controller's LeaderAndIsr reaches
   * it; until then it answers a retriable error, which a client retries, and so does this.
   */
  async function highWatermark(topic: string, partition: number): Promise<number> {
    const found = await waitFor(
      async () => {
        const conn = new BrokerConnection({ ...hostPort(cluster.brokers[0]!.bootstrap), clientId: 'durability-hw' });
        try {
          const res = await conn.send<samsa.v1.IFetchResponse>(ApiKey.Fetch, {
            replicaId: -1,
            maxWaitMs: 0,
            minBytes: 0,
            maxBytes: 1024,
            topics: [{ name: topic, partitions: [{ partition, currentLeaderEpoch: -1, fetchOffset: 0, logStartOffset: -1, partitionMaxBytes: 1024 }] }],
          });
          const p = res.topics![0]!.partitions![0]!;
          const errorCode = p.errorCode ?? ErrorCode.NONE;
          if (errorCode !== ErrorCode.NONE && !errorFor(errorCode).retriable) throw new Error(`fetch ${topic}-${partition}: ${errorFor(errorCode).name}`);
          return errorCode === ErrorCode.NONE ? { highWatermark: Number(p.highWatermark) } : undefined;
        } finally {
          conn.close();
        }
      },
      { timeoutMs: partitionOnlineTimeoutMs, intervalMs: 200, description: `${topic}-${partition} served by the broker` },
    );
    return found.highWatermark;
  }

  /** Reads every record of the partitions from offset 0 up to their current high watermarks. */
  async function readAll(topic: string, partitions: number[]): Promise<Acked[]> {
    let expected = 0;
    for (const p of partitions) expected += await highWatermark(topic, p);
    const consumer = newClient('durability-reader').consumer({ autoOffsetReset: 'earliest' });
    await consumer.connect();
    consumer.assign(partitions.map((partition) => ({ topic, partition })));
    for (const partition of partitions) await consumer.seek({ topic, partition, offset: 0 });
    const out: Acked[] = [];
    const deadline = setTimeout(() => void consumer.stop(), 60_000);
    try {
      if (expected > 0) {
        for await (const m of consumer) {
          out.push({ partition: m.partition, offset: Number(m.offset), value: m.value!.toString() });
          if (out.length >= expected) break;
        }
      }
    } finally {
      clearTimeout(deadline);
      await consumer.disconnect();
    }
    expect(out).toHaveLength(expected);
    return out;
  }

  test.each([
    ['acks=1', 1],
    ['acks=all', -1],
  ] as const)('%s: SIGKILL during a produce stream loses no acknowledged record', async (label, acks) => {
    const topic = `durability-kill-${acks === 1 ? 'acks1' : 'acksall'}`;
    const partitions = [0, 1];
    await createTopic(topic, partitions.length);
    const producer = newClient(`durability-${label}`).producer({ acks, lingerMs: 1 });
    await producer.connect();
    const acked: Acked[] = [];
    let stopped = false;
    let sequence = 0;
    const stream = (async () => {
      while (!stopped) {
        const messages = partitions.map((partition) => ({ key: null, value: `${label}-${sequence++}`, partition }));
        try {
          const results = await producer.send({ topic, messages });
          for (const r of results) {
            if (r.errorCode !== ErrorCode.NONE) continue;
            const m = messages.find((x) => x.partition === r.partition)!;
            acked.push({ partition: r.partition, offset: Number(r.baseOffset), value: m.value });
          }
        } catch {
          return; // the broker died under this send: it was never acknowledged
        }
      }
    })();
    while (acked.length < ackedRecordsBeforeKill) await new Promise((r) => setTimeout(r, 20));
    await cluster.brokers[0]!.kill('SIGKILL');
    stopped = true;
    await restartAfterCrash();
    await stream;
    await producer.disconnect().catch(() => undefined);

    const stored = await readAll(topic, partitions);
    const byPosition = new Map(stored.map((s) => [`${s.partition}/${s.offset}`, s.value]));
    for (const a of acked) expect(byPosition.get(`${a.partition}/${a.offset}`)).toBe(a.value);
    for (const p of partitions) {
      const offsets = stored.filter((s) => s.partition === p).map((s) => s.offset);
      expect(offsets).toEqual(offsets.map((_, i) => i));
      // Acknowledged records of one partition appear in the order they were sent.
      const ackedOrder = acked.filter((a) => a.partition === p).sort((x, y) => x.offset - y.offset).map((a) => Number(a.value.split('-').pop()));
      expect(ackedOrder).toEqual([...ackedOrder].sort((x, y) => x - y));
    }
  }, 120_000);

  test('a torn last batch is truncated on recovery and producing continues at its base offset', async () => {
    const topic = 'durability-torn';
    await createTopic(topic, 1);
    const producer = newClient('durability-torn').producer({ acks: 1, lingerMs: 0 });
    await producer.connect();
    const batchRecords = 5;
    const batches = 10;
    for (let b = 0; b < batches; b++) {
      const messages = Array.from({ length: batchRecords }, (_, i) => ({ key: null, value: `torn-${b * batchRecords + i}`, partition: 0 }));
      const [r] = await producer.send({ topic, messages });
      expect(Number(r!.baseOffset)).toBe(b * batchRecords);
    }
    await producer.disconnect();

    const broker = cluster.brokers[0]!;
    await broker.kill('SIGKILL');
    const segmentPath = path.join(broker.logDir, `${topic}-0`, '00000000000000000000.log');
    const segment = await readFile(segmentPath);
    let position = 0;
    let lastBatchStart = -1;
    while (position < segment.length) {
      lastBatchStart = position;
      position += batchSizeAt(segment, position);
    }
    expect(position).toBe(segment.length);
    expect(lastOffsetAt(segment, lastBatchStart)).toBe(batches * batchRecords - 1);
    const lastBaseOffset = readInt64(segment, lastBatchStart + BatchField.baseOffset);
    const cutAt = lastBatchStart + Math.floor(batchSizeAt(segment, lastBatchStart) / 2);
    await truncate(segmentPath, cutAt);

    await restartAfterCrash();
    expect(await highWatermark(topic, 0)).toBe(lastBaseOffset);
    const stored = await readAll(topic, [0]);
    expect(stored.map((s) => s.value)).toEqual(Array.from({ length: lastBaseOffset }, (_, i) => `torn-${i}`));
    expect(stored.map((s) => s.offset)).toEqual(Array.from({ length: lastBaseOffset }, (_, i) => i));

    const again = newClient('durability-torn-again').producer({ acks: 1, lingerMs: 0 });
    await again.connect();
    const [r] = await again.send({ topic, messages: [{ key: null, value: 'after-recovery', partition: 0 }] });
    await again.disconnect();
    expect(r!.errorCode).toBe(ErrorCode.NONE);
    expect(Number(r!.baseOffset)).toBe(lastBaseOffset);
    expect(await highWatermark(topic, 0)).toBe(lastBaseOffset + 1);
  }, 120_000);

  test('an acks=all record survives a SIGKILL and restart', async () => {
    const topic = 'durability-restart';
    await createTopic(topic, 1);
    const producer = newClient('durability-restart').producer({ acks: -1, lingerMs: 0 });
    await producer.connect();
    const [r] = await producer.send({ topic, messages: [{ key: null, value: 'survivor', partition: 0 }] });
    await producer.disconnect();
    await killAndRestart();
    const stored = await readAll(topic, [0]);
    expect(stored).toEqual([{ partition: 0, offset: Number(r!.baseOffset), value: 'survivor' }]);
  }, 120_000);
});
