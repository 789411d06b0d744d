/**
 * The idempotent producer (the client's default) run hard against new partitions of a 3-broker
 * cluster (RF=3, min.insync.replicas=2) while leaders move: the producer starts the moment the
 * topic exists, so its first batches meet partitions whose leaders have not all taken their
 * LeaderAndIsr yet; then a leader is SIGKILLed and restarted, and a preferred election moves
 * leaders back. Every send must succeed, and every partition must hold each record exactly once,
 * in send order (Kafka's guarantee for an idempotent producer with at most 5 requests in flight).
 * The `samsa produce` line from the issue runs too, against topics created seconds earlier.
 */
import { Samsa } from '../../client';
import { ElectionTypes } from '../../client/admin/configs';
import type { BrokerConnection } from '../../client/network/connection';
import { ApiKey } from '../../proto/api';
import { ErrorCode } from '../../proto/errors';
import type { samsa } from '../../proto/generated/samsa';
import { decodeRecordBatchesUncompressed } from '../../proto/record-batch';
import { runCli } from '../fixtures/cli';
import { waitFor, type TestCluster } from '../fixtures/cluster';
import { connect, createTopic, partitionState, restartAfterCrash, startReplicatedCluster, waitForIsr } from '../replication/helpers';

const partitionCount = 6;
/** Records per send; a send fills several small batches. */
const recordsPerSend = 150;
const producerBatchSizeBytes = 2_048;
/** Sends awaiting their acknowledgement at once (bounds the test's memory). */
const outstandingSendsMax = 10;
/** Sends before the faults begin: the first batches of new partitions. */
const sendsBeforeFaults = 150;
const testTimeoutMs = 240_000;
/** Bound on the fetches that read one partition back. */
const fetchRoundsMax = 10_000;

