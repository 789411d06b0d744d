/**
 * A Samsa client consumer (protobuf listener) and a Kafka client consumer (confluent-kafka-python,
 * Kafka listener) in one group: both speak Kafka's ConsumerProtocol and know the range and
 * roundrobin assignors by Kafka's names, so whichever of them leads the group computes an
 * assignment the other decodes, and every partition goes to exactly one of them.
 */
import { type Admin, type Consumer, type Samsa, RangeAssignor, RoundRobinAssignor } from '../../client';
import { waitFor, type TestCluster } from '../fixtures/cluster';
import { GenerationRecorder, quickGroupTimings } from '../groups-client/helpers';
import { type GroupCluster, startGroupCluster } from './groups-cluster';
import { PythonMember } from './groups-python';

const topic = 'mixed-groups';
const partitions = 6;
const groupTimeoutMs = 60_000;

describe('a Samsa consumer and a Kafka client consumer in one group', () => {
  let setup: GroupCluster;
  let cluster: TestCluster;
  let samsa: Samsa;
  let admin: Admin;
  const pythonMembers: PythonMember[] = [];
  const consumers: Consumer[] = [];

  beforeAll(async () => {
    // The name is also the Samsa consumer's client id, which the assignment order depends on.
    setup = await startGroupCluster({ name: 'mixed-groups', brokers: 2, topic, partitions, replicationFactor: 2, records: partitions * 5 });
    ({ cluster, samsa, admin } = setup);
  }, 120_000);

  afterEach(async () => {
    await Promise.all(pythonMembers.splice(0).map((m) => m.close()));
    await Promise.all(consumers.splice(0).map((c) => c.disconnect()));
  });

  afterAll(async () => {
    for (const m of pythonMembers) m.kill();
    await setup?.stop();
  });

  async function samsaMember(groupId: string, assignor: 'range' | 'roundrobin', recorder: GenerationRecorder): Promise<Consumer> {
    const partitionAssigners = [assignor === 'range' ? new RangeAssignor() : new RoundRobinAssignor()];
    const consumer = samsa.consumer({ groupId, ...quickGroupTimings, partitionAssigners, autoCommit: false });
    consumers.push(consumer);
    recorder.watch(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({ eachMessage: async () => undefined });
    return consumer;
  }

  function kafkaMember(groupId: string, assignor: string): PythonMember {
    const m = new PythonMember({ bootstrap: cluster.kafkaBootstrap, groupId, topic, clientId: 'rdkafka-member', assignor });
    pythonMembers.push(m);
    return m;
  }

  it.each([
    ['range', 'the Samsa consumer leads'],
    ['roundrobin', 'the Kafka client leads'],
  ] as const)('%s: %s, and each partition goes to exactly one member', async (assignor, leads) => {
    const groupId = `mixed-${assignor}`;
    const recorder = new GenerationRecorder();
    const samsaHolds = (): number[] => {
      const joins = recorder.joins;
      return [...(joins[joins.length - 1]?.memberAssignment[topic] ?? [])].sort((a, b) => a - b);
    };
    const everything = [...Array(partitions).keys()];
    let rdkafka: PythonMember;
    // The first member to join leads the group: it runs the assignor for both.
    if (leads === 'the Samsa consumer leads') {
      await samsaMember(groupId, assignor, recorder);
      await recorder.waitForGeneration(1, 0, groupTimeoutMs);
      rdkafka = kafkaMember(groupId, assignor);
    } else {
      rdkafka = kafkaMember(groupId, assignor);
      await rdkafka.next((e) => e.event === 'assigned' && e.partitions?.length === partitions, groupTimeoutMs, 'every partition');
      await samsaMember(groupId, assignor, recorder);
    }
    await waitFor(() => {
      const all = [...samsaHolds(), ...rdkafka.current].sort((a, b) => a - b);
      return samsaHolds().length > 0 && rdkafka.current.length > 0 && JSON.stringify(all) === JSON.stringify(everything);
    }, { timeoutMs: groupTimeoutMs, intervalMs: 100, description: 'the two members sharing the partitions' });

    const group = await admin.describeGroup(groupId);
    expect(group.state).toBe('Stable');
    expect(group.protocol).toBe(assignor);
    const byClient = Object.fromEntries(group.members.map((m) => [m.clientId, m.assignment.flatMap((tp) => tp.partitions).sort((a, b) => a - b)]));
    expect(byClient).toEqual({ 'mixed-groups': samsaHolds(), 'rdkafka-member': rdkafka.current });
    // Kafka's assignors order members by member id, and the coordinator's ids start with the
    // client id: "mixed-groups-..." sorts before "rdkafka-member-...", whichever member leads.
    expect(samsaHolds()).toEqual(assignor === 'range' ? [0, 1, 2] : [0, 2, 4]);
  }, 180_000);
});
