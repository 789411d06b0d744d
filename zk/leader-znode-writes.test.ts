import pino from 'pino';
import { KafkaZkClient } from './kafka-zk-client';
import { startTestZooKeeper, type TestZooKeeper } from '../test/support/test-zookeeper';
import { createRecursive } from './zk-session';

const logger = pino({ level: 'silent' });

describe('leader-side znode writes against ZooKeeper', () => {
  let server: TestZooKeeper;
  const clients: KafkaZkClient[] = [];

  async function connect(chroot: string): Promise<KafkaZkClient> {
    const zk = await KafkaZkClient.connect({ connect: chroot, sessionTimeoutMs: 6_000, logger });
    clients.push(zk);
    await zk.ensurePersistentPaths();
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

  it('writes the ISR conditionally, accepts its own lost write and refuses a changed znode', async () => {
    const zk = await connect(server.chroot());
    const { epochZkVersion } = await zk.registerControllerAndIncrementControllerEpoch(1);
    await zk.createTopic('t', new Map([[0, [1, 2]]]), {});
    await zk.createPartitionState('t', 0, { leader: 1, leaderEpoch: 0, isr: [1, 2], controllerEpoch: 1 }, epochZkVersion);
    const shrunk = { leader: 1, leaderEpoch: 0, isr: [1], controllerEpoch: 1 };
    expect(await zk.updateLeaderAndIsrAsLeader('t', 0, shrunk, 0)).toEqual({ ok: true, zkVersion: 1 });
    // Same write again with the stale version: the znode already holds it (a lost response).
    expect(await zk.updateLeaderAndIsrAsLeader('t', 0, shrunk, 0)).toEqual({ ok: true, zkVersion: 1 });
    // A different write on the stale version loses, and learns what the znode holds.
    expect(await zk.updateLeaderAndIsrAsLeader('t', 0, { ...shrunk, isr: [1, 2] }, 0)).toEqual({ ok: false, stored: { ...shrunk, zkVersion: 1 } });
    expect((await zk.getPartitionState('t', 0))?.isr).toEqual([1]);
    expect(await zk.updateLeaderAndIsrAsLeader('missing', 0, shrunk, 0)).toEqual({ ok: false });
  });

  it('propagates ISR changes as one persistent-sequential notification', async () => {
    const zk = await connect(server.chroot());
    await zk.propagateIsrChanges([{ topic: 't', partition: 0 }, { topic: 't', partition: 3 }]);
    const children = await zk.getIsrChangeNotifications();
    expect(children).toHaveLength(1);
    expect(children[0]).toMatch(/^isr_change_\d{10}$/);
    const node = await zk.zk.getData(`/isr_change_notification/${children[0]}`);
    expect(node?.data.toString()).toBe('{"version":1,"partitions":[{"topic":"t","partition":0},{"topic":"t","partition":3}]}');
    expect(await zk.getIsrChangeNotificationPartitions(children)).toEqual([{ topic: 't', partition: 0 }, { topic: 't', partition: 3 }]);
  });

  it('hands out non-overlapping producer id blocks to concurrent brokers', async () => {
    const chroot = server.chroot();
    const a = await connect(chroot);
    const b = await connect(chroot);
    const first = await a.allocateProducerIdBlock(1);
    expect(first).toEqual({ blockStart: 0, blockEnd: 999 });
    expect((await a.zk.getData('/latest_producer_id_block'))?.data.toString())
      .toBe('{"version":1,"broker":1,"block_start":"0","block_end":"999"}');
    const blocks = await Promise.all([
      ...Array.from({ length: 8 }, () => a.allocateProducerIdBlock(1)),
      ...Array.from({ length: 8 }, () => b.allocateProducerIdBlock(2)),
    ]);
    const sorted = [first, ...blocks].sort((x, y) => x.blockStart - y.blockStart);
    for (let i = 0; i < sorted.length; i++) {
      expect(sorted[i]?.blockEnd).toBe((sorted[i]?.blockStart ?? 0) + 999);
      if (i > 0) expect(sorted[i]?.blockStart).toBe((sorted[i - 1]?.blockEnd ?? 0) + 1);
    }
  });

  it('removes /controller on fencing only when this session wrote it for this broker', async () => {
    const chroot = server.chroot();
    const a = await connect(chroot);
    const b = await connect(chroot);
    await a.registerControllerAndIncrementControllerEpoch(1);
    await b.deleteControllerIfOwned(1);
    expect(await a.getControllerId()).toBe(1);
    await a.deleteControllerIfOwned(2);
    expect(await a.getControllerId()).toBe(1);
    await a.deleteControllerIfOwned(1);
    expect(await a.getControllerId()).toBe(-1);
  });

  it('reads and prunes the legacy admin znodes', async () => {
    const zk = await connect(server.chroot());
    const { epochZkVersion } = await zk.registerControllerAndIncrementControllerEpoch(1);
    expect(await zk.getPartitionReassignments()).toBeUndefined();
    await createRecursive(zk.zk, '/admin/reassign_partitions', Buffer.from('{"version":1,"partitions":[{"topic":"t","partition":0,"replicas":[3,2]}]}'));
    expect(await zk.getPartitionReassignments()).toEqual([{ topic: 't', partition: 0, replicas: [3, 2] }]);
    await zk.setPartitionReassignments([], epochZkVersion);
    expect(await zk.zk.exists('/admin/reassign_partitions')).toBeUndefined();
    await zk.zk.create('/admin/preferred_replica_election', Buffer.from('{"version":1,"partitions":[{"topic":"t","partition":1}]}'));
    expect(await zk.getPreferredReplicaElection()).toEqual([{ topic: 't', partition: 1 }]);
    await zk.deletePreferredReplicaElection(epochZkVersion);
    expect(await zk.getPreferredReplicaElection()).toBeUndefined();
  });
});
