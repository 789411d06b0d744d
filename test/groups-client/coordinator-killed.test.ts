/**
 * The group's coordinator SIGKILLed on a 3-broker cluster whose __consumer_offsets is replicated
 * 3 ways: the leader elected for the group's offsets partition loads the committed offsets from
 * its replica, the members find it, and the group goes on from where it was: no committed offset
 * is lost and the records produced afterwards are all processed and committed.
 */
import { type Admin, type Consumer, type Samsa } from '../../client';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import {
  GenerationRecorder, committedOffsets, createTopic, groupBrokerOverrides, missingValues, produceRecords, quickGroupTimings, testClient,
} from './helpers';

const topic = 'coordinator-killed';
const groupId = 'coordinator-killed-group';
const partitions = 6;
const recordsBefore = 3_000;
const recordsAfter = 3_000;

describe('the group coordinator SIGKILLed', () => {
  let cluster: TestCluster;
  let samsa: Samsa;
  let admin: Admin;
  const consumers: Consumer[] = [];
  const recorder = new GenerationRecorder();
  const processed = new Set<string>();

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 3, name: 'groups-coordinator-killed', overrides: groupBrokerOverrides });
    samsa = testClient(cluster.bootstrap, 'coordinator-killed');
    admin = samsa.admin();
    await admin.connect();
    await createTopic(admin, topic, partitions, 3);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(consumers.map((c) => c.disconnect()));
    await admin?.disconnect();
    await cluster?.stop();
  });

  async function startMember(): Promise<void> {
    const consumer = samsa.consumer({ groupId, ...quickGroupTimings, autoCommitIntervalMs: 500 });
    recorder.watch(consumer);
    consumers.push(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void processed.add(message.value?.toString() ?? '') });
  }

  async function waitForCommitsAtLogEnd(description: string): Promise<Map<number, number>> {
    const ends = await admin.fetchTopicOffsets(topic);
    return waitFor(async () => {
      const committed = await committedOffsets(admin, groupId, topic);
      return ends.every((e) => committed.get(e.partition) === e.high) ? committed : undefined;
    }, { timeoutMs: 60_000, intervalMs: 250, description });
  }

  it('keeps every committed offset and goes on consuming under the new coordinator', async () => {
    await Promise.all([startMember(), startMember(), startMember()]);
    const generation = await recorder.waitForGeneration(3, 0, 60_000);
    await produceRecords(samsa, topic, partitions, 0, recordsBefore);
    await waitFor(() => processed.size >= recordsBefore, { timeoutMs: 60_000, description: `${recordsBefore} records processed` });
    const before = await waitForCommitsAtLogEnd('the first records committed');

    const replicas = await cluster.zk.getJson<{ partitions: Record<string, number[]> }>('/brokers/topics/__consumer_offsets');
    for (const list of Object.values(replicas?.partitions ?? {})) expect(list).toHaveLength(3);
    const oldCoordinator = (await admin.describeGroup(groupId)).coordinator!.nodeId;
    await cluster.broker(oldCoordinator).kill('SIGKILL');

    const moved = await waitFor(async () => {
      const described = await admin.describeGroup(groupId);
      return described.coordinator && described.coordinator.nodeId !== oldCoordinator ? described.coordinator : undefined;
    }, { timeoutMs: 60_000, intervalMs: 250, description: 'a new coordinator for the group' });
    expect(moved.nodeId).not.toBe(oldCoordinator);
    const after = await waitFor(() => committedOffsets(admin, groupId, topic).catch(() => undefined),
      { timeoutMs: 30_000, intervalMs: 250, description: 'offsets served by the new coordinator' });
    expect(after).toEqual(before);

    // The group continues: new records are processed and committed through the new coordinator.
    await produceRecords(samsa, topic, partitions, recordsBefore, recordsBefore + recordsAfter);
    await waitFor(() => processed.size >= recordsBefore + recordsAfter, { timeoutMs: 90_000, description: 'the later records processed' });
    expect(missingValues(processed, recordsBefore + recordsAfter)).toEqual([]);
    const final = await waitForCommitsAtLogEnd('the later records committed');
    for (const [partition, offset] of before) expect(final.get(partition)!).toBeGreaterThan(offset);
    // Every member still holds two partitions in the generation it ended in.
    const last = recorder.joinsOf(Math.max(...recorder.generations()));
    expect(Math.max(...recorder.generations())).toBeGreaterThanOrEqual(generation);
    expect(last.flatMap((j) => j.memberAssignment[topic] ?? []).sort()).toEqual([0, 1, 2, 3, 4, 5]);
  }, 180_000);
});
