/**
 * zookeeper.set.acl with digest authentication (KIP-38, Kafka's ZkData.defaultAcls), with real
 * broker processes on the shared ZooKeeper: brokers create their znodes writable by their own
 * ZooKeeper identity only and readable by everyone, SCRAM credentials readable by nobody else;
 * brokers sharing the credentials elect controllers and create topics; a broker with other
 * credentials can neither register nor take over; a broker turning set.acl on works over the open
 * znodes an earlier unsecured run left. ACLs are read by an authenticated session: ZooKeeper (3.6+)
 * masks digests as `user:x` for a reader without ADMIN permission on the znode.
 */

import { Samsa } from '../../client';
import { toolZkOptions, withToolZk } from '../../broker/tools/zk-tool-connection';
import { ConfigEntityZNode } from '../../zk/paths';
import { digestId, zkAuthDigestEnv } from '../../zk/zk-auth';
import { BrokerProcess } from '../fixtures/broker-process';
import { findController, startCluster, waitFor, type TestCluster } from '../fixtures/cluster';
import { ZkInspector } from '../fixtures/zookeeper';

const sessionTimeoutMs = 6_000;
const brokerDigest = 'samsa-broker:broker-secret';
const secured = { 'zookeeper.set.acl': true, 'zookeeper.auth.digest': brokerDigest };
const creatorAll = `digest:${digestId(brokerDigest)}:31`;
const worldRead = 'world:anyone:1';
const worldAll = 'world:anyone:31';
/** A broker that cannot register exits once its startup fails; ZooKeeper answers at once. */
const refusedBrokerExitMs = 30_000;
const electionTimeoutMs = sessionTimeoutMs + 20_000;
const noAuth = -102;

function zkCodeOf(err: unknown): number | undefined {
  return typeof err === 'object' && err !== null && 'getCode' in err ? (err as { getCode(): number }).getCode() : undefined;
}

async function refusal(op: Promise<unknown>): Promise<number | undefined> {
  return op.then(() => undefined, zkCodeOf);
}

async function createTopic(bootstrap: string, topic: string, replicationFactor: number): Promise<void> {
  const admin = new Samsa({ brokers: bootstrap.split(','), clientId: 'zk-acls' }).admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: 1, replicationFactor }], waitForLeaders: true, timeoutMs: 30_000 });
  } finally {
    await admin.disconnect();
  }
}

