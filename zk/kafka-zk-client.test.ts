import pino from 'pino';
import { BrokerIdInUseError, ControllerMovedError, KafkaZkClient, TopicExistsError } from './kafka-zk-client';
import { startTestZooKeeper, type TestZooKeeper } from '../test/support/test-zookeeper';

const logger = pino({ level: 'silent' });
const endpoint = { listenerName: 'PLAINTEXT', securityProtocol: 'PLAINTEXT', host: 'localhost', port: 9092 };

describe('KafkaZkClient against ZooKeeper', () => {
  let server: TestZooKeeper;
  const clients: KafkaZkClient[] = [];

  async function connect(chroot: string): Promise<KafkaZkClient> {
    const zk = await KafkaZkClient.connect({ connect: chroot, sessionTimeoutMs: 6_000, logger });
    clients.push(zk);
    return zk;
  }

  beforeAll(async () => {
    server = await startTestZooKeeper();
  }, 90_000);
  afterEach(async () => {
    for (const zk of clients.splice(0)) await zk.close();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('creates the chroot, the persistent paths and one cluster id', async () => {
    const chroot = server.chroot();
    const a = await connect(chroot);
    await a.ensurePersistentPaths();
    const id = await a.getOrCreateClusterId();
    const b = await connect(chroot);
    expect(await b.getOrCreateClusterId()).toBe(id);
    expect(await a.zk.exists('/admin/delete_topics')).toBeDefined();
    expect(await a.zk.exists('/latest_producer_id_block')).toBeDefined();
  });

  it('reads /controller and /controller_epoch as one pair', async () => {
    const chroot = server.chroot();
    const a = await connect(chroot);
    await a.ensurePersistentPaths();
    expect(await a.getControllerIdentity()).toBeUndefined();
    await a.registerControllerAndIncrementControllerEpoch(3);
    expect(await a.getControllerIdentity()).toEqual({ controllerId: 3, epoch: 1 });
    await a.deleteControllerIfOwned(3);
    expect(await a.getControllerIdentity()).toEqual({ controllerId: -1, epoch: 1 });
  });

  it('registers a broker as a checked ephemeral whose epoch is its czxid, and rejects a duplicate id', async () => {
    const chroot = server.chroot();
    const a = await connect(chroot);
    await a.ensurePersistentPaths();
    const epoch = await a.registerBroker({ id: 1, endpoints: [endpoint] });
    const stat = await a.zk.exists('/brokers/ids/1');
    expect(epoch).toBe(stat?.czxid);
    expect(stat?.ephemeralOwner).toBe(a.zk.sessionId);
    // Re-registering from the owning session is accepted and keeps the epoch.
    expect(await a.registerBroker({ id: 1, endpoints: [endpoint] })).toBe(epoch);
    const b = await connect(chroot);
    await expect(b.registerBroker({ id: 1, endpoints: [endpoint] })).rejects.toBeInstanceOf(BrokerIdInUseError);
    const [broker] = await b.getAllBrokers();
    expect(broker).toEqual({ id: 1, endpoints: [endpoint], rack: null, epoch });
    const laterEpoch = await b.registerBroker({ id: 2, endpoints: [{ ...endpoint, port: 9093 }] });
    expect(laterEpoch).toBeGreaterThan(epoch);
  });

  it('elects a controller with an atomic epoch increment, and lets only one broker win', async () => {
    const chroot = server.chroot();
    const a = await connect(chroot);
    const b = await connect(chroot);
    await a.ensurePersistentPaths();
    const won = await a.registerControllerAndIncrementControllerEpoch(1);
    expect(won.epoch).toBe(1);
    expect((await a.zk.getData('/controller_epoch'))?.data.toString()).toBe('1');
    expect(await b.getControllerId()).toBe(1);
    await expect(b.registerControllerAndIncrementControllerEpoch(2)).rejects.toBeInstanceOf(ControllerMovedError);
    await a.deleteController(won.epochZkVersion);
    const second = await b.registerControllerAndIncrementControllerEpoch(2);
    expect(second.epoch).toBe(2);
    expect(await a.getControllerId()).toBe(2);
  });

  it('fences controller writes on the controller epoch zkVersion', async () => {
    const chroot = server.chroot();
    const a = await connect(chroot);
    await a.ensurePersistentPaths();
    const { epochZkVersion } = await a.registerControllerAndIncrementControllerEpoch(1);
    await a.createTopic('t', new Map([[0, [1]]]), {});
    expect(await a.createPartitionState('t', 0, { leader: 1, leaderEpoch: 0, isr: [1], controllerEpoch: 1 }, epochZkVersion)).toBe(true);
    const other = await connect(chroot);
    await other.zk.setData('/controller_epoch', Buffer.from('5'));
    const state = await a.getPartitionState('t', 0);
    expect(state).toEqual({ leader: 1, leaderEpoch: 0, isr: [1], controllerEpoch: 1, zkVersion: 0 });
    await expect(a.updatePartitionState('t', 0, { ...state!, leader: -1 }, epochZkVersion)).rejects.toBeInstanceOf(ControllerMovedError);
    expect((await a.getPartitionState('t', 0))?.leader).toBe(1);
  });

  it('creates topics with config first, rejects duplicates, and marks deletions idempotently', async () => {
    const chroot = server.chroot();
    const a = await connect(chroot);
    await a.ensurePersistentPaths();
    await a.createTopic('orders', new Map([[0, [1, 2]], [1, [2, 1]]]), { 'retention.ms': '1000' });
    await expect(a.createTopic('orders', new Map([[0, [1]]]), {})).rejects.toBeInstanceOf(TopicExistsError);
    expect(await a.getAllTopics()).toEqual(['orders']);
    expect(await a.getTopicConfig('orders')).toEqual({ 'retention.ms': '1000' });
    expect(await a.getReplicaAssignment('orders')).toEqual(new Map([[0, [1, 2]], [1, [2, 1]]]));
    expect((await a.zk.getData('/brokers/topics/orders'))?.data.toString())
      .toBe('{"version":2,"partitions":{"0":[1,2],"1":[2,1]},"adding_replicas":{},"removing_replicas":{}}');
    expect(await a.isTopicMarkedForDeletion('orders')).toBe(false);
    await a.markTopicForDeletion('orders');
    await a.markTopicForDeletion('orders');
    expect(await a.isTopicMarkedForDeletion('orders')).toBe(true);
  });
});
