/**
 * Smoke test of the integration fixtures and of a broker's startup: the run's ZooKeeper serves,
 * a one-broker cluster becomes ready, and the broker registers itself as Kafka does (an
 * ephemeral /brokers/ids/<id> naming its advertised listener).
 */

import http from 'node:http';
import { startCluster, waitFor, type TestCluster } from './fixtures/cluster';
import { fourLetterWord, testZkConnect, uniqueChroot, withChroot, ZkInspector } from './fixtures/zookeeper';

function getStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http.get(url, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    }).once('error', reject);
  });
}

describe('test fixtures: ZooKeeper', () => {
  it('serves the run through SAMSA_TEST_ZK_CONNECT and answers srvr', async () => {
    const [hostPort] = testZkConnect().split(/[,/]/);
    const [host, port] = (hostPort ?? '').split(':');
    const answer = await fourLetterWord(host ?? '', Number(port), 'srvr');
    expect(answer).toMatch(/^Mode: (standalone|leader|follower)$/m);
  });

  it('gives each cluster its own chroot that an inspector can create, read and remove', async () => {
    const chroot = uniqueChroot('Fixture Self Test');
    expect(chroot).toMatch(/^\/fixture-self-test-[a-z0-9]+-[0-9a-f]{8}$/);
    expect(uniqueChroot('Fixture Self Test')).not.toBe(chroot);

    const root = await ZkInspector.connect(testZkConnect());
    try {
      await root.mkdirp(`${chroot}/brokers/ids`);
      const scoped = await ZkInspector.connect(withChroot(testZkConnect(), chroot));
      try {
        expect(await scoped.create('/brokers/ids/7', Buffer.from('{"version":4}'))).toBe(true);
        expect(await scoped.create('/brokers/ids/7')).toBe(false);
        expect(await scoped.getChildren('/brokers/ids')).toEqual(['7']);
        expect(await scoped.getJson('/brokers/ids/7')).toEqual({ version: 4 });
        expect(await scoped.isEphemeral('/brokers/ids/7')).toBe(false);
        expect(await scoped.getData('/missing')).toBeUndefined();
        expect(await scoped.getChildren('/missing')).toEqual([]);
      } finally {
        await scoped.close();
      }
      await root.removeRecursive(chroot);
      expect(await root.exists(chroot)).toBeUndefined();
    } finally {
      await root.close();
    }
  });
});

describe('one-broker cluster', () => {
  let cluster: TestCluster;

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 1, name: 'smoke' });
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  it('answers /readyz with 200', async () => {
    const broker = cluster.broker(1);
    expect(await getStatus(`${broker.adminUrl}/readyz`)).toBe(200);
  });

  it('registers an ephemeral /brokers/ids/1 naming its advertised listener', async () => {
    const broker = cluster.broker(1);
    expect(await cluster.zk.isEphemeral('/brokers/ids/1')).toBe(true);
    const registration = await cluster.zk.getJson<{ endpoints: string[] }>('/brokers/ids/1');
    expect(registration?.endpoints).toContain(`PLAINTEXT://${broker.bootstrap}`);
  });

  it('elects itself controller', async () => {
    expect(await cluster.waitForController()).toBe(1);
  });

  it('drops its registration once killed, when its ZooKeeper session ends', async () => {
    await cluster.broker(1).kill('SIGKILL');
    await waitFor(async () => (await cluster.zk.exists('/brokers/ids/1')) === undefined, {
      timeoutMs: 30_000,
      description: '/brokers/ids/1 to disappear after SIGKILL',
    });
    expect(cluster.broker(1).exitSignal).toBe('SIGKILL');
  });
});
