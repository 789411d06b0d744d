/**
 * The znode tree is Kafka's (Kafka's ZkData): an operator reading it with
 * zkCli.sh finds the same paths and the same JSON fields a Kafka 2.x cluster writes.
 */

import { Samsa } from '../client';
import { startCluster, waitFor } from './fixtures/cluster';
import { type ZkInspector } from './fixtures/zookeeper';

type Cluster = Awaited<ReturnType<typeof startCluster>>;

const topic = 'layout';
const deletedTopic = 'layout-deleted';

describe('ZooKeeper layout of a 2-broker cluster', () => {
  let cluster: Cluster;
  let zk: ZkInspector;
  let client: Samsa;

  async function json(path: string): Promise<Record<string, unknown>> {
    const value = await zk.getJson<Record<string, unknown>>(path);
    if (value === undefined) throw new Error(`znode ${path} does not exist`);
    return value;
  }

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 2 });
    zk = cluster.zk;
    client = new Samsa({ brokers: cluster.bootstrap.split(','), clientId: 'zookeeper-layout-test' });
    const admin = client.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [
        { topic, numPartitions: 2, replicationFactor: 1, configEntries: [{ name: 'retention.ms', value: '3600000' }] },
        { topic: deletedTopic, numPartitions: 1, replicationFactor: 1 },
      ],
      waitForLeaders: true,
      timeoutMs: 30_000,
    });
    await admin.disconnect();
  }, 120_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  test('/cluster/id holds {"version":"1","id":<22 chars>}', async () => {
    const clusterId = await json('/cluster/id');
    expect(clusterId.version).toBe('1');
    expect(clusterId.id).toEqual(expect.stringMatching(/^[A-Za-z0-9_-]{22}$/));
  });

  test('/controller names a live broker and /controller_epoch is a decimal', async () => {
    const controller = await json('/controller');
    expect(controller.version).toBe(1);
    expect(cluster.brokers.map((b) => b.brokerId)).toContain(controller.brokerid);
    expect(String(controller.timestamp)).toMatch(/^\d+$/);
    expect(await zk.isEphemeral('/controller')).toBe(true);
    const epoch = (await zk.getData('/controller_epoch'))!.toString('utf8');
    expect(epoch).toMatch(/^\d+$/);
    expect(Number(epoch)).toBeGreaterThanOrEqual(1);
  });

  test('/brokers/ids/<id> is an ephemeral version-4 registration', async () => {
    const ids = await zk.getChildren('/brokers/ids');
    expect(ids.map(Number).sort()).toEqual(cluster.brokers.map((b) => b.brokerId).sort());
    for (const broker of cluster.brokers) {
      const path = `/brokers/ids/${broker.brokerId}`;
      expect(await zk.isEphemeral(path)).toBe(true);
      const reg = await json(path);
      const [host, port] = broker.bootstrap.split(':');
      expect(reg).toMatchObject({
        version: 4,
        host,
        port: Number(port),
        jmx_port: -1,
        // Every listener is registered, the Kafka-protocol one too, so that Metadata on either
        // answers with that listener's addresses.
        endpoints: [`PLAINTEXT://${host}:${port}`, `KAFKA://${host}:${broker.kafkaPort}`],
        listener_security_protocol_map: { PLAINTEXT: 'PLAINTEXT', KAFKA: 'PLAINTEXT' },
      });
      expect(reg.timestamp).toEqual(expect.stringMatching(/^\d+$/));
    }
  });

  test('/brokers/topics/<t> holds the replica assignment', async () => {
    const assignment = await json(`/brokers/topics/${topic}`);
    expect(typeof assignment.version).toBe('number');
    const partitions = assignment.partitions as Record<string, number[]>;
    expect(Object.keys(partitions).sort()).toEqual(['0', '1']);
    const brokerIds = cluster.brokers.map((b) => b.brokerId);
    for (const replicas of Object.values(partitions)) {
      expect(replicas).toHaveLength(1);
      expect(brokerIds).toContain(replicas[0]);
    }
    // Kafka's assignment is round-robin over the brokers: two partitions land on both of them.
    expect(partitions['0']![0]).not.toBe(partitions['1']![0]);
    expect(await zk.getChildren(`/brokers/topics/${topic}/partitions`)).toEqual(['0', '1']);
  });

  test('partition state holds leader, leader_epoch, isr and controller_epoch', async () => {
    const controllerEpoch = Number((await zk.getData('/controller_epoch'))!.toString('utf8'));
    for (const p of [0, 1]) {
      const state = await json(`/brokers/topics/${topic}/partitions/${p}/state`);
      expect(state.version).toBe(1);
      expect(typeof state.leader_epoch).toBe('number');
      expect(state.leader_epoch as number).toBeGreaterThanOrEqual(0);
      const isr = state.isr as number[];
      expect(isr).toEqual([state.leader]);
      expect(state.controller_epoch as number).toBeGreaterThanOrEqual(1);
      expect(state.controller_epoch as number).toBeLessThanOrEqual(controllerEpoch);
      expect(await zk.isEphemeral(`/brokers/topics/${topic}/partitions/${p}/state`)).toBe(false);
    }
  });

  test('/config/topics/<t> holds {"version":1,"config":{...}}', async () => {
    expect(await json(`/config/topics/${topic}`)).toEqual({ version: 1, config: { 'retention.ms': '3600000' } });
    expect(await json(`/config/topics/${deletedTopic}`)).toEqual({ version: 1, config: {} });
  });

  test("Kafka's persistent paths exist", async () => {
    const persistent = [
      '/consumers',
      '/brokers/ids',
      '/brokers/topics',
      '/brokers/seqid',
      '/config/changes',
      '/config/topics',
      '/config/clients',
      '/config/users',
      '/config/brokers',
      '/admin/delete_topics',
      '/isr_change_notification',
      '/latest_producer_id_block',
      '/log_dir_event_notification',
    ];
    const missing: string[] = [];
    for (const path of persistent) {
      const stat = await zk.exists(path);
      if (stat === undefined) missing.push(path);
      else expect(await zk.isEphemeral(path)).toBe(false);
    }
    expect(missing).toEqual([]);
  });

  test('topic deletion removes /brokers/topics/<t>, its config and the delete marker', async () => {
    const admin = client.admin();
    await admin.connect();
    try {
      await admin.deleteTopics({ topics: [deletedTopic] });
    } finally {
      await admin.disconnect();
    }
    await waitFor(
      async () =>
        (await zk.exists(`/brokers/topics/${deletedTopic}`)) === undefined &&
        (await zk.exists(`/admin/delete_topics/${deletedTopic}`)) === undefined,
      { timeoutMs: 30_000, intervalMs: 200, description: `topic ${deletedTopic} deleted from ZooKeeper` },
    );
    expect(await zk.exists(`/config/topics/${deletedTopic}`)).toBeUndefined();
    expect(await zk.exists(`/brokers/topics/${topic}`)).toBeDefined();
  }, 60_000);
});