describe('idempotent producer while leaders move (3 brokers, RF=3)', () => {
  let cluster: TestCluster;
  let client: Samsa;

  beforeAll(async () => {
    cluster = await startReplicatedCluster('idempotence-leader-moves');
    client = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'idempotence-leader-moves' });
  }, 90_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  /**
   * Sends values 0, 1, 2, ... without a partition (the sticky partitioner fills one partition's
   * batches, then moves on: a drain takes several batches of one partition and fewer of others),
   * until `stop` says so; returns how many were sent.
   */
  async function produceUntil(topic: string, stop: () => boolean, failures: unknown[], onRound: (round: number) => void): Promise<number> {
    const producer = client.producer({ lingerMs: 2, batchSizeBytes: producerBatchSizeBytes });
    await producer.connect();
    let sent = 0;
    const outstanding = new Set<Promise<void>>();
    try {
      for (let round = 0; !stop(); round++) {
        onRound(round);
        const messages = Array.from({ length: recordsPerSend }, (_, i) => ({ value: String(sent + i) }));
        sent += recordsPerSend;
        const p: Promise<void> = producer.send({ topic, messages }).then(() => undefined, (err: unknown) => {
          failures.push(err);
        }).finally(() => outstanding.delete(p));
        outstanding.add(p);
        while (outstanding.size >= outstandingSendsMax) await Promise.race(outstanding);
      }
      await Promise.all(outstanding);
    } finally {
      await producer.disconnect();
    }
    return sent;
  }

  /** Every value the partition's leader serves below its high watermark, once that covers `count` records. */
  async function storedValues(topic: string, partition: number, count: number): Promise<string[]> {
    return waitFor(async () => {
      const state = await partitionState(cluster, topic, partition);
      if (state === undefined || state.leader < 0) return undefined;
      const conn = connect(cluster.broker(state.leader), 'idempotence-reader');
      try {
        const values = await readAll(conn, topic, partition);
        return values !== undefined && values.length >= count ? values : undefined;
      } catch {
        return undefined;
      } finally {
        conn.close();
      }
    }, { timeoutMs: 60_000, intervalMs: 500, description: `${topic}-${partition} to serve ${count} records` });
  }

  async function leaderOf(topic: string, partition: number): Promise<number> {
    return (await waitForIsr(cluster, topic, partition, 3)).leader;
  }

  it('every send succeeds and every record is stored exactly once, in order, through a leader SIGKILL and a preferred election', async () => {
    const topic = 'idempotence-leader-moves';
    await createTopic(cluster.brokers[0]!, topic, partitionCount, { 'min.insync.replicas': '2' });
    const failures: unknown[] = [];
    let faultsDone = false;
    let faultsStarted!: () => void;
    const started = new Promise<void>((resolve) => (faultsStarted = resolve));
    const production = produceUntil(topic, () => faultsDone, failures, (round) => {
      if (round === sendsBeforeFaults) faultsStarted();
    });

    const faults = (async () => {
      await started;
      const victim = await leaderOf(topic, 0);
      await cluster.broker(victim).kill('SIGKILL');
      await waitFor(async () => {
        const s = await partitionState(cluster, topic, 0);
        return s !== undefined && s.leader >= 0 && s.leader !== victim ? s : undefined;
      }, { timeoutMs: 30_000, intervalMs: 200, description: `a new leader for ${topic}-0` });
      await restartAfterCrash(cluster, victim);
      for (let p = 0; p < partitionCount; p++) await waitForIsr(cluster, topic, p, 3);
      const partitions = Array.from({ length: partitionCount }, (_, partition) => ({ topic, partition }));
      const admin = client.admin();
      await admin.connect();
      let results: unknown;
      try {
        // The controller learns the restarted replica's return to the ISRs a little after ZooKeeper
        // shows it (ISR change notifications): until then it answers PREFERRED_LEADER_NOT_AVAILABLE.
        results = await waitFor(async () => {
          const r = await admin.electLeaders({ electionType: ElectionTypes.PREFERRED, partitions });
          return r.every((x) => x.errorCode === ErrorCode.NONE || x.errorCode === ErrorCode.ELECTION_NOT_NEEDED) ? r : undefined;
        }, { timeoutMs: 30_000, intervalMs: 500, description: `a preferred election of ${topic}` });
      } finally {
        await admin.disconnect();
      }
      // Each partition is led by its preferred (first assigned) replica again; the victim leads some.
      const assignment = await cluster.zk.getJson<{ partitions: Record<string, number[]> }>(`/brokers/topics/${topic}`);
      for (let p = 0; p < partitionCount; p++) {
        const preferred = assignment!.partitions[String(p)]![0];
        await waitFor(async () => ((await partitionState(cluster, topic, p))?.leader === preferred ? true : undefined), {
          timeoutMs: 30_000, intervalMs: 200, description: `broker ${preferred} to lead ${topic}-${p} (election results ${JSON.stringify(results)})`,
        });
      }
    })().finally(() => (faultsDone = true));

    await faults;
    const sent = await production;
    expect(failures.map(String)).toEqual([]);
    const stored: number[] = [];
    for (let partition = 0; partition < partitionCount; partition++) {
      const values = (await storedValues(topic, partition, 1)).map(Number);
      // Send order within the partition: a batch retried behind a later one would break it.
      expect(values.filter((v, i) => i > 0 && v <= values[i - 1]!)).toEqual([]);
      // A loop, not push(...values): a partition can hold more records than the call stack has room for arguments.
      for (const v of values) stored.push(v);
    }
    // Each record once: nothing lost, nothing written twice.
    expect(stored.sort((a, b) => a - b)).toEqual(Array.from({ length: sent }, (_, n) => n));
  }, testTimeoutMs);

  it('`seq 1 20000 | samsa produce` succeeds against a topic of 6 partitions created just before, every time', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `${i + 1}`).join('\n') + '\n';
    for (let run = 0; run < 3; run++) {
      const topic = `idempotence-cli-${run}`;
      const created = await runCli(['topics', '--bootstrap-server', cluster.bootstrap, '--create', '--topic', topic, '--partitions', '6', '--replication-factor', '3']);
      expect(created.code).toBe(0);
      const produced = await runCli(['produce', '--bootstrap-server', cluster.bootstrap, '--topic', topic], { stdin: lines, timeoutMs: 60_000 });
      expect({ code: produced.code, stderr: produced.stderr }).toEqual({ code: 0, stderr: '' });
      let total = 0;
      for (let partition = 0; partition < partitionCount; partition++) {
        const state = await waitForIsr(cluster, topic, partition, 3);
        const conn = connect(cluster.broker(state.leader), 'idempotence-reader');
        try {
          total += (await readAll(conn, topic, partition))?.length ?? 0;
        } finally {
          conn.close();
        }
      }
      expect(total).toBe(20_000);
    }
  }, testTimeoutMs);
});

/** The values below the high watermark, read with consumer Fetches; undefined on a partition error. */
async function readAll(conn: BrokerConnection, topic: string, partition: number): Promise<string[] | undefined> {
  const values: string[] = [];
  let offset = 0;
  for (let round = 0; round < fetchRoundsMax; round++) {
    const resp = await conn.send<samsa.v1.IFetchResponse>(ApiKey.Fetch, {
      replicaId: -1, maxWaitMs: 0, minBytes: 0, maxBytes: 1 << 20,
      topics: [{ name: topic, partitions: [{ partition, fetchOffset: offset, currentLeaderEpoch: -1, logStartOffset: -1, partitionMaxBytes: 1 << 20 }] }],
    });
    const p = resp.topics?.[0]?.partitions?.[0];
    if ((p?.errorCode ?? ErrorCode.NONE) !== ErrorCode.NONE) return undefined;
    const highWatermark = Number(p?.highWatermark ?? 0);
    for (const batch of decodeRecordBatchesUncompressed(Buffer.from(p?.records ?? []))) {
      for (const [i, record] of batch.records.entries()) {
        if (batch.baseOffset + i >= offset && batch.baseOffset + i < highWatermark) values.push(String(record.value));
      }
      offset = Math.max(offset, batch.lastOffset + 1);
    }
    if (offset >= highWatermark) return values;
  }
  throw new Error(`${topic}-${partition}: no end after ${fetchRoundsMax} fetches at offset ${offset}`);
}
