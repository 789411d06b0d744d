/**
 * Kafka's group administration from a Kafka client (kafka-python's KafkaAdminClient) on the
 * Kafka listener: ListGroups, DescribeGroups (with the ConsumerProtocol subscription and
 * assignment decoded by the client), OffsetFetch for every topic of a group, and DeleteGroups,
 * which deletes an Empty group and refuses a live one.
 */
import { waitFor } from '../fixtures/cluster';
import { type GroupCluster, startGroupCluster } from './groups-cluster';
import { PythonMember, runPythonScript } from './groups-python';

const topic = 'kafka-groups-admin';
const partitions = 3;
const live = 'admin-live';
const empty = 'admin-empty';
const groupTimeoutMs = 60_000;

describe('kafka-python group administration on the Kafka listener', () => {
  let setup: GroupCluster;
  let member: PythonMember | undefined;

  beforeAll(async () => {
    setup = await startGroupCluster({ name: 'kafka-groups-admin', brokers: 1, topic, partitions, replicationFactor: 1, records: 30 });
  }, 120_000);

  afterAll(async () => {
    await member?.close();
    await setup?.stop();
  });

  it('lists, describes, reads the offsets of and deletes groups', async () => {
    member = new PythonMember({ bootstrap: setup.cluster.kafkaBootstrap, groupId: live, topic, clientId: 'live-member', assignor: 'range' });
    await member.next((e) => e.event === 'assigned' && e.partitions?.length === partitions, groupTimeoutMs, 'every partition');
    await waitFor(async () => (await setup.admin.describeGroup(live)).state === 'Stable', { timeoutMs: groupTimeoutMs, description: `${live} Stable` });
    // Offsets of a group with no members, set through Samsa's client (a standalone commit).
    await setup.admin.setOffsets({ groupId: empty, topic, partitions: [{ partition: 0, offset: 4 }, { partition: 2, offset: 9 }] });

    const result = await runPythonScript('groups_admin.py', 'kafka', [setup.cluster.kafkaBootstrap, live, empty]);
    expect(result.listed).toEqual([[empty, ''], [live, 'consumer']]);
    expect(result.described).toEqual([{
      error_code: 0, group: live, state: 'Stable', protocol_type: 'consumer', protocol: 'range',
      members: [{ client_id: 'live-member', client_host: '/127.0.0.1', subscription: [topic], assignment: [[topic, [0, 1, 2]]] }],
    }]);
    expect(result.offsets).toEqual([[topic, 0, 4], [topic, 2, 9]]);
    expect(result.deleted).toEqual([[empty, 0], [live, 68 /* NON_EMPTY_GROUP */]]);
    expect(result.listed_after).toEqual([[live, 'consumer']]);
  }, 180_000);
});
