import pino from 'pino';
import { ApiKey } from '../../proto/api';
import type { samsa } from '../../proto/generated/samsa';
import type { BrokerConnection } from '../../client/network/connection';
import { KafkaZkClient, type BrokerInfo } from '../../zk/kafka-zk-client';
import { startTestZooKeeper, type TestZooKeeper } from '../../zk/test-zookeeper';
import { KafkaController } from './kafka-controller';

const logger = pino({ level: 'silent' });
const waitTimeoutMs = 10_000;

interface Sent { brokerId: number; apiKey: number; body: Record<string, unknown> }

/** Records every controller request and answers like a healthy broker. */
function fakeBrokers(sent: Sent[]): (b: BrokerInfo) => BrokerConnection {
  return (broker) => ({
    connect: async () => {},
    close: () => {},
    send: async (apiKey: number, body: Record<string, unknown>) => {
      sent.push({ brokerId: broker.id, apiKey, body });
      if (apiKey === ApiKey.StopReplica) {
        const partitions = (body as samsa.v1.IStopReplicaRequest).partitions ?? [];
        return { errorCode: 0, partitionErrors: partitions.map((p) => ({ topic: p.topic, partition: p.partition, errorCode: 0 })) };
      }
      return { errorCode: 0 };
    },
  }) as unknown as BrokerConnection;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false): Promise<T> {
  const deadline = Date.now() + waitTimeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const endpoint = (port: number) => ({ listenerName: 'PLAINTEXT', securityProtocol: 'PLAINTEXT', host: '127.0.0.1', port });

describe('KafkaController against ZooKeeper', () => {
  let server: TestZooKeeper;
  const cleanups: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    server = await startTestZooKeeper();
  }, 90_000);
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  afterAll(async () => {
    await server.stop();
  });

  async function client(chroot: string): Promise<KafkaZkClient> {
    const zk = await KafkaZkClient.connect({ connect: chroot, sessionTimeoutMs: 4_000, logger });
    cleanups.push(() => zk.close());
    return zk;
  }

  async function startController(chroot: string, sent: Sent[], brokerId = 1): Promise<{ zk: KafkaZkClient; controller: KafkaController }> {
    const zk = await client(chroot);
    await zk.ensurePersistentPaths();
    await zk.registerBroker({ id: brokerId, endpoints: [endpoint(9090 + brokerId)] });
    const controller = new KafkaController({
      config: { brokerId, deleteTopicEnable: true, uncleanLeaderElectionEnable: false },
      zk, logger, connectToBroker: fakeBrokers(sent),
    });
    cleanups.push(() => controller.shutdown());
    await controller.startup();
    await waitFor('election', () => controller.isActive);
    return { zk, controller };
  }

  it('elects itself with an incremented controller epoch', async () => {
    const chroot = server.chroot();
    const { zk, controller } = await startController(chroot, []);
    expect(controller.activeControllerId).toBe(1);
    expect(controller.epoch).toBe(1);
    expect((await zk.zk.getData('/controller_epoch'))?.data.toString()).toBe('1');
    expect(await zk.getControllerId()).toBe(1);
  });

  it('creates a topic: state znode, LeaderAndIsr with isNew, UpdateMetadata', async () => {
    const chroot = server.chroot();
    const sent: Sent[] = [];
    const { zk, controller } = await startController(chroot, sent);
    await zk.createTopic('orders', new Map([[0, [1]], [1, [1]]]), {});
    const stateNode = await waitFor('state znode', () => zk.zk.getData('/brokers/topics/orders/partitions/1/state'));
    expect(stateNode.data.toString()).toBe(`{"version":1,"leader":1,"leader_epoch":0,"isr":[1],"controller_epoch":${controller.epoch}}`);
    const lai = await waitFor('LeaderAndIsr', () => sent.find((s) => s.apiKey === ApiKey.LeaderAndIsr
      && ((s.body as samsa.v1.ILeaderAndIsrRequest).partitionStates ?? []).some((p) => p.topic === 'orders')));
    const body = lai.body as samsa.v1.ILeaderAndIsrRequest;
    expect(body.controllerId).toBe(1);
    expect(body.controllerEpoch).toBe(controller.epoch);
    expect(body.partitionStates?.map((p) => ({ partition: p.partition, leader: p.leader, isNew: p.isNew, replicas: p.replicas })))
      .toEqual([{ partition: 0, leader: 1, isNew: true, replicas: [1] }, { partition: 1, leader: 1, isNew: true, replicas: [1] }]);
    expect(body.liveLeaders).toEqual([{ brokerId: 1, host: '127.0.0.1', port: 9091 }]);
    const um = await waitFor('UpdateMetadata', () => sent.find((s) => s.apiKey === ApiKey.UpdateMetadata
      && ((s.body as samsa.v1.IUpdateMetadataRequest).partitionStates ?? []).some((p) => p.topic === 'orders')));
    expect((um.body as samsa.v1.IUpdateMetadataRequest).liveBrokers?.[0]?.endpoints)
      .toEqual([{ host: '127.0.0.1', port: 9091, listener: 'PLAINTEXT', securityProtocol: 'PLAINTEXT' }]);
  });

  it('takes a partition offline when its only replica leaves and re-elects it with a new epoch on return', async () => {
    const chroot = server.chroot();
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
    const chroot = server.chroot();
    const sent: Sent[] = [];
    const { zk } = await startController(chroot, sent);
    await zk.createTopic('gone', new Map([[0, [1]]]), { 'retention.ms': '1000' });
    await waitFor('state znode', () => zk.getPartitionState('gone', 0));
    await zk.markTopicForDeletion('gone');
    await waitFor('topic znodes removed', async () => (await zk.getAllTopics()).length === 0
      && !(await zk.isTopicMarkedForDeletion('gone')) && (await zk.zk.exists('/config/topics/gone')) === undefined);
    const stop = sent.find((s) => s.apiKey === ApiKey.StopReplica
      && ((s.body as samsa.v1.IStopReplicaRequest).partitions ?? []).some((p) => p.deletePartition));
    expect(stop?.brokerId).toBe(1);
    const deleting = sent.find((s) => s.apiKey === ApiKey.UpdateMetadata
      && ((s.body as samsa.v1.IUpdateMetadataRequest).partitionStates ?? []).some((p) => p.topic === 'gone' && p.leader === -2));
    expect(deleting).toBeDefined();
  });

  it('resigns when another client bumps the controller epoch, then re-elects with a newer epoch', async () => {
    const chroot = server.chroot();
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
