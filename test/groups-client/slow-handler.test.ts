/**
 * A handler that runs twice as long as the session timeout does not get its member evicted:
 * heartbeats go out from a timer, not from the processing loop (KafkaJS's most reported
 * problem), so the group stays in one generation, nobody rebalances, and the slow member keeps
 * its partitions. The rebalance timeout (the bound on one handler call, KIP-62) is above it.
 */
import { type Admin, type Consumer, type Samsa } from '../../client';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { GenerationRecorder, createTopic, groupBrokerOverrides, produceRecords, sleep, testClient } from './helpers';

const topic = 'slow-handler';
const groupId = 'slow-handler-group';
const partitions = 6;
const sessionTimeoutMs = 6_000;
const handlerSleepMs = 12_000;
/** DescribeGroups cadence while the handler sleeps. */
const describeIntervalMs = 1_000;

describe('a handler slower than the session timeout', () => {
  let cluster: TestCluster;
  let samsa: Samsa;
  let admin: Admin;
  const consumers: Consumer[] = [];
  const recorder = new GenerationRecorder();
  const rebalances: string[] = [];

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 1, name: 'groups-slow-handler', overrides: groupBrokerOverrides });
    samsa = testClient(cluster.bootstrap, 'slow-handler');
    admin = samsa.admin();
    await admin.connect();
    await createTopic(admin, topic, partitions, 1);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(consumers.map((c) => c.disconnect()));
    await admin?.disconnect();
    await cluster?.stop();
  });

  async function startMember(name: string, onMessage: (partition: number) => Promise<void>): Promise<Consumer> {
    const consumer = samsa.consumer({ groupId, sessionTimeoutMs, heartbeatIntervalMs: 1_000, rebalanceTimeoutMs: 30_000, closeTimeoutMs: handlerSleepMs + 5_000 });
    recorder.watch(consumer);
    consumer.on('rebalancing', () => rebalances.push(name));
    consumers.push(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({ eachMessage: async ({ partition }) => onMessage(partition) });
    return consumer;
  }

  it('keeps the slow member in the same generation with the same partitions', async () => {
    let slowStarted = 0;
    let slowFinished = 0;
    const processedByFast: number[] = [];
    const slow = await startMember('slow', async () => {
      if (slowStarted++ === 0) {
        await sleep(handlerSleepMs);
        slowFinished++;
      }
    });
    await startMember('fast', async (partition) => void processedByFast.push(partition));
    const generation = await recorder.waitForGeneration(2, 0, 60_000);
    const slowMemberId = recorder.joinsOf(generation).find((j) => j.memberAssignment[topic]?.includes(slow.assignment()[0]?.partition ?? -1))?.memberId;
    expect(slowMemberId).toBeDefined();
    const slowPartitions = [...slow.assignment().map((tp) => tp.partition)].sort();
    expect(slowPartitions).toHaveLength(3);
    rebalances.length = 0;

    await produceRecords(samsa, topic, partitions, 0, 60);
    await waitFor(() => slowStarted > 0, { timeoutMs: 30_000, description: 'the slow handler to start' });
    const startedAtMs = Date.now();
    const states: string[] = [];
    while (slowFinished === 0 && Date.now() - startedAtMs < handlerSleepMs + 10_000) {
      const described = await admin.describeGroup(groupId);
      states.push(`${described.state}/${described.members.length}`);
      await sleep(describeIntervalMs);
    }
    expect(slowFinished).toBe(1);
    // The sleep outlived the session timeout twice over, and the coordinator never lost the member.
    expect(Date.now() - startedAtMs).toBeGreaterThan(sessionTimeoutMs);
    expect(new Set(states)).toEqual(new Set(['Stable/2']));

    await waitFor(() => slowStarted >= 30, { timeoutMs: 30_000, description: 'the slow member processing its other records' });
    expect(recorder.generations().filter((g) => g > generation)).toEqual([]);
    expect(rebalances).toEqual([]);
    expect([...slow.assignment().map((tp) => tp.partition)].sort()).toEqual(slowPartitions);
    const described = await admin.describeGroup(groupId);
    expect(described.state).toBe('Stable');
    expect(described.members.map((m) => m.memberId)).toContain(slowMemberId);
    expect(processedByFast.every((p) => !slowPartitions.includes(p))).toBe(true);
  }, 120_000);
});
