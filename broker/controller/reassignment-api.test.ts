import { ApiKey } from '../../proto/api';
import { ErrorCode, SamsaProtocolError } from '../../proto/errors';
import type { StopReplicaRequest, UpdateMetadataRequest } from '../api/controller-requests';
import type { KafkaZkClient } from '../../zk/kafka-zk-client';
import { createRecursive } from '../../zk/zk-session';
import { endpoint, leaderAndIsrFor, stateOf, useControllerHarness, waitFor } from '../../test/support/controller-harness';

/** AlterPartitionReassignments / ListPartitionReassignments (KIP-455) against a real ZooKeeper. */
describe('KafkaController partition reassignments from the API', () => {
  const { client, cluster, launchController } = useControllerHarness();

  async function leaderWritesIsr(zk: KafkaZkClient, topic: string, partition: number, isr: number[], leader?: number): Promise<void> {
    const s = await stateOf(zk, topic, partition);
    if (!s) throw new Error('no state');
    const next = { leader: leader ?? s.leader, leaderEpoch: leader === undefined ? s.leaderEpoch : s.leaderEpoch + 1, isr, controllerEpoch: s.controllerEpoch };
    const written = await zk.updateLeaderAndIsrAsLeader(topic, partition, next, s.zkVersion);
    expect(written.ok).toBe(true);
    await zk.propagateIsrChanges([{ topic, partition }]);
  }

  const topicZNode = async (zk: KafkaZkClient, topic: string) => (await zk.zk.getData(`/brokers/topics/${topic}`))?.data.toString();

  it('moves a partition, lists it while it runs and completes once the target joins the ISR', async () => {
    const { zk, controller, sent } = await cluster([2, 3]);
    await zk.createTopic('move', new Map([[0, [1, 2]]]), {});
    await waitFor('state', () => stateOf(zk, 'move', 0));
    const results = await controller.alterPartitionReassignments([{ topic: 'move', partition: 0, replicas: [3, 2] }]);
    expect(results).toEqual(new Map([['move-0', { errorCode: ErrorCode.NONE }]]));
    expect(await topicZNode(zk, 'move')).toBe('{"version":2,"partitions":{"0":[3,2,1]},"adding_replicas":{"0":[3]},"removing_replicas":{"0":[1]}}');
    expect(leaderAndIsrFor(sent, 'move').some((l) => l.brokerId === 3 && l.p.isNew)).toBe(true);
    expect(await controller.listPartitionReassignments())
      .toEqual([{ topic: 'move', partition: 0, replicas: [3, 2, 1], addingReplicas: [3], removingReplicas: [1] }]);
    expect(await controller.listPartitionReassignments([{ topic: 'other', partition: 0 }])).toEqual([]);
    await leaderWritesIsr(zk, 'move', 0, [1, 2, 3]);
    await waitFor('completed', async () => (await topicZNode(zk, 'move')) === '{"version":2,"partitions":{"0":[3,2]},"adding_replicas":{},"removing_replicas":{}}');
    expect(await stateOf(zk, 'move', 0)).toMatchObject({ leader: 3, isr: [2, 3] });
    expect(await controller.listPartitionReassignments()).toEqual([]);
  });

  it('cancelling reverts to the original replicas: the added replicas are stopped, deleted and out of the ISR', async () => {
    const { zk, controller, sent } = await cluster([2, 3, 4]);
    await zk.createTopic('undo', new Map([[0, [1, 2]]]), {});
    await waitFor('state', () => stateOf(zk, 'undo', 0));
    expect((await controller.alterPartitionReassignments([{ topic: 'undo', partition: 0, replicas: [1, 3, 4] }])).get('undo-0'))
      .toEqual({ errorCode: ErrorCode.NONE });
    // Broker 3 caught up and joined the ISR; 4 has not, so the move is still running.
    await leaderWritesIsr(zk, 'undo', 0, [1, 2, 3]);
    await waitFor('notification processed', async () => (await zk.getIsrChangeNotifications()).length === 0);
    await controller.idle();
    expect(await controller.listPartitionReassignments())
      .toEqual([{ topic: 'undo', partition: 0, replicas: [1, 3, 4, 2], addingReplicas: [3, 4], removingReplicas: [2] }]);
    const before = (await stateOf(zk, 'undo', 0))!;
    expect((await controller.alterPartitionReassignments([{ topic: 'undo', partition: 0, replicas: null }])).get('undo-0'))
      .toEqual({ errorCode: ErrorCode.NONE });
    expect(await topicZNode(zk, 'undo')).toBe('{"version":2,"partitions":{"0":[1,2]},"adding_replicas":{},"removing_replicas":{}}');
    const after = (await stateOf(zk, 'undo', 0))!;
    expect(after).toMatchObject({ leader: 1, isr: [1, 2] });
    expect(after.leaderEpoch).toBeGreaterThan(before.leaderEpoch);
    for (const removed of [3, 4]) {
      expect(sent.some((s) => s.brokerId === removed && s.apiKey === ApiKey.StopReplica
        && (s.body as StopReplicaRequest).partitions.some((p) => p.topic === 'undo' && p.deletePartition))).toBe(true);
    }
    await waitFor('UpdateMetadata with the original replicas', () => sent.some((s) => s.apiKey === ApiKey.UpdateMetadata
      && (s.body as UpdateMetadataRequest).partitionStates.some((p) => p.topic === 'undo' && p.replicas.join() === '1,2' && p.isr.join() === '1,2')));
    expect(await controller.listPartitionReassignments()).toEqual([]);
    expect((await controller.alterPartitionReassignments([{ topic: 'undo', partition: 0, replicas: null }])).get('undo-0')?.errorCode)
      .toBe(ErrorCode.NO_REASSIGNMENT_IN_PROGRESS);
  });

  it('a cancelled move whose added replica led elects a leader among the original replicas', async () => {
    const { zk, controller } = await cluster([2, 3]);
    await zk.createTopic('lead', new Map([[0, [1, 2]]]), {});
    await waitFor('state', () => stateOf(zk, 'lead', 0));
    await controller.alterPartitionReassignments([{ topic: 'lead', partition: 0, replicas: [3, 1] }]);
    // Broker 3 came to lead (1 fell out of the ISR) while the move waits for 1 to catch up.
    await leaderWritesIsr(zk, 'lead', 0, [2, 3], 3);
    await waitFor('notification processed', async () => (await zk.getIsrChangeNotifications()).length === 0);
    await controller.idle();
    expect(await controller.listPartitionReassignments()).toHaveLength(1);
    const s = (await stateOf(zk, 'lead', 0))!;
    expect((await controller.alterPartitionReassignments([{ topic: 'lead', partition: 0, replicas: null }])).get('lead-0')?.errorCode).toBe(ErrorCode.NONE);
    expect(await topicZNode(zk, 'lead')).toBe('{"version":2,"partitions":{"0":[1,2]},"adding_replicas":{},"removing_replicas":{}}');
    const after = (await stateOf(zk, 'lead', 0))!;
    expect([1, 2]).toContain(after.leader);
    expect(after.isr).not.toContain(3);
    expect(after.leaderEpoch).toBeGreaterThan(s.leaderEpoch);
  });

  it('refuses bad input with Kafka\'s errors and changes nothing', async () => {
    const { zk, controller, sent } = await cluster([2]);
    await zk.createTopic('keep', new Map([[0, [1, 2]]]), {});
    await waitFor('state', () => stateOf(zk, 'keep', 0));
    await controller.idle();
    const znode = await topicZNode(zk, 'keep');
    const state = await stateOf(zk, 'keep', 0);
    const sentBefore = sent.length;
    const results = await controller.alterPartitionReassignments([
      { topic: 'nope', partition: 0, replicas: [1] },
      { topic: 'keep', partition: 7, replicas: [1] },
      { topic: 'keep', partition: 0, replicas: [] },
    ]);
    expect(results.get('nope-0')?.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    expect(results.get('keep-7')?.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    expect(results.get('keep-0')).toEqual({ errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT, message: 'Empty replica list specified in partition reassignment.' });
    const dup = await controller.alterPartitionReassignments([{ topic: 'keep', partition: 0, replicas: [2, 2] }]);
    expect(dup.get('keep-0')).toEqual({ errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT, message: 'Duplicate replica ids in partition reassignment replica list: [2, 2]' });
    const dead = await controller.alterPartitionReassignments([{ topic: 'keep', partition: 0, replicas: [1, 9] }]);
    expect(dead.get('keep-0')?.errorCode).toBe(ErrorCode.INVALID_REPLICA_ASSIGNMENT);
    expect(dead.get('keep-0')?.message).toContain('brokers that are not alive');
    const negative = await controller.alterPartitionReassignments([{ topic: 'keep', partition: 0, replicas: [-1] }]);
    expect(negative.get('keep-0')?.errorCode).toBe(ErrorCode.INVALID_REPLICA_ASSIGNMENT);
    const cancel = await controller.alterPartitionReassignments([{ topic: 'keep', partition: 0, replicas: null }]);
    expect(cancel.get('keep-0')?.errorCode).toBe(ErrorCode.NO_REASSIGNMENT_IN_PROGRESS);
    await controller.idle();
    expect(await topicZNode(zk, 'keep')).toBe(znode);
    expect(await stateOf(zk, 'keep', 0)).toEqual(state);
    expect(sent.length).toBe(sentBefore);
    expect(await controller.listPartitionReassignments()).toEqual([]);
  });

  it('an API move replaces a legacy znode entry for the same partition', async () => {
    const { zk, controller } = await cluster([2, 3]);
    await zk.createTopic('both', new Map([[0, [1, 2]]]), {});
    await waitFor('state', () => stateOf(zk, 'both', 0));
    await createRecursive(zk.zk, '/admin/reassign_partitions', Buffer.from('{"version":1,"partitions":[{"topic":"both","partition":0,"replicas":[3,2]}]}'));
    await waitFor('legacy move started', async () => (await controller.listPartitionReassignments()).length === 1);
    await controller.alterPartitionReassignments([{ topic: 'both', partition: 0, replicas: [1, 3] }]);
    expect(await controller.listPartitionReassignments())
      .toEqual([{ topic: 'both', partition: 0, replicas: [1, 3, 2], addingReplicas: [3], removingReplicas: [2] }]);
    await waitFor('legacy znode pruned', async () => (await zk.zk.exists('/admin/reassign_partitions')) === undefined);
  });

  it('a move survives a controller failover through the topic znode, and the new controller can cancel it', async () => {
    const { chroot, zk, controller } = await cluster([]);
    const zk2 = await client(chroot);
    await zk2.registerBroker({ id: 2, endpoints: [endpoint(9092)] });
    const zk3 = await client(chroot);
    await zk3.registerBroker({ id: 3, endpoints: [endpoint(9093)] });
    const passive = await launchController(zk2, { brokerId: 2, deleteTopicEnable: true, uncleanLeaderElectionEnable: false, autoLeaderRebalanceEnable: false });
    await waitFor('passive sees controller 1', () => passive.activeControllerId === 1);
    await expect(passive.alterPartitionReassignments([{ topic: 'x', partition: 0, replicas: [2] }])).rejects.toMatchObject({ code: ErrorCode.NOT_CONTROLLER });
    await expect(passive.listPartitionReassignments()).rejects.toBeInstanceOf(SamsaProtocolError);
    await zk.createTopic('fail', new Map([[0, [2, 1]]]), {});
    await waitFor('state', () => stateOf(zk, 'fail', 0));
    await controller.alterPartitionReassignments([{ topic: 'fail', partition: 0, replicas: [2, 3] }]);
    await controller.shutdown();
    await waitFor('broker 2 takes over', () => passive.isActive);
    expect(await passive.listPartitionReassignments())
      .toEqual([{ topic: 'fail', partition: 0, replicas: [2, 3, 1], addingReplicas: [3], removingReplicas: [1] }]);
    expect((await passive.alterPartitionReassignments([{ topic: 'fail', partition: 0, replicas: null }])).get('fail-0')?.errorCode).toBe(ErrorCode.NONE);
    expect(await topicZNode(zk, 'fail')).toBe('{"version":2,"partitions":{"0":[2,1]},"adding_replicas":{},"removing_replicas":{}}');
    expect(await passive.listPartitionReassignments()).toEqual([]);
  });
});
