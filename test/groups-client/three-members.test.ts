/**
 * Three consumers in one group on a 6-partition topic of a 3-broker cluster (offsets topic
 * replicated 3 ways): every generation hands each partition to exactly one member, every
 * produced record is processed, and the committed offsets, polled through OffsetFetch while
 * the group works, never go backwards.
 */
import { type Admin, type Consumer, type Samsa } from '../../client';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import {
  GenerationRecorder, committedOffsets, createTopic, groupBrokerOverrides, missingValues, produceRecords, quickGroupTimings, sleep, testClient,
} from './helpers';

const topic = 'three-members';
const groupId = 'three-members-group';
const partitions = 6;
const recordCount = 6_000;
const offsetPollIntervalMs = 200;

describe('three consumers in one group', () => {
  let cluster: TestCluster;
  let samsa: Samsa;
  let admin: Admin;
  const consumers: Consumer[] = [];
  const recorder = new GenerationRecorder();
  const processed = new Set<string>();
  /** Offsets that were seen to go down between two polls, as "partition: before -> after". */
  const regressions: string[] = [];
  let polling = true;
  let pollLoop: Promise<void> = Promise.resolve();

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 3, name: 'groups-three-members', overrides: groupBrokerOverrides });
    samsa = testClient(cluster.bootstrap, 'three-members');
    admin = samsa.admin();
    await admin.connect();
    await createTopic(admin, topic, partitions, 3);
  }, 120_000);

  afterAll(async () => {
    polling = false;
    await pollLoop;
    await Promise.all(consumers.map((c) => c.disconnect()));
    await admin?.disconnect();
    await cluster?.stop();
  });

  function pollCommittedOffsets(): Promise<void> {
    const last = new Map<number, number>();
    return (async () => {
      while (polling) {
        const now = await committedOffsets(admin, groupId, topic).catch(() => undefined);
        for (const [partition, offset] of now ?? []) {
          const before = last.get(partition) ?? -1;
          if (offset < before) regressions.push(`${partition}: ${before} -> ${offset}`);
          last.set(partition, Math.max(before, offset));
        }
        await sleep(offsetPollIntervalMs);
      }
    })();
  }

  async function startMember(index: number): Promise<Consumer> {
    const consumer = samsa.consumer({ groupId, ...quickGroupTimings, autoCommitIntervalMs: 500 });
    recorder.watch(consumer);
    consumers.push(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        processed.add(message.value?.toString() ?? '');
        // A little work per record, so that the run spans several auto-commits and rebalances.
        if (message.offset % 100 === 0) await sleep(index + 1);
      },
    });
    return consumer;
  }

  it('assigns each partition to exactly one member in every generation and processes every record', async () => {
    pollLoop = pollCommittedOffsets();
    await startMember(0);
    await recorder.waitForGeneration(1, 0, 60_000);
    await produceRecords(samsa, topic, partitions, 0, recordCount / 2);
    // Members join while records flow: each join is a new generation with a new assignment.
    await startMember(1);
    await startMember(2);
    const full = await recorder.waitForGeneration(3, 0, 60_000);
    await produceRecords(samsa, topic, partitions, recordCount / 2, recordCount);

    await waitFor(() => processed.size >= recordCount, { timeoutMs: 90_000, intervalMs: 200, description: `${recordCount} records processed` });
    expect(missingValues(processed, recordCount)).toEqual([]);

    // Wait for the commits to cover everything, then check what the group's last generation had.
    const ends = await admin.fetchTopicOffsets(topic);
    await waitFor(async () => {
      const committed = await committedOffsets(admin, groupId, topic);
      return ends.every((e) => committed.get(e.partition) === e.high);
    }, { timeoutMs: 30_000, intervalMs: 250, description: 'committed offsets at the log end of every partition' });

    const generations = recorder.generations();
    expect(generations.length).toBeGreaterThanOrEqual(2);
    for (const generation of generations) {
      const counts = recorder.assignmentCounts(generation, topic);
      // Only generations whose members all reported are complete; the last one must be.
      const memberIds = recorder.joinsOf(generation).map((j) => j.memberId);
      expect(new Set(memberIds).size).toBe(memberIds.length);
      for (const count of counts.values()) expect(count).toBe(1);
      if (generation >= full) expect([...counts.keys()].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    }
    const last = recorder.joinsOf(generations[generations.length - 1]!);
    expect(last).toHaveLength(3);
    for (const join of last) expect(join.memberAssignment[topic]).toHaveLength(2);
  }, 180_000);

  it('never moved a committed offset backwards', async () => {
    polling = false;
    await pollLoop;
    expect(regressions).toEqual([]);
  });
});
