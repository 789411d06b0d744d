/**
 * A member SIGKILLed in the middle of a batch: the coordinator notices only when its session
 * times out (no LeaveGroup is sent), then the two others get its partitions and start them at
 * the offsets it last committed, so every record is processed at least once with no gap.
 * Members are separate processes (consumer-worker.js) that commit as they go.
 */
import { type Admin, type Samsa } from '../../client';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { committedOffsets, createTopic, groupBrokerOverrides, missingValues, produceRecords, sleep, testClient } from './helpers';
import { ConsumerWorker } from './worker-process';

const topic = 'member-killed';
const groupId = 'member-killed-group';
const partitions = 6;
const recordCount = 3_000;
const sessionTimeoutMs = 6_000;
/** Slow enough per record that the victim is still mid-partition when it is killed. */
const recordDelayMs = 3;
const commitEvery = 50;
/** After the SIGKILL, commits the victim had in flight settle within this time. */
const inFlightSettleMs = 1_000;

describe('a group member SIGKILLed', () => {
  let cluster: TestCluster;
  let samsa: Samsa;
  let admin: Admin;
  const workers: ConsumerWorker[] = [];

  beforeAll(async () => {
    // One broker: this suite is about member failure; coordinator failure is coordinator-killed.test.ts.
    cluster = await startCluster({ brokers: 1, name: 'groups-member-killed', overrides: groupBrokerOverrides });
    samsa = testClient(cluster.bootstrap, 'member-killed');
    admin = samsa.admin();
    await admin.connect();
    await createTopic(admin, topic, partitions, 1);
    await produceRecords(samsa, topic, partitions, 0, recordCount);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await admin?.disconnect();
    await cluster?.stop();
  });

  function startWorker(name: string): ConsumerWorker {
    const worker = new ConsumerWorker({ bootstrap: cluster.bootstrap, topic, group: groupId, name, sessionTimeoutMs, recordDelayMs, commitEvery });
    workers.push(worker);
    return worker;
  }

  it('moves the partitions of the killed member to the others, which resume at its committed offsets', async () => {
    const first = startWorker('a');
    const second = startWorker('b');
    const third = startWorker('c');
    // The three share one generation once the last joins.
    const generation = await waitFor(() => {
      const g = Math.min(...[first, second, third].map((w) => w.lastJoin?.generationId ?? -1));
      return g > 0 && [first, second, third].every((w) => w.lastJoin?.generationId === g) ? g : undefined;
    }, { timeoutMs: 60_000, description: 'three workers in one generation' });
    const victim = third;
    const victimPartitions = victim.lastJoin!.assignment[topic] ?? [];
    expect(victimPartitions).toHaveLength(2);

    await waitFor(() => victim.commits.length >= 2 && victim.records.filter((r) => r.generationId === generation).length >= 2 * commitEvery,
      { timeoutMs: 60_000, description: 'the victim processing and committing' });
    await victim.kill('SIGKILL');
    const killedAtMs = Date.now();
    await sleep(inFlightSettleMs);
    const committedAtKill = await committedOffsets(admin, groupId, topic);
    const victimEnds = new Map(victimPartitions.map((p) => [p, Math.max(...victim.records.filter((r) => r.partition === p).map((r) => r.offset + 1), 0)]));
    // Killed mid-stream: it processed records it never committed, which must be read again.
    expect(victimPartitions.some((p) => (committedAtKill.get(p) ?? -1) < recordCount / partitions)).toBe(true);

    const survivors = [first, second];
    const joins = await Promise.all(survivors.map((w) => w.waitForJoin(generation, 60_000)));
    // Detected by the session timeout, less the heartbeat interval the victim was into it.
    expect(Date.now() - killedAtMs).toBeGreaterThanOrEqual(sessionTimeoutMs - 2_000);
    const takeover = joins[0]!.generationId;
    expect(joins[1]!.generationId).toBe(takeover);
    const owned = joins.flatMap((j) => j.assignment[topic] ?? []).sort();
    expect(owned).toEqual([0, 1, 2, 3, 4, 5]);

    for (const partition of victimPartitions) {
      const owner = survivors.find((w) => w.lastJoin?.assignment[topic]?.includes(partition))!;
      const firstAfter = await waitFor(() => owner.records.find((r) => r.partition === partition && r.generationId >= takeover),
        { timeoutMs: 30_000, description: `partition ${partition} processed by its new owner` });
      const committed = committedAtKill.get(partition) ?? -1;
      expect(firstAfter.offset).toBe(committed < 0 ? 0 : committed);
      expect(firstAfter.offset).toBeLessThanOrEqual(victimEnds.get(partition)!);
    }

    const seen = new Set<string>();
    await waitFor(() => {
      for (const w of workers) for (const r of w.records) seen.add(r.value);
      return seen.size >= recordCount;
    }, { timeoutMs: 60_000, intervalMs: 250, description: `all ${recordCount} records processed` });
    expect(missingValues(seen, recordCount)).toEqual([]);
    // No gap within any partition either: every offset below the log end was processed.
    for (let p = 0; p < partitions; p++) {
      const offsets = new Set(workers.flatMap((w) => w.records.filter((r) => r.partition === p).map((r) => r.offset)));
      expect(offsets.size).toBe(recordCount / partitions);
    }
  }, 150_000);
});
