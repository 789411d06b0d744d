/**
 * Consumer groups that consume: a confluent-kafka-python (librdkafka) group reads through the
 * Kafka listener, commits what it processed, leaves, and a restarted member of the same group
 * resumes exactly from the committed offsets; and a Samsa consumer and a librdkafka consumer in
 * one group read every record once between them. Records are written by Samsa's own client.
 */
import { type Admin, type Consumer, RoundRobinAssignor } from '../../client';
import { waitFor } from '../fixtures/cluster';
import { GenerationRecorder, createTopic, produceRecords, quickGroupTimings, recordValue } from '../groups-client/helpers';
import { type GroupCluster, startGroupCluster } from './groups-cluster';
import { PythonMember } from './groups-python';

const topic = 'kafka-groups-resume';
const groupId = 'rdkafka-resume';
const partitions = 4;
const recordCount = 40;
const firstRunRecords = 22;
const groupTimeoutMs = 60_000;

describe('consumer groups consuming through the Kafka listener', () => {
  let setup: GroupCluster;
  let admin: Admin;
  const members: PythonMember[] = [];
  const consumers: Consumer[] = [];

  beforeAll(async () => {
    setup = await startGroupCluster({ name: 'kafka-groups-resume', brokers: 1, topic, partitions, replicationFactor: 1, records: recordCount });
    ({ admin } = setup);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(members.map((m) => m.close()));
    await Promise.all(consumers.map((c) => c.disconnect()));
    await setup?.stop();
  });

  function member(clientId: string): PythonMember {
    const m = new PythonMember({ bootstrap: setup.cluster.kafkaBootstrap, groupId, topic, clientId, assignor: 'range' });
    members.push(m);
    return m;
  }

  it('a librdkafka member consumes, commits and leaves; the restarted member reads the rest, each record once', async () => {
    const first = member('first-run');
    const consumed = (await first.request({ cmd: 'consume', count: firstRunRecords }, 'records', groupTimeoutMs)).records ?? [];
    expect(consumed).toHaveLength(firstRunRecords);
    // Kafka commits the next offset to read: one past the last record processed per partition.
    const positions: Record<number, number> = {};
    for (const [partition, offset] of consumed) positions[partition] = Math.max(positions[partition] ?? 0, offset + 1);
    expect(await first.request({ cmd: 'commit', offsets: positions }, 'commit', groupTimeoutMs)).toMatchObject({ errors: {} });
    await first.close();
    const committed = new Map([...Array(partitions).keys()].map((p) => [p, positions[p] ?? -1]));
    const seen = new Map<number, number>();
    for (const t of await admin.fetchOffsets({ groupId, topics: [topic] })) for (const p of t.partitions) seen.set(p.partition, p.offset);
    expect(seen).toEqual(committed);

    const second = member('second-run');
    const rest = (await second.request({ cmd: 'consume', count: recordCount - firstRunRecords }, 'records', groupTimeoutMs)).records ?? [];
    for (let p = 0; p < partitions; p++) {
      const offsets = rest.filter(([partition]) => partition === p).map(([, offset]) => offset);
      // Each partition continues where the commit left it (earliest where nothing was committed).
      if (offsets.length > 0) expect(Math.min(...offsets)).toBe(Math.max(positions[p] ?? 0, 0));
    }
    const values = [...consumed, ...rest].map(([, , value]) => value).sort();
    expect(values).toEqual([...Array(recordCount).keys()].map(recordValue).sort());
    await second.close();
  }, 180_000);

  it('a Samsa consumer and a librdkafka consumer in one group read every record once between them', async () => {
    const shared = 'kafka-groups-shared';
    const sharedPartitions = 4;
    const perPartition = 25;
    await createTopic(admin, shared, sharedPartitions, 1);
    const groupId = 'mixed-consumers';
    const recorder = new GenerationRecorder();
    const samsaRead: string[] = [];
    const consumer: Consumer = setup.samsa.consumer({ groupId, ...quickGroupTimings, partitionAssigners: [new RoundRobinAssignor()] });
    consumers.push(consumer);
    recorder.watch(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: [shared], fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void samsaRead.push(message.value?.toString() ?? '') });
    await recorder.waitForGeneration(1, 0, groupTimeoutMs);
    const rdkafka = new PythonMember({ bootstrap: setup.cluster.kafkaBootstrap, groupId, topic: shared, clientId: 'rdkafka-reader', assignor: 'roundrobin' });
    members.push(rdkafka);
    const samsaHolds = (): number[] => recorder.joins[recorder.joins.length - 1]?.memberAssignment[shared] ?? [];
    await waitFor(() => samsaHolds().length > 0 && rdkafka.current.length > 0 && samsaHolds().length + rdkafka.current.length === sharedPartitions && rdkafka.current.every((p) => !samsaHolds().includes(p)), {
      timeoutMs: groupTimeoutMs, intervalMs: 100, description: 'the two members sharing the partitions',
    });

    // Produced only once the group is settled: no record is read before its partition has its final owner.
    await produceRecords(setup.samsa, shared, sharedPartitions, 0, sharedPartitions * perPartition);
    const kafkaRead = (await rdkafka.request({ cmd: 'consume', count: rdkafka.current.length * perPartition }, 'records', groupTimeoutMs)).records ?? [];
    await waitFor(() => samsaRead.length >= samsaHolds().length * perPartition, { timeoutMs: groupTimeoutMs, description: 'the Samsa consumer reading its partitions' });
    expect(kafkaRead.every(([partition]) => rdkafka.current.includes(partition))).toBe(true);
    const all = [...samsaRead, ...kafkaRead.map(([, , value]) => value)].sort();
    expect(all).toEqual([...Array(sharedPartitions * perPartition).keys()].map(recordValue).sort());
  }, 180_000);
});
