/**
 * A coordinator restarted (SIGTERM, then started again) on a single broker loads its groups back
 * from __consumer_offsets: committed offsets, and the group with its member, are served again
 * once the load is over (COORDINATOR_LOAD_IN_PROGRESS or NOT_COORDINATOR until then).
 */
import type { BrokerConnection } from '../../client/network/connection';
import { ErrorCode } from '../../proto/errors';
import { startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { commitOffsets, connectBroker, createTopicEverywhere, describeGroup, fetchOffsets, findCoordinator, groupOverrides, joinAsNewMember, syncGroup } from './group-helpers';

const groupId = 'restart-group';
const topic = 'events';

describe('group coordinator restart', () => {
  let cluster: TestCluster;
  const connections: BrokerConnection[] = [];

  beforeAll(async () => {
    // offsets.topic.replication.factor stays at its default of 3: creation caps it at the one live broker.
    cluster = await startCluster({ brokers: 1, name: 'coordinator-restart', overrides: groupOverrides });
    await createTopicEverywhere(cluster.brokers, topic, 3);
  }, 120_000);

  afterAll(async () => {
    for (const c of connections) c.close();
    await cluster?.stop();
  });

  function open(clientId: string): BrokerConnection {
    const conn = connectBroker(cluster.broker(1), clientId);
    connections.push(conn);
    return conn;
  }

  it('loads committed offsets and the group back from the offsets topic', async () => {
    const member = open('member');
    await findCoordinator(member, groupId);
    const joined = await waitFor(async () => {
      const resp = await joinAsNewMember(member, groupId);
      return resp.errorCode === ErrorCode.NONE ? resp : undefined;
    }, { timeoutMs: 30_000, intervalMs: 200, description: 'a first generation' });
    const memberId = joined.memberId ?? '';
    const generationId = joined.generationId ?? -1;
    expect((await syncGroup(member, groupId, generationId, memberId, [{ memberId, assignment: Buffer.from('all') }])).errorCode).toBe(ErrorCode.NONE);
    expect(await commitOffsets(member, groupId, generationId, memberId, topic, { 0: 100, 1: 200, 2: 300 })).toEqual([ErrorCode.NONE, ErrorCode.NONE, ErrorCode.NONE]);
    const assignment = await cluster.zk.getJson<{ partitions: Record<string, number[]> }>('/brokers/topics/__consumer_offsets');
    for (const replicas of Object.values(assignment?.partitions ?? {})) expect(replicas).toEqual([1]);
    member.close();

    await cluster.broker(1).restart();

    const after = open('after-restart');
    await findCoordinator(after, groupId);
    const fetched = await waitFor(async () => {
      const resp = await fetchOffsets(after, groupId, topic, [0, 1, 2]);
      return resp.errorCode === ErrorCode.NONE ? resp : undefined;
    }, { timeoutMs: 30_000, intervalMs: 200, description: 'offsets served after the restart' });
    expect(fetched.offsets).toEqual({ 0: 100, 1: 200, 2: 300 });
    const described = await describeGroup(after, groupId);
    expect(described.errorCode).toBe(ErrorCode.NONE);
    expect(described.members?.map((m) => m.memberId)).toEqual([memberId]);
  });
});
