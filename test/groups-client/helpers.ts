/**
 * Shared pieces of the consumer-group suites: broker overrides that make groups form and fail
 * over quickly, a client on the test cluster, topic creation, producing numbered records, and a
 * recorder of every generation's assignment taken from the members' 'group_join' events.
 */
import { type Admin, type Consumer, Samsa, type ConsumerConfig } from '../../client';
import { waitFor } from '../fixtures/cluster';

/**
 * Five offsets partitions (Kafka's 50 would make every coordinator election slower), no initial
 * rebalance delay, and Kafka 2.4's 6 s ZooKeeper session so that a dead broker is noticed soon.
 */
export const groupBrokerOverrides = {
  'offsets.topic.num.partitions': 5,
  'group.initial.rebalance.delay.ms': 0,
  'zookeeper.session.timeout.ms': 6_000,
};

/** Consumer group timings that keep failure detection within a few seconds. */
export const quickGroupTimings = {
  sessionTimeoutMs: 6_000,
  heartbeatIntervalMs: 1_000,
  rebalanceTimeoutMs: 30_000,
} satisfies Partial<ConsumerConfig>;

export function testClient(bootstrap: string, clientId: string): Samsa {
  return new Samsa({ brokers: bootstrap.split(','), clientId, logLevel: 'error', retry: { retries: 10 } });
}

export async function createTopic(admin: Admin, topic: string, numPartitions: number, replicationFactor: number): Promise<void> {
  await admin.createTopics({ topics: [{ topic, numPartitions, replicationFactor }] });
}

/** The value of record `i`: unique per test run, so every record can be accounted for. */
export function recordValue(i: number): string {
  return `record-${String(i).padStart(7, '0')}`;
}

/** Produces values recordValue(from) .. recordValue(to - 1), spread round-robin over the partitions. */
export async function produceRecords(samsa: Samsa, topic: string, partitions: number, from: number, to: number): Promise<void> {
  const producer = samsa.producer({ acks: -1 });
  await producer.connect();
  try {
    const chunkSize = 200;
    for (let start = from; start < to; start += chunkSize) {
      const messages = [];
      for (let i = start; i < Math.min(to, start + chunkSize); i++) messages.push({ key: null, value: recordValue(i), partition: i % partitions });
      await producer.send({ topic, messages });
    }
  } finally {
    await producer.disconnect();
  }
}

/** Every value from recordValue(0) up to `count` that `seen` lacks (at most the first 20). */
export function missingValues(seen: ReadonlySet<string>, count: number): string[] {
  const missing: string[] = [];
  for (let i = 0; i < count && missing.length < 20; i++) if (!seen.has(recordValue(i))) missing.push(recordValue(i));
  return missing;
}

export interface GroupJoin {
  generationId: number;
  memberId: string;
  memberAssignment: Record<string, number[]>;
}

/** Collects 'group_join' events of several members, by generation. */
export class GenerationRecorder {
  readonly joins: GroupJoin[] = [];

  watch(consumer: Consumer): void {
    consumer.on('group_join', (event: GroupJoin) => {
      this.joins.push({ generationId: event.generationId, memberId: event.memberId, memberAssignment: event.memberAssignment });
    });
  }

  generations(): number[] {
    return [...new Set(this.joins.map((j) => j.generationId))].sort((a, b) => a - b);
  }

  /** The joins of one generation (one per member that completed it). */
  joinsOf(generationId: number): GroupJoin[] {
    return this.joins.filter((j) => j.generationId === generationId);
  }

  /** How many times each `topic` partition was handed out in `generationId`, as [partition, count]. */
  assignmentCounts(generationId: number, topic: string): Map<number, number> {
    const counts = new Map<number, number>();
    for (const j of this.joinsOf(generationId)) for (const p of j.memberAssignment[topic] ?? []) counts.set(p, (counts.get(p) ?? 0) + 1);
    return counts;
  }

  /** Resolves once `members` members have joined one generation above `afterGeneration`; returns it. */
  async waitForGeneration(members: number, afterGeneration: number, timeoutMs: number): Promise<number> {
    return waitFor(() => this.generations().find((g) => g > afterGeneration && this.joinsOf(g).length === members), {
      timeoutMs,
      intervalMs: 100,
      description: `a generation after ${afterGeneration} joined by ${members} members`,
    });
  }
}

/** Committed offsets of `topic` per partition (-1 where none), through the admin's OffsetFetch. */
export async function committedOffsets(admin: Admin, groupId: string, topic: string): Promise<Map<number, number>> {
  const result = new Map<number, number>();
  for (const t of await admin.fetchOffsets({ groupId, topics: [topic] })) {
    if (t.topic !== topic) continue;
    for (const p of t.partitions) result.set(p.partition, p.offset);
  }
  return result;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