describe('zookeeper.set.acl with digest authentication', () => {
  let cluster: TestCluster;
  let authed: ZkInspector;
  let intruder: BrokerProcess | undefined;

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 2, name: 'zk-acls', sessionTimeoutMs, overrides: secured });
    authed = await ZkInspector.connect(cluster.zkConnect, { authDigest: brokerDigest });
  }, 120_000);

  afterAll(async () => {
    await intruder?.kill('SIGKILL');
    await authed?.close();
    await cluster?.stop();
  });

  it("gives the brokers' identity every permission and everyone else read on the znodes brokers create", async () => {
    for (const path of ['/', '/brokers', '/brokers/ids', '/brokers/ids/1', '/brokers/ids/2', '/brokers/topics', '/controller', '/controller_epoch', '/cluster/id', '/config/changes']) {
      expect([path, await authed.getAcl(path)]).toEqual([path, [creatorAll, worldRead].sort()]);
    }
    expect(await authed.getAcl('/config/users')).toEqual([creatorAll]);
    expect(await authed.getAcl('/config/brokers')).toEqual([creatorAll]);
    expect(await authed.getAcl('/consumers')).toEqual([worldAll]);
  });

  it('lets an unauthenticated client read broker registrations but not write, add or delete them (NoAuth)', async () => {
    const zk = cluster.zk;
    expect(await zk.getChildren('/brokers/ids')).toEqual(['1', '2']);
    const registration = await zk.getData('/brokers/ids/1');
    expect(await refusal(zk.setData('/brokers/ids/1', Buffer.from('{}')))).toBe(noAuth);
    expect(await refusal(zk.remove('/brokers/ids/1'))).toBe(noAuth);
    expect(await refusal(zk.create('/brokers/ids/9', Buffer.from('{}')))).toBe(noAuth);
    expect(await refusal(zk.remove('/controller'))).toBe(noAuth);
    expect(await refusal(zk.setData('/controller_epoch', Buffer.from('999')))).toBe(noAuth);
    expect(await zk.getData('/brokers/ids/1')).toEqual(registration);
    expect(await zk.getChildren('/brokers/ids')).toEqual(['1', '2']);
  });

  it('hides SCRAM credentials a ZooKeeper tool writes under /config/users from unauthenticated clients', async () => {
    const credential = Buffer.from('{"version":1,"config":{"SCRAM-SHA-512":"salt=c2FsdA==,stored_key=a2V5,server_key=a2V5,iterations=4096"}}');
    const options = toolZkOptions({ zookeeper: cluster.zkConnect }, 'test', { [zkAuthDigestEnv]: brokerDigest });
    await withToolZk(options, (tool) => tool.zk.create(ConfigEntityZNode.path('users', 'alice'), credential));
    expect(await authed.getAcl('/config/users/alice')).toEqual([creatorAll]);
    expect(await refusal(cluster.zk.getData('/config/users/alice'))).toBe(noAuth);
    expect(await refusal(cluster.zk.getChildren('/config/users'))).toBe(noAuth);
    expect(await authed.getData('/config/users/alice')).toEqual(credential);
  });

  it('lets a broker with the same credentials take over as controller and create topics', async () => {
    await createTopic(cluster.bootstrap, 'acl-before', 2);
    const controllerId = await cluster.waitForController();
    await cluster.broker(controllerId).kill('SIGKILL');
    const survivor = cluster.brokers.find((b) => b.brokerId !== controllerId)!;
    await waitFor(async () => (await findController(cluster.zk)) === survivor.brokerId,
      { timeoutMs: electionTimeoutMs, intervalMs: 200, description: `broker ${survivor.brokerId} elected controller` });
    await createTopic(survivor.bootstrap, 'acl-after', 1);
    expect(await authed.getAcl('/brokers/topics/acl-after/partitions/0/state')).toEqual([creatorAll, worldRead].sort());
    await cluster.broker(controllerId).start();
    await cluster.broker(controllerId).waitForReady();
    await waitFor(async () => (await cluster.zk.getChildren('/brokers/ids')).length === 2,
      { timeoutMs: electionTimeoutMs, description: 'the restarted broker registered again' });
  }, 120_000);

  it('refuses a broker with other credentials: it cannot register, and the controller stays', async () => {
    const controllerBefore = await findController(cluster.zk);
    intruder = await BrokerProcess.create({
      brokerId: 3, zkConnect: cluster.zkConnect, workDir: cluster.workDir,
      overrides: { 'zookeeper.session.timeout.ms': sessionTimeoutMs, 'zookeeper.set.acl': true, 'zookeeper.auth.digest': 'samsa-broker:wrong' },
    });
    await intruder.start();
    await waitFor(() => !intruder!.isRunning, { timeoutMs: refusedBrokerExitMs, description: 'the broker with wrong credentials exits' });
    expect(intruder.exitCode).toBe(1);
    expect(await intruder.logTail()).toMatch(/NO_AUTH/);
    expect(await cluster.zk.getChildren('/brokers/ids')).not.toContain('3');
    expect(await findController(cluster.zk)).toBe(controllerBefore);
  }, 60_000);
});

describe('zookeeper.set.acl over znodes an unsecured run created', () => {
  it('starts over the open znodes and secures only the ones it creates', async () => {
    const cluster = await startCluster({ brokers: 1, name: 'zk-acls-upgrade', sessionTimeoutMs, overrides: { 'zookeeper.auth.digest': brokerDigest } });
    let upgraded: BrokerProcess | undefined;
    const authed = await ZkInspector.connect(cluster.zkConnect, { authDigest: brokerDigest });
    try {
      expect(await authed.getAcl('/brokers/ids')).toEqual([worldAll]);
      await createTopic(cluster.bootstrap, 'open-topic', 1);
      await cluster.broker(1).stop();
      upgraded = await BrokerProcess.create({ brokerId: 1, zkConnect: cluster.zkConnect, workDir: cluster.workDir, overrides: { 'zookeeper.session.timeout.ms': sessionTimeoutMs, ...secured } });
      await upgraded.start();
      await upgraded.waitForReady();
      await waitFor(async () => (await cluster.zk.getChildren('/brokers/ids')).includes('1'), { timeoutMs: electionTimeoutMs, description: 'broker 1 registered again' });
      expect(await authed.getAcl('/brokers/ids')).toEqual([worldAll]);
      expect(await authed.getAcl('/brokers/ids/1')).toEqual([creatorAll, worldRead].sort());
      await createTopic(upgraded.bootstrap, 'secure-topic', 1);
      expect(await authed.getAcl('/brokers/topics/open-topic')).toEqual([worldAll]);
      expect(await authed.getAcl('/brokers/topics/secure-topic')).toEqual([creatorAll, worldRead].sort());
    } finally {
      await upgraded?.kill('SIGKILL');
      await authed.close();
      await cluster.stop();
    }
  }, 120_000);
});
