import { ApiKey } from '../../proto/api';
import type { LeaderAndIsrRequest, StopReplicaRequest, UpdateMetadataRequest } from '../api/controller-requests';
import type { KafkaController } from './kafka-controller';
import type { KafkaZkClient } from '../../zk/kafka-zk-client';
import { endpoint, useControllerHarness, waitFor, type Sent } from '../../test/support/controller-harness';

describe('KafkaController against ZooKeeper', () => {
  const { chroot: newChroot, client, startActiveController } = useControllerHarness();

  async function startController(chroot: string, sent: Sent[], brokerId = 1): Promise<{ zk: KafkaZkClient; controller: KafkaController }> {
    const zk = await client(chroot);
    await zk.ensurePersistentPaths();
    await zk.registerBroker({ id: brokerId, endpoints: [endpoint(9090 + brokerId)] });
    const controller = await startActiveController(zk, { brokerId, deleteTopicEnable: true, uncleanLeaderElectionEnable: false }, sent);
    return { zk, controller };
  }

  it('elects itself with an incremented controller epoch', async () => {
    const chroot = newChroot();
    const { zk, controller } = await startController(chroot, []);
    expect(controller.activeControllerId).toBe(1);
    expect(controller.epoch).toBe(1);
    expect((await zk.zk.getData('/controller_epoch'))?.data.toString()).toBe('1');
    expect(await zk.getControllerId()).toBe(1);
  });

  it('creates a topic: state znode, LeaderAndIsr with isNew, UpdateMetadata', async () => {
    const chroot = newChroot();
    const sent: Sent[] = [];
    const { zk, controller } = await startController(chroot, sent);
    await zk.createTopic('orders', new Map([[0, [1]], [1, [1]]]), {});
    const stateNode = await waitFor('state znode', () => zk.zk.getData('/brokers/topics/orders/partitions/1/state'));
    expect(stateNode.data.toString()).toBe(`{"version":1,"leader":1,"leader_epoch":0,"isr":[1],"controller_epoch":${controller.epoch}}`);
    const lai = await waitFor('LeaderAndIsr', () => sent.find((s) => s.apiKey === ApiKey.LeaderAndIsr
      && (s.body as LeaderAndIsrRequest).partitionStates.some((p) => p.topic === 'orders')));
    const body = lai.body as LeaderAndIsrRequest;
    expect(body.controllerId).toBe(1);
    expect(body.controllerEpoch).toBe(controller.epoch);
    expect(body.partitionStates?.map((p) => ({ partition: p.partition, leader: p.leader, isNew: p.isNew, replicas: p.replicas })))
      .toEqual([{ partition: 0, leader: 1, isNew: true, replicas: [1] }, { partition: 1, leader: 1, isNew: true, replicas: [1] }]);
    expect(body.liveLeaders).toEqual([{ brokerId: 1, host: '127.0.0.1', port: 9091 }]);
    const um = await waitFor('UpdateMetadata', () => sent.find((s) => s.apiKey === ApiKey.UpdateMetadata
      && (s.body as UpdateMetadataRequest).partitionStates.some((p) => p.topic === 'orders')));
    expect((um.body as UpdateMetadataRequest).liveBrokers[0]?.endpoints)
      .toEqual([{ host: '127.0.0.1', port: 9091, listener: 'PLAINTEXT', securityProtocol: 'PLAINTEXT' }]);
  });

  it('takes a partition offline when its only replica leaves and re-elects it with a new epoch on return', async () => {
    const chroot = newChroot();
    const sent: Sent[] = [];
    const { zk } = await startController(chroot, sent);
    let broker2 = await client(chroot);
    await broker2.registerBroker({ id: 2, endpoints: [endpoint(9092)] });
    await zk.createTopic('t', new Map([[0, [2]]]), {});
    await waitFor('leader 2', async () => (await zk.getPartitionState('t', 0))?.leader === 2);
    await broker2.close();
    const offline = await waitFor('leader -1', async () => {
      const s = await zk.getPartitionState('t', 0);
      return s?.leader === -1 ? s : undefined;
    });
    expect(offline.isr).toEqual([2]);
    expect(offline.leaderEpoch).toBe(1);
    broker2 = await client(chroot);
    await broker2.registerBroker({ id: 2, endpoints: [endpoint(9092)] });
    const back = await waitFor('leader back', async () => {
      const s = await zk.getPartitionState('t', 0);
      return s?.leader === 2 ? s : undefined;
    });
    expect(back.leaderEpoch).toBe(offline.leaderEpoch + 1);
    expect(back.isr).toEqual([2]);
  });

  it('deletes a topic once its replicas acknowledge StopReplica', async () => {
    const chroot = newChroot();
    const sent: Sent[] = [];
    const { zk } = await startController(chroot, sent);
    await zk.createTopic('gone', new Map([[0, [1]]]), { 'retention.ms': '1000' });
    await waitFor('state znode', () => zk.getPartitionState('gone', 0));
    await zk.markTopicForDeletion('gone');
    await waitFor('topic znodes removed', async () => (await zk.getAllTopics()).length === 0
      && !(await zk.isTopicMarkedForDeletion('gone')) && (await zk.zk.exists('/config/topics/gone')) === undefined);
    const stop = sent.find((s) => s.apiKey === ApiKey.StopReplica
      && (s.body as StopReplicaRequest).partitions.some((p) => p.deletePartition));
    expect(stop?.brokerId).toBe(1);
    const deleting = sent.find((s) => s.apiKey === ApiKey.UpdateMetadata
      && (s.body as UpdateMetadataRequest).partitionStates.some((p) => p.topic === 'gone' && p.leader === -2));
    expect(deleting).toBeDefined();
  });

  it('resigns when another client bumps the controller epoch, then re-elects with a newer epoch', async () => {
    const chroot = newChroot();
    const { zk, controller } = await startController(chroot, []);
    const rogue = await client(chroot);
    await rogue.zk.setData('/controller_epoch', Buffer.from('7'));
    await zk.createTopic('fenced', new Map([[0, [1]]]), {});
    await waitFor('resignation', () => controller.resignations >= 1);
    await waitFor('re-election', () => controller.isActive && controller.epoch === 8);
    const state = await waitFor('state znode', () => zk.getPartitionState('fenced', 0));
    expect(state.controllerEpoch).toBe(8);
  });
});
